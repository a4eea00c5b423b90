<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
  <context>
    <name>core</name>
    <message>
      <location filename="../../desktop_app/fixes/engine.py" line="61" />
      <source>(needs administrator rights)</source>
      <translation>(nécessite les droits d’administrateur)</translation>
    </message>
    <message>
      <source>(next try {time})</source>
      <translation type="vanished" />
    </message>
    <message>
      <source>All done. Welcome!</source>
      <translation type="vanished">Tout est prêt. Bienvenue !</translation>
    </message>
    <message>
      <location filename="../../desktop_app/cli/fix.py" line="75" />
      <source>Apply this fix? [y/N] </source>
      <translation>Appliquer cette correction ? [o/N] </translation>
    </message>
    <message>
      <source>Attached: {files}</source>
      <translation type="vanished" />
    </message>
    <message>
      <location filename="../../desktop_app/engine.py" line="153" />
      <source>Cancelled before it finished.</source>
      <translation>Annulé avant la fin.</translation>
    </message>
    <message>
      <source>Checking your computer to describe the problem...</source>
      <translation type="vanished" />
    </message>
    <message>
      <source>Describe the problem in your own words (optional): </source>
      <translation type="vanished" />
    </message>
    <message>
      <source>Discarded: {title}</source>
      <translation type="vanished" />
    </message>
    <message>
      <location filename="../../desktop_app/fixes/engine.py" line="114" />
      <source>Dry run: nothing was changed.</source>
      <translation>Simulation : rien n’a été modifié.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/present.py" line="14" />
      <source>Error</source>
      <translation>Erreur</translation>
    </message>
    <message>
      <location filename="../../desktop_app/present.py" line="29" />
      <source>Fix available: {fixes}</source>
      <translation>Correction disponible : {fixes}</translation>
    </message>
    <message>
      <location filename="../../desktop_app/fixes/engine.py" line="122" />
      <source>Fixed and verified.</source>
      <translation>Corrigé et vérifié.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/engine.py" line="79" />
      <source>No conclusion could be drawn ({error}).</source>
      <translation>Impossible de conclure ({error}).</translation>
    </message>
    <message>
      <source>Not sent.</source>
      <translation type="vanished" />
    </message>
    <message>
      <location filename="../../desktop_app/engine.py" line="65" />
      <source>Nothing could be observed ({error}).</source>
      <translation>Rien n’a pu être observé ({error}).</translation>
    </message>
    <message>
      <location filename="../../desktop_app/engine.py" line="66" />
      <source>Nothing to check on this computer.</source>
      <translation>Rien à vérifier sur cet ordinateur.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/fixes/engine.py" line="97" />
      <source>Nothing was changed: the fix needs your consent.</source>
      <translation>Rien n’a été modifié : la correction a besoin de votre accord.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/fixes/engine.py" line="107" />
      <source>Nothing was changed: this fix asks for administrator rights it does not declare. Please tell your IT department.</source>
      <translation>Rien n’a été modifié : cette correction demande des droits d’administrateur qu’elle ne déclare pas. Merci de le signaler à votre service informatique.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/present.py" line="11" />
      <source>OK</source>
      <translation>OK</translation>
    </message>
    <message>
      <source>Onboarding: {count} item(s) need attention</source>
      <translation type="vanished">Accueil : {count} élément(s) demandent votre attention</translation>
    </message>
    <message>
      <location filename="../../desktop_app/present.py" line="13" />
      <source>Problem</source>
      <translation>Problème</translation>
    </message>
    <message>
      <source>Send this ticket to IT? [y/N] </source>
      <translation type="vanished" />
    </message>
    <message>
      <location filename="../../desktop_app/present.py" line="15" />
      <source>Skipped</source>
      <translation>Ignoré</translation>
    </message>
    <message>
      <location filename="../../desktop_app/diagnostics/system_summary.py" line="111" />
      <source>The battery is at {percent}%. Plug in the charger.</source>
      <translation>La batterie est à {percent} %. Branchez le chargeur.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/fixes/engine.py" line="130" />
      <source>The fix could not complete: {error}</source>
      <translation>La correction n’a pas pu aboutir : {error}</translation>
    </message>
    <message>
      <location filename="../../desktop_app/fixes/engine.py" line="126" />
      <source>The fix did not help, so it was undone.</source>
      <translation>La correction n’a pas suffi, elle a donc été annulée.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/fixes/engine.py" line="132" />
      <source>The fix ran, but the problem is still there.</source>
      <translation>La correction a été appliquée, mais le problème persiste.</translation>
    </message>
    <message>
      <source>The outbox is empty.</source>
      <translation type="vanished" />
    </message>
    <message>
      <source>The result could not be saved (is the disk full?).</source>
      <translation type="vanished">Le résultat n’a pas pu être enregistré (le disque est-il plein ?).</translation>
    </message>
    <message>
      <location filename="../../desktop_app/engine.py" line="33" />
      <source>This check could not read what it observed ({error}).</source>
      <translation>Cette vérification n’a pas pu lire ce qu’elle a observé ({error}).</translation>
    </message>
    <message>
      <location filename="../../desktop_app/engine.py" line="165" />
      <source>This check did not finish within {seconds} seconds.</source>
      <translation>Cette vérification ne s’est pas terminée en {seconds} secondes.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/engine.py" line="206" />
      <source>This check failed unexpectedly ({error}).</source>
      <translation>Cette vérification a échoué de façon inattendue ({error}).</translation>
    </message>
    <message>
      <location filename="../../desktop_app/fixes/engine.py" line="68" />
      <source>This fix is not available on this operating system.</source>
      <translation>Cette correction n’est pas disponible sur ce système.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/cli/fix.py" line="68" />
      <source>This needs administrator rights: your computer will ask for them.</source>
      <translation>Cela nécessite les droits d’administrateur : votre ordinateur va vous les demander.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/model.py" line="163" />
      <source>This needs {tools}, which are not installed on this computer.</source>
      <translation>Il faut {tools}, qui ne sont pas installés sur cet ordinateur.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/model.py" line="165" />
      <source>This needs {tool}, which is not installed on this computer.</source>
      <translation>Il faut {tool}, qui n’est pas installé sur cet ordinateur.</translation>
    </message>
    <message>
      <source>Title: {title}</source>
      <translation type="vanished" />
    </message>
    <message>
      <source>To do</source>
      <translation type="vanished">À faire</translation>
    </message>
    <message>
      <location filename="../../desktop_app/diagnostics/system_summary.py" line="112" />
      <source>Unknown system</source>
      <translation>Système inconnu</translation>
    </message>
    <message>
      <location filename="../../desktop_app/present.py" line="12" />
      <source>Warning</source>
      <translation>Attention</translation>
    </message>
    <message>
      <source>Your IT department has not defined an onboarding checklist.</source>
      <translation type="vanished">Votre service informatique n’a pas défini de liste d’accueil.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/fixes/engine.py" line="70" />
      <source>Your IT department has turned this fix off.</source>
      <translation>Votre service informatique a désactivé cette correction.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/diagnostics/system_summary.py" line="144" />
      <source>Your computer</source>
      <translation>Votre ordinateur</translation>
    </message>
    <message>
      <location filename="../../desktop_app/diagnostics/system_summary.py" line="106" />
      <source>Your computer has not restarted for {days} days. Restarting fixes many problems.</source>
      <translation>Votre ordinateur n’a pas redémarré depuis {days} jours. Un redémarrage règle beaucoup de problèmes.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/diagnostics/system_summary.py" line="130" />
      <source>an unknown time</source>
      <translation>une durée inconnue</translation>
    </message>
    <message>
      <source>being sent</source>
      <translation type="vanished" />
    </message>
    <message>
      <source>discarded</source>
      <translation type="vanished" />
    </message>
    <message>
      <source>not sent (needs attention)</source>
      <translation type="vanished" />
    </message>
    <message>
      <source>nothing</source>
      <translation type="vanished" />
    </message>
    <message>
      <source>saved — will be sent when you're back online</source>
      <translation type="vanished" />
    </message>
    <message>
      <source>sent</source>
      <translation type="vanished" />
    </message>
    <message>
      <source>sent as {ref}</source>
      <translation type="vanished" />
    </message>
    <message>
      <location filename="../../desktop_app/cli/diagnose.py" line="52" />
      <source>the bundle could not be written: {reason}</source>
      <translation>le paquet de diagnostic n’a pas pu être écrit : {reason}</translation>
    </message>
    <message>
      <source>ticket {ref}</source>
      <translation type="vanished" />
    </message>
    <message>
      <source>waiting to be sent</source>
      <translation type="vanished" />
    </message>
    <message>
      <source>{count} item(s) still need attention.</source>
      <translation type="vanished">{count} élément(s) demandent encore votre attention.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/diagnostics/system_summary.py" line="134" />
      <source>{days} d {hours} h</source>
      <translation>{days} j {hours} h</translation>
    </message>
    <message>
      <location filename="../../desktop_app/diagnostics/system_summary.py" line="136" />
      <source>{hours} h {minutes} min</source>
      <translation>{hours} h {minutes} min</translation>
    </message>
    <message>
      <location filename="../../desktop_app/diagnostics/system_summary.py" line="137" />
      <source>{minutes} min</source>
      <translation>{minutes} min</translation>
    </message>
    <message>
      <location filename="../../desktop_app/diagnostics/system_summary.py" line="112" />
      <source>{os}, up for {uptime}.</source>
      <translation>{os}, allumé depuis {uptime}.</translation>
    </message>
  </context>
</TS>
