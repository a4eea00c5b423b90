<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
  <context>
    <name>bundle</name>
    <message>
      <location filename="../../desktop_app/bundle/report.py" line="99" />
      <source> (preview only)</source>
      <translation> (aperçu seulement)</translation>
    </message>
    <message>
      <location filename="../../desktop_app/bundle/writer.py" line="41" />
      <source>A bundle needs at least {min} KB; {asked} bytes is too small.</source>
      <translation>Un paquet de diagnostic doit faire au moins {min} Ko ; {asked} octets, c’est trop peu.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/bundle/describe.py" line="60" />
      <source>Attachment {name} ({size}):</source>
      <translation>Pièce jointe {name} ({size}) :</translation>
    </message>
    <message>
      <location filename="../../desktop_app/bundle/writer.py" line="321" />
      <source>Cannot write the bundle to {path}: {reason}.</source>
      <translation>Impossible d’écrire le paquet de diagnostic dans {path} : {reason}.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/bundle/report.py" line="110" />
      <source>Computer name: {host}</source>
      <translation>Nom de l’ordinateur : {host}</translation>
    </message>
    <message>
      <location filename="../../desktop_app/bundle/report.py" line="115" />
      <source>Disk {mount}: {free} free of {total} ({percent}% used)</source>
      <translation>Disque {mount} : {free} libres sur {total} ({percent} % utilisés)</translation>
    </message>
    <message>
      <location filename="../../desktop_app/bundle/trigger.py" line="158" />
      <source>Error: {error}</source>
      <translation>Erreur : {error}</translation>
    </message>
    <message>
      <location filename="../../desktop_app/bundle/trigger.py" line="147" />
      <source>Failed: {checks}.</source>
      <translation>En échec : {checks}.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/bundle/trigger.py" line="154" />
      <source>Fix {fix}: {outcome} at step {index} ({step}).</source>
      <translation>Réparation {fix} : {outcome} à l’étape {index} ({step}).</translation>
    </message>
    <message>
      <location filename="../../desktop_app/bundle/trigger.py" line="156" />
      <source>Fix {fix}: {outcome}.</source>
      <translation>Réparation {fix} : {outcome}.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/bundle/report.py" line="139" />
      <source>Left out to keep the bundle small: {what}</source>
      <translation>Retiré pour alléger le paquet de diagnostic : {what}</translation>
    </message>
    <message>
      <location filename="../../desktop_app/bundle/describe.py" line="67" />
      <source>Left out: {what}</source>
      <translation>Retiré : {what}</translation>
    </message>
    <message>
      <location filename="../../desktop_app/bundle/trigger.py" line="143" />
      <source>Made after {what}.</source>
      <translation>Créé à la suite d’{what}.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/bundle/report.py" line="124" />
      <source>Network {name}: {ipv4}, gateway {gateway}, DNS {dns}</source>
      <translation>Réseau {name} : {ipv4}, passerelle {gateway}, DNS {dns}</translation>
    </message>
    <message>
      <location filename="../../desktop_app/bundle/report.py" line="104" />
      <source>No fix was tried.</source>
      <translation>Aucune réparation n’a été essayée.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/bundle/report.py" line="88" />
      <source>No overall verdict was recorded.</source>
      <translation>Aucune conclusion générale n’a été enregistrée.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/bundle/report.py" line="89" />
      <source>Nothing failed.</source>
      <translation>Rien n’a échoué.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/bundle/summary.py" line="55" />
      <source>Nothing needed hiding.</source>
      <translation>Rien n’avait besoin d’être masqué.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/bundle/report.py" line="109" />
      <source>Operating system: {os}</source>
      <translation>Système d’exploitation : {os}</translation>
    </message>
    <message>
      <location filename="../../desktop_app/bundle/report.py" line="140" />
      <source>Passwords, keys and personal names were replaced by placeholders such as &lt;email-1&gt;; the same value has the same placeholder in every file.</source>
      <translation>Les mots de passe, les clés et les noms de personnes ont été remplacés par des substituts comme &lt;email-1&gt; ; une même valeur a le même substitut dans tous les fichiers.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/bundle/report.py" line="130" />
      <source>Printer {name}: {state}</source>
      <translation>Imprimante {name} : {state}</translation>
    </message>
    <message>
      <location filename="../../desktop_app/bundle/report.py" line="131" />
      <source>Recorded on {platform} by SelfDesk {version} at {created}</source>
      <translation>Enregistré sur {platform} par SelfDesk {version} le {created}</translation>
    </message>
    <message>
      <location filename="../../desktop_app/bundle/report.py" line="137" />
      <source>Replaced before sending:</source>
      <translation>Remplacé avant l’envoi :</translation>
    </message>
    <message>
      <location filename="../../desktop_app/bundle/report.py" line="147" />
      <location filename="../../desktop_app/bundle/report.py" line="167" />
      <location filename="../../desktop_app/bundle/report.py" line="168" />
      <source>SelfDesk diagnostic report</source>
      <translation>Rapport de diagnostic SelfDesk</translation>
    </message>
    <message>
      <location filename="../../desktop_app/bundle/report.py" line="132" />
      <source>System summary</source>
      <translation>Résumé du système</translation>
    </message>
    <message>
      <location filename="../../desktop_app/bundle/sizing.py" line="224" />
      <source>The bundle cannot fit in {cap} KB: its manifest, results and reports alone take {size} KB.</source>
      <translation>Le paquet de diagnostic ne tient pas dans {cap} Ko : son manifeste, ses résultats et ses rapports occupent à eux seuls {size} Ko.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/bundle/report.py" line="141" />
      <source>To check that no file was changed, run: selfdesk bundle verify BUNDLE.zip (bundle id {bundle_id})</source>
      <translation>Pour vérifier qu’aucun fichier n’a été modifié, lancez : selfdesk bundle verify PAQUET.zip (identifiant du paquet : {bundle_id})</translation>
    </message>
    <message>
      <location filename="../../desktop_app/bundle/report.py" line="111" />
      <source>Up for: {uptime}</source>
      <translation>Allumé depuis : {uptime}</translation>
    </message>
    <message>
      <location filename="../../desktop_app/bundle/report.py" line="127" />
      <source>VPN {name}: {state}</source>
      <translation>VPN {name} : {state}</translation>
    </message>
    <message>
      <location filename="../../desktop_app/bundle/report.py" line="93" />
      <source>Verdict and what failed</source>
      <translation>Conclusion et ce qui a échoué</translation>
    </message>
    <message>
      <location filename="../../desktop_app/bundle/trigger.py" line="149" />
      <source>Warnings: {checks}.</source>
      <translation>Avertissements : {checks}.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/bundle/report.py" line="89" />
      <source>What needs attention:</source>
      <translation>Points à examiner :</translation>
    </message>
    <message>
      <location filename="../../desktop_app/bundle/report.py" line="142" />
      <source>What was hidden, and how to verify this bundle</source>
      <translation>Ce qui a été masqué, et comment vérifier ce paquet</translation>
    </message>
    <message>
      <location filename="../../desktop_app/bundle/report.py" line="104" />
      <source>What was tried and what happened</source>
      <translation>Ce qui a été essayé et ce qui s’est passé</translation>
    </message>
    <message>
      <location filename="../../desktop_app/bundle/report.py" line="119" />
      <source>Wi-Fi: not connected</source>
      <translation>Wi-Fi : non connecté</translation>
    </message>
    <message>
      <location filename="../../desktop_app/bundle/report.py" line="121" />
      <source>Wi-Fi: {ssid}, signal {signal}%</source>
      <translation>Wi-Fi : {ssid}, signal {signal} %</translation>
    </message>
    <message>
      <location filename="../../desktop_app/bundle/report.py" line="77" />
      <source>[done]</source>
      <translation>[fait]</translation>
    </message>
    <message>
      <location filename="../../desktop_app/bundle/report.py" line="75" />
      <source>[failed: {error}]</source>
      <translation>[échec : {error}]</translation>
    </message>
    <message>
      <location filename="../../desktop_app/bundle/trigger.py" line="21" />
      <source>a diagnosis</source>
      <translation>un diagnostic</translation>
    </message>
    <message>
      <location filename="../../desktop_app/bundle/trigger.py" line="22" />
      <source>a fix</source>
      <translation>une réparation</translation>
    </message>
    <message>
      <location filename="../../desktop_app/bundle/trigger.py" line="25" />
      <source>a request from the user</source>
      <translation>une demande de l’utilisateur</translation>
    </message>
    <message>
      <location filename="../../desktop_app/bundle/trigger.py" line="23" />
      <source>a request to IT</source>
      <translation>une demande au service informatique</translation>
    </message>
    <message>
      <location filename="../../desktop_app/bundle/writer.py" line="227" />
      <source>an output from a source that is never collected</source>
      <translation>une sortie provenant d’une source qui n’est jamais collectée</translation>
    </message>
    <message>
      <location filename="../../desktop_app/bundle/verify.py" line="68" />
      <source>checksum mismatch (modified)</source>
      <translation>somme de contrôle différente (modifié)</translation>
    </message>
    <message>
      <location filename="../../desktop_app/bundle/report.py" line="28" />
      <source>connected</source>
      <translation>connecté</translation>
    </message>
    <message>
      <location filename="../../desktop_app/bundle/report.py" line="30" />
      <source>connecting</source>
      <translation>connexion en cours</translation>
    </message>
    <message>
      <location filename="../../desktop_app/bundle/verify.py" line="64" />
      <source>damaged (truncated or corrupt)</source>
      <translation>endommagé (tronqué ou corrompu)</translation>
    </message>
    <message>
      <location filename="../../desktop_app/bundle/report.py" line="29" />
      <source>disconnected</source>
      <translation>déconnecté</translation>
    </message>
    <message>
      <location filename="../../desktop_app/bundle/trigger.py" line="27" />
      <source>done, not checked</source>
      <translation>fait, non vérifié</translation>
    </message>
    <message>
      <location filename="../../desktop_app/bundle/trigger.py" line="27" />
      <source>failed</source>
      <translation>échec</translation>
    </message>
    <message>
      <location filename="../../desktop_app/bundle/report.py" line="24" />
      <source>idle</source>
      <translation>en attente</translation>
    </message>
    <message>
      <location filename="../../desktop_app/bundle/verify.py" line="41" />
      <source>its list of files is not readable (modified)</source>
      <translation>sa liste de fichiers est illisible (modifiée)</translation>
    </message>
    <message>
      <location filename="../../desktop_app/bundle/sizing.py" line="112" />
      <location filename="../../desktop_app/bundle/writer.py" line="82" />
      <source>log-tail.txt: its oldest {chars} characters (the most recent lines are kept)</source>
      <translation>log-tail.txt : ses {chars} caractères les plus anciens (les lignes les plus récentes sont gardées)</translation>
    </message>
    <message>
      <location filename="../../desktop_app/bundle/sizing.py" line="105" />
      <source>log-tail.txt: the whole app log tail ({chars} characters)</source>
      <translation>log-tail.txt : toute la fin du journal de l’application ({chars} caractères)</translation>
    </message>
    <message>
      <location filename="../../desktop_app/bundle/verify.py" line="61" />
      <source>missing</source>
      <translation>absent</translation>
    </message>
    <message>
      <location filename="../../desktop_app/bundle/verify.py" line="32" />
      <source>missing or damaged</source>
      <translation>absent ou endommagé</translation>
    </message>
    <message>
      <location filename="../../desktop_app/bundle/verify.py" line="51" />
      <source>not listed in the manifest (added)</source>
      <translation>absent du manifeste (ajouté)</translation>
    </message>
    <message>
      <location filename="../../desktop_app/bundle/verify.py" line="36" />
      <source>not valid JSON (modified or damaged)</source>
      <translation>JSON non valide (modifié ou endommagé)</translation>
    </message>
    <message>
      <location filename="../../desktop_app/bundle/writer.py" line="239" />
      <source>observations.jsonl: {source} {field}: {cut} of {total} characters cut (beginning and end kept)</source>
      <translation>observations.jsonl : {source} {field} : {cut} caractères coupés sur {total} (début et fin gardés)</translation>
    </message>
    <message>
      <location filename="../../desktop_app/bundle/sizing.py" line="167" />
      <source>observations.jsonl: {source}: removed ({total} characters)</source>
      <translation>observations.jsonl : {source} : retiré ({total} caractères)</translation>
    </message>
    <message>
      <location filename="../../desktop_app/bundle/sizing.py" line="165" />
      <source>observations.jsonl: {source}: {cut} of {total} characters cut (beginning and end kept)</source>
      <translation>observations.jsonl : {source} : {cut} caractères coupés sur {total} (début et fin gardés)</translation>
    </message>
    <message>
      <location filename="../../desktop_app/bundle/report.py" line="27" />
      <source>offline</source>
      <translation>hors ligne</translation>
    </message>
    <message>
      <location filename="../../desktop_app/bundle/writer.py" line="330" />
      <source>permission denied</source>
      <translation>accès refusé</translation>
    </message>
    <message>
      <location filename="../../desktop_app/bundle/trigger.py" line="27" />
      <source>preview only</source>
      <translation>aperçu seulement</translation>
    </message>
    <message>
      <location filename="../../desktop_app/bundle/report.py" line="25" />
      <source>printing</source>
      <translation>en cours d’impression</translation>
    </message>
    <message>
      <location filename="../../desktop_app/bundle/trigger.py" line="27" />
      <source>refused</source>
      <translation>refusée</translation>
    </message>
    <message>
      <location filename="../../desktop_app/bundle/trigger.py" line="27" />
      <source>rolled back</source>
      <translation>annulée</translation>
    </message>
    <message>
      <location filename="../../desktop_app/bundle/verify.py" line="66" />
      <source>size {size} differs from {expected} (modified or truncated)</source>
      <translation>taille {size} différente de {expected} (modifié ou tronqué)</translation>
    </message>
    <message>
      <location filename="../../desktop_app/bundle/report.py" line="26" />
      <source>stopped</source>
      <translation>arrêtée</translation>
    </message>
    <message>
      <location filename="../../desktop_app/bundle/writer.py" line="326" />
      <source>the disk is full</source>
      <translation>le disque est plein</translation>
    </message>
    <message>
      <location filename="../../desktop_app/bundle/writer.py" line="332" />
      <source>the disk is read-only</source>
      <translation>le disque est en lecture seule</translation>
    </message>
    <message>
      <location filename="../../desktop_app/bundle/trigger.py" line="24" />
      <source>the first-day checklist</source>
      <translation>une liste de vérification du premier jour</translation>
    </message>
    <message>
      <location filename="../../desktop_app/bundle/writer.py" line="328" />
      <source>the folder does not exist and cannot be created</source>
      <translation>le dossier n’existe pas et ne peut pas être créé</translation>
    </message>
    <message>
      <location filename="../../desktop_app/bundle/report.py" line="73" />
      <source>undo: {step}</source>
      <translation>annulation : {step}</translation>
    </message>
    <message>
      <location filename="../../desktop_app/bundle/report.py" line="31" />
      <source>unknown</source>
      <translation>inconnu</translation>
    </message>
    <message>
      <location filename="../../desktop_app/bundle/trigger.py" line="27" />
      <source>verified</source>
      <translation>vérifiée</translation>
    </message>
    <message>
      <location filename="../../desktop_app/bundle/describe.py" line="64" />
      <source>{file} ({size})</source>
      <translation>{file} ({size})</translation>
    </message>
    <message>
      <location filename="../../desktop_app/bundle/verify.py" line="56" />
      <source>{file}: {problem}</source>
      <translation>{file} : {problem}</translation>
    </message>
    <message>
      <location filename="../../desktop_app/bundle/summary.py" line="59" />
      <source>{items} and {last}</source>
      <translation>{items} et {last}</translation>
    </message>
    <message>
      <location filename="../../desktop_app/bundle/writer.py" line="252" />
      <source>{name}: not text, so it cannot be checked for personal details</source>
      <translation>{name} : ce n’est pas du texte, ses données personnelles ne peuvent donc pas être vérifiées</translation>
    </message>
    <message>
      <location filename="../../desktop_app/bundle/summary.py" line="68" />
      <source>{n} KB</source>
      <translation>{n} Ko</translation>
    </message>
    <message>
      <location filename="../../desktop_app/bundle/summary.py" line="69" />
      <source>{n} MB</source>
      <translation>{n} Mo</translation>
    </message>
    <message>
      <location filename="../../desktop_app/bundle/summary.py" line="29" />
      <source>{n} VPN server address</source>
      <translation>{n} adresse de serveur VPN</translation>
    </message>
    <message>
      <location filename="../../desktop_app/bundle/summary.py" line="29" />
      <source>{n} VPN server addresses</source>
      <translation>{n} adresses de serveur VPN</translation>
    </message>
    <message>
      <location filename="../../desktop_app/bundle/summary.py" line="19" />
      <source>{n} Wi-Fi key</source>
      <translation>{n} clé Wi-Fi</translation>
    </message>
    <message>
      <location filename="../../desktop_app/bundle/summary.py" line="19" />
      <source>{n} Wi-Fi keys</source>
      <translation>{n} clés Wi-Fi</translation>
    </message>
    <message>
      <location filename="../../desktop_app/bundle/summary.py" line="26" />
      <source>{n} Windows product key</source>
      <translation>{n} clé de produit Windows</translation>
    </message>
    <message>
      <location filename="../../desktop_app/bundle/summary.py" line="26" />
      <source>{n} Windows product keys</source>
      <translation>{n} clés de produit Windows</translation>
    </message>
    <message>
      <location filename="../../desktop_app/bundle/summary.py" line="20" />
      <source>{n} access token or key</source>
      <translation>{n} jeton ou clé d’accès</translation>
    </message>
    <message>
      <location filename="../../desktop_app/bundle/summary.py" line="20" />
      <source>{n} access tokens or keys</source>
      <translation>{n} jetons ou clés d’accès</translation>
    </message>
    <message>
      <location filename="../../desktop_app/bundle/summary.py" line="21" />
      <source>{n} authorization header</source>
      <translation>{n} en-tête d’autorisation</translation>
    </message>
    <message>
      <location filename="../../desktop_app/bundle/summary.py" line="21" />
      <source>{n} authorization headers</source>
      <translation>{n} en-têtes d’autorisation</translation>
    </message>
    <message>
      <location filename="../../desktop_app/bundle/summary.py" line="66" />
      <source>{n} bytes</source>
      <translation>{n} octets</translation>
    </message>
    <message>
      <location filename="../../desktop_app/bundle/summary.py" line="16" />
      <source>{n} computer name</source>
      <translation>{n} nom d’ordinateur</translation>
    </message>
    <message>
      <location filename="../../desktop_app/bundle/summary.py" line="16" />
      <source>{n} computer names</source>
      <translation>{n} noms d’ordinateur</translation>
    </message>
    <message>
      <location filename="../../desktop_app/bundle/summary.py" line="23" />
      <source>{n} cookie</source>
      <translation>{n} cookie</translation>
    </message>
    <message>
      <location filename="../../desktop_app/bundle/summary.py" line="23" />
      <source>{n} cookies</source>
      <translation>{n} cookies</translation>
    </message>
    <message>
      <location filename="../../desktop_app/bundle/summary.py" line="30" />
      <source>{n} document name</source>
      <translation>{n} nom de document</translation>
    </message>
    <message>
      <location filename="../../desktop_app/bundle/summary.py" line="30" />
      <source>{n} document names</source>
      <translation>{n} noms de document</translation>
    </message>
    <message>
      <location filename="../../desktop_app/bundle/summary.py" line="14" />
      <source>{n} e-mail address</source>
      <translation>{n} adresse e-mail</translation>
    </message>
    <message>
      <location filename="../../desktop_app/bundle/summary.py" line="14" />
      <source>{n} e-mail addresses</source>
      <translation>{n} adresses e-mail</translation>
    </message>
    <message>
      <location filename="../../desktop_app/bundle/summary.py" line="27" />
      <source>{n} hardware (MAC) address</source>
      <translation>{n} adresse matérielle (MAC)</translation>
    </message>
    <message>
      <location filename="../../desktop_app/bundle/summary.py" line="27" />
      <source>{n} hardware (MAC) addresses</source>
      <translation>{n} adresses matérielles (MAC)</translation>
    </message>
    <message>
      <location filename="../../desktop_app/bundle/summary.py" line="15" />
      <source>{n} network name</source>
      <translation>{n} nom de réseau</translation>
    </message>
    <message>
      <location filename="../../desktop_app/bundle/summary.py" line="15" />
      <source>{n} network names</source>
      <translation>{n} noms de réseau</translation>
    </message>
    <message>
      <location filename="../../desktop_app/bundle/summary.py" line="32" />
      <source>{n} other private value</source>
      <translation>{n} autre valeur privée</translation>
    </message>
    <message>
      <location filename="../../desktop_app/bundle/summary.py" line="32" />
      <source>{n} other private values</source>
      <translation>{n} autres valeurs privées</translation>
    </message>
    <message>
      <location filename="../../desktop_app/bundle/summary.py" line="18" />
      <source>{n} password</source>
      <translation>{n} mot de passe</translation>
    </message>
    <message>
      <location filename="../../desktop_app/bundle/summary.py" line="18" />
      <source>{n} passwords</source>
      <translation>{n} mots de passe</translation>
    </message>
    <message>
      <location filename="../../desktop_app/bundle/summary.py" line="25" />
      <source>{n} private key</source>
      <translation>{n} clé privée</translation>
    </message>
    <message>
      <location filename="../../desktop_app/bundle/summary.py" line="25" />
      <source>{n} private keys</source>
      <translation>{n} clés privées</translation>
    </message>
    <message>
      <location filename="../../desktop_app/bundle/summary.py" line="28" />
      <source>{n} public IP address</source>
      <translation>{n} adresse IP publique</translation>
    </message>
    <message>
      <location filename="../../desktop_app/bundle/summary.py" line="28" />
      <source>{n} public IP addresses</source>
      <translation>{n} adresses IP publiques</translation>
    </message>
    <message>
      <location filename="../../desktop_app/bundle/summary.py" line="24" />
      <source>{n} sign-in detail in a web address</source>
      <translation>{n} identifiant dans une adresse web</translation>
    </message>
    <message>
      <location filename="../../desktop_app/bundle/summary.py" line="24" />
      <source>{n} sign-in details in web addresses</source>
      <translation>{n} identifiants dans des adresses web</translation>
    </message>
    <message>
      <location filename="../../desktop_app/bundle/summary.py" line="22" />
      <source>{n} sign-in token (JWT)</source>
      <translation>{n} jeton de connexion (JWT)</translation>
    </message>
    <message>
      <location filename="../../desktop_app/bundle/summary.py" line="22" />
      <source>{n} sign-in tokens (JWT)</source>
      <translation>{n} jetons de connexion (JWT)</translation>
    </message>
    <message>
      <location filename="../../desktop_app/bundle/summary.py" line="17" />
      <source>{n} user name</source>
      <translation>{n} nom d’utilisateur</translation>
    </message>
    <message>
      <location filename="../../desktop_app/bundle/summary.py" line="17" />
      <source>{n} user names</source>
      <translation>{n} noms d’utilisateur</translation>
    </message>
    <message>
      <location filename="../../desktop_app/bundle/verify.py" line="93" />
      <location filename="../../desktop_app/bundle/verify.py" line="97" />
      <source>{path}: cannot read ({error})</source>
      <translation>{path} : lecture impossible ({error})</translation>
    </message>
    <message>
      <location filename="../../desktop_app/bundle/describe.py" line="32" />
      <source>{path}: manifest.json is not valid</source>
      <translation>{path} : manifest.json n’est pas valide</translation>
    </message>
    <message>
      <location filename="../../desktop_app/bundle/verify.py" line="24" />
      <source>{path}: no such file</source>
      <translation>{path} : fichier introuvable</translation>
    </message>
    <message>
      <location filename="../../desktop_app/bundle/verify.py" line="31" />
      <source>{path}: not a SelfDesk bundle (not a zip file)</source>
      <translation>{path} : n’est pas un paquet de diagnostic SelfDesk (pas un fichier zip)</translation>
    </message>
    <message>
      <location filename="../../desktop_app/bundle/verify.py" line="38" />
      <source>{path}: not a SelfDesk bundle manifest</source>
      <translation>{path} : n’est pas le manifeste d’un paquet de diagnostic SelfDesk</translation>
    </message>
    <message>
      <location filename="../../desktop_app/bundle/verify.py" line="26" />
      <source>{path}: not a file (a bundle is a .zip file)</source>
      <translation>{path} : n’est pas un fichier (un paquet de diagnostic est un fichier .zip)</translation>
    </message>
    <message>
      <location filename="../../desktop_app/bundle/describe.py" line="26" />
      <source>{path}: not a readable SelfDesk bundle</source>
      <translation>{path} : paquet de diagnostic SelfDesk illisible</translation>
    </message>
    <message>
      <location filename="../../desktop_app/bundle/summary.py" line="61" />
      <source>{what} was replaced.</source>
      <translation>Élément remplacé : {what}.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/bundle/summary.py" line="61" />
      <source>{what} were replaced.</source>
      <translation>Éléments remplacés : {what}.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/bundle/report.py" line="100" />
      <source>{when}: fix {fix} -&gt; {status}{dry}. {message}</source>
      <translation>{when} : réparation {fix} → {status}{dry}. {message}</translation>
    </message>
  </context>
</TS>
