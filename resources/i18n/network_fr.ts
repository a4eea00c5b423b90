<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
  <context>
    <name>network</name>
    <message>
      <location filename="../../desktop_app/diagnostics/network/proxy.py" line="262" />
      <source>A web proxy is set ({proxy}, from {source}).</source>
      <translation>Un proxy web est configuré ({proxy}, d’après {source}).</translation>
    </message>
    <message>
      <location filename="../../desktop_app/diagnostics/network/reach.py" line="338" />
      <source>Answer times vary a lot ({ms} ms), which makes calls choppy.</source>
      <translation>Les temps de réponse varient beaucoup ({ms} ms), ce qui hache les appels.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/diagnostics/network/reach.py" line="335" />
      <source>Answers are slow ({ms} ms on average).</source>
      <translation>Les réponses sont lentes ({ms} ms en moyenne).</translation>
    </message>
    <message>
      <location filename="../../desktop_app/fixes/network.py" line="149" />
      <source>Ask the router for a new network address</source>
      <translation>Demander une nouvelle adresse réseau au routeur</translation>
    </message>
    <message>
      <location filename="../../desktop_app/fixes/network.py" line="152" />
      <source>Ask the router for a new network address (NetworkManager, or dhclient as administrator)</source>
      <translation>Demander une nouvelle adresse réseau au routeur (NetworkManager, ou dhclient en administrateur)</translation>
    </message>
    <message>
      <location filename="../../desktop_app/fixes/network.py" line="227" />
      <source>Asks the router for a new address; the connection drops for a few seconds.</source>
      <translation>Demande une nouvelle adresse au routeur ; la connexion est coupée quelques secondes.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/diagnostics/network/reach.py" line="75" />
      <source>Check that the router is on and that you are on the right network; restart the router if you can.</source>
      <translation>Vérifiez que le routeur est allumé et que vous êtes sur le bon réseau ; redémarrez le routeur si vous le pouvez.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/fixes/network.py" line="217" />
      <source>Clear the DNS cache</source>
      <translation>Vider le cache DNS</translation>
    </message>
    <message>
      <location filename="../../desktop_app/diagnostics/network/reach.py" line="148" />
      <source>Clear the name cache. If it still fails, the name server you use gives wrong answers: tell IT.</source>
      <translation>Videz le cache des noms (DNS). Si cela échoue encore, le serveur de noms utilisé donne de mauvaises réponses : prévenez le service informatique.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/fixes/network.py" line="97" />
      <location filename="../../desktop_app/fixes/network.py" line="95" />
      <source>Clear the name lookup (DNS) cache</source>
      <translation>Vider le cache de résolution des noms (DNS)</translation>
    </message>
    <message>
      <location filename="../../desktop_app/diagnostics/network/throughput.py" line="68" />
      <source>Close large downloads or video streams; on Wi-Fi move closer to the router. If it stays slow, tell your internet provider.</source>
      <translation>Fermez les gros téléchargements et les vidéos en cours ; en Wi-Fi, rapprochez-vous du routeur. Si cela reste lent, prévenez votre fournisseur d’accès.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/diagnostics/network/ipconfig.py" line="316" />
      <source>Connect to Wi-Fi or plug in a network cable.</source>
      <translation>Connectez-vous au Wi-Fi ou branchez un câble réseau.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/diagnostics/network/wifi.py" line="313" />
      <source>Connected to {ssid} with a good signal ({percent}%).</source>
      <translation>Connecté à {ssid} avec un bon signal ({percent} %).</translation>
    </message>
    <message>
      <location filename="../../desktop_app/diagnostics/network/wifi.py" line="296" />
      <source>Connected to {ssid}, but the signal is too weak to use ({percent}%).</source>
      <translation>Connecté à {ssid}, mais le signal est trop faible pour être utilisable ({percent} %).</translation>
    </message>
    <message>
      <location filename="../../desktop_app/diagnostics/network/wifi.py" line="308" />
      <source>Connected to {ssid}, but the signal is weak ({percent}%).</source>
      <translation>Connecté à {ssid}, mais le signal est faible ({percent} %).</translation>
    </message>
    <message>
      <location filename="../../desktop_app/diagnostics/network/wifi.py" line="289" />
      <source>Connected to {ssid}; the signal strength is not reported.</source>
      <translation>Connecté à {ssid} ; la puissance du signal n’est pas indiquée.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/diagnostics/network/ipconfig.py" line="353" />
      <source>Connected with address {address} through {interface}.</source>
      <translation>Connecté avec l’adresse {address} via {interface}.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/diagnostics/network/__init__.py" line="19" />
      <source>Connection quality</source>
      <translation>Qualité de la connexion</translation>
    </message>
    <message>
      <location filename="../../desktop_app/diagnostics/network/__init__.py" line="21" />
      <source>Connection speed</source>
      <translation>Débit de la connexion</translation>
    </message>
    <message>
      <location filename="../../desktop_app/fixes/network.py" line="218" />
      <source>Forgets remembered website addresses so they are looked up again.</source>
      <translation>Oublie les adresses de sites mémorisées pour qu’elles soient de nouveau recherchées.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/diagnostics/network/proxy.py" line="42" />
      <source>GNOME settings</source>
      <translation>les paramètres de GNOME</translation>
    </message>
    <message>
      <location filename="../../desktop_app/diagnostics/network/ipconfig.py" line="348" />
      <source>IPv6 only</source>
      <translation>IPv6 uniquement</translation>
    </message>
    <message>
      <location filename="../../desktop_app/diagnostics/network/wifi.py" line="241" />
      <source>If websites open, your connection works. Otherwise, send a report to IT: it contains what the computer reported.</source>
      <translation>Si les sites web s’ouvrent, votre connexion fonctionne. Sinon, envoyez un rapport au service informatique : il contient ce que l’ordinateur a indiqué.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/diagnostics/network/proxy.py" line="273" />
      <source>If you are not on the company network, this setting may block websites: tell IT.</source>
      <translation>Si vous n’êtes pas sur le réseau de l’entreprise, ce réglage peut bloquer les sites web : prévenez le service informatique.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/diagnostics/network/reach.py" line="261" />
      <source>If you are on a company or public network, tell IT which websites do not open.</source>
      <translation>Si vous êtes sur un réseau d’entreprise ou public, indiquez au service informatique quels sites ne s’ouvrent pas.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/diagnostics/network/wifi.py" line="276" />
      <source>If you use a cable, this is fine. Otherwise, pick your network from the Wi-Fi menu.</source>
      <translation>Si vous utilisez un câble, tout va bien. Sinon, choisissez votre réseau dans le menu Wi-Fi.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/diagnostics/network/__init__.py" line="18" />
      <source>Internet access</source>
      <translation>Accès à Internet</translation>
    </message>
    <message>
      <location filename="../../desktop_app/diagnostics/network/wifi.py" line="299" />
      <source>Move closer to the Wi-Fi router or access point, or use a network cable.</source>
      <translation>Rapprochez-vous du routeur ou de la borne Wi-Fi, ou utilisez un câble réseau.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/diagnostics/network/wifi.py" line="310" />
      <source>Move closer to the Wi-Fi router or away from walls and metal furniture.</source>
      <translation>Rapprochez-vous du routeur Wi-Fi ou éloignez-vous des murs et des meubles métalliques.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/diagnostics/network/__init__.py" line="17" />
      <source>Name lookup (DNS)</source>
      <translation>Résolution des noms (DNS)</translation>
    </message>
    <message>
      <location filename="../../desktop_app/diagnostics/network/reach.py" line="127" />
      <source>Names are found (DNS works).</source>
      <translation>Les noms sont trouvés (le DNS fonctionne).</translation>
    </message>
    <message>
      <location filename="../../desktop_app/diagnostics/network/reach.py" line="134" />
      <source>Names are found, but the name server {server} {problem}; lookups can be slow, and fail if the other server stops too.</source>
      <translation>Les noms sont trouvés, mais le serveur de noms {server} {problem} ; les recherches peuvent être lentes, et échoueront si l’autre serveur s’arrête aussi.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/diagnostics/network/__init__.py" line="15" />
      <source>Network connection</source>
      <translation>Connexion réseau</translation>
    </message>
    <message>
      <location filename="../../desktop_app/diagnostics/network/verdict.py" line="140" />
      <source>Network overall</source>
      <translation>Vue d’ensemble du réseau</translation>
    </message>
    <message>
      <location filename="../../desktop_app/diagnostics/network/reach.py" line="150" />
      <source>No name server (DNS) is configured, so websites cannot be found by name.</source>
      <translation>Aucun serveur de noms (DNS) n’est configuré : les sites web ne peuvent pas être trouvés par leur nom.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/diagnostics/network/proxy.py" line="251" />
      <source>No web proxy is set; connections go out directly.</source>
      <translation>Aucun proxy web n’est configuré ; les connexions sortent directement.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/diagnostics/network/reach.py" line="349" />
      <source>On Wi-Fi, move closer to the router or use a cable. If it stays, tell your internet provider.</source>
      <translation>En Wi-Fi, rapprochez-vous du routeur ou utilisez un câble. Si cela persiste, prévenez votre fournisseur d’accès.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/diagnostics/network/wifi.py" line="359" />
      <source>Open Settings &gt; Privacy &amp; security &gt; Location, turn on Location services and allow desktop apps to access your location, then run the check again.</source>
      <translation>Ouvrez Paramètres &gt; Confidentialité et sécurité &gt; Localisation, activez les services de localisation et autorisez les applications de bureau à accéder à votre position, puis relancez la vérification.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/diagnostics/network/wifi.py" line="360" />
      <source>Open System Settings &gt; Privacy &amp; Security &gt; Location Services, turn it on and allow {app}, then run the check again.</source>
      <translation>Ouvrez Réglages Système &gt; Confidentialité et sécurité &gt; Service de localisation, activez-le et autorisez {app}, puis relancez la vérification.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/fixes/network.py" line="244" />
      <source>Open the Wi-Fi sign-in page</source>
      <translation>Ouvrir la page de connexion du Wi-Fi</translation>
    </message>
    <message>
      <location filename="../../desktop_app/fixes/network.py" line="208" />
      <source>Open the network's sign-in page in your browser</source>
      <translation>Ouvrir la page de connexion du réseau dans votre navigateur</translation>
    </message>
    <message>
      <location filename="../../desktop_app/diagnostics/network/reach.py" line="229" />
      <source>Open the sign-in page, accept the conditions or log in, then try again.</source>
      <translation>Ouvrez la page de connexion, acceptez les conditions ou identifiez-vous, puis réessayez.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/fixes/network.py" line="245" />
      <source>Opens the network's sign-in page in your web browser.</source>
      <translation>Ouvre la page de connexion du réseau dans votre navigateur web.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/diagnostics/network/proxy.py" line="298" />
      <source>Outside the company network this is expected. On it, some websites may not open: tell IT.</source>
      <translation>Hors du réseau de l’entreprise, c’est normal. Sur ce réseau, certains sites risquent de ne pas s’ouvrir : prévenez le service informatique.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/diagnostics/network/ipconfig.py" line="371" />
      <source>Renew the address. If it keeps failing, restart the router or check the cable or Wi-Fi.</source>
      <translation>Renouvelez l’adresse. Si cela échoue encore, redémarrez le routeur ou vérifiez le câble ou le Wi-Fi.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/diagnostics/network/ipconfig.py" line="330" />
      <source>Renew the address. If the problem stays, the network settings may have been changed by hand: ask IT.</source>
      <translation>Renouvelez l’adresse. Si le problème persiste, les paramètres réseau ont peut-être été modifiés à la main : demandez au service informatique.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/fixes/network.py" line="226" />
      <source>Renew the network address</source>
      <translation>Renouveler l’adresse réseau</translation>
    </message>
    <message>
      <location filename="../../desktop_app/diagnostics/network/reach.py" line="137" />
      <source>Renew the network address or restart the router. If it stays, tell IT or your internet provider which server fails.</source>
      <translation>Renouvelez l’adresse réseau ou redémarrez le routeur. Si cela persiste, indiquez au service informatique ou à votre fournisseur d’accès quel serveur échoue.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/diagnostics/network/reach.py" line="154" />
      <location filename="../../desktop_app/diagnostics/network/reach.py" line="157" />
      <location filename="../../desktop_app/diagnostics/network/reach.py" line="160" />
      <source>Renew the network address or restart the router. If it stays, tell IT or your internet provider.</source>
      <translation>Renouvelez l’adresse réseau ou redémarrez le routeur. Si cela persiste, prévenez le service informatique ou votre fournisseur d’accès.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/diagnostics/network/reach.py" line="151" />
      <source>Renew the network address. If it stays, tell IT.</source>
      <translation>Renouvelez l’adresse réseau. Si cela persiste, prévenez le service informatique.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/diagnostics/network/verdict.py" line="129" />
      <source>Restart the router once. If it still fails, call your internet provider and tell them: "My router is on and answers, but no website opens; I already restarted the router."</source>
      <translation>Redémarrez le routeur une fois. Si cela ne marche toujours pas, appelez votre fournisseur d’accès et dites-lui : « Mon routeur est allumé et répond, mais aucun site ne s’ouvre ; je l’ai déjà redémarré. »</translation>
    </message>
    <message>
      <location filename="../../desktop_app/diagnostics/network/verdict.py" line="136" />
      <source>Restart the router once. If it still fails, call your internet provider and tell them: "No website opens; I already restarted the router."</source>
      <translation>Redémarrez le routeur une fois. Si cela ne marche toujours pas, appelez votre fournisseur d’accès et dites-lui : « Aucun site ne s’ouvre ; j’ai déjà redémarré le routeur. »</translation>
    </message>
    <message>
      <location filename="../../desktop_app/diagnostics/network/reach.py" line="269" />
      <source>Restart your router. If that does not help, contact your internet provider or IT.</source>
      <translation>Redémarrez votre routeur. Si cela ne suffit pas, contactez votre fournisseur d’accès ou le service informatique.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/diagnostics/network/__init__.py" line="16" />
      <source>Router</source>
      <translation>Routeur</translation>
    </message>
    <message>
      <location filename="../../desktop_app/diagnostics/network/reach.py" line="252" />
      <source>Secure connections are intercepted or blocked on this network.</source>
      <translation>Les connexions sécurisées sont interceptées ou bloquées sur ce réseau.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/diagnostics/network/wifi.py" line="239" />
      <source>SelfDesk could not read the Wi-Fi state this computer reported (an unfamiliar language or format), so it is unknown.</source>
      <translation>SelfDesk n’a pas pu lire l’état du Wi-Fi indiqué par cet ordinateur (langue ou format inconnus) : il reste inconnu.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/diagnostics/network/reach.py" line="66" />
      <source>SelfDesk could not read the router test's answer (an unfamiliar language or format), so whether the router answers is unknown.</source>
      <translation>SelfDesk n’a pas pu lire la réponse du test du routeur (une langue ou un format inconnu) : on ne sait donc pas si le routeur répond.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/diagnostics/network/ipconfig.py" line="297" />
      <source>SelfDesk could not read this computer's network configuration (an unfamiliar language or format), so it is unknown.</source>
      <translation>SelfDesk n’a pas pu lire la configuration réseau de cet ordinateur (langue ou format inconnus) : elle reste inconnue.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/diagnostics/network/wifi.py" line="262" />
      <source>SelfDesk could not tell whether Wi-Fi is connected (the computer reports: {state}).</source>
      <translation>SelfDesk n’a pas pu déterminer si le Wi-Fi est connecté (l’ordinateur indique : {state}).</translation>
    </message>
    <message>
      <location filename="../../desktop_app/diagnostics/network/wifi.py" line="250" />
      <source>SelfDesk is not allowed to see which Wi-Fi network you are on, so it cannot judge your Wi-Fi.</source>
      <translation>SelfDesk n’a pas l’autorisation de voir à quel réseau Wi-Fi vous êtes connecté : il ne peut donc pas évaluer votre Wi-Fi.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/diagnostics/network/verdict.py" line="96" />
      <source>Something on this network intercepts secure connections: tell IT before entering any password.</source>
      <translation>Quelque chose sur ce réseau intercepte les connexions sécurisées : prévenez le service informatique avant de saisir le moindre mot de passe.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/diagnostics/network/throughput.py" line="71" />
      <source>Speed: {down} Mbit/s down, {up} Mbit/s up.</source>
      <translation>Débit : {down} Mbit/s en téléchargement, {up} Mbit/s en envoi.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/fixes/network.py" line="236" />
      <source>Switches Wi-Fi off and back on; the connection drops for a few seconds.</source>
      <translation>Éteint puis rallume le Wi-Fi ; la connexion est coupée quelques secondes.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/diagnostics/network/reach.py" line="147" />
      <source>The answer came from the name server {server}.</source>
      <translation>La réponse vient du serveur de noms {server}.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/diagnostics/network/reach.py" line="340" />
      <source>The connection is stable ({ms} ms).</source>
      <translation>La connexion est stable ({ms} ms).</translation>
    </message>
    <message>
      <location filename="../../desktop_app/diagnostics/network/reach.py" line="340" />
      <source>The connection is stable ({ms} ms, no loss).</source>
      <translation>La connexion est stable ({ms} ms, aucune perte).</translation>
    </message>
    <message>
      <location filename="../../desktop_app/diagnostics/network/reach.py" line="311" />
      <source>The connection quality could not be measured ({error}).</source>
      <translation>La qualité de la connexion n’a pas pu être mesurée ({error}).</translation>
    </message>
    <message>
      <location filename="../../desktop_app/diagnostics/network/reach.py" line="347" />
      <source>The connection works, but not well enough for smooth video calls.</source>
      <translation>La connexion fonctionne, mais pas assez bien pour des appels vidéo fluides.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/diagnostics/network/reach.py" line="241" />
      <source>The internet answers by address, but the test sites cannot be found by name.</source>
      <translation>Internet répond par adresse, mais les sites de test sont introuvables par leur nom.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/diagnostics/network/reach.py" line="259" />
      <source>The internet answers, but the test websites do not: a firewall or proxy may block them.</source>
      <translation>Internet répond, mais pas les sites web de test : un pare-feu ou un proxy les bloque peut-être.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/diagnostics/network/reach.py" line="217" />
      <location filename="../../desktop_app/diagnostics/network/reach.py" line="235" />
      <source>The internet answers.</source>
      <translation>Internet répond.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/diagnostics/network/reach.py" line="247" />
      <source>The internet does not answer, neither by name nor by address.</source>
      <translation>Internet ne répond pas, ni par nom ni par adresse.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/diagnostics/network/verdict.py" line="135" />
      <source>The internet does not answer, neither by name nor by address: most likely your internet provider.</source>
      <translation>Internet ne répond pas, ni par nom ni par adresse : le problème vient très probablement de votre fournisseur d’accès.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/diagnostics/network/reach.py" line="265" />
      <location filename="../../desktop_app/diagnostics/network/reach.py" line="237" />
      <location filename="../../desktop_app/diagnostics/network/verdict.py" line="101" />
      <source>The internet does not answer.</source>
      <translation>Internet ne répond pas.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/diagnostics/network/verdict.py" line="85" />
      <source>The internet may be there, but names cannot be looked up (DNS): websites will not open.</source>
      <translation>Internet est peut-être accessible, mais les noms ne peuvent pas être résolus (DNS) : les sites web ne s’ouvriront pas.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/diagnostics/network/reach.py" line="243" />
      <source>The internet test sites cannot be found by name.</source>
      <translation>Les sites de test d’Internet sont introuvables par leur nom.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/diagnostics/network/verdict.py" line="83" />
      <source>The internet works, but names cannot be looked up (DNS): websites will not open.</source>
      <translation>Internet fonctionne, mais les noms ne peuvent pas être résolus (DNS) : les sites web ne s’ouvriront pas.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/diagnostics/network/reach.py" line="156" />
      <source>The name server (DNS) {problem}, so websites cannot be found by name.</source>
      <translation>Le serveur de noms (DNS) {problem} : les sites web ne peuvent pas être trouvés par leur nom.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/diagnostics/network/reach.py" line="159" />
      <source>The name server (DNS) {servers} fails to answer, so websites cannot be found by name.</source>
      <translation>Le serveur de noms (DNS) {servers} ne parvient pas à répondre : les sites web ne peuvent pas être trouvés par leur nom.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/diagnostics/network/reach.py" line="153" />
      <source>The name server (DNS) {servers} {problem}, so websites cannot be found by name.</source>
      <translation>Le serveur de noms (DNS) {servers} {problem} : les sites web ne peuvent pas être trouvés par leur nom.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/diagnostics/network/reach.py" line="145" />
      <source>The name {name} is not found, although it should exist.</source>
      <translation>Le nom {name} est introuvable, alors qu’il devrait exister.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/diagnostics/network/reach.py" line="61" />
      <source>The router could not be tested ({error}).</source>
      <translation>Le routeur n’a pas pu être testé ({error}).</translation>
    </message>
    <message>
      <location filename="../../desktop_app/diagnostics/network/throughput.py" line="50" />
      <source>The speed test could not run ({error}).</source>
      <translation>Le test de débit n’a pas pu être lancé ({error}).</translation>
    </message>
    <message>
      <location filename="../../desktop_app/diagnostics/network/reach.py" line="315" />
      <source>The test server cannot be reached from this computer.</source>
      <translation>Le serveur de test est injoignable depuis cet ordinateur.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/diagnostics/network/reach.py" line="320" />
      <source>The test server does not answer at all.</source>
      <translation>Le serveur de test ne répond pas du tout.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/diagnostics/network/proxy.py" line="265" />
      <source>The web proxy {proxy} (from {source}) answers.</source>
      <translation>Le proxy web {proxy} (d’après {source}) répond.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/diagnostics/network/reach.py" line="51" />
      <source>There is no router to test: no default gateway is set.</source>
      <translation>Il n’y a pas de routeur à tester : aucune passerelle par défaut n’est définie.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/diagnostics/network/wifi.py" line="210" />
      <source>This computer has no Wi-Fi adapter.</source>
      <translation>Cet ordinateur n’a pas de carte Wi-Fi.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/diagnostics/network/wifi.py" line="218" />
      <source>This computer has no Wi-Fi, or Wi-Fi is switched off.</source>
      <translation>Cet ordinateur n’a pas de Wi-Fi, ou le Wi-Fi est désactivé.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/diagnostics/network/verdict.py" line="94" />
      <source>This network needs you to sign in on a web page first.</source>
      <translation>Ce réseau vous demande d’abord de vous connecter sur une page web.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/diagnostics/network/reach.py" line="226" />
      <source>This network wants you to sign in on a web page before you can use the internet.</source>
      <translation>Ce réseau vous demande de vous connecter sur une page web avant de pouvoir utiliser Internet.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/fixes/network.py" line="235" />
      <source>Turn Wi-Fi off and on</source>
      <translation>Éteindre et rallumer le Wi-Fi</translation>
    </message>
    <message>
      <location filename="../../desktop_app/fixes/network.py" line="176" />
      <source>Turn Wi-Fi off and on again</source>
      <translation>Éteindre puis rallumer le Wi-Fi</translation>
    </message>
    <message>
      <location filename="../../desktop_app/diagnostics/network/__init__.py" line="20" />
      <source>Web proxy</source>
      <translation>Proxy web</translation>
    </message>
    <message>
      <location filename="../../desktop_app/diagnostics/network/__init__.py" line="14" />
      <source>Wi-Fi</source>
      <translation>Wi-Fi</translation>
    </message>
    <message>
      <location filename="../../desktop_app/diagnostics/network/wifi.py" line="274" />
      <source>Wi-Fi is not connected to any network.</source>
      <translation>Le Wi-Fi n’est connecté à aucun réseau.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/diagnostics/network/wifi.py" line="272" />
      <source>Wi-Fi is still joining a network (the computer reports: {state}).</source>
      <translation>Le Wi-Fi est encore en train de rejoindre un réseau (l’ordinateur indique : {state}).</translation>
    </message>
    <message>
      <location filename="../../desktop_app/diagnostics/network/wifi.py" line="270" />
      <source>Wi-Fi is switched off.</source>
      <translation>Le Wi-Fi est désactivé.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/diagnostics/network/proxy.py" line="40" />
      <source>WinHTTP (Windows services)</source>
      <translation>WinHTTP (services Windows)</translation>
    </message>
    <message>
      <location filename="../../desktop_app/diagnostics/network/proxy.py" line="39" />
      <source>Windows proxy settings</source>
      <translation>les paramètres de proxy de Windows</translation>
    </message>
    <message>
      <location filename="../../desktop_app/diagnostics/network/verdict.py" line="65" />
      <source>You are not connected to any network: connect to Wi-Fi or plug in a cable.</source>
      <translation>Vous n’êtes connecté à aucun réseau : connectez-vous au Wi-Fi ou branchez un câble.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/diagnostics/network/verdict.py" line="64" />
      <source>You are not connected, and SelfDesk is not allowed to see your Wi-Fi details.</source>
      <translation>Vous n’êtes pas connecté, et SelfDesk n’a pas l’autorisation de voir les détails de votre Wi-Fi.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/diagnostics/network/verdict.py" line="107" />
      <source>You are online, but your Wi-Fi signal is weak.</source>
      <translation>Vous êtes en ligne, mais votre signal Wi-Fi est faible.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/diagnostics/network/verdict.py" line="67" />
      <source>Your Wi-Fi signal is too weak to carry your connection.</source>
      <translation>Votre signal Wi-Fi est trop faible pour assurer votre connexion.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/diagnostics/network/ipconfig.py" line="343" />
      <source>Your computer has an address but no name server (DNS) is configured.</source>
      <translation>Votre ordinateur a une adresse, mais aucun serveur de noms (DNS) n’est configuré.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/diagnostics/network/ipconfig.py" line="327" />
      <source>Your computer has an address but no way out to other networks (no default gateway).</source>
      <translation>Votre ordinateur a une adresse, mais aucune sortie vers les autres réseaux (pas de passerelle par défaut).</translation>
    </message>
    <message>
      <location filename="../../desktop_app/diagnostics/network/ipconfig.py" line="368" />
      <source>Your computer is connected but did not get an address from the router.</source>
      <translation>Votre ordinateur est connecté mais n’a pas reçu d’adresse du routeur.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/diagnostics/network/ipconfig.py" line="313" />
      <source>Your computer is not connected to any network.</source>
      <translation>Votre ordinateur n’est connecté à aucun réseau.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/diagnostics/network/proxy.py" line="296" />
      <source>Your computer is set to take its proxy settings from {url} (from {source}), but that file cannot be downloaded.</source>
      <translation>Votre ordinateur doit lire ses paramètres de proxy dans {url} (d’après {source}), mais ce fichier ne peut pas être téléchargé.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/diagnostics/network/proxy.py" line="271" />
      <source>Your computer is set to use the web proxy {proxy} (from {source}), which does not answer.</source>
      <translation>Votre ordinateur est configuré pour utiliser le proxy web {proxy} (d’après {source}), qui ne répond pas.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/diagnostics/network/proxy.py" line="249" />
      <source>Your computer looks for proxy settings automatically on the network (from {source}).</source>
      <translation>Votre ordinateur cherche automatiquement ses paramètres de proxy sur le réseau (d’après {source}).</translation>
    </message>
    <message>
      <location filename="../../desktop_app/diagnostics/network/proxy.py" line="289" />
      <source>Your computer uses automatic proxy settings (PAC file {url}, from {source}), and the file can be downloaded.</source>
      <translation>Votre ordinateur utilise des paramètres de proxy automatiques (fichier PAC {url}, d’après {source}), et ce fichier peut être téléchargé.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/diagnostics/network/proxy.py" line="285" />
      <source>Your computer uses automatic proxy settings (PAC file {url}, from {source}).</source>
      <translation>Votre ordinateur utilise des paramètres de proxy automatiques (fichier PAC {url}, d’après {source}).</translation>
    </message>
    <message>
      <location filename="../../desktop_app/diagnostics/network/throughput.py" line="66" />
      <source>Your connection is slow: {down} Mbit/s down, {up} Mbit/s up.</source>
      <translation>Votre connexion est lente : {down} Mbit/s en téléchargement, {up} Mbit/s en envoi.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/diagnostics/network/verdict.py" line="116" />
      <source>Your network connection works.</source>
      <translation>Votre connexion réseau fonctionne.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/diagnostics/network/wifi.py" line="353" />
      <source>Your network is also available here on {band} GHz, which is faster and less crowded: choose it in the Wi-Fi menu if it has its own name, or move a little closer to the router.</source>
      <translation>Votre réseau est aussi disponible ici en {band} GHz, plus rapide et moins encombré : choisissez-le dans le menu Wi-Fi s’il a son propre nom, ou rapprochez-vous un peu du routeur.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/diagnostics/network/reach.py" line="59" />
      <source>Your router answers ({ms} ms).</source>
      <translation>Votre routeur répond ({ms} ms).</translation>
    </message>
    <message>
      <location filename="../../desktop_app/diagnostics/network/verdict.py" line="128" />
      <source>Your router answers but the internet does not: this is most likely your internet provider.</source>
      <translation>Votre routeur répond mais pas Internet : le problème vient très probablement de votre fournisseur d’accès.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/diagnostics/network/reach.py" line="72" />
      <source>Your router does not answer.</source>
      <translation>Votre routeur ne répond pas.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/diagnostics/network/verdict.py" line="73" />
      <source>Your router does not answer: the problem is between your computer and the router.</source>
      <translation>Votre routeur ne répond pas : le problème se situe entre votre ordinateur et le routeur.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/diagnostics/network/wifi.py" line="279" />
      <source>a hidden network</source>
      <translation>un réseau masqué</translation>
    </message>
    <message>
      <location filename="../../desktop_app/diagnostics/network/reach.py" line="90" />
      <source>answers but cannot look names up (SERVFAIL)</source>
      <translation>répond mais ne parvient pas à résoudre les noms (SERVFAIL)</translation>
    </message>
    <message>
      <location filename="../../desktop_app/diagnostics/network/reach.py" line="89" />
      <source>does not answer</source>
      <translation>ne répond pas</translation>
    </message>
    <message>
      <location filename="../../desktop_app/diagnostics/network/proxy.py" line="38" />
      <source>environment variables</source>
      <translation>les variables d’environnement</translation>
    </message>
    <message>
      <location filename="../../desktop_app/diagnostics/network/reach.py" line="93" />
      <source>fails</source>
      <translation>échoue</translation>
    </message>
    <message>
      <location filename="../../desktop_app/diagnostics/network/proxy.py" line="41" />
      <source>macOS network settings</source>
      <translation>les réglages réseau de macOS</translation>
    </message>
    <message>
      <location filename="../../desktop_app/diagnostics/network/reach.py" line="91" />
      <source>refuses to answer</source>
      <translation>refuse de répondre</translation>
    </message>
    <message>
      <location filename="../../desktop_app/diagnostics/network/reach.py" line="92" />
      <source>says the name does not exist</source>
      <translation>indique que le nom n’existe pas</translation>
    </message>
    <message>
      <location filename="../../desktop_app/diagnostics/network/wifi.py" line="279" />
      <source>your Wi-Fi network</source>
      <translation>votre réseau Wi-Fi</translation>
    </message>
    <message>
      <location filename="../../desktop_app/diagnostics/network/wifi.py" line="349" />
      <source>{count} other Wi-Fi networks nearby use channels that overlap yours on the crowded 2.4 GHz band, which slows everyone down.</source>
      <translation>{count} autres réseaux Wi-Fi à proximité utilisent des canaux qui chevauchent le vôtre sur la bande encombrée des 2,4 GHz, ce qui ralentit tout le monde.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/diagnostics/network/reach.py" line="329" />
      <location filename="../../desktop_app/diagnostics/network/reach.py" line="332" />
      <source>{loss}% of the test packets were lost.</source>
      <translation>{loss} % des paquets de test ont été perdus.</translation>
    </message>
  </context>
</TS>
