<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
  <context>
    <name>bundle</name>
    <message>
      <location filename="../../desktop_app/bundle/report.py" line="64" />
      <source> (preview only)</source>
      <translation> (aperçu seulement)</translation>
    </message>
    <message>
      <location filename="../../desktop_app/bundle/__init__.py" line="255" />
      <source>Bundle {path} ({size} bytes)</source>
      <translation>Paquet {path} ({size} octets)</translation>
    </message>
    <message>
      <location filename="../../desktop_app/bundle/report.py" line="75" />
      <source>Computer name: {host}</source>
      <translation>Nom de l’ordinateur : {host}</translation>
    </message>
    <message>
      <location filename="../../desktop_app/bundle/report.py" line="80" />
      <source>Disk {mount}: {free} free of {total} ({percent}% used)</source>
      <translation>Disque {mount} : {free} libres sur {total} ({percent} % utilisés)</translation>
    </message>
    <message>
      <location filename="../../desktop_app/bundle/__init__.py" line="255" />
      <source>Files:</source>
      <translation>Fichiers :</translation>
    </message>
    <message>
      <location filename="../../desktop_app/bundle/__init__.py" line="257" />
      <source>Hidden before anything leaves this computer:</source>
      <translation>Masqué avant que quoi que ce soit ne quitte cet ordinateur :</translation>
    </message>
    <message>
      <location filename="../../desktop_app/bundle/report.py" line="101" />
      <source>Left out to keep the bundle small: {what}</source>
      <translation>Retiré pour garder le paquet léger : {what}</translation>
    </message>
    <message>
      <location filename="../../desktop_app/bundle/__init__.py" line="260" />
      <source>Left out: {what}</source>
      <translation>Retiré : {what}</translation>
    </message>
    <message>
      <location filename="../../desktop_app/bundle/report.py" line="86" />
      <source>Network {name}: {ipv4}, gateway {gateway}, DNS {dns}</source>
      <translation>Réseau {name} : {ipv4}, passerelle {gateway}, DNS {dns}</translation>
    </message>
    <message>
      <location filename="../../desktop_app/bundle/report.py" line="69" />
      <source>No fix was tried.</source>
      <translation>Aucune réparation n’a été essayée.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/bundle/report.py" line="53" />
      <source>No overall verdict was recorded.</source>
      <translation>Aucun verdict global n’a été enregistré.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/bundle/report.py" line="54" />
      <source>Nothing failed.</source>
      <translation>Rien n’a échoué.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/bundle/report.py" line="99" />
      <source>Nothing needed hiding.</source>
      <translation>Rien n’avait besoin d’être masqué.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/bundle/report.py" line="74" />
      <source>Operating system: {os}</source>
      <translation>Système : {os}</translation>
    </message>
    <message>
      <location filename="../../desktop_app/bundle/report.py" line="102" />
      <source>Passwords, keys and personal names were replaced by placeholders such as &lt;email-1&gt;; the same value has the same placeholder in every file.</source>
      <translation>Les mots de passe, clés et noms personnels ont été remplacés par des substituts comme &lt;email-1&gt; ; une même valeur a le même substitut dans tous les fichiers.</translation>
    </message>
    <message>
      <location filename="../../desktop_app/bundle/report.py" line="92" />
      <source>Printer {name}: {state}</source>
      <translation>Imprimante {name} : {state}</translation>
    </message>
    <message>
      <location filename="../../desktop_app/bundle/report.py" line="93" />
      <source>Recorded on {platform} by SelfDesk {version} at {created}</source>
      <translation>Enregistré sur {platform} par SelfDesk {version} le {created}</translation>
    </message>
    <message>
      <location filename="../../desktop_app/bundle/report.py" line="109" />
      <location filename="../../desktop_app/bundle/report.py" line="128" />
      <location filename="../../desktop_app/bundle/report.py" line="129" />
      <source>SelfDesk diagnostic report</source>
      <translation>Rapport de diagnostic SelfDesk</translation>
    </message>
    <message>
      <location filename="../../desktop_app/bundle/report.py" line="94" />
      <source>System summary</source>
      <translation>Résumé du système</translation>
    </message>
    <message>
      <location filename="../../desktop_app/bundle/report.py" line="103" />
      <source>To check that no file was changed, run: selfdesk bundle verify BUNDLE.zip (bundle id {bundle_id})</source>
      <translation>Pour vérifier qu’aucun fichier n’a été modifié, lancez : selfdesk bundle verify PAQUET.zip (identifiant du paquet {bundle_id})</translation>
    </message>
    <message>
      <location filename="../../desktop_app/bundle/report.py" line="76" />
      <source>Up for: {hours} hours</source>
      <translation>Allumé depuis : {hours} heures</translation>
    </message>
    <message>
      <location filename="../../desktop_app/bundle/report.py" line="89" />
      <source>VPN {name}: {state}</source>
      <translation>VPN {name} : {state}</translation>
    </message>
    <message>
      <location filename="../../desktop_app/bundle/report.py" line="58" />
      <source>Verdict and what failed</source>
      <translation>Verdict et ce qui a échoué</translation>
    </message>
    <message>
      <location filename="../../desktop_app/bundle/report.py" line="54" />
      <source>What needs attention:</source>
      <translation>Ce qui demande votre attention :</translation>
    </message>
    <message>
      <location filename="../../desktop_app/bundle/report.py" line="104" />
      <source>What was hidden, and how to verify this bundle</source>
      <translation>Ce qui a été masqué, et comment vérifier ce paquet</translation>
    </message>
    <message>
      <location filename="../../desktop_app/bundle/report.py" line="69" />
      <source>What was tried and what happened</source>
      <translation>Ce qui a été essayé et ce qui s’est passé</translation>
    </message>
    <message>
      <location filename="../../desktop_app/bundle/report.py" line="57" />
      <source>Why this bundle was made: {trigger}</source>
      <translation>Pourquoi ce paquet a été créé : {trigger}</translation>
    </message>
    <message>
      <location filename="../../desktop_app/bundle/report.py" line="83" />
      <source>Wi-Fi: {ssid}, signal {signal}%</source>
      <translation>Wi-Fi : {ssid}, signal {signal} %</translation>
    </message>
    <message>
      <location filename="../../desktop_app/bundle/report.py" line="98" />
      <source>{rule}: {count} hidden</source>
      <translation>{rule} : {count} masqué(s)</translation>
    </message>
    <message>
      <location filename="../../desktop_app/bundle/report.py" line="65" />
      <source>{when}: fix {fix} -&gt; {status}{dry}. {message}</source>
      <translation>{when} : réparation {fix} -&gt; {status}{dry}. {message}</translation>
    </message>
  </context>
</TS>
