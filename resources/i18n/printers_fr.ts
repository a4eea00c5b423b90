<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
  <context>
    <name>printers</name>
    <message>
      <location filename="../../desktop_app/diagnostics/printers/__init__.py" line="364" />
      <source>A printer your company provides is missing: {names}.</source>
      <translation>Il manque une imprimante fournie par votre entreprise : {names}.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/fixes/printers.py" line="295" />
      <source>Add the company printers</source>
      <translation>Ajouter les imprimantes de l’entreprise</translation>
    </message>
    <message>
      <location filename="../../desktop_app/fixes/printers.py" line="250" />
      <source>Add the printer {printer} ({address})</source>
      <translation>Ajouter l’imprimante {printer} ({address})</translation>
    </message>
    <message>
      <location filename="../../desktop_app/fixes/printers.py" line="297" />
      <source>Add the printers your IT department declared</source>
      <translation>Ajouter les imprimantes déclarées par votre service informatique</translation>
    </message>
    <message>
      <location filename="../../desktop_app/diagnostics/printers/__init__.py" line="425" />
      <source>Can I print?</source>
      <translation>Impression</translation>
    </message>
    <message>
      <location filename="../../desktop_app/fixes/printers.py" line="156" />
      <source>Cancel document {job} on {printer}</source>
      <translation>Annuler le document {job} sur {printer}</translation>
    </message>
    <message>
      <location filename="../../desktop_app/fixes/printers.py" line="270" />
      <source>Cancel my stuck documents</source>
      <translation>Annuler mes documents bloqués</translation>
    </message>
    <message>
      <location filename="../../desktop_app/fixes/printers.py" line="272" />
      <source>Cancel your stuck documents</source>
      <translation>Annuler vos documents bloqués</translation>
    </message>
    <message>
      <location filename="../../desktop_app/fixes/printers.py" line="287" />
      <source>Choose the default printer</source>
      <translation>Choisir l’imprimante par défaut</translation>
    </message>
    <message>
      <location filename="../../desktop_app/diagnostics/printers/__init__.py" line="296" />
      <source>Contact your IT support: the printers your company uses cannot be added.</source>
      <translation>Contactez votre service informatique : les imprimantes de votre entreprise ne peuvent pas être ajoutées.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/fixes/printers.py" line="226" />
      <source>Every printer your organisation provides is already installed.</source>
      <translation>Toutes les imprimantes fournies par votre organisation sont déjà installées.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/fixes/printers.py" line="296" />
      <source>Installs the printers your IT department has declared for this computer.</source>
      <translation>Installe les imprimantes que votre service informatique a déclarées pour cet ordinateur.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/fixes/printers.py" line="214" />
      <source>Make {printer} the default printer</source>
      <translation>Faire de {printer} l’imprimante par défaut</translation>
    </message>
    <message>
      <location filename="../../desktop_app/fixes/printers.py" line="288" />
      <source>Makes your company's main printer (or your only printer) the one documents go to by default.</source>
      <translation>Fait de l’imprimante principale de votre entreprise (ou de votre seule imprimante) l’imprimante par défaut.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/diagnostics/printers/__init__.py" line="370" />
      <source>No default printer is chosen, so programs may not know where to print.</source>
      <translation>Aucune imprimante par défaut n’est choisie : les programmes risquent de ne pas savoir où imprimer.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/fixes/printers.py" line="122" />
      <source>No printer is paused.</source>
      <translation>Aucune imprimante n’est en pause.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/diagnostics/printers/__init__.py" line="327" />
      <source>No printer is set up on this computer. That is fine if you do not print.</source>
      <translation>Aucune imprimante n’est configurée sur cet ordinateur. Ce n’est pas un problème si vous n’imprimez pas.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/diagnostics/printers/__init__.py" line="298" />
      <source>No printing system is installed, so there is nothing to check.</source>
      <translation>Aucun système d’impression n’est installé : il n’y a rien à vérifier.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/fixes/printers.py" line="175" />
      <source>No service manager was found (systemctl or service): restart the printing service (CUPS) by hand.</source>
      <translation>Aucun gestionnaire de services n’a été trouvé (systemctl ou service) : redémarrez vous-même le service d’impression (CUPS).</translation>
    </message>
    <message>
      <location filename="../../desktop_app/fixes/printers.py" line="149" />
      <source>None of your documents is stuck.</source>
      <translation>Aucun de vos documents n’est bloqué.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/diagnostics/printers/__init__.py" line="417" />
      <source>Printers</source>
      <translation>Imprimantes</translation>
    </message>
    <message>
      <location filename="../../desktop_app/diagnostics/printers/__init__.py" line="294" />
      <source>Printing is not installed on this computer.</source>
      <translation>Le système d’impression n’est pas installé sur cet ordinateur.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/diagnostics/printers/__init__.py" line="409" />
      <source>Printing problem: {cause}</source>
      <translation>Problème d’impression : {cause}</translation>
    </message>
    <message>
      <location filename="../../desktop_app/diagnostics/printers/__init__.py" line="404" />
      <source>Printing works.</source>
      <translation>L’impression fonctionne.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/fixes/printers.py" line="271" />
      <source>Removes your documents that have been stuck in the print queue. You can print them again afterwards.</source>
      <translation>Retire vos documents bloqués dans la file d’attente d’impression. Vous pourrez les imprimer de nouveau ensuite.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/fixes/printers.py" line="182" />
      <source>Restart the Windows print spooler</source>
      <translation>Redémarrer le spouleur d’impression de Windows</translation>
    </message>
    <message>
      <location filename="../../desktop_app/fixes/printers.py" line="278" />
      <source>Restart the printing service</source>
      <translation>Redémarrer le service d’impression</translation>
    </message>
    <message>
      <location filename="../../desktop_app/fixes/printers.py" line="186" />
      <location filename="../../desktop_app/fixes/printers.py" line="184" />
      <source>Restart the printing service (CUPS)</source>
      <translation>Redémarrer le service d’impression (CUPS)</translation>
    </message>
    <message>
      <location filename="../../desktop_app/diagnostics/printers/__init__.py" line="313" />
      <source>Restart the printing service. If it stops again, contact your IT support.</source>
      <translation>Redémarrez le service d’impression. S’il s’arrête de nouveau, contactez votre service informatique.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/fixes/printers.py" line="279" />
      <source>Restarts the service that sends documents to printers. Documents waiting in the queue are kept.</source>
      <translation>Redémarre le service qui envoie les documents aux imprimantes. Les documents en attente sont conservés.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/fixes/printers.py" line="262" />
      <source>Resume paused printers and accept documents</source>
      <translation>Réactiver les imprimantes en pause et accepter les documents</translation>
    </message>
    <message>
      <location filename="../../desktop_app/fixes/printers.py" line="260" />
      <source>Resume the printer</source>
      <translation>Réactiver l’imprimante</translation>
    </message>
    <message>
      <location filename="../../desktop_app/fixes/printers.py" line="131" />
      <source>Resume {printer} and let it accept documents again</source>
      <translation>Réactiver {printer} et lui faire accepter de nouveau les documents</translation>
    </message>
    <message>
      <location filename="../../desktop_app/fixes/printers.py" line="261" />
      <source>Resumes paused printers and lets them accept documents again.</source>
      <translation>Réactive les imprimantes en pause pour qu’elles acceptent de nouveau des documents.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/fixes/printers.py" line="289" />
      <source>Set the default printer</source>
      <translation>Définir l’imprimante par défaut</translation>
    </message>
    <message>
      <location filename="../../desktop_app/fixes/printers.py" line="233" />
      <source>The address your IT department gave for {printer} cannot be added on Windows (an ipp, ipps, http, https, socket or lpd address is needed, and a driver for socket and lpd).</source>
      <translation>L’adresse donnée par votre service informatique pour {printer} ne peut pas être ajoutée sous Windows (il faut une adresse ipp, ipps, http, https, socket ou lpd, et un pilote pour socket et lpd).</translation>
    </message>
    <message>
      <location filename="../../desktop_app/diagnostics/printers/__init__.py" line="373" />
      <source>The default printer {name} no longer exists.</source>
      <translation>L’imprimante par défaut {name} n’existe plus.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/diagnostics/printers/__init__.py" line="316" />
      <source>The printer status could not be read.</source>
      <translation>L’état des imprimantes n’a pas pu être lu.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/diagnostics/printers/__init__.py" line="353" />
      <source>The printer {name} does not answer on the network. Check that it is switched on and connected.</source>
      <translation>L’imprimante {name} ne répond pas sur le réseau. Vérifiez qu’elle est allumée et connectée.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/diagnostics/printers/__init__.py" line="359" />
      <source>The printer {name} has a driver problem, so documents cannot be prepared for it.</source>
      <translation>L’imprimante {name} a un problème de pilote : les documents ne peuvent pas être préparés pour elle.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/diagnostics/printers/__init__.py" line="346" />
      <source>The printer {name} has stopped: {trouble}. Check the printer itself.</source>
      <translation>L’imprimante {name} s’est arrêtée : {trouble}. Vérifiez l’imprimante elle-même.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/diagnostics/printers/__init__.py" line="356" />
      <source>The printer {name} is offline. Check that it is switched on and connected.</source>
      <translation>L’imprimante {name} est hors ligne. Vérifiez qu’elle est allumée et connectée.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/diagnostics/printers/__init__.py" line="342" />
      <source>The printer {name} is paused ({reason}), so documents wait instead of printing.</source>
      <translation>L’imprimante {name} est en pause ({reason}) : les documents attendent au lieu de s’imprimer.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/diagnostics/printers/__init__.py" line="343" />
      <source>The printer {name} is paused, so documents wait instead of printing.</source>
      <translation>L’imprimante {name} est en pause : les documents attendent au lieu de s’imprimer.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/diagnostics/printers/__init__.py" line="349" />
      <source>The printer {name} is refusing new documents ({reason}).</source>
      <translation>L’imprimante {name} refuse les nouveaux documents ({reason}).</translation>
    </message>
    <message>
      <location filename="../../desktop_app/diagnostics/printers/__init__.py" line="350" />
      <source>The printer {name} is refusing new documents.</source>
      <translation>L’imprimante {name} refuse les nouveaux documents.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/diagnostics/printers/__init__.py" line="362" />
      <source>The printer {name} reports: {reason}</source>
      <translation>L’imprimante {name} signale : {reason}</translation>
    </message>
    <message>
      <location filename="../../desktop_app/diagnostics/printers/__init__.py" line="312" />
      <source>The printing service on this computer is not running, so nothing can print.</source>
      <translation>Le service d’impression de cet ordinateur ne fonctionne pas : rien ne peut s’imprimer.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/fixes/printers.py" line="207" />
      <source>There is more than one printer and none is the company's main one: choose your default printer in your printer settings.</source>
      <translation>Il y a plus d’une imprimante et aucune n’est l’imprimante principale de l’entreprise : choisissez votre imprimante par défaut dans les paramètres d’impression.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/diagnostics/printers/__init__.py" line="405" />
      <source>There is no printer to check on this computer.</source>
      <translation>Il n’y a aucune imprimante à vérifier sur cet ordinateur.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/diagnostics/printers/__init__.py" line="328" />
      <source>To add a printer, use your system's printer settings or ask your IT support.</source>
      <translation>Pour ajouter une imprimante, utilisez les paramètres d’impression de votre système ou demandez à votre service informatique.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/diagnostics/printers/__init__.py" line="317" />
      <source>Try again in a moment. If it keeps happening, send a report to your IT support.</source>
      <translation>Réessayez dans un instant. Si cela se reproduit, envoyez un rapport à votre service informatique.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/diagnostics/printers/__init__.py" line="236" />
      <source>a door is open</source>
      <translation>une porte est ouverte</translation>
    </message>
    <message>
      <location filename="../../desktop_app/diagnostics/printers/__init__.py" line="239" />
      <source>a page could not be printed</source>
      <translation>une page n’a pas pu être imprimée</translation>
    </message>
    <message>
      <location filename="../../desktop_app/diagnostics/printers/__init__.py" line="235" />
      <source>a paper jam</source>
      <translation>un bourrage papier</translation>
    </message>
    <message>
      <location filename="../../desktop_app/diagnostics/printers/__init__.py" line="235" />
      <source>a paper problem</source>
      <translation>un problème de papier</translation>
    </message>
    <message>
      <location filename="../../desktop_app/diagnostics/printers/__init__.py" line="239" />
      <source>an error</source>
      <translation>une erreur</translation>
    </message>
    <message>
      <location filename="../../desktop_app/diagnostics/printers/__init__.py" line="239" />
      <source>out of memory</source>
      <translation>mémoire insuffisante</translation>
    </message>
    <message>
      <location filename="../../desktop_app/diagnostics/printers/__init__.py" line="235" />
      <source>out of paper</source>
      <translation>plus de papier</translation>
    </message>
    <message>
      <location filename="../../desktop_app/diagnostics/printers/__init__.py" line="236" />
      <source>out of toner</source>
      <translation>plus de toner</translation>
    </message>
    <message>
      <location filename="../../desktop_app/diagnostics/printers/__init__.py" line="237" />
      <source>someone needs to check the printer</source>
      <translation>quelqu’un doit vérifier l’imprimante</translation>
    </message>
    <message>
      <location filename="../../desktop_app/diagnostics/printers/__init__.py" line="238" />
      <source>the output tray is full</source>
      <translation>le bac de sortie est plein</translation>
    </message>
    <message>
      <location filename="../../desktop_app/diagnostics/printers/__init__.py" line="238" />
      <source>waiting for paper in the manual feed slot</source>
      <translation>en attente de papier dans le chargeur manuel</translation>
    </message>
    <message>
      <location filename="../../desktop_app/diagnostics/printers/__init__.py" line="367" />
      <source>{count} document is stuck in the print queue.</source>
      <translation>{count} document est bloqué dans la file d’attente d’impression.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/diagnostics/printers/__init__.py" line="368" />
      <source>{count} documents are stuck in the print queue.</source>
      <translation>{count} documents sont bloqués dans la file d’attente d’impression.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/diagnostics/printers/__init__.py" line="378" />
      <source>{count} printer installed; this recording does not show whether it is ready.</source>
      <translation>{count} imprimante installée ; cet enregistrement ne montre pas si elle est prête.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/diagnostics/printers/__init__.py" line="385" />
      <source>{count} printer ready.</source>
      <translation>{count} imprimante prête.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/diagnostics/printers/__init__.py" line="382" />
      <source>{count} printer ready. Documents go to {name} by default.</source>
      <translation>{count} imprimante prête. Les documents vont par défaut vers {name}.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/diagnostics/printers/__init__.py" line="379" />
      <source>{count} printers installed; this recording does not show whether they are ready.</source>
      <translation>{count} imprimantes installées ; cet enregistrement ne montre pas si elles sont prêtes.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/diagnostics/printers/__init__.py" line="385" />
      <source>{count} printers ready.</source>
      <translation>{count} imprimantes prêtes.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/diagnostics/printers/__init__.py" line="383" />
      <source>{count} printers ready. Documents go to {name} by default.</source>
      <translation>{count} imprimantes prêtes. Les documents vont par défaut vers {name}.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/fixes/printers.py" line="205" />
      <source>{printer} is already your default printer.</source>
      <translation>{printer} est déjà votre imprimante par défaut.</translation>
    </message>
  </context>
</TS>
