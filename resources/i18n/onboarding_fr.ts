<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
  <context>
    <name>onboarding</name>
    <message>
      <location filename="../../desktop_app/diagnostics/onboarding/__init__.py" line="77" />
      <source>A lost laptop exposes everything on it. Ask IT to turn on disk encryption.</source>
      <translation>Un portable perdu expose tout son contenu. Demandez à l’informatique d’activer le chiffrement du disque.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/diagnostics/onboarding/__init__.py" line="294" />
      <source>All required applications are installed ({count}).</source>
      <translation>Toutes les applications requises sont installées ({count}).</translation>
    </message>
    <message>
      <location filename="../../desktop_app/onboarding/__init__.py" line="41" />
      <source>At least {gb} GB free on your disk</source>
      <translation>Au moins {gb} Go libres sur votre disque</translation>
    </message>
    <message>
      <location filename="../../desktop_app/diagnostics/onboarding/__init__.py" line="234" />
      <source>Change it now at {url}.</source>
      <translation>Changez-le dès maintenant sur {url}.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/diagnostics/onboarding/__init__.py" line="234" />
      <source>Change it now to avoid being locked out.</source>
      <translation>Changez-le dès maintenant pour ne pas être bloqué.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/onboarding/__init__.py" line="155" />
      <source>Confirm when this works for you.</source>
      <translation>Confirmez quand cela fonctionne pour vous.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/diagnostics/onboarding/__init__.py" line="298" />
      <source>Disk encryption</source>
      <translation>Chiffrement du disque</translation>
    </message>
    <message>
      <location filename="../../desktop_app/diagnostics/onboarding/__init__.py" line="70" />
      <source>Disk encryption could not be checked on this computer.</source>
      <translation>Le chiffrement du disque n’a pas pu être vérifié sur cet ordinateur.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/onboarding/__init__.py" line="155" />
      <source>Done.</source>
      <translation>Fait.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/diagnostics/onboarding/__init__.py" line="299" />
      <source>Firewall</source>
      <translation>Pare-feu</translation>
    </message>
    <message>
      <location filename="../../desktop_app/onboarding/__init__.py" line="176" />
      <source>Free some space: run the disk cleanup.</source>
      <translation>Libérez de l’espace : lancez le nettoyage du disque.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/diagnostics/onboarding/__init__.py" line="202" />
      <source>Install the pending system updates, then restart.</source>
      <translation>Installez les mises à jour système en attente, puis redémarrez.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/diagnostics/onboarding/__init__.py" line="293" />
      <source>Install them from the company software portal, or ask IT.</source>
      <translation>Installez-les depuis le portail logiciel de l’entreprise, ou demandez à l’informatique.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/onboarding/__init__.py" line="165" />
      <location filename="../../desktop_app/onboarding/__init__.py" line="170" />
      <source>Installed.</source>
      <translation>Installé.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/diagnostics/onboarding/__init__.py" line="292" />
      <source>Missing applications: {apps}.</source>
      <translation>Applications manquantes : {apps}.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/onboarding/__init__.py" line="160" />
      <source>Not available on this computer.</source>
      <translation>Non disponible sur cet ordinateur.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/onboarding/__init__.py" line="165" />
      <location filename="../../desktop_app/onboarding/__init__.py" line="170" />
      <source>Not installed.</source>
      <translation>Non installé.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/onboarding/__init__.py" line="229" />
      <source>Onboarding checklist:</source>
      <translation>Liste d’accueil :</translation>
    </message>
    <message>
      <location filename="../../desktop_app/onboarding/__init__.py" line="155" />
      <source>Open the link and confirm when you have read it.</source>
      <translation>Ouvrez le lien et confirmez quand vous l’avez lu.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/diagnostics/onboarding/__init__.py" line="302" />
      <source>Password expiry</source>
      <translation>Expiration du mot de passe</translation>
    </message>
    <message>
      <location filename="../../desktop_app/diagnostics/onboarding/__init__.py" line="304" />
      <source>Required applications</source>
      <translation>Applications requises</translation>
    </message>
    <message>
      <location filename="../../desktop_app/diagnostics/onboarding/__init__.py" line="300" />
      <source>Screen lock</source>
      <translation>Verrouillage de l’écran</translation>
    </message>
    <message>
      <location filename="../../desktop_app/diagnostics/onboarding/__init__.py" line="197" />
      <source>SelfDesk could not tell when updates were last installed.</source>
      <translation>SelfDesk n’a pas pu savoir quand les mises à jour ont été installées pour la dernière fois.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/diagnostics/onboarding/__init__.py" line="115" />
      <source>SelfDesk could not tell whether the firewall is on.</source>
      <translation>SelfDesk n’a pas pu savoir si le pare-feu est activé.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/diagnostics/onboarding/__init__.py" line="75" />
      <source>SelfDesk could not tell whether your disk is encrypted.</source>
      <translation>SelfDesk n’a pas pu savoir si votre disque est chiffré.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/diagnostics/onboarding/__init__.py" line="166" />
      <source>SelfDesk could not tell whether your screen locks.</source>
      <translation>SelfDesk n’a pas pu savoir si votre écran se verrouille.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/diagnostics/onboarding/__init__.py" line="161" />
      <source>Set the screen to lock after 15 minutes or less.</source>
      <translation>Réglez le verrouillage de l’écran à 15 minutes ou moins.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/diagnostics/onboarding/__init__.py" line="301" />
      <source>System updates</source>
      <translation>Mises à jour système</translation>
    </message>
    <message>
      <location filename="../../desktop_app/onboarding/__init__.py" line="37" />
      <source>System updates are recent</source>
      <translation>Les mises à jour système sont récentes</translation>
    </message>
    <message>
      <location filename="../../desktop_app/diagnostics/onboarding/__init__.py" line="114" />
      <source>The firewall is off.</source>
      <translation>Le pare-feu est désactivé.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/onboarding/__init__.py" line="35" />
      <source>The firewall is on</source>
      <translation>Le pare-feu est activé</translation>
    </message>
    <message>
      <location filename="../../desktop_app/diagnostics/onboarding/__init__.py" line="113" />
      <source>The firewall is on.</source>
      <translation>Le pare-feu est activé.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/diagnostics/onboarding/__init__.py" line="201" />
      <source>The last updates were installed {days} days ago.</source>
      <translation>Les dernières mises à jour ont été installées il y a {days} jours.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/onboarding/__init__.py" line="40" />
      <source>The printer {name} is installed</source>
      <translation>L’imprimante {name} est installée</translation>
    </message>
    <message>
      <location filename="../../desktop_app/diagnostics/onboarding/__init__.py" line="150" />
      <source>The screen lock setting could not be read on this desktop.</source>
      <translation>Le réglage de verrouillage de l’écran n’a pas pu être lu sur ce bureau.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/diagnostics/onboarding/__init__.py" line="168" />
      <source>Turn on the screen lock so nobody can use your session while you are away.</source>
      <translation>Activez le verrouillage de l’écran pour que personne ne puisse utiliser votre session en votre absence.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/diagnostics/onboarding/__init__.py" line="117" />
      <source>Turn the firewall on, or ask IT to do it for you.</source>
      <translation>Activez le pare-feu, ou demandez à l’informatique de le faire pour vous.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/diagnostics/onboarding/__init__.py" line="203" />
      <source>Updates are recent (last installed {days} days ago).</source>
      <translation>Les mises à jour sont récentes (dernière installation il y a {days} jours).</translation>
    </message>
    <message>
      <location filename="../../desktop_app/onboarding/__init__.py" line="34" />
      <source>Your disk is encrypted</source>
      <translation>Votre disque est chiffré</translation>
    </message>
    <message>
      <location filename="../../desktop_app/diagnostics/onboarding/__init__.py" line="73" />
      <source>Your disk is encrypted ({tool}).</source>
      <translation>Votre disque est chiffré ({tool}).</translation>
    </message>
    <message>
      <location filename="../../desktop_app/diagnostics/onboarding/__init__.py" line="74" />
      <source>Your disk is not encrypted ({tool}).</source>
      <translation>Votre disque n’est pas chiffré ({tool}).</translation>
    </message>
    <message>
      <location filename="../../desktop_app/diagnostics/onboarding/__init__.py" line="229" />
      <source>Your password does not expire.</source>
      <translation>Votre mot de passe n’expire pas.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/diagnostics/onboarding/__init__.py" line="238" />
      <source>Your password expires in {days} days.</source>
      <translation>Votre mot de passe expire dans {days} jours.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/diagnostics/onboarding/__init__.py" line="227" />
      <source>Your password expiry date is not available on this computer.</source>
      <translation>La date d’expiration de votre mot de passe n’est pas disponible sur cet ordinateur.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/diagnostics/onboarding/__init__.py" line="236" />
      <source>Your password has expired.</source>
      <translation>Votre mot de passe a expiré.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/onboarding/__init__.py" line="38" />
      <source>Your password is not about to expire</source>
      <translation>Votre mot de passe n’est pas sur le point d’expirer</translation>
    </message>
    <message>
      <location filename="../../desktop_app/diagnostics/onboarding/__init__.py" line="239" />
      <source>Your password is valid for {days} more days.</source>
      <translation>Votre mot de passe est encore valable {days} jours.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/diagnostics/onboarding/__init__.py" line="165" />
      <source>Your screen does not lock when you are away.</source>
      <translation>Votre écran ne se verrouille pas en votre absence.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/diagnostics/onboarding/__init__.py" line="160" />
      <source>Your screen locks only after {minutes} minutes.</source>
      <translation>Votre écran ne se verrouille qu’après {minutes} minutes.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/onboarding/__init__.py" line="36" />
      <source>Your screen locks when you are away</source>
      <translation>Votre écran se verrouille en votre absence</translation>
    </message>
    <message>
      <location filename="../../desktop_app/diagnostics/onboarding/__init__.py" line="164" />
      <source>Your screen locks when you are away.</source>
      <translation>Votre écran se verrouille en votre absence.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/onboarding/__init__.py" line="176" />
      <source>{free} GB free.</source>
      <translation>{free} Go libres.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/onboarding/__init__.py" line="39" />
      <source>{name} is installed</source>
      <translation>{name} est installé</translation>
    </message>
  </context>
</TS>
