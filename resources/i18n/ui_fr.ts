<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
  <context>
    <name>ui</name>
    <message>
      <location filename="../../desktop_app/ui/fix_dialog.py" line="230" />
      <location filename="../../desktop_app/ui/settings_dialog.py" line="104" />
      <location filename="../../desktop_app/ui/ticket_dialog.py" line="204" />
      <source>&amp;Cancel</source>
      <translation>&amp;Annuler</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/outbox_window.py" line="89" />
      <source>&amp;Discard</source>
      <translation>&amp;Supprimer</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/common.py" line="56" />
      <source>&amp;Disk space</source>
      <translation>&amp;Espace disque</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/onboarding_wizard.py" line="240" />
      <location filename="../../desktop_app/ui/onboarding_wizard.py" line="454" />
      <source>&amp;Finish</source>
      <translation>&amp;Terminer</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/fix_dialog.py" line="221" />
      <location filename="../../desktop_app/ui/onboarding_wizard.py" line="101" />
      <source>&amp;Fix it</source>
      <translation>&amp;Réparer</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/onboarding_wizard.py" line="101" />
      <source>&amp;Fix it: {title}</source>
      <translation>&amp;Réparer : {title}</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/ticket_dialog.py" line="131" />
      <source>&amp;In your own words:</source>
      <translation>Avec &amp;vos propres mots :</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/settings_dialog.py" line="78" />
      <source>&amp;Language:</source>
      <translation>&amp;Langue :</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/fix_dialog.py" line="209" />
      <source>&amp;No</source>
      <translation>&amp;Non</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/settings_dialog.py" line="82" />
      <source>&amp;Notifications:</source>
      <translation>&amp;Notifications :</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/onboarding_wizard.py" line="109" />
      <source>&amp;Open</source>
      <translation>&amp;Ouvrir</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/app.py" line="315" />
      <source>&amp;Outbox</source>
      <translation>&amp;Boîte d’envoi</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/ticket_dialog.py" line="166" />
      <source>&amp;Preview attachments</source>
      <translation>A&amp;perçu des pièces jointes</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/common.py" line="57" />
      <source>&amp;Printers</source>
      <translation>&amp;Imprimantes</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/app.py" line="320" />
      <source>&amp;Quit</source>
      <translation>&amp;Quitter</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/outbox_window.py" line="86" />
      <source>&amp;Retry now</source>
      <translation>&amp;Réessayer maintenant</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/onboarding_wizard.py" line="236" />
      <source>&amp;Run again</source>
      <translation>&amp;Relancer</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/app.py" line="302" />
      <source>&amp;Run diagnostics</source>
      <translation>&amp;Lancer le diagnostic</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/settings_dialog.py" line="103" />
      <source>&amp;Save</source>
      <translation>&amp;Enregistrer</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/help_window.py" line="150" />
      <source>&amp;Search:</source>
      <translation>&amp;Rechercher :</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/ticket_dialog.py" line="199" />
      <source>&amp;Send to IT</source>
      <translation>&amp;Envoyer la demande</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/app.py" line="316" />
      <source>&amp;Settings and about</source>
      <translation>&amp;Paramètres et à propos</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/common.py" line="55" />
      <source>&amp;VPN</source>
      <translation>&amp;VPN</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/ticket_dialog.py" line="153" />
      <source>&amp;What your computer found:</source>
      <translation>Ce que votre ordinateur a &amp;trouvé :</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/common.py" line="54" />
      <source>&amp;Wi-Fi &amp;&amp; internet</source>
      <translation>&amp;Wi-Fi et Internet</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/fix_dialog.py" line="208" />
      <source>&amp;Yes</source>
      <translation>&amp;Oui</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/common.py" line="260" />
      <source>A problem was found.</source>
      <translation>Un problème a été trouvé.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/common.py" line="254" />
      <source>A problem was found: {areas}.</source>
      <translation>Un problème a été trouvé : {areas}.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/app.py" line="546" />
      <source>Also: {areas}.</source>
      <translation>Également : {areas}.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/fix_dialog.py" line="192" />
      <source>Applying the fix</source>
      <translation>Réparation en cours</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/help_window.py" line="174" />
      <source>Article</source>
      <translation>Article</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/help_window.py" line="169" />
      <source>Articles</source>
      <translation>Articles</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/ticket_dialog.py" line="155" />
      <location filename="../../desktop_app/ui/ticket_dialog.py" line="159" />
      <source>Attachments</source>
      <translation>Pièces jointes</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/fix_dialog.py" line="419" />
      <location filename="../../desktop_app/ui/help_window.py" line="198" />
      <location filename="../../desktop_app/ui/onboarding_wizard.py" line="240" />
      <source>C&amp;lose</source>
      <translation>&amp;Fermer</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/fix_dialog.py" line="231" />
      <location filename="../../desktop_app/ui/settings_dialog.py" line="106" />
      <location filename="../../desktop_app/ui/ticket_dialog.py" line="205" />
      <source>Cancel</source>
      <translation>Annuler</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/ticket_dialog.py" line="48" />
      <source>Chat: {link}</source>
      <translation>Chat : {link}</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/results_window.py" line="303" />
      <source>Check &amp;again</source>
      <translation>&amp;Vérifier à nouveau</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/results_window.py" line="303" />
      <source>Check again</source>
      <translation>Vérifier à nouveau</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/fix_dialog.py" line="416" />
      <source>Checked again:</source>
      <translation>Nouvelle vérification :</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/common.py" line="261" />
      <location filename="../../desktop_app/ui/results_window.py" line="336" />
      <source>Checking your computer…</source>
      <translation>Vérification de votre ordinateur…</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/results_window.py" line="378" />
      <location filename="../../desktop_app/ui/results_window.py" line="358" />
      <source>Checking… {done} of {total}</source>
      <translation>Vérification… {done} sur {total}</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/onboarding_wizard.py" line="235" />
      <source>Checklist items</source>
      <translation>Éléments de la liste</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/onboarding_wizard.py" line="234" />
      <source>Checklist progress</source>
      <translation>Progression de la liste</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/results_window.py" line="298" />
      <source>Checks finished</source>
      <translation>Vérifications terminées</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/fix_dialog.py" line="366" />
      <source>Choose at least one item to clean.</source>
      <translation>Choisissez au moins un élément à nettoyer.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/fix_dialog.py" line="322" />
      <source>Choose what to clean. Items without a box are listed for you to check yourself.</source>
      <translation>Choisissez ce qu’il faut nettoyer. Les éléments sans case à cocher sont indiqués pour que vous les vérifiiez vous-même.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/fix_dialog.py" line="329" />
      <source>Clean {title}, {size}</source>
      <translation>Nettoyer {title}, {size}</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/fix_dialog.py" line="420" />
      <location filename="../../desktop_app/ui/help_window.py" line="199" />
      <location filename="../../desktop_app/ui/outbox_window.py" line="93" />
      <source>Close</source>
      <translation>Fermer</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/onboarding_wizard.py" line="378" />
      <source>Confirm when this works for you.</source>
      <translation>Confirmez quand cela fonctionne pour vous.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/ticket_dialog.py" line="117" />
      <source>Contact IT</source>
      <translation>Contacter le service informatique</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/common.py" line="245" />
      <source>Could not check</source>
      <translation>Vérification impossible</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/ticket_dialog.py" line="130" />
      <source>Describe the problem in your own words</source>
      <translation>Décrivez le problème avec vos propres mots</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/fix_dialog.py" line="207" />
      <source>Did this solve it?</source>
      <translation>Le problème est-il résolu ?</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/outbox_window.py" line="90" />
      <source>Discard the selected message</source>
      <translation>Supprimer le message sélectionné</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/outbox_window.py" line="32" />
      <source>Discarded</source>
      <translation>Supprimé</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/common.py" line="44" />
      <source>Disk space</source>
      <translation>Espace disque</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/fix_dialog.py" line="45" />
      <source>Done, not checked</source>
      <translation>Fait, non vérifié</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/onboarding_wizard.py" line="377" />
      <source>Done.</source>
      <translation>Fait.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/results_window.py" line="452" />
      <source>Done: everything looks fine.</source>
      <translation>Terminé : tout va bien.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/results_window.py" line="458" />
      <source>Done: {found}.</source>
      <translation>Terminé : {found}.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/onboarding_wizard.py" line="117" />
      <source>Done: {title}</source>
      <translation>Terminé : {title}</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/ticket_dialog.py" line="52" />
      <source>E-mail: {link}</source>
      <translation>E-mail : {link}</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/common.py" line="41" />
      <source>Everything</source>
      <translation>Tout</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/common.py" line="258" />
      <location filename="../../desktop_app/ui/results_window.py" line="102" />
      <source>Everything looks fine.</source>
      <translation>Tout va bien.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/app.py" line="311" />
      <source>First-day &amp;checklist</source>
      <translation>Liste du premier &amp;jour</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/common.py" line="46" />
      <location filename="../../desktop_app/ui/onboarding_wizard.py" line="227" />
      <source>First-day checklist</source>
      <translation>Liste du premier jour</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/fix_dialog.py" line="224" />
      <location filename="../../desktop_app/ui/results_window.py" line="195" />
      <source>Fix it</source>
      <translation>Réparer</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/onboarding_wizard.py" line="103" />
      <location filename="../../desktop_app/ui/results_window.py" line="195" />
      <location filename="../../desktop_app/ui/results_window.py" line="201" />
      <source>Fix it: {title}</source>
      <translation>Réparer : {title}</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/fix_dialog.py" line="156" />
      <source>Fix: {title}</source>
      <translation>Réparation : {title}</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/fix_dialog.py" line="44" />
      <source>Fixed and verified</source>
      <translation>Réparé et vérifié</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/fix_dialog.py" line="408" />
      <source>Fixed and verified.</source>
      <translation>Réparé et vérifié.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/help_window.py" line="152" />
      <source>For example: printer, VPN, slow</source>
      <translation>Par exemple : imprimante, VPN, lent</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/ticket_dialog.py" line="128" />
      <source>For example: since this morning I cannot open the intranet.</source>
      <translation>Par exemple : depuis ce matin, je n’arrive pas à ouvrir l’intranet.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/fix_dialog.py" line="412" />
      <source>Freed {size}.</source>
      <translation>{size} libérés.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/results_window.py" line="86" />
      <source>Full check-up</source>
      <translation>Bilan complet</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/app.py" line="307" />
      <source>Get &amp;help from IT…</source>
      <translation>Demander de l’&amp;aide au service informatique…</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/help_window.py" line="84" />
      <source>Getting help</source>
      <translation>Obtenir de l’aide</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/app.py" line="314" />
      <source>Help &amp;articles</source>
      <translation>Articles d’ai&amp;de</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/help_window.py" line="143" />
      <source>Help articles</source>
      <translation>Articles d’aide</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/ticket_dialog.py" line="180" />
      <source>I agree to send this message and the attachments to IT</source>
      <translation>J’accepte d’envoyer ce message et les pièces jointes au service informatique</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/onboarding_wizard.py" line="115" />
      <source>I have read it</source>
      <translation>Je l’ai lu</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/fix_dialog.py" line="170" />
      <source>If it does not help, the change is undone automatically.</source>
      <translation>Si cela ne règle rien, la modification est annulée automatiquement.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/results_window.py" line="114" />
      <source>If this keeps happening, contact IT.</source>
      <translation>Si cela se reproduit, contactez le service informatique.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/help_window.py" line="196" />
      <source>Knowledge base link</source>
      <translation>Lien vers la base de connaissances</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/settings_dialog.py" line="77" />
      <source>Language</source>
      <translation>Langue</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/results_window.py" line="185" />
      <source>Learn more</source>
      <translation>En savoir plus</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/results_window.py" line="186" />
      <source>Learn more about {title}</source>
      <translation>En savoir plus sur {title}</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/fix_dialog.py" line="175" />
      <source>Measuring what can be freed…</source>
      <translation>Mesure de l’espace récupérable…</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/outbox_window.py" line="83" />
      <source>Messages to IT</source>
      <translation>Messages au service informatique</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/help_window.py" line="118" />
      <source>More answers in your organisation's knowledge base: {link}</source>
      <translation>D’autres réponses dans la base de connaissances de votre organisation : {link}</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/help_window.py" line="86" />
      <source>More articles</source>
      <translation>Autres articles</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/results_window.py" line="200" />
      <source>Needs administrator rights: your computer will ask for them.</source>
      <translation>Nécessite les droits d’administrateur : votre ordinateur vous les demandera.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/common.py" line="243" />
      <source>Needs attention</source>
      <translation>À surveiller</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/fix_dialog.py" line="166" />
      <source>No administrator rights are needed.</source>
      <translation>Aucun droit d’administrateur n’est nécessaire.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/help_window.py" line="175" />
      <source>No article matches your search.</source>
      <translation>Aucun article ne correspond à votre recherche.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/common.py" line="262" />
      <source>No recent check: choose Run diagnostics to check now.</source>
      <translation>Aucune vérification récente : choisissez « Lancer le diagnostic » pour vérifier maintenant.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/fix_dialog.py" line="211" />
      <source>No, it is not solved</source>
      <translation>Non, le problème persiste</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/fix_dialog.py" line="48" />
      <source>Not applied</source>
      <translation>Non appliquée</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/common.py" line="246" />
      <source>Not checked</source>
      <translation>Non vérifié</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/common.py" line="264" />
      <source>Not checked yet: choose Run diagnostics to check now.</source>
      <translation>Pas encore vérifié : choisissez « Lancer le diagnostic » pour vérifier maintenant.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/fix_dialog.py" line="46" />
      <source>Not fixed</source>
      <translation>Non réparé</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/fix_dialog.py" line="47" />
      <source>Not fixed — the change was undone</source>
      <translation>Non réparé — la modification a été annulée</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/outbox_window.py" line="31" />
      <source>Not sent (error)</source>
      <translation>Non envoyé (erreur)</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/settings_dialog.py" line="90" />
      <source>Not snoozed</source>
      <translation>Pas de pause</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/fix_dialog.py" line="273" />
      <source>Nothing is selected: nothing would change.</source>
      <translation>Rien n’est sélectionné : rien ne sera modifié.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/outbox_window.py" line="127" />
      <source>Nothing is waiting to be sent.</source>
      <translation>Aucun message en attente d’envoi.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/results_window.py" line="472" />
      <source>Nothing to check on this computer.</source>
      <translation>Rien à vérifier sur cet ordinateur.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/settings_dialog.py" line="81" />
      <source>Notifications</source>
      <translation>Notifications</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/common.py" line="242" />
      <source>OK</source>
      <translation>OK</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/fix_dialog.py" line="312" />
      <source>On this computer</source>
      <translation>Sur cet ordinateur</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/fix_dialog.py" line="310" />
      <source>On this computer:</source>
      <translation>Sur cet ordinateur :</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/onboarding_wizard.py" line="378" />
      <source>Open the link and confirm when you have read it.</source>
      <translation>Ouvrez le lien et confirmez quand vous l’avez lu.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/onboarding_wizard.py" line="110" />
      <source>Open {title}</source>
      <translation>Ouvrir {title}</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/ticket_dialog.py" line="54" />
      <source>Opening hours: {hours}</source>
      <translation>Horaires : {hours}</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/ticket_dialog.py" line="178" />
      <source>Other ways to reach IT</source>
      <translation>Autres moyens de joindre le service informatique</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/ticket_dialog.py" line="174" />
      <source>Other ways to reach IT:</source>
      <translation>Autres moyens de joindre le service informatique :</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/outbox_window.py" line="62" />
      <source>Outbox</source>
      <translation>Boîte d’envoi</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/outbox_window.py" line="67" />
      <source>Outbox status</source>
      <translation>État de la boîte d’envoi</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/fix_dialog.py" line="199" />
      <location filename="../../desktop_app/ui/fix_dialog.py" line="399" />
      <source>Outcome</source>
      <translation>Résultat</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/results_window.py" line="291" />
      <location filename="../../desktop_app/ui/results_window.py" line="439" />
      <source>Overall verdict</source>
      <translation>Conclusion générale</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/ticket_dialog.py" line="256" />
      <source>Personal details (names, addresses, network names) are removed before sending.</source>
      <translation>Les informations personnelles (noms, adresses, noms de réseaux) sont retirées avant l’envoi.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/ticket_dialog.py" line="46" />
      <source>Phone: {phone}</source>
      <translation>Téléphone : {phone}</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/ticket_dialog.py" line="50" />
      <source>Portal: {link}</source>
      <translation>Portail : {link}</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/ticket_dialog.py" line="161" />
      <source>Preparing the diagnostic report…</source>
      <translation>Préparation du rapport de diagnostic…</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/results_window.py" line="290" />
      <source>Press “Check again” to check your computer.</source>
      <translation>Appuyez sur « Vérifier à nouveau » pour vérifier votre ordinateur.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/results_window.py" line="111" />
      <source>Press “Fix it”: it tells you what it changes before doing anything.</source>
      <translation>Appuyez sur « Réparer » : SelfDesk vous dit ce qu’il va modifier avant de faire quoi que ce soit.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/ticket_dialog.py" line="167" />
      <source>Preview attachments</source>
      <translation>Aperçu des pièces jointes</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/fix_dialog.py" line="49" />
      <source>Preview only</source>
      <translation>Aperçu seulement</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/common.py" line="45" />
      <source>Printers</source>
      <translation>Imprimantes</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/common.py" line="244" />
      <source>Problem</source>
      <translation>Problème</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/onboarding_wizard.py" line="233" />
      <location filename="../../desktop_app/ui/results_window.py" line="297" />
      <source>Progress</source>
      <translation>Progression</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/results_window.py" line="113" />
      <source>Read the help article for the next steps.</source>
      <translation>Lisez l’article d’aide pour connaître la marche à suivre.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/results_window.py" line="299" />
      <source>Results</source>
      <translation>Résultats</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/outbox_window.py" line="87" />
      <source>Retry sending now</source>
      <translation>Réessayer l’envoi maintenant</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/onboarding_wizard.py" line="237" />
      <source>Run the checklist again</source>
      <translation>Relancer la liste</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/settings_dialog.py" line="73" />
      <source>Same as my computer</source>
      <translation>Comme mon ordinateur</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/settings_dialog.py" line="105" />
      <source>Save</source>
      <translation>Enregistrer</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/help_window.py" line="154" />
      <source>Search the help articles</source>
      <translation>Rechercher dans les articles d’aide</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/fix_dialog.py" line="366" />
      <source>Selected: {size}</source>
      <translation>Sélection : {size}</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/ticket_dialog.py" line="202" />
      <source>Send to IT</source>
      <translation>Envoyer la demande</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/outbox_window.py" line="29" />
      <location filename="../../desktop_app/ui/ticket_dialog.py" line="187" />
      <source>Sending</source>
      <translation>Envoi en cours</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/outbox_window.py" line="137" />
      <location filename="../../desktop_app/ui/ticket_dialog.py" line="332" />
      <source>Sending…</source>
      <translation>Envoi…</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/outbox_window.py" line="30" />
      <source>Sent</source>
      <translation>Envoyé</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/settings_dialog.py" line="58" />
      <source>Settings and about</source>
      <translation>Paramètres et à propos</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/settings_dialog.py" line="95" />
      <source>Sn&amp;ooze:</source>
      <translation>&amp;Pause :</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/settings_dialog.py" line="92" />
      <source>Snooze for {hours} hour</source>
      <translation>Pause de {hours} heure</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/settings_dialog.py" line="92" />
      <source>Snooze for {hours} hours</source>
      <translation>Pause de {hours} heures</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/settings_dialog.py" line="94" />
      <source>Snooze notifications</source>
      <translation>Mettre les notifications en pause</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/settings_dialog.py" line="49" />
      <source>Snoozed until {time}</source>
      <translation>En pause jusqu’à {time}</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/settings_dialog.py" line="50" />
      <source>Snoozed until {time} on {date}</source>
      <translation>En pause jusqu’au {date} à {time}</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/common.py" line="259" />
      <source>Something needs your attention.</source>
      <translation>Quelque chose mérite votre attention.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/common.py" line="256" />
      <source>Something needs your attention: {areas}.</source>
      <translation>Quelque chose mérite votre attention : {areas}.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/outbox_window.py" line="70" />
      <source>State</source>
      <translation>État</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/fix_dialog.py" line="275" />
      <source>Steps</source>
      <translation>Étapes</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/fix_dialog.py" line="179" />
      <source>Steps:</source>
      <translation>Étapes :</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/onboarding_wizard.py" line="238" />
      <source>Still not working? &amp;Contact IT</source>
      <translation>Toujours un problème ? &amp;Contacter le service informatique</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/fix_dialog.py" line="226" />
      <location filename="../../desktop_app/ui/results_window.py" line="304" />
      <source>Still not working? Contact &amp;IT</source>
      <translation>Toujours un problème ? Contacter le &amp;service informatique</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/fix_dialog.py" line="227" />
      <location filename="../../desktop_app/ui/onboarding_wizard.py" line="239" />
      <location filename="../../desktop_app/ui/results_window.py" line="304" />
      <source>Still not working? Contact IT</source>
      <translation>Toujours un problème ? Contacter le service informatique</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/settings_dialog.py" line="90" />
      <source>Stop snoozing</source>
      <translation>Reprendre les notifications</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/ticket_dialog.py" line="126" />
      <source>Su&amp;bject:</source>
      <translation>&amp;Objet :</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/outbox_window.py" line="70" />
      <location filename="../../desktop_app/ui/ticket_dialog.py" line="125" />
      <source>Subject</source>
      <translation>Objet</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/ticket_dialog.py" line="120" />
      <source>Tell IT what is wrong. We filled in what your computer found; you can change anything.</source>
      <translation>Expliquez au service informatique ce qui ne va pas. Nous avons indiqué ce que votre ordinateur a trouvé ; vous pouvez tout modifier.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/settings_dialog.py" line="79" />
      <source>Tell me when something gets worse</source>
      <translation>Me prévenir quand quelque chose se dégrade</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/onboarding_wizard.py" line="412" />
      <source>Telling IT about the result…</source>
      <translation>Envoi du résultat au service informatique…</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/fix_dialog.py" line="441" />
      <source>Thanks for telling us. IT can take it from here.</source>
      <translation>Merci de nous l’avoir signalé. Le service informatique prend le relais.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/fix_dialog.py" line="441" />
      <source>Thanks! Glad it works again.</source>
      <translation>Merci ! Tant mieux, tout fonctionne à nouveau.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/ticket_dialog.py" line="75" />
      <source>The attachment could not be described ({error}).</source>
      <translation>La pièce jointe n’a pas pu être décrite ({error}).</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/onboarding_wizard.py" line="327" />
      <location filename="../../desktop_app/ui/results_window.py" line="445" />
      <source>The checks stopped unexpectedly ({error}).</source>
      <translation>Les vérifications se sont arrêtées de façon inattendue ({error}).</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/ticket_dialog.py" line="262" />
      <source>The diagnostic report could not be prepared ({error}); the message can still be sent.</source>
      <translation>Le rapport de diagnostic n’a pas pu être préparé ({error}) ; le message peut quand même être envoyé.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/fix_dialog.py" line="432" />
      <source>The fix stopped unexpectedly ({error}).</source>
      <translation>La réparation s’est arrêtée de façon inattendue ({error}).</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/outbox_window.py" line="114" />
      <location filename="../../desktop_app/ui/outbox_window.py" line="158" />
      <source>The outbox cannot be read ({error}).</source>
      <translation>La boîte d’envoi ne peut pas être lue ({error}).</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/fix_dialog.py" line="356" />
      <source>The sizes could not be measured ({error}); the usual safe choices will be cleaned.</source>
      <translation>Les tailles n’ont pas pu être mesurées ({error}) ; les éléments habituels sans risque seront nettoyés.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/fix_dialog.py" line="320" />
      <source>The sizes could not be measured; the usual safe choices will be cleaned.</source>
      <translation>Les tailles n’ont pas pu être mesurées ; les éléments habituels sans risque seront nettoyés.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/onboarding_wizard.py" line="450" />
      <source>The summary for IT could not be prepared ({error}).</source>
      <translation>Le résumé pour le service informatique n’a pas pu être préparé ({error}).</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/ticket_dialog.py" line="224" />
      <source>The ticket could not be pre-filled ({error}).</source>
      <translation>La demande n’a pas pu être préremplie ({error}).</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/results_window.py" line="100" />
      <source>There is nothing to check here on this computer.</source>
      <translation>Il n’y a rien à vérifier ici sur cet ordinateur.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/onboarding_wizard.py" line="230" />
      <source>These checks make sure everything you need works. Fix what you can, tick what you have done; IT is told about the rest.</source>
      <translation>Ces vérifications s’assurent que tout ce dont vous avez besoin fonctionne. Réparez ce que vous pouvez et cochez ce que vous avez fait ; le service informatique est prévenu pour le reste.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/help_window.py" line="240" />
      <source>This article is not available.</source>
      <translation>Cet article n’est pas disponible.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/fix_dialog.py" line="269" />
      <source>This fix cannot be prepared here ({error}).</source>
      <translation>Cette réparation ne peut pas être préparée ici ({error}).</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/onboarding_wizard.py" line="115" />
      <source>This works for me</source>
      <translation>Cela fonctionne pour moi</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/outbox_window.py" line="70" />
      <source>Ticket</source>
      <translation>Demande</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/ticket_dialog.py" line="193" />
      <source>Ticket status</source>
      <translation>État de la demande</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/common.py" line="43" />
      <source>VPN</source>
      <translation>VPN</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/outbox_window.py" line="28" />
      <source>Waiting to be sent</source>
      <translation>En attente d’envoi</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/onboarding_wizard.py" line="228" />
      <source>Welcome! Let's check your computer is ready</source>
      <translation>Bienvenue ! Vérifions que votre ordinateur est prêt</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/fix_dialog.py" line="163" />
      <source>What it will do: {changes}</source>
      <translation>Ce que cela va faire : {changes}</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/fix_dialog.py" line="173" />
      <source>What to clean</source>
      <translation>À nettoyer</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/onboarding_wizard.py" line="134" />
      <location filename="../../desktop_app/ui/results_window.py" line="173" />
      <source>What to do: {advice}</source>
      <translation>Que faire : {advice}</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/results_window.py" line="300" />
      <location filename="../../desktop_app/ui/results_window.py" line="301" />
      <source>What was checked</source>
      <translation>Ce qui a été vérifié</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/ticket_dialog.py" line="164" />
      <location filename="../../desktop_app/ui/ticket_dialog.py" line="292" />
      <source>What was removed from the attachments</source>
      <translation>Ce qui a été retiré des pièces jointes</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/ticket_dialog.py" line="152" />
      <source>What your computer found</source>
      <translation>Ce que votre ordinateur a trouvé</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/common.py" line="42" />
      <source>Wi-Fi &amp; internet</source>
      <translation>Wi-Fi et Internet</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/fix_dialog.py" line="388" />
      <location filename="../../desktop_app/ui/fix_dialog.py" line="388" />
      <source>Working on it…</source>
      <translation>Réparation en cours…</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/fix_dialog.py" line="210" />
      <source>Yes, it is solved</source>
      <translation>Oui, c’est résolu</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/ticket_dialog.py" line="379" />
      <source>Your message could not be saved ({error}).</source>
      <translation>Votre message n’a pas pu être enregistré ({error}).</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/results_window.py" line="197" />
      <source>{action} (admin)</source>
      <translation>{action} (admin)</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/settings_dialog.py" line="64" />
      <source>{app} logo</source>
      <translation>Logo de {app}</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/settings_dialog.py" line="97" />
      <source>{app} version {version}. Guided IT self-help.</source>
      <translation>{app} version {version}. Assistance informatique guidée.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/outbox_window.py" line="127" />
      <source>{count} message waiting to be sent.</source>
      <translation>{count} message en attente d’envoi.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/outbox_window.py" line="127" />
      <source>{count} messages waiting to be sent.</source>
      <translation>{count} messages en attente d’envoi.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/results_window.py" line="455" />
      <source>{count} problem</source>
      <translation>{count} problème</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/results_window.py" line="455" />
      <source>{count} problems</source>
      <translation>{count} problèmes</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/results_window.py" line="457" />
      <source>{count} warning</source>
      <translation>{count} avertissement</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/results_window.py" line="457" />
      <source>{count} warnings</source>
      <translation>{count} avertissements</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/ticket_dialog.py" line="255" />
      <source>{name} ({size}): diagnostic report</source>
      <translation>{name} ({size}) : paquet de diagnostic</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/fix_dialog.py" line="413" />
      <source>{status} · {title}: {summary}</source>
      <translation>{status} · {title} : {summary}</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/onboarding_wizard.py" line="131" />
      <location filename="../../desktop_app/ui/results_window.py" line="168" />
      <source>{status}: {title}</source>
      <translation>{status} : {title}</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/fix_dialog.py" line="327" />
      <source>{title}: {size}</source>
      <translation>{title} : {size}</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/fix_dialog.py" line="337" />
      <source>{title}: {size} — not cleaned automatically: check these yourself.</source>
      <translation>{title} : {size} — pas de nettoyage automatique : vérifiez vous-même.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/ui/fix_dialog.py" line="335" />
      <source>{title}: {size} — {note}</source>
      <translation>{title} : {size} — {note}</translation>
    </message>
  </context>
</TS>
