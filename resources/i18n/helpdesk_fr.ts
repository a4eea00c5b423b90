<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
  <context>
    <name>helpdesk</name>
    <message>
      <location filename="../../desktop_app/helpdesk/messages.py" line="40" />
      <source>&amp;Urgency:</source>
      <translation>&amp;Urgence :</translation>
    </message>
    <message>
      <location filename="../../desktop_app/helpdesk/messages.py" line="23" />
      <source>(next try {time})</source>
      <translation>(prochain essai à {time})</translation>
    </message>
    <message>
      <location filename="../../desktop_app/helpdesk/draft.py" line="148" />
      <source>A repair did not work: {fix}</source>
      <translation>Une réparation n’a pas fonctionné : {fix}</translation>
    </message>
    <message>
      <location filename="../../desktop_app/helpdesk/messages.py" line="12" />
      <source>Attached: {files}</source>
      <translation>Pièces jointes : {files}</translation>
    </message>
    <message>
      <location filename="../../desktop_app/helpdesk/messages.py" line="10" />
      <source>Checking your computer to describe the problem...</source>
      <translation>Vérification de votre ordinateur pour décrire le problème…</translation>
    </message>
    <message>
      <location filename="../../desktop_app/helpdesk/draft.py" line="188" />
      <source>Contact:</source>
      <translation>Contact :</translation>
    </message>
    <message>
      <location filename="../../desktop_app/helpdesk/messages.py" line="33" />
      <source>Damaged, cannot be sent</source>
      <translation>Endommagé, ne peut pas être envoyé</translation>
    </message>
    <message>
      <location filename="../../desktop_app/helpdesk/messages.py" line="14" />
      <source>Describe the problem in your own words (optional): </source>
      <translation>Décrivez le problème avec vos propres mots (facultatif) : </translation>
    </message>
    <message>
      <location filename="../../desktop_app/helpdesk/backends/zammad.py" line="106" />
      <source>Diagnostic bundle</source>
      <translation>Paquet de diagnostic</translation>
    </message>
    <message>
      <location filename="../../desktop_app/helpdesk/backends/rt.py" line="92" />
      <location filename="../../desktop_app/helpdesk/backends/zammad.py" line="107" />
      <source>Diagnostic bundle from SelfDesk.</source>
      <translation>Paquet de diagnostic créé par SelfDesk.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/helpdesk/messages.py" line="20" />
      <source>Discarded: {title}</source>
      <translation>Supprimé : {title}</translation>
    </message>
    <message>
      <location filename="../../desktop_app/helpdesk/messages.py" line="46" />
      <source>Enter your e-mail address: the helpdesk needs it to open a ticket.</source>
      <translation>Saisissez votre adresse e-mail : l’outil d’assistance en a besoin pour créer la demande.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/helpdesk/messages.py" line="42" />
      <source>High: I cannot work</source>
      <translation>Haute : je ne peux pas travailler</translation>
    </message>
    <message>
      <location filename="../../desktop_app/helpdesk/draft.py" line="154" />
      <source>I need help with my computer</source>
      <translation>J’ai besoin d’aide avec mon ordinateur</translation>
    </message>
    <message>
      <location filename="../../desktop_app/helpdesk/draft.py" line="45" />
      <source>In my own words:</source>
      <translation>Avec mes propres mots :</translation>
    </message>
    <message>
      <location filename="../../desktop_app/helpdesk/backends/rt.py" line="20" />
      <source>Invalid ticket key.</source>
      <translation>Référence de demande non valide.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/helpdesk/backends/jira.py" line="39" />
      <source>Jira Service Management needs service_desk_id and request_type_id in the helpdesk options.</source>
      <translation>Jira Service Management a besoin de service_desk_id et de request_type_id dans les options de l’outil d’assistance.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/helpdesk/messages.py" line="42" />
      <source>Low: it can wait</source>
      <translation>Basse : cela peut attendre</translation>
    </message>
    <message>
      <location filename="../../desktop_app/helpdesk/backends/base.py" line="175" />
      <source>No helpdesk address is configured by your administrator.</source>
      <translation>Votre administrateur n’a configuré aucune adresse pour l’outil d’assistance.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/helpdesk/backends/base.py" line="169" />
      <source>No helpdesk credentials are saved in the system keyring for '{user}'.</source>
      <translation>Aucun identifiant de l’outil d’assistance n’est enregistré dans le trousseau du système pour « {user} ».</translation>
    </message>
    <message>
      <location filename="../../desktop_app/helpdesk/messages.py" line="56" />
      <source>No helpdesk is configured by your administrator.</source>
      <translation>Votre administrateur n’a configuré aucun outil d’assistance.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/helpdesk/messages.py" line="42" />
      <source>Normal</source>
      <translation>Normale</translation>
    </message>
    <message>
      <location filename="../../desktop_app/helpdesk/messages.py" line="17" />
      <source>Not sent.</source>
      <translation>Non envoyé.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/helpdesk/messages.py" line="54" />
      <source>Problem</source>
      <translation>Problème</translation>
    </message>
    <message>
      <location filename="../../desktop_app/helpdesk/draft.py" line="164" />
      <source>Problems detected:</source>
      <translation>Problèmes détectés :</translation>
    </message>
    <message>
      <location filename="../../desktop_app/helpdesk/messages.py" line="49" />
      <source>Report attached to the ticket</source>
      <translation>Rapport joint à la demande</translation>
    </message>
    <message>
      <location filename="../../desktop_app/helpdesk/messages.py" line="55" />
      <source>Request sent to IT</source>
      <translation>Demande envoyée au service informatique</translation>
    </message>
    <message>
      <location filename="../../desktop_app/helpdesk/messages.py" line="37" />
      <source>Saved, will be sent when you're back online.</source>
      <translation>Demande enregistrée : elle sera envoyée dès que vous serez de nouveau en ligne.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/helpdesk/messages.py" line="38" />
      <source>Saved. IT must fix the helpdesk settings: {reason} Your request is kept and will be sent once this is fixed.</source>
      <translation>Demande enregistrée. Le service informatique doit corriger la configuration de l’outil d’assistance : {reason} Votre demande est conservée et sera envoyée une fois le problème réglé.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/helpdesk/messages.py" line="39" />
      <source>Saved; it is being sent in the background.</source>
      <translation>Demande enregistrée ; l’envoi se poursuit en arrière-plan.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/helpdesk/messages.py" line="16" />
      <source>Send this ticket to IT? [y/N] </source>
      <translation>Envoyer cette demande au service informatique ? [o/N] </translation>
    </message>
    <message>
      <location filename="../../desktop_app/helpdesk/backends/email.py" line="71" />
      <source>Sending tickets by e-mail without encryption is refused unless your administrator allows it.</source>
      <translation>L’envoi des demandes par e-mail sans chiffrement est refusé, sauf si votre administrateur l’autorise.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/helpdesk/messages.py" line="63" />
      <source>Sent as {ref}. IT will get back to you.</source>
      <translation>Envoyée sous la référence {ref}. Le service informatique vous répondra.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/helpdesk/messages.py" line="63" />
      <source>Sent by e-mail to {address}. IT will get back to you.</source>
      <translation>Envoyée par e-mail à {address}. Le service informatique vous répondra.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/helpdesk/draft.py" line="182" />
      <source>System summary:</source>
      <translation>Résumé du système :</translation>
    </message>
    <message>
      <location filename="../../desktop_app/helpdesk/messages.py" line="50" />
      <source>The attached report cannot be shown ({error}).</source>
      <translation>Le rapport joint ne peut pas être affiché ({error}).</translation>
    </message>
    <message>
      <location filename="../../desktop_app/helpdesk/backends/base.py" line="133" />
      <source>The attachment is too large for the helpdesk (HTTP 413).</source>
      <translation>La pièce jointe est trop volumineuse pour l’outil d’assistance (HTTP 413).</translation>
    </message>
    <message>
      <location filename="../../desktop_app/helpdesk/outbox.py" line="583" />
      <source>The diagnostic bundle is larger than the helpdesk accepts ({mb} MB).</source>
      <translation>Le paquet de diagnostic dépasse la taille acceptée par l’outil d’assistance ({mb} Mo).</translation>
    </message>
    <message>
      <location filename="../../desktop_app/helpdesk/backends/base.py" line="129" />
      <source>The helpdesk account is not allowed to create tickets (HTTP 403).</source>
      <translation>Le compte de l’outil d’assistance n’a pas le droit de créer des demandes (HTTP 403).</translation>
    </message>
    <message>
      <location filename="../../desktop_app/helpdesk/backends/base.py" line="182" />
      <source>The helpdesk address is not a web address: {url}</source>
      <translation>L’adresse de l’outil d’assistance n’est pas une adresse web : {url}</translation>
    </message>
    <message>
      <location filename="../../desktop_app/helpdesk/backends/base.py" line="131" />
      <source>The helpdesk address or one of its API paths was not found (HTTP 404).</source>
      <translation>L’adresse de l’outil d’assistance ou l’un de ses chemins d’API est introuvable (HTTP 404).</translation>
    </message>
    <message>
      <location filename="../../desktop_app/helpdesk/backends/base.py" line="236" />
      <source>The helpdesk address redirects elsewhere (HTTP {status} to {location}): IT must set the final https address in the policy.</source>
      <translation>L’adresse de l’outil d’assistance redirige ailleurs (HTTP {status} vers {location}) : le service informatique doit indiquer l’adresse https finale dans la stratégie.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/helpdesk/backends/base.py" line="181" />
      <source>The helpdesk address uses plain HTTP, which is refused unless your administrator allows it.</source>
      <translation>L’adresse de l’outil d’assistance utilise HTTP sans chiffrement, ce qui est refusé sauf si votre administrateur l’autorise.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/helpdesk/backends/base.py" line="255" />
      <source>The helpdesk answered with something that is not JSON.</source>
      <translation>L’outil d’assistance a renvoyé une réponse illisible (pas du JSON).</translation>
    </message>
    <message>
      <location filename="../../desktop_app/helpdesk/backends/base.py" line="135" />
      <source>The helpdesk asked to slow down (HTTP 429); will retry.</source>
      <translation>L’outil d’assistance demande de ralentir (HTTP 429) ; nouvel essai plus tard.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/helpdesk/backends/base.py" line="230" />
      <source>The helpdesk cannot be reached (offline or server down); will retry.</source>
      <translation>L’outil d’assistance est injoignable (hors ligne ou serveur arrêté) ; nouvel essai plus tard.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/helpdesk/backends/base.py" line="137" />
      <location filename="../../desktop_app/helpdesk/backends/base.py" line="228" />
      <source>The helpdesk did not answer in time; will retry.</source>
      <translation>L’outil d’assistance n’a pas répondu à temps ; nouvel essai plus tard.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/helpdesk/backends/webhook.py" line="53" />
      <source>The helpdesk did not return a ticket number.</source>
      <translation>L’outil d’assistance n’a pas renvoyé de numéro de demande.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/helpdesk/backends/email.py" line="57" />
      <source>The helpdesk e-mail security setting '{value}' is not valid: IT must use starttls, tls or none.</source>
      <translation>Le paramètre de sécurité e-mail « {value} » de l’outil d’assistance n’est pas valide : le service informatique doit utiliser starttls, tls ou none.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/helpdesk/backends/email.py" line="68" />
      <source>The helpdesk e-mail server or address is not configured by your administrator.</source>
      <translation>Votre administrateur n’a pas configuré le serveur ou l’adresse e-mail de l’outil d’assistance.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/helpdesk/backends/rt.py" line="59" />
      <source>The helpdesk is not set up for SelfDesk yet: ticket field '{field}' is missing in queue '{queue}'.</source>
      <translation>L’outil d’assistance n’est pas encore configuré pour SelfDesk : le champ « {field} » manque dans la file « {queue} ».</translation>
    </message>
    <message>
      <location filename="../../desktop_app/helpdesk/backends/base.py" line="153" />
      <source>The helpdesk needs your e-mail address to open a ticket and none is known: send the ticket again with your e-mail address, or ask IT to set a fallback address.</source>
      <translation>L’outil d’assistance a besoin de votre adresse e-mail pour créer une demande, et aucune n’est connue : renvoyez la demande avec votre adresse e-mail, ou demandez au service informatique de définir une adresse de secours.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/helpdesk/backends/base.py" line="127" />
      <source>The helpdesk refused the sign-in (HTTP 401): the saved credentials are wrong or expired.</source>
      <translation>L’outil d’assistance a refusé la connexion (HTTP 401) : les identifiants enregistrés sont faux ou ont expiré.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/helpdesk/backends/base.py" line="144" />
      <source>The helpdesk refused the ticket (HTTP {status}): {detail}</source>
      <translation>L’outil d’assistance a refusé la demande (HTTP {status}) : {detail}</translation>
    </message>
    <message>
      <location filename="../../desktop_app/helpdesk/outbox.py" line="533" />
      <source>The helpdesk refuses the diagnostic bundle as too large even at {kb} KB.</source>
      <translation>L’outil d’assistance refuse le paquet de diagnostic, trop volumineux même réduit à {kb} Ko.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/helpdesk/backends/base.py" line="139" />
      <source>The helpdesk server has a problem (HTTP {status}); will retry.</source>
      <translation>Le serveur de l’outil d’assistance a un problème (HTTP {status}) ; nouvel essai plus tard.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/helpdesk/backends/__init__.py" line="49" />
      <source>The helpdesk settings from your administrator are not valid ({error}).</source>
      <translation>Les paramètres de l’outil d’assistance fournis par votre administrateur ne sont pas valides ({error}).</translation>
    </message>
    <message>
      <location filename="../../desktop_app/helpdesk/backends/__init__.py" line="41" />
      <source>The helpdesk type '{name}' set by your administrator is not known.</source>
      <translation>Le type d’outil d’assistance « {name} » choisi par votre administrateur est inconnu.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/helpdesk/backends/base.py" line="226" />
      <source>The helpdesk's security certificate could not be verified (TLS error); will retry.</source>
      <translation>Le certificat de sécurité de l’outil d’assistance n’a pas pu être vérifié (erreur TLS) ; nouvel essai plus tard.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/helpdesk/backends/email.py" line="155" />
      <source>The mail server cannot be reached (offline or server down); will retry.</source>
      <translation>Le serveur de messagerie est injoignable (hors ligne ou serveur arrêté) ; nouvel essai plus tard.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/helpdesk/backends/email.py" line="153" />
      <source>The mail server did not answer in time; will retry.</source>
      <translation>Le serveur de messagerie n’a pas répondu à temps ; nouvel essai plus tard.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/helpdesk/backends/email.py" line="118" />
      <source>The mail server does not accept sign-in (AUTH) on this connection.</source>
      <translation>Le serveur de messagerie n’accepte pas l’authentification (AUTH) sur cette connexion.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/helpdesk/backends/email.py" line="111" />
      <location filename="../../desktop_app/helpdesk/backends/email.py" line="144" />
      <source>The mail server does not offer encryption (STARTTLS).</source>
      <translation>Le serveur de messagerie ne propose pas de chiffrement (STARTTLS).</translation>
    </message>
    <message>
      <location filename="../../desktop_app/helpdesk/backends/email.py" line="149" />
      <location filename="../../desktop_app/helpdesk/backends/email.py" line="178" />
      <source>The mail server refused the helpdesk address: {reply}</source>
      <translation>Le serveur de messagerie a refusé l’adresse de l’outil d’assistance : {reply}</translation>
    </message>
    <message>
      <location filename="../../desktop_app/helpdesk/backends/email.py" line="216" />
      <source>The mail server refused the message for now ({reply}); will retry.</source>
      <translation>Le serveur de messagerie a refusé le message pour l’instant ({reply}) ; nouvel essai plus tard.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/helpdesk/backends/email.py" line="215" />
      <source>The mail server refused the message: {reply}</source>
      <translation>Le serveur de messagerie a refusé le message : {reply}</translation>
    </message>
    <message>
      <location filename="../../desktop_app/helpdesk/backends/email.py" line="142" />
      <source>The mail server refused the sign-in: the saved credentials are wrong.</source>
      <translation>Le serveur de messagerie a refusé la connexion : les identifiants enregistrés sont faux.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/helpdesk/backends/email.py" line="146" />
      <source>The mail server's security certificate could not be verified (TLS error); will retry.</source>
      <translation>Le certificat de sécurité du serveur de messagerie n’a pas pu être vérifié (erreur TLS) ; nouvel essai plus tard.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/helpdesk/backends/email.py" line="213" />
      <source>The message is too large for the mail server ({reply}).</source>
      <translation>Le message est trop volumineux pour le serveur de messagerie ({reply}).</translation>
    </message>
    <message>
      <location filename="../../desktop_app/helpdesk/backends/email.py" line="185" />
      <location filename="../../desktop_app/helpdesk/backends/email.py" line="180" />
      <source>The message is too large for the mail server.</source>
      <translation>Le message est trop volumineux pour le serveur de messagerie.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/helpdesk/messages.py" line="21" />
      <source>The outbox is empty.</source>
      <translation>La boîte d’envoi est vide.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/helpdesk/backends/base.py" line="232" />
      <source>The request to the helpdesk failed: {error}</source>
      <translation>La requête vers l’outil d’assistance a échoué : {error}</translation>
    </message>
    <message>
      <location filename="../../desktop_app/helpdesk/backends/base.py" line="167" />
      <source>The saved helpdesk credentials cannot be read from the system keyring: {error}</source>
      <translation>Les identifiants enregistrés de l’outil d’assistance ne peuvent pas être lus dans le trousseau du système : {error}</translation>
    </message>
    <message>
      <location filename="../../desktop_app/helpdesk/messages.py" line="47" />
      <source>This e-mail address does not look right.</source>
      <translation>Cette adresse e-mail ne semble pas valide.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/helpdesk/messages.py" line="32" />
      <source>This request is being sent right now: try again in a moment.</source>
      <translation>Cette demande est en cours d’envoi : réessayez dans un instant.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/helpdesk/outbox.py" line="44" />
      <source>This saved request is damaged and cannot be sent: discard it and contact IT another way.</source>
      <translation>Cette demande enregistrée est endommagée et ne peut pas être envoyée : supprimez-la et contactez le service informatique autrement.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/helpdesk/messages.py" line="11" />
      <source>Title: {title}</source>
      <translation>Objet : {title}</translation>
    </message>
    <message>
      <location filename="../../desktop_app/helpdesk/outbox.py" line="479" />
      <source>Unexpected problem while sending: {error}</source>
      <translation>Problème inattendu pendant l’envoi : {error}</translation>
    </message>
    <message>
      <location filename="../../desktop_app/helpdesk/messages.py" line="41" />
      <source>Urgency</source>
      <translation>Urgence</translation>
    </message>
    <message>
      <location filename="../../desktop_app/helpdesk/messages.py" line="51" />
      <source>What I tried before (last {days} days):</source>
      <translation>Ce que j’ai déjà essayé ({days} derniers jours) :</translation>
    </message>
    <message>
      <location filename="../../desktop_app/helpdesk/messages.py" line="48" />
      <source>What IT will receive</source>
      <translation>Ce que recevra le service informatique</translation>
    </message>
    <message>
      <location filename="../../desktop_app/helpdesk/draft.py" line="161" />
      <source>What SelfDesk found:</source>
      <translation>Ce que SelfDesk a trouvé :</translation>
    </message>
    <message>
      <location filename="../../desktop_app/helpdesk/draft.py" line="167" />
      <source>What was tried:</source>
      <translation>Ce qui a été essayé :</translation>
    </message>
    <message>
      <location filename="../../desktop_app/helpdesk/messages.py" line="43" />
      <source>Your &amp;e-mail:</source>
      <translation>Votre e-&amp;mail :</translation>
    </message>
    <message>
      <location filename="../../desktop_app/helpdesk/messages.py" line="44" />
      <source>Your e-mail address</source>
      <translation>Votre adresse e-mail</translation>
    </message>
    <message>
      <location filename="../../desktop_app/helpdesk/messages.py" line="15" />
      <source>Your e-mail address, so IT can answer you: </source>
      <translation>Votre adresse e-mail, pour que le service informatique puisse vous répondre : </translation>
    </message>
    <message>
      <location filename="../../desktop_app/helpdesk/messages.py" line="64" />
      <source>Your request was sent to IT as {ref}.</source>
      <translation>Votre demande a été envoyée au service informatique sous la référence {ref}.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/helpdesk/messages.py" line="64" />
      <source>Your request was sent to IT by e-mail ({address}).</source>
      <translation>Votre demande a été envoyée au service informatique par e-mail ({address}).</translation>
    </message>
    <message>
      <location filename="../../desktop_app/helpdesk/messages.py" line="26" />
      <source>being sent</source>
      <translation>en cours d’envoi</translation>
    </message>
    <message>
      <location filename="../../desktop_app/helpdesk/messages.py" line="59" />
      <source>by e-mail to {address}</source>
      <translation>par e-mail à {address}</translation>
    </message>
    <message>
      <location filename="../../desktop_app/helpdesk/messages.py" line="30" />
      <source>damaged, cannot be sent</source>
      <translation>endommagé, ne peut pas être envoyé</translation>
    </message>
    <message>
      <location filename="../../desktop_app/helpdesk/draft.py" line="25" />
      <source>did not help and was undone</source>
      <translation>sans effet, annulée</translation>
    </message>
    <message>
      <location filename="../../desktop_app/helpdesk/messages.py" line="53" />
      <source>did not solve it</source>
      <translation>n’a pas résolu le problème</translation>
    </message>
    <message>
      <location filename="../../desktop_app/helpdesk/draft.py" line="24" />
      <source>did not work</source>
      <translation>n’a pas fonctionné</translation>
    </message>
    <message>
      <location filename="../../desktop_app/helpdesk/messages.py" line="29" />
      <source>discarded</source>
      <translation>supprimé</translation>
    </message>
    <message>
      <location filename="../../desktop_app/helpdesk/draft.py" line="23" />
      <source>done, but the result could not be checked</source>
      <translation>fait, mais le résultat n’a pas pu être vérifié</translation>
    </message>
    <message>
      <location filename="../../desktop_app/helpdesk/draft.py" line="22" />
      <source>fixed and verified</source>
      <translation>réussie et vérifiée</translation>
    </message>
    <message>
      <location filename="../../desktop_app/helpdesk/messages.py" line="45" />
      <source>name@example.com, so IT can answer you</source>
      <translation>nom@example.com, pour que le service informatique puisse vous répondre</translation>
    </message>
    <message>
      <location filename="../../desktop_app/helpdesk/draft.py" line="26" />
      <source>not run</source>
      <translation>non lancée</translation>
    </message>
    <message>
      <location filename="../../desktop_app/helpdesk/messages.py" line="28" />
      <source>not sent (needs attention)</source>
      <translation>non envoyé (à vérifier)</translation>
    </message>
    <message>
      <location filename="../../desktop_app/helpdesk/messages.py" line="13" />
      <source>nothing</source>
      <translation>rien</translation>
    </message>
    <message>
      <location filename="../../desktop_app/helpdesk/draft.py" line="27" />
      <source>previewed only</source>
      <translation>aperçu seulement</translation>
    </message>
    <message>
      <location filename="../../desktop_app/helpdesk/messages.py" line="19" />
      <source>saved — IT must fix the helpdesk settings: {reason} Your request is kept and will be sent once this is fixed.</source>
      <translation>enregistré — le service informatique doit corriger la configuration de l’outil d’assistance : {reason} Votre demande est conservée et sera envoyée une fois le problème réglé.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/helpdesk/messages.py" line="18" />
      <source>saved — will be sent when you're back online</source>
      <translation>enregistré — sera envoyé dès que vous serez de nouveau en ligne</translation>
    </message>
    <message>
      <location filename="../../desktop_app/helpdesk/messages.py" line="27" />
      <source>sent</source>
      <translation>envoyé</translation>
    </message>
    <message>
      <location filename="../../desktop_app/helpdesk/messages.py" line="62" />
      <source>sent as {ref}</source>
      <translation>envoyé sous la référence {ref}</translation>
    </message>
    <message>
      <location filename="../../desktop_app/helpdesk/messages.py" line="62" />
      <source>sent by e-mail to {address}</source>
      <translation>envoyé par e-mail à {address}</translation>
    </message>
    <message>
      <location filename="../../desktop_app/helpdesk/messages.py" line="52" />
      <source>solved it</source>
      <translation>a résolu le problème</translation>
    </message>
    <message>
      <location filename="../../desktop_app/helpdesk/messages.py" line="22" />
      <source>ticket {ref}</source>
      <translation>demande {ref}</translation>
    </message>
    <message>
      <location filename="../../desktop_app/helpdesk/messages.py" line="25" />
      <source>waiting to be sent</source>
      <translation>en attente d’envoi</translation>
    </message>
  </context>
</TS>
