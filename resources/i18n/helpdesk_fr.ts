<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
  <context>
    <name>helpdesk</name>
    <message>
      <location filename="../../desktop_app/helpdesk/messages.py" line="19" />
      <source>(next try {time})</source>
      <translation>(prochain essai à {time})</translation>
    </message>
    <message>
      <location filename="../../desktop_app/helpdesk/draft.py" line="78" />
      <source>A repair did not work: {fix}</source>
      <translation>Une réparation n'a pas fonctionné : {fix}</translation>
    </message>
    <message>
      <location filename="../../desktop_app/helpdesk/messages.py" line="9" />
      <source>Attached: {files}</source>
      <translation>Pièces jointes : {files}</translation>
    </message>
    <message>
      <location filename="../../desktop_app/helpdesk/messages.py" line="7" />
      <source>Checking your computer to describe the problem...</source>
      <translation>Vérification de votre ordinateur pour décrire le problème...</translation>
    </message>
    <message>
      <location filename="../../desktop_app/helpdesk/draft.py" line="113" />
      <source>Contact:</source>
      <translation>Contact :</translation>
    </message>
    <message>
      <location filename="../../desktop_app/helpdesk/messages.py" line="11" />
      <source>Describe the problem in your own words (optional): </source>
      <translation>Décrivez le problème avec vos propres mots (facultatif) : </translation>
    </message>
    <message>
      <location filename="../../desktop_app/helpdesk/backends/zammad.py" line="73" />
      <source>Diagnostic bundle</source>
      <translation>Dossier de diagnostic</translation>
    </message>
    <message>
      <location filename="../../desktop_app/helpdesk/backends/rt.py" line="91" />
      <location filename="../../desktop_app/helpdesk/backends/zammad.py" line="74" />
      <source>Diagnostic bundle from SelfDesk.</source>
      <translation>Dossier de diagnostic envoyé par SelfDesk.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/helpdesk/messages.py" line="16" />
      <source>Discarded: {title}</source>
      <translation>Abandonné : {title}</translation>
    </message>
    <message>
      <location filename="../../desktop_app/helpdesk/draft.py" line="84" />
      <source>I need help with my computer</source>
      <translation>J'ai besoin d'aide avec mon ordinateur</translation>
    </message>
    <message>
      <location filename="../../desktop_app/helpdesk/draft.py" line="32" />
      <source>In my own words:</source>
      <translation>Avec mes mots :</translation>
    </message>
    <message>
      <location filename="../../desktop_app/helpdesk/backends/rt.py" line="20" />
      <source>Invalid ticket key.</source>
      <translation>Clé de ticket non valide.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/helpdesk/backends/jira.py" line="34" />
      <source>Jira Service Management needs service_desk_id and request_type_id in the helpdesk options.</source>
      <translation>Jira Service Management a besoin de service_desk_id et request_type_id dans les options du support.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/helpdesk/backends/base.py" line="94" />
      <source>No helpdesk address is configured by your administrator.</source>
      <translation>Votre administrateur n'a configuré aucune adresse pour le support informatique.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/helpdesk/backends/base.py" line="88" />
      <source>No helpdesk credentials are saved in the system keyring for '{user}'.</source>
      <translation>Aucun identifiant du support n'est enregistré dans le trousseau du système pour « {user} ».</translation>
    </message>
    <message>
      <location filename="../../desktop_app/helpdesk/outbox.py" line="252" />
      <source>No helpdesk is configured by your administrator.</source>
      <translation>Votre administrateur n'a configuré aucun support informatique.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/helpdesk/messages.py" line="13" />
      <source>Not sent.</source>
      <translation>Non envoyé.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/helpdesk/draft.py" line="94" />
      <source>Problems detected:</source>
      <translation>Problèmes détectés :</translation>
    </message>
    <message>
      <location filename="../../desktop_app/helpdesk/messages.py" line="12" />
      <source>Send this ticket to IT? [y/N] </source>
      <translation>Envoyer ce ticket au service informatique ? [o/N] </translation>
    </message>
    <message>
      <location filename="../../desktop_app/helpdesk/backends/email.py" line="45" />
      <source>Sending the helpdesk password without encryption is refused.</source>
      <translation>L'envoi du mot de passe du support sans chiffrement est refusé.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/helpdesk/draft.py" line="108" />
      <source>System summary:</source>
      <translation>Résumé du système :</translation>
    </message>
    <message>
      <location filename="../../desktop_app/helpdesk/backends/base.py" line="69" />
      <source>The attachment is too large for the helpdesk (HTTP 413).</source>
      <translation>La pièce jointe est trop volumineuse pour le support (HTTP 413).</translation>
    </message>
    <message>
      <location filename="../../desktop_app/helpdesk/outbox.py" line="346" />
      <source>The diagnostic bundle is larger than the helpdesk accepts ({mb} MB).</source>
      <translation>Le dossier de diagnostic dépasse la taille acceptée par le support ({mb} Mo).</translation>
    </message>
    <message>
      <location filename="../../desktop_app/helpdesk/backends/base.py" line="67" />
      <source>The helpdesk account is not allowed to create tickets (HTTP 403).</source>
      <translation>Le compte du support n'a pas le droit de créer des tickets (HTTP 403).</translation>
    </message>
    <message>
      <location filename="../../desktop_app/helpdesk/backends/base.py" line="101" />
      <source>The helpdesk address is not a web address: {url}</source>
      <translation>L'adresse du support n'est pas une adresse web : {url}</translation>
    </message>
    <message>
      <location filename="../../desktop_app/helpdesk/backends/base.py" line="100" />
      <source>The helpdesk address uses plain HTTP, which is refused unless your administrator allows it.</source>
      <translation>L'adresse du support utilise HTTP sans chiffrement, ce qui est refusé sauf autorisation de votre administrateur.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/helpdesk/backends/base.py" line="74" />
      <source>The helpdesk answered with an error (HTTP {status}): {detail}</source>
      <translation>Le support a répondu par une erreur (HTTP {status}) : {detail}</translation>
    </message>
    <message>
      <location filename="../../desktop_app/helpdesk/backends/base.py" line="161" />
      <source>The helpdesk answered with something that is not JSON.</source>
      <translation>Le support a renvoyé une réponse illisible (pas du JSON).</translation>
    </message>
    <message>
      <location filename="../../desktop_app/helpdesk/backends/base.py" line="71" />
      <source>The helpdesk asked to slow down (HTTP 429); will retry.</source>
      <translation>Le support demande de ralentir (HTTP 429) ; nouvel essai plus tard.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/helpdesk/backends/base.py" line="147" />
      <source>The helpdesk cannot be reached (offline or server down); will retry.</source>
      <translation>Le support est injoignable (hors ligne ou serveur arrêté) ; nouvel essai plus tard.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/helpdesk/backends/base.py" line="145" />
      <source>The helpdesk did not answer in time; will retry.</source>
      <translation>Le support n'a pas répondu à temps ; nouvel essai plus tard.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/helpdesk/backends/webhook.py" line="52" />
      <source>The helpdesk did not return a ticket number.</source>
      <translation>Le support n'a pas renvoyé de numéro de ticket.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/helpdesk/backends/email.py" line="34" />
      <source>The helpdesk e-mail server or address is not configured by your administrator.</source>
      <translation>Votre administrateur n'a pas configuré le serveur ou l'adresse e-mail du support.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/helpdesk/backends/rt.py" line="58" />
      <source>The helpdesk is not set up for SelfDesk yet: ticket field '{field}' is missing in queue '{queue}'.</source>
      <translation>Le support n'est pas encore configuré pour SelfDesk : le champ de ticket « {field} » manque dans la file « {queue} ».</translation>
    </message>
    <message>
      <location filename="../../desktop_app/helpdesk/backends/base.py" line="65" />
      <source>The helpdesk refused the sign-in (HTTP 401): the saved credentials are wrong or expired.</source>
      <translation>Le support a refusé la connexion (HTTP 401) : les identifiants enregistrés sont faux ou expirés.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/helpdesk/backends/base.py" line="73" />
      <source>The helpdesk server has a problem (HTTP {status}); will retry.</source>
      <translation>Le serveur du support a un problème (HTTP {status}) ; nouvel essai plus tard.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/helpdesk/backends/base.py" line="143" />
      <source>The helpdesk's security certificate could not be verified (TLS error); will retry.</source>
      <translation>Le certificat de sécurité du support n'a pas pu être vérifié (erreur TLS) ; nouvel essai plus tard.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/helpdesk/backends/email.py" line="102" />
      <source>The mail server cannot be reached (offline or server down); will retry.</source>
      <translation>Le serveur de messagerie est injoignable (hors ligne ou serveur arrêté) ; nouvel essai plus tard.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/helpdesk/backends/email.py" line="100" />
      <source>The mail server did not answer in time; will retry.</source>
      <translation>Le serveur de messagerie n'a pas répondu à temps ; nouvel essai plus tard.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/helpdesk/backends/email.py" line="81" />
      <source>The mail server does not accept sign-in (AUTH) on this connection.</source>
      <translation>Le serveur de messagerie n'accepte pas la connexion (AUTH) sur cette liaison.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/helpdesk/backends/email.py" line="90" />
      <source>The mail server does not offer encryption (STARTTLS).</source>
      <translation>Le serveur de messagerie ne propose pas de chiffrement (STARTTLS).</translation>
    </message>
    <message>
      <location filename="../../desktop_app/helpdesk/backends/email.py" line="104" />
      <location filename="../../desktop_app/helpdesk/backends/email.py" line="98" />
      <source>The mail server refused the helpdesk address.</source>
      <translation>Le serveur de messagerie a refusé l'adresse du support.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/helpdesk/backends/email.py" line="96" />
      <source>The mail server refused the message ({code}); will retry.</source>
      <translation>Le serveur de messagerie a refusé le message ({code}) ; nouvel essai plus tard.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/helpdesk/backends/email.py" line="88" />
      <source>The mail server refused the sign-in: the saved credentials are wrong.</source>
      <translation>Le serveur de messagerie a refusé la connexion : les identifiants enregistrés sont faux.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/helpdesk/backends/email.py" line="92" />
      <source>The mail server's security certificate could not be verified (TLS error); will retry.</source>
      <translation>Le certificat de sécurité du serveur de messagerie n'a pas pu être vérifié (erreur TLS) ; nouvel essai plus tard.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/helpdesk/backends/email.py" line="95" />
      <source>The message is too large for the mail server.</source>
      <translation>Le message est trop volumineux pour le serveur de messagerie.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/helpdesk/messages.py" line="17" />
      <source>The outbox is empty.</source>
      <translation>La boîte d'envoi est vide.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/helpdesk/backends/base.py" line="149" />
      <source>The request to the helpdesk failed: {error}</source>
      <translation>La demande au support a échoué : {error}</translation>
    </message>
    <message>
      <location filename="../../desktop_app/helpdesk/backends/base.py" line="86" />
      <source>The saved helpdesk credentials cannot be read from the system keyring: {error}</source>
      <translation>Les identifiants du support ne peuvent pas être lus dans le trousseau du système : {error}</translation>
    </message>
    <message>
      <location filename="../../desktop_app/helpdesk/messages.py" line="8" />
      <source>Title: {title}</source>
      <translation>Titre : {title}</translation>
    </message>
    <message>
      <location filename="../../desktop_app/helpdesk/outbox.py" line="316" />
      <source>Unexpected problem while sending: {error}</source>
      <translation>Problème inattendu pendant l'envoi : {error}</translation>
    </message>
    <message>
      <location filename="../../desktop_app/helpdesk/draft.py" line="91" />
      <source>What SelfDesk found:</source>
      <translation>Ce que SelfDesk a trouvé :</translation>
    </message>
    <message>
      <location filename="../../desktop_app/helpdesk/draft.py" line="97" />
      <source>What was tried:</source>
      <translation>Ce qui a été essayé :</translation>
    </message>
    <message>
      <location filename="../../desktop_app/helpdesk/messages.py" line="22" />
      <source>being sent</source>
      <translation>en cours d'envoi</translation>
    </message>
    <message>
      <location filename="../../desktop_app/helpdesk/messages.py" line="25" />
      <source>discarded</source>
      <translation>abandonné</translation>
    </message>
    <message>
      <location filename="../../desktop_app/helpdesk/backends/email.py" line="105" />
      <source>e-mail to {address}</source>
      <translation>e-mail à {address}</translation>
    </message>
    <message>
      <location filename="../../desktop_app/helpdesk/messages.py" line="24" />
      <source>not sent (needs attention)</source>
      <translation>non envoyé (à vérifier)</translation>
    </message>
    <message>
      <location filename="../../desktop_app/helpdesk/messages.py" line="10" />
      <source>nothing</source>
      <translation>rien</translation>
    </message>
    <message>
      <location filename="../../desktop_app/helpdesk/messages.py" line="15" />
      <source>saved — will be sent when you're back online</source>
      <translation>enregistré — sera envoyé dès que vous serez de nouveau en ligne</translation>
    </message>
    <message>
      <location filename="../../desktop_app/helpdesk/messages.py" line="23" />
      <source>sent</source>
      <translation>envoyé</translation>
    </message>
    <message>
      <location filename="../../desktop_app/helpdesk/messages.py" line="14" />
      <source>sent as {ref}</source>
      <translation>envoyé sous le numéro {ref}</translation>
    </message>
    <message>
      <location filename="../../desktop_app/helpdesk/messages.py" line="18" />
      <source>ticket {ref}</source>
      <translation>ticket {ref}</translation>
    </message>
    <message>
      <location filename="../../desktop_app/helpdesk/messages.py" line="21" />
      <source>waiting to be sent</source>
      <translation>en attente d'envoi</translation>
    </message>
  </context>
</TS>
