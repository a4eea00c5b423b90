<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
  <context>
    <name>disk</name>
    <message>
      <location filename="../../desktop_app/diagnostics/disk/volumes.py" line="139" />
      <source>A full disk makes programs slow or stops them saving your work. The cleanup removes temporary files, caches and the trash safely; then move or delete large files you no longer need.</source>
      <translation>Un disque plein ralentit les programmes ou les empêche d’enregistrer votre travail. Le nettoyage supprime sans risque les fichiers temporaires, les caches et la corbeille ; déplacez ou supprimez ensuite les gros fichiers dont vous n’avez plus besoin.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/diagnostics/disk/labels.py" line="10" />
      <source>App and browser caches</source>
      <translation>Caches des applications et des navigateurs</translation>
    </message>
    <message>
      <location filename="../../desktop_app/fixes/disk.py" line="279" />
      <source>Check what was asked for</source>
      <translation>Vérifier ce qui a été demandé</translation>
    </message>
    <message>
      <location filename="../../desktop_app/fixes/disk.py" line="35" />
      <source>Delete temporary files older than a day</source>
      <translation>Supprimer les fichiers temporaires de plus d’un jour</translation>
    </message>
    <message>
      <location filename="../../desktop_app/fixes/disk.py" line="312" />
      <source>Deletes temporary files, app and browser caches and empties the trash. Your documents, downloads, bookmarks, passwords and browsing history are not touched; files in use or read-only are left alone.</source>
      <translation>Supprime les fichiers temporaires et les caches des applications et des navigateurs, et vide la corbeille. Vos documents, téléchargements, favoris, mots de passe et historique de navigation ne sont pas touchés ; les fichiers en cours d’utilisation ou en lecture seule sont laissés en place.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/diagnostics/disk/__init__.py" line="71" />
      <source>Disk space</source>
      <translation>Espace disque</translation>
    </message>
    <message>
      <location filename="../../desktop_app/fixes/disk.py" line="55" />
      <source>Downloads are never deleted automatically: review them yourself in your Downloads folder.</source>
      <translation>Les téléchargements ne sont jamais supprimés automatiquement : faites le tri vous-même dans votre dossier Téléchargements.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/fixes/disk.py" line="36" />
      <source>Empty the app and browser caches (not your bookmarks, passwords or history)</source>
      <translation>Vider les caches des applications et des navigateurs (pas vos favoris, mots de passe ni historique)</translation>
    </message>
    <message>
      <location filename="../../desktop_app/fixes/disk.py" line="37" />
      <source>Empty the trash</source>
      <translation>Vider la corbeille</translation>
    </message>
    <message>
      <location filename="../../desktop_app/diagnostics/disk/volumes.py" line="133" />
      <source>Enough free space: {free} left on {mount} ({percent}% used).</source>
      <translation>Espace libre suffisant : il reste {free} sur {mount} ({percent} % utilisés).</translation>
    </message>
    <message>
      <location filename="../../desktop_app/diagnostics/disk/__init__.py" line="45" />
      <source>Free disk space</source>
      <translation>Espace disque libre</translation>
    </message>
    <message>
      <location filename="../../desktop_app/fixes/disk.py" line="311" />
      <source>Free up disk space</source>
      <translation>Libérer de l’espace disque</translation>
    </message>
    <message>
      <location filename="../../desktop_app/diagnostics/disk/__init__.py" line="64" />
      <source>Largest folders</source>
      <translation>Dossiers les plus volumineux</translation>
    </message>
    <message>
      <location filename="../../desktop_app/diagnostics/disk/labels.py" line="11" />
      <source>Leftover system update files</source>
      <translation>Restes des mises à jour système</translation>
    </message>
    <message>
      <location filename="../../desktop_app/fixes/disk.py" line="56" />
      <source>Leftover system update files need administrator rights: ask IT or use the system's own storage cleanup.</source>
      <translation>Les restes des mises à jour système nécessitent les droits d’administrateur : demandez au service informatique ou utilisez l’outil de nettoyage du système.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/fixes/disk.py" line="283" />
      <source>Measure what you may want to review yourself (nothing there is deleted)</source>
      <translation>Mesurer ce que vous voudrez peut-être trier vous-même (rien n’y est supprimé)</translation>
    </message>
    <message>
      <location filename="../../desktop_app/diagnostics/disk/storage.py" line="157" />
      <source>No folder could be measured in time.</source>
      <translation>Aucun dossier n’a pu être mesuré à temps.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/diagnostics/disk/storage.py" line="160" />
      <source>Not measured in time: {folders}.</source>
      <translation>Non mesurés à temps : {folders}.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/diagnostics/disk/storage.py" line="113" />
      <source>Nothing much to clean up: temporary files, caches and the trash are small.</source>
      <translation>Peu de choses à nettoyer : les fichiers temporaires, les caches et la corbeille occupent peu de place.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/diagnostics/disk/labels.py" line="12" />
      <source>Old files in Downloads</source>
      <translation>Anciens fichiers du dossier Téléchargements</translation>
    </message>
    <message>
      <location filename="../../desktop_app/fixes/disk.py" line="322" />
      <location filename="../../desktop_app/fixes/disk.py" line="301" />
      <location filename="../../desktop_app/fixes/disk.py" line="303" />
      <source>Open the storage settings</source>
      <translation>Ouvrir les paramètres de stockage</translation>
    </message>
    <message>
      <location filename="../../desktop_app/fixes/disk.py" line="323" />
      <source>Opens your computer's Storage settings so you can see what takes up space. Nothing is changed.</source>
      <translation>Ouvre les paramètres de stockage de votre ordinateur pour que vous voyiez ce qui prend de la place. Rien n’est modifié.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/diagnostics/disk/storage.py" line="125" />
      <source>Some folders were too large to measure in time, so these figures are a minimum.</source>
      <translation>Certains dossiers étaient trop gros pour être mesurés à temps : ces chiffres sont donc un minimum.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/fixes/disk.py" line="244" />
      <source>Stopped before the end: run the cleanup again to continue.</source>
      <translation>Arrêté avant la fin : relancez le nettoyage pour continuer.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/diagnostics/disk/labels.py" line="8" />
      <source>Temporary files</source>
      <translation>Fichiers temporaires</translation>
    </message>
    <message>
      <location filename="../../desktop_app/diagnostics/disk/volumes.py" line="136" />
      <source>The disk {mount} is almost full: only {free} left ({percent}% used).</source>
      <translation>Le disque {mount} est presque plein : il ne reste que {free} ({percent} % utilisés).</translation>
    </message>
    <message>
      <location filename="../../desktop_app/diagnostics/disk/volumes.py" line="138" />
      <source>The disk {mount} is filling up: {free} left ({percent}% used).</source>
      <translation>Le disque {mount} se remplit : il reste {free} ({percent} % utilisés).</translation>
    </message>
    <message>
      <location filename="../../desktop_app/diagnostics/disk/storage.py" line="153" />
      <source>The folders in your home folder could not be measured.</source>
      <translation>Les dossiers de votre dossier personnel n’ont pas pu être mesurés.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/diagnostics/disk/volumes.py" line="126" />
      <source>The free space on your disks could not be measured.</source>
      <translation>L’espace libre de vos disques n’a pas pu être mesuré.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/diagnostics/disk/storage.py" line="163" />
      <source>The home folder is too large to measure completely within {seconds} seconds, so this is a partial answer.</source>
      <translation>Le dossier personnel est trop volumineux pour être mesuré entièrement en {seconds} secondes : cette réponse est partielle.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/diagnostics/disk/__init__.py" line="20" />
      <source>There is enough free space on your disks.</source>
      <translation>Il y a assez d’espace libre sur vos disques.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/diagnostics/disk/labels.py" line="9" />
      <source>Trash</source>
      <translation>Corbeille</translation>
    </message>
    <message>
      <location filename="../../desktop_app/fixes/disk.py" line="269" />
      <source>Unknown cleanup category: {names} (choose from {choices}).</source>
      <translation>Catégorie de nettoyage inconnue : {names} (choisissez parmi {choices}).</translation>
    </message>
    <message>
      <location filename="../../desktop_app/diagnostics/disk/__init__.py" line="55" />
      <source>What takes up space</source>
      <translation>Ce qui prend de la place</translation>
    </message>
    <message>
      <location filename="../../desktop_app/diagnostics/disk/storage.py" line="108" />
      <source>What takes up space could not be measured.</source>
      <translation>Ce qui prend de la place n’a pas pu être mesuré.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/diagnostics/disk/storage.py" line="118" />
      <source>Your Downloads folder holds {size} of files older than {days} days: check whether you still need them.</source>
      <translation>Votre dossier Téléchargements contient {size} de fichiers de plus de {days} jours : vérifiez si vous en avez encore besoin.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/diagnostics/disk/__init__.py" line="27" />
      <source>Your disk is running out of space, and there is little to clean automatically: move or delete large files you no longer need.</source>
      <translation>Votre disque manque de place et il y a peu à nettoyer automatiquement : déplacez ou supprimez les gros fichiers dont vous n’avez plus besoin.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/diagnostics/disk/__init__.py" line="25" />
      <source>Your disk is running out of space. The cleanup can safely free {size}.</source>
      <translation>Votre disque manque de place. Le nettoyage peut libérer {size} sans risque.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/diagnostics/disk/storage.py" line="154" />
      <source>Your home folder has no sub-folders to measure.</source>
      <translation>Votre dossier personnel n’a pas de sous-dossier à mesurer.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/diagnostics/disk/storage.py" line="157" />
      <source>Your largest folders: {folders}.</source>
      <translation>Vos dossiers les plus volumineux : {folders}.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/diagnostics/disk/labels.py" line="22" />
      <source>an unknown amount</source>
      <translation>une quantité inconnue</translation>
    </message>
    <message>
      <location filename="../../desktop_app/fixes/disk.py" line="43" />
      <source>another disk</source>
      <translation>sur un autre disque</translation>
    </message>
    <message>
      <location filename="../../desktop_app/diagnostics/disk/storage.py" line="156" />
      <source>at least {size}</source>
      <translation>au moins {size}</translation>
    </message>
    <message>
      <location filename="../../desktop_app/fixes/disk.py" line="44" />
      <source>changed during cleanup</source>
      <translation>modifié pendant le nettoyage</translation>
    </message>
    <message>
      <location filename="../../desktop_app/fixes/disk.py" line="43" />
      <source>in use</source>
      <translation>en cours d’utilisation</translation>
    </message>
    <message>
      <location filename="../../desktop_app/fixes/disk.py" line="43" />
      <source>locked or protected</source>
      <translation>verrouillé ou protégé</translation>
    </message>
    <message>
      <location filename="../../desktop_app/fixes/disk.py" line="44" />
      <source>not a real folder</source>
      <translation>pas un vrai dossier</translation>
    </message>
    <message>
      <location filename="../../desktop_app/fixes/disk.py" line="44" />
      <source>protected folder</source>
      <translation>dossier protégé</translation>
    </message>
    <message>
      <location filename="../../desktop_app/fixes/disk.py" line="43" />
      <source>read-only</source>
      <translation>en lecture seule</translation>
    </message>
    <message>
      <location filename="../../desktop_app/fixes/disk.py" line="43" />
      <source>read-only disk</source>
      <translation>disque en lecture seule</translation>
    </message>
    <message>
      <location filename="../../desktop_app/fixes/disk.py" line="240" />
      <source>{count} item left in place (in use, read-only or protected)</source>
      <translation>{count} élément laissé en place (en cours d’utilisation, en lecture seule ou protégé)</translation>
    </message>
    <message>
      <location filename="../../desktop_app/fixes/disk.py" line="241" />
      <source>{count} items left in place (in use, read-only or protected)</source>
      <translation>{count} éléments laissés en place (en cours d’utilisation, en lecture seule ou protégés)</translation>
    </message>
    <message>
      <location filename="../../desktop_app/diagnostics/disk/storage.py" line="155" />
      <source>{folder} ({size})</source>
      <translation>{folder} ({size})</translation>
    </message>
    <message>
      <location filename="../../desktop_app/diagnostics/disk/storage.py" line="111" />
      <source>{size} can be freed safely ({details}).</source>
      <translation>{size} peuvent être libérés sans risque ({details}).</translation>
    </message>
    <message>
      <location filename="../../desktop_app/fixes/disk.py" line="206" />
      <source>{title}: {size} ({files} file)</source>
      <translation>{title} : {size} ({files} fichier)</translation>
    </message>
    <message>
      <location filename="../../desktop_app/fixes/disk.py" line="206" />
      <source>{title}: {size} ({files} files)</source>
      <translation>{title} : {size} ({files} fichiers)</translation>
    </message>
    <message>
      <location filename="../../desktop_app/fixes/disk.py" line="203" />
      <source>{title}: {size} freed ({files} file)</source>
      <translation>{title} : {size} libérés ({files} fichier)</translation>
    </message>
    <message>
      <location filename="../../desktop_app/fixes/disk.py" line="203" />
      <source>{title}: {size} freed ({files} files)</source>
      <translation>{title} : {size} libérés ({files} fichiers)</translation>
    </message>
    <message>
      <location filename="../../desktop_app/diagnostics/disk/labels.py" line="30" />
      <source>{value} GB</source>
      <translation>{value} Go</translation>
    </message>
    <message>
      <location filename="../../desktop_app/diagnostics/disk/labels.py" line="26" />
      <source>{value} KB</source>
      <translation>{value} Ko</translation>
    </message>
    <message>
      <location filename="../../desktop_app/diagnostics/disk/labels.py" line="28" />
      <source>{value} MB</source>
      <translation>{value} Mo</translation>
    </message>
    <message>
      <location filename="../../desktop_app/diagnostics/disk/labels.py" line="31" />
      <source>{value} TB</source>
      <translation>{value} To</translation>
    </message>
  </context>
</TS>
