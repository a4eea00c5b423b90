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
      <translation>Un secret de l’outil d’assistance est enregistré pour « {user} » ({backend}).</translation>
    </message>
    <message>
      <location filename="../../desktop_app/cli/credentials.py" line="75" />
      <source>Again, to confirm: </source>
      <translation>Encore une fois, pour confirmer : </translation>
    </message>
    <message>
      <location filename="../../desktop_app/cli/fix.py" line="89" />
      <source>Apply this fix? [y/N] </source>
      <translation>Appliquer cette réparation ? [o/N] </translation>
    </message>
    <message>
      <location filename="../../desktop_app/engine.py" line="153" />
      <source>Cancelled before it finished.</source>
      <translation>Annulé avant la fin.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/cli/credentials.py" line="126" />
      <source>Deleted the helpdesk secret for '{user}'.</source>
      <translation>Le secret de l’outil d’assistance pour « {user} » a été supprimé.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/fixes/engine.py" line="114" />
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
      <location filename="../../desktop_app/present.py" line="29" />
      <source>Fix available: {fixes}</source>
      <translation>Réparation disponible : {fixes}</translation>
    </message>
    <message>
      <location filename="../../desktop_app/fixes/engine.py" line="122" />
      <source>Fixed and verified.</source>
      <translation>Réparé et vérifié.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/cli/credentials.py" line="74" />
      <source>Helpdesk secret: </source>
      <translation>Secret de l’outil d’assistance : </translation>
    </message>
    <message>
      <location filename="../../desktop_app/present.py" line="46" />
      <source>In short:</source>
      <translation>En bref :</translation>
    </message>
    <message>
      <location filename="../../desktop_app/present.py" line="41" />
      <source>In short: everything that was checked works.</source>
      <translation>En bref : tout ce qui a été vérifié fonctionne.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/engine.py" line="79" />
      <source>No conclusion could be drawn ({error}).</source>
      <translation>Impossible de conclure ({error}).</translation>
    </message>
    <message>
      <location filename="../../desktop_app/cli/credentials.py" line="53" />
      <source>No helpdesk account: the policy has no [helpdesk] username, and --username was not given.</source>
      <translation>Aucun compte pour l’outil d’assistance : la stratégie n’a pas de username dans [helpdesk], et --username n’a pas été indiqué.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/cli/credentials.py" line="107" />
      <source>No helpdesk secret is saved for '{user}'.</source>
      <translation>Aucun secret de l’outil d’assistance n’est enregistré pour « {user} ».</translation>
    </message>
    <message>
      <location filename="../../desktop_app/cli/credentials.py" line="121" />
      <source>No helpdesk secret was saved for '{user}': nothing to delete.</source>
      <translation>Aucun secret de l’outil d’assistance n’était enregistré pour « {user} » : rien à supprimer.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/cli/credentials.py" line="72" />
      <source>No secret given: pipe it to standard input.</source>
      <translation>Aucun secret fourni : transmettez-le par l’entrée standard.</translation>
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
      <translation>Rien n’a été modifié : la réparation a besoin de votre accord.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/fixes/engine.py" line="107" />
      <source>Nothing was changed: this fix asks for administrator rights it does not declare. Please tell your IT department.</source>
      <translation>Rien n’a été modifié : cette réparation demande des droits d’administrateur qu’elle ne déclare pas. Merci de le signaler à votre service informatique.</translation>
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
      <location filename="../../desktop_app/cli/fix.py" line="100" />
      <source>Ran: {command}</source>
      <translation>Commande lancée : {command}</translation>
    </message>
    <message>
      <location filename="../../desktop_app/cli/credentials.py" line="94" />
      <source>Saved the helpdesk secret for '{user}' in the keyring ({backend}).</source>
      <translation>Le secret de l’outil d’assistance pour « {user} » est enregistré dans le trousseau ({backend}).</translation>
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
      <location filename="../../desktop_app/fixes/engine.py" line="130" />
      <source>The fix could not complete: {error}</source>
      <translation>La réparation n’a pas pu aboutir : {error}</translation>
    </message>
    <message>
      <location filename="../../desktop_app/fixes/engine.py" line="126" />
      <source>The fix did not help, so it was undone.</source>
      <translation>La réparation n’a pas suffi : elle a été annulée.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/fixes/engine.py" line="132" />
      <source>The fix ran, but the problem is still there.</source>
      <translation>La réparation a été faite, mais le problème persiste.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/cli/selftest.py" line="74" />
      <source>The resources folder is missing: {path}</source>
      <translation>Le dossier des ressources est absent : {path}</translation>
    </message>
    <message>
      <location filename="../../desktop_app/cli/credentials.py" line="81" />
      <source>The secret is empty: nothing was saved.</source>
      <translation>Le secret est vide : rien n’a été enregistré.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/cli/credentials.py" line="47" />
      <source>The secret is never taken from the command line: pipe it to standard input, or type it when asked.</source>
      <translation>Le secret n’est jamais lu sur la ligne de commande : transmettez-le par l’entrée standard, ou tapez-le quand il vous est demandé.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/cli/credentials.py" line="76" />
      <source>The two entries differ: nothing was saved.</source>
      <translation>Les deux saisies diffèrent : rien n’a été enregistré.</translation>
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
      <translation>Cette réparation n’est pas disponible sur ce système d’exploitation.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/cli/fix.py" line="75" />
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
      <location filename="../../desktop_app/cli/fix.py" line="98" />
      <source>Would run: {command}</source>
      <translation>Commande prévue : {command}</translation>
    </message>
    <message>
      <location filename="../../desktop_app/fixes/engine.py" line="70" />
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
      <location filename="../../desktop_app/policy/__init__.py" line="265" />
      <source>a list</source>
      <translation>une liste</translation>
    </message>
    <message>
      <location filename="../../desktop_app/policy/__init__.py" line="265" />
      <source>a number</source>
      <translation>un nombre</translation>
    </message>
    <message>
      <location filename="../../desktop_app/policy/__init__.py" line="265" />
      <source>a string</source>
      <translation>une chaîne de caractères</translation>
    </message>
    <message>
      <location filename="../../desktop_app/policy/__init__.py" line="265" />
      <source>a table</source>
      <translation>une table</translation>
    </message>
    <message>
      <location filename="../../desktop_app/policy/__init__.py" line="265" />
      <source>an integer</source>
      <translation>un nombre entier</translation>
    </message>
    <message>
      <location filename="../../desktop_app/diagnostics/system_summary.py" line="130" />
      <source>an unknown time</source>
      <translation>un temps indéterminé</translation>
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
      <location filename="../../desktop_app/policy/__init__.py" line="248" />
      <source>expected one of {choices}, got "{got}"</source>
      <translation>valeurs possibles : {choices} ; trouvé « {got} »</translation>
    </message>
    <message>
      <location filename="../../desktop_app/policy/__init__.py" line="244" />
      <source>expected {expected}, got true/false</source>
      <translation>valeur attendue : {expected}, valeur trouvée : true/false</translation>
    </message>
    <message>
      <location filename="../../desktop_app/policy/__init__.py" line="246" />
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
      <location filename="../../desktop_app/policy/__init__.py" line="253" />
      <source>item {index} must be a table</source>
      <translation>l’élément {index} doit être une table</translation>
    </message>
    <message>
      <location filename="../../desktop_app/policy/__init__.py" line="261" />
      <source>item {index} must be {expected}</source>
      <translation>l’élément {index} doit être {expected}</translation>
    </message>
    <message>
      <location filename="../../desktop_app/policy/__init__.py" line="256" />
      <source>item {index}: unknown key '{key}'</source>
      <translation>élément {index} : clé « {key} » inconnue</translation>
    </message>
    <message>
      <location filename="../../desktop_app/policy/__init__.py" line="259" />
      <source>item {index}: {key}: {error}</source>
      <translation>élément {index} : {key} : {error}</translation>
    </message>
    <message>
      <location filename="../../desktop_app/cli/selftest.py" line="82" />
      <source>missing icons: {names}</source>
      <translation>icônes absentes : {names}</translation>
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
      <location filename="../../desktop_app/policy/__init__.py" line="144" />
      <source>policy file not found: {path}</source>
      <translation>fichier de stratégie introuvable : {path}</translation>
    </message>
    <message>
      <location filename="../../desktop_app/policy/__init__.py" line="185" />
      <source>policy {path}: TOML syntax error: {error}</source>
      <translation>fichier de stratégie {path} : erreur de syntaxe TOML : {error}</translation>
    </message>
    <message>
      <location filename="../../desktop_app/policy/__init__.py" line="148" />
      <location filename="../../desktop_app/policy/__init__.py" line="179" />
      <source>policy {path}: cannot be read ({error})</source>
      <translation>fichier de stratégie {path} : illisible ({error})</translation>
    </message>
    <message>
      <location filename="../../desktop_app/policy/__init__.py" line="146" />
      <source>policy {path}: is a folder, not a file</source>
      <translation>fichier de stratégie {path} : c’est un dossier, pas un fichier</translation>
    </message>
    <message>
      <location filename="../../desktop_app/policy/__init__.py" line="150" />
      <source>policy {path}: larger than {size} kB, not a policy file</source>
      <translation>fichier de stratégie {path} : plus de {size} Ko, ce n’est pas un fichier de stratégie</translation>
    </message>
    <message>
      <location filename="../../desktop_app/policy/__init__.py" line="154" />
      <location filename="../../desktop_app/policy/__init__.py" line="181" />
      <source>policy {path}: not UTF-8 text</source>
      <translation>fichier de stratégie {path} : ce n’est pas du texte UTF-8</translation>
    </message>
    <message>
      <location filename="../../desktop_app/cli/credentials.py" line="104" />
      <source>selfdesk: the keyring cannot be read: {error}</source>
      <translation>selfdesk : le trousseau ne peut pas être lu : {error}</translation>
    </message>
    <message>
      <location filename="../../desktop_app/cli/credentials.py" line="92" />
      <source>selfdesk: the keyring refused the secret for '{user}': {error}</source>
      <translation>selfdesk : le trousseau a refusé le secret pour « {user} » : {error}</translation>
    </message>
    <message>
      <location filename="../../desktop_app/cli/credentials.py" line="124" />
      <source>selfdesk: the keyring refused to delete the secret for '{user}': {error}</source>
      <translation>selfdesk : le trousseau a refusé de supprimer le secret pour « {user} » : {error}</translation>
    </message>
    <message>
      <location filename="../../desktop_app/cli/selftest.py" line="68" />
      <source>skipped</source>
      <translation>ignoré</translation>
    </message>
    <message>
      <location filename="../../desktop_app/cli/selftest.py" line="178" />
      <source>the Qt '{name}' platform plug-in loads</source>
      <translation>le module de plateforme Qt « {name} » se charge</translation>
    </message>
    <message>
      <location filename="../../desktop_app/cli/diagnose.py" line="54" />
      <source>the bundle could not be written: {reason}</source>
      <translation>le paquet de diagnostic n’a pas pu être écrit : {reason}</translation>
    </message>
    <message>
      <location filename="../../desktop_app/policy/__init__.py" line="265" />
      <source>true/false</source>
      <translation>true/false</translation>
    </message>
    <message>
      <location filename="../../desktop_app/cli/selftest.py" line="84" />
      <source>unreadable icons: {names}</source>
      <translation>icônes illisibles : {names}</translation>
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
      <location filename="../../desktop_app/policy/__init__.py" line="128" />
      <source>{error}; the whole file is ignored</source>
      <translation>{error} ; tout le fichier est ignoré</translation>
    </message>
    <message>
      <location filename="../../desktop_app/policy/__init__.py" line="119" />
      <source>{error}; using the other layers</source>
      <translation>{error} ; les autres niveaux sont utilisés</translation>
    </message>
    <message>
      <location filename="../../desktop_app/policy/__init__.py" line="273" />
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
      <location filename="../../desktop_app/i18n.py" line="63" />
      <source>{label}: {value}</source>
      <translation>{label} : {value}</translation>
    </message>
    <message>
      <location filename="../../desktop_app/policy/__init__.py" line="159" />
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
      <location filename="../../desktop_app/policy/__init__.py" line="195" />
      <source>{where}: '{section}' must be a [table]; ignored</source>
      <translation>{where} : « {section} » doit être une [table] ; ignoré</translation>
    </message>
    <message>
      <location filename="../../desktop_app/policy/__init__.py" line="206" />
      <source>{where}: [{section}] from this file is ignored; keeping the values below it</source>
      <translation>{where} : la section [{section}] de ce fichier est ignorée ; les valeurs des niveaux inférieurs sont conservées</translation>
    </message>
    <message>
      <location filename="../../desktop_app/policy/__init__.py" line="199" />
      <source>{where}: [{section}] is set by your administrator, not in user preferences; ignored</source>
      <translation>{where} : [{section}] est défini par votre administrateur, pas dans les préférences de l’utilisateur ; ignoré</translation>
    </message>
    <message>
      <location filename="../../desktop_app/policy/__init__.py" line="234" />
      <source>{where}: [{section}] {key} can only be set in the system-wide policy; ignored</source>
      <translation>{where} : [{section}] {key} ne peut être défini que dans la stratégie système ; ignoré</translation>
    </message>
    <message>
      <location filename="../../desktop_app/policy/__init__.py" line="230" />
      <source>{where}: [{section}] {key}: {error}</source>
      <translation>{where} : [{section}] {key} : {error}</translation>
    </message>
    <message>
      <location filename="../../desktop_app/policy/__init__.py" line="226" />
      <source>{where}: unknown key '{key}' in [{section}]</source>
      <translation>{where} : clé « {key} » inconnue dans [{section}]</translation>
    </message>
    <message>
      <location filename="../../desktop_app/policy/__init__.py" line="191" />
      <source>{where}: unknown section [{section}]; ignored</source>
      <translation>{where} : section [{section}] inconnue ; ignorée</translation>
    </message>
  </context>
</TS>
