<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
  <context>
    <name>core</name>
    <message>
      <location filename="../../desktop_app/cli/checks.py" line="38" />
      <location filename="../../desktop_app/fixes/engine.py" line="66" />
      <source>(needs administrator rights)</source>
      <translation>(nécessite les droits d’administrateur)</translation>
    </message>
    <message>
      <location filename="../../desktop_app/cli/checks.py" line="38" />
      <source>(on demand)</source>
      <translation>(à la demande)</translation>
    </message>
    <message>
      <location filename="../../desktop_app/cli/ticket.py" line="83" />
      <source>--email: '{address}' is not an e-mail address</source>
      <translation>--email : « {address} » n’est pas une adresse e-mail</translation>
    </message>
    <message>
      <location filename="../../desktop_app/cli/bundle.py" line="56" />
      <source>--max-mb must be between {low} and {high} (a bundle needs room for its results and reports)</source>
      <translation>--max-mb doit être compris entre {low} et {high} (un paquet de diagnostic doit contenir ses résultats et ses rapports)</translation>
    </message>
    <message>
      <location filename="../../desktop_app/cli/fix.py" line="51" />
      <source>--param needs KEY=VALUE, got {item}</source>
      <translation>--param attend CLÉ=VALEUR, reçu {item}</translation>
    </message>
    <message>
      <location filename="../../desktop_app/cli/credentials.py" line="114" />
      <source>A helpdesk secret is saved for '{user}' ({backend}).</source>
      <translation>Un secret de l’outil d’assistance est enregistré pour « {user} » ({backend}).</translation>
    </message>
    <message>
      <location filename="../../desktop_app/cli/credentials.py" line="80" />
      <source>Again, to confirm: </source>
      <translation>Encore une fois, pour confirmer : </translation>
    </message>
    <message>
      <location filename="../../desktop_app/cli/fix.py" line="92" />
      <source>Apply this fix? [y/N] </source>
      <translation>Appliquer cette réparation ? [o/N] </translation>
    </message>
    <message>
      <location filename="../../desktop_app/engine.py" line="93" />
      <source>Cancelled before it finished.</source>
      <translation>Annulé avant la fin.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/cli/bundle.py" line="116" />
      <source>Checksums</source>
      <translation>Sommes de contrôle</translation>
    </message>
    <message>
      <location filename="../../desktop_app/cli/bundle.py" line="97" />
      <source>DAMAGED</source>
      <translation>ENDOMMAGÉ</translation>
    </message>
    <message>
      <location filename="../../desktop_app/cli/credentials.py" line="131" />
      <source>Deleted the helpdesk secret for '{user}'.</source>
      <translation>Le secret de l’outil d’assistance pour « {user} » a été supprimé.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/cli/diagnose.py" line="58" />
      <source>Diagnostic bundle</source>
      <translation>Paquet de diagnostic</translation>
    </message>
    <message>
      <location filename="../../desktop_app/fixes/engine.py" line="130" />
      <source>Done. SelfDesk could not check the result on this computer: check it yourself.</source>
      <translation>C’est fait. SelfDesk n’a pas pu vérifier le résultat sur cet ordinateur : vérifiez-le vous-même.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/fixes/engine.py" line="119" />
      <source>Dry run: nothing was changed.</source>
      <translation>Simulation : rien n’a été modifié.</translation>
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
      <location filename="../../desktop_app/cli/onboard.py" line="77" />
      <location filename="../../desktop_app/present.py" line="29" />
      <source>Fix available: {fixes}</source>
      <translation>Réparation disponible : {fixes}</translation>
    </message>
    <message>
      <location filename="../../desktop_app/fixes/engine.py" line="132" />
      <source>Fixed and verified.</source>
      <translation>Réparé et vérifié.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/cli/credentials.py" line="79" />
      <source>Helpdesk secret: </source>
      <translation>Secret de l’outil d’assistance : </translation>
    </message>
    <message>
      <location filename="../../desktop_app/present.py" line="42" />
      <source>In short:</source>
      <translation>En bref :</translation>
    </message>
    <message>
      <location filename="../../desktop_app/present.py" line="37" />
      <source>In short: everything that was checked works.</source>
      <translation>En bref : tout ce qui a été vérifié fonctionne.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/engine.py" line="84" />
      <source>No conclusion could be drawn ({error}).</source>
      <translation>Impossible de conclure ({error}).</translation>
    </message>
    <message>
      <location filename="../../desktop_app/cli/credentials.py" line="58" />
      <source>No helpdesk account: the policy has no [helpdesk] username, and --username was not given.</source>
      <translation>Aucun compte pour l’outil d’assistance : la stratégie n’a pas de username dans [helpdesk], et --username n’a pas été indiqué.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/cli/credentials.py" line="112" />
      <source>No helpdesk secret is saved for '{user}'.</source>
      <translation>Aucun secret de l’outil d’assistance n’est enregistré pour « {user} ».</translation>
    </message>
    <message>
      <location filename="../../desktop_app/cli/credentials.py" line="126" />
      <source>No helpdesk secret was saved for '{user}': nothing to delete.</source>
      <translation>Aucun secret de l’outil d’assistance n’était enregistré pour « {user} » : rien à supprimer.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/cli/credentials.py" line="77" />
      <source>No secret given: pipe it to standard input.</source>
      <translation>Aucun secret fourni : transmettez-le par l’entrée standard.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/cli/selftest.py" line="109" />
      <source>No translation files (.ts) in {path}</source>
      <translation>Aucun fichier de traduction (.ts) dans {path}</translation>
    </message>
    <message>
      <location filename="../../desktop_app/engine.py" line="70" />
      <source>Nothing could be observed ({error}).</source>
      <translation>Rien n’a pu être observé ({error}).</translation>
    </message>
    <message>
      <location filename="../../desktop_app/engine.py" line="71" />
      <source>Nothing to check on this computer.</source>
      <translation>Rien à vérifier sur cet ordinateur.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/fixes/engine.py" line="102" />
      <source>Nothing was changed: the fix needs your consent.</source>
      <translation>Rien n’a été modifié : la réparation a besoin de votre accord.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/fixes/engine.py" line="112" />
      <source>Nothing was changed: this fix asks for administrator rights it does not declare. Please tell your IT department.</source>
      <translation>Rien n’a été modifié : cette réparation demande des droits d’administrateur qu’elle ne déclare pas. Merci de le signaler à votre service informatique.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/cli/bundle.py" line="100" />
      <location filename="../../desktop_app/cli/bundle.py" line="116" />
      <location filename="../../desktop_app/cli/policy.py" line="59" />
      <source>OK</source>
      <translation>OK</translation>
    </message>
    <message>
      <location filename="../../desktop_app/present.py" line="13" />
      <source>Problem</source>
      <translation>Problème</translation>
    </message>
    <message>
      <location filename="../../desktop_app/cli/fix.py" line="103" />
      <source>Ran: {command}</source>
      <translation>Commande lancée : {command}</translation>
    </message>
    <message>
      <location filename="../../desktop_app/cli/credentials.py" line="99" />
      <source>Saved the helpdesk secret for '{user}' in the keyring ({backend}).</source>
      <translation>Le secret de l’outil d’assistance pour « {user} » est enregistré dans le trousseau ({backend}).</translation>
    </message>
    <message>
      <location filename="../../desktop_app/cli/__init__.py" line="104" />
      <source>SelfDesk: fix common IT problems yourself.</source>
      <translation>SelfDesk : réparez vous-même les problèmes informatiques courants.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/present.py" line="15" />
      <source>Skipped</source>
      <translation>Ignoré</translation>
    </message>
    <message>
      <location filename="../../desktop_app/cli/selftest.py" line="180" />
      <source>The Qt '{name}' platform plug-in does not load: {error}</source>
      <translation>Le module de plateforme Qt « {name} » ne se charge pas : {error}</translation>
    </message>
    <message>
      <location filename="../../desktop_app/cli/selftest.py" line="173" />
      <source>The Qt '{name}' platform plug-in is missing (looked in {dirs})</source>
      <translation>Le module de plateforme Qt « {name} » est absent (cherché dans {dirs})</translation>
    </message>
    <message>
      <location filename="../../desktop_app/diagnostics/system_summary.py" line="111" />
      <source>The battery is at {percent}%. Plug in the charger.</source>
      <translation>La batterie est à {percent} %. Branchez le chargeur.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/fixes/engine.py" line="144" />
      <source>The fix could not complete: {error}</source>
      <translation>La réparation n’a pas pu aboutir : {error}</translation>
    </message>
    <message>
      <location filename="../../desktop_app/fixes/engine.py" line="140" />
      <source>The fix did not help, and undoing it failed: {error}</source>
      <translation>La réparation n’a pas aidé, et son annulation a échoué : {error}</translation>
    </message>
    <message>
      <location filename="../../desktop_app/fixes/engine.py" line="137" />
      <source>The fix did not help, so it was undone.</source>
      <translation>La réparation n’a pas suffi : elle a été annulée.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/fixes/engine.py" line="146" />
      <source>The fix ran, but the problem is still there.</source>
      <translation>La réparation a été faite, mais le problème persiste.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/cli/selftest.py" line="74" />
      <source>The resources folder is missing: {path}</source>
      <translation>Le dossier des ressources est absent : {path}</translation>
    </message>
    <message>
      <location filename="../../desktop_app/cli/credentials.py" line="86" />
      <source>The secret is empty: nothing was saved.</source>
      <translation>Le secret est vide : rien n’a été enregistré.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/cli/credentials.py" line="52" />
      <source>The secret is never taken from the command line: pipe it to standard input, or type it when asked.</source>
      <translation>Le secret n’est jamais lu sur la ligne de commande : transmettez-le par l’entrée standard, ou tapez-le quand il vous est demandé.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/cli/credentials.py" line="81" />
      <source>The two entries differ: nothing was saved.</source>
      <translation>Les deux saisies diffèrent : rien n’a été enregistré.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/engine.py" line="38" />
      <source>This check could not read what it observed ({error}).</source>
      <translation>Cette vérification n’a pas pu lire ce qu’elle a observé ({error}).</translation>
    </message>
    <message>
      <location filename="../../desktop_app/engine.py" line="94" />
      <source>This check did not finish within {seconds} seconds.</source>
      <translation>Cette vérification ne s’est pas terminée en {seconds} secondes.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/engine.py" line="236" />
      <source>This check failed unexpectedly ({error}).</source>
      <translation>Cette vérification a échoué de façon inattendue ({error}).</translation>
    </message>
    <message>
      <location filename="../../desktop_app/fixes/engine.py" line="73" />
      <source>This fix is not available on this operating system.</source>
      <translation>Cette réparation n’est pas disponible sur ce système d’exploitation.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/fixes/elevation.py" line="61" />
      <source>This needs administrator rights, which this session already has.</source>
      <translation>Cela nécessite les droits d’administrateur, que cette session a déjà.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/fixes/elevation.py" line="62" />
      <source>This needs administrator rights: your computer will ask for them.</source>
      <translation>Cela nécessite les droits d’administrateur : votre ordinateur vous les demandera.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/model.py" line="163" />
      <source>This needs {tools}, which are not installed on this computer.</source>
      <translation>Cela nécessite {tools}, qui ne sont pas installés sur cet ordinateur.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/model.py" line="165" />
      <source>This needs {tool}, which is not installed on this computer.</source>
      <translation>Cela nécessite {tool}, qui n’est pas installé sur cet ordinateur.</translation>
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
      <location filename="../../desktop_app/cli/fix.py" line="101" />
      <source>Would run: {command}</source>
      <translation>Commande prévue : {command}</translation>
    </message>
    <message>
      <location filename="../../desktop_app/fixes/engine.py" line="75" />
      <source>Your IT department has turned this fix off.</source>
      <translation>Votre service informatique a désactivé cette réparation.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/diagnostics/system_summary.py" line="144" />
      <source>Your computer</source>
      <translation>Votre ordinateur</translation>
    </message>
    <message>
      <location filename="../../desktop_app/diagnostics/system_summary.py" line="106" />
      <source>Your computer has not restarted for {days} days. Restarting fixes many problems.</source>
      <translation>Votre ordinateur n’a pas redémarré depuis {days} jours. Un redémarrage règle bien des problèmes.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/cli/fix.py" line="22" />
      <source>a choice the fix offers, e.g. --param categories=temp,trash (commas make a list)</source>
      <translation>un choix proposé par la réparation, par ex. --param categories=temp,trash (les virgules font une liste)</translation>
    </message>
    <message>
      <location filename="../../desktop_app/observations.py" line="91" />
      <source>a command observation needs a non-empty 'argv' list of strings</source>
      <translation>une observation de commande doit avoir une liste « argv » de chaînes non vide</translation>
    </message>
    <message>
      <location filename="../../desktop_app/policy/__init__.py" line="299" />
      <source>a list</source>
      <translation>une liste</translation>
    </message>
    <message>
      <location filename="../../desktop_app/policy/__init__.py" line="299" />
      <source>a number</source>
      <translation>un nombre</translation>
    </message>
    <message>
      <location filename="../../desktop_app/policy/__init__.py" line="299" />
      <source>a string</source>
      <translation>une chaîne de caractères</translation>
    </message>
    <message>
      <location filename="../../desktop_app/policy/__init__.py" line="299" />
      <source>a table</source>
      <translation>une table</translation>
    </message>
    <message>
      <location filename="../../desktop_app/observations.py" line="104" />
      <source>a {kind} observation needs a 'name'</source>
      <translation>une observation {kind} doit avoir un « name »</translation>
    </message>
    <message>
      <location filename="../../desktop_app/cli/fix.py" line="24" />
      <source>also print each step's raw details (for technicians)</source>
      <translation>afficher aussi le détail brut de chaque étape (pour les techniciens)</translation>
    </message>
    <message>
      <location filename="../../desktop_app/cli/diagnose.py" line="17" />
      <source>also write a diagnostic bundle</source>
      <translation>écrire aussi un paquet de diagnostic</translation>
    </message>
    <message>
      <location filename="../../desktop_app/cli/__init__.py" line="48" />
      <source>ambiguous option: {option} could match {matches}</source>
      <translation>option ambiguë : {option} peut désigner {matches}</translation>
    </message>
    <message>
      <location filename="../../desktop_app/policy/__init__.py" line="299" />
      <source>an integer</source>
      <translation>un nombre entier</translation>
    </message>
    <message>
      <location filename="../../desktop_app/observations.py" line="86" />
      <source>an observation must be a JSON object</source>
      <translation>une observation doit être un objet JSON</translation>
    </message>
    <message>
      <location filename="../../desktop_app/diagnostics/system_summary.py" line="130" />
      <source>an unknown time</source>
      <translation>un temps indéterminé</translation>
    </message>
    <message>
      <location filename="../../desktop_app/cli/fix.py" line="16" />
      <source>apply a fix (shows what it will do first)</source>
      <translation>appliquer une réparation (montre d’abord ce qu’elle fera)</translation>
    </message>
    <message>
      <location filename="../../desktop_app/cli/__init__.py" line="45" />
      <source>argument {arg}: expected one argument</source>
      <translation>argument {arg} : une valeur est attendue</translation>
    </message>
    <message>
      <location filename="../../desktop_app/cli/__init__.py" line="43" />
      <source>argument {arg}: invalid choice: {value} (choose from {choices})</source>
      <translation>argument {arg} : choix non valide : {value} (choisir parmi {choices})</translation>
    </message>
    <message>
      <location filename="../../desktop_app/cli/__init__.py" line="44" />
      <source>argument {arg}: invalid value: {value}</source>
      <translation>argument {arg} : valeur non valide : {value}</translation>
    </message>
    <message>
      <location filename="../../desktop_app/cli/__init__.py" line="46" />
      <source>argument {arg}: not allowed with argument {other}</source>
      <translation>argument {arg} : impossible avec l’argument {other}</translation>
    </message>
    <message>
      <location filename="../../desktop_app/cli/__init__.py" line="47" />
      <source>argument {arg}: takes no value, got {value}</source>
      <translation>argument {arg} : ne prend pas de valeur, reçu {value}</translation>
    </message>
    <message>
      <location filename="../../desktop_app/cli/ticket.py" line="29" />
      <source>attach this bundle and use its results</source>
      <translation>joindre ce paquet de diagnostic et utiliser ses résultats</translation>
    </message>
    <message>
      <location filename="../../desktop_app/cli/selftest.py" line="214" />
      <source>backend {name} cannot be read: {error}</source>
      <translation>le trousseau {name} est illisible : {error}</translation>
    </message>
    <message>
      <location filename="../../desktop_app/cli/selftest.py" line="217" />
      <source>backend {name}: a secret is saved for '{user}'</source>
      <translation>trousseau {name} : un secret est enregistré pour « {user} »</translation>
    </message>
    <message>
      <location filename="../../desktop_app/cli/selftest.py" line="216" />
      <source>backend {name}: no secret saved for '{user}' (selfdesk credentials set)</source>
      <translation>trousseau {name} : aucun secret enregistré pour « {user} » (selfdesk credentials set)</translation>
    </message>
    <message>
      <location filename="../../desktop_app/cli/selftest.py" line="210" />
      <source>backend {name}; the policy names no helpdesk account</source>
      <translation>trousseau {name} ; la stratégie ne nomme aucun compte pour l’outil d’assistance</translation>
    </message>
    <message>
      <location filename="../../desktop_app/cli/bundle.py" line="26" />
      <source>bundle file, or a folder for the standard name (date and bundle id)</source>
      <translation>fichier du paquet de diagnostic, ou dossier pour le nom standard (date et identifiant)</translation>
    </message>
    <message>
      <location filename="../../desktop_app/cli/bundle.py" line="45" />
      <source>bundle needs an action: create, verify or show</source>
      <translation>bundle attend une action : create, verify ou show</translation>
    </message>
    <message>
      <location filename="../../desktop_app/cli/analyze.py" line="14" />
      <source>bundle zip, or a directory with manifest.json and observations.jsonl</source>
      <translation>paquet de diagnostic (zip), ou dossier contenant manifest.json et observations.jsonl</translation>
    </message>
    <message>
      <location filename="../../desktop_app/cli/__init__.py" line="144" />
      <source>cancelled</source>
      <translation>annulé</translation>
    </message>
    <message>
      <location filename="../../desktop_app/cli/bundle.py" line="29" />
      <source>check every file against the manifest checksums</source>
      <translation>vérifier chaque fichier avec les sommes de contrôle du manifeste</translation>
    </message>
    <message>
      <location filename="../../desktop_app/cli/selftest.py" line="39" />
      <source>check this installation: resources, translations, Qt plug-ins, keyring</source>
      <translation>vérifier cette installation : ressources, traductions, modules Qt, trousseau</translation>
    </message>
    <message>
      <location filename="../../desktop_app/cli/diagnose.py" line="15" />
      <source>comma-separated check ids or areas (network, vpn, disk, printers...)</source>
      <translation>identifiants de vérifications ou domaines séparés par des virgules (network, vpn, disk, printers…)</translation>
    </message>
    <message>
      <location filename="../../desktop_app/cli/fix.py" line="19" />
      <source>consent to the change without asking</source>
      <translation>accepter la modification sans le demander</translation>
    </message>
    <message>
      <location filename="../../desktop_app/cli/credentials.py" line="41" />
      <source>credentials needs 'set', 'check' or 'delete'</source>
      <translation>credentials attend « set », « check » ou « delete »</translation>
    </message>
    <message>
      <location filename="../../desktop_app/cli/__init__.py" line="95" />
      <source>display language</source>
      <translation>langue d’affichage</translation>
    </message>
    <message>
      <location filename="../../desktop_app/cli/ticket.py" line="33" />
      <source>do not ask for confirmation</source>
      <translation>ne pas demander de confirmation</translation>
    </message>
    <message>
      <location filename="../../desktop_app/recording.py" line="102" />
      <source>encrypted</source>
      <translation>chiffré</translation>
    </message>
    <message>
      <location filename="../../desktop_app/policy/__init__.py" line="270" />
      <source>expected a finite number, got {got}</source>
      <translation>valeur attendue : un nombre fini, valeur trouvée : {got}</translation>
    </message>
    <message>
      <location filename="../../desktop_app/policy/__init__.py" line="296" />
      <source>expected a value from {low} to {high}, got {got}</source>
      <translation>valeur attendue : de {low} à {high}, valeur trouvée : {got}</translation>
    </message>
    <message>
      <location filename="../../desktop_app/policy/__init__.py" line="293" />
      <source>expected at least {low}, got {got}</source>
      <translation>valeur attendue : au moins {low}, valeur trouvée : {got}</translation>
    </message>
    <message>
      <location filename="../../desktop_app/policy/__init__.py" line="295" />
      <source>expected at most {high}, got {got}</source>
      <translation>valeur attendue : au plus {high}, valeur trouvée : {got}</translation>
    </message>
    <message>
      <location filename="../../desktop_app/policy/__init__.py" line="274" />
      <source>expected one of {choices}, got "{got}"</source>
      <translation>valeurs possibles : {choices} ; trouvé « {got} »</translation>
    </message>
    <message>
      <location filename="../../desktop_app/policy/__init__.py" line="265" />
      <source>expected {expected}, got true/false</source>
      <translation>valeur attendue : {expected}, valeur trouvée : true/false</translation>
    </message>
    <message>
      <location filename="../../desktop_app/policy/__init__.py" line="267" />
      <source>expected {expected}, got {got}</source>
      <translation>valeur attendue : {expected}, valeur trouvée : {got}</translation>
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
      <location filename="../../desktop_app/policy/__init__.py" line="279" />
      <source>item {index} must be a table</source>
      <translation>l’élément {index} doit être une table</translation>
    </message>
    <message>
      <location filename="../../desktop_app/policy/__init__.py" line="287" />
      <source>item {index} must be {expected}</source>
      <translation>l’élément {index} doit être {expected}</translation>
    </message>
    <message>
      <location filename="../../desktop_app/policy/__init__.py" line="282" />
      <source>item {index}: unknown key '{key}'</source>
      <translation>élément {index} : clé « {key} » inconnue</translation>
    </message>
    <message>
      <location filename="../../desktop_app/policy/__init__.py" line="285" />
      <source>item {index}: {key}: {error}</source>
      <translation>élément {index} : {key} : {error}</translation>
    </message>
    <message>
      <location filename="../../desktop_app/cli/checks.py" line="14" />
      <source>list the checks and fixes</source>
      <translation>lister les vérifications et les réparations</translation>
    </message>
    <message>
      <location filename="../../desktop_app/cli/analyze.py" line="15" />
      <location filename="../../desktop_app/cli/diagnose.py" line="16" />
      <location filename="../../desktop_app/cli/onboard.py" line="20" />
      <source>machine-readable output</source>
      <translation>sortie lisible par une machine</translation>
    </message>
    <message>
      <location filename="../../desktop_app/cli/bundle.py" line="22" />
      <source>make, check or read a diagnostic bundle</source>
      <translation>créer, vérifier ou lire un paquet de diagnostic</translation>
    </message>
    <message>
      <location filename="../../desktop_app/cli/onboard.py" line="22" />
      <source>mark a link or manual item as done</source>
      <translation>marquer un lien ou un élément manuel comme fait</translation>
    </message>
    <message>
      <location filename="../../desktop_app/cli/selftest.py" line="82" />
      <source>missing icons: {names}</source>
      <translation>icônes absentes : {names}</translation>
    </message>
    <message>
      <location filename="../../desktop_app/cli/diagnose.py" line="35" />
      <source>no check to run on this computer with that selection</source>
      <translation>aucune vérification à lancer sur cet ordinateur avec cette sélection</translation>
    </message>
    <message>
      <location filename="../../desktop_app/cli/ticket.py" line="81" />
      <source>no helpdesk is configured by your administrator ([helpdesk] backend)</source>
      <translation>aucun outil d’assistance n’est configuré par votre administrateur ([helpdesk] backend)</translation>
    </message>
    <message>
      <location filename="../../desktop_app/cli/selftest.py" line="205" />
      <source>no keyring backend is available ({name})</source>
      <translation>aucun trousseau n’est disponible ({name})</translation>
    </message>
    <message>
      <location filename="../../desktop_app/cli/credentials.py" line="139" />
      <source>no keyring is available in this session (on Linux, GNOME Keyring or KWallet must run in the user's desktop session)</source>
      <translation>aucun trousseau n’est disponible dans cette session (sous Linux, GNOME Keyring ou KWallet doit tourner dans la session de bureau de l’utilisateur)</translation>
    </message>
    <message>
      <location filename="../../desktop_app/cli/outbox.py" line="51" />
      <source>no outbox item '{item}'</source>
      <translation>aucun élément « {item} » dans la file d’envoi</translation>
    </message>
    <message>
      <location filename="../../desktop_app/cli/onboard.py" line="35" />
      <source>none</source>
      <translation>aucun</translation>
    </message>
    <message>
      <location filename="../../desktop_app/observations.py" line="134" />
      <source>observations.jsonl line {number}: a number too long or nesting too deep</source>
      <translation>observations.jsonl ligne {number} : un nombre trop long ou une imbrication trop profonde</translation>
    </message>
    <message>
      <location filename="../../desktop_app/observations.py" line="132" />
      <source>observations.jsonl line {number}: not valid JSON ({error})</source>
      <translation>observations.jsonl ligne {number} : JSON non valide ({error})</translation>
    </message>
    <message>
      <location filename="../../desktop_app/observations.py" line="138" />
      <source>observations.jsonl line {number}: {problem}</source>
      <translation>observations.jsonl ligne {number} : {problem}</translation>
    </message>
    <message>
      <location filename="../../desktop_app/cli/__init__.py" line="71" />
      <source>options</source>
      <translation>options</translation>
    </message>
    <message>
      <location filename="../../desktop_app/cli/outbox.py" line="42" />
      <source>outbox discard needs an item id (see 'selfdesk outbox list')</source>
      <translation>outbox discard attend l’identifiant d’un élément (voir « selfdesk outbox list »)</translation>
    </message>
    <message>
      <location filename="../../desktop_app/policy/__init__.py" line="163" />
      <source>policy file not found: {path}</source>
      <translation>fichier de stratégie introuvable : {path}</translation>
    </message>
    <message>
      <location filename="../../desktop_app/cli/__init__.py" line="94" />
      <source>policy file to use on top of the system-wide one</source>
      <translation>fichier de stratégie à appliquer par-dessus celui du système</translation>
    </message>
    <message>
      <location filename="../../desktop_app/cli/policy.py" line="29" />
      <source>policy needs 'show' or 'check FILE'</source>
      <translation>policy attend « show » ou « check FICHIER »</translation>
    </message>
    <message>
      <location filename="../../desktop_app/policy/__init__.py" line="206" />
      <source>policy {path}: TOML syntax error: {error}</source>
      <translation>fichier de stratégie {path} : erreur de syntaxe TOML : {error}</translation>
    </message>
    <message>
      <location filename="../../desktop_app/policy/__init__.py" line="167" />
      <location filename="../../desktop_app/policy/__init__.py" line="200" />
      <source>policy {path}: cannot be read ({error})</source>
      <translation>fichier de stratégie {path} : illisible ({error})</translation>
    </message>
    <message>
      <location filename="../../desktop_app/policy/__init__.py" line="165" />
      <source>policy {path}: is a folder, not a file</source>
      <translation>fichier de stratégie {path} : c’est un dossier, pas un fichier</translation>
    </message>
    <message>
      <location filename="../../desktop_app/policy/__init__.py" line="169" />
      <source>policy {path}: larger than {size} kB, not a policy file</source>
      <translation>fichier de stratégie {path} : plus de {size} Ko, ce n’est pas un fichier de stratégie</translation>
    </message>
    <message>
      <location filename="../../desktop_app/policy/__init__.py" line="173" />
      <location filename="../../desktop_app/policy/__init__.py" line="202" />
      <source>policy {path}: not UTF-8 text</source>
      <translation>fichier de stratégie {path} : ce n’est pas du texte UTF-8</translation>
    </message>
    <message>
      <location filename="../../desktop_app/cli/__init__.py" line="70" />
      <source>positional arguments</source>
      <translation>arguments positionnels</translation>
    </message>
    <message>
      <location filename="../../desktop_app/cli/bundle.py" line="28" />
      <source>print the file list and redaction summary as JSON</source>
      <translation>afficher la liste des fichiers et le résumé du masquage en JSON</translation>
    </message>
    <message>
      <location filename="../../desktop_app/cli/bundle.py" line="25" />
      <source>re-pack and re-redact a recorded bundle or directory</source>
      <translation>reconditionner et masquer à nouveau un paquet de diagnostic ou un dossier enregistré</translation>
    </message>
    <message>
      <location filename="../../desktop_app/cli/credentials.py" line="29" />
      <source>remove the saved secret</source>
      <translation>supprimer le secret enregistré</translation>
    </message>
    <message>
      <location filename="../../desktop_app/cli/analyze.py" line="13" />
      <source>replay the diagnosis recorded in a bundle</source>
      <translation>rejouer le diagnostic enregistré dans un paquet de diagnostic</translation>
    </message>
    <message>
      <location filename="../../desktop_app/cli/bundle.py" line="24" />
      <source>run the diagnostics (or re-pack a recording) into a redacted bundle</source>
      <translation>lancer le diagnostic (ou reconditionner un enregistrement) dans un paquet de diagnostic masqué</translation>
    </message>
    <message>
      <location filename="../../desktop_app/cli/diagnose.py" line="14" />
      <source>run the diagnostics and explain what is wrong</source>
      <translation>lancer le diagnostic et expliquer ce qui ne va pas</translation>
    </message>
    <message>
      <location filename="../../desktop_app/cli/onboard.py" line="19" />
      <source>run the first-day checklist defined by IT</source>
      <translation>lancer la liste du premier jour définie par le service informatique</translation>
    </message>
    <message>
      <location filename="../../desktop_app/cli/credentials.py" line="27" />
      <source>save the secret (read from standard input or a hidden prompt, never from arguments)</source>
      <translation>enregistrer le secret (lu sur l’entrée standard ou saisi sans écho, jamais dans les arguments)</translation>
    </message>
    <message>
      <location filename="../../desktop_app/cli/credentials.py" line="24" />
      <source>save, check or delete the helpdesk secret in the OS keyring</source>
      <translation>enregistrer, vérifier ou supprimer le secret de l’outil d’assistance dans le trousseau du système</translation>
    </message>
    <message>
      <location filename="../../desktop_app/cli/credentials.py" line="28" />
      <source>say whether a secret is saved (never prints it)</source>
      <translation>dire si un secret est enregistré (sans jamais l’afficher)</translation>
    </message>
    <message>
      <location filename="../../desktop_app/cli/credentials.py" line="109" />
      <source>selfdesk: the keyring cannot be read: {error}</source>
      <translation>selfdesk : le trousseau ne peut pas être lu : {error}</translation>
    </message>
    <message>
      <location filename="../../desktop_app/cli/credentials.py" line="97" />
      <source>selfdesk: the keyring refused the secret for '{user}': {error}</source>
      <translation>selfdesk : le trousseau a refusé le secret pour « {user} » : {error}</translation>
    </message>
    <message>
      <location filename="../../desktop_app/cli/credentials.py" line="129" />
      <source>selfdesk: the keyring refused to delete the secret for '{user}': {error}</source>
      <translation>selfdesk : le trousseau a refusé de supprimer le secret pour « {user} » : {error}</translation>
    </message>
    <message>
      <location filename="../../desktop_app/cli/ticket.py" line="25" />
      <source>send a pre-filled ticket to IT with the diagnostic bundle</source>
      <translation>envoyer au service informatique une demande pré-remplie avec le paquet de diagnostic</translation>
    </message>
    <message>
      <location filename="../../desktop_app/cli/ticket.py" line="30" />
      <source>send without a diagnostic bundle</source>
      <translation>envoyer sans paquet de diagnostic</translation>
    </message>
    <message>
      <location filename="../../desktop_app/cli/fix.py" line="18" />
      <source>show exactly what would be done, change nothing</source>
      <translation>montrer exactement ce qui serait fait, sans rien changer</translation>
    </message>
    <message>
      <location filename="../../desktop_app/cli/policy.py" line="14" />
      <source>show the effective policy or check a policy file</source>
      <translation>afficher la stratégie en vigueur ou vérifier un fichier de stratégie</translation>
    </message>
    <message>
      <location filename="../../desktop_app/cli/__init__.py" line="106" />
      <source>show the version and exit</source>
      <translation>afficher la version et quitter</translation>
    </message>
    <message>
      <location filename="../../desktop_app/cli/__init__.py" line="73" />
      <source>show this help and exit</source>
      <translation>afficher cette aide et quitter</translation>
    </message>
    <message>
      <location filename="../../desktop_app/cli/bundle.py" line="27" />
      <source>size cap in MB, from {low} to {high} (default {high})</source>
      <translation>taille maximale en Mo, de {low} à {high} (par défaut {high})</translation>
    </message>
    <message>
      <location filename="../../desktop_app/cli/selftest.py" line="68" />
      <source>skipped</source>
      <translation>ignoré</translation>
    </message>
    <message>
      <location filename="../../desktop_app/cli/tray.py" line="13" />
      <source>start at login: tray icon only, no window</source>
      <translation>démarrage à l’ouverture de session : icône seule, sans fenêtre</translation>
    </message>
    <message>
      <location filename="../../desktop_app/cli/tray.py" line="11" />
      <source>start the tray application</source>
      <translation>démarrer l’application dans la zone de notification</translation>
    </message>
    <message>
      <location filename="../../desktop_app/cli/tray.py" line="12" />
      <source>start, check the UI can be built, and exit (for packaging)</source>
      <translation>démarrer, vérifier que l’interface peut être construite, puis quitter (pour l’empaquetage)</translation>
    </message>
    <message>
      <location filename="../../desktop_app/cli/selftest.py" line="178" />
      <source>the Qt '{name}' platform plug-in loads</source>
      <translation>le module de plateforme Qt « {name} » se charge</translation>
    </message>
    <message>
      <location filename="../../desktop_app/cli/fix.py" line="84" />
      <source>the fix changes your computer: add --yes to consent (or --dry-run to preview)</source>
      <translation>la réparation modifie votre ordinateur : ajoutez --yes pour donner votre accord (ou --dry-run pour un aperçu)</translation>
    </message>
    <message>
      <location filename="../../desktop_app/cli/__init__.py" line="40" />
      <source>the following arguments are required: {names}</source>
      <translation>ces arguments sont obligatoires : {names}</translation>
    </message>
    <message>
      <location filename="../../desktop_app/cli/credentials.py" line="32" />
      <source>the helpdesk account (default: the policy's [helpdesk] username)</source>
      <translation>le compte de l’outil d’assistance (par défaut : [helpdesk] username de la stratégie)</translation>
    </message>
    <message>
      <location filename="../../desktop_app/cli/outbox.py" line="18" />
      <source>the item to discard (the id shown by 'outbox list', or any unique start of it)</source>
      <translation>l’élément à abandonner (l’identifiant affiché par « outbox list », ou un début unique de celui-ci)</translation>
    </message>
    <message>
      <location filename="../../desktop_app/cli/policy.py" line="16" />
      <source>the merged policy and where each value comes from</source>
      <translation>la stratégie fusionnée et l’origine de chaque valeur</translation>
    </message>
    <message>
      <location filename="../../desktop_app/cli/onboard.py" line="21" />
      <source>the role whose extra items apply (default: from your groups)</source>
      <translation>le rôle dont les éléments supplémentaires s’appliquent (par défaut : d’après vos groupes)</translation>
    </message>
    <message>
      <location filename="../../desktop_app/cli/bundle.py" line="31" />
      <source>the technician's summary</source>
      <translation>le résumé pour le technicien</translation>
    </message>
    <message>
      <location filename="../../desktop_app/cli/ticket.py" line="128" />
      <source>this helpdesk needs your e-mail address and SelfDesk cannot find it: add --email ADDRESS</source>
      <translation>cet outil d’assistance a besoin de votre adresse e-mail et SelfDesk ne la trouve pas : ajoutez --email ADRESSE</translation>
    </message>
    <message>
      <location filename="../../desktop_app/cli/ticket.py" line="123" />
      <source>this helpdesk needs your e-mail address to open a ticket</source>
      <translation>cet outil d’assistance a besoin de votre adresse e-mail pour ouvrir une demande</translation>
    </message>
    <message>
      <location filename="../../desktop_app/cli/ticket.py" line="26" />
      <source>ticket title (default: from what failed)</source>
      <translation>titre de la demande (par défaut : d’après ce qui a échoué)</translation>
    </message>
    <message>
      <location filename="../../desktop_app/cli/outbox.py" line="16" />
      <source>tickets waiting to be sent to IT</source>
      <translation>demandes en attente d’envoi au service informatique</translation>
    </message>
    <message>
      <location filename="../../desktop_app/policy/__init__.py" line="299" />
      <source>true/false</source>
      <translation>true/false</translation>
    </message>
    <message>
      <location filename="../../desktop_app/cli/__init__.py" line="151" />
      <source>unexpected error: {error} (details in the log)</source>
      <translation>erreur inattendue : {error} (détails dans le journal)</translation>
    </message>
    <message>
      <location filename="../../desktop_app/cli/diagnose.py" line="32" />
      <source>unknown check or area: {ids} (see 'selfdesk checks')</source>
      <translation>vérification ou domaine inconnu : {ids} (voir « selfdesk checks »)</translation>
    </message>
    <message>
      <location filename="../../desktop_app/cli/onboard.py" line="54" />
      <source>unknown checklist item: {items}</source>
      <translation>élément de la liste inconnu : {items}</translation>
    </message>
    <message>
      <location filename="../../desktop_app/cli/fix.py" line="67" />
      <source>unknown fix: {fix} (see 'selfdesk checks')</source>
      <translation>réparation inconnue : {fix} (voir « selfdesk checks »)</translation>
    </message>
    <message>
      <location filename="../../desktop_app/observations.py" line="112" />
      <source>unknown observation kind {kind}</source>
      <translation>type d’observation inconnu {kind}</translation>
    </message>
    <message>
      <location filename="../../desktop_app/cli/onboard.py" line="36" />
      <source>unknown role: {role} (declared: {roles})</source>
      <translation>rôle inconnu : {role} (rôles déclarés : {roles})</translation>
    </message>
    <message>
      <location filename="../../desktop_app/cli/selftest.py" line="84" />
      <source>unreadable icons: {names}</source>
      <translation>icônes illisibles : {names}</translation>
    </message>
    <message>
      <location filename="../../desktop_app/cli/__init__.py" line="41" />
      <source>unrecognized arguments: {names}</source>
      <translation>arguments inconnus : {names}</translation>
    </message>
    <message>
      <location filename="../../desktop_app/recording.py" line="104" />
      <source>unsupported compression</source>
      <translation>compression non prise en charge</translation>
    </message>
    <message>
      <location filename="../../desktop_app/cli/__init__.py" line="62" />
      <source>usage: </source>
      <translation>utilisation : </translation>
    </message>
    <message>
      <location filename="../../desktop_app/cli/policy.py" line="19" />
      <source>validate a policy file before deploying it</source>
      <translation>valider un fichier de stratégie avant de le déployer</translation>
    </message>
    <message>
      <location filename="../../desktop_app/cli/ticket.py" line="32" />
      <source>your e-mail address, so IT can answer (when SelfDesk cannot find it)</source>
      <translation>votre adresse e-mail, pour que le service informatique puisse répondre (quand SelfDesk ne la trouve pas)</translation>
    </message>
    <message>
      <location filename="../../desktop_app/cli/ticket.py" line="27" />
      <source>your own words for the technician</source>
      <translation>vos propres mots pour le technicien</translation>
    </message>
    <message>
      <location filename="../../desktop_app/cli/selftest.py" line="113" />
      <source>{count} translation files (.ts and .qm) load: {names}</source>
      <translation>{count} fichiers de traduction (.ts et .qm) se chargent : {names}</translation>
    </message>
    <message>
      <location filename="../../desktop_app/diagnostics/system_summary.py" line="134" />
      <source>{days} d {hours} h</source>
      <translation>{days} j {hours} h</translation>
    </message>
    <message>
      <location filename="../../desktop_app/policy/__init__.py" line="129" />
      <source>{error}; the whole file is ignored</source>
      <translation>{error} ; tout le fichier est ignoré</translation>
    </message>
    <message>
      <location filename="../../desktop_app/policy/__init__.py" line="120" />
      <source>{error}; using the other layers</source>
      <translation>{error} ; les autres niveaux sont utilisés</translation>
    </message>
    <message>
      <location filename="../../desktop_app/policy/__init__.py" line="307" />
      <source>{first} or {second}</source>
      <translation>{first} ou {second}</translation>
    </message>
    <message>
      <location filename="../../desktop_app/diagnostics/system_summary.py" line="136" />
      <source>{hours} h {minutes} min</source>
      <translation>{hours} h {minutes} min</translation>
    </message>
    <message>
      <location filename="../../desktop_app/cli/selftest.py" line="94" />
      <source>{icons} icons, {count} help articles in {languages}</source>
      <translation>{icons} icônes, {count} articles d’aide en {languages}</translation>
    </message>
    <message>
      <location filename="../../desktop_app/i18n.py" line="67" />
      <source>{label}: {value}</source>
      <translation>{label} : {value}</translation>
    </message>
    <message>
      <location filename="../../desktop_app/policy/__init__.py" line="178" />
      <source>{message} (from {source})</source>
      <translation>{message} (indiqué par {source})</translation>
    </message>
    <message>
      <location filename="../../desktop_app/diagnostics/system_summary.py" line="137" />
      <source>{minutes} min</source>
      <translation>{minutes} min</translation>
    </message>
    <message>
      <location filename="../../desktop_app/cli/selftest.py" line="135" />
      <source>{name}: Qt cannot load it</source>
      <translation>{name} : Qt ne peut pas le charger</translation>
    </message>
    <message>
      <location filename="../../desktop_app/cli/selftest.py" line="127" />
      <source>{name}: not a Qt translation file</source>
      <translation>{name} : pas un fichier de traduction Qt</translation>
    </message>
    <message>
      <location filename="../../desktop_app/cli/selftest.py" line="120" />
      <source>{name}: not built</source>
      <translation>{name} : pas compilé</translation>
    </message>
    <message>
      <location filename="../../desktop_app/cli/selftest.py" line="138" />
      <source>{name}: older than {source}</source>
      <translation>{name} : plus ancien que {source}</translation>
    </message>
    <message>
      <location filename="../../desktop_app/cli/selftest.py" line="125" />
      <source>{name}: unreadable</source>
      <translation>{name} : illisible</translation>
    </message>
    <message>
      <location filename="../../desktop_app/diagnostics/system_summary.py" line="112" />
      <source>{os}, up for {uptime}.</source>
      <translation>{os}, allumé depuis {uptime}.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/cli/ticket.py" line="48" />
      <source>{path}: cannot read the bundle ({error})</source>
      <translation>{path} : impossible de lire le paquet de diagnostic ({error})</translation>
    </message>
    <message>
      <location filename="../../desktop_app/cli/bundle.py" line="100" />
      <source>{path}: every file matches its checksum</source>
      <translation>{path} : chaque fichier correspond à sa somme de contrôle</translation>
    </message>
    <message>
      <location filename="../../desktop_app/recording.py" line="124" />
      <source>{path}: manifest.json has no valid platform</source>
      <translation>{path} : manifest.json n’indique pas de plateforme valide</translation>
    </message>
    <message>
      <location filename="../../desktop_app/recording.py" line="119" />
      <source>{path}: manifest.json is not a SelfDesk bundle manifest</source>
      <translation>{path} : manifest.json n’est pas le manifeste d’un paquet de diagnostic SelfDesk</translation>
    </message>
    <message>
      <location filename="../../desktop_app/recording.py" line="117" />
      <source>{path}: manifest.json is not valid JSON ({error})</source>
      <translation>{path} : manifest.json n’est pas du JSON valide ({error})</translation>
    </message>
    <message>
      <location filename="../../desktop_app/recording.py" line="75" />
      <source>{path}: more than {size} MB of files, not a recording</source>
      <translation>{path} : plus de {size} Mo de fichiers, ce n’est pas un enregistrement</translation>
    </message>
    <message>
      <location filename="../../desktop_app/cli/ticket.py" line="89" />
      <source>{path}: no such file</source>
      <translation>{path} : fichier introuvable</translation>
    </message>
    <message>
      <location filename="../../desktop_app/recording.py" line="54" />
      <source>{path}: no such file or directory</source>
      <translation>{path} : fichier ou dossier introuvable</translation>
    </message>
    <message>
      <location filename="../../desktop_app/cli/ticket.py" line="45" />
      <source>{path}: not a SelfDesk bundle (no manifest.json)</source>
      <translation>{path} : n’est pas un paquet de diagnostic SelfDesk (pas de manifest.json)</translation>
    </message>
    <message>
      <location filename="../../desktop_app/recording.py" line="83" />
      <source>{path}: not a readable bundle ({error})</source>
      <translation>{path} : paquet de diagnostic illisible ({error})</translation>
    </message>
    <message>
      <location filename="../../desktop_app/cli/bundle.py" line="114" />
      <source>{path}: the bundle's report.txt is missing or damaged; 'selfdesk bundle verify' says more</source>
      <translation>{path} : le fichier report.txt du paquet de diagnostic est absent ou endommagé ; « selfdesk bundle verify » en dit plus</translation>
    </message>
    <message>
      <location filename="../../desktop_app/recording.py" line="87" />
      <source>{path}: unpacks to more than {size} MB, not a bundle</source>
      <translation>{path} : plus de {size} Mo une fois décompressé, ce n’est pas un paquet de diagnostic</translation>
    </message>
    <message>
      <location filename="../../desktop_app/recording.py" line="122" />
      <source>{path}: unsupported bundle schema_version {version}</source>
      <translation>{path} : schema_version {version} de paquet de diagnostic non prise en charge</translation>
    </message>
    <message>
      <location filename="../../desktop_app/recording.py" line="72" />
      <source>{path}: {name} cannot be read ({error})</source>
      <translation>{path} : {name} ne peut pas être lu ({error})</translation>
    </message>
    <message>
      <location filename="../../desktop_app/recording.py" line="94" />
      <source>{path}: {name} is damaged ({error}); 'selfdesk bundle verify' names every damaged file</source>
      <translation>{path} : {name} est endommagé ({error}) ; « selfdesk bundle verify » nomme chaque fichier endommagé</translation>
    </message>
    <message>
      <location filename="../../desktop_app/recording.py" line="62" />
      <location filename="../../desktop_app/recording.py" line="111" />
      <source>{path}: {name} is missing</source>
      <translation>{path} : {name} est absent</translation>
    </message>
    <message>
      <location filename="../../desktop_app/recording.py" line="115" />
      <location filename="../../desktop_app/recording.py" line="128" />
      <source>{path}: {name} is not UTF-8 text</source>
      <translation>{path} : {name} n’est pas du texte UTF-8</translation>
    </message>
    <message>
      <location filename="../../desktop_app/recording.py" line="130" />
      <source>{path}: {problem}</source>
      <translation>{path} : {problem}</translation>
    </message>
    <message>
      <location filename="../../desktop_app/cli/__init__.py" line="76" />
      <source>{problem} (see '{command} --help')</source>
      <translation>{problem} (voir « {command} --help »)</translation>
    </message>
    <message>
      <location filename="../../desktop_app/cli/outbox.py" line="49" />
      <source>{problem}: give more characters of the id</source>
      <translation>{problem} : donnez plus de caractères de l’identifiant</translation>
    </message>
    <message>
      <location filename="../../desktop_app/cli/selftest.py" line="207" />
      <source>{reason}; not needed: the policy names no helpdesk account</source>
      <translation>{reason} ; sans conséquence : la stratégie ne nomme aucun compte pour l’outil d’assistance</translation>
    </message>
    <message>
      <location filename="../../desktop_app/cli/selftest.py" line="208" />
      <source>{reason}; tickets to the helpdesk cannot sign in as '{user}'</source>
      <translation>{reason} ; les demandes ne peuvent pas être envoyées à l’outil d’assistance sous le compte « {user} »</translation>
    </message>
    <message>
      <location filename="../../desktop_app/policy/__init__.py" line="216" />
      <source>{where}: '{section}' must be a [table]; ignored</source>
      <translation>{where} : « {section} » doit être une [table] ; ignoré</translation>
    </message>
    <message>
      <location filename="../../desktop_app/policy/__init__.py" line="227" />
      <source>{where}: [{section}] from this file is ignored; keeping the values below it</source>
      <translation>{where} : la section [{section}] de ce fichier est ignorée ; les valeurs des niveaux inférieurs sont conservées</translation>
    </message>
    <message>
      <location filename="../../desktop_app/policy/__init__.py" line="220" />
      <source>{where}: [{section}] is set by your administrator, not in user preferences; ignored</source>
      <translation>{where} : [{section}] est défini par votre administrateur, pas dans les préférences de l’utilisateur ; ignoré</translation>
    </message>
    <message>
      <location filename="../../desktop_app/policy/__init__.py" line="255" />
      <source>{where}: [{section}] {key} can only be set in the system-wide policy; ignored</source>
      <translation>{where} : [{section}] {key} ne peut être défini que dans la stratégie système ; ignoré</translation>
    </message>
    <message>
      <location filename="../../desktop_app/policy/__init__.py" line="251" />
      <source>{where}: [{section}] {key}: {error}</source>
      <translation>{where} : [{section}] {key} : {error}</translation>
    </message>
    <message>
      <location filename="../../desktop_app/policy/__init__.py" line="247" />
      <source>{where}: unknown key '{key}' in [{section}]</source>
      <translation>{where} : clé « {key} » inconnue dans [{section}]</translation>
    </message>
    <message>
      <location filename="../../desktop_app/policy/__init__.py" line="212" />
      <source>{where}: unknown section [{section}]; ignored</source>
      <translation>{where} : section [{section}] inconnue ; ignorée</translation>
    </message>
  </context>
</TS>
