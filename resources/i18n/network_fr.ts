<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
  <context>
    <name>network</name>
    <message>
      <location filename="../../desktop_app/diagnostics/network/proxy.py" line="92" />
      <source>A web proxy is set ({proxy}).</source>
      <translation>Un proxy web est configuré ({proxy}).</translation>
    </message>
    <message>
      <location filename="../../desktop_app/diagnostics/network/reach.py" line="229" />
      <source>Answer times vary a lot ({ms} ms), which makes calls choppy.</source>
      <translation>Les temps de réponse varient beaucoup ({ms} ms), ce qui hache les appels.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/diagnostics/network/reach.py" line="226" />
      <source>Answers are slow ({ms} ms on average).</source>
      <translation>Les réponses sont lentes ({ms} ms en moyenne).</translation>
    </message>
    <message>
      <location filename="../../desktop_app/fixes/network.py" line="97" />
      <source>Ask the router for a new network address</source>
      <translation>Demander une nouvelle adresse réseau au routeur</translation>
    </message>
    <message>
      <location filename="../../desktop_app/fixes/network.py" line="168" />
      <source>Asks the router for a new address; the connection drops for a few seconds.</source>
      <translation>Demande une nouvelle adresse au routeur ; la connexion est coupée quelques secondes.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/diagnostics/network/reach.py" line="70" />
      <source>Check that the router is on and that you are on the right network; restart the router if you can.</source>
      <translation>Vérifiez que le routeur est allumé et que vous êtes sur le bon réseau ; redémarrez le routeur si vous le pouvez.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/fixes/network.py" line="159" />
      <source>Clear the DNS cache</source>
      <translation>Vider le cache DNS</translation>
    </message>
    <message>
      <location filename="../../desktop_app/diagnostics/network/reach.py" line="103" />
      <source>Clear the name cache. If it still fails, the name server you use gives wrong answers: tell IT.</source>
      <translation>Videz le cache des noms. Si cela échoue encore, le serveur de noms utilisé donne de mauvaises réponses : prévenez le service informatique.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/fixes/network.py" line="73" />
      <source>Clear the name lookup (DNS) cache</source>
      <translation>Vider le cache de résolution des noms (DNS)</translation>
    </message>
    <message>
      <location filename="../../desktop_app/diagnostics/network/throughput.py" line="68" />
      <source>Close large downloads or video streams; on Wi-Fi move closer to the router. If it stays slow, tell your internet provider.</source>
      <translation>Fermez les gros téléchargements ou les vidéos en cours ; en Wi-Fi, rapprochez-vous du routeur. Si cela reste lent, prévenez votre fournisseur d'accès.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/diagnostics/network/ipconfig.py" line="200" />
      <source>Connect to Wi-Fi or plug in a network cable.</source>
      <translation>Connectez-vous au Wi-Fi ou branchez un câble réseau.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/diagnostics/network/wifi.py" line="214" />
      <source>Connected to {ssid} with a good signal ({percent}%).</source>
      <translation>Connecté à {ssid} avec un bon signal ({percent} %).</translation>
    </message>
    <message>
      <location filename="../../desktop_app/diagnostics/network/wifi.py" line="197" />
      <source>Connected to {ssid}, but the signal is too weak to use ({percent}%).</source>
      <translation>Connecté à {ssid}, mais le signal est trop faible pour être utilisable ({percent} %).</translation>
    </message>
    <message>
      <location filename="../../desktop_app/diagnostics/network/wifi.py" line="209" />
      <source>Connected to {ssid}, but the signal is weak ({percent}%).</source>
      <translation>Connecté à {ssid}, mais le signal est faible ({percent} %).</translation>
    </message>
    <message>
      <location filename="../../desktop_app/diagnostics/network/wifi.py" line="190" />
      <source>Connected to {ssid}; the signal strength is not reported.</source>
      <translation>Connecté à {ssid} ; la force du signal n'est pas indiquée.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/diagnostics/network/ipconfig.py" line="231" />
      <source>Connected with address {address} through {interface}.</source>
      <translation>Connecté avec l'adresse {address} via {interface}.</translation>
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
      <location filename="../../desktop_app/fixes/network.py" line="160" />
      <source>Forgets remembered website addresses so they are looked up again.</source>
      <translation>Oublie les adresses de sites mémorisées pour qu'elles soient recherchées à nouveau.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/diagnostics/network/proxy.py" line="103" />
      <source>If you are not on the company network, this setting may block websites: tell IT.</source>
      <translation>Si vous n'êtes pas sur le réseau de l'entreprise, ce réglage peut bloquer les sites web : prévenez le service informatique.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/diagnostics/network/wifi.py" line="184" />
      <source>If you use a cable, this is fine. Otherwise, pick your network from the Wi-Fi menu.</source>
      <translation>Si vous utilisez un câble, tout va bien. Sinon, choisissez votre réseau dans le menu Wi-Fi.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/diagnostics/network/wifi.py" line="225" />
      <source>If your network also offers a 5 GHz name, try it: it is faster and less crowded near the router.</source>
      <translation>Si votre réseau propose aussi un nom en 5 GHz, essayez-le : il est plus rapide et moins encombré près du routeur.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/diagnostics/network/__init__.py" line="18" />
      <source>Internet access</source>
      <translation>Accès à Internet</translation>
    </message>
    <message>
      <location filename="../../desktop_app/diagnostics/network/wifi.py" line="200" />
      <source>Move closer to the Wi-Fi router or access point, or use a network cable.</source>
      <translation>Rapprochez-vous du routeur ou de la borne Wi-Fi, ou utilisez un câble réseau.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/diagnostics/network/wifi.py" line="211" />
      <source>Move closer to the Wi-Fi router or away from walls and metal furniture.</source>
      <translation>Rapprochez-vous du routeur Wi-Fi ou éloignez-vous des murs et des meubles métalliques.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/diagnostics/network/__init__.py" line="17" />
      <source>Name lookup (DNS)</source>
      <translation>Résolution des noms (DNS)</translation>
    </message>
    <message>
      <location filename="../../desktop_app/diagnostics/network/reach.py" line="96" />
      <source>Names are found (DNS works).</source>
      <translation>Les noms sont trouvés (le DNS fonctionne).</translation>
    </message>
    <message>
      <location filename="../../desktop_app/diagnostics/network/__init__.py" line="15" />
      <source>Network connection</source>
      <translation>Connexion réseau</translation>
    </message>
    <message>
      <location filename="../../desktop_app/diagnostics/network/verdict.py" line="114" />
      <source>Network overall</source>
      <translation>Réseau dans l'ensemble</translation>
    </message>
    <message>
      <location filename="../../desktop_app/diagnostics/network/reach.py" line="108" />
      <source>No name server (DNS) is configured, so websites cannot be found by name.</source>
      <translation>Aucun serveur de noms (DNS) n'est configuré : les sites web ne peuvent pas être trouvés par leur nom.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/diagnostics/network/proxy.py" line="86" />
      <source>No web proxy is set; connections go out directly.</source>
      <translation>Aucun proxy web n'est configuré ; les connexions sortent directement.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/diagnostics/network/reach.py" line="239" />
      <source>On Wi-Fi, move closer to the router or use a cable. If it stays, tell your internet provider.</source>
      <translation>En Wi-Fi, rapprochez-vous du routeur ou utilisez un câble. Si cela persiste, prévenez votre fournisseur d'accès.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/diagnostics/network/wifi.py" line="231" />
      <source>Open Settings &gt; Privacy &amp; security &gt; Location, turn on Location services and allow desktop apps to access your location, then run the check again.</source>
      <translation>Ouvrez Paramètres &gt; Confidentialité et sécurité &gt; Localisation, activez les services de localisation et autorisez les applications de bureau à accéder à votre position, puis relancez la vérification.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/diagnostics/network/wifi.py" line="232" />
      <source>Open System Settings &gt; Privacy &amp; Security &gt; Location Services, turn it on and allow SelfDesk, then run the check again.</source>
      <translation>Ouvrez Réglages Système &gt; Confidentialité et sécurité &gt; Service de localisation, activez-le et autorisez SelfDesk, puis relancez la vérification.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/fixes/network.py" line="183" />
      <source>Open the Wi-Fi sign-in page</source>
      <translation>Ouvrir la page de connexion du Wi-Fi</translation>
    </message>
    <message>
      <location filename="../../desktop_app/fixes/network.py" line="152" />
      <source>Open the network's sign-in page in your browser</source>
      <translation>Ouvrir la page de connexion du réseau dans votre navigateur</translation>
    </message>
    <message>
      <location filename="../../desktop_app/diagnostics/network/reach.py" line="163" />
      <source>Open the sign-in page, accept the conditions or log in, then try again.</source>
      <translation>Ouvrez la page de connexion, acceptez les conditions ou identifiez-vous, puis réessayez.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/fixes/network.py" line="184" />
      <source>Opens the network's sign-in page in your web browser.</source>
      <translation>Ouvre la page de connexion du réseau dans votre navigateur web.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/diagnostics/network/ipconfig.py" line="189" />
      <source>Renew the address. If it keeps failing, restart the router or check the cable or Wi-Fi.</source>
      <translation>Renouvelez l'adresse. Si cela échoue encore, redémarrez le routeur ou vérifiez le câble ou le Wi-Fi.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/diagnostics/network/ipconfig.py" line="212" />
      <source>Renew the address. If the problem stays, the network settings may have been changed by hand: ask IT.</source>
      <translation>Renouvelez l'adresse. Si le problème persiste, les réglages réseau ont peut-être été modifiés à la main : demandez au service informatique.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/fixes/network.py" line="167" />
      <source>Renew the network address</source>
      <translation>Renouveler l'adresse réseau</translation>
    </message>
    <message>
      <location filename="../../desktop_app/diagnostics/network/reach.py" line="106" />
      <location filename="../../desktop_app/diagnostics/network/reach.py" line="112" />
      <source>Renew the network address or restart the router. If it stays, tell IT or your internet provider.</source>
      <translation>Renouvelez l'adresse réseau ou redémarrez le routeur. Si cela persiste, prévenez le service informatique ou votre fournisseur d'accès.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/diagnostics/network/reach.py" line="109" />
      <source>Renew the network address. If it stays, tell IT.</source>
      <translation>Renouvelez l'adresse réseau. Si cela persiste, prévenez le service informatique.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/diagnostics/network/verdict.py" line="92" />
      <source>Restart the router once. If it still fails, call your internet provider and tell them: "My router is on and answers, but no website opens; I already restarted the router."</source>
      <translation>Redémarrez le routeur une fois. Si cela ne marche toujours pas, appelez votre fournisseur d'accès et dites-lui : « Ma box est allumée et répond, mais aucun site ne s'ouvre ; je l'ai déjà redémarrée. »</translation>
    </message>
    <message>
      <location filename="../../desktop_app/diagnostics/network/reach.py" line="176" />
      <source>Restart your router. If that does not help, contact your internet provider or IT.</source>
      <translation>Redémarrez votre routeur. Si cela ne suffit pas, contactez votre fournisseur d'accès ou le service informatique.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/diagnostics/network/__init__.py" line="16" />
      <source>Router</source>
      <translation>Routeur</translation>
    </message>
    <message>
      <location filename="../../desktop_app/diagnostics/network/reach.py" line="173" />
      <source>Secure connections are intercepted or blocked on this network.</source>
      <translation>Les connexions sécurisées sont interceptées ou bloquées sur ce réseau.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/diagnostics/network/wifi.py" line="168" />
      <source>SelfDesk is not allowed to see which Wi-Fi network you are on, so it cannot judge your Wi-Fi.</source>
      <translation>SelfDesk n'a pas le droit de voir à quel réseau Wi-Fi vous êtes connecté : il ne peut donc pas juger votre Wi-Fi.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/diagnostics/network/verdict.py" line="85" />
      <source>Something on this network intercepts secure connections: tell IT before entering any password.</source>
      <translation>Quelque chose sur ce réseau intercepte les connexions sécurisées : prévenez le service informatique avant de saisir un mot de passe.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/diagnostics/network/throughput.py" line="71" />
      <source>Speed: {down} Mbit/s down, {up} Mbit/s up.</source>
      <translation>Débit : {down} Mbit/s en réception, {up} Mbit/s en envoi.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/fixes/network.py" line="176" />
      <source>Switches Wi-Fi off and back on; the connection drops for a few seconds.</source>
      <translation>Éteint puis rallume le Wi-Fi ; la connexion est coupée quelques secondes.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/diagnostics/network/reach.py" line="231" />
      <source>The connection is stable ({ms} ms).</source>
      <translation>La connexion est stable ({ms} ms).</translation>
    </message>
    <message>
      <location filename="../../desktop_app/diagnostics/network/reach.py" line="231" />
      <source>The connection is stable ({ms} ms, no loss).</source>
      <translation>La connexion est stable ({ms} ms, aucune perte).</translation>
    </message>
    <message>
      <location filename="../../desktop_app/diagnostics/network/reach.py" line="202" />
      <source>The connection quality could not be measured ({error}).</source>
      <translation>La qualité de la connexion n'a pas pu être mesurée ({error}).</translation>
    </message>
    <message>
      <location filename="../../desktop_app/diagnostics/network/reach.py" line="237" />
      <source>The connection works but is unstable.</source>
      <translation>La connexion fonctionne mais elle est instable.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/diagnostics/network/reach.py" line="151" />
      <source>The internet answers.</source>
      <translation>Internet répond.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/diagnostics/network/reach.py" line="175" />
      <location filename="../../desktop_app/diagnostics/network/verdict.py" line="94" />
      <source>The internet does not answer.</source>
      <translation>Internet ne répond pas.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/diagnostics/network/verdict.py" line="76" />
      <source>The internet may be there, but names cannot be looked up (DNS): websites will not open.</source>
      <translation>Internet est peut-être là, mais les noms ne peuvent pas être résolus (DNS) : les sites web ne s'ouvriront pas.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/diagnostics/network/reach.py" line="169" />
      <source>The internet test sites cannot be found by name.</source>
      <translation>Les sites de test d'Internet ne peuvent pas être trouvés par leur nom.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/diagnostics/network/reach.py" line="105" />
      <source>The name server (DNS) does not answer, so websites cannot be found by name.</source>
      <translation>Le serveur de noms (DNS) ne répond pas : les sites web ne peuvent pas être trouvés par leur nom.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/diagnostics/network/reach.py" line="111" />
      <source>The name server (DNS) refuses or fails to answer, so websites cannot be found by name.</source>
      <translation>Le serveur de noms (DNS) refuse ou n'arrive pas à répondre : les sites web ne peuvent pas être trouvés par leur nom.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/diagnostics/network/reach.py" line="102" />
      <source>The name {name} is not found, although it should exist.</source>
      <translation>Le nom {name} est introuvable, alors qu'il devrait exister.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/diagnostics/network/reach.py" line="61" />
      <source>The router could not be tested ({error}).</source>
      <translation>Le routeur n'a pas pu être testé ({error}).</translation>
    </message>
    <message>
      <location filename="../../desktop_app/diagnostics/network/throughput.py" line="50" />
      <source>The speed test could not run ({error}).</source>
      <translation>Le test de débit n'a pas pu s'exécuter ({error}).</translation>
    </message>
    <message>
      <location filename="../../desktop_app/diagnostics/network/reach.py" line="206" />
      <source>The test server cannot be reached from this computer.</source>
      <translation>Le serveur de test est injoignable depuis cet ordinateur.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/diagnostics/network/reach.py" line="211" />
      <source>The test server does not answer at all.</source>
      <translation>Le serveur de test ne répond pas du tout.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/diagnostics/network/proxy.py" line="95" />
      <source>The web proxy {proxy} answers.</source>
      <translation>Le proxy web {proxy} répond.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/diagnostics/network/reach.py" line="51" />
      <source>There is no router to test: no default gateway is set.</source>
      <translation>Il n'y a pas de routeur à tester : aucune passerelle par défaut n'est définie.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/diagnostics/network/wifi.py" line="141" />
      <source>This computer has no Wi-Fi adapter.</source>
      <translation>Cet ordinateur n'a pas de carte Wi-Fi.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/diagnostics/network/wifi.py" line="149" />
      <source>This computer has no Wi-Fi, or Wi-Fi is switched off.</source>
      <translation>Cet ordinateur n'a pas de Wi-Fi, ou le Wi-Fi est désactivé.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/diagnostics/network/verdict.py" line="83" />
      <source>This network needs you to sign in on a web page first.</source>
      <translation>Ce réseau vous demande d'abord de vous connecter sur une page web.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/diagnostics/network/reach.py" line="160" />
      <source>This network wants you to sign in on a web page before you can use the internet.</source>
      <translation>Ce réseau vous demande de vous connecter sur une page web avant de pouvoir utiliser Internet.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/fixes/network.py" line="175" />
      <source>Turn Wi-Fi off and on</source>
      <translation>Éteindre et rallumer le Wi-Fi</translation>
    </message>
    <message>
      <location filename="../../desktop_app/fixes/network.py" line="120" />
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
      <location filename="../../desktop_app/diagnostics/network/wifi.py" line="181" />
      <source>Wi-Fi is not connected to any network.</source>
      <translation>Le Wi-Fi n'est connecté à aucun réseau.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/diagnostics/network/wifi.py" line="179" />
      <source>Wi-Fi is switched off.</source>
      <translation>Le Wi-Fi est désactivé.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/diagnostics/network/verdict.py" line="63" />
      <source>You are not connected to any network: connect to Wi-Fi or plug in a cable.</source>
      <translation>Vous n'êtes connecté à aucun réseau : connectez-vous au Wi-Fi ou branchez un câble.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/diagnostics/network/verdict.py" line="62" />
      <source>You are not connected, and SelfDesk is not allowed to see your Wi-Fi details.</source>
      <translation>Vous n'êtes pas connecté, et SelfDesk n'a pas le droit de voir les détails de votre Wi-Fi.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/diagnostics/network/verdict.py" line="98" />
      <source>You are online, but the connection is unstable.</source>
      <translation>Vous êtes en ligne, mais la connexion est instable.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/diagnostics/network/verdict.py" line="100" />
      <source>You are online, but your Wi-Fi signal is weak.</source>
      <translation>Vous êtes en ligne, mais votre signal Wi-Fi est faible.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/diagnostics/network/verdict.py" line="65" />
      <source>Your Wi-Fi signal is too weak to carry your connection.</source>
      <translation>Votre signal Wi-Fi est trop faible pour porter votre connexion.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/diagnostics/network/wifi.py" line="223" />
      <source>Your Wi-Fi uses the crowded 2.4 GHz band on channel {channel}, which overlaps its neighbours.</source>
      <translation>Votre Wi-Fi utilise la bande encombrée des 2,4 GHz sur le canal {channel}, qui chevauche ses voisins.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/diagnostics/network/ipconfig.py" line="221" />
      <source>Your computer has an address but no name server (DNS) is configured.</source>
      <translation>Votre ordinateur a une adresse, mais aucun serveur de noms (DNS) n'est configuré.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/diagnostics/network/ipconfig.py" line="209" />
      <source>Your computer has an address but no way out to other networks (no default gateway).</source>
      <translation>Votre ordinateur a une adresse, mais aucune sortie vers les autres réseaux (pas de passerelle par défaut).</translation>
    </message>
    <message>
      <location filename="../../desktop_app/diagnostics/network/ipconfig.py" line="186" />
      <source>Your computer is connected but did not get an address from the router.</source>
      <translation>Votre ordinateur est connecté mais n'a pas reçu d'adresse du routeur.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/diagnostics/network/ipconfig.py" line="197" />
      <source>Your computer is not connected to any network.</source>
      <translation>Votre ordinateur n'est connecté à aucun réseau.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/diagnostics/network/proxy.py" line="101" />
      <source>Your computer is set to use the web proxy {proxy}, which does not answer.</source>
      <translation>Votre ordinateur est réglé pour utiliser le proxy web {proxy}, qui ne répond pas.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/diagnostics/network/throughput.py" line="66" />
      <source>Your connection is slow: {down} Mbit/s down, {up} Mbit/s up.</source>
      <translation>Votre connexion est lente : {down} Mbit/s en réception, {up} Mbit/s en envoi.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/diagnostics/network/verdict.py" line="109" />
      <source>Your network connection works.</source>
      <translation>Votre connexion réseau fonctionne.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/diagnostics/network/reach.py" line="59" />
      <source>Your router answers ({ms} ms).</source>
      <translation>Votre routeur répond ({ms} ms).</translation>
    </message>
    <message>
      <location filename="../../desktop_app/diagnostics/network/verdict.py" line="91" />
      <source>Your router answers but the internet does not: this is most likely your internet provider.</source>
      <translation>Votre routeur répond mais pas Internet : le problème vient très probablement de votre fournisseur d'accès.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/diagnostics/network/reach.py" line="67" />
      <source>Your router does not answer.</source>
      <translation>Votre routeur ne répond pas.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/diagnostics/network/verdict.py" line="71" />
      <source>Your router does not answer: the problem is between your computer and the router.</source>
      <translation>Votre routeur ne répond pas : le problème se situe entre votre ordinateur et le routeur.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/diagnostics/network/wifi.py" line="187" />
      <source>your Wi-Fi network</source>
      <translation>votre réseau Wi-Fi</translation>
    </message>
    <message>
      <location filename="../../desktop_app/diagnostics/network/reach.py" line="220" />
      <location filename="../../desktop_app/diagnostics/network/reach.py" line="223" />
      <source>{loss}% of the messages sent were lost.</source>
      <translation>{loss} % des messages envoyés ont été perdus.</translation>
    </message>
  </context>
</TS>
