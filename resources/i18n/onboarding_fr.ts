<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
  <context>
    <name>onboarding</name>
    <message>
      <location filename="../../desktop_app/onboarding/__init__.py" line="199" />
      <source>'params' must be a table of policy values, e.g. {example}</source>
      <translation>« params » doit être une table de valeurs de stratégie, par exemple {example}</translation>
    </message>
    <message>
      <location filename="../../desktop_app/onboarding/__init__.py" line="175" />
      <source>'what' must be one of {choices}</source>
      <translation>« what » doit valoir l’une de ces valeurs : {choices}</translation>
    </message>
    <message>
      <location filename="../../desktop_app/onboarding/__init__.py" line="179" />
      <source>'{kind}' needs a name</source>
      <translation>« {kind} » doit avoir un nom (name)</translation>
    </message>
    <message>
      <location filename="../../desktop_app/onboarding/__init__.py" line="183" />
      <source>'{kind}' needs a title</source>
      <translation>« {kind} » doit avoir un titre (title)</translation>
    </message>
    <message>
      <location filename="../../desktop_app/diagnostics/onboarding/__init__.py" line="116" />
      <source>A lost laptop exposes everything on it. Ask IT to turn on disk encryption.</source>
      <translation>Un ordinateur portable perdu expose tout son contenu. Demandez au service informatique d’activer le chiffrement du disque.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/onboarding/messages.py" line="12" />
      <source>All done. Welcome!</source>
      <translation>Tout est prêt. Bienvenue !</translation>
    </message>
    <message>
      <location filename="../../desktop_app/diagnostics/onboarding/__init__.py" line="565" />
      <source>All required applications are installed ({count}).</source>
      <translation>Toutes les applications requises sont installées ({count}).</translation>
    </message>
    <message>
      <location filename="../../desktop_app/onboarding/__init__.py" line="51" />
      <source>Application {name}</source>
      <translation>Application {name}</translation>
    </message>
    <message>
      <location filename="../../desktop_app/onboarding/__init__.py" line="396" />
      <source>Ask IT to add it to your computer.</source>
      <translation>Demandez au service informatique de l’ajouter à votre ordinateur.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/diagnostics/onboarding/__init__.py" line="436" />
      <source>Change it now at {url}.</source>
      <translation>Changez-le dès maintenant sur {url}.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/diagnostics/onboarding/__init__.py" line="436" />
      <source>Change it now to avoid being locked out.</source>
      <translation>Changez-le dès maintenant pour éviter que votre compte soit bloqué.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/onboarding/messages.py" line="25" />
      <source>Checking {count} items…</source>
      <translation>Vérification de {count} éléments…</translation>
    </message>
    <message>
      <location filename="../../desktop_app/onboarding/messages.py" line="25" />
      <source>Checking {count} item…</source>
      <translation>Vérification de {count} élément…</translation>
    </message>
    <message>
      <location filename="../../desktop_app/onboarding/messages.py" line="26" />
      <source>Checking…</source>
      <translation>Vérification…</translation>
    </message>
    <message>
      <location filename="../../desktop_app/onboarding/messages.py" line="16" />
      <source>Checklist for: {role}</source>
      <translation>Liste prévue pour : {role}</translation>
    </message>
    <message>
      <location filename="../../desktop_app/onboarding/messages.py" line="15" />
      <source>Checklist for: {role} (from your groups)</source>
      <translation>Liste prévue pour : {role} (d’après vos groupes)</translation>
    </message>
    <message>
      <location filename="../../desktop_app/onboarding/__init__.py" line="358" />
      <source>Confirm when this works for you.</source>
      <translation>Confirmez quand cela fonctionne pour vous.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/diagnostics/onboarding/__init__.py" line="569" />
      <location filename="../../desktop_app/onboarding/__init__.py" line="46" />
      <source>Disk encryption</source>
      <translation>Chiffrement du disque</translation>
    </message>
    <message>
      <location filename="../../desktop_app/diagnostics/onboarding/__init__.py" line="109" />
      <source>Disk encryption could not be checked on this computer.</source>
      <translation>Le chiffrement du disque n’a pas pu être vérifié sur cet ordinateur.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/onboarding/__init__.py" line="358" />
      <source>Done.</source>
      <translation>Fait.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/diagnostics/onboarding/__init__.py" line="571" />
      <location filename="../../desktop_app/onboarding/__init__.py" line="47" />
      <source>Firewall</source>
      <translation>Pare-feu</translation>
    </message>
    <message>
      <location filename="../../desktop_app/onboarding/messages.py" line="8" />
      <source>First-day &amp;checklist</source>
      <translation>Liste du premier &amp;jour</translation>
    </message>
    <message>
      <location filename="../../desktop_app/onboarding/__init__.py" line="420" />
      <source>Free some space: run the disk cleanup.</source>
      <translation>Libérez de l’espace : lancez le nettoyage du disque.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/onboarding/__init__.py" line="53" />
      <source>Free space (at least {gb} GB)</source>
      <translation>Espace libre (au moins {gb} Go)</translation>
    </message>
    <message>
      <location filename="../../desktop_app/onboarding/messages.py" line="20" />
      <source>IT has a summary of your checklist: saved, it will be sent as soon as you are online.</source>
      <translation>Le résumé de votre liste pour le service informatique est enregistré : il sera envoyé dès que vous serez en ligne.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/onboarding/messages.py" line="19" />
      <source>IT was told ({ref}).</source>
      <translation>Le service informatique a été prévenu ({ref}).</translation>
    </message>
    <message>
      <location filename="../../desktop_app/onboarding/__init__.py" line="371" />
      <source>Install it from the company software portal, or ask IT.</source>
      <translation>Installez-la depuis le portail logiciel de l’entreprise, ou demandez au service informatique.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/diagnostics/onboarding/__init__.py" line="339" />
      <source>Install the pending system updates, then restart.</source>
      <translation>Installez les mises à jour système en attente, puis redémarrez.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/diagnostics/onboarding/__init__.py" line="564" />
      <source>Install them from the company software portal, or ask IT.</source>
      <translation>Installez-les depuis le portail logiciel de l’entreprise, ou demandez au service informatique.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/onboarding/__init__.py" line="370" />
      <source>Installed.</source>
      <translation>Installée.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/diagnostics/onboarding/__init__.py" line="563" />
      <source>Missing applications: {apps}.</source>
      <translation>Applications manquantes : {apps}.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/onboarding/messages.py" line="22" />
      <source>No helpdesk is configured, so IT was not told automatically.</source>
      <translation>Aucun outil d’assistance n’est configuré : le service informatique n’a pas été prévenu automatiquement.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/diagnostics/onboarding/__init__.py" line="431" />
      <source>No password expiry rule is visible on this Mac.</source>
      <translation>Aucune règle d’expiration du mot de passe n’est visible sur ce Mac.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/onboarding/__init__.py" line="352" />
      <source>Not available on this computer.</source>
      <translation>Non disponible sur cet ordinateur.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/onboarding/__init__.py" line="370" />
      <source>Not installed.</source>
      <translation>Non installée.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/onboarding/__init__.py" line="539" />
      <source>Onboarding checklist:</source>
      <translation>Liste du premier jour :</translation>
    </message>
    <message>
      <location filename="../../desktop_app/onboarding/messages.py" line="24" />
      <source>Onboarding complete</source>
      <translation>Liste du premier jour terminée</translation>
    </message>
    <message>
      <location filename="../../desktop_app/onboarding/messages.py" line="23" />
      <source>Onboarding: {count} item needs attention</source>
      <translation>Liste du premier jour : {count} élément à traiter</translation>
    </message>
    <message>
      <location filename="../../desktop_app/onboarding/messages.py" line="23" />
      <source>Onboarding: {count} items need attention</source>
      <translation>Liste du premier jour : {count} éléments à traiter</translation>
    </message>
    <message>
      <location filename="../../desktop_app/diagnostics/onboarding/settings_fixes.py" line="89" />
      <source>Open the disk encryption settings</source>
      <translation>Ouvrir les paramètres de chiffrement du disque</translation>
    </message>
    <message>
      <location filename="../../desktop_app/diagnostics/onboarding/settings_fixes.py" line="81" />
      <source>Open the firewall settings</source>
      <translation>Ouvrir les paramètres du pare-feu</translation>
    </message>
    <message>
      <location filename="../../desktop_app/onboarding/__init__.py" line="358" />
      <source>Open the link and confirm when you have read it.</source>
      <translation>Ouvrez le lien et confirmez quand vous l’avez lu.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/diagnostics/onboarding/settings_fixes.py" line="85" />
      <source>Open the screen lock settings</source>
      <translation>Ouvrir les paramètres de verrouillage de l’écran</translation>
    </message>
    <message>
      <location filename="../../desktop_app/diagnostics/onboarding/settings_fixes.py" line="44" />
      <source>Open the settings page</source>
      <translation>Ouvrir la page des paramètres</translation>
    </message>
    <message>
      <location filename="../../desktop_app/diagnostics/onboarding/settings_fixes.py" line="77" />
      <source>Open the update settings</source>
      <translation>Ouvrir les paramètres de mise à jour</translation>
    </message>
    <message>
      <location filename="../../desktop_app/diagnostics/onboarding/settings_fixes.py" line="90" />
      <source>Opens your computer's disk encryption settings. Turning encryption on may need IT; SelfDesk changes nothing itself.</source>
      <translation>Ouvre les paramètres de chiffrement du disque de votre ordinateur. L’activation du chiffrement peut nécessiter le service informatique ; SelfDesk ne modifie rien lui-même.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/diagnostics/onboarding/settings_fixes.py" line="82" />
      <source>Opens your computer's firewall settings so you can turn the firewall on. SelfDesk changes nothing itself.</source>
      <translation>Ouvre les paramètres du pare-feu de votre ordinateur pour que vous puissiez l’activer. SelfDesk ne modifie rien lui-même.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/diagnostics/onboarding/settings_fixes.py" line="86" />
      <source>Opens your computer's screen lock settings so you can make the screen lock when you are away. SelfDesk changes nothing itself.</source>
      <translation>Ouvre les paramètres de verrouillage de l’écran de votre ordinateur pour que l’écran se verrouille en votre absence. SelfDesk ne modifie rien lui-même.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/diagnostics/onboarding/settings_fixes.py" line="78" />
      <source>Opens your computer's update settings so you can install the pending updates. SelfDesk changes nothing itself.</source>
      <translation>Ouvre les paramètres de mise à jour de votre ordinateur pour que vous installiez les mises à jour en attente. SelfDesk ne modifie rien lui-même.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/diagnostics/onboarding/__init__.py" line="577" />
      <location filename="../../desktop_app/onboarding/__init__.py" line="50" />
      <source>Password expiry</source>
      <translation>Expiration du mot de passe</translation>
    </message>
    <message>
      <location filename="../../desktop_app/onboarding/__init__.py" line="52" />
      <source>Printer {name}</source>
      <translation>Imprimante {name}</translation>
    </message>
    <message>
      <location filename="../../desktop_app/onboarding/messages.py" line="9" />
      <source>Re-run the first-day &amp;checklist</source>
      <translation>Relancer la liste du premier &amp;jour</translation>
    </message>
    <message>
      <location filename="../../desktop_app/diagnostics/onboarding/__init__.py" line="578" />
      <source>Required applications</source>
      <translation>Applications requises</translation>
    </message>
    <message>
      <location filename="../../desktop_app/onboarding/messages.py" line="17" />
      <source>Reset your password</source>
      <translation>Réinitialiser votre mot de passe</translation>
    </message>
    <message>
      <location filename="../../desktop_app/onboarding/messages.py" line="18" />
      <source>Reset your password at {url}</source>
      <translation>Réinitialisez votre mot de passe sur {url}</translation>
    </message>
    <message>
      <location filename="../../desktop_app/diagnostics/onboarding/__init__.py" line="573" />
      <location filename="../../desktop_app/onboarding/__init__.py" line="48" />
      <source>Screen lock</source>
      <translation>Verrouillage de l’écran</translation>
    </message>
    <message>
      <location filename="../../desktop_app/diagnostics/onboarding/__init__.py" line="332" />
      <source>SelfDesk could not tell when updates were last installed.</source>
      <translation>SelfDesk n’a pas pu déterminer la date des dernières mises à jour.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/diagnostics/onboarding/__init__.py" line="204" />
      <source>SelfDesk could not tell whether the firewall is on.</source>
      <translation>SelfDesk n’a pas pu déterminer si le pare-feu est activé.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/diagnostics/onboarding/__init__.py" line="114" />
      <source>SelfDesk could not tell whether your disk is encrypted.</source>
      <translation>SelfDesk n’a pas pu déterminer si votre disque est chiffré.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/diagnostics/onboarding/__init__.py" line="266" />
      <source>SelfDesk could not tell whether your screen locks.</source>
      <translation>SelfDesk n’a pas pu déterminer si votre écran se verrouille.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/diagnostics/onboarding/__init__.py" line="261" />
      <source>Set the screen to lock after 15 minutes or less.</source>
      <translation>Réglez le verrouillage de l’écran sur 15 minutes ou moins.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/diagnostics/onboarding/__init__.py" line="575" />
      <location filename="../../desktop_app/onboarding/__init__.py" line="49" />
      <source>System updates</source>
      <translation>Mises à jour système</translation>
    </message>
    <message>
      <location filename="../../desktop_app/diagnostics/onboarding/__init__.py" line="203" />
      <source>The firewall is off.</source>
      <translation>Le pare-feu est désactivé.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/diagnostics/onboarding/__init__.py" line="202" />
      <source>The firewall is on.</source>
      <translation>Le pare-feu est activé.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/onboarding/__init__.py" line="415" />
      <source>The free space could not be measured.</source>
      <translation>L’espace libre n’a pas pu être mesuré.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/diagnostics/onboarding/__init__.py" line="337" />
      <source>The last updates were installed yesterday.</source>
      <translation>Les dernières mises à jour ont été installées hier.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/diagnostics/onboarding/__init__.py" line="337" />
      <source>The last updates were installed {days} days ago.</source>
      <translation>Les dernières mises à jour ont été installées il y a {days} jours.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/onboarding/__init__.py" line="390" />
      <source>The printer is installed.</source>
      <translation>L’imprimante est installée.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/onboarding/__init__.py" line="395" />
      <source>The printer is not installed.</source>
      <translation>L’imprimante n’est pas installée.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/onboarding/messages.py" line="14" />
      <source>The result could not be saved (is the disk full?).</source>
      <translation>Le résultat n’a pas pu être enregistré (le disque est-il plein ?).</translation>
    </message>
    <message>
      <location filename="../../desktop_app/diagnostics/onboarding/__init__.py" line="248" />
      <source>The screen lock setting could not be read on this desktop.</source>
      <translation>Le paramètre de verrouillage de l’écran n’a pas pu être lu sur cet environnement de bureau.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/onboarding/messages.py" line="21" />
      <source>The summary for IT is saved but could not be sent: {error}</source>
      <translation>Le résumé pour le service informatique est enregistré mais n’a pas pu être envoyé : {error}</translation>
    </message>
    <message>
      <location filename="../../desktop_app/onboarding/messages.py" line="11" />
      <source>To do</source>
      <translation>À faire</translation>
    </message>
    <message>
      <location filename="../../desktop_app/diagnostics/onboarding/__init__.py" line="268" />
      <source>Turn on the screen lock so nobody can use your session while you are away.</source>
      <translation>Activez le verrouillage de l’écran pour que personne ne puisse utiliser votre session en votre absence.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/diagnostics/onboarding/__init__.py" line="206" />
      <source>Turn the firewall on, or ask IT to do it for you.</source>
      <translation>Activez le pare-feu, ou demandez au service informatique de le faire pour vous.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/diagnostics/onboarding/__init__.py" line="346" />
      <source>Updates are recent (last installed today).</source>
      <translation>Les mises à jour sont récentes (dernière installation aujourd’hui).</translation>
    </message>
    <message>
      <location filename="../../desktop_app/diagnostics/onboarding/__init__.py" line="348" />
      <source>Updates are recent (last installed yesterday).</source>
      <translation>Les mises à jour sont récentes (dernière installation hier).</translation>
    </message>
    <message>
      <location filename="../../desktop_app/diagnostics/onboarding/__init__.py" line="349" />
      <source>Updates are recent (last installed {days} days ago).</source>
      <translation>Les mises à jour sont récentes (dernière installation il y a {days} jours).</translation>
    </message>
    <message>
      <location filename="../../desktop_app/diagnostics/onboarding/__init__.py" line="438" />
      <source>You must change your password before your next sign-in.</source>
      <translation>Vous devez changer votre mot de passe avant votre prochaine connexion.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/onboarding/messages.py" line="10" />
      <source>Your IT department has not defined an onboarding checklist.</source>
      <translation>Votre service informatique n’a pas défini de liste du premier jour.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/diagnostics/onboarding/__init__.py" line="429" />
      <source>Your account is managed by your company directory: its password expiry cannot be read from this computer.</source>
      <translation>Votre compte est géré par l’annuaire de votre entreprise : l’expiration de son mot de passe ne peut pas être lue depuis cet ordinateur.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/diagnostics/onboarding/__init__.py" line="427" />
      <source>Your account is managed online by Microsoft Entra ID: its password expiry cannot be read from this computer.</source>
      <translation>Votre compte est géré en ligne par Microsoft Entra ID : l’expiration de son mot de passe ne peut pas être lue depuis cet ordinateur.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/diagnostics/onboarding/__init__.py" line="430" />
      <source>Your account is not a local account of this computer: its password expiry cannot be read here.</source>
      <translation>Votre compte n’est pas un compte local de cet ordinateur : l’expiration de son mot de passe ne peut pas être lue ici.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/diagnostics/onboarding/__init__.py" line="428" />
      <source>Your company directory could not be reached to read your password expiry (are you on the company network or VPN?).</source>
      <translation>L’annuaire de votre entreprise n’a pas pu être joint pour lire l’expiration de votre mot de passe (êtes-vous sur le réseau de l’entreprise ou le VPN ?).</translation>
    </message>
    <message>
      <location filename="../../desktop_app/diagnostics/onboarding/__init__.py" line="112" />
      <source>Your disk is encrypted ({tool}).</source>
      <translation>Votre disque est chiffré ({tool}).</translation>
    </message>
    <message>
      <location filename="../../desktop_app/diagnostics/onboarding/__init__.py" line="113" />
      <source>Your disk is not encrypted ({tool}).</source>
      <translation>Votre disque n’est pas chiffré ({tool}).</translation>
    </message>
    <message>
      <location filename="../../desktop_app/diagnostics/onboarding/__init__.py" line="435" />
      <source>Your password does not expire.</source>
      <translation>Votre mot de passe n’expire pas.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/diagnostics/onboarding/__init__.py" line="456" />
      <source>Your password expires in {days} days.</source>
      <translation>Votre mot de passe expire dans {days} jours.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/diagnostics/onboarding/__init__.py" line="453" />
      <source>Your password expires today.</source>
      <translation>Votre mot de passe expire aujourd’hui.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/diagnostics/onboarding/__init__.py" line="455" />
      <source>Your password expires tomorrow.</source>
      <translation>Votre mot de passe expire demain.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/diagnostics/onboarding/__init__.py" line="432" />
      <source>Your password expiry date is not available on this computer.</source>
      <translation>La date d’expiration de votre mot de passe n’est pas disponible sur cet ordinateur.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/diagnostics/onboarding/__init__.py" line="444" />
      <source>Your password has expired.</source>
      <translation>Votre mot de passe a expiré.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/diagnostics/onboarding/__init__.py" line="448" />
      <source>Your password is valid for {days} more day.</source>
      <translation>Votre mot de passe est encore valable {days} jour.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/diagnostics/onboarding/__init__.py" line="448" />
      <source>Your password is valid for {days} more days.</source>
      <translation>Votre mot de passe est encore valable {days} jours.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/diagnostics/onboarding/__init__.py" line="265" />
      <source>Your screen does not lock when you are away.</source>
      <translation>Votre écran ne se verrouille pas en votre absence.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/diagnostics/onboarding/__init__.py" line="260" />
      <source>Your screen locks only after {minutes} minutes.</source>
      <translation>Votre écran ne se verrouille qu’après {minutes} minutes.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/diagnostics/onboarding/__init__.py" line="264" />
      <source>Your screen locks when you are away.</source>
      <translation>Votre écran se verrouille en votre absence.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/onboarding/__init__.py" line="177" />
      <source>a link needs an https:// url</source>
      <translation>un lien doit avoir une adresse https://</translation>
    </message>
    <message>
      <location filename="../../desktop_app/onboarding/__init__.py" line="181" />
      <source>disk_free needs a number 'gb'</source>
      <translation>disk_free doit avoir un nombre « gb »</translation>
    </message>
    <message>
      <location filename="../../desktop_app/onboarding/__init__.py" line="162" />
      <source>must be a table</source>
      <translation>doit être une table</translation>
    </message>
    <message>
      <location filename="../../desktop_app/onboarding/__init__.py" line="102" />
      <source>onboarding item {index}</source>
      <translation>élément {index} de la liste du premier jour</translation>
    </message>
    <message>
      <location filename="../../desktop_app/onboarding/__init__.py" line="216" />
      <source>parameter '{name}': {error}</source>
      <translation>paramètre « {name} » : {error}</translation>
    </message>
    <message>
      <location filename="../../desktop_app/onboarding/__init__.py" line="112" />
      <source>report_to_it: unknown mode '{mode}' (one of {modes}); nothing is reported</source>
      <translation>report_to_it : mode « {mode} » inconnu (valeurs possibles : {modes}) ; rien n’est signalé</translation>
    </message>
    <message>
      <location filename="../../desktop_app/onboarding/__init__.py" line="106" />
      <source>role '{role}' item {index}</source>
      <translation>rôle « {role} », élément {index}</translation>
    </message>
    <message>
      <location filename="../../desktop_app/onboarding/__init__.py" line="169" />
      <source>unknown check '{check}' (selfdesk checks lists them)</source>
      <translation>vérification « {check} » inconnue (selfdesk checks les énumère)</translation>
    </message>
    <message>
      <location filename="../../desktop_app/onboarding/__init__.py" line="165" />
      <source>unknown kind '{kind}' (one of {kinds})</source>
      <translation>type « {kind} » inconnu (valeurs possibles : {kinds})</translation>
    </message>
    <message>
      <location filename="../../desktop_app/onboarding/__init__.py" line="213" />
      <source>unknown parameter '{name}' (known: {known})</source>
      <translation>paramètre « {name} » inconnu (connus : {known})</translation>
    </message>
    <message>
      <location filename="../../desktop_app/onboarding/messages.py" line="13" />
      <source>{count} item still needs attention.</source>
      <translation>{count} élément demande encore votre attention.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/onboarding/messages.py" line="13" />
      <source>{count} items still need attention.</source>
      <translation>{count} éléments demandent encore votre attention.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/onboarding/messages.py" line="27" />
      <source>{done} of {count} checked…</source>
      <translation>Vérification : {done} sur {count}…</translation>
    </message>
    <message>
      <location filename="../../desktop_app/onboarding/__init__.py" line="419" />
      <source>{free} free on {mount}.</source>
      <translation>{free} libres sur {mount}.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/onboarding/__init__.py" line="121" />
      <source>{where}: duplicate id '{id}'</source>
      <translation>{where} : identifiant « {id} » en double</translation>
    </message>
    <message>
      <location filename="../../desktop_app/onboarding/__init__.py" line="134" />
      <location filename="../../desktop_app/onboarding/__init__.py" line="159" />
      <location filename="../../desktop_app/onboarding/__init__.py" line="172" />
      <source>{where}: {problem}</source>
      <translation>{where} : {problem}</translation>
    </message>
  </context>
</TS>
