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
      <location filename="../../desktop_app/cli/credentials.py" line="109" />
      <source>A helpdesk secret is saved for '{user}' ({backend}).</source>
      <translation>Un secret du support est enregistré pour « {user} » ({backend}).</translation>
    </message>
    <message>
      <location filename="../../desktop_app/cli/credentials.py" line="75" />
      <source>Again, to confirm: </source>
      <translation>Encore une fois, pour confirmer : </translation>
    </message>
    <message>
      <location filename="../../desktop_app/cli/fix.py" line="82" />
      <source>Apply this fix? [y/N] </source>
      <translation>Appliquer cette correction ? [o/N] </translation>
    </message>
    <message>
      <location filename="../../desktop_app/engine.py" line="153" />
      <source>Cancelled before it finished.</source>
      <translation>Annulé avant la fin.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/cli/credentials.py" line="126" />
      <source>Deleted the helpdesk secret for '{user}'.</source>
      <translation>Le secret du support pour « {user} » a été supprimé.</translation>
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
      <location filename="../../desktop_app/cli/selftest.py" line="68" />
      <source>FAILED</source>
      <translation>ÉCHEC</translation>
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
      <location filename="../../desktop_app/cli/credentials.py" line="74" />
      <source>Helpdesk secret: </source>
      <translation>Secret du support : </translation>
    </message>
    <message>
      <location filename="../../desktop_app/present.py" line="46" />
      <source>In short:</source>
      <translation>En bref :</translation>
    </message>
    <message>
      <location filename="../../desktop_app/present.py" line="41" />
      <source>In short: everything that was checked works.</source>
      <translation>En bref : tout ce qui a été vérifié fonctionne.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/engine.py" line="79" />
      <source>No conclusion could be drawn ({error}).</source>
      <translation>Impossible de conclure ({error}).</translation>
    </message>
    <message>
      <location filename="../../desktop_app/cli/credentials.py" line="53" />
      <source>No helpdesk account: the policy has no [helpdesk] username, and --username was not given.</source>
      <translation>Aucun compte du support : la politique n’a pas de [helpdesk] username et --username n’a pas été donné.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/cli/credentials.py" line="107" />
      <source>No helpdesk secret is saved for '{user}'.</source>
      <translation>Aucun secret du support n’est enregistré pour « {user} ».</translation>
    </message>
    <message>
      <location filename="../../desktop_app/cli/credentials.py" line="121" />
      <source>No helpdesk secret was saved for '{user}': nothing to delete.</source>
      <translation>Aucun secret du support n’était enregistré pour « {user} » : rien à supprimer.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/cli/credentials.py" line="72" />
      <source>No secret given: pipe it to standard input.</source>
      <translation>Aucun secret fourni : transmettez-le sur l’entrée standard.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/cli/selftest.py" line="109" />
      <source>No translation files (.ts) in {path}</source>
      <translation>Aucun fichier de traduction (.ts) dans {path}</translation>
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
      <location filename="../../desktop_app/cli/selftest.py" line="68" />
      <location filename="../../desktop_app/present.py" line="11" />
      <source>OK</source>
      <translation>OK</translation>
    </message>
    <message>
      <location filename="../../desktop_app/present.py" line="13" />
      <source>Problem</source>
      <translation>Problème</translation>
    </message>
    <message>
      <location filename="../../desktop_app/cli/credentials.py" line="94" />
      <source>Saved the helpdesk secret for '{user}' in the keyring ({backend}).</source>
      <translation>Le secret du support pour « {user} » est enregistré dans le trousseau ({backend}).</translation>
    </message>
    <message>
      <location filename="../../desktop_app/present.py" line="15" />
      <source>Skipped</source>
      <translation>Ignoré</translation>
    </message>
    <message>
      <location filename="../../desktop_app/cli/selftest.py" line="180" />
      <source>The Qt '{name}' platform plug-in does not load: {error}</source>
      <translation>Le module de plateforme Qt « {name} » ne se charge pas : {error}</translation>
    </message>
    <message>
      <location filename="../../desktop_app/cli/selftest.py" line="173" />
      <source>The Qt '{name}' platform plug-in is missing (looked in {dirs})</source>
      <translation>Le module de plateforme Qt « {name} » est absent (cherché dans {dirs})</translation>
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
      <location filename="../../desktop_app/cli/selftest.py" line="74" />
      <source>The resources folder is missing: {path}</source>
      <translation>Le dossier des ressources est absent : {path}</translation>
    </message>
    <message>
      <location filename="../../desktop_app/cli/credentials.py" line="81" />
      <source>The secret is empty: nothing was saved.</source>
      <translation>Le secret est vide : rien n’a été enregistré.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/cli/credentials.py" line="47" />
      <source>The secret is never taken from the command line: pipe it to standard input, or type it when asked.</source>
      <translation>Le secret n’est jamais pris sur la ligne de commande : transmettez-le sur l’entrée standard, ou tapez-le quand il est demandé.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/cli/credentials.py" line="76" />
      <source>The two entries differ: nothing was saved.</source>
      <translation>Les deux saisies diffèrent : rien n’a été enregistré.</translation>
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
      <location filename="../../desktop_app/cli/selftest.py" line="214" />
      <source>backend {name} cannot be read: {error}</source>
      <translation>le trousseau {name} ne peut pas être lu : {error}</translation>
    </message>
    <message>
      <location filename="../../desktop_app/cli/selftest.py" line="217" />
      <source>backend {name}: a secret is saved for '{user}'</source>
      <translation>trousseau {name} : un secret est enregistré pour « {user} »</translation>
    </message>
    <message>
      <location filename="../../desktop_app/cli/selftest.py" line="216" />
      <source>backend {name}: no secret saved for '{user}' (selfdesk credentials set)</source>
      <translation>trousseau {name} : aucun secret enregistré pour « {user} » (selfdesk credentials set)</translation>
    </message>
    <message>
      <location filename="../../desktop_app/cli/selftest.py" line="210" />
      <source>backend {name}; the policy names no helpdesk account</source>
      <translation>trousseau {name} ; la politique ne nomme aucun compte du support</translation>
    </message>
    <message>
      <location filename="../../desktop_app/cli/selftest.py" line="86" />
      <source>help articles are missing</source>
      <translation>les articles d’aide sont absents</translation>
    </message>
    <message>
      <location filename="../../desktop_app/cli/selftest.py" line="90" />
      <source>help articles exist in one language only ({gaps})</source>
      <translation>des articles d’aide n’existent que dans une langue ({gaps})</translation>
    </message>
    <message>
      <location filename="../../desktop_app/cli/selftest.py" line="82" />
      <source>missing icons: {names}</source>
      <translation>icônes absentes : {names}</translation>
    </message>
    <message>
      <location filename="../../desktop_app/cli/selftest.py" line="205" />
      <source>no keyring backend is available ({name})</source>
      <translation>aucun trousseau n’est disponible ({name})</translation>
    </message>
    <message>
      <location filename="../../desktop_app/cli/credentials.py" line="134" />
      <source>no keyring is available in this session (on Linux, GNOME Keyring or KWallet must run in the user's desktop session)</source>
      <translation>aucun trousseau n’est disponible dans cette session (sous Linux, GNOME Keyring ou KWallet doit tourner dans la session de bureau de l’utilisateur)</translation>
    </message>
    <message>
      <location filename="../../desktop_app/cli/credentials.py" line="104" />
      <source>selfdesk: the keyring cannot be read: {error}</source>
      <translation>selfdesk : le trousseau ne peut pas être lu : {error}</translation>
    </message>
    <message>
      <location filename="../../desktop_app/cli/credentials.py" line="92" />
      <source>selfdesk: the keyring refused the secret for '{user}': {error}</source>
      <translation>selfdesk : le trousseau a refusé le secret pour « {user} » : {error}</translation>
    </message>
    <message>
      <location filename="../../desktop_app/cli/credentials.py" line="124" />
      <source>selfdesk: the keyring refused to delete the secret for '{user}': {error}</source>
      <translation>selfdesk : le trousseau a refusé de supprimer le secret pour « {user} » : {error}</translation>
    </message>
    <message>
      <location filename="../../desktop_app/cli/selftest.py" line="68" />
      <source>skipped</source>
      <translation>ignoré</translation>
    </message>
    <message>
      <location filename="../../desktop_app/cli/selftest.py" line="178" />
      <source>the Qt '{name}' platform plug-in loads</source>
      <translation>le module de plateforme Qt « {name} » se charge</translation>
    </message>
    <message>
      <location filename="../../desktop_app/cli/diagnose.py" line="54" />
      <source>the bundle could not be written: {reason}</source>
      <translation>le paquet de diagnostic n’a pas pu être écrit : {reason}</translation>
    </message>
    <message>
      <location filename="../../desktop_app/cli/selftest.py" line="84" />
      <source>unreadable icons: {names}</source>
      <translation>icônes illisibles : {names}</translation>
    </message>
    <message>
      <location filename="../../desktop_app/cli/selftest.py" line="113" />
      <source>{count} translation files (.ts and .qm) load: {names}</source>
      <translation>{count} fichiers de traduction (.ts et .qm) se chargent : {names}</translation>
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
      <location filename="../../desktop_app/cli/selftest.py" line="94" />
      <source>{icons} icons, {count} help articles in {languages}</source>
      <translation>{icons} icônes, {count} articles d’aide en {languages}</translation>
    </message>
    <message>
      <location filename="../../desktop_app/diagnostics/system_summary.py" line="137" />
      <source>{minutes} min</source>
      <translation>{minutes} min</translation>
    </message>
    <message>
      <location filename="../../desktop_app/cli/selftest.py" line="135" />
      <source>{name}: Qt cannot load it</source>
      <translation>{name} : Qt ne peut pas le charger</translation>
    </message>
    <message>
      <location filename="../../desktop_app/cli/selftest.py" line="127" />
      <source>{name}: not a Qt translation file</source>
      <translation>{name} : pas un fichier de traduction Qt</translation>
    </message>
    <message>
      <location filename="../../desktop_app/cli/selftest.py" line="120" />
      <source>{name}: not built</source>
      <translation>{name} : pas compilé</translation>
    </message>
    <message>
      <location filename="../../desktop_app/cli/selftest.py" line="138" />
      <source>{name}: older than {source}</source>
      <translation>{name} : plus ancien que {source}</translation>
    </message>
    <message>
      <location filename="../../desktop_app/cli/selftest.py" line="125" />
      <source>{name}: unreadable</source>
      <translation>{name} : illisible</translation>
    </message>
    <message>
      <location filename="../../desktop_app/diagnostics/system_summary.py" line="112" />
      <source>{os}, up for {uptime}.</source>
      <translation>{os}, allumé depuis {uptime}.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/cli/selftest.py" line="207" />
      <source>{reason}; not needed: the policy names no helpdesk account</source>
      <translation>{reason} ; pas nécessaire : la politique ne nomme aucun compte du support</translation>
    </message>
    <message>
      <location filename="../../desktop_app/cli/selftest.py" line="208" />
      <source>{reason}; tickets to the helpdesk cannot sign in as '{user}'</source>
      <translation>{reason} ; les tickets ne peuvent pas se connecter au support en tant que « {user} »</translation>
    </message>
  </context>
</TS>
