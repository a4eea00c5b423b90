<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
  <context>
    <name>vpn</name>
    <message>
      <location filename="../../desktop_app/diagnostics/vpn/services.py" line="81" />
      <source>A VPN is set up but not connected. Connect it when you need company services.</source>
      <translation>Un VPN est configuré mais n’est pas connecté. Connectez-le quand vous avez besoin des services de l’entreprise.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/diagnostics/vpn/clock.py" line="73" />
      <source>A wrong clock breaks secure logins. Set the time automatically, or let SelfDesk sync it.</source>
      <translation>Une horloge déréglée empêche les connexions sécurisées. Activez le réglage automatique de l’heure, ou laissez SelfDesk la synchroniser.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/fixes/vpn.py" line="245" />
      <source>Asks the time server for the right time and sets the computer's clock.</source>
      <translation>Demande l’heure exacte au serveur de temps et règle l’horloge de l’ordinateur.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/diagnostics/vpn/company.py" line="219" />
      <source>Check that your computer's date and time are right, then tell IT.</source>
      <translation>Vérifiez que la date et l’heure de votre ordinateur sont justes, puis prévenez le service informatique.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/fixes/vpn.py" line="241" />
      <source>Clear the DNS cache</source>
      <translation>Vider le cache DNS</translation>
    </message>
    <message>
      <location filename="../../desktop_app/diagnostics/vpn/__init__.py" line="18" />
      <source>Clock</source>
      <translation>Horloge</translation>
    </message>
    <message>
      <location filename="../../desktop_app/diagnostics/vpn/company.py" line="233" />
      <source>Company names are answered by your home network's DNS, not the VPN's: the answers may be wrong.</source>
      <translation>Les noms de l’entreprise sont résolus par le DNS de votre réseau domestique, pas par celui du VPN : les réponses peuvent être fausses.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/diagnostics/vpn/company.py" line="204" />
      <source>Company names are looked up by your home network instead of the VPN.</source>
      <translation>Les noms de l’entreprise sont résolus par votre réseau domestique au lieu du VPN.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/diagnostics/vpn/company.py" line="222" />
      <source>Company names cannot be found ({count} of {total}).</source>
      <translation>Les noms de l’entreprise sont introuvables ({count} sur {total}).</translation>
    </message>
    <message>
      <location filename="../../desktop_app/diagnostics/vpn/verdict.py" line="39" />
      <source>Company names resolve through your home DNS instead of the VPN.</source>
      <translation>Les noms de l’entreprise sont résolus par le DNS de votre domicile au lieu du VPN.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/diagnostics/vpn/__init__.py" line="14" />
      <source>Company network</source>
      <translation>Réseau de l’entreprise</translation>
    </message>
    <message>
      <location filename="../../desktop_app/fixes/vpn.py" line="234" />
      <source>Connect or reconnect the VPN</source>
      <translation>Connecter ou reconnecter le VPN</translation>
    </message>
    <message>
      <location filename="../../desktop_app/fixes/vpn.py" line="169" />
      <source>Connect the VPN, or reconnect it if it is up but not answering</source>
      <translation>Connecter le VPN, ou le reconnecter s’il est actif mais ne répond pas</translation>
    </message>
    <message>
      <location filename="../../desktop_app/diagnostics/vpn/services.py" line="83" />
      <location filename="../../desktop_app/diagnostics/vpn/services.py" line="66" />
      <source>Connect the VPN, then try again.</source>
      <translation>Connectez le VPN, puis réessayez.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/diagnostics/vpn/services.py" line="69" />
      <source>Connected: {names}.</source>
      <translation>Connecté : {names}.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/fixes/vpn.py" line="242" />
      <source>Forgets remembered website addresses so company names are looked up again through the VPN.</source>
      <translation>Oublie les adresses de sites mémorisées pour que les noms de l’entreprise soient de nouveau cherchés via le VPN.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/diagnostics/vpn/tunnel.py" line="203" />
      <source>Large data packets are lost in the VPN tunnel; small ones pass.</source>
      <translation>Les gros paquets de données se perdent dans le tunnel VPN ; les petits passent.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/diagnostics/vpn/services.py" line="56" />
      <source>No VPN is set up on this computer, and none is expected.</source>
      <translation>Aucun VPN n’est configuré sur cet ordinateur, et aucun n’est attendu.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/diagnostics/vpn/services.py" line="57" />
      <source>No VPN is set up on this computer.</source>
      <translation>Aucun VPN n’est configuré sur cet ordinateur.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/diagnostics/vpn/verdict.py" line="19" />
      <source>No VPN on this computer, and none is expected.</source>
      <translation>Pas de VPN sur cet ordinateur, et aucun n’est attendu.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/diagnostics/vpn/company.py" line="240" />
      <source>Note: all your internet traffic goes through the VPN, although only company traffic needs to.</source>
      <translation>Remarque : tout votre trafic internet passe par le VPN, alors que seul le trafic vers l’entreprise en a besoin.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/diagnostics/vpn/company.py" line="223" />
      <location filename="../../desktop_app/diagnostics/vpn/company.py" line="227" />
      <location filename="../../desktop_app/diagnostics/vpn/tunnel.py" line="208" />
      <source>Reconnect the VPN, then try again.</source>
      <translation>Reconnectez le VPN, puis réessayez.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/diagnostics/vpn/company.py" line="205" />
      <location filename="../../desktop_app/diagnostics/vpn/company.py" line="209" />
      <location filename="../../desktop_app/diagnostics/vpn/company.py" line="214" />
      <source>Reconnect the VPN. If it keeps happening, tell IT.</source>
      <translation>Reconnectez le VPN. Si cela se reproduit, prévenez le service informatique.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/diagnostics/vpn/tunnel.py" line="201" />
      <source>Reconnect the VPN. If that does not help, tell IT: the VPN server may be down.</source>
      <translation>Reconnectez le VPN. Si cela ne suffit pas, prévenez le service informatique : le serveur VPN est peut-être en panne.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/fixes/vpn.py" line="237" />
      <source>Reconnect with the company VPN client</source>
      <translation>Reconnecter avec le logiciel VPN de l’entreprise</translation>
    </message>
    <message>
      <location filename="../../desktop_app/fixes/vpn.py" line="176" />
      <location filename="../../desktop_app/fixes/vpn.py" line="175" />
      <source>Run the company's reconnect command</source>
      <translation>Lancer la commande de reconnexion de l’entreprise</translation>
    </message>
    <message>
      <location filename="../../desktop_app/fixes/vpn.py" line="238" />
      <source>Runs the reconnect command your IT department declared for its VPN client.</source>
      <translation>Lance la commande de reconnexion que votre service informatique a prévue pour son logiciel VPN.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/fixes/vpn.py" line="229" />
      <source>Set the clock from the time server</source>
      <translation>Régler l’horloge sur le serveur de temps</translation>
    </message>
    <message>
      <location filename="../../desktop_app/fixes/vpn.py" line="244" />
      <source>Set the clock right</source>
      <translation>Remettre l’horloge à l’heure</translation>
    </message>
    <message>
      <location filename="../../desktop_app/fixes/vpn.py" line="235" />
      <source>Starts the company VPN connection set up on this computer, or restarts it if it is up but the company does not answer.</source>
      <translation>Démarre la connexion VPN de l’entreprise configurée sur cet ordinateur, ou la redémarre si elle est active mais que l’entreprise ne répond pas.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/diagnostics/vpn/services.py" line="76" />
      <source>The VPN client {names} is installed, but whether it is connected could not be read.</source>
      <translation>Le logiciel VPN {names} est installé, mais son état de connexion n’a pas pu être lu.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/diagnostics/vpn/services.py" line="82" />
      <source>The VPN is not connected.</source>
      <translation>Le VPN n’est pas connecté.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/diagnostics/vpn/services.py" line="71" />
      <source>The VPN is still connecting.</source>
      <translation>Le VPN est encore en cours de connexion.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/diagnostics/vpn/tunnel.py" line="213" />
      <source>The VPN tunnel carries traffic both ways.</source>
      <translation>Le tunnel VPN fait passer les données dans les deux sens.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/diagnostics/vpn/tunnel.py" line="198" />
      <source>The VPN tunnel is dead: data goes out but nothing comes back.</source>
      <translation>Le tunnel VPN ne fonctionne plus : les données partent mais rien ne revient.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/diagnostics/vpn/tunnel.py" line="195" />
      <source>The VPN tunnel is dead: the VPN server has never answered.</source>
      <translation>Le tunnel VPN ne fonctionne plus : le serveur VPN n’a jamais répondu.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/diagnostics/vpn/tunnel.py" line="196" />
      <source>The VPN tunnel is dead: the last handshake with the VPN server was {age} ago.</source>
      <translation>Le tunnel VPN ne fonctionne plus : le dernier échange avec le serveur VPN a eu lieu il y a {age}.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/diagnostics/vpn/verdict.py" line="63" />
      <source>The VPN works: the company answers through it.</source>
      <translation>Le VPN fonctionne : l’entreprise répond par son intermédiaire.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/diagnostics/vpn/clock.py" line="60" />
      <source>The clock could not be compared: the reference server did not answer.</source>
      <translation>L’horloge n’a pas pu être comparée : le serveur de référence n’a pas répondu.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/diagnostics/vpn/clock.py" line="63" />
      <source>The clock could not be compared: unreadable server time.</source>
      <translation>L’horloge n’a pas pu être comparée : l’heure du serveur est illisible.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/diagnostics/vpn/services.py" line="65" />
      <source>The company VPN "{name}" is not connected.</source>
      <translation>Le VPN de l’entreprise « {name} » n’est pas connecté.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/diagnostics/vpn/company.py" line="241" />
      <location filename="../../desktop_app/diagnostics/vpn/company.py" line="239" />
      <location filename="../../desktop_app/diagnostics/vpn/verdict.py" line="60" />
      <source>The company answers through the VPN.</source>
      <translation>L’entreprise répond par le VPN.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/diagnostics/vpn/services.py" line="79" />
      <source>The company checks below tell whether the company network answers.</source>
      <translation>Les vérifications ci-dessous indiquent si le réseau de l’entreprise répond.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/diagnostics/vpn/verdict.py" line="50" />
      <source>The company does not answer, and the VPN's state could not be read: {detail}</source>
      <translation>L’entreprise ne répond pas, et l’état du VPN n’a pas pu être lu : {detail}</translation>
    </message>
    <message>
      <location filename="../../desktop_app/diagnostics/vpn/tunnel.py" line="207" />
      <source>The company test address does not answer through the VPN.</source>
      <translation>L’adresse de test de l’entreprise ne répond pas par le VPN.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/diagnostics/vpn/company.py" line="218" />
      <source>The company website's security certificate was refused (issued by {issuer}).</source>
      <translation>Le certificat de sécurité du site de l’entreprise a été refusé (émis par {issuer}).</translation>
    </message>
    <message>
      <location filename="../../desktop_app/diagnostics/vpn/company.py" line="226" />
      <source>The company websites do not answer ({count} of {total}).</source>
      <translation>Les sites de l’entreprise ne répondent pas ({count} sur {total}).</translation>
    </message>
    <message>
      <location filename="../../desktop_app/diagnostics/vpn/tunnel.py" line="211" />
      <source>The handshake age needs administrator rights to read; the traffic counters were used instead.</source>
      <translation>L’heure du dernier échange avec le serveur VPN ne peut être lue qu’avec les droits d’administrateur ; les compteurs de trafic ont été utilisés à la place.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/diagnostics/vpn/company.py" line="208" />
      <location filename="../../desktop_app/diagnostics/vpn/verdict.py" line="41" />
      <source>Traffic to the company does not go through the VPN.</source>
      <translation>Le trafic vers l’entreprise ne passe pas par le VPN.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/diagnostics/vpn/verdict.py" line="66" />
      <source>VPN</source>
      <translation>VPN</translation>
    </message>
    <message>
      <location filename="../../desktop_app/diagnostics/vpn/verdict.py" line="35" />
      <source>VPN connected but the company does not answer (tunnel dead).</source>
      <translation>VPN connecté, mais l’entreprise ne répond pas (tunnel hors service).</translation>
    </message>
    <message>
      <location filename="../../desktop_app/diagnostics/vpn/verdict.py" line="52" />
      <source>VPN connected but the company does not answer: {detail}</source>
      <translation>VPN connecté, mais l’entreprise ne répond pas : {detail}</translation>
    </message>
    <message>
      <location filename="../../desktop_app/diagnostics/vpn/verdict.py" line="46" />
      <source>VPN connected, but large packets are lost in the tunnel (MTU black hole).</source>
      <translation>VPN connecté, mais les gros paquets se perdent dans le tunnel (trou noir MTU).</translation>
    </message>
    <message>
      <location filename="../../desktop_app/diagnostics/vpn/__init__.py" line="12" />
      <source>VPN connection</source>
      <translation>Connexion VPN</translation>
    </message>
    <message>
      <location filename="../../desktop_app/diagnostics/vpn/verdict.py" line="31" />
      <source>VPN not connected.</source>
      <translation>VPN non connecté.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/diagnostics/vpn/__init__.py" line="16" />
      <source>VPN tunnel health</source>
      <translation>État du tunnel VPN</translation>
    </message>
    <message>
      <location filename="../../desktop_app/diagnostics/vpn/services.py" line="72" />
      <source>Wait a minute; if it does not connect, reconnect it.</source>
      <translation>Patientez une minute ; s’il ne se connecte pas, reconnectez-le.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/diagnostics/vpn/tunnel.py" line="204" />
      <source>Web pages and file shares may hang. Tell IT: the tunnel needs a smaller MTU (largest that works: {size} bytes).</source>
      <translation>Les pages web et les partages de fichiers risquent de se bloquer. Prévenez le service informatique : le tunnel a besoin d’un MTU plus petit (le plus grand qui passe : {size} octets).</translation>
    </message>
    <message>
      <location filename="../../desktop_app/diagnostics/vpn/clock.py" line="67" />
      <source>Your clock is right (within {seconds} s).</source>
      <translation>Votre horloge est à l’heure (à {seconds} s près).</translation>
    </message>
    <message>
      <location filename="../../desktop_app/diagnostics/vpn/clock.py" line="69" />
      <source>Your clock is {minutes} minute fast.</source>
      <translation>Votre horloge avance de {minutes} minute.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/diagnostics/vpn/clock.py" line="71" />
      <source>Your clock is {minutes} minute slow.</source>
      <translation>Votre horloge retarde de {minutes} minute.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/diagnostics/vpn/clock.py" line="69" />
      <source>Your clock is {minutes} minutes fast.</source>
      <translation>Votre horloge avance de {minutes} minutes.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/diagnostics/vpn/clock.py" line="71" />
      <source>Your clock is {minutes} minutes slow.</source>
      <translation>Votre horloge retarde de {minutes} minutes.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/diagnostics/vpn/services.py" line="58" />
      <source>Your company expects a VPN. Ask IT to install it.</source>
      <translation>Votre entreprise prévoit un VPN. Demandez au service informatique de l’installer.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/diagnostics/vpn/company.py" line="213" />
      <source>Your internet traffic does not go through the VPN, but your company requires it to (full tunnel).</source>
      <translation>Votre trafic internet ne passe pas par le VPN, alors que votre entreprise l’exige (tunnel complet).</translation>
    </message>
    <message>
      <location filename="../../desktop_app/diagnostics/vpn/company.py" line="217" />
      <source>an unknown issuer</source>
      <translation>un émetteur inconnu</translation>
    </message>
    <message>
      <location filename="../../desktop_app/diagnostics/vpn/tunnel.py" line="105" />
      <source>{minutes} min</source>
      <translation>{minutes} min</translation>
    </message>
    <message>
      <location filename="../../desktop_app/diagnostics/vpn/tunnel.py" line="105" />
      <source>{seconds} s</source>
      <translation>{seconds} s</translation>
    </message>
  </context>
</TS>
