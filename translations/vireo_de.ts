<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>AccessText</name>
    <message>
        <location filename="../engine/storage/PathAccess.cpp" line="176" />
        <source>There is no user %1 on this computer.</source>
        <translation>Auf diesem Rechner gibt es keinen Benutzer %1.</translation>
    </message>
    <message>
        <location filename="../engine/storage/PathAccess.cpp" line="212" />
        <source>Could not change the permissions of %1: %2</source>
        <translation>Die Zugriffsrechte von %1 konnten nicht geändert werden: %2</translation>
    </message>
    <message>
        <location filename="../engine/storage/PathAccess.cpp" line="220" />
        <source>Could not give %1 access to %2: %3</source>
        <translation>%1 konnte kein Zugriff auf %2 gegeben werden: %3</translation>
    </message>
    <message>
        <location filename="../engine/storage/PathAccess.cpp" line="270" />
        <source>QEMU runs as %1, which cannot reach %2: %3 %4 private to its owner. Vireo can let %1 pass through (search only, nothing listed or read): setfacl -m u:%1:x %5</source>
        <translation>QEMU läuft als %1, der %2 nicht erreicht: %3 %4 nur für den Eigentümer zugänglich. Vireo kann %1 den Durchgang erlauben (nur durchqueren, nichts auflisten oder lesen): setfacl -m u:%1:x %5</translation>
    </message>
    <message>
        <location filename="../engine/storage/PathAccess.cpp" line="274" />
        <source>is</source>
        <translation>ist</translation>
    </message>
    <message>
        <location filename="../engine/storage/PathAccess.cpp" line="274" />
        <source>are</source>
        <translation>sind</translation>
    </message>
</context>
<context>
    <name>ActionRulesText</name>
    <message>
        <location filename="../engine/domains/ActionRules.cpp" line="35" />
        <source>The connection is read-only.</source>
        <translation>Die Verbindung ist schreibgeschützt.</translation>
    </message>
    <message>
        <location filename="../engine/domains/ActionRules.cpp" line="41" />
        <source>%1 is a template: it is never started, so its disks stay as its instances saw them. Make an instance of it (New Instance), or Convert to VM.</source>
        <translation>%1 ist eine Vorlage: Sie wird nie gestartet, damit ihre Festplatten so bleiben, wie ihre Instanzen sie gesehen haben. Erstellen Sie eine Instanz davon (Neue Instanz) oder wandeln Sie sie in eine VM um.</translation>
    </message>
    <message>
        <location filename="../engine/domains/ActionRules.cpp" line="45" />
        <source>The machine is already running.</source>
        <translation>Die Maschine läuft bereits.</translation>
    </message>
    <message>
        <location filename="../engine/domains/ActionRules.cpp" line="49" />
        <source>Only a running machine can be shut down.</source>
        <translation>Nur eine laufende Maschine kann heruntergefahren werden.</translation>
    </message>
    <message>
        <location filename="../engine/domains/ActionRules.cpp" line="53" />
        <source>Only a running machine can be rebooted.</source>
        <translation>Nur eine laufende Maschine kann neu gestartet werden.</translation>
    </message>
    <message>
        <location filename="../engine/domains/ActionRules.cpp" line="55" />
        <source>The machine is not running.</source>
        <translation>Die Maschine läuft nicht.</translation>
    </message>
    <message>
        <location filename="../engine/domains/ActionRules.cpp" line="59" />
        <source>Only a running machine can be reset.</source>
        <translation>Nur eine laufende Maschine kann zurückgesetzt werden.</translation>
    </message>
    <message>
        <location filename="../engine/domains/ActionRules.cpp" line="62" />
        <source>Only a running machine can be paused.</source>
        <translation>Nur eine laufende Maschine kann angehalten werden.</translation>
    </message>
    <message>
        <location filename="../engine/domains/ActionRules.cpp" line="66" />
        <source>The machine is not paused.</source>
        <translation>Die Maschine ist nicht angehalten.</translation>
    </message>
    <message>
        <location filename="../engine/domains/ActionRules.cpp" line="69" />
        <source>A transient machine cannot be saved.</source>
        <translation>Eine flüchtige Maschine kann nicht gesichert werden.</translation>
    </message>
    <message>
        <location filename="../engine/domains/ActionRules.cpp" line="72" />
        <source>A machine with a virtiofs shared folder cannot be saved: QEMU cannot keep the folder's state. Shut it down instead, or remove the folder.</source>
        <translation>Eine Maschine mit einem über virtiofs freigegebenen Ordner kann nicht gesichert werden: QEMU kann den Zustand des Ordners nicht festhalten. Fahren Sie sie stattdessen herunter oder entfernen Sie den Ordner.</translation>
    </message>
    <message>
        <location filename="../engine/domains/ActionRules.cpp" line="77" />
        <source>Only a running or paused machine can be saved.</source>
        <translation>Nur eine laufende oder angehaltene Maschine kann gesichert werden.</translation>
    </message>
    <message>
        <location filename="../engine/domains/ActionRules.cpp" line="80" />
        <source>The machine has no saved state.</source>
        <translation>Die Maschine hat keinen gesicherten Zustand.</translation>
    </message>
    <message>
        <location filename="../engine/domains/ActionRules.cpp" line="85" />
        <source>Shut the machine off to rename it.</source>
        <translation>Schalten Sie die Maschine aus, um sie umzubenennen.</translation>
    </message>
    <message>
        <location filename="../engine/domains/ActionRules.cpp" line="87" />
        <source>A transient machine cannot be renamed.</source>
        <translation>Eine flüchtige Maschine kann nicht umbenannt werden.</translation>
    </message>
    <message>
        <location filename="../engine/domains/ActionRules.cpp" line="90" />
        <source>Start the machine or discard its saved state to rename it.</source>
        <translation>Starten Sie die Maschine oder verwerfen Sie ihren gesicherten Zustand, um sie umzubenennen.</translation>
    </message>
    <message>
        <location filename="../engine/domains/ActionRules.cpp" line="99" />
        <source>The connection is read-only: the hardware can be seen, not changed.</source>
        <translation>Die Verbindung ist schreibgeschützt: Die Hardware kann angesehen, aber nicht geändert werden.</translation>
    </message>
    <message>
        <location filename="../engine/domains/ActionRules.cpp" line="102" />
        <source>The machine has a saved state, which holds its hardware: start it, or discard the saved state, to change it.</source>
        <translation>Die Maschine hat einen gesicherten Zustand, der ihre Hardware festhält: Starten Sie sie oder verwerfen Sie den gesicherten Zustand, um sie zu ändern.</translation>
    </message>
    <message>
        <location filename="../engine/domains/ActionRules.cpp" line="105" />
        <source>A transient machine has no definition to edit.</source>
        <translation>Eine flüchtige Maschine hat keine Definition, die bearbeitet werden könnte.</translation>
    </message>
    <message>
        <location filename="../engine/domains/ActionRules.cpp" line="107" />
        <source>The machine is gone.</source>
        <translation>Die Maschine ist nicht mehr da.</translation>
    </message>
    <message>
        <location filename="../engine/domains/ActionRules.cpp" line="128" />
        <source>Restore</source>
        <translation>Wiederherstellen</translation>
    </message>
    <message>
        <location filename="../engine/domains/ActionRules.cpp" line="129" />
        <source>Start</source>
        <translation>Starten</translation>
    </message>
    <message>
        <location filename="../engine/domains/ActionRules.cpp" line="131" />
        <source>Shut Down</source>
        <translation>Herunterfahren</translation>
    </message>
    <message>
        <location filename="../engine/domains/ActionRules.cpp" line="133" />
        <source>Reboot</source>
        <translation>Neu starten</translation>
    </message>
    <message>
        <location filename="../engine/domains/ActionRules.cpp" line="135" />
        <source>Force Off</source>
        <translation>Ausschalten erzwingen</translation>
    </message>
    <message>
        <location filename="../engine/domains/ActionRules.cpp" line="137" />
        <source>Force Reset</source>
        <translation>Zurücksetzen erzwingen</translation>
    </message>
    <message>
        <location filename="../engine/domains/ActionRules.cpp" line="139" />
        <source>Pause</source>
        <translation>Anhalten</translation>
    </message>
    <message>
        <location filename="../engine/domains/ActionRules.cpp" line="141" />
        <source>Resume</source>
        <translation>Fortsetzen</translation>
    </message>
    <message>
        <location filename="../engine/domains/ActionRules.cpp" line="143" />
        <source>Save</source>
        <translation>Sichern</translation>
    </message>
    <message>
        <location filename="../engine/domains/ActionRules.cpp" line="145" />
        <source>Discard Saved State</source>
        <translation>Gesicherten Zustand verwerfen</translation>
    </message>
    <message>
        <location filename="../engine/domains/ActionRules.cpp" line="147" />
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <location filename="../engine/domains/ActionRules.cpp" line="149" />
        <source>Rename</source>
        <translation>Umbenennen</translation>
    </message>
</context>
<context>
    <name>AddressText</name>
    <message>
        <location filename="../engine/domains/GuestAddresses.cpp" line="49" />
        <source>from the DHCP lease</source>
        <translation>aus der DHCP-Zuweisung</translation>
    </message>
    <message>
        <location filename="../engine/domains/GuestAddresses.cpp" line="50" />
        <source>from the guest agent</source>
        <translation>vom Gastagenten</translation>
    </message>
    <message>
        <location filename="../engine/domains/GuestAddresses.cpp" line="51" />
        <source>from the ARP table</source>
        <translation>aus der ARP-Tabelle</translation>
    </message>
    <message>
        <location filename="../engine/domains/GuestAddresses.cpp" line="52" />
        <source>%1/%2 (%3, %4)</source>
        <translation>%1/%2 (%3, %4)</translation>
    </message>
</context>
<context>
    <name>ApplyText</name>
    <message>
        <location filename="../engine/hardware/HardwareApply.cpp" line="100" />
        <source>The running VM has no device %1.</source>
        <translation>Die laufende VM hat kein Gerät %1.</translation>
    </message>
    <message>
        <location filename="../engine/hardware/HardwareApply.cpp" line="167" />
        <source>Could not change the hardware of '%1'.</source>
        <translation>Die Hardware von „%1“ konnte nicht geändert werden.</translation>
    </message>
    <message>
        <location filename="../engine/hardware/HardwareApply.cpp" line="172" />
        <source>No change was given.</source>
        <translation>Es wurde keine Änderung angegeben.</translation>
    </message>
    <message>
        <location filename="../engine/hardware/HardwareApply.cpp" line="181" />
        <source>The VM has no definition to change.</source>
        <translation>Die VM hat keine Definition, die geändert werden könnte.</translation>
    </message>
    <message>
        <location filename="../engine/hardware/HardwareApply.cpp" line="182" />
        <source>The VM is not running, so nothing can change in the running VM only.</source>
        <translation>Die VM läuft nicht, also kann sich nichts nur in der laufenden VM ändern.</translation>
    </message>
    <message>
        <location filename="../engine/hardware/HardwareApply.cpp" line="197" />
        <source>this can only change when the VM next starts.</source>
        <translation>das kann sich erst beim nächsten Start der VM ändern.</translation>
    </message>
    <message>
        <location filename="../engine/hardware/HardwareApply.cpp" line="292" />
        <source>the running VM has no free PCIe slot; a slot is added for the next boot</source>
        <translation>die laufende VM hat keinen freien PCIe-Steckplatz; für den nächsten Start wird einer hinzugefügt</translation>
    </message>
    <message>
        <location filename="../engine/hardware/HardwareApply.cpp" line="303" />
        <source>the running VM did not take it: %1</source>
        <translation>die laufende VM hat es nicht übernommen: %1</translation>
    </message>
    <message>
        <location filename="../engine/hardware/HardwareResolve.cpp" line="107" />
        <source>%1 is more than the host has (%2).</source>
        <translation>%1 ist mehr, als der Rechner hat (%2).</translation>
    </message>
    <message>
        <location filename="../engine/hardware/HardwareResolve.cpp" line="110" />
        <source>%1 is less than most operating systems need.</source>
        <translation>%1 ist weniger, als die meisten Betriebssysteme brauchen.</translation>
    </message>
    <message>
        <location filename="../engine/hardware/HardwareResolve.cpp" line="116" />
        <source>A VM needs at least one vCPU.</source>
        <translation>Eine VM braucht mindestens eine vCPU.</translation>
    </message>
    <message>
        <location filename="../engine/hardware/HardwareResolve.cpp" line="118" />
        <source>The machine type %1 takes at most %2 vCPUs.</source>
        <translation>Der Maschinentyp %1 nimmt höchstens %2 vCPUs.</translation>
    </message>
    <message>
        <location filename="../engine/hardware/HardwareResolve.cpp" line="126" />
        <source>The host has no CPU %1 (its CPUs are 0-%2).</source>
        <translation>Der Rechner hat keine CPU %1 (seine CPUs sind 0-%2).</translation>
    </message>
    <message>
        <location filename="../engine/hardware/HardwareResolve.cpp" line="153" />
        <source>The host cannot run CPU model %1.</source>
        <translation>Der Rechner kann das CPU-Modell %1 nicht ausführen.</translation>
    </message>
    <message>
        <location filename="../engine/hardware/HardwareResolve.cpp" line="159" />
        <source>This VM boots a kernel file directly: with a boot order, its firmware tries those devices first.</source>
        <translation>Diese VM startet direkt eine Kernel-Datei: Mit einer Startreihenfolge probiert ihre Firmware zuerst diese Geräte.</translation>
    </message>
    <message>
        <location filename="../engine/hardware/HardwareResolve.cpp" line="164" />
        <location filename="../engine/hardware/HardwareResolve.cpp" line="184" />
        <source>%1 does not exist on the host.</source>
        <translation>%1 existiert auf dem Rechner nicht.</translation>
    </message>
    <message>
        <location filename="../engine/hardware/HardwareResolve.cpp" line="180" />
        <source>The VM already has a disk %1.</source>
        <translation>Die VM hat bereits eine Festplatte %1.</translation>
    </message>
    <message>
        <location filename="../engine/hardware/HardwareResolve.cpp" line="186" />
        <source>%1 is in use, writable, by the VM '%2'.</source>
        <translation>%1 wird von der VM „%2“ beschreibbar genutzt.</translation>
    </message>
    <message>
        <location filename="../engine/hardware/HardwareResolve.cpp" line="192" />
        <source>A new disk needs a size.</source>
        <translation>Eine neue Festplatte braucht eine Größe.</translation>
    </message>
    <message>
        <location filename="../engine/hardware/HardwareResolve.cpp" line="196" />
        <source>There is no storage pool '%1'.</source>
        <translation>Es gibt keinen Speicherpool „%1“.</translation>
    </message>
    <message>
        <location filename="../engine/hardware/HardwareResolve.cpp" line="203" />
        <source>%1 is more than the %2 free in pool '%3' (confirm to create it anyway: it grows as the guest writes).</source>
        <translation>%1 ist mehr als die %2, die im Pool „%3“ frei sind (bestätigen Sie, um sie trotzdem anzulegen: Sie wächst, wenn der Gast schreibt).</translation>
    </message>
    <message>
        <location filename="../engine/hardware/HardwareResolve.cpp" line="219" />
        <source>'%1' is not a MAC address (like 52:54:00:12:34:56).</source>
        <translation>„%1“ ist keine MAC-Adresse (wie 52:54:00:12:34:56).</translation>
    </message>
    <message>
        <location filename="../engine/hardware/HardwareResolve.cpp" line="222" />
        <source>The VM already has a NIC with MAC %1.</source>
        <translation>Die VM hat bereits eine Netzwerkkarte mit der MAC %1.</translation>
    </message>
    <message>
        <location filename="../engine/hardware/HardwareResolve.cpp" line="224" />
        <source>The MAC %1 is used by the VM '%2'.</source>
        <translation>Die MAC %1 wird von der VM „%2“ genutzt.</translation>
    </message>
    <message>
        <location filename="../engine/hardware/HardwareResolve.cpp" line="231" />
        <source>There is no virtual network '%1'.</source>
        <translation>Es gibt kein virtuelles Netz „%1“.</translation>
    </message>
    <message>
        <location filename="../engine/hardware/HardwareResolve.cpp" line="240" />
        <source>The VM has no device %1.</source>
        <translation>Die VM hat kein Gerät %1.</translation>
    </message>
    <message>
        <location filename="../engine/hardware/HardwareResolve.cpp" line="258" />
        <source>No pool %1.</source>
        <translation>Kein Pool %1.</translation>
    </message>
    <message>
        <location filename="../engine/hardware/HardwareResolve.cpp" line="272" />
        <source>Only qcow2 disks can be encrypted.</source>
        <translation>Nur qcow2-Festplatten können verschlüsselt werden.</translation>
    </message>
    <message>
        <location filename="../engine/hardware/HardwareResolve.cpp" line="288" />
        <source>The passphrase could not be kept in the keyring: %1</source>
        <translation>Die Passphrase konnte nicht im Schlüsselbund aufbewahrt werden: %1</translation>
    </message>
    <message>
        <location filename="../engine/hardware/HardwareResolve.cpp" line="306" />
        <source>Could not create the volume %1.</source>
        <translation>Der Datenträger %1 konnte nicht angelegt werden.</translation>
    </message>
</context>
<context>
    <name>AskpassText</name>
    <message>
        <location filename="../engine/core/Askpass.cpp" line="74" />
        <source>ssh asks again: the answer was not accepted.</source>
        <translation>ssh fragt erneut: Die Antwort wurde nicht angenommen.</translation>
    </message>
    <message>
        <location filename="../engine/core/Askpass.cpp" line="122" />
        <source>%1 is missing: ssh cannot ask for passwords through Vireo.</source>
        <translation>%1 fehlt: ssh kann nicht über Vireo nach Passwörtern fragen.</translation>
    </message>
</context>
<context>
    <name>AuditText</name>
    <message>
        <location filename="../engine/security/SecurityAudit.cpp" line="70" />
        <source>Display (%1)</source>
        <translation>Anzeige (%1)</translation>
    </message>
    <message>
        <location filename="../engine/security/SecurityAudit.cpp" line="73" />
        <source>Reached through libvirt only (a unix socket): no network port.</source>
        <translation>Nur über libvirt erreichbar (ein Unix-Socket): kein Netzwerkport.</translation>
    </message>
    <message>
        <location filename="../engine/security/SecurityAudit.cpp" line="77" />
        <source>The host's default listen address (127.0.0.1 unless qemu.conf says otherwise).</source>
        <translation>Die voreingestellte Lauschadresse des Rechners (127.0.0.1, sofern qemu.conf nichts anderes sagt).</translation>
    </message>
    <message>
        <location filename="../engine/security/SecurityAudit.cpp" line="82" />
        <source>Listens on %1: only this computer reaches it.</source>
        <translation>Lauscht auf %1: Nur dieser Rechner erreicht sie.</translation>
    </message>
    <message>
        <location filename="../engine/security/SecurityAudit.cpp" line="86" />
        <source> Its definition already listens on this computer only: shut it down and start it again.</source>
        <translation> Ihre Definition lauscht schon nur auf diesem Rechner: Fahren Sie sie herunter und starten Sie sie erneut.</translation>
    </message>
    <message>
        <location filename="../engine/security/SecurityAudit.cpp" line="91" />
        <source>Listens on %1, encrypted with TLS.</source>
        <translation>Lauscht auf %1, mit TLS verschlüsselt.</translation>
    </message>
    <message>
        <location filename="../engine/security/SecurityAudit.cpp" line="94" />
        <source>Listens on %1, a password protects it (sent without encryption over the network: prefer 127.0.0.1 and SSH).</source>
        <translation>Lauscht auf %1, ein Passwort schützt sie (es geht unverschlüsselt über das Netz: besser 127.0.0.1 und SSH).</translation>
    </message>
    <message>
        <location filename="../engine/security/SecurityAudit.cpp" line="101" />
        <source>Listens on %1; a read-only connection cannot see whether a password protects it.</source>
        <translation>Lauscht auf %1; eine schreibgeschützte Verbindung kann nicht sehen, ob ein Passwort sie schützt.</translation>
    </message>
    <message>
        <location filename="../engine/security/SecurityAudit.cpp" line="106" />
        <source>Anyone who reaches %1 sees and controls this VM's screen: no password, no TLS.</source>
        <translation>Wer %1 erreicht, sieht und steuert den Bildschirm dieser VM: kein Passwort, kein TLS.</translation>
    </message>
    <message>
        <location filename="../engine/security/SecurityAudit.cpp" line="119" />
        <source>Firewall of %1</source>
        <translation>Firewall von %1</translation>
    </message>
    <message>
        <location filename="../engine/security/SecurityAudit.cpp" line="123" />
        <source>None: its traffic is not filtered (it can reach other VMs and send with any address).</source>
        <translation>Keine: Ihr Verkehr wird nicht gefiltert (sie erreicht andere VMs und kann mit jeder Adresse senden).</translation>
    </message>
    <message>
        <location filename="../engine/security/SecurityAudit.cpp" line="128" />
        <source>User-mode networking: not filterable; the VM reaches out through QEMU only and nothing reaches in.</source>
        <translation>Benutzermodus-Netzwerk: nicht filterbar; die VM erreicht die Außenwelt nur über QEMU, und nichts erreicht sie.</translation>
    </message>
    <message>
        <location filename="../engine/security/SecurityAudit.cpp" line="138" />
        <source>%1 applied by libvirt.</source>
        <translation>%1 von libvirt angewendet.</translation>
    </message>
    <message>
        <location filename="../engine/security/SecurityAudit.cpp" line="141" />
        <source>%1 is configured but libvirt applies no filter to this card (a card of this kind cannot carry one).</source>
        <translation>%1 ist eingestellt, aber libvirt wendet keinen Filter auf diese Karte an (eine Karte dieser Art kann keinen tragen).</translation>
    </message>
    <message>
        <location filename="../engine/security/SecurityAudit.cpp" line="153" />
        <source>%1 (the host does not report what is applied).</source>
        <translation>%1 (der Rechner meldet nicht, was angewendet wird).</translation>
    </message>
    <message>
        <location filename="../engine/security/SecurityAudit.cpp" line="154" />
        <source>%1, applied when it starts.</source>
        <translation>%1, angewendet beim Start.</translation>
    </message>
    <message>
        <location filename="../engine/security/SecurityAudit.cpp" line="167" />
        <location filename="../engine/security/SecurityAudit.cpp" line="170" />
        <source>Disk %1</source>
        <translation>Festplatte %1</translation>
    </message>
    <message>
        <location filename="../engine/security/SecurityAudit.cpp" line="168" />
        <source>Not encrypted: whoever reads the image file reads the guest's data.</source>
        <translation>Nicht verschlüsselt: Wer die Abbilddatei liest, liest die Daten des Gasts.</translation>
    </message>
    <message>
        <location filename="../engine/security/SecurityAudit.cpp" line="171" />
        <source>Encrypted (%1), its passphrase a libvirt secret.</source>
        <translation>Verschlüsselt (%1), die Passphrase ist ein libvirt-Geheimnis.</translation>
    </message>
    <message>
        <location filename="../engine/security/SecurityAudit.cpp" line="180" />
        <source>Secure Boot</source>
        <translation>Secure Boot</translation>
    </message>
    <message>
        <location filename="../engine/security/SecurityAudit.cpp" line="181" />
        <source>On: the firmware starts signed boot loaders only.</source>
        <translation>Ein: Die Firmware startet nur signierte Bootloader.</translation>
    </message>
    <message>
        <location filename="../engine/security/SecurityAudit.cpp" line="183" />
        <source>Off: UEFI without Secure Boot.</source>
        <translation>Aus: UEFI ohne Secure Boot.</translation>
    </message>
    <message>
        <location filename="../engine/security/SecurityAudit.cpp" line="184" />
        <source>Off: BIOS firmware has no Secure Boot.</source>
        <translation>Aus: BIOS-Firmware hat kein Secure Boot.</translation>
    </message>
    <message>
        <location filename="../engine/security/SecurityAudit.cpp" line="186" />
        <source>TPM</source>
        <translation>TPM</translation>
    </message>
    <message>
        <location filename="../engine/security/SecurityAudit.cpp" line="187" />
        <source>A virtual TPM (measured boot, disk keys).</source>
        <translation>Ein virtuelles TPM (Measured Boot, Festplattenschlüssel).</translation>
    </message>
    <message>
        <location filename="../engine/security/SecurityAudit.cpp" line="188" />
        <location filename="../engine/security/SecurityAudit.cpp" line="365" />
        <source>None.</source>
        <translation>Keines.</translation>
    </message>
    <message>
        <location filename="../engine/security/SecurityAudit.cpp" line="201" />
        <location filename="../engine/security/SecurityAudit.cpp" line="203" />
        <location filename="../engine/security/SecurityAudit.cpp" line="207" />
        <source>Clipboard</source>
        <translation>Zwischenablage</translation>
    </message>
    <message>
        <location filename="../engine/security/SecurityAudit.cpp" line="201" />
        <source>Not shared.</source>
        <translation>Nicht geteilt.</translation>
    </message>
    <message>
        <location filename="../engine/security/SecurityAudit.cpp" line="204" />
        <source>From this computer to the guest only: nothing copied in the guest reaches this computer.</source>
        <translation>Nur von diesem Rechner zum Gast: Nichts, was im Gast kopiert wird, erreicht diesen Rechner.</translation>
    </message>
    <message>
        <location filename="../engine/security/SecurityAudit.cpp" line="208" />
        <source>Shared both ways through Vireo's console.</source>
        <translation>In beide Richtungen über die Konsole von Vireo geteilt.</translation>
    </message>
    <message>
        <location filename="../engine/security/SecurityAudit.cpp" line="210" />
        <location filename="../engine/security/SecurityAudit.cpp" line="212" />
        <source>USB redirection</source>
        <translation>USB-Umleitung</translation>
    </message>
    <message>
        <location filename="../engine/security/SecurityAudit.cpp" line="210" />
        <location filename="../engine/security/SecurityAudit.cpp" line="217" />
        <source>Not allowed.</source>
        <translation>Nicht erlaubt.</translation>
    </message>
    <message numerus="yes">
        <location filename="../engine/security/SecurityAudit.cpp" line="214" />
        <source>Allowed: %n redirection channel(s).</source>
        <translation>
            <numerusform>Erlaubt: %n Umleitungskanal.</numerusform>
            <numerusform>Erlaubt: %n Umleitungskanäle.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../engine/security/SecurityAudit.cpp" line="215" />
        <source>Allowed (no redirection channel now).</source>
        <translation>Erlaubt (derzeit kein Umleitungskanal).</translation>
    </message>
    <message>
        <location filename="../engine/security/SecurityAudit.cpp" line="217" />
        <location filename="../engine/security/SecurityAudit.cpp" line="219" />
        <source>File sharing</source>
        <translation>Dateifreigabe</translation>
    </message>
    <message numerus="yes">
        <location filename="../engine/security/SecurityAudit.cpp" line="220" />
        <source>Allowed: %n folder(s) of this computer shared.</source>
        <translation>
            <numerusform>Erlaubt: %n Ordner dieses Rechners geteilt.</numerusform>
            <numerusform>Erlaubt: %n Ordner dieses Rechners geteilt.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../engine/security/SecurityAudit.cpp" line="222" />
        <source>Allowed (no folder shared now).</source>
        <translation>Erlaubt (derzeit kein Ordner geteilt).</translation>
    </message>
    <message>
        <location filename="../engine/security/SecurityAudit.cpp" line="223" />
        <source>Guest agent</source>
        <translation>Gastagent</translation>
    </message>
    <message>
        <location filename="../engine/security/SecurityAudit.cpp" line="224" />
        <source>On: the host may ask the guest (its addresses, a clean shutdown, frozen file systems for snapshots).</source>
        <translation>Ein: Der Rechner darf den Gast fragen (seine Adressen, sauberes Herunterfahren, eingefrorene Dateisysteme für Schnappschüsse).</translation>
    </message>
    <message>
        <location filename="../engine/security/SecurityAudit.cpp" line="226" />
        <source>Off.</source>
        <translation>Aus.</translation>
    </message>
    <message>
        <location filename="../engine/security/SecurityAudit.cpp" line="232" />
        <source>Confinement</source>
        <translation>Einschränkung</translation>
    </message>
    <message>
        <location filename="../engine/security/SecurityAudit.cpp" line="236" />
        <location filename="../engine/security/SecurityAudit.cpp" line="255" />
        <location filename="../engine/security/SecurityAudit.cpp" line="294" />
        <source>Not reported by this driver.</source>
        <translation>Von diesem Treiber nicht gemeldet.</translation>
    </message>
    <message>
        <location filename="../engine/security/SecurityAudit.cpp" line="241" />
        <source>The host runs QEMU without a security driver (no sVirt label): a guest escaping QEMU reaches every VM's files. Enable AppArmor or SELinux on the host (security_driver in qemu.conf).</source>
        <translation>Der Rechner führt QEMU ohne Sicherheitstreiber aus (kein sVirt-Label): Ein Gast, der aus QEMU ausbricht, erreicht die Dateien jeder VM. Schalten Sie AppArmor oder SELinux auf dem Rechner ein (security_driver in qemu.conf).</translation>
    </message>
    <message>
        <location filename="../engine/security/SecurityAudit.cpp" line="247" />
        <source>%1 confines QEMU when it runs.</source>
        <translation>%1 schränkt QEMU ein, wenn sie läuft.</translation>
    </message>
    <message>
        <location filename="../engine/security/SecurityAudit.cpp" line="268" />
        <source>QEMU runs without a security label: a guest escaping QEMU reaches every VM's files.</source>
        <translation>QEMU läuft ohne Sicherheitslabel: Ein Gast, der aus QEMU ausbricht, erreicht die Dateien jeder VM.</translation>
    </message>
    <message>
        <location filename="../engine/security/SecurityAudit.cpp" line="272" />
        <source>%1: %2, enforcing.</source>
        <translation>%1: %2, durchgesetzt.</translation>
    </message>
    <message>
        <location filename="../engine/security/SecurityAudit.cpp" line="275" />
        <source>%1: %2, not enforcing (complain mode): violations are only logged.</source>
        <translation>%1: %2, nicht durchgesetzt (Beschwerdemodus): Verstöße werden nur protokolliert.</translation>
    </message>
    <message>
        <location filename="../engine/security/SecurityAudit.cpp" line="284" />
        <source>Runs as</source>
        <translation>Läuft als</translation>
    </message>
    <message>
        <location filename="../engine/security/SecurityAudit.cpp" line="286" />
        <source>Not running.</source>
        <translation>Läuft nicht.</translation>
    </message>
    <message>
        <location filename="../engine/security/SecurityAudit.cpp" line="299" />
        <source>QEMU runs as root: a guest escaping QEMU owns the host. Set user and group in /etc/libvirt/qemu.conf.</source>
        <translation>QEMU läuft als root: Ein Gast, der aus QEMU ausbricht, beherrscht den Rechner. Setzen Sie user und group in /etc/libvirt/qemu.conf.</translation>
    </message>
    <message>
        <location filename="../engine/security/SecurityAudit.cpp" line="308" />
        <source>QEMU runs as %1 (uid %2), not root.</source>
        <translation>QEMU läuft als %1 (uid %2), nicht als root.</translation>
    </message>
    <message>
        <location filename="../engine/security/SecurityAudit.cpp" line="311" />
        <source>QEMU runs as uid %1, not root.</source>
        <translation>QEMU läuft als uid %1, nicht als root.</translation>
    </message>
    <message>
        <location filename="../engine/security/SecurityAudit.cpp" line="356" />
        <source>Definition</source>
        <translation>Definition</translation>
    </message>
    <message>
        <location filename="../engine/security/SecurityAudit.cpp" line="357" />
        <source>libvirt did not give its definition.</source>
        <translation>libvirt hat ihre Definition nicht geliefert.</translation>
    </message>
    <message>
        <location filename="../engine/security/SecurityAudit.cpp" line="365" />
        <source>Display</source>
        <translation>Anzeige</translation>
    </message>
    <message>
        <location filename="../engine/security/SecurityAudit.cpp" line="457" />
        <location filename="../engine/security/SecurityAudit.cpp" line="477" />
        <location filename="../engine/security/SecurityAudit.cpp" line="530" />
        <source>The VM is gone.</source>
        <translation>Die VM ist nicht mehr da.</translation>
    </message>
    <message>
        <location filename="../engine/security/SecurityAudit.cpp" line="465" />
        <location filename="../engine/security/SecurityAudit.cpp" line="540" />
        <source>Could not change the display.</source>
        <translation>Die Anzeige konnte nicht geändert werden.</translation>
    </message>
    <message>
        <location filename="../engine/security/SecurityAudit.cpp" line="474" />
        <source>Security view</source>
        <translation>Sicherheitsansicht</translation>
    </message>
    <message>
        <location filename="../engine/security/SecurityAudit.cpp" line="488" />
        <source>Security view of the host</source>
        <translation>Sicherheitsansicht des Rechners</translation>
    </message>
    <message>
        <location filename="../engine/security/SecurityAudit.cpp" line="526" />
        <source>Listen on this computer only</source>
        <translation>Nur auf diesem Rechner lauschen</translation>
    </message>
    <message>
        <location filename="../engine/security/SecurityAudit.cpp" line="536" />
        <source>Nothing to change.</source>
        <translation>Nichts zu ändern.</translation>
    </message>
    <message>
        <location filename="../engine/security/SecurityAudit.cpp" line="543" />
        <source>From its next start the display listens on 127.0.0.1 only: shut it down and start it again.</source>
        <translation>Ab ihrem nächsten Start lauscht die Anzeige nur auf 127.0.0.1: Fahren Sie sie herunter und starten Sie sie erneut.</translation>
    </message>
    <message>
        <location filename="../engine/security/SecurityAudit.cpp" line="545" />
        <source>The display listens on 127.0.0.1 only.</source>
        <translation>Die Anzeige lauscht nur auf 127.0.0.1.</translation>
    </message>
    <message>
        <location filename="../engine/security/SecurityAudit.cpp" line="571" />
        <source> (running)</source>
        <translation> (läuft)</translation>
    </message>
</context>
<context>
    <name>AuthText</name>
    <message>
        <location filename="../engine/core/Authenticator.cpp" line="112" />
        <source>this computer</source>
        <translation>dieser Rechner</translation>
    </message>
    <message>
        <location filename="../engine/core/Authenticator.cpp" line="172" />
        <source>Could not connect to %1.</source>
        <translation>Verbindung mit %1 fehlgeschlagen.</translation>
    </message>
    <message>
        <location filename="../engine/core/Authenticator.cpp" line="175" />
        <source>Login to %1 cancelled.</source>
        <translation>Anmeldung bei %1 abgebrochen.</translation>
    </message>
    <message>
        <location filename="../engine/core/Authenticator.cpp" line="176" />
        <source>The connection stays closed. Connect again to log in.</source>
        <translation>Die Verbindung bleibt geschlossen. Verbinden Sie sich erneut, um sich anzumelden.</translation>
    </message>
    <message>
        <location filename="../engine/core/Authenticator.cpp" line="188" />
        <source>%1 did not accept the user name or password.</source>
        <translation>%1 hat den Benutzernamen oder das Passwort nicht angenommen.</translation>
    </message>
    <message>
        <location filename="../engine/core/Authenticator.cpp" line="208" />
        <source>%1 refused the login %2 times: the user name or password is wrong, or this user may not use libvirt there (for SASL, its administrator adds users with saslpasswd2 -a libvirt).</source>
        <translation>%1 hat die Anmeldung %2-mal abgelehnt: Benutzername oder Passwort sind falsch, oder dieser Benutzer darf libvirt dort nicht nutzen (für SASL fügt der Administrator Benutzer mit saslpasswd2 -a libvirt hinzu).</translation>
    </message>
    <message>
        <location filename="../engine/core/Authenticator.cpp" line="217" />
        <source>qemu+tls needs the certificate of the authority that signed %1's certificate, at %2 (as root; otherwise in ~/.pki/libvirt/cacert.pem), or in the folder the URI's pkipath= names.</source>
        <translation>qemu+tls braucht das Zertifikat der Stelle, die das Zertifikat von %1 signiert hat, unter %2 (als root; sonst in ~/.pki/libvirt/cacert.pem) oder in dem Ordner, den pkipath= in der URI nennt.</translation>
    </message>
    <message>
        <location filename="../engine/core/Authenticator.cpp" line="225" />
        <source>qemu+tls needs this computer's client certificate and key, signed by the authority %1 trusts: %2 is missing or unreadable. libvirt looks in /etc/pki/libvirt/clientcert.pem and /etc/pki/libvirt/private/clientkey.pem (as root) or in ~/.pki/libvirt/.</source>
        <translation>qemu+tls braucht das Client-Zertifikat und den Schlüssel dieses Rechners, signiert von der Stelle, der %1 vertraut: %2 fehlt oder ist nicht lesbar. libvirt sucht in /etc/pki/libvirt/clientcert.pem und /etc/pki/libvirt/private/clientkey.pem (als root) oder in ~/.pki/libvirt/.</translation>
    </message>
    <message>
        <location filename="../engine/core/Authenticator.cpp" line="233" />
        <source>%1's TLS certificate was not accepted: it must be signed by the authority in /etc/pki/CA/cacert.pem, be valid today, and name the host exactly as the URI does (%1). Adding ?no_verify=1 to the URI skips the check, at the cost of not knowing who answers.</source>
        <translation>Das TLS-Zertifikat von %1 wurde nicht angenommen: Es muss von der Stelle in /etc/pki/CA/cacert.pem signiert sein, heute gültig sein und den Rechner genau so nennen wie die URI (%1). ?no_verify=1 an der URI überspringt die Prüfung, um den Preis, nicht zu wissen, wer antwortet.</translation>
    </message>
    <message>
        <location filename="../engine/core/Authenticator.cpp" line="244" />
        <source>libvirt asked polkit whether your user may manage %1's virtual machines, and nothing allowed it. Join the libvirt group (sudo adduser $USER libvirt, then log in again), or connect read-only, or use qemu:///session for machines of your own.</source>
        <translation>libvirt hat polkit gefragt, ob Ihr Benutzer die virtuellen Maschinen von %1 verwalten darf, und nichts hat es erlaubt. Treten Sie der Gruppe libvirt bei (sudo adduser $USER libvirt, dann neu anmelden), verbinden Sie sich schreibgeschützt oder nutzen Sie qemu:///session für eigene Maschinen.</translation>
    </message>
    <message>
        <location filename="../engine/core/Authenticator.cpp" line="252" />
        <source>%1's access rules do not let your user do this. Ask its administrator, or connect read-only.</source>
        <translation>Die Zugriffsregeln von %1 erlauben Ihrem Benutzer das nicht. Fragen Sie den Administrator oder verbinden Sie sich schreibgeschützt.</translation>
    </message>
    <message>
        <location filename="../engine/core/Authenticator.cpp" line="257" />
        <source>Your user may not open libvirt's socket %1. Join the libvirt group (sudo adduser $USER libvirt, then log in again), or connect read-only (its read-only socket is open to all), or use qemu:///session.</source>
        <translation>Ihr Benutzer darf den Socket %1 von libvirt nicht öffnen. Treten Sie der Gruppe libvirt bei (sudo adduser $USER libvirt, dann neu anmelden), verbinden Sie sich schreibgeschützt (sein schreibgeschützter Socket steht allen offen) oder nutzen Sie qemu:///session.</translation>
    </message>
    <message>
        <location filename="../engine/core/Authenticator.cpp" line="265" />
        <source>The libvirt daemon is not running on %1 (no socket at %2). Start it: sudo systemctl start libvirtd (or virtqemud.socket).</source>
        <translation>Der libvirt-Dienst läuft auf %1 nicht (kein Socket unter %2). Starten Sie ihn: sudo systemctl start libvirtd (oder virtqemud.socket).</translation>
    </message>
</context>
<context>
    <name>ChangeText</name>
    <message>
        <location filename="../engine/hardware/HardwareChange.cpp" line="112" />
        <source>The device's XML is not well-formed: %1</source>
        <translation>Das XML des Geräts ist nicht wohlgeformt: %1</translation>
    </message>
    <message>
        <location filename="../engine/hardware/HardwareChange.cpp" line="121" />
        <source>Memory: %1</source>
        <translation>Arbeitsspeicher: %1</translation>
    </message>
    <message>
        <location filename="../engine/hardware/HardwareChange.cpp" line="123" />
        <source>Maximum memory: %1</source>
        <translation>Höchstmenge Arbeitsspeicher: %1</translation>
    </message>
    <message>
        <location filename="../engine/hardware/HardwareChange.cpp" line="125" />
        <source>vCPUs: %1</source>
        <translation>vCPUs: %1</translation>
    </message>
    <message>
        <location filename="../engine/hardware/HardwareChange.cpp" line="127" />
        <source>Maximum vCPUs: %1</source>
        <translation>Höchstzahl vCPUs: %1</translation>
    </message>
    <message>
        <location filename="../engine/hardware/HardwareChange.cpp" line="129" />
        <source>CPU model: %1</source>
        <translation>CPU-Modell: %1</translation>
    </message>
    <message>
        <location filename="../engine/hardware/HardwareChange.cpp" line="131" />
        <source>CPU topology: %1 sockets, %2 cores, %3 threads</source>
        <translation>CPU-Topologie: %1 Sockel, %2 Kerne, %3 Threads</translation>
    </message>
    <message>
        <location filename="../engine/hardware/HardwareChange.cpp" line="137" />
        <source>vCPU %1 unpinned</source>
        <translation>vCPU %1 nicht mehr gebunden</translation>
    </message>
    <message>
        <location filename="../engine/hardware/HardwareChange.cpp" line="138" />
        <source>vCPU %1 pinned to host CPUs %2</source>
        <translation>vCPU %1 an die CPUs %2 des Rechners gebunden</translation>
    </message>
    <message>
        <location filename="../engine/hardware/HardwareChange.cpp" line="140" />
        <source>Emulator pinned to host CPUs %1</source>
        <translation>Emulator an die CPUs %1 des Rechners gebunden</translation>
    </message>
    <message>
        <location filename="../engine/hardware/HardwareChange.cpp" line="142" />
        <source>CPU shares: %1</source>
        <translation>CPU-Anteile: %1</translation>
    </message>
    <message>
        <location filename="../engine/hardware/HardwareChange.cpp" line="144" />
        <source>Boot order: %1</source>
        <translation>Startreihenfolge: %1</translation>
    </message>
    <message>
        <location filename="../engine/hardware/HardwareChange.cpp" line="146" />
        <source>Boot menu on</source>
        <translation>Startmenü ein</translation>
    </message>
    <message>
        <location filename="../engine/hardware/HardwareChange.cpp" line="146" />
        <source>Boot menu off</source>
        <translation>Startmenü aus</translation>
    </message>
    <message>
        <location filename="../engine/hardware/HardwareChange.cpp" line="148" />
        <source>%1: media ejected</source>
        <translation>%1: Medium ausgeworfen</translation>
    </message>
    <message>
        <location filename="../engine/hardware/HardwareChange.cpp" line="149" />
        <source>%1: media %2</source>
        <translation>%1: Medium %2</translation>
    </message>
    <message>
        <location filename="../engine/hardware/HardwareChange.cpp" line="151" />
        <source>NIC %1: link up</source>
        <translation>Netzwerkkarte %1: Verbindung aktiv</translation>
    </message>
    <message>
        <location filename="../engine/hardware/HardwareChange.cpp" line="152" />
        <source>NIC %1: link down</source>
        <translation>Netzwerkkarte %1: Verbindung getrennt</translation>
    </message>
    <message>
        <location filename="../engine/hardware/HardwareChange.cpp" line="154" />
        <source>%1: I/O limits read %2 B/s, write %3 B/s</source>
        <translation>%1: E/A-Grenzen lesen %2 B/s, schreiben %3 B/s</translation>
    </message>
    <message>
        <location filename="../engine/hardware/HardwareChange.cpp" line="156" />
        <location filename="../engine/hardware/HardwareChange.cpp" line="157" />
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <location filename="../engine/hardware/HardwareChange.cpp" line="159" />
        <source>NIC %1: bandwidth in %2 KiB/s, out %3 KiB/s</source>
        <translation>Netzwerkkarte %1: Bandbreite ein %2 KiB/s, aus %3 KiB/s</translation>
    </message>
    <message>
        <location filename="../engine/hardware/HardwareChange.cpp" line="164" />
        <source>%1: cache %2</source>
        <translation>%1: Cache %2</translation>
    </message>
    <message>
        <location filename="../engine/hardware/HardwareChange.cpp" line="167" />
        <source>NIC %1: model %2</source>
        <translation>Netzwerkkarte %1: Modell %2</translation>
    </message>
    <message>
        <location filename="../engine/hardware/HardwareChange.cpp" line="170" />
        <source>New disk %1 (%2)</source>
        <translation>Neue Festplatte %1 (%2)</translation>
    </message>
    <message>
        <location filename="../engine/hardware/HardwareChange.cpp" line="171" />
        <source>New %1disk %2 (%3 in pool %4)</source>
        <translation>Neue %1Festplatte %2 (%3 im Pool %4)</translation>
    </message>
    <message>
        <location filename="../engine/hardware/HardwareChange.cpp" line="173" />
        <source>encrypted </source>
        <translation>verschlüsselte </translation>
    </message>
    <message>
        <location filename="../engine/hardware/HardwareChange.cpp" line="176" />
        <source>New NIC on %1 %2</source>
        <translation>Neue Netzwerkkarte an %1 %2</translation>
    </message>
    <message>
        <location filename="../engine/hardware/HardwareChange.cpp" line="179" />
        <source>New %1</source>
        <translation>Neu: %1</translation>
    </message>
    <message>
        <location filename="../engine/hardware/HardwareChange.cpp" line="180" />
        <source>device</source>
        <translation>Gerät</translation>
    </message>
    <message>
        <location filename="../engine/hardware/HardwareChange.cpp" line="183" />
        <source>Remove %1</source>
        <translation>%1 entfernen</translation>
    </message>
    <message>
        <location filename="../engine/hardware/HardwareChange.cpp" line="185" />
        <source>Title: %1</source>
        <translation>Titel: %1</translation>
    </message>
    <message>
        <location filename="../engine/hardware/HardwareChange.cpp" line="187" />
        <source>Description changed</source>
        <translation>Beschreibung geändert</translation>
    </message>
    <message>
        <location filename="../engine/hardware/HardwareChange.cpp" line="189" />
        <source>Start when the host boots</source>
        <translation>Beim Hochfahren des Rechners starten</translation>
    </message>
    <message>
        <location filename="../engine/hardware/HardwareChange.cpp" line="190" />
        <source>Do not start when the host boots</source>
        <translation>Beim Hochfahren des Rechners nicht starten</translation>
    </message>
    <message>
        <location filename="../engine/hardware/HardwareChange.cpp" line="377" />
        <source>The VM's definition has no devices.</source>
        <translation>Die Definition der VM hat keine Geräte.</translation>
    </message>
    <message>
        <location filename="../engine/hardware/HardwareChange.cpp" line="381" />
        <source>The VM has no device %1.</source>
        <translation>Die VM hat kein Gerät %1.</translation>
    </message>
    <message>
        <location filename="../engine/hardware/HardwareChange.cpp" line="387" />
        <source>Memory %1 is above the maximum, %2.</source>
        <translation>Arbeitsspeicher %1 liegt über der Höchstmenge %2.</translation>
    </message>
    <message>
        <location filename="../engine/hardware/HardwareChange.cpp" line="393" />
        <source>Maximum memory must be at least 64 MiB.</source>
        <translation>Die Höchstmenge an Arbeitsspeicher muss mindestens 64 MiB sein.</translation>
    </message>
    <message>
        <location filename="../engine/hardware/HardwareChange.cpp" line="402" />
        <source>vCPUs must be between 1 and the maximum, %1.</source>
        <translation>vCPUs müssen zwischen 1 und der Höchstzahl %1 liegen.</translation>
    </message>
    <message>
        <location filename="../engine/hardware/HardwareChange.cpp" line="407" />
        <source>The maximum of vCPUs must be at least 1.</source>
        <translation>Die Höchstzahl der vCPUs muss mindestens 1 sein.</translation>
    </message>
    <message>
        <location filename="../engine/hardware/HardwareChange.cpp" line="415" />
        <source>No CPU model given.</source>
        <translation>Kein CPU-Modell angegeben.</translation>
    </message>
    <message>
        <location filename="../engine/hardware/HardwareChange.cpp" line="422" />
        <source>Sockets, cores and threads must each be at least 1.</source>
        <translation>Sockel, Kerne und Threads müssen jeweils mindestens 1 sein.</translation>
    </message>
    <message>
        <location filename="../engine/hardware/HardwareChange.cpp" line="424" />
        <source>Sockets x cores x threads (%1) must equal the maximum of vCPUs (%2).</source>
        <translation>Sockel × Kerne × Threads (%1) muss die Höchstzahl der vCPUs (%2) ergeben.</translation>
    </message>
    <message>
        <location filename="../engine/hardware/HardwareChange.cpp" line="433" />
        <source>The VM has no vCPU %1.</source>
        <translation>Die VM hat keine vCPU %1.</translation>
    </message>
    <message>
        <location filename="../engine/hardware/HardwareChange.cpp" line="436" />
        <source>'%1' is not a list of host CPUs (like 0-1,3).</source>
        <translation>„%1“ ist keine Liste von CPUs des Rechners (wie 0-1,3).</translation>
    </message>
    <message>
        <location filename="../engine/hardware/HardwareChange.cpp" line="471" />
        <source>'%1' is not a boot device (hd, cdrom, network, fd).</source>
        <translation>„%1“ ist kein Startgerät (hd, cdrom, network, fd).</translation>
    </message>
    <message>
        <location filename="../engine/hardware/HardwareChange.cpp" line="484" />
        <source>The VM has no CD-ROM %1.</source>
        <translation>Die VM hat kein CD-ROM-Laufwerk %1.</translation>
    </message>
    <message>
        <location filename="../engine/hardware/HardwareChange.cpp" line="488" />
        <location filename="../engine/hardware/HardwareChange.cpp" line="492" />
        <source>The VM has no NIC %1.</source>
        <translation>Die VM hat keine Netzwerkkarte %1.</translation>
    </message>
    <message>
        <location filename="../engine/hardware/HardwareChange.cpp" line="496" />
        <source>The VM has no disk %1.</source>
        <translation>Die VM hat keine Festplatte %1.</translation>
    </message>
    <message>
        <location filename="../engine/hardware/HardwareChange.cpp" line="501" />
        <source>%1 is not a disk.</source>
        <translation>%1 ist keine Festplatte.</translation>
    </message>
    <message>
        <location filename="../engine/hardware/HardwareChange.cpp" line="521" />
        <source>%1 is not a NIC.</source>
        <translation>%1 ist keine Netzwerkkarte.</translation>
    </message>
    <message>
        <location filename="../engine/hardware/HardwareChange.cpp" line="570" />
        <source>Unknown change.</source>
        <translation>Unbekannte Änderung.</translation>
    </message>
</context>
<context>
    <name>CheckText</name>
    <message>
        <location filename="../engine/host/HostCheck.cpp" line="72" />
        <location filename="../engine/host/HostCheck.cpp" line="161" />
        <location filename="../engine/host/HostCheck.cpp" line="167" />
        <source>KVM acceleration</source>
        <translation>KVM-Beschleunigung</translation>
    </message>
    <message>
        <location filename="../engine/host/HostCheck.cpp" line="77" />
        <source>Not usable: there is no /dev/kvm and the processor offers no virtualization to this machine. Turn on Intel VT-x or AMD-V in the firmware settings; if this computer is itself a virtual machine, turn on nested virtualization on its host.</source>
        <translation>Nicht nutzbar: Es gibt kein /dev/kvm, und der Prozessor bietet diesem Rechner keine Virtualisierung an. Schalten Sie Intel VT-x oder AMD-V in den Firmware-Einstellungen ein; ist dieser Rechner selbst eine virtuelle Maschine, schalten Sie auf ihrem Wirt die verschachtelte Virtualisierung ein.</translation>
    </message>
    <message>
        <location filename="../engine/host/HostCheck.cpp" line="85" />
        <source>Not usable: the processor has virtualization (%1) but there is no /dev/kvm: the %2 module is not loaded.</source>
        <translation>Nicht nutzbar: Der Prozessor hat Virtualisierung (%1), aber es gibt kein /dev/kvm: Das Modul %2 ist nicht geladen.</translation>
    </message>
    <message>
        <location filename="../engine/host/HostCheck.cpp" line="93" />
        <source>Not usable by you: /dev/kvm exists but you may not open it. Join the kvm group, then log in again.</source>
        <translation>Für Sie nicht nutzbar: /dev/kvm existiert, aber Sie dürfen es nicht öffnen. Treten Sie der Gruppe kvm bei und melden Sie sich neu an.</translation>
    </message>
    <message>
        <location filename="../engine/host/HostCheck.cpp" line="98" />
        <source>Not offered by the hypervisor although /dev/kvm exists: check the daemon's log (/var/log/libvirt/libvirtd.log).</source>
        <translation>Vom Hypervisor nicht angeboten, obwohl /dev/kvm existiert: Prüfen Sie das Protokoll des Dienstes (/var/log/libvirt/libvirtd.log).</translation>
    </message>
    <message>
        <location filename="../engine/host/HostCheck.cpp" line="158" />
        <location filename="../engine/host/HostCheck.cpp" line="251" />
        <source>libvirt daemon</source>
        <translation>libvirt-Dienst</translation>
    </message>
    <message>
        <location filename="../engine/host/HostCheck.cpp" line="159" />
        <source>libvirt %1 answers at %2.</source>
        <translation>libvirt %1 antwortet unter %2.</translation>
    </message>
    <message>
        <location filename="../engine/host/HostCheck.cpp" line="162" />
        <source>Usable: virtual machines run at close to this computer's speed.</source>
        <translation>Nutzbar: Virtuelle Maschinen laufen beinahe so schnell wie dieser Rechner.</translation>
    </message>
    <message>
        <location filename="../engine/host/HostCheck.cpp" line="168" />
        <source>Not offered by %1's hypervisor (no /dev/kvm there, or no virtualization in its processor).</source>
        <translation>Vom Hypervisor von %1 nicht angeboten (dort kein /dev/kvm oder keine Virtualisierung im Prozessor).</translation>
    </message>
    <message>
        <location filename="../engine/host/HostCheck.cpp" line="173" />
        <location filename="../engine/host/HostCheck.cpp" line="179" />
        <source>Software emulation</source>
        <translation>Software-Emulation</translation>
    </message>
    <message>
        <location filename="../engine/host/HostCheck.cpp" line="174" />
        <source>Available, for other architectures.</source>
        <translation>Verfügbar, für andere Architekturen.</translation>
    </message>
    <message>
        <location filename="../engine/host/HostCheck.cpp" line="175" />
        <source>Works, but virtual machines run many times slower than with KVM.</source>
        <translation>Funktioniert, aber virtuelle Maschinen laufen um ein Vielfaches langsamer als mit KVM.</translation>
    </message>
    <message>
        <location filename="../engine/host/HostCheck.cpp" line="180" />
        <source>QEMU offers no %1 machines: install QEMU.</source>
        <translation>QEMU bietet keine %1-Maschinen an: Installieren Sie QEMU.</translation>
    </message>
    <message>
        <location filename="../engine/host/HostCheck.cpp" line="183" />
        <source>Default network</source>
        <translation>Standardnetz</translation>
    </message>
    <message>
        <location filename="../engine/host/HostCheck.cpp" line="185" />
        <source>Not needed: a session connection gives its virtual machines user-mode networking.</source>
        <translation>Nicht nötig: Eine Sitzungsverbindung gibt ihren virtuellen Maschinen ein Benutzermodus-Netzwerk.</translation>
    </message>
    <message>
        <location filename="../engine/host/HostCheck.cpp" line="189" />
        <source>There is no network called "default": new virtual machines would have no network.</source>
        <translation>Es gibt kein Netz namens „default“: Neue virtuelle Maschinen hätten kein Netzwerk.</translation>
    </message>
    <message>
        <location filename="../engine/host/HostCheck.cpp" line="197" />
        <source>The network "default" is not running: virtual machines that use it cannot start.</source>
        <translation>Das Netz „default“ läuft nicht: Virtuelle Maschinen, die es nutzen, können nicht starten.</translation>
    </message>
    <message>
        <location filename="../engine/host/HostCheck.cpp" line="201" />
        <location filename="../engine/host/HostCheck.cpp" line="223" />
        <source>Start It</source>
        <translation>Starten</translation>
    </message>
    <message>
        <location filename="../engine/host/HostCheck.cpp" line="203" />
        <source>The network "default" is running.</source>
        <translation>Das Netz „default“ läuft.</translation>
    </message>
    <message>
        <location filename="../engine/host/HostCheck.cpp" line="207" />
        <source>Default storage pool</source>
        <translation>Standard-Speicherpool</translation>
    </message>
    <message>
        <location filename="../engine/host/HostCheck.cpp" line="210" />
        <source>There is no storage pool called "default": new disks have nowhere to go.</source>
        <translation>Es gibt keinen Speicherpool namens „default“: Neue Festplatten haben keinen Platz.</translation>
    </message>
    <message>
        <location filename="../engine/host/HostCheck.cpp" line="217" />
        <source>Create It</source>
        <translation>Anlegen</translation>
    </message>
    <message>
        <location filename="../engine/host/HostCheck.cpp" line="220" />
        <source>The storage pool "default" is not running.</source>
        <translation>Der Speicherpool „default“ läuft nicht.</translation>
    </message>
    <message>
        <location filename="../engine/host/HostCheck.cpp" line="225" />
        <source>The storage pool "default" is running.</source>
        <translation>Der Speicherpool „default“ läuft.</translation>
    </message>
    <message>
        <location filename="../engine/host/HostCheck.cpp" line="244" />
        <source>Check this host</source>
        <translation>Diesen Rechner prüfen</translation>
    </message>
    <message>
        <location filename="../engine/host/HostCheck.cpp" line="254" />
        <source>It runs, but you may not use it (%1). Join the libvirt group, then log in again.</source>
        <translation>Er läuft, aber Sie dürfen ihn nicht nutzen (%1). Treten Sie der Gruppe libvirt bei und melden Sie sich neu an.</translation>
    </message>
    <message>
        <location filename="../engine/host/HostCheck.cpp" line="260" />
        <source>No answer at %1: the daemon is not running (%2).</source>
        <translation>Keine Antwort unter %1: Der Dienst läuft nicht (%2).</translation>
    </message>
    <message>
        <location filename="../engine/host/HostCheck.cpp" line="265" />
        <source>No answer at %1: %2</source>
        <translation>Keine Antwort unter %1: %2</translation>
    </message>
    <message>
        <location filename="../engine/host/HostCheck.cpp" line="289" />
        <source>Fix</source>
        <translation>Beheben</translation>
    </message>
    <message>
        <location filename="../engine/host/HostCheck.cpp" line="290" />
        <source>Vireo cannot fix this itself.</source>
        <translation>Das kann Vireo nicht selbst beheben.</translation>
    </message>
</context>
<context>
    <name>CloneText</name>
    <message>
        <location filename="../engine/templates/Cloner.cpp" line="116" />
        <source>The VM has an encrypted disk: Vireo does not copy those yet (a copy, or a layer over it, would need a secret of its own, and QEMU would write it unencrypted). Copy the VM's data inside the guest instead.</source>
        <translation>Die VM hat eine verschlüsselte Festplatte: Solche kopiert Vireo noch nicht (eine Kopie oder eine Schicht darüber bräuchte ein eigenes Geheimnis, und QEMU würde sie unverschlüsselt schreiben). Kopieren Sie die Daten der VM stattdessen im Gast.</translation>
    </message>
    <message>
        <location filename="../engine/templates/Cloner.cpp" line="134" />
        <source>The VM to copy is gone.</source>
        <translation>Die zu kopierende VM ist nicht mehr da.</translation>
    </message>
    <message>
        <location filename="../engine/templates/Cloner.cpp" line="143" />
        <source>Shut %1 down first: a copy of a running machine's disks would be torn, and a linked clone needs disks that no longer change.</source>
        <translation>Fahren Sie %1 zuerst herunter: Eine Kopie der Festplatten einer laufenden Maschine wäre inkonsistent, und ein verknüpfter Klon braucht Festplatten, die sich nicht mehr ändern.</translation>
    </message>
    <message>
        <location filename="../engine/templates/Cloner.cpp" line="150" />
        <source>There is a VM called '%1' already.</source>
        <translation>Es gibt bereits eine VM namens „%1“.</translation>
    </message>
    <message>
        <location filename="../engine/templates/Cloner.cpp" line="167" />
        <source>%1 has no snapshot '%2'.</source>
        <translation>%1 hat keinen Schnappschuss „%2“.</translation>
    </message>
    <message>
        <location filename="../engine/templates/Cloner.cpp" line="178" />
        <source>The snapshot '%1' is external: Vireo makes templates from internal snapshots only.</source>
        <translation>Der Schnappschuss „%1“ ist extern: Vireo erstellt Vorlagen nur aus internen Schnappschüssen.</translation>
    </message>
    <message>
        <location filename="../engine/templates/Cloner.cpp" line="184" />
        <source>The snapshot '%1' keeps no definition of the VM.</source>
        <translation>Der Schnappschuss „%1“ enthält keine Definition der VM.</translation>
    </message>
    <message>
        <location filename="../engine/templates/Cloner.cpp" line="187" />
        <source>A template from a snapshot is read out of the disk images with qemu-img: it works on a local connection only.</source>
        <translation>Eine Vorlage aus einem Schnappschuss wird mit qemu-img aus den Festplattenabbildern gelesen: Das geht nur bei einer lokalen Verbindung.</translation>
    </message>
    <message>
        <location filename="../engine/templates/Cloner.cpp" line="197" />
        <source>Could not read %1's definition.</source>
        <translation>Die Definition von %1 konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <location filename="../engine/templates/Cloner.cpp" line="233" />
        <source>The disk %1 (%2) is in no storage pool of this host, so Vireo cannot copy it: add its folder as a pool (Host window, Storage), or share it with the copy.</source>
        <translation>Die Festplatte %1 (%2) liegt in keinem Speicherpool dieses Rechners, daher kann Vireo sie nicht kopieren: Fügen Sie ihren Ordner als Pool hinzu (Rechnerfenster, Speicher) oder teilen Sie sie mit der Kopie.</translation>
    </message>
    <message>
        <location filename="../engine/templates/Cloner.cpp" line="253" />
        <source>A full copy needs %1 in the pool '%2', which has %3 free.</source>
        <translation>Eine vollständige Kopie braucht %1 im Pool „%2“, der %3 frei hat.</translation>
    </message>
    <message>
        <location filename="../engine/templates/Cloner.cpp" line="263" />
        <source>Cancelled; nothing was kept.</source>
        <translation>Abgebrochen; es wurde nichts behalten.</translation>
    </message>
    <message>
        <location filename="../engine/templates/Cloner.cpp" line="267" />
        <source>%1 disk %2 of %3 (%4)</source>
        <translation>%1 Festplatte %2 von %3 (%4)</translation>
    </message>
    <message>
        <location filename="../engine/templates/Cloner.cpp" line="268" />
        <source>Overlaying</source>
        <translation>Schicht anlegen</translation>
    </message>
    <message>
        <location filename="../engine/templates/Cloner.cpp" line="268" />
        <source>Copying</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <location filename="../engine/templates/Cloner.cpp" line="302" />
        <source>Reading disk %1 out of the snapshot: %2%</source>
        <translation>Festplatte %1 wird aus dem Schnappschuss gelesen: %2 %</translation>
    </message>
    <message>
        <location filename="../engine/templates/Cloner.cpp" line="324" />
        <source>Could not make the copy's disk %1; nothing was kept.</source>
        <translation>Die Festplatte %1 der Kopie konnte nicht angelegt werden; es wurde nichts behalten.</translation>
    </message>
    <message>
        <location filename="../engine/templates/Cloner.cpp" line="367" />
        <source>Could not copy the firmware variables to %1.</source>
        <translation>Die Firmware-Variablen konnten nicht nach %1 kopiert werden.</translation>
    </message>
    <message>
        <location filename="../engine/templates/Cloner.cpp" line="381" />
        <source>The copy starts with fresh firmware variables.</source>
        <translation>Die Kopie startet mit frischen Firmware-Variablen.</translation>
    </message>
    <message>
        <location filename="../engine/templates/Cloner.cpp" line="392" />
        <source>Could not copy the TPM state.</source>
        <translation>Der TPM-Zustand konnte nicht kopiert werden.</translation>
    </message>
    <message>
        <location filename="../engine/templates/Cloner.cpp" line="414" />
        <source>%1 did not start; nothing was kept.</source>
        <translation>%1 ist nicht gestartet; es wurde nichts behalten.</translation>
    </message>
    <message>
        <location filename="../engine/templates/Cloner.cpp" line="425" />
        <source>libvirt refused the copy's definition; nothing was kept.</source>
        <translation>libvirt hat die Definition der Kopie abgelehnt; es wurde nichts behalten.</translation>
    </message>
    <message>
        <location filename="../engine/templates/Cloner.cpp" line="433" />
        <source>%1, snapshot '%2'</source>
        <translation>%1, Schnappschuss „%2“</translation>
    </message>
    <message>
        <location filename="../engine/templates/Cloner.cpp" line="444" />
        <source>%1 was made, but did not start.</source>
        <translation>%1 wurde erstellt, ist aber nicht gestartet.</translation>
    </message>
</context>
<context>
    <name>CloudText</name>
    <message>
        <location filename="../engine/create/CloudInit.cpp" line="38" />
        <source>'%1' cannot be a user name: use up to 32 lowercase letters, digits, '-' and '_', starting with a letter.</source>
        <translation>„%1“ kann kein Benutzername sein: Verwenden Sie bis zu 32 Kleinbuchstaben, Ziffern, „-“ und „_“, beginnend mit einem Buchstaben.</translation>
    </message>
    <message>
        <location filename="../engine/create/CloudInit.cpp" line="44" />
        <source>'%1' cannot be a host name: use letters, digits and '-' (at most 63), not starting or ending with '-'.</source>
        <translation>„%1“ kann kein Rechnername sein: Verwenden Sie Buchstaben, Ziffern und „-“ (höchstens 63), nicht mit „-“ beginnend oder endend.</translation>
    </message>
    <message>
        <location filename="../engine/create/CloudInit.cpp" line="50" />
        <source>'%1' is not an SSH public key (ssh-ed25519 AAAA..., ssh-rsa AAAA...).</source>
        <translation>„%1“ ist kein öffentlicher SSH-Schlüssel (ssh-ed25519 AAAA …, ssh-rsa AAAA …).</translation>
    </message>
    <message>
        <location filename="../engine/create/CloudInit.cpp" line="55" />
        <source>Give a password or an SSH key: otherwise nobody can log in.</source>
        <translation>Geben Sie ein Passwort oder einen SSH-Schlüssel an: Sonst kann sich niemand anmelden.</translation>
    </message>
    <message>
        <location filename="../engine/create/CloudInit.cpp" line="139" />
        <source>Could not make the cloud-init seed %1: %2</source>
        <translation>Die cloud-init-Daten %1 konnten nicht angelegt werden: %2</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <location filename="../app/commands/CommandLine.cpp" line="14" />
        <source>Connect to the libvirt URI (e.g. qemu:///system, qemu+ssh://user@host/system). Repeat for several. Without it, the remembered connections open, else the last URI used, else qemu:///session.</source>
        <translation>Mit der libvirt-URI verbinden (z. B. qemu:///system, qemu+ssh://benutzer@rechner/system). Für mehrere wiederholen. Ohne sie öffnen sich die gemerkten Verbindungen, sonst die zuletzt verwendete URI, sonst qemu:///session.</translation>
    </message>
    <message>
        <location filename="../app/commands/CommandLine.cpp" line="21" />
        <source>Open the --connect connections read-only: watch machines, change nothing.</source>
        <translation>Die --connect-Verbindungen schreibgeschützt öffnen: Maschinen beobachten, nichts ändern.</translation>
    </message>
    <message>
        <location filename="../app/commands/CommandLine.cpp" line="25" />
        <source>Show only the console of the machine NAME (its name or UUID), without the library: this runs vireo-console.</source>
        <translation>Nur die Konsole der Maschine NAME (ihr Name oder ihre UUID) zeigen, ohne die Bibliothek: Das startet vireo-console.</translation>
    </message>
    <message>
        <location filename="../app/commands/CommandLine.cpp" line="31" />
        <source>Vireo: a desktop virtualization manager for KVM/QEMU through libvirt.
Commands: vireo list [--all] (the VMs and their state),
          vireo info VM (one VM's state, hardware and IP addresses),
          vireo doctor [--fix] (is this host ready: daemon, KVM, network, pool),
          vireo create --help (create a VM from an install image or a
                                cloud image, or import one),
          vireo edit --help (change a VM's hardware, live where possible),
          vireo export --help (write a VM as an OVA),
          vireo clone|template|flatten --help (copies, templates,
                                instances),
          vireo run --disposable TEMPLATE (a run that leaves nothing),
          vireo migrate --help (move a VM to another host),
          vireo firewall --help (a firewall per network card),
          vireo isolation VM (what a VM shares: clipboard, USB, folders, agent),
          vireo security VM|--all (what protects each VM; exit 1 when
                                    something is flagged),
          vireo console VM [--serial] (its screen in a window, or its serial
                                   console on this terminal),
          vireo login (log in to a host that asks for a password and
                       remember it in the desktop's keyring),
          vireo snapshot --help (list, create, revert, delete snapshots),
          vireo stats --help (live figures, history as CSV),
          vireo net|pool|vol --help (the host's networks, storage pools
                                      and volumes),
          vireo start|shutdown|reboot|reset|force-off|destroy|pause|resume|
                save|restore|delete VM... (delete --remove-storage: its disks too).
They take --connect and --readonly before or after their name
(vireo -c qemu:///system snapshot list VM); without --connect, the
window's connection: the last URI used, else qemu:///session. --json
prints what scripts read. Exit codes: 0 done, 1 failed, 2 bad input
or an action the VM's state does not allow (nothing changed).</source>
        <translation>Vireo: eine Verwaltung virtueller Maschinen für KVM/QEMU über libvirt.
Befehle:  vireo list [--all] (die VMs und ihr Zustand),
          vireo info VM (Zustand, Hardware und IP-Adressen einer VM),
          vireo doctor [--fix] (ist der Rechner bereit: Dienst, KVM, Netz, Pool),
          vireo create --help (eine VM aus einem Installations- oder
                                Cloud-Abbild erstellen oder importieren),
          vireo edit --help (Hardware einer VM ändern, wo möglich im Betrieb),
          vireo export --help (eine VM als OVA schreiben),
          vireo clone|template|flatten --help (Kopien, Vorlagen,
                                Instanzen),
          vireo run --disposable VORLAGE (ein Lauf, der nichts hinterlässt),
          vireo migrate --help (eine VM auf einen anderen Rechner umziehen),
          vireo firewall --help (eine Firewall pro Netzwerkkarte),
          vireo isolation VM (was eine VM teilt: Zwischenablage, USB, Ordner, Agent),
          vireo security VM|--all (was jede VM schützt; Ende mit 1, wenn
                                    etwas markiert ist),
          vireo console VM [--serial] (ihr Bildschirm in einem Fenster oder ihre
                                   serielle Konsole in diesem Terminal),
          vireo login (bei einem Rechner anmelden, der ein Passwort verlangt,
                       und es im Schlüsselbund merken),
          vireo snapshot --help (Schnappschüsse auflisten, erstellen, zurückkehren, löschen),
          vireo stats --help (Live-Werte, Verlauf als CSV),
          vireo net|pool|vol --help (Netze, Speicherpools und Datenträger
                                      des Rechners),
          vireo start|shutdown|reboot|reset|force-off|destroy|pause|resume|
                save|restore|delete VM... (delete --remove-storage: auch ihre Festplatten).
Sie nehmen --connect und --readonly vor oder nach ihrem Namen
(vireo -c qemu:///system snapshot list VM); ohne --connect die Verbindung
des Fensters: die zuletzt verwendete URI, sonst qemu:///session. --json
gibt aus, was Skripte lesen. Rückgabewerte: 0 erledigt, 1 fehlgeschlagen,
2 falsche Eingabe oder eine Aktion, die der Zustand der VM nicht erlaubt (nichts geändert).</translation>
    </message>
</context>
<context>
    <name>CommandText</name>
    <message>
        <location filename="../app/commands/CommandParser.cpp" line="79" />
        <source>The libvirt URI (e.g. qemu:///system); without it, the last one used, as in the window, else qemu:///session.</source>
        <translation>Die libvirt-URI (z. B. qemu:///system); ohne sie die zuletzt verwendete, wie im Fenster, sonst qemu:///session.</translation>
    </message>
    <message>
        <location filename="../app/commands/CommandParser.cpp" line="83" />
        <source>Open the connection read-only.</source>
        <translation>Die Verbindung schreibgeschützt öffnen.</translation>
    </message>
    <message>
        <location filename="../app/commands/CommandParser.cpp" line="84" />
        <source>JSON output, for scripts.</source>
        <translation>Ausgabe als JSON, für Skripte.</translation>
    </message>
    <message>
        <location filename="../app/commands/CommandParser.cpp" line="115" />
        <source>Try 'vireo %1 --help'.</source>
        <translation>Siehe „vireo %1 --help“.</translation>
    </message>
    <message>
        <location filename="../app/commands/CommandParser.cpp" line="124" />
        <source>Usage: vireo %1 [options] %2</source>
        <translation>Aufruf: vireo %1 [Optionen] %2</translation>
    </message>
    <message>
        <location filename="../app/commands/CommandParser.cpp" line="176" />
        <source>There is no VM "%1" on %2.</source>
        <translation>Auf %2 gibt es keine VM „%1“.</translation>
    </message>
    <message>
        <location filename="../app/commands/CommandParser.cpp" line="253" />
        <source>Go ahead?</source>
        <translation>Fortfahren?</translation>
    </message>
</context>
<context>
    <name>ConnectionText</name>
    <message>
        <location filename="../engine/core/Connection.cpp" line="49" />
        <source>The virtualization service closed the connection (it stopped or restarted).</source>
        <translation>Der Virtualisierungsdienst hat die Verbindung geschlossen (er wurde beendet oder neu gestartet).</translation>
    </message>
    <message>
        <location filename="../engine/core/Connection.cpp" line="52" />
        <source>The virtualization service stopped answering.</source>
        <translation>Der Virtualisierungsdienst antwortet nicht mehr.</translation>
    </message>
    <message>
        <location filename="../engine/core/Connection.cpp" line="54" />
        <source>The connection to the virtualization service failed.</source>
        <translation>Die Verbindung zum Virtualisierungsdienst ist fehlgeschlagen.</translation>
    </message>
    <message>
        <location filename="../engine/core/Connection.cpp" line="132" />
        <source>Test driver</source>
        <translation>Testtreiber</translation>
    </message>
    <message>
        <location filename="../engine/core/Connection.cpp" line="138" />
        <source>%1 on %2</source>
        <translation>%1 auf %2</translation>
    </message>
    <message>
        <location filename="../engine/core/Connection.cpp" line="140" />
        <source> (user session)</source>
        <translation> (Benutzersitzung)</translation>
    </message>
    <message>
        <location filename="../engine/core/Connection.cpp" line="142" />
        <source> (system)</source>
        <translation> (System)</translation>
    </message>
    <message>
        <location filename="../engine/core/Connection.cpp" line="146" />
        <source>, read-only</source>
        <translation>, schreibgeschützt</translation>
    </message>
    <message>
        <location filename="../engine/core/Connection.cpp" line="154" />
        <source>Connecting</source>
        <translation>Verbindet</translation>
    </message>
    <message>
        <location filename="../engine/core/Connection.cpp" line="156" />
        <source>Connected</source>
        <translation>Verbunden</translation>
    </message>
    <message>
        <location filename="../engine/core/Connection.cpp" line="158" />
        <source>Not responding</source>
        <translation>Antwortet nicht</translation>
    </message>
    <message>
        <location filename="../engine/core/Connection.cpp" line="160" />
        <source>Disconnected</source>
        <translation>Getrennt</translation>
    </message>
    <message>
        <location filename="../engine/core/Connection.cpp" line="162" />
        <source>Reconnecting</source>
        <translation>Verbindet neu</translation>
    </message>
    <message>
        <location filename="../engine/core/Connection.cpp" line="203" />
        <source>Closed.</source>
        <translation>Geschlossen.</translation>
    </message>
    <message>
        <location filename="../engine/core/Connection.cpp" line="216" />
        <source>Reconnecting...</source>
        <translation>Neu verbinden …</translation>
    </message>
    <message>
        <location filename="../engine/core/Connection.cpp" line="217" />
        <source>%1 Reconnecting (attempt %2)...</source>
        <translation>%1 Neu verbinden (Versuch %2) …</translation>
    </message>
    <message>
        <location filename="../engine/core/Connection.cpp" line="304" />
        <source>%1 Attempt %2 in %3 s.</source>
        <translation>%1 Versuch %2 in %3 s.</translation>
    </message>
    <message>
        <location filename="../engine/core/Connection.cpp" line="522" />
        <source>%1 failed: %2 is not connected (%3).</source>
        <translation>%1 fehlgeschlagen: %2 ist nicht verbunden (%3).</translation>
    </message>
    <message>
        <location filename="../engine/core/Connection.cpp" line="534" />
        <location filename="../engine/core/Connection.cpp" line="546" />
        <source>Not connected.</source>
        <translation>Nicht verbunden.</translation>
    </message>
    <message>
        <location filename="../engine/core/Connection.cpp" line="98" />
        <source>The virtualization service has not answered for %1 s.</source>
        <translation>Der Virtualisierungsdienst hat seit %1 s nicht geantwortet.</translation>
    </message>
</context>
<context>
    <name>ConsoleCommandText</name>
    <message>
        <location filename="../app/commands/ConsoleCommand.cpp" line="48" />
        <source>Shows the VM's screen in Vireo's console window; with --serial, attaches this terminal to its serial port or console instead: what the guest writes shows here, what you type goes to it, Ctrl+] detaches.</source>
        <translation>Zeigt den Bildschirm der VM im Konsolenfenster von Vireo; mit --serial verbindet stattdessen dieses Terminal mit ihrer seriellen Schnittstelle oder Konsole: Was der Gast schreibt, erscheint hier, was Sie tippen, geht an ihn, Strg+] trennt.</translation>
    </message>
    <message>
        <location filename="../app/commands/ConsoleCommand.cpp" line="54" />
        <source>The serial port or console, here.</source>
        <translation>Die serielle Schnittstelle oder Konsole, hier.</translation>
    </message>
    <message>
        <location filename="../app/commands/ConsoleCommand.cpp" line="57" />
        <source>Which one (its alias: serial0, console1...; default: the first).</source>
        <translation>Welche (ihr Alias: serial0, console1 …; Vorgabe: die erste).</translation>
    </message>
    <message>
        <location filename="../app/commands/ConsoleCommand.cpp" line="62" />
        <source>Take the console over from another client attached to it.</source>
        <translation>Die Konsole von einem anderen verbundenen Client übernehmen.</translation>
    </message>
    <message>
        <location filename="../app/commands/ConsoleCommand.cpp" line="69" />
        <source>name one VM (see --help)</source>
        <translation>nennen Sie eine VM (siehe --help)</translation>
    </message>
    <message>
        <location filename="../app/commands/ConsoleCommand.cpp" line="85" />
        <source>cannot start the console window</source>
        <translation>das Konsolenfenster kann nicht gestartet werden</translation>
    </message>
    <message>
        <location filename="../app/commands/ConsoleCommand.cpp" line="93" />
        <source>%1 is %2: its console is there once it runs.</source>
        <translation>%1 ist %2: Ihre Konsole ist da, sobald sie läuft.</translation>
    </message>
    <message>
        <location filename="../app/commands/ConsoleCommand.cpp" line="123" />
        <source>Attached to %1's console. Ctrl+] detaches.</source>
        <translation>Mit der Konsole von %1 verbunden. Strg+] trennt.</translation>
    </message>
    <message>
        <location filename="../app/commands/ConsoleCommand.cpp" line="136" />
        <source>%1 (--force takes it over)</source>
        <translation>%1 (--force übernimmt sie)</translation>
    </message>
</context>
<context>
    <name>ConsoleMain</name>
    <message>
        <location filename="../app/ConsoleMain.cpp" line="42" />
        <source>Vireo console: the screen of one virtual machine (SPICE or VNC) in a window of its own,
without the library. `vireo --show-console NAME` opens it too.</source>
        <translation>Vireo-Konsole: der Bildschirm einer virtuellen Maschine (SPICE oder VNC) in einem eigenen Fenster,
ohne die Bibliothek. `vireo --show-console NAME` öffnet sie ebenfalls.</translation>
    </message>
    <message>
        <location filename="../app/ConsoleMain.cpp" line="50" />
        <source>Look for the machine on this libvirt URI. Repeat for several. Without it, Vireo's remembered connections, else the last URI used, else qemu:///session.</source>
        <translation>Die Maschine unter dieser libvirt-URI suchen. Für mehrere wiederholen. Ohne sie die gemerkten Verbindungen von Vireo, sonst die zuletzt verwendete URI, sonst qemu:///session.</translation>
    </message>
    <message>
        <location filename="../app/ConsoleMain.cpp" line="57" />
        <source>Open the --connect connections read-only.</source>
        <translation>Die --connect-Verbindungen schreibgeschützt öffnen.</translation>
    </message>
    <message>
        <location filename="../app/ConsoleMain.cpp" line="62" />
        <source>The machine's name or UUID.</source>
        <translation>Name oder UUID der Maschine.</translation>
    </message>
</context>
<context>
    <name>ConsoleText</name>
    <message>
        <location filename="../engine/display/TextConsole.cpp" line="42" />
        <source>The console closed: another client took it over, or the machine stopped.</source>
        <translation>Die Konsole wurde geschlossen: Ein anderer Client hat sie übernommen, oder die Maschine ist angehalten.</translation>
    </message>
    <message>
        <location filename="../engine/display/TextConsole.cpp" line="51" />
        <source>Serial port %1</source>
        <translation>Serielle Schnittstelle %1</translation>
    </message>
    <message>
        <location filename="../engine/display/TextConsole.cpp" line="53" />
        <source>Virtio console (hvc%1)</source>
        <translation>Virtio-Konsole (hvc%1)</translation>
    </message>
    <message>
        <location filename="../engine/display/TextConsole.cpp" line="54" />
        <source>Console %1</source>
        <translation>Konsole %1</translation>
    </message>
    <message>
        <location filename="../engine/display/TextConsole.cpp" line="132" />
        <source>Open the text console</source>
        <translation>Die Textkonsole öffnen</translation>
    </message>
    <message>
        <location filename="../engine/display/TextConsole.cpp" line="137" />
        <source>The machine is not there any more.</source>
        <translation>Die Maschine ist nicht mehr da.</translation>
    </message>
    <message>
        <location filename="../engine/display/TextConsole.cpp" line="148" />
        <source>Cannot attach to the machine's text console.</source>
        <translation>Verbindung mit der Textkonsole der Maschine nicht möglich.</translation>
    </message>
    <message>
        <location filename="../engine/display/TextConsole.cpp" line="181" />
        <source>Another client (virsh console, virt-manager, another Vireo) is attached to this console. Take it over to use it here: that client is disconnected.</source>
        <translation>Ein anderer Client (virsh console, virt-manager, ein anderes Vireo) ist mit dieser Konsole verbunden. Übernehmen Sie sie, um sie hier zu nutzen: Jener Client wird getrennt.</translation>
    </message>
    <message>
        <location filename="../engine/display/TextConsole.cpp" line="185" />
        <source>This serial port writes to a file or socket, not a terminal: there is nothing to attach to. %1</source>
        <translation>Diese serielle Schnittstelle schreibt in eine Datei oder einen Socket, nicht in ein Terminal: Es gibt nichts zum Verbinden. %1</translation>
    </message>
    <message>
        <location filename="../engine/display/TextConsole.cpp" line="198" />
        <source>Cannot watch the console.</source>
        <translation>Die Konsole kann nicht beobachtet werden.</translation>
    </message>
    <message>
        <location filename="../engine/display/TextConsole.cpp" line="260" />
        <source>The console closed.</source>
        <translation>Die Konsole wurde geschlossen.</translation>
    </message>
</context>
<context>
    <name>CreateText</name>
    <message>
        <location filename="../app/commands/CreateCommand.cpp" line="40" />
        <source>Create a virtual machine from an install image or a cloud image.</source>
        <translation>Erstellt eine virtuelle Maschine aus einem Installationsabbild oder einem Cloud-Abbild.</translation>
    </message>
    <message>
        <location filename="../app/commands/CreateCommand.cpp" line="43" />
        <source>Name of the new VM.</source>
        <translation>Name der neuen VM.</translation>
    </message>
    <message>
        <location filename="../app/commands/CreateCommand.cpp" line="46" />
        <source>Install image (ISO) to boot from.</source>
        <translation>Installationsabbild (ISO), von dem gestartet wird.</translation>
    </message>
    <message>
        <location filename="../app/commands/CreateCommand.cpp" line="50" />
        <source>OS short id (e.g. fedora37, debian11, win11, linux2022); detected from the image when left out.</source>
        <translation>Kurzkennung des Betriebssystems (z. B. fedora37, debian11, win11, linux2022); ohne Angabe aus dem Abbild erkannt.</translation>
    </message>
    <message>
        <location filename="../app/commands/CreateCommand.cpp" line="53" />
        <source>Memory in MiB.</source>
        <translation>Arbeitsspeicher in MiB.</translation>
    </message>
    <message>
        <location filename="../app/commands/CreateCommand.cpp" line="55" />
        <source>Number of vCPUs.</source>
        <translation>Anzahl der vCPUs.</translation>
    </message>
    <message>
        <location filename="../app/commands/CreateCommand.cpp" line="58" />
        <source>Size of the new qcow2 disk in GiB (0: no disk).</source>
        <translation>Größe der neuen qcow2-Festplatte in GiB (0: keine Festplatte).</translation>
    </message>
    <message>
        <location filename="../app/commands/CreateCommand.cpp" line="61" />
        <source>bios, uefi or uefi-secure.</source>
        <translation>bios, uefi oder uefi-secure.</translation>
    </message>
    <message>
        <location filename="../app/commands/CreateCommand.cpp" line="63" />
        <source>Add a TPM 2.0 (swtpm).</source>
        <translation>Ein TPM 2.0 (swtpm) hinzufügen.</translation>
    </message>
    <message>
        <location filename="../app/commands/CreateCommand.cpp" line="65" />
        <source>spice or vnc (on 127.0.0.1).</source>
        <translation>spice oder vnc (auf 127.0.0.1).</translation>
    </message>
    <message>
        <location filename="../app/commands/CreateCommand.cpp" line="69" />
        <source>user, none, a libvirt network name (e.g. default) or bridge:DEVICE.</source>
        <translation>user, none, der Name eines libvirt-Netzes (z. B. default) oder bridge:GERÄT.</translation>
    </message>
    <message>
        <location filename="../app/commands/CreateCommand.cpp" line="72" />
        <source>kvm or emulation.</source>
        <translation>kvm oder emulation.</translation>
    </message>
    <message>
        <location filename="../app/commands/CreateCommand.cpp" line="75" />
        <source>Define the VM but do not start it.</source>
        <translation>Die VM definieren, aber nicht starten.</translation>
    </message>
    <message>
        <location filename="../app/commands/CreateCommand.cpp" line="78" />
        <source>Keep the install image in the CD-ROM drive after installing (by default it is in for the first run only, and the machine boots its disk first).</source>
        <translation>Das Installationsabbild nach der Installation im CD-ROM-Laufwerk lassen (normalerweise ist es nur beim ersten Lauf eingelegt, und die Maschine startet zuerst von ihrer Festplatte).</translation>
    </message>
    <message>
        <location filename="../app/commands/CreateCommand.cpp" line="82" />
        <source>A cloud image (qcow2 or raw, e.g. Debian's genericcloud) to make the VM's disk from, set up at first boot by cloud-init.</source>
        <translation>Ein Cloud-Abbild (qcow2 oder raw, z. B. genericcloud von Debian), aus dem die Festplatte der VM entsteht, beim ersten Start von cloud-init eingerichtet.</translation>
    </message>
    <message>
        <location filename="../app/commands/CreateCommand.cpp" line="87" />
        <source>Copy the cloud image into the pool instead of a linked copy (which stores only what the VM changes).</source>
        <translation>Das Cloud-Abbild in den Pool kopieren statt einer verknüpften Kopie (die nur speichert, was die VM ändert).</translation>
    </message>
    <message>
        <location filename="../app/commands/CreateCommand.cpp" line="90" />
        <source>Cloud image: the account to make (default: your user name).</source>
        <translation>Cloud-Abbild: das anzulegende Konto (Vorgabe: Ihr Benutzername).</translation>
    </message>
    <message>
        <location filename="../app/commands/CreateCommand.cpp" line="95" />
        <source>Cloud image: an SSH public key file to log in with (repeatable; default: ~/.ssh/id_*.pub).</source>
        <translation>Cloud-Abbild: eine Datei mit öffentlichem SSH-Schlüssel zum Anmelden (wiederholbar; Vorgabe: ~/.ssh/id_*.pub).</translation>
    </message>
    <message>
        <location filename="../app/commands/CreateCommand.cpp" line="100" />
        <source>Cloud image: a file whose first line is the account's password (stored in the VM only as a hash).</source>
        <translation>Cloud-Abbild: eine Datei, deren erste Zeile das Passwort des Kontos ist (in der VM nur als Hash gespeichert).</translation>
    </message>
    <message>
        <location filename="../app/commands/CreateCommand.cpp" line="105" />
        <source>Encrypt the new disk (LUKS); its passphrase is asked at the terminal (twice), read from --passphrase-file, or the first line of stdin, and kept as a private libvirt secret.</source>
        <translation>Die neue Festplatte verschlüsseln (LUKS); die Passphrase wird am Terminal (zweimal) erfragt, aus --passphrase-file oder der ersten Zeile der Standardeingabe gelesen und als privates libvirt-Geheimnis verwahrt.</translation>
    </message>
    <message>
        <location filename="../app/commands/CreateCommand.cpp" line="110" />
        <source>With --encrypt: a file whose first line is the disk's passphrase.</source>
        <translation>Mit --encrypt: eine Datei, deren erste Zeile die Passphrase der Festplatte ist.</translation>
    </message>
    <message>
        <location filename="../app/commands/CreateCommand.cpp" line="114" />
        <source>With --encrypt: also keep the passphrase in the desktop's keyring (Vireo puts a lost libvirt secret back from there when the VM starts).</source>
        <translation>Mit --encrypt: die Passphrase auch im Schlüsselbund der Arbeitsumgebung aufbewahren (Vireo stellt ein verlorenes libvirt-Geheimnis beim Start der VM von dort wieder her).</translation>
    </message>
    <message>
        <location filename="../app/commands/CreateCommand.cpp" line="117" />
        <source>Cloud image: the guest's host name (default: the VM's name).</source>
        <translation>Cloud-Abbild: der Rechnername des Gasts (Vorgabe: der Name der VM).</translation>
    </message>
    <message>
        <location filename="../app/commands/CreateCommand.cpp" line="122" />
        <source>A VM from elsewhere: an OVA or OVF (VirtualBox, VMware), a VMDK, VDI, VHD, VHDX, qcow2 or raw disk (converted to qcow2 in the pool), or a libvirt domain XML file.</source>
        <translation>Eine VM von anderswo: eine OVA oder ein OVF (VirtualBox, VMware), eine VMDK-, VDI-, VHD-, VHDX-, qcow2- oder raw-Festplatte (im Pool nach qcow2 umgewandelt) oder eine XML-Datei einer libvirt-Domäne.</translation>
    </message>
    <message>
        <location filename="../app/commands/CreateCommand.cpp" line="127" />
        <source>The storage pool for the VM's disk (default: default).</source>
        <translation>Der Speicherpool für die Festplatte der VM (Vorgabe: default).</translation>
    </message>
    <message>
        <location filename="../app/commands/CreateCommand.cpp" line="132" />
        <source>Also log the first serial port to this file.</source>
        <translation>Die erste serielle Schnittstelle zusätzlich in diese Datei protokollieren.</translation>
    </message>
    <message>
        <location filename="../app/commands/CreateCommand.cpp" line="135" />
        <source>Express install from --iso, no installer questions: user=NAME,password-file=FILE[,admin-password-file=FILE,timezone=ZONE,lang=LANG,product-key=KEY,hostname=NAME] (time zone and language default to this machine's; the password is written only as a hash where the OS allows, and only into media removed after the install).</source>
        <translation>Schnellinstallation von --iso ohne Fragen des Installationsprogramms: user=NAME,password-file=DATEI[,admin-password-file=DATEI,timezone=ZONE,lang=SPRACHE,product-key=SCHLÜSSEL,hostname=NAME] (Zeitzone und Sprache wie auf diesem Rechner; das Passwort wird nur als Hash geschrieben, wo das Betriebssystem es erlaubt, und nur auf Medien, die nach der Installation entfernt werden).</translation>
    </message>
    <message>
        <location filename="../app/commands/CreateCommand.cpp" line="143" />
        <source>With --unattended: return once the install has started instead of waiting for it to end.</source>
        <translation>Mit --unattended: zurückkehren, sobald die Installation begonnen hat, statt auf ihr Ende zu warten.</translation>
    </message>
    <message>
        <location filename="../app/commands/CreateCommand.cpp" line="147" />
        <source>Express install of Linux: more kernel arguments for the installer (e.g. console=ttyS0).</source>
        <translation>Schnellinstallation von Linux: weitere Kernel-Argumente für das Installationsprogramm (z. B. console=ttyS0).</translation>
    </message>
    <message>
        <location filename="../app/commands/CreateCommand.cpp" line="151" />
        <source>Answer yes to the questions creation asks (QEMU passing through a private folder to reach a file).</source>
        <translation>Die Fragen beim Erstellen mit Ja beantworten (QEMU darf einen privaten Ordner durchqueren, um eine Datei zu erreichen).</translation>
    </message>
    <message>
        <location filename="../app/commands/CreateCommand.cpp" line="155" />
        <source>x86_64 (default) or aarch64 (ARM, emulated; needs qemu-system-arm and qemu-efi-aarch64).</source>
        <translation>x86_64 (Vorgabe) oder aarch64 (ARM, emuliert; braucht qemu-system-arm und qemu-efi-aarch64).</translation>
    </message>
    <message>
        <location filename="../app/commands/CreateCommand.cpp" line="169" />
        <source>Unexpected argument '%1'.</source>
        <translation>Unerwartetes Argument „%1“.</translation>
    </message>
    <message>
        <location filename="../app/commands/CreateCommand.cpp" line="174" />
        <source>--import goes without --iso and --cloud-image.</source>
        <translation>--import geht nicht zusammen mit --iso und --cloud-image.</translation>
    </message>
    <message>
        <location filename="../app/commands/CreateCommand.cpp" line="176" />
        <source>--name is required.</source>
        <translation>--name ist nötig.</translation>
    </message>
    <message>
        <location filename="../app/commands/CreateCommand.cpp" line="178" />
        <source>Give either --iso (an install image) or --cloud-image.</source>
        <translation>Geben Sie entweder --iso (ein Installationsabbild) oder --cloud-image an.</translation>
    </message>
    <message>
        <location filename="../app/commands/CreateCommand.cpp" line="182" />
        <source>--%1 goes with --cloud-image.</source>
        <translation>--%1 gehört zu --cloud-image.</translation>
    </message>
    <message>
        <location filename="../app/commands/CreateCommand.cpp" line="186" />
        <source>--unattended installs from an install image: give --iso.</source>
        <translation>--unattended installiert von einem Installationsabbild: Geben Sie --iso an.</translation>
    </message>
    <message>
        <location filename="../app/commands/CreateCommand.cpp" line="188" />
        <source>--extra-args and --no-wait go with --unattended.</source>
        <translation>--extra-args und --no-wait gehören zu --unattended.</translation>
    </message>
    <message>
        <location filename="../app/commands/CreateCommand.cpp" line="191" />
        <location filename="../app/commands/CreateCommand.cpp" line="367" />
        <source>--unattended: %1</source>
        <translation>--unattended: %1</translation>
    </message>
    <message>
        <location filename="../app/commands/CreateCommand.cpp" line="308" />
        <source>--arch is x86_64 or aarch64.</source>
        <translation>--arch ist x86_64 oder aarch64.</translation>
    </message>
    <message>
        <location filename="../app/commands/CreateCommand.cpp" line="311" />
        <source>This host cannot run %1 machines.</source>
        <translation>Dieser Rechner kann keine %1-Maschinen ausführen.</translation>
    </message>
    <message>
        <location filename="../app/commands/CreateCommand.cpp" line="316" />
        <source>ARM machines are emulated on this host: --accel kvm does not go with --arch aarch64.</source>
        <translation>ARM-Maschinen werden auf diesem Rechner emuliert: --accel kvm geht nicht zusammen mit --arch aarch64.</translation>
    </message>
    <message>
        <location filename="../app/commands/CreateCommand.cpp" line="360" />
        <source>An express install needs to know the OS: name it with --os.</source>
        <translation>Eine Schnellinstallation muss das Betriebssystem kennen: Nennen Sie es mit --os.</translation>
    </message>
    <message>
        <location filename="../app/commands/CreateCommand.cpp" line="372" />
        <source>%1 has no install script in osinfo-db: using %2.</source>
        <translation>%1 hat kein Installationsskript in osinfo-db: %2 wird verwendet.</translation>
    </message>
    <message>
        <location filename="../app/commands/CreateCommand.cpp" line="407" />
        <source>Cannot read the SSH key %1.</source>
        <translation>Der SSH-Schlüssel %1 kann nicht gelesen werden.</translation>
    </message>
    <message>
        <location filename="../app/commands/CreateCommand.cpp" line="416" />
        <location filename="../app/commands/CreateCommand.cpp" line="429" />
        <source>Cannot read %1.</source>
        <translation>%1 kann nicht gelesen werden.</translation>
    </message>
    <message>
        <location filename="../app/commands/CreateCommand.cpp" line="423" />
        <source>--passphrase-file and --keep-passphrase go with --encrypt</source>
        <translation>--passphrase-file und --keep-passphrase gehören zu --encrypt</translation>
    </message>
    <message>
        <location filename="../app/commands/CreateCommand.cpp" line="432" />
        <source>Passphrase of the encrypted disk: </source>
        <translation>Passphrase der verschlüsselten Festplatte: </translation>
    </message>
    <message>
        <location filename="../app/commands/CreateCommand.cpp" line="434" />
        <source>The same passphrase again: </source>
        <translation>Dieselbe Passphrase noch einmal: </translation>
    </message>
    <message>
        <location filename="../app/commands/CreateCommand.cpp" line="464" />
        <source>installing without questions; the installed system starts when it is done (Ctrl+C leaves the install running: Vireo finishes it the next time it runs).</source>
        <translation>Installation ohne Fragen; das installierte System startet, wenn sie fertig ist (Strg+C lässt die Installation weiterlaufen: Vireo schließt sie beim nächsten Mal ab).</translation>
    </message>
    <message>
        <location filename="../app/commands/CreateCommand.cpp" line="479" />
        <source>The install run ended without the installer's reboot (stopped from outside?): the machine stays off.</source>
        <translation>Der Installationslauf endete ohne den Neustart des Installationsprogramms (von außen gestoppt?): Die Maschine bleibt aus.</translation>
    </message>
    <message>
        <location filename="../app/commands/CreateCommand.cpp" line="482" />
        <source>installed: %1 runs its installed system.</source>
        <translation>installiert: %1 führt ihr installiertes System aus.</translation>
    </message>
    <message>
        <location filename="../app/commands/CreateCommand.cpp" line="212" />
        <source>Unknown OS '%1'. `osinfo-query os` lists the short ids.</source>
        <translation>Unbekanntes Betriebssystem „%1“. `osinfo-query os` listet die Kurzkennungen.</translation>
    </message>
    <message>
        <location filename="../app/commands/CreateCommand.cpp" line="218" />
        <source>%1 is newer than the OS database: using %2's settings (name another with --os).</source>
        <translation>%1 ist neuer als die Betriebssystem-Datenbank: Die Einstellungen von %2 werden verwendet (ein anderes mit --os nennen).</translation>
    </message>
    <message>
        <location filename="../app/commands/CreateCommand.cpp" line="222" />
        <source>The OS on %1 was not recognised; using generic defaults (name one with --os).</source>
        <translation>Das Betriebssystem auf %1 wurde nicht erkannt; allgemeine Vorgaben werden verwendet (eines mit --os nennen).</translation>
    </message>
    <message>
        <location filename="../app/commands/CreateCommand.cpp" line="247" />
        <source>--memory takes a number of MiB.</source>
        <translation>--memory nimmt eine Anzahl MiB.</translation>
    </message>
    <message>
        <location filename="../app/commands/CreateCommand.cpp" line="252" />
        <source>--vcpus takes a number.</source>
        <translation>--vcpus nimmt eine Zahl.</translation>
    </message>
    <message>
        <location filename="../app/commands/CreateCommand.cpp" line="257" />
        <source>--disk takes a number of GiB.</source>
        <translation>--disk nimmt eine Anzahl GiB.</translation>
    </message>
    <message>
        <location filename="../app/commands/CreateCommand.cpp" line="269" />
        <source>--firmware is bios, uefi or uefi-secure.</source>
        <translation>--firmware ist bios, uefi oder uefi-secure.</translation>
    </message>
    <message>
        <location filename="../app/commands/CreateCommand.cpp" line="276" />
        <source>--graphics is spice or vnc.</source>
        <translation>--graphics ist spice oder vnc.</translation>
    </message>
    <message>
        <location filename="../app/commands/CreateCommand.cpp" line="302" />
        <source>--accel is kvm or emulation.</source>
        <translation>--accel ist kvm oder emulation.</translation>
    </message>
</context>
<context>
    <name>CreationText</name>
    <message>
        <location filename="../engine/create/NewDisk.cpp" line="52" />
        <source>The image %1 does not exist.</source>
        <translation>Das Abbild %1 existiert nicht.</translation>
    </message>
    <message>
        <location filename="../engine/create/NewDisk.cpp" line="56" />
        <source>The image %1 cannot be read.</source>
        <translation>Das Abbild %1 kann nicht gelesen werden.</translation>
    </message>
    <message>
        <location filename="../engine/create/NewDisk.cpp" line="66" />
        <source>%1 is a VMware, Hyper-V or VirtualBox disk: import it (it is converted to qcow2) rather than using it as a cloud image.</source>
        <translation>%1 ist eine Festplatte von VMware, Hyper-V oder VirtualBox: Importieren Sie sie (sie wird nach qcow2 umgewandelt), statt sie als Cloud-Abbild zu verwenden.</translation>
    </message>
    <message>
        <location filename="../engine/create/NewDisk.cpp" line="83" />
        <source>There is no storage pool called '%1'.</source>
        <translation>Es gibt keinen Speicherpool namens „%1“.</translation>
    </message>
    <message>
        <location filename="../engine/create/NewDisk.cpp" line="94" />
        <source>Could not create the default storage pool.</source>
        <translation>Der Standard-Speicherpool konnte nicht angelegt werden.</translation>
    </message>
    <message>
        <location filename="../engine/create/NewDisk.cpp" line="102" />
        <source>Could not start the storage pool '%1'.</source>
        <translation>Der Speicherpool „%1“ konnte nicht gestartet werden.</translation>
    </message>
    <message>
        <location filename="../engine/create/HostOffers.cpp" line="62" />
        <source>ARM (aarch64) machines need their UEFI firmware: install qemu-efi-aarch64.</source>
        <translation>ARM-Maschinen (aarch64) brauchen ihre UEFI-Firmware: Installieren Sie qemu-efi-aarch64.</translation>
    </message>
    <message>
        <location filename="../engine/create/HostOffers.cpp" line="64" />
        <source>ARM (aarch64) machines need qemu-system-arm and qemu-efi-aarch64 on the host.</source>
        <translation>ARM-Maschinen (aarch64) brauchen qemu-system-arm und qemu-efi-aarch64 auf dem Rechner.</translation>
    </message>
    <message>
        <location filename="../engine/create/HostOffers.cpp" line="78" />
        <source>There is no network called '%1'.</source>
        <translation>Es gibt kein Netz namens „%1“.</translation>
    </message>
    <message>
        <location filename="../engine/create/HostOffers.cpp" line="89" />
        <source>Could not create the default network.</source>
        <translation>Das Standardnetz konnte nicht angelegt werden.</translation>
    </message>
    <message>
        <location filename="../engine/create/HostOffers.cpp" line="97" />
        <source>Could not start the network '%1'.</source>
        <translation>Das Netz „%1“ konnte nicht gestartet werden.</translation>
    </message>
    <message>
        <location filename="../engine/create/HostOffers.cpp" line="108" />
        <source>Read the host's bridges</source>
        <translation>Die Brücken des Rechners lesen</translation>
    </message>
    <message>
        <location filename="../engine/create/VmCreator.cpp" line="49" />
        <source>The new machine has no CD-ROM drive for %1.</source>
        <translation>Die neue Maschine hat kein CD-ROM-Laufwerk für %1.</translation>
    </message>
    <message>
        <location filename="../engine/create/VmCreator.cpp" line="121" />
        <source>A virtual machine needs some memory.</source>
        <translation>Eine virtuelle Maschine braucht etwas Arbeitsspeicher.</translation>
    </message>
    <message>
        <location filename="../engine/create/VmCreator.cpp" line="123" />
        <source>%1 MiB of memory is more than this host has (%2 MiB).</source>
        <translation>%1 MiB Arbeitsspeicher sind mehr, als dieser Rechner hat (%2 MiB).</translation>
    </message>
    <message>
        <location filename="../engine/create/VmCreator.cpp" line="127" />
        <source>A virtual machine needs at least one vCPU.</source>
        <translation>Eine virtuelle Maschine braucht mindestens eine vCPU.</translation>
    </message>
    <message>
        <location filename="../engine/create/VmCreator.cpp" line="129" />
        <source>%1 vCPUs are more than this host has (%2).</source>
        <translation>%1 vCPUs sind mehr, als dieser Rechner hat (%2).</translation>
    </message>
    <message>
        <location filename="../engine/create/VmCreator.cpp" line="139" />
        <source>A machine set up by cloud-init starts at once: its first boot is when the settings are applied.</source>
        <translation>Eine von cloud-init eingerichtete Maschine startet sofort: Beim ersten Start werden die Einstellungen angewendet.</translation>
    </message>
    <message>
        <location filename="../engine/create/VmCreator.cpp" line="162" />
        <source>The storage pool '%1' has no folder for the cloud-init seed.</source>
        <translation>Der Speicherpool „%1“ hat keinen Ordner für die cloud-init-Daten.</translation>
    </message>
    <message>
        <location filename="../engine/create/VmCreator.cpp" line="172" />
        <source>Read the host's capacity</source>
        <translation>Die Kapazität des Rechners lesen</translation>
    </message>
    <message>
        <location filename="../engine/create/VmCreator.cpp" line="176" />
        <source>Could not read the host's capacity.</source>
        <translation>Die Kapazität des Rechners konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <location filename="../engine/create/VmCreator.cpp" line="188" />
        <source>Read free space</source>
        <translation>Freien Platz lesen</translation>
    </message>
    <message>
        <location filename="../engine/create/VmCreator.cpp" line="212" />
        <source>Create %1</source>
        <translation>%1 erstellen</translation>
    </message>
    <message>
        <location filename="../engine/create/VmCreator.cpp" line="217" />
        <source>Cloud images, express installs and copied disk images need a connection to this machine for now (qemu:///system or qemu:///session).</source>
        <translation>Cloud-Abbilder, Schnellinstallationen und kopierte Festplattenabbilder brauchen vorerst eine Verbindung zu diesem Rechner (qemu:///system oder qemu:///session).</translation>
    </message>
    <message>
        <location filename="../engine/create/VmCreator.cpp" line="222" />
        <source>Express installs are for x86-64 machines for now: the installer asks its questions in the console.</source>
        <translation>Schnellinstallationen gibt es vorerst nur für x86-64-Maschinen: Das Installationsprogramm stellt seine Fragen in der Konsole.</translation>
    </message>
    <message>
        <location filename="../engine/create/VmCreator.cpp" line="226" />
        <source>An express install runs when the machine starts: it cannot be made without starting it.</source>
        <translation>Eine Schnellinstallation läuft beim Start der Maschine: Sie lässt sich nicht ohne Start anlegen.</translation>
    </message>
    <message>
        <location filename="../engine/create/VmCreator.cpp" line="235" />
        <source>A virtual machine called '%1' exists already.</source>
        <translation>Eine virtuelle Maschine namens „%1“ gibt es bereits.</translation>
    </message>
    <message>
        <location filename="../engine/create/VmCreator.cpp" line="256" />
        <source>QEMU cannot reach %1.</source>
        <translation>QEMU erreicht %1 nicht.</translation>
    </message>
    <message>
        <location filename="../engine/create/VmCreator.cpp" line="267" />
        <source>Only a new empty disk can be encrypted: not a cloud image's layer or a copied disk image.</source>
        <translation>Nur eine neue leere Festplatte kann verschlüsselt werden: nicht die Schicht eines Cloud-Abbilds und kein kopiertes Festplattenabbild.</translation>
    </message>
    <message>
        <location filename="../engine/create/VmCreator.cpp" line="307" />
        <source>Copying the disk image</source>
        <translation>Das Festplattenabbild wird kopiert</translation>
    </message>
    <message>
        <location filename="../engine/create/VmCreator.cpp" line="327" />
        <source>Could not copy %1 into the storage pool.</source>
        <translation>%1 konnte nicht in den Speicherpool kopiert werden.</translation>
    </message>
    <message>
        <location filename="../engine/create/VmCreator.cpp" line="340" />
        <source>Creating the disk</source>
        <translation>Die Festplatte wird angelegt</translation>
    </message>
    <message>
        <location filename="../engine/create/VmCreator.cpp" line="385" />
        <source>Writing the cloud-init settings</source>
        <translation>Die cloud-init-Einstellungen werden geschrieben</translation>
    </message>
    <message>
        <location filename="../engine/create/VmCreator.cpp" line="404" />
        <source>Preparing the express install</source>
        <translation>Die Schnellinstallation wird vorbereitet</translation>
    </message>
    <message>
        <location filename="../engine/create/VmCreator.cpp" line="418" />
        <source>An express install needs the OS's install image.</source>
        <translation>Eine Schnellinstallation braucht das Installationsabbild des Betriebssystems.</translation>
    </message>
    <message>
        <location filename="../engine/create/NewDisk.cpp" line="156" />
        <source>The disk (%1 GiB) is larger than the free space in the pool '%2' (%3 GiB). Confirm to create it anyway: it only grows as the guest writes.</source>
        <translation>Die Festplatte (%1 GiB) ist größer als der freie Platz im Pool „%2“ (%3 GiB). Bestätigen Sie, um sie trotzdem anzulegen: Sie wächst nur, wenn der Gast schreibt.</translation>
    </message>
    <message>
        <location filename="../engine/create/NewDisk.cpp" line="182" />
        <source>The passphrase could not be kept in the keyring.</source>
        <translation>Die Passphrase konnte nicht im Schlüsselbund aufbewahrt werden.</translation>
    </message>
    <message>
        <location filename="../engine/create/NewDisk.cpp" line="201" />
        <source>Could not create the disk.</source>
        <translation>Die Festplatte konnte nicht angelegt werden.</translation>
    </message>
    <message>
        <location filename="../engine/create/VmCreator.cpp" line="425" />
        <source>Defining the machine</source>
        <translation>Die Maschine wird definiert</translation>
    </message>
    <message>
        <location filename="../engine/create/VmCreator.cpp" line="430" />
        <source>Could not define '%1'.</source>
        <translation>„%1“ konnte nicht definiert werden.</translation>
    </message>
    <message>
        <location filename="../engine/create/VmCreator.cpp" line="440" />
        <source>Starting the machine</source>
        <translation>Die Maschine wird gestartet</translation>
    </message>
    <message>
        <location filename="../engine/create/VmCreator.cpp" line="446" />
        <location filename="../engine/create/VmCreator.cpp" line="455" />
        <source>Could not start '%1'.</source>
        <translation>„%1“ konnte nicht gestartet werden.</translation>
    </message>
    <message>
        <location filename="../engine/create/VmCreator.cpp" line="474" />
        <source>KVM could not be used; software emulation works without it (slower).</source>
        <translation>KVM konnte nicht verwendet werden; Software-Emulation funktioniert ohne (langsamer).</translation>
    </message>
</context>
<context>
    <name>DisposableText</name>
    <message>
        <location filename="../engine/templates/Disposable.cpp" line="74" />
        <source>Run disposable</source>
        <translation>Wegwerf-Lauf</translation>
    </message>
    <message>
        <location filename="../engine/templates/Disposable.cpp" line="78" />
        <source>The template is gone.</source>
        <translation>Die Vorlage ist nicht mehr da.</translation>
    </message>
    <message>
        <location filename="../engine/templates/Disposable.cpp" line="82" />
        <source>%1 is not a template. A disposable run writes to overlays on its disks, which must not change under them: make it a template first.</source>
        <translation>%1 ist keine Vorlage. Ein Wegwerf-Lauf schreibt auf Schichten über ihren Festplatten, die sich darunter nicht ändern dürfen: Machen Sie sie zuerst zur Vorlage.</translation>
    </message>
    <message>
        <location filename="../engine/templates/Disposable.cpp" line="157" />
        <source>Clean up disposable runs</source>
        <translation>Wegwerf-Läufe aufräumen</translation>
    </message>
</context>
<context>
    <name>DoctorText</name>
    <message>
        <location filename="../app/commands/DoctorCommand.cpp" line="38" />
        <source>ok</source>
        <translation>ok</translation>
    </message>
    <message>
        <location filename="../app/commands/DoctorCommand.cpp" line="40" />
        <source>warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <location filename="../app/commands/DoctorCommand.cpp" line="44" />
        <source>PROBLEM</source>
        <translation>PROBLEM</translation>
    </message>
    <message>
        <location filename="../app/commands/DoctorCommand.cpp" line="52" />
        <source>Checks that this host is ready for virtual machines: the libvirt daemon, KVM, software emulation, the default network and storage pool. Exits 1 when something is a problem.</source>
        <translation>Prüft, ob dieser Rechner für virtuelle Maschinen bereit ist: den libvirt-Dienst, KVM, die Software-Emulation, das Standardnetz und den Standard-Speicherpool. Endet mit 1, wenn etwas ein Problem ist.</translation>
    </message>
    <message>
        <location filename="../app/commands/DoctorCommand.cpp" line="58" />
        <source>Make the fixes Vireo can (start the default network, create or start the default pool), then check again.</source>
        <translation>Behebt, was Vireo beheben kann (das Standardnetz starten, den Standardpool anlegen oder starten), und prüft dann erneut.</translation>
    </message>
    <message>
        <location filename="../app/commands/DoctorCommand.cpp" line="66" />
        <source>doctor takes no arguments (see --help)</source>
        <translation>doctor nimmt keine Argumente (siehe --help)</translation>
    </message>
    <message>
        <location filename="../app/commands/DoctorCommand.cpp" line="79" />
        <source>Fixed: %1.</source>
        <translation>Behoben: %1.</translation>
    </message>
    <message>
        <location filename="../app/commands/DoctorCommand.cpp" line="83" />
        <source>Could not fix %1: %2</source>
        <translation>%1 konnte nicht behoben werden: %2</translation>
    </message>
    <message>
        <location filename="../app/commands/DoctorCommand.cpp" line="108" />
        <source>Run:</source>
        <translation>Ausführen:</translation>
    </message>
    <message>
        <location filename="../app/commands/DoctorCommand.cpp" line="111" />
        <source>Or: vireo doctor --fix</source>
        <translation>Oder: vireo doctor --fix</translation>
    </message>
</context>
<context>
    <name>DomainInfoText</name>
    <message>
        <location filename="../engine/domains/DomainInfo.cpp" line="38" />
        <source>shut down</source>
        <translation>heruntergefahren</translation>
    </message>
    <message>
        <location filename="../engine/domains/DomainInfo.cpp" line="40" />
        <source>forced off</source>
        <translation>ausgeschaltet erzwungen</translation>
    </message>
    <message>
        <location filename="../engine/domains/DomainInfo.cpp" line="42" />
        <source>crashed</source>
        <translation>abgestürzt</translation>
    </message>
    <message>
        <location filename="../engine/domains/DomainInfo.cpp" line="44" />
        <source>saved</source>
        <translation>gesichert</translation>
    </message>
    <message>
        <location filename="../engine/domains/DomainInfo.cpp" line="46" />
        <source>failed to start</source>
        <translation>Start fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../engine/domains/DomainInfo.cpp" line="48" />
        <location filename="../engine/domains/DomainInfo.cpp" line="69" />
        <location filename="../engine/domains/DomainInfo.cpp" line="88" />
        <source>from snapshot</source>
        <translation>aus einem Schnappschuss</translation>
    </message>
    <message>
        <location filename="../engine/domains/DomainInfo.cpp" line="50" />
        <source>daemon stopped</source>
        <translation>Dienst beendet</translation>
    </message>
    <message>
        <location filename="../engine/domains/DomainInfo.cpp" line="57" />
        <source>by user</source>
        <translation>vom Benutzer</translation>
    </message>
    <message>
        <location filename="../engine/domains/DomainInfo.cpp" line="59" />
        <source>migrating</source>
        <translation>wird migriert</translation>
    </message>
    <message>
        <location filename="../engine/domains/DomainInfo.cpp" line="61" />
        <source>saving</source>
        <translation>wird gesichert</translation>
    </message>
    <message>
        <location filename="../engine/domains/DomainInfo.cpp" line="63" />
        <source>dumping</source>
        <translation>Speicherabzug wird geschrieben</translation>
    </message>
    <message>
        <location filename="../engine/domains/DomainInfo.cpp" line="65" />
        <source>I/O error</source>
        <translation>Ein-/Ausgabefehler</translation>
    </message>
    <message>
        <location filename="../engine/domains/DomainInfo.cpp" line="67" />
        <source>watchdog</source>
        <translation>Watchdog</translation>
    </message>
    <message>
        <location filename="../engine/domains/DomainInfo.cpp" line="71" />
        <source>shutting down</source>
        <translation>fährt herunter</translation>
    </message>
    <message>
        <location filename="../engine/domains/DomainInfo.cpp" line="73" />
        <source>taking snapshot</source>
        <translation>Schnappschuss wird erstellt</translation>
    </message>
    <message>
        <location filename="../engine/domains/DomainInfo.cpp" line="75" />
        <source>guest panicked</source>
        <translation>Gastsystem abgestürzt (Panic)</translation>
    </message>
    <message>
        <location filename="../engine/domains/DomainInfo.cpp" line="77" />
        <source>starting up</source>
        <translation>startet</translation>
    </message>
    <message>
        <location filename="../engine/domains/DomainInfo.cpp" line="84" />
        <source>migrated</source>
        <translation>migriert</translation>
    </message>
    <message>
        <location filename="../engine/domains/DomainInfo.cpp" line="86" />
        <source>restored</source>
        <translation>wiederhergestellt</translation>
    </message>
    <message>
        <location filename="../engine/domains/DomainInfo.cpp" line="90" />
        <source>unpaused</source>
        <translation>fortgesetzt</translation>
    </message>
    <message>
        <location filename="../engine/domains/DomainInfo.cpp" line="92" />
        <source>woken up</source>
        <translation>aufgeweckt</translation>
    </message>
    <message>
        <location filename="../engine/domains/DomainInfo.cpp" line="97" />
        <source>panicked</source>
        <translation>abgestürzt (Panic)</translation>
    </message>
    <message>
        <location filename="../engine/domains/DomainInfo.cpp" line="108" />
        <source>Running</source>
        <translation>Läuft</translation>
    </message>
    <message>
        <location filename="../engine/domains/DomainInfo.cpp" line="110" />
        <source>Paused</source>
        <translation>Angehalten</translation>
    </message>
    <message>
        <location filename="../engine/domains/DomainInfo.cpp" line="112" />
        <source>Shutting down</source>
        <translation>Fährt herunter</translation>
    </message>
    <message>
        <location filename="../engine/domains/DomainInfo.cpp" line="115" />
        <source>Saved</source>
        <translation>Gesichert</translation>
    </message>
    <message>
        <location filename="../engine/domains/DomainInfo.cpp" line="117" />
        <source>Shut off (crashed)</source>
        <translation>Ausgeschaltet (abgestürzt)</translation>
    </message>
    <message>
        <location filename="../engine/domains/DomainInfo.cpp" line="119" />
        <source>Shut off (failed)</source>
        <translation>Ausgeschaltet (fehlgeschlagen)</translation>
    </message>
    <message>
        <location filename="../engine/domains/DomainInfo.cpp" line="122" />
        <source>Template</source>
        <translation>Vorlage</translation>
    </message>
    <message>
        <location filename="../engine/domains/DomainInfo.cpp" line="123" />
        <source>Shut off</source>
        <translation>Ausgeschaltet</translation>
    </message>
    <message>
        <location filename="../engine/domains/DomainInfo.cpp" line="125" />
        <source>Crashed</source>
        <translation>Abgestürzt</translation>
    </message>
    <message>
        <location filename="../engine/domains/DomainInfo.cpp" line="127" />
        <source>Suspended</source>
        <translation>Im Ruhezustand</translation>
    </message>
    <message>
        <location filename="../engine/domains/DomainInfo.cpp" line="131" />
        <source>Unknown</source>
        <translation>Unbekannt</translation>
    </message>
    <message>
        <location filename="../engine/domains/DomainInfo.cpp" line="137" />
        <location filename="../engine/domains/DomainInfo.cpp" line="139" />
        <source>%1 GiB</source>
        <translation>%1 GiB</translation>
    </message>
    <message>
        <location filename="../engine/domains/DomainInfo.cpp" line="141" />
        <source>%1 MiB</source>
        <translation>%1 MiB</translation>
    </message>
</context>
<context>
    <name>DomainListModel</name>
    <message>
        <location filename="../engine/domains/DomainListModel.cpp" line="229" />
        <source>Template, no instances</source>
        <translation>Vorlage, keine Instanzen</translation>
    </message>
    <message>
        <location filename="../engine/domains/DomainListModel.cpp" line="230" />
        <source>Template, 1 instance</source>
        <translation>Vorlage, 1 Instanz</translation>
    </message>
    <message>
        <location filename="../engine/domains/DomainListModel.cpp" line="231" />
        <source>Template, %1 instances</source>
        <translation>Vorlage, %1 Instanzen</translation>
    </message>
    <message>
        <location filename="../engine/domains/DomainListModel.cpp" line="243" />
        <source>Templates</source>
        <translation>Vorlagen</translation>
    </message>
    <message>
        <location filename="../engine/domains/DomainListModel.cpp" line="245" />
        <source>1 template</source>
        <translation>1 Vorlage</translation>
    </message>
    <message>
        <location filename="../engine/domains/DomainListModel.cpp" line="246" />
        <source>%1 templates</source>
        <translation>%1 Vorlagen</translation>
    </message>
    <message>
        <location filename="../engine/domains/DomainListModel.cpp" line="249" />
        <source>Read-only images to make instances from: New Instances, Run Disposable</source>
        <translation>Schreibgeschützte Abbilder, aus denen Instanzen entstehen: Neue Instanzen, Wegwerf-Lauf</translation>
    </message>
    <message>
        <location filename="../engine/domains/DomainListModel.cpp" line="370" />
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../engine/domains/DomainListModel.cpp" line="372" />
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <location filename="../engine/domains/DomainListModel.cpp" line="374" />
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <location filename="../engine/domains/DomainListModel.cpp" line="365" />
        <source>Operating system</source>
        <translation>Betriebssystem</translation>
    </message>
    <message>
        <location filename="../engine/domains/DomainListModel.cpp" line="376" />
        <source>OS</source>
        <translation>System</translation>
    </message>
    <message>
        <location filename="../engine/domains/DomainListModel.cpp" line="378" />
        <source>vCPUs</source>
        <translation>vCPUs</translation>
    </message>
    <message>
        <location filename="../engine/domains/DomainListModel.cpp" line="380" />
        <source>Memory</source>
        <translation>Arbeitsspeicher</translation>
    </message>
    <message>
        <location filename="../engine/domains/DomainListModel.cpp" line="382" />
        <source>CPU</source>
        <translation>CPU</translation>
    </message>
</context>
<context>
    <name>EditText</name>
    <message>
        <location filename="../app/commands/EditCommand.cpp" line="59" />
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../app/commands/EditCommand.cpp" line="59" />
        <source>running</source>
        <translation>läuft</translation>
    </message>
    <message>
        <location filename="../app/commands/EditCommand.cpp" line="60" />
        <source>not running</source>
        <translation>läuft nicht</translation>
    </message>
    <message>
        <location filename="../app/commands/EditCommand.cpp" line="61" />
        <source>  vCPUs: %1 of at most %2, model %3</source>
        <translation>  vCPUs: %1 von höchstens %2, Modell %3</translation>
    </message>
    <message>
        <location filename="../app/commands/EditCommand.cpp" line="65" />
        <source>default</source>
        <translation>Vorgabe</translation>
    </message>
    <message>
        <location filename="../app/commands/EditCommand.cpp" line="68" />
        <source>  vCPU %1 on host CPUs %2</source>
        <translation>  vCPU %1 auf den CPUs %2 des Rechners</translation>
    </message>
    <message>
        <location filename="../app/commands/EditCommand.cpp" line="69" />
        <source>  Memory: %1 of at most %2</source>
        <translation>  Arbeitsspeicher: %1 von höchstens %2</translation>
    </message>
    <message>
        <location filename="../app/commands/EditCommand.cpp" line="71" />
        <source>  Boot: %1</source>
        <translation>  Start: %1</translation>
    </message>
    <message>
        <location filename="../app/commands/EditCommand.cpp" line="72" />
        <source>  Autostart: %1</source>
        <translation>  Autostart: %1</translation>
    </message>
    <message>
        <location filename="../app/commands/EditCommand.cpp" line="73" />
        <source>on</source>
        <translation>ein</translation>
    </message>
    <message>
        <location filename="../app/commands/EditCommand.cpp" line="73" />
        <source>off</source>
        <translation>aus</translation>
    </message>
    <message>
        <location filename="../app/commands/EditCommand.cpp" line="77" />
        <source>  Pending until restart: %1</source>
        <translation>  Bis zum Neustart ausstehend: %1</translation>
    </message>
    <message>
        <location filename="../app/commands/EditCommand.cpp" line="86" />
        <source>Changes a virtual machine's hardware: live where the hypervisor allows, else at its next boot. Without options, prints the hardware.</source>
        <translation>Ändert die Hardware einer virtuellen Maschine: im laufenden Betrieb, wo der Hypervisor es erlaubt, sonst beim nächsten Start. Ohne Optionen wird die Hardware ausgegeben.</translation>
    </message>
    <message>
        <location filename="../app/commands/EditCommand.cpp" line="90" />
        <source>Name or UUID of the VM.</source>
        <translation>Name oder UUID der VM.</translation>
    </message>
    <message>
        <location filename="../app/commands/EditCommand.cpp" line="92" />
        <source>Memory (the balloon), e.g. 512M, 2G.</source>
        <translation>Arbeitsspeicher (der Ballon), z. B. 512M, 2G.</translation>
    </message>
    <message>
        <location filename="../app/commands/EditCommand.cpp" line="95" />
        <source>Maximum memory (next boot).</source>
        <translation>Höchstmenge Arbeitsspeicher (nächster Start).</translation>
    </message>
    <message>
        <location filename="../app/commands/EditCommand.cpp" line="97" />
        <source>vCPUs.</source>
        <translation>vCPUs.</translation>
    </message>
    <message>
        <location filename="../app/commands/EditCommand.cpp" line="100" />
        <source>Maximum vCPUs (next boot).</source>
        <translation>Höchstzahl vCPUs (nächster Start).</translation>
    </message>
    <message>
        <location filename="../app/commands/EditCommand.cpp" line="104" />
        <source>host-passthrough, host-model or a model name (next boot).</source>
        <translation>host-passthrough, host-model oder ein Modellname (nächster Start).</translation>
    </message>
    <message>
        <location filename="../app/commands/EditCommand.cpp" line="107" />
        <source>Pin a vCPU to host CPUs, e.g. 0:2-3 (repeatable).</source>
        <translation>Eine vCPU an CPUs des Rechners binden, z. B. 0:2-3 (wiederholbar).</translation>
    </message>
    <message>
        <location filename="../app/commands/EditCommand.cpp" line="111" />
        <source>A new disk: a size (a new qcow2 volume in pool 'default') or a path, optionally followed by ,bus=virtio|sata|scsi ,pool=NAME ,readonly.</source>
        <translation>Eine neue Festplatte: eine Größe (ein neuer qcow2-Datenträger im Pool „default“) oder ein Pfad, wahlweise gefolgt von ,bus=virtio|sata|scsi ,pool=NAME ,readonly.</translation>
    </message>
    <message>
        <location filename="../app/commands/EditCommand.cpp" line="116" />
        <source>Remove a device by its target (vdb), MAC or key (rng#0) (repeatable).</source>
        <translation>Ein Gerät nach Ziel (vdb), MAC oder Schlüssel (rng#0) entfernen (wiederholbar).</translation>
    </message>
    <message>
        <location filename="../app/commands/EditCommand.cpp" line="119" />
        <source>Insert a disc image into the first CD-ROM, or 'eject'; TARGET=PATH for another drive.</source>
        <translation>Ein Datenträgerabbild ins erste CD-ROM-Laufwerk einlegen oder „eject“; ZIEL=PFAD für ein anderes Laufwerk.</translation>
    </message>
    <message>
        <location filename="../app/commands/EditCommand.cpp" line="124" />
        <source>A new network card on a virtual network, or bridge:DEV.</source>
        <translation>Eine neue Netzwerkkarte an einem virtuellen Netz oder bridge:GERÄT.</translation>
    </message>
    <message>
        <location filename="../app/commands/EditCommand.cpp" line="127" />
        <source>A network card's link, by MAC: MAC=up or MAC=down.</source>
        <translation>Die Verbindung einer Netzwerkkarte nach MAC: MAC=up oder MAC=down.</translation>
    </message>
    <message>
        <location filename="../app/commands/EditCommand.cpp" line="130" />
        <source>Boot order, e.g. cdrom,hd (next boot).</source>
        <translation>Startreihenfolge, z. B. cdrom,hd (nächster Start).</translation>
    </message>
    <message>
        <location filename="../app/commands/EditCommand.cpp" line="134" />
        <source>A disk's I/O limits in bytes or operations per second, e.g. vda:write_bytes=4194304 (0: no limit).</source>
        <translation>E/A-Grenzen einer Festplatte in Bytes oder Operationen pro Sekunde, z. B. vda:write_bytes=4194304 (0: keine Grenze).</translation>
    </message>
    <message>
        <location filename="../app/commands/EditCommand.cpp" line="138" />
        <source>Start the VM when the host boots.</source>
        <translation>Die VM beim Hochfahren des Rechners starten.</translation>
    </message>
    <message>
        <location filename="../app/commands/EditCommand.cpp" line="140" />
        <source>A short title.</source>
        <translation>Ein kurzer Titel.</translation>
    </message>
    <message>
        <location filename="../app/commands/EditCommand.cpp" line="143" />
        <source>A description.</source>
        <translation>Eine Beschreibung.</translation>
    </message>
    <message>
        <location filename="../app/commands/EditCommand.cpp" line="145" />
        <source>Change the running VM only (gone when it stops).</source>
        <translation>Nur die laufende VM ändern (verschwindet, wenn sie anhält).</translation>
    </message>
    <message>
        <location filename="../app/commands/EditCommand.cpp" line="148" />
        <source>Change the definition only (the next boot). Default: both where possible.</source>
        <translation>Nur die Definition ändern (nächster Start). Vorgabe: beides, wo möglich.</translation>
    </message>
    <message>
        <location filename="../app/commands/EditCommand.cpp" line="150" />
        <source>Edit the XML in $EDITOR (else vi); it is checked, the difference shown, and applied after you agree.</source>
        <translation>Das XML in $EDITOR (sonst vi) bearbeiten; es wird geprüft, der Unterschied gezeigt und nach Ihrer Zustimmung angewendet.</translation>
    </message>
    <message>
        <location filename="../app/commands/EditCommand.cpp" line="154" />
        <source>Do not ask: --xml applies at once, --add-disk makes a disk larger than the pool's free space.</source>
        <translation>Nicht fragen: --xml wendet sofort an, --add-disk legt auch eine Festplatte an, die größer als der freie Platz im Pool ist.</translation>
    </message>
    <message>
        <location filename="../app/commands/EditCommand.cpp" line="163" />
        <source>name one VM (see --help)</source>
        <translation>nennen Sie eine VM (siehe --help)</translation>
    </message>
    <message>
        <location filename="../app/commands/EditCommand.cpp" line="166" />
        <source>--live and --config together are the default; give one or neither</source>
        <translation>--live und --config zusammen sind die Vorgabe; geben Sie eines oder keines an</translation>
    </message>
    <message>
        <location filename="../app/commands/EditCommand.cpp" line="175" />
        <source>--memory: '%1' is not a size (e.g. 512M, 2G)</source>
        <translation>--memory: „%1“ ist keine Größe (z. B. 512M, 2G)</translation>
    </message>
    <message>
        <location filename="../app/commands/EditCommand.cpp" line="181" />
        <source>--max-memory: '%1' is not a size</source>
        <translation>--max-memory: „%1“ ist keine Größe</translation>
    </message>
    <message>
        <location filename="../app/commands/EditCommand.cpp" line="190" />
        <source>--%1: '%2' is not a number of vCPUs (1 or more)</source>
        <translation>--%1: „%2“ ist keine Anzahl vCPUs (1 oder mehr)</translation>
    </message>
    <message>
        <location filename="../app/commands/EditCommand.cpp" line="201" />
        <source>--pin: '%1' is not VCPU:HOSTCPUS (e.g. 0:2-3)</source>
        <translation>--pin: „%1“ ist nicht VCPU:RECHNER-CPUS (z. B. 0:2-3)</translation>
    </message>
    <message>
        <location filename="../app/commands/EditCommand.cpp" line="224" />
        <source>--add-disk: unknown part '%1' (bus=, pool=, readonly)</source>
        <translation>--add-disk: unbekannter Teil „%1“ (bus=, pool=, readonly)</translation>
    </message>
    <message>
        <location filename="../app/commands/EditCommand.cpp" line="242" />
        <source>--add-nic: name a network or bridge:DEVICE</source>
        <translation>--add-nic: nennen Sie ein Netz oder bridge:GERÄT</translation>
    </message>
    <message>
        <location filename="../app/commands/EditCommand.cpp" line="249" />
        <source>--link: '%1' is not MAC=up or MAC=down</source>
        <translation>--link: „%1“ ist nicht MAC=up oder MAC=down</translation>
    </message>
    <message>
        <location filename="../app/commands/EditCommand.cpp" line="258" />
        <source>--iotune: '%1' is not TARGET:key=value,...</source>
        <translation>--iotune: „%1“ ist nicht ZIEL:schlüssel=wert,…</translation>
    </message>
    <message>
        <location filename="../app/commands/EditCommand.cpp" line="272" />
        <source>--iotune: '%1' is not one of read_bytes, write_bytes, total_bytes, read_iops, write_iops, total_iops with a number</source>
        <translation>--iotune: „%1“ ist keiner von read_bytes, write_bytes, total_bytes, read_iops, write_iops, total_iops mit einer Zahl</translation>
    </message>
    <message>
        <location filename="../app/commands/EditCommand.cpp" line="283" />
        <source>--autostart: say on or off</source>
        <translation>--autostart: sagen Sie on oder off</translation>
    </message>
    <message>
        <location filename="../app/commands/EditCommand.cpp" line="311" />
        <source>--cdrom: '%1' has no CD-ROM drive (add one with the Hardware tab)</source>
        <translation>--cdrom: „%1“ hat kein CD-ROM-Laufwerk (fügen Sie eines im Reiter Hardware hinzu)</translation>
    </message>
    <message>
        <location filename="../app/commands/EditCommand.cpp" line="321" />
        <source>--xml cannot be combined with other changes</source>
        <translation>--xml lässt sich nicht mit anderen Änderungen kombinieren</translation>
    </message>
    <message>
        <location filename="../app/commands/EditCommand.cpp" line="330" />
        <source>cannot write a temporary file</source>
        <translation>eine temporäre Datei kann nicht geschrieben werden</translation>
    </message>
    <message>
        <location filename="../app/commands/EditCommand.cpp" line="341" />
        <source>the editor (%1) failed; nothing changed</source>
        <translation>der Editor (%1) ist fehlgeschlagen; nichts geändert</translation>
    </message>
    <message>
        <location filename="../app/commands/EditCommand.cpp" line="343" />
        <source>cannot read the edited file</source>
        <translation>die bearbeitete Datei kann nicht gelesen werden</translation>
    </message>
    <message>
        <location filename="../app/commands/EditCommand.cpp" line="347" />
        <location filename="../app/commands/EditCommand.cpp" line="357" />
        <source>Nothing changed.</source>
        <translation>Nichts geändert.</translation>
    </message>
    <message>
        <location filename="../app/commands/EditCommand.cpp" line="352" />
        <source>Apply these changes? [y/N] </source>
        <translation>Diese Änderungen anwenden? [y/N] </translation>
    </message>
    <message>
        <location filename="../app/commands/EditCommand.cpp" line="363" />
        <source>Applied; a running VM takes it at its next boot.</source>
        <translation>Angewendet; eine laufende VM übernimmt es beim nächsten Start.</translation>
    </message>
    <message>
        <location filename="../engine/templates/Edit.cpp" line="63" />
        <source>The template is being edited in %1: save or discard that edit first.</source>
        <translation>Die Vorlage wird in %1 bearbeitet: Speichern oder verwerfen Sie diese Bearbeitung zuerst.</translation>
    </message>
    <message>
        <location filename="../engine/templates/Edit.cpp" line="80" />
        <source>Edit template</source>
        <translation>Vorlage bearbeiten</translation>
    </message>
    <message>
        <location filename="../engine/templates/Edit.cpp" line="91" />
        <source>The template is gone.</source>
        <translation>Die Vorlage ist nicht mehr da.</translation>
    </message>
    <message>
        <location filename="../engine/templates/Edit.cpp" line="96" />
        <source>%1 is not a template: change it as any VM.</source>
        <translation>%1 ist keine Vorlage: Ändern Sie sie wie jede VM.</translation>
    </message>
    <message>
        <location filename="../engine/templates/Edit.cpp" line="100" />
        <source>%1 is the base of linked instances: %2. A change to its disks would corrupt them: delete or flatten them first, or make a new template from one of them.</source>
        <translation>%1 ist die Grundlage verknüpfter Instanzen: %2. Eine Änderung ihrer Festplatten würde diese beschädigen: Löschen Sie sie zuerst oder machen Sie sie eigenständig, oder erstellen Sie aus einer von ihnen eine neue Vorlage.</translation>
    </message>
    <message>
        <location filename="../engine/templates/Edit.cpp" line="109" />
        <source>Saving an edit back runs qemu-img on the host's files: it works on a local connection only.</source>
        <translation>Das Zurückspeichern einer Bearbeitung führt qemu-img auf den Dateien des Rechners aus: Das geht nur bei einer lokalen Verbindung.</translation>
    </message>
    <message>
        <location filename="../engine/templates/Edit.cpp" line="129" />
        <source>Save template edit</source>
        <translation>Bearbeitung der Vorlage speichern</translation>
    </message>
    <message>
        <location filename="../engine/templates/Edit.cpp" line="129" />
        <source>Discard template edit</source>
        <translation>Bearbeitung der Vorlage verwerfen</translation>
    </message>
    <message>
        <location filename="../engine/templates/Edit.cpp" line="133" />
        <source>The template is not being edited.</source>
        <translation>Die Vorlage wird nicht bearbeitet.</translation>
    </message>
    <message>
        <location filename="../engine/templates/Edit.cpp" line="138" />
        <source>The edit is gone.</source>
        <translation>Die Bearbeitung ist nicht mehr da.</translation>
    </message>
    <message>
        <location filename="../engine/templates/Edit.cpp" line="146" />
        <source>Shut %1 down first: its disks must be still to be %2.</source>
        <translation>Fahren Sie %1 zuerst herunter: Ihre Festplatten müssen ruhen, um %2 zu werden.</translation>
    </message>
    <message>
        <location filename="../engine/templates/Edit.cpp" line="148" />
        <source>saved</source>
        <translation>gespeichert</translation>
    </message>
    <message>
        <location filename="../engine/templates/Edit.cpp" line="148" />
        <source>thrown away</source>
        <translation>verworfen</translation>
    </message>
    <message>
        <location filename="../engine/templates/Edit.cpp" line="157" />
        <source>Saving into the template: %1%</source>
        <translation>Speichern in die Vorlage: %1 %</translation>
    </message>
    <message>
        <location filename="../engine/templates/Edit.cpp" line="180" />
        <source>%1's disks are done with, but it stays defined.</source>
        <translation>Die Festplatten von %1 sind erledigt, aber sie bleibt definiert.</translation>
    </message>
</context>
<context>
    <name>EditorText</name>
    <message>
        <location filename="../engine/hardware/HardwareEditor.cpp" line="55" />
        <source>applied now</source>
        <translation>sofort angewendet</translation>
    </message>
    <message>
        <location filename="../engine/hardware/HardwareEditor.cpp" line="57" />
        <source>applies at next boot</source>
        <translation>gilt ab dem nächsten Start</translation>
    </message>
    <message>
        <location filename="../engine/hardware/HardwareEditor.cpp" line="59" />
        <source>applied now, until the VM stops</source>
        <translation>sofort angewendet, bis die VM anhält</translation>
    </message>
    <message>
        <location filename="../engine/hardware/HardwareEditor.cpp" line="61" />
        <source>refused</source>
        <translation>abgelehnt</translation>
    </message>
    <message>
        <location filename="../engine/hardware/HardwareEditor.cpp" line="76" />
        <source>Warning: %1</source>
        <translation>Warnung: %1</translation>
    </message>
    <message>
        <location filename="../engine/hardware/HardwareEditor.cpp" line="151" />
        <location filename="../engine/hardware/HardwareEditor.cpp" line="218" />
        <source>Could not apply the edited XML.</source>
        <translation>Das bearbeitete XML konnte nicht angewendet werden.</translation>
    </message>
    <message>
        <location filename="../engine/hardware/HardwareEditor.cpp" line="157" />
        <source>It is not well-formed: %1</source>
        <translation>Es ist nicht wohlgeformt: %1</translation>
    </message>
    <message>
        <location filename="../engine/hardware/HardwareEditor.cpp" line="165" />
        <source>The XML must keep the VM's name (%1) and UUID; rename the VM with Rename instead.</source>
        <translation>Das XML muss Namen (%1) und UUID der VM behalten; benennen Sie die VM stattdessen mit Umbenennen um.</translation>
    </message>
    <message>
        <location filename="../engine/hardware/HardwareEditor.cpp" line="179" />
        <source>Reading hardware</source>
        <translation>Hardware wird gelesen</translation>
    </message>
    <message>
        <location filename="../engine/hardware/HardwareEditor.cpp" line="182" />
        <source>Could not read the VM's hardware.</source>
        <translation>Die Hardware der VM konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <location filename="../engine/hardware/HardwareEditor.cpp" line="192" />
        <location filename="../engine/hardware/HardwareEditor.cpp" line="204" />
        <source>Changing hardware</source>
        <translation>Hardware wird geändert</translation>
    </message>
    <message>
        <location filename="../engine/hardware/HardwareEditor.cpp" line="197" />
        <location filename="../engine/hardware/HardwareEditor.cpp" line="207" />
        <source>Could not change the hardware.</source>
        <translation>Die Hardware konnte nicht geändert werden.</translation>
    </message>
    <message>
        <location filename="../engine/hardware/HardwareEditor.cpp" line="198" />
        <source>The connection is read-only.</source>
        <translation>Die Verbindung ist schreibgeschützt.</translation>
    </message>
    <message>
        <location filename="../engine/hardware/HardwareEditor.cpp" line="216" />
        <source>Applying XML</source>
        <translation>XML wird angewendet</translation>
    </message>
</context>
<context>
    <name>EncryptionText</name>
    <message>
        <location filename="../engine/storage/EncryptedVolumes.cpp" line="34" />
        <location filename="../engine/storage/EncryptedVolumes.cpp" line="46" />
        <source>Could not keep the passphrase as a libvirt secret.</source>
        <translation>Die Passphrase konnte nicht als libvirt-Geheimnis verwahrt werden.</translation>
    </message>
    <message>
        <location filename="../engine/storage/EncryptedVolumes.cpp" line="60" />
        <source>The passphrase needs at least %1 characters.</source>
        <translation>Die Passphrase braucht mindestens %1 Zeichen.</translation>
    </message>
    <message>
        <location filename="../engine/storage/EncryptedVolumes.cpp" line="63" />
        <source>The two passphrases differ: type the same one twice.</source>
        <translation>Die beiden Passphrasen unterscheiden sich: Geben Sie zweimal dieselbe ein.</translation>
    </message>
    <message>
        <location filename="../engine/storage/EncryptedVolumes.cpp" line="111" />
        <source>Vireo: passphrase of the encrypted disk %1</source>
        <translation>Vireo: Passphrase der verschlüsselten Festplatte %1</translation>
    </message>
    <message>
        <location filename="../engine/storage/EncryptedVolumes.cpp" line="135" />
        <source>Could not create the encrypted disk %1.</source>
        <translation>Die verschlüsselte Festplatte %1 konnte nicht angelegt werden.</translation>
    </message>
    <message>
        <location filename="../engine/storage/EncryptedVolumes.cpp" line="196" />
        <source>Vireo: passphrase of an encrypted disk, put back from the keyring</source>
        <translation>Vireo: Passphrase einer verschlüsselten Festplatte, aus dem Schlüsselbund wiederhergestellt</translation>
    </message>
    <message>
        <location filename="../engine/storage/EncryptedVolumes.cpp" line="210" />
        <source>An encrypted disk of this VM cannot be opened: the libvirt secret holding its passphrase is missing (deleted, or the VM came from another host). Define the secret again with the same UUID and passphrase (virsh secret-define, secret-set-value), or remove the disk.</source>
        <translation>Eine verschlüsselte Festplatte dieser VM kann nicht geöffnet werden: Das libvirt-Geheimnis mit ihrer Passphrase fehlt (gelöscht, oder die VM kam von einem anderen Rechner). Legen Sie das Geheimnis mit derselben UUID und Passphrase erneut an (virsh secret-define, secret-set-value) oder entfernen Sie die Festplatte.</translation>
    </message>
</context>
<context>
    <name>EventText</name>
    <message>
        <location filename="../engine/stats/EventRecorder.cpp" line="34" />
        <source>Defined</source>
        <translation>Definiert</translation>
    </message>
    <message>
        <location filename="../engine/stats/EventRecorder.cpp" line="37" />
        <source>Undefined</source>
        <translation>Definition entfernt</translation>
    </message>
    <message>
        <location filename="../engine/stats/EventRecorder.cpp" line="40" />
        <source>Started</source>
        <translation>Gestartet</translation>
    </message>
    <message>
        <location filename="../engine/stats/EventRecorder.cpp" line="41" />
        <source>restored</source>
        <translation>wiederhergestellt</translation>
    </message>
    <message>
        <location filename="../engine/stats/EventRecorder.cpp" line="42" />
        <location filename="../engine/stats/EventRecorder.cpp" line="52" />
        <location filename="../engine/stats/EventRecorder.cpp" line="66" />
        <source>from a snapshot</source>
        <translation>aus einem Schnappschuss</translation>
    </message>
    <message>
        <location filename="../engine/stats/EventRecorder.cpp" line="43" />
        <location filename="../engine/stats/EventRecorder.cpp" line="67" />
        <source>migrated</source>
        <translation>migriert</translation>
    </message>
    <message>
        <location filename="../engine/stats/EventRecorder.cpp" line="44" />
        <source>woken up</source>
        <translation>aufgeweckt</translation>
    </message>
    <message>
        <location filename="../engine/stats/EventRecorder.cpp" line="45" />
        <source>booted</source>
        <translation>gebootet</translation>
    </message>
    <message>
        <location filename="../engine/stats/EventRecorder.cpp" line="48" />
        <source>Paused</source>
        <translation>Angehalten</translation>
    </message>
    <message>
        <location filename="../engine/stats/EventRecorder.cpp" line="49" />
        <source>disk I/O error</source>
        <translation>Festplatten-E/A-Fehler</translation>
    </message>
    <message>
        <location filename="../engine/stats/EventRecorder.cpp" line="50" />
        <source>watchdog</source>
        <translation>Watchdog</translation>
    </message>
    <message>
        <location filename="../engine/stats/EventRecorder.cpp" line="53" />
        <source>error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <location filename="../engine/stats/EventRecorder.cpp" line="57" />
        <source>Resumed</source>
        <translation>Fortgesetzt</translation>
    </message>
    <message>
        <location filename="../engine/stats/EventRecorder.cpp" line="60" />
        <source>Stopped</source>
        <translation>Angehalten (beendet)</translation>
    </message>
    <message>
        <location filename="../engine/stats/EventRecorder.cpp" line="61" />
        <source>shut down</source>
        <translation>heruntergefahren</translation>
    </message>
    <message>
        <location filename="../engine/stats/EventRecorder.cpp" line="62" />
        <source>forced off</source>
        <translation>zwangsweise ausgeschaltet</translation>
    </message>
    <message>
        <location filename="../engine/stats/EventRecorder.cpp" line="63" />
        <source>crashed</source>
        <translation>abgestürzt</translation>
    </message>
    <message>
        <location filename="../engine/stats/EventRecorder.cpp" line="64" />
        <source>saved</source>
        <translation>gesichert</translation>
    </message>
    <message>
        <location filename="../engine/stats/EventRecorder.cpp" line="65" />
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../engine/stats/EventRecorder.cpp" line="71" />
        <source>Shutting down</source>
        <translation>Fährt herunter</translation>
    </message>
    <message>
        <location filename="../engine/stats/EventRecorder.cpp" line="74" />
        <source>Suspended by the guest</source>
        <translation>Vom Gast in den Ruhezustand versetzt</translation>
    </message>
    <message>
        <location filename="../engine/stats/EventRecorder.cpp" line="77" />
        <source>Crashed</source>
        <translation>Abgestürzt</translation>
    </message>
    <message>
        <location filename="../engine/stats/EventRecorder.cpp" line="80" />
        <source>Event %1</source>
        <translation>Ereignis %1</translation>
    </message>
    <message>
        <location filename="../engine/stats/EventRecorder.cpp" line="82" />
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../engine/core/ConnectionEvents.cpp" line="218" />
        <source>Could not subscribe to machine events.</source>
        <translation>Die Ereignisse der Maschinen konnten nicht abonniert werden.</translation>
    </message>
</context>
<context>
    <name>ExportText</name>
    <message>
        <location filename="../app/commands/ExportCommand.cpp" line="28" />
        <source>Write a virtual machine as an OVA (OVF descriptor, streamOptimized VMDK disks, SHA-256 manifest), for Vireo, VirtualBox or VMware.</source>
        <translation>Eine virtuelle Maschine als OVA schreiben (OVF-Beschreibung, streamOptimized-VMDK-Festplatten, SHA-256-Manifest), für Vireo, VirtualBox oder VMware.</translation>
    </message>
    <message>
        <location filename="../app/commands/ExportCommand.cpp" line="32" />
        <source>Name or UUID of the VM.</source>
        <translation>Name oder UUID der VM.</translation>
    </message>
    <message>
        <location filename="../app/commands/ExportCommand.cpp" line="33" />
        <source>The OVA to write.</source>
        <translation>Die zu schreibende OVA.</translation>
    </message>
    <message>
        <location filename="../app/commands/ExportCommand.cpp" line="38" />
        <source>Name the VM and the OVA file to write.</source>
        <translation>Nennen Sie die VM und die zu schreibende OVA-Datei.</translation>
    </message>
    <message>
        <location filename="../app/commands/ExportCommand.cpp" line="41" />
        <source>The file to write ends in .ova.</source>
        <translation>Die zu schreibende Datei endet auf .ova.</translation>
    </message>
    <message>
        <location filename="../app/commands/ExportCommand.cpp" line="43" />
        <source>%1 exists already.</source>
        <translation>%1 gibt es bereits.</translation>
    </message>
    <message>
        <location filename="../app/commands/ExportCommand.cpp" line="45" />
        <source>%1 cannot be written to.</source>
        <translation>In %1 kann nicht geschrieben werden.</translation>
    </message>
</context>
<context>
    <name>ExpressText</name>
    <message>
        <location filename="../engine/create/ExpressInstall.cpp" line="56" />
        <source>Give a user name.</source>
        <translation>Geben Sie einen Benutzernamen an.</translation>
    </message>
    <message>
        <location filename="../engine/create/ExpressInstall.cpp" line="62" />
        <source>Windows takes user names of at most 20 characters, without \ / [ ] : ; | = , + * ? &lt; &gt; " @, other than Administrator and Guest.</source>
        <translation>Windows nimmt Benutzernamen mit höchstens 20 Zeichen, ohne \ / [ ] : ; | = , + * ? &lt; &gt; " @, außer Administrator und Guest.</translation>
    </message>
    <message>
        <location filename="../engine/create/ExpressInstall.cpp" line="91" />
        <source>'%1' is not a user name Linux installers take: lower-case letters, digits, '-' and '_', starting with a letter, at most 32.</source>
        <translation>„%1“ ist kein Benutzername, den Linux-Installationsprogramme nehmen: Kleinbuchstaben, Ziffern, „-“ und „_“, beginnend mit einem Buchstaben, höchstens 32.</translation>
    </message>
    <message>
        <location filename="../engine/create/ExpressInstall.cpp" line="96" />
        <source>'%1' is a system account: choose another user name.</source>
        <translation>„%1“ ist ein Systemkonto: Wählen Sie einen anderen Benutzernamen.</translation>
    </message>
    <message>
        <location filename="../engine/create/ExpressInstall.cpp" line="100" />
        <source>Give a password.</source>
        <translation>Geben Sie ein Passwort an.</translation>
    </message>
    <message>
        <location filename="../engine/create/ExpressInstall.cpp" line="103" />
        <source>A password cannot hold a line break.</source>
        <translation>Ein Passwort darf keinen Zeilenumbruch enthalten.</translation>
    </message>
    <message>
        <location filename="../engine/create/ExpressInstall.cpp" line="105" />
        <source>Windows takes passwords of at most 127 characters.</source>
        <translation>Windows nimmt Passwörter mit höchstens 127 Zeichen.</translation>
    </message>
    <message>
        <location filename="../engine/create/ExpressInstall.cpp" line="115" />
        <source>Cannot read the password file %1.</source>
        <translation>Die Passwortdatei %1 kann nicht gelesen werden.</translation>
    </message>
    <message>
        <location filename="../engine/create/ExpressInstall.cpp" line="127" />
        <source>'%1' is not key=value.</source>
        <translation>„%1“ ist nicht schlüssel=wert.</translation>
    </message>
    <message>
        <location filename="../engine/create/ExpressInstall.cpp" line="149" />
        <source>Unknown setting '%1': user, password-file, admin-password-file, timezone, lang, product-key, hostname or realname.</source>
        <translation>Unbekannte Einstellung „%1“: user, password-file, admin-password-file, timezone, lang, product-key, hostname oder realname.</translation>
    </message>
    <message>
        <location filename="../engine/create/ExpressInstall.cpp" line="157" />
        <source>An express install needs user=NAME and password-file=FILE (a file whose first line is the password).</source>
        <translation>Eine Schnellinstallation braucht user=NAME und password-file=DATEI (eine Datei, deren erste Zeile das Passwort ist).</translation>
    </message>
    <message>
        <location filename="../engine/create/ExpressInstall.cpp" line="180" />
        <source>The install image %1 does not exist.</source>
        <translation>Das Installationsabbild %1 existiert nicht.</translation>
    </message>
    <message>
        <location filename="../engine/create/ExpressInstall.cpp" line="208" />
        <source>%1 has no installer kernel where this OS keeps it (%2): is it the install image of the OS chosen?</source>
        <translation>%1 hat keinen Installationskernel dort, wo dieses Betriebssystem ihn hat (%2): Ist es das Installationsabbild des gewählten Betriebssystems?</translation>
    </message>
    <message>
        <location filename="../engine/create/ExpressInstall.cpp" line="210" />
        <source>libosinfo knows none</source>
        <translation>libosinfo kennt keinen</translation>
    </message>
    <message>
        <location filename="../engine/create/ExpressInstall.cpp" line="226" />
        <source>Could not add the install script to %1: %2</source>
        <translation>Das Installationsskript konnte nicht zu %1 hinzugefügt werden: %2</translation>
    </message>
    <message>
        <location filename="../engine/create/ExpressInstall.cpp" line="244" />
        <source>Could not make the install script's media %1: %2</source>
        <translation>Das Medium %1 für das Installationsskript konnte nicht angelegt werden: %2</translation>
    </message>
    <message>
        <location filename="../engine/create/ExpressInstall.cpp" line="281" />
        <source>Vireo cannot hand this OS its install script (it wants it on a %1).</source>
        <translation>Vireo kann diesem Betriebssystem sein Installationsskript nicht übergeben (es will es auf einem %1).</translation>
    </message>
</context>
<context>
    <name>FactsText</name>
    <message>
        <location filename="../engine/security/DomainFacts.cpp" line="162" />
        <source>the network %1's address</source>
        <translation>die Adresse des Netzes %1</translation>
    </message>
</context>
<context>
    <name>Feedback</name>
    <message>
        <location filename="../ui/common/Feedback.cpp" line="42" />
        <source>Applying...</source>
        <translation>Wird angewendet …</translation>
    </message>
</context>
<context>
    <name>FetchText</name>
    <message>
        <location filename="../engine/domains/DomainFetch.cpp" line="162" />
        <source>Could not list the virtual machines.</source>
        <translation>Die virtuellen Maschinen konnten nicht aufgelistet werden.</translation>
    </message>
    <message>
        <location filename="../engine/domains/DomainFetch.cpp" line="222" />
        <source>Could not read the machine's configuration.</source>
        <translation>Die Konfiguration der Maschine konnte nicht gelesen werden.</translation>
    </message>
</context>
<context>
    <name>FilterText</name>
    <message>
        <location filename="../engine/security/FirewallFilters.cpp" line="60" />
        <source>Direction: '%1' is none of in, out, inout.</source>
        <translation>Richtung: „%1“ ist keines von in, out, inout.</translation>
    </message>
    <message>
        <location filename="../engine/security/FirewallFilters.cpp" line="62" />
        <source>Protocol: '%1' is none of %2.</source>
        <translation>Protokoll: „%1“ ist keines von %2.</translation>
    </message>
    <message>
        <location filename="../engine/security/FirewallFilters.cpp" line="66" />
        <source>Action: '%1' is none of accept, drop, reject.</source>
        <translation>Aktion: „%1“ ist keines von accept, drop, reject.</translation>
    </message>
    <message>
        <location filename="../engine/security/FirewallFilters.cpp" line="68" />
        <source>Priority: %1 is not between -1000 and 1000.</source>
        <translation>Priorität: %1 liegt nicht zwischen -1000 und 1000.</translation>
    </message>
    <message>
        <location filename="../engine/security/FirewallFilters.cpp" line="71" />
        <source>Source: '%1' is not an IPv4 address (like 10.0.0.5 or 10.0.0.0/24).</source>
        <translation>Quelle: „%1“ ist keine IPv4-Adresse (wie 10.0.0.5 oder 10.0.0.0/24).</translation>
    </message>
    <message>
        <location filename="../engine/security/FirewallFilters.cpp" line="75" />
        <source>Destination: '%1' is not an IPv4 address (like 10.0.0.5 or 10.0.0.0/24).</source>
        <translation>Ziel: „%1“ ist keine IPv4-Adresse (wie 10.0.0.5 oder 10.0.0.0/24).</translation>
    </message>
    <message>
        <location filename="../engine/security/FirewallFilters.cpp" line="80" />
        <source>Ports: only TCP, UDP and SCTP have ports.</source>
        <translation>Ports: Nur TCP, UDP und SCTP haben Ports.</translation>
    </message>
    <message>
        <location filename="../engine/security/FirewallFilters.cpp" line="82" />
        <source>Ports: a port is a number from 1 to 65535.</source>
        <translation>Ports: Ein Port ist eine Zahl von 1 bis 65535.</translation>
    </message>
    <message>
        <location filename="../engine/security/FirewallFilters.cpp" line="84" />
        <source>Ports: the range ends (%1) before it starts (%2).</source>
        <translation>Ports: Der Bereich endet (%1), bevor er beginnt (%2).</translation>
    </message>
    <message>
        <location filename="../engine/security/FirewallFilters.cpp" line="95" />
        <source>Name: letters, digits, '.', '_' and '-', starting with a letter or digit, at most 64.</source>
        <translation>Name: Buchstaben, Ziffern, „.“, „_“ und „-“, beginnend mit einem Buchstaben oder einer Ziffer, höchstens 64.</translation>
    </message>
    <message>
        <location filename="../engine/security/FirewallFilters.cpp" line="98" />
        <source>A filter needs at least one rule.</source>
        <translation>Ein Filter braucht mindestens eine Regel.</translation>
    </message>
    <message>
        <location filename="../engine/security/FirewallFilters.cpp" line="101" />
        <source>Rule %1: %2</source>
        <translation>Regel %1: %2</translation>
    </message>
    <message>
        <location filename="../engine/security/FirewallFilters.cpp" line="174" />
        <source>Save filter %1</source>
        <translation>Filter %1 speichern</translation>
    </message>
    <message>
        <location filename="../engine/security/FirewallFilters.cpp" line="188" />
        <source>'%1' is one of libvirt's or Vireo's own filters: choose another name.</source>
        <translation>„%1“ ist ein eigener Filter von libvirt oder Vireo: Wählen Sie einen anderen Namen.</translation>
    </message>
    <message>
        <location filename="../engine/security/FirewallFilters.cpp" line="197" />
        <source>Could not save the filter %1.</source>
        <translation>Der Filter %1 konnte nicht gespeichert werden.</translation>
    </message>
    <message>
        <location filename="../engine/security/FirewallFilters.cpp" line="234" />
        <source>Delete filter %1</source>
        <translation>Filter %1 löschen</translation>
    </message>
    <message>
        <location filename="../engine/security/FirewallFilters.cpp" line="240" />
        <source>The filter %1 is in use by %2: choose another firewall for them first.</source>
        <translation>Der Filter %1 wird von %2 genutzt: Wählen Sie für sie zuerst eine andere Firewall.</translation>
    </message>
    <message>
        <location filename="../engine/security/FirewallFilters.cpp" line="247" />
        <source>Could not delete the filter %1.</source>
        <translation>Der Filter %1 konnte nicht gelöscht werden.</translation>
    </message>
    <message>
        <location filename="../engine/security/FirewallFilters.cpp" line="259" />
        <source>List firewall filters</source>
        <translation>Firewall-Filter auflisten</translation>
    </message>
    <message>
        <location filename="../engine/security/FirewallFilters.cpp" line="265" />
        <source>This connection has no network filters (libvirt's nwfilter driver is not there).</source>
        <translation>Diese Verbindung hat keine Netzwerkfilter (der nwfilter-Treiber von libvirt fehlt).</translation>
    </message>
    <message>
        <location filename="../engine/security/FirewallFilters.cpp" line="292" />
        <source>Read filter %1</source>
        <translation>Filter %1 lesen</translation>
    </message>
    <message>
        <location filename="../engine/security/FirewallFilters.cpp" line="296" />
        <source>There is no filter called '%1'.</source>
        <translation>Es gibt keinen Filter namens „%1“.</translation>
    </message>
    <message>
        <location filename="../engine/security/FirewallFilters.cpp" line="302" />
        <source>%1 holds more than rules the editor shows (references to other filters, stateful rules): it is libvirt's or Vireo's own.</source>
        <translation>%1 enthält mehr als die Regeln, die der Editor zeigt (Verweise auf andere Filter, zustandsbehaftete Regeln): Er gehört libvirt oder Vireo.</translation>
    </message>
</context>
<context>
    <name>FirewallCommandText</name>
    <message>
        <location filename="../app/commands/FirewallCommand.cpp" line="32" />
        <source>Gives a VM's network card a firewall (libvirt's network filters), in effect at once while it runs. Presets:
  %1</source>
        <translation>Gibt der Netzwerkkarte einer VM eine Firewall (Netzwerkfilter von libvirt), im laufenden Betrieb sofort wirksam. Vorgaben:
  %1</translation>
    </message>
    <message>
        <location filename="../app/commands/FirewallCommand.cpp" line="38" />
        <source>The VM (name or UUID).</source>
        <translation>Die VM (Name oder UUID).</translation>
    </message>
    <message>
        <location filename="../app/commands/FirewallCommand.cpp" line="40" />
        <source>The card's MAC address; all cards when left out.</source>
        <translation>Die MAC-Adresse der Karte; ohne Angabe alle Karten.</translation>
    </message>
    <message>
        <location filename="../app/commands/FirewallCommand.cpp" line="43" />
        <source>One of the presets above.</source>
        <translation>Eine der Vorgaben oben.</translation>
    </message>
    <message>
        <location filename="../app/commands/FirewallCommand.cpp" line="46" />
        <source>With --preset no-inbound: the TCP ports let in, e.g. 22,80.</source>
        <translation>Mit --preset no-inbound: die eingelassenen TCP-Ports, z. B. 22,80.</translation>
    </message>
    <message>
        <location filename="../app/commands/FirewallCommand.cpp" line="50" />
        <source>A filter of libvirt's by name (see --list).</source>
        <translation>Ein Filter von libvirt nach Namen (siehe --list).</translation>
    </message>
    <message>
        <location filename="../app/commands/FirewallCommand.cpp" line="54" />
        <source>No firewall: take the filter away.</source>
        <translation>Keine Firewall: den Filter wegnehmen.</translation>
    </message>
    <message>
        <location filename="../app/commands/FirewallCommand.cpp" line="56" />
        <source>List libvirt's filters and the VMs using each.</source>
        <translation>Die Filter von libvirt und die VMs, die sie nutzen, auflisten.</translation>
    </message>
    <message>
        <location filename="../app/commands/FirewallCommand.cpp" line="65" />
        <source>--list takes no VM</source>
        <translation>--list nimmt keine VM</translation>
    </message>
    <message>
        <location filename="../app/commands/FirewallCommand.cpp" line="80" />
        <source>give one of --preset, --filter, --none</source>
        <translation>geben Sie eines von --preset, --filter, --none an</translation>
    </message>
    <message>
        <location filename="../app/commands/FirewallCommand.cpp" line="82" />
        <source>name the VM (and optionally the card's MAC)</source>
        <translation>nennen Sie die VM (und wahlweise die MAC der Karte)</translation>
    </message>
    <message>
        <location filename="../app/commands/FirewallCommand.cpp" line="89" />
        <source>--preset: '%1' is none of no-spoofing, isolated, host-only, no-inbound</source>
        <translation>--preset: „%1“ ist keines von no-spoofing, isolated, host-only, no-inbound</translation>
    </message>
    <message>
        <location filename="../app/commands/FirewallCommand.cpp" line="101" />
        <source>--ports goes with --preset no-inbound</source>
        <translation>--ports gehört zu --preset no-inbound</translation>
    </message>
    <message>
        <location filename="../app/commands/FirewallCommand.cpp" line="108" />
        <source>--ports: '%1' is not a port (1 to 65535)</source>
        <translation>--ports: „%1“ ist kein Port (1 bis 65535)</translation>
    </message>
</context>
<context>
    <name>FirewallText</name>
    <message>
        <location filename="../engine/security/Firewall.cpp" line="103" />
        <source>Could not define the filter %1: %2</source>
        <translation>Der Filter %1 konnte nicht definiert werden: %2</translation>
    </message>
    <message>
        <location filename="../engine/security/Firewall.cpp" line="125" />
        <source>"%1" needs a card on a libvirt network (it learns the host's address there); this one is a %2 card.</source>
        <translation>„%1“ braucht eine Karte an einem libvirt-Netz (dort erfährt er die Adresse des Rechners); diese ist eine %2-Karte.</translation>
    </message>
    <message>
        <location filename="../engine/security/Firewall.cpp" line="131" />
        <source>The network %1 does not say its bridge's address.</source>
        <translation>Das Netz %1 nennt die Adresse seiner Brücke nicht.</translation>
    </message>
    <message>
        <location filename="../engine/security/Firewall.cpp" line="137" />
        <source>The network %1 has no address of the host's: "%2" would leave the VM nothing to reach.</source>
        <translation>Das Netz %1 hat keine Adresse des Rechners: Mit „%2“ könnte die VM nichts erreichen.</translation>
    </message>
    <message>
        <location filename="../engine/security/Firewall.cpp" line="150" />
        <source>%1 is not a port (1 to 65535).</source>
        <translation>%1 ist kein Port (1 bis 65535).</translation>
    </message>
    <message>
        <location filename="../engine/security/Firewall.cpp" line="156" />
        <source>Name the filter.</source>
        <translation>Benennen Sie den Filter.</translation>
    </message>
    <message>
        <location filename="../engine/security/Firewall.cpp" line="160" />
        <source>There is no filter called '%1'.</source>
        <translation>Es gibt keinen Filter namens „%1“.</translation>
    </message>
    <message>
        <location filename="../engine/security/Firewall.cpp" line="221" />
        <source>None</source>
        <translation>Keiner</translation>
    </message>
    <message>
        <location filename="../engine/security/Firewall.cpp" line="223" />
        <source>No spoofing</source>
        <translation>Kein Spoofing</translation>
    </message>
    <message>
        <location filename="../engine/security/Firewall.cpp" line="225" />
        <source>Isolated from other VMs</source>
        <translation>Von anderen VMs getrennt</translation>
    </message>
    <message>
        <location filename="../engine/security/Firewall.cpp" line="227" />
        <source>Host only</source>
        <translation>Nur zum Rechner</translation>
    </message>
    <message>
        <location filename="../engine/security/Firewall.cpp" line="229" />
        <source>No inbound connections</source>
        <translation>Keine eingehenden Verbindungen</translation>
    </message>
    <message>
        <location filename="../engine/security/Firewall.cpp" line="231" />
        <source>A filter of yours</source>
        <translation>Ein eigener Filter</translation>
    </message>
    <message>
        <location filename="../engine/security/Firewall.cpp" line="240" />
        <source>Its traffic is not filtered.</source>
        <translation>Ihr Verkehr wird nicht gefiltert.</translation>
    </message>
    <message>
        <location filename="../engine/security/Firewall.cpp" line="242" />
        <source>It can send only with its own MAC and IP address (libvirt's clean-traffic): no spoofing of addresses or ARP.</source>
        <translation>Sie kann nur mit ihrer eigenen MAC- und IP-Adresse senden (clean-traffic von libvirt): kein Fälschen von Adressen oder ARP.</translation>
    </message>
    <message>
        <location filename="../engine/security/Firewall.cpp" line="245" />
        <source>It talks to the network's gateway only (the host, and through it the outside), never to another VM.</source>
        <translation>Sie spricht nur mit dem Gateway des Netzes (dem Rechner und über ihn mit der Außenwelt), nie mit einer anderen VM.</translation>
    </message>
    <message>
        <location filename="../engine/security/Firewall.cpp" line="248" />
        <source>It reaches the host's address on its network and nothing else, not even the outside.</source>
        <translation>Sie erreicht die Adresse des Rechners in ihrem Netz und sonst nichts, nicht einmal die Außenwelt.</translation>
    </message>
    <message>
        <location filename="../engine/security/Firewall.cpp" line="251" />
        <source>Nothing reaches in but replies to its own connections and the TCP ports you name.</source>
        <translation>Hinein kommen nur Antworten auf ihre eigenen Verbindungen und die TCP-Ports, die Sie nennen.</translation>
    </message>
    <message>
        <location filename="../engine/security/Firewall.cpp" line="254" />
        <source>Your own rules (Host window, Firewall).</source>
        <translation>Ihre eigenen Regeln (Rechnerfenster, Firewall).</translation>
    </message>
    <message>
        <location filename="../engine/security/Firewall.cpp" line="289" />
        <source>The VM is gone.</source>
        <translation>Die VM ist nicht mehr da.</translation>
    </message>
    <message>
        <location filename="../engine/security/Firewall.cpp" line="303" />
        <source>The VM has no network card.</source>
        <translation>Die VM hat keine Netzwerkkarte.</translation>
    </message>
    <message>
        <location filename="../engine/security/Firewall.cpp" line="304" />
        <source>The VM has no card with the MAC address %1.</source>
        <translation>Die VM hat keine Karte mit der MAC-Adresse %1.</translation>
    </message>
    <message>
        <location filename="../engine/security/Firewall.cpp" line="322" />
        <source>The card %1 uses user-mode networking, which cannot carry a filter (libvirt does not apply one there). Connect it to a libvirt network or a bridge first.</source>
        <translation>Die Karte %1 nutzt ein Benutzermodus-Netzwerk, das keinen Filter tragen kann (libvirt wendet dort keinen an). Verbinden Sie sie zuerst mit einem libvirt-Netz oder einer Brücke.</translation>
    </message>
    <message>
        <location filename="../engine/security/Firewall.cpp" line="326" />
        <source>The card %1 is a %2 card, which cannot carry a filter.</source>
        <translation>Die Karte %1 ist eine %2-Karte, die keinen Filter tragen kann.</translation>
    </message>
    <message>
        <location filename="../engine/security/Firewall.cpp" line="390" />
        <source>libvirt did not change the running VM's card %1: %2</source>
        <translation>libvirt hat die Karte %1 der laufenden VM nicht geändert: %2</translation>
    </message>
    <message>
        <location filename="../engine/security/Firewall.cpp" line="402" />
        <source>libvirt did not keep the change: %1</source>
        <translation>libvirt hat die Änderung nicht behalten: %1</translation>
    </message>
    <message>
        <location filename="../engine/security/Firewall.cpp" line="405" />
        <source>The card %1</source>
        <translation>Die Karte %1</translation>
    </message>
    <message>
        <location filename="../engine/security/Firewall.cpp" line="406" />
        <source>Its %1 cards</source>
        <translation>Ihre %1 Karten</translation>
    </message>
    <message>
        <location filename="../engine/security/Firewall.cpp" line="408" />
        <source>the filter %1</source>
        <translation>der Filter %1</translation>
    </message>
    <message>
        <location filename="../engine/security/Firewall.cpp" line="410" />
        <source>%1: %2, in effect now.</source>
        <translation>%1: %2, ab sofort wirksam.</translation>
    </message>
    <message>
        <location filename="../engine/security/Firewall.cpp" line="411" />
        <source>%1: %2, from its next start.</source>
        <translation>%1: %2, ab ihrem nächsten Start.</translation>
    </message>
    <message>
        <location filename="../engine/security/Firewall.cpp" line="420" />
        <source>Firewall: %1</source>
        <translation>Firewall: %1</translation>
    </message>
    <message>
        <location filename="../engine/security/Firewall.cpp" line="428" />
        <source>The firewall was not changed: %1</source>
        <translation>Die Firewall wurde nicht geändert: %1</translation>
    </message>
</context>
<context>
    <name>FirstRunText</name>
    <message>
        <location filename="../engine/create/FirstRun.cpp" line="47" />
        <location filename="../engine/create/FirstRun.cpp" line="58" />
        <source>Could not store the machine's definition.</source>
        <translation>Die Definition der Maschine konnte nicht gespeichert werden.</translation>
    </message>
    <message>
        <location filename="../engine/create/FirstRun.cpp" line="91" />
        <source>Remove the first-run files of %1</source>
        <translation>Die Dateien des ersten Laufs von %1 entfernen</translation>
    </message>
    <message>
        <location filename="../engine/create/FirstRun.cpp" line="96" />
        <source>The machine is gone.</source>
        <translation>Die Maschine ist nicht mehr da.</translation>
    </message>
    <message>
        <location filename="../engine/create/FirstRun.cpp" line="117" />
        <source>Could not forget the first-run files.</source>
        <translation>Die Dateien des ersten Laufs konnten nicht vergessen werden.</translation>
    </message>
    <message>
        <location filename="../engine/create/FirstRun.cpp" line="122" />
        <source>The install has ended; the installed system did not start.</source>
        <translation>Die Installation ist beendet; das installierte System ist nicht gestartet.</translation>
    </message>
</context>
<context>
    <name>FlattenText</name>
    <message>
        <location filename="../engine/templates/Flatten.cpp" line="63" />
        <source>Could not watch the copy's progress.</source>
        <translation>Der Fortschritt des Kopierens konnte nicht verfolgt werden.</translation>
    </message>
    <message>
        <location filename="../engine/templates/Flatten.cpp" line="68" />
        <source>QEMU did not start copying the template's data.</source>
        <translation>QEMU hat nicht begonnen, die Daten der Vorlage zu kopieren.</translation>
    </message>
    <message>
        <location filename="../engine/templates/Flatten.cpp" line="87" />
        <location filename="../engine/templates/Flatten.cpp" line="161" />
        <source>Taking in the template's data: %1%</source>
        <translation>Die Daten der Vorlage werden übernommen: %1 %</translation>
    </message>
    <message>
        <location filename="../engine/templates/Flatten.cpp" line="98" />
        <source>%1 takes in no more of the template's data.</source>
        <translation>%1 übernimmt keine weiteren Daten der Vorlage.</translation>
    </message>
    <message>
        <location filename="../engine/templates/Flatten.cpp" line="102" />
        <source>Cancelled: the disk still stands on the template.</source>
        <translation>Abgebrochen: Die Festplatte baut weiterhin auf der Vorlage auf.</translation>
    </message>
    <message>
        <location filename="../engine/templates/Flatten.cpp" line="103" />
        <source>QEMU could not copy the template's data into %1.</source>
        <translation>QEMU konnte die Daten der Vorlage nicht in %1 kopieren.</translation>
    </message>
    <message>
        <location filename="../engine/templates/Flatten.cpp" line="112" />
        <source>Flatten</source>
        <translation>Eigenständig machen</translation>
    </message>
    <message>
        <location filename="../engine/templates/Flatten.cpp" line="116" />
        <source>The VM is gone.</source>
        <translation>Die VM ist nicht mehr da.</translation>
    </message>
    <message>
        <location filename="../engine/templates/Flatten.cpp" line="126" />
        <source>Flattening a shut-off VM runs qemu-img on the host's files: on a remote connection, start the VM and flatten it running.</source>
        <translation>Eine ausgeschaltete VM eigenständig zu machen, führt qemu-img auf den Dateien des Rechners aus: Starten Sie die VM bei einer entfernten Verbindung und machen Sie sie im Betrieb eigenständig.</translation>
    </message>
    <message>
        <location filename="../engine/templates/Flatten.cpp" line="193" />
        <source>qemu-img could not be started: %1</source>
        <translation>qemu-img konnte nicht gestartet werden: %1</translation>
    </message>
    <message>
        <location filename="../engine/templates/Flatten.cpp" line="211" />
        <source>qemu-img %1 failed: %2</source>
        <translation>qemu-img %1 ist fehlgeschlagen: %2</translation>
    </message>
</context>
<context>
    <name>FolderText</name>
    <message>
        <location filename="../engine/hardware/SharedFolders.cpp" line="65" />
        <source>A session connection (%1) cannot share folders with virtiofs: libvirt runs virtiofsd only for the system connection. Share it through the console (SPICE) instead, or use qemu:///system.</source>
        <translation>Eine Sitzungsverbindung (%1) kann keine Ordner mit virtiofs teilen: libvirt startet virtiofsd nur für die Systemverbindung. Teilen Sie ihn stattdessen über die Konsole (SPICE) oder nutzen Sie qemu:///system.</translation>
    </message>
    <message>
        <location filename="../engine/hardware/SharedFolders.cpp" line="70" />
        <source>Name the host folder by its full path (/srv/share).</source>
        <translation>Nennen Sie den Ordner des Rechners mit seinem vollständigen Pfad (/srv/share).</translation>
    </message>
    <message>
        <location filename="../engine/hardware/SharedFolders.cpp" line="72" />
        <source>A read-only folder's path cannot contain a comma.</source>
        <translation>Der Pfad eines schreibgeschützten Ordners darf kein Komma enthalten.</translation>
    </message>
    <message>
        <location filename="../engine/hardware/SharedFolders.cpp" line="80" />
        <source>Give the tag the guest mounts the folder by (e.g. shared).</source>
        <translation>Geben Sie die Kennung an, unter der der Gast den Ordner einhängt (z. B. shared).</translation>
    </message>
    <message>
        <location filename="../engine/hardware/SharedFolders.cpp" line="82" />
        <source>The tag is longer than virtiofs allows (36 bytes).</source>
        <translation>Die Kennung ist länger, als virtiofs erlaubt (36 Bytes).</translation>
    </message>
    <message>
        <location filename="../engine/hardware/SharedFolders.cpp" line="85" />
        <source>The tag cannot contain spaces, commas or quotes.</source>
        <translation>Die Kennung darf keine Leerzeichen, Kommas oder Anführungszeichen enthalten.</translation>
    </message>
    <message>
        <location filename="../engine/hardware/SharedFolders.cpp" line="88" />
        <source>%1 already shares %2 as "%3": choose another tag.</source>
        <translation>%1 teilt %2 bereits als „%3“: Wählen Sie eine andere Kennung.</translation>
    </message>
    <message>
        <location filename="../engine/hardware/SharedFolders.cpp" line="91" />
        <source>Vireo's read-only folder helper (vireo-virtiofsd-ro) is not installed: share it read-write, or reinstall Vireo.</source>
        <translation>Das Hilfsprogramm von Vireo für schreibgeschützte Ordner (vireo-virtiofsd-ro) ist nicht installiert: Teilen Sie ihn beschreibbar oder installieren Sie Vireo neu.</translation>
    </message>
    <message>
        <location filename="../engine/hardware/SharedFolders.cpp" line="101" />
        <location filename="../engine/hardware/SharedFolders.cpp" line="134" />
        <source>The machine is not on this connection.</source>
        <translation>Die Maschine ist nicht auf dieser Verbindung.</translation>
    </message>
    <message>
        <location filename="../engine/hardware/SharedFolders.cpp" line="103" />
        <location filename="../engine/hardware/SharedFolders.cpp" line="137" />
        <source>Share a folder</source>
        <translation>Einen Ordner teilen</translation>
    </message>
    <message>
        <location filename="../engine/hardware/SharedFolders.cpp" line="125" />
        <source>%1 has no SPICE display: only a SPICE console shares folders this way. Switch its display to SPICE (Hardware tab), or use virtiofs.</source>
        <translation>%1 hat keine SPICE-Anzeige: Nur eine SPICE-Konsole teilt Ordner auf diese Weise. Stellen Sie ihre Anzeige auf SPICE um (Reiter Hardware) oder nutzen Sie virtiofs.</translation>
    </message>
    <message>
        <location filename="../engine/hardware/SharedFolders.cpp" line="154" />
        <source>No folder is shared as "%1".</source>
        <translation>Kein Ordner wird als „%1“ geteilt.</translation>
    </message>
    <message>
        <location filename="../engine/hardware/SharedFolders.cpp" line="155" />
        <source>Stop sharing a folder</source>
        <translation>Das Teilen eines Ordners beenden</translation>
    </message>
</context>
<context>
    <name>GraphicsText</name>
    <message>
        <location filename="../engine/display/GraphicsChannel.cpp" line="43" />
        <source>Open the display</source>
        <translation>Die Anzeige öffnen</translation>
    </message>
    <message>
        <location filename="../engine/display/GraphicsChannel.cpp" line="44" />
        <source>Could not reach the machine's display.</source>
        <translation>Die Anzeige der Maschine war nicht erreichbar.</translation>
    </message>
    <message>
        <location filename="../engine/display/GraphicsChannel.cpp" line="61" />
        <source>The display has no network port (it listens on a local socket or not at all).</source>
        <translation>Die Anzeige hat keinen Netzwerkport (sie lauscht auf einem lokalen Socket oder gar nicht).</translation>
    </message>
    <message>
        <location filename="../engine/display/GraphicsChannel.cpp" line="78" />
        <source>The display listens only on %1's loopback address (%2); it cannot be reached from here over the network. Connect to %1 over SSH (qemu+ssh://), which tunnels the display, or make it listen on the host's address.</source>
        <translation>Die Anzeige lauscht nur auf der Loopback-Adresse von %1 (%2); von hier ist sie über das Netz nicht erreichbar. Verbinden Sie sich über SSH mit %1 (qemu+ssh://), das die Anzeige tunnelt, oder lassen Sie sie auf der Adresse des Rechners lauschen.</translation>
    </message>
    <message>
        <location filename="../engine/display/GraphicsChannel.cpp" line="98" />
        <source>Cannot find %1: %2</source>
        <translation>%1 nicht gefunden: %2</translation>
    </message>
    <message>
        <location filename="../engine/display/GraphicsChannel.cpp" line="119" />
        <source>Cannot connect to the display at %1:%2: %3</source>
        <translation>Verbindung mit der Anzeige unter %1:%2 nicht möglich: %3</translation>
    </message>
    <message>
        <location filename="../engine/display/GraphicsChannel.cpp" line="140" />
        <source>The tunnel's socket path is too long: %1</source>
        <translation>Der Socket-Pfad des Tunnels ist zu lang: %1</translation>
    </message>
    <message>
        <location filename="../engine/display/GraphicsChannel.cpp" line="146" />
        <source>Cannot connect to the display's tunnel: %1</source>
        <translation>Verbindung mit dem Tunnel der Anzeige nicht möglich: %1</translation>
    </message>
    <message>
        <location filename="../engine/display/GraphicsChannel.cpp" line="216" />
        <location filename="../engine/display/GraphicsChannel.cpp" line="225" />
        <source>The machine has no display.</source>
        <translation>Die Maschine hat keine Anzeige.</translation>
    </message>
</context>
<context>
    <name>HardwareText</name>
    <message>
        <location filename="../engine/hardware/Hardware.cpp" line="93" />
        <source>Disk %1</source>
        <translation>Festplatte %1</translation>
    </message>
    <message>
        <location filename="../engine/hardware/Hardware.cpp" line="93" />
        <source>Floppy %1</source>
        <translation>Diskette %1</translation>
    </message>
    <message>
        <location filename="../engine/hardware/Hardware.cpp" line="98" />
        <source>CD-ROM %1</source>
        <translation>CD-ROM %1</translation>
    </message>
    <message>
        <location filename="../engine/hardware/Hardware.cpp" line="99" />
        <source>%1, no media</source>
        <translation>%1, kein Medium</translation>
    </message>
    <message>
        <location filename="../engine/hardware/Hardware.cpp" line="103" />
        <source>NIC %1</source>
        <translation>Netzwerkkarte %1</translation>
    </message>
    <message>
        <location filename="../engine/hardware/Hardware.cpp" line="107" />
        <source>Display %1</source>
        <translation>Anzeige %1</translation>
    </message>
    <message>
        <location filename="../engine/hardware/Hardware.cpp" line="111" />
        <source>Video %1</source>
        <translation>Grafik %1</translation>
    </message>
    <message>
        <location filename="../engine/hardware/Hardware.cpp" line="114" />
        <source>Sound %1</source>
        <translation>Ton %1</translation>
    </message>
    <message>
        <location filename="../engine/hardware/Hardware.cpp" line="117" />
        <source>Input %1</source>
        <translation>Eingabe %1</translation>
    </message>
    <message>
        <location filename="../engine/hardware/Hardware.cpp" line="127" />
        <source>Serial %1</source>
        <translation>Seriell %1</translation>
    </message>
    <message>
        <location filename="../engine/hardware/Hardware.cpp" line="128" />
        <source>Console %1</source>
        <translation>Konsole %1</translation>
    </message>
    <message>
        <location filename="../engine/hardware/Hardware.cpp" line="129" />
        <source>Channel %1</source>
        <translation>Kanal %1</translation>
    </message>
    <message>
        <location filename="../engine/hardware/Hardware.cpp" line="135" />
        <source>TPM %1</source>
        <translation>TPM %1</translation>
    </message>
    <message>
        <location filename="../engine/hardware/Hardware.cpp" line="138" />
        <source>Random number generator</source>
        <translation>Zufallszahlengenerator</translation>
    </message>
    <message>
        <location filename="../engine/hardware/Hardware.cpp" line="142" />
        <source>Watchdog %1</source>
        <translation>Watchdog %1</translation>
    </message>
    <message>
        <location filename="../engine/hardware/Hardware.cpp" line="146" />
        <source>Host %1 device</source>
        <translation>%1-Gerät des Rechners</translation>
    </message>
    <message>
        <location filename="../engine/hardware/Hardware.cpp" line="151" />
        <source>Shared folder %1</source>
        <translation>Geteilter Ordner %1</translation>
    </message>
    <message>
        <location filename="../engine/hardware/Hardware.cpp" line="158" />
        <source>Controller %1 %2</source>
        <translation>Controller %1 %2</translation>
    </message>
    <message>
        <location filename="../engine/hardware/Hardware.cpp" line="162" />
        <source>Memory balloon</source>
        <translation>Speicherballon</translation>
    </message>
    <message>
        <location filename="../engine/hardware/Hardware.cpp" line="341" />
        <source>%1: %2 -&gt; %3</source>
        <translation>%1: %2 -&gt; %3</translation>
    </message>
    <message>
        <location filename="../engine/hardware/Hardware.cpp" line="343" />
        <source>Maximum memory</source>
        <translation>Höchstmenge Arbeitsspeicher</translation>
    </message>
    <message>
        <location filename="../engine/hardware/Hardware.cpp" line="345" />
        <source>vCPUs</source>
        <translation>vCPUs</translation>
    </message>
    <message>
        <location filename="../engine/hardware/Hardware.cpp" line="347" />
        <source>Maximum vCPUs</source>
        <translation>Höchstzahl vCPUs</translation>
    </message>
    <message>
        <location filename="../engine/hardware/Hardware.cpp" line="352" />
        <source>CPU model</source>
        <translation>CPU-Modell</translation>
    </message>
    <message>
        <location filename="../engine/hardware/Hardware.cpp" line="360" />
        <source>CPU topology</source>
        <translation>CPU-Topologie</translation>
    </message>
    <message>
        <location filename="../engine/hardware/Hardware.cpp" line="362" />
        <source>Boot order</source>
        <translation>Startreihenfolge</translation>
    </message>
    <message>
        <location filename="../engine/hardware/Hardware.cpp" line="364" />
        <source>Machine type</source>
        <translation>Maschinentyp</translation>
    </message>
    <message>
        <location filename="../engine/hardware/Hardware.cpp" line="382" />
        <source>%1 will be added</source>
        <translation>%1 wird hinzugefügt</translation>
    </message>
    <message>
        <location filename="../engine/hardware/Hardware.cpp" line="390" />
        <location filename="../engine/hardware/Hardware.cpp" line="393" />
        <source>%1 settings change</source>
        <translation>Einstellungen von %1 ändern sich</translation>
    </message>
    <message>
        <location filename="../engine/hardware/Hardware.cpp" line="397" />
        <source>%1 will be removed</source>
        <translation>%1 wird entfernt</translation>
    </message>
</context>
<context>
    <name>HostDeviceText</name>
    <message>
        <location filename="../engine/hardware/HostDevices.cpp" line="42" />
        <source>Listing host devices</source>
        <translation>Geräte des Rechners werden aufgelistet</translation>
    </message>
    <message>
        <location filename="../engine/hardware/HostDevices.cpp" line="99" />
        <source>Could not list the host's devices.</source>
        <translation>Die Geräte des Rechners konnten nicht aufgelistet werden.</translation>
    </message>
    <message>
        <location filename="../engine/hardware/HostDevices.cpp" line="145" />
        <source> (%1 GiB)</source>
        <translation> (%1 GiB)</translation>
    </message>
    <message>
        <location filename="../engine/hardware/HostDevices.cpp" line="158" />
        <source>%1, link %2</source>
        <translation>%1, Verbindung %2</translation>
    </message>
</context>
<context>
    <name>ImportText</name>
    <message>
        <location filename="../engine/create/Import.cpp" line="50" />
        <source>%1 is not a disk image qemu-img can read: %2</source>
        <translation>%1 ist kein Festplattenabbild, das qemu-img lesen kann: %2</translation>
    </message>
    <message>
        <location filename="../engine/create/Import.cpp" line="68" />
        <location filename="../engine/create/Import.cpp" line="84" />
        <location filename="../engine/create/Import.cpp" line="100" />
        <location filename="../engine/create/Import.cpp" line="423" />
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <location filename="../engine/create/Import.cpp" line="75" />
        <source>%1 is not installed.</source>
        <translation>%1 ist nicht installiert.</translation>
    </message>
    <message>
        <location filename="../engine/create/Import.cpp" line="106" />
        <source>%1 failed.</source>
        <translation>%1 ist fehlgeschlagen.</translation>
    </message>
    <message>
        <location filename="../engine/create/Import.cpp" line="135" />
        <source>The OVA is damaged or incomplete: %1 does not match its manifest.</source>
        <translation>Die OVA ist beschädigt oder unvollständig: %1 passt nicht zu ihrem Manifest.</translation>
    </message>
    <message>
        <location filename="../engine/create/Import.cpp" line="151" />
        <source>%1 does not exist.</source>
        <translation>%1 existiert nicht.</translation>
    </message>
    <message>
        <location filename="../engine/create/Import.cpp" line="156" />
        <source>%1 cannot be read.</source>
        <translation>%1 kann nicht gelesen werden.</translation>
    </message>
    <message>
        <location filename="../engine/create/Import.cpp" line="196" />
        <source>The OVA %1 is damaged or holds no OVF descriptor.</source>
        <translation>Die OVA %1 ist beschädigt oder enthält keine OVF-Beschreibung.</translation>
    </message>
    <message>
        <location filename="../engine/create/Import.cpp" line="204" />
        <source>Cannot read %1.</source>
        <translation>%1 kann nicht gelesen werden.</translation>
    </message>
    <message>
        <location filename="../engine/create/Import.cpp" line="221" />
        <source>Import %1</source>
        <translation>%1 importieren</translation>
    </message>
    <message>
        <location filename="../engine/create/Import.cpp" line="225" />
        <source>Imports need a connection to this machine for now (qemu:///system or qemu:///session).</source>
        <translation>Importe brauchen vorerst eine Verbindung zu diesem Rechner (qemu:///system oder qemu:///session).</translation>
    </message>
    <message>
        <location filename="../engine/create/Import.cpp" line="239" />
        <source>%1 is not a libvirt domain: %2</source>
        <translation>%1 ist keine libvirt-Domäne: %2</translation>
    </message>
    <message>
        <location filename="../engine/create/Import.cpp" line="244" />
        <location filename="../engine/create/Import.cpp" line="331" />
        <source>A virtual machine called '%1' exists already.</source>
        <translation>Eine virtuelle Maschine namens „%1“ gibt es bereits.</translation>
    </message>
    <message>
        <location filename="../engine/create/Import.cpp" line="251" />
        <source>Could not define the machine of %1.</source>
        <translation>Die Maschine aus %1 konnte nicht definiert werden.</translation>
    </message>
    <message>
        <location filename="../engine/create/Import.cpp" line="291" />
        <source>Unpacking %1</source>
        <translation>%1 wird entpackt</translation>
    </message>
    <message>
        <location filename="../engine/create/Import.cpp" line="299" />
        <source>Unpacking</source>
        <translation>Entpacken</translation>
    </message>
    <message>
        <location filename="../engine/create/Import.cpp" line="300" />
        <source>The OVA %1 is damaged or incomplete: %2</source>
        <translation>Die OVA %1 ist beschädigt oder unvollständig: %2</translation>
    </message>
    <message>
        <location filename="../engine/create/Import.cpp" line="305" />
        <source>The OVA %1 holds no OVF descriptor.</source>
        <translation>Die OVA %1 enthält keine OVF-Beschreibung.</translation>
    </message>
    <message>
        <location filename="../engine/create/Import.cpp" line="319" />
        <source>The disk %1 the OVF names is missing.</source>
        <translation>Die Festplatte %1, die das OVF nennt, fehlt.</translation>
    </message>
    <message>
        <location filename="../engine/create/Import.cpp" line="351" />
        <source>%1 says it is %2 but holds a %3 image.</source>
        <translation>%1 gibt an, %2 zu sein, enthält aber ein %3-Abbild.</translation>
    </message>
    <message>
        <location filename="../engine/create/Import.cpp" line="364" />
        <source>The pool '%1' has %2 MiB free; the disks need about %3 MiB.</source>
        <translation>Der Pool „%1“ hat %2 MiB frei; die Festplatten brauchen etwa %3 MiB.</translation>
    </message>
    <message numerus="yes">
        <location filename="../engine/create/Import.cpp" line="395" />
        <source>The OVF asks for %n network card(s); the machine gets none, as chosen.</source>
        <translation>
            <numerusform>Das OVF verlangt %n Netzwerkkarte; die Maschine bekommt wie gewählt keine.</numerusform>
            <numerusform>Das OVF verlangt %n Netzwerkkarten; die Maschine bekommt wie gewählt keine.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../engine/create/Import.cpp" line="411" />
        <source>%1 exists already in the pool.</source>
        <translation>%1 gibt es bereits im Pool.</translation>
    </message>
    <message>
        <location filename="../engine/create/Import.cpp" line="421" />
        <location filename="../engine/create/Import.cpp" line="523" />
        <source>Converting %1</source>
        <translation>%1 wird umgewandelt</translation>
    </message>
    <message>
        <location filename="../engine/create/Import.cpp" line="424" />
        <source>The import was cancelled; what was converted is removed.</source>
        <translation>Der Import wurde abgebrochen; bereits Umgewandeltes wird entfernt.</translation>
    </message>
    <message>
        <location filename="../engine/create/Import.cpp" line="426" />
        <source>Could not convert %1: %2</source>
        <translation>%1 konnte nicht umgewandelt werden: %2</translation>
    </message>
    <message>
        <location filename="../engine/create/Import.cpp" line="433" />
        <source>Defining the machine</source>
        <translation>Die Maschine wird definiert</translation>
    </message>
    <message>
        <location filename="../engine/create/Import.cpp" line="437" />
        <source>Could not define '%1'.</source>
        <translation>„%1“ konnte nicht definiert werden.</translation>
    </message>
    <message>
        <location filename="../engine/create/Import.cpp" line="443" />
        <source>Could not start '%1'.</source>
        <translation>„%1“ konnte nicht gestartet werden.</translation>
    </message>
    <message>
        <location filename="../engine/create/Import.cpp" line="464" />
        <source>Export %1</source>
        <translation>%1 exportieren</translation>
    </message>
    <message>
        <location filename="../engine/create/Import.cpp" line="468" />
        <source>Exports need a connection to this machine for now.</source>
        <translation>Exporte brauchen vorerst eine Verbindung zu diesem Rechner.</translation>
    </message>
    <message>
        <location filename="../engine/create/Import.cpp" line="472" />
        <source>The machine is not there.</source>
        <translation>Die Maschine ist nicht da.</translation>
    </message>
    <message>
        <location filename="../engine/create/Import.cpp" line="480" />
        <source>Could not read the machine's definition.</source>
        <translation>Die Definition der Maschine konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <location filename="../engine/create/Import.cpp" line="492" />
        <source>The disk %1 is not a file on this host: only local files are exported.</source>
        <translation>Die Festplatte %1 ist keine Datei auf diesem Rechner: Nur lokale Dateien werden exportiert.</translation>
    </message>
    <message>
        <location filename="../engine/create/Import.cpp" line="498" />
        <source>The machine has no disk to export.</source>
        <translation>Die Maschine hat keine Festplatte zum Exportieren.</translation>
    </message>
    <message>
        <location filename="../engine/create/Import.cpp" line="531" />
        <location filename="../engine/create/Import.cpp" line="537" />
        <source>Could not write %1.</source>
        <translation>%1 konnte nicht geschrieben werden.</translation>
    </message>
    <message>
        <location filename="../engine/create/Import.cpp" line="542" />
        <source>Could not read %1.</source>
        <translation>%1 konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <location filename="../engine/create/Import.cpp" line="548" />
        <source>Packing %1</source>
        <translation>%1 wird gepackt</translation>
    </message>
    <message>
        <location filename="../engine/create/Ovf.cpp" line="53" />
        <source>a floppy drive</source>
        <translation>ein Diskettenlaufwerk</translation>
    </message>
    <message>
        <location filename="../engine/create/Ovf.cpp" line="56" />
        <source>a CD/DVD drive</source>
        <translation>ein CD/DVD-Laufwerk</translation>
    </message>
    <message>
        <location filename="../engine/create/Ovf.cpp" line="58" />
        <source>a USB controller</source>
        <translation>einen USB-Controller</translation>
    </message>
    <message>
        <location filename="../engine/create/Ovf.cpp" line="60" />
        <source>a sound card</source>
        <translation>eine Soundkarte</translation>
    </message>
    <message>
        <location filename="../engine/create/Ovf.cpp" line="62" />
        <source>a graphics card</source>
        <translation>eine Grafikkarte</translation>
    </message>
    <message>
        <location filename="../engine/create/Ovf.cpp" line="64" />
        <source>a device of type %1</source>
        <translation>ein Gerät vom Typ %1</translation>
    </message>
    <message>
        <location filename="../engine/create/Ovf.cpp" line="176" />
        <source>The OVF asks for %1; the machine gets none.</source>
        <translation>Das OVF verlangt %1; die Maschine bekommt keines.</translation>
    </message>
    <message>
        <location filename="../engine/create/Ovf.cpp" line="188" />
        <source>This is not an OVF descriptor: %1</source>
        <translation>Das ist keine OVF-Beschreibung: %1</translation>
    </message>
    <message>
        <location filename="../engine/create/Ovf.cpp" line="189" />
        <source>no &lt;Envelope&gt;</source>
        <translation>kein &lt;Envelope&gt;</translation>
    </message>
    <message>
        <location filename="../engine/create/Ovf.cpp" line="195" />
        <source>The OVF's disk %1 names no file.</source>
        <translation>Die Festplatte %1 des OVF nennt keine Datei.</translation>
    </message>
    <message>
        <location filename="../engine/create/Ovf.cpp" line="201" />
        <source>The OVF describes no disk.</source>
        <translation>Das OVF beschreibt keine Festplatte.</translation>
    </message>
</context>
<context>
    <name>IsoText</name>
    <message>
        <location filename="../engine/create/IsoImage.cpp" line="24" />
        <source>xorriso, which reads and writes ISO images, is not installed (Debian package xorriso).</source>
        <translation>xorriso, das ISO-Abbilder liest und schreibt, ist nicht installiert (Debian-Paket xorriso).</translation>
    </message>
    <message>
        <location filename="../engine/create/IsoImage.cpp" line="31" />
        <source>xorriso failed.</source>
        <translation>xorriso ist fehlgeschlagen.</translation>
    </message>
    <message>
        <location filename="../engine/create/IsoImage.cpp" line="42" />
        <source>Could not make a temporary folder for %1.</source>
        <translation>Für %1 konnte kein temporärer Ordner angelegt werden.</translation>
    </message>
    <message>
        <location filename="../engine/create/IsoImage.cpp" line="49" />
        <source>Could not write %1 for %2.</source>
        <translation>%1 für %2 konnte nicht geschrieben werden.</translation>
    </message>
</context>
<context>
    <name>IsolationCommandText</name>
    <message>
        <location filename="../app/commands/IsolationCommand.cpp" line="36" />
        <source>Shows or sets what a VM shares with this computer: the clipboard (Vireo's console), USB redirection, shared folders, the guest agent's channel.</source>
        <translation>Zeigt oder setzt, was eine VM mit diesem Rechner teilt: die Zwischenablage (Konsole von Vireo), USB-Umleitung, geteilte Ordner, den Kanal des Gastagenten.</translation>
    </message>
    <message>
        <location filename="../app/commands/IsolationCommand.cpp" line="43" />
        <source>The VM (name or UUID).</source>
        <translation>Die VM (Name oder UUID).</translation>
    </message>
    <message>
        <location filename="../app/commands/IsolationCommand.cpp" line="45" />
        <source>off, to-guest or both.</source>
        <translation>off, to-guest oder both.</translation>
    </message>
    <message>
        <location filename="../app/commands/IsolationCommand.cpp" line="48" />
        <source>USB redirection allowed: yes or no.</source>
        <translation>USB-Umleitung erlaubt: yes oder no.</translation>
    </message>
    <message>
        <location filename="../app/commands/IsolationCommand.cpp" line="51" />
        <source>File sharing allowed: yes or no.</source>
        <translation>Dateifreigabe erlaubt: yes oder no.</translation>
    </message>
    <message>
        <location filename="../app/commands/IsolationCommand.cpp" line="54" />
        <source>The guest agent's channel: yes or no.</source>
        <translation>Der Kanal des Gastagenten: yes oder no.</translation>
    </message>
    <message>
        <location filename="../app/commands/IsolationCommand.cpp" line="61" />
        <source>name the VM (see --help)</source>
        <translation>nennen Sie die VM (siehe --help)</translation>
    </message>
    <message>
        <location filename="../app/commands/IsolationCommand.cpp" line="64" />
        <source>--clipboard: '%1' is none of off, to-guest, both</source>
        <translation>--clipboard: „%1“ ist keines von off, to-guest, both</translation>
    </message>
    <message>
        <location filename="../app/commands/IsolationCommand.cpp" line="72" />
        <source>--%1: '%2' is neither yes nor no</source>
        <translation>--%1: „%2“ ist weder yes noch no</translation>
    </message>
</context>
<context>
    <name>IsolationText</name>
    <message>
        <location filename="../engine/security/Isolation.cpp" line="83" />
        <source>Off</source>
        <translation>Aus</translation>
    </message>
    <message>
        <location filename="../engine/security/Isolation.cpp" line="85" />
        <source>From this computer to the guest only</source>
        <translation>Nur von diesem Rechner zum Gast</translation>
    </message>
    <message>
        <location filename="../engine/security/Isolation.cpp" line="87" />
        <source>Shared both ways</source>
        <translation>In beide Richtungen geteilt</translation>
    </message>
    <message>
        <location filename="../engine/security/Isolation.cpp" line="116" />
        <source>File sharing is off for this VM (Security tab, Isolation): turn it on first.</source>
        <translation>Die Dateifreigabe ist für diese VM aus (Reiter Sicherheit, Isolierung): Schalten Sie sie zuerst ein.</translation>
    </message>
    <message>
        <location filename="../engine/security/Isolation.cpp" line="119" />
        <source>USB redirection is off for this VM (Security tab, Isolation): turn it on first.</source>
        <translation>Die USB-Umleitung ist für diese VM aus (Reiter Sicherheit, Isolierung): Schalten Sie sie zuerst ein.</translation>
    </message>
    <message>
        <location filename="../engine/security/Isolation.cpp" line="129" />
        <location filename="../engine/security/Isolation.cpp" line="280" />
        <source>The VM is gone.</source>
        <translation>Die VM ist nicht mehr da.</translation>
    </message>
    <message>
        <location filename="../engine/security/Isolation.cpp" line="139" />
        <source>libvirt did not give the VM's definition.</source>
        <translation>libvirt hat die Definition der VM nicht geliefert.</translation>
    </message>
    <message>
        <location filename="../engine/security/Isolation.cpp" line="158" />
        <source>a USB redirection device removed</source>
        <translation>ein USB-Umleitungsgerät entfernt</translation>
    </message>
    <message>
        <location filename="../engine/security/Isolation.cpp" line="174" />
        <source>two USB redirection channels added</source>
        <translation>zwei USB-Umleitungskanäle hinzugefügt</translation>
    </message>
    <message>
        <location filename="../engine/security/Isolation.cpp" line="181" />
        <source>the shared folder %1 removed</source>
        <translation>der geteilte Ordner %1 entfernt</translation>
    </message>
    <message>
        <location filename="../engine/security/Isolation.cpp" line="192" />
        <source>the guest agent's channel removed</source>
        <translation>der Kanal des Gastagenten entfernt</translation>
    </message>
    <message>
        <location filename="../engine/security/Isolation.cpp" line="202" />
        <source>the guest agent's channel added</source>
        <translation>der Kanal des Gastagenten hinzugefügt</translation>
    </message>
    <message>
        <location filename="../engine/security/Isolation.cpp" line="208" />
        <source>libvirt did not keep the change: %1</source>
        <translation>libvirt hat die Änderung nicht behalten: %1</translation>
    </message>
    <message>
        <location filename="../engine/security/Isolation.cpp" line="216" />
        <source>the running VM keeps a device libvirt would not unplug (%1)</source>
        <translation>die laufende VM behält ein Gerät, das libvirt nicht entfernen wollte (%1)</translation>
    </message>
    <message>
        <location filename="../engine/security/Isolation.cpp" line="223" />
        <source>the USB redirection channels reach the guest at its next start (%1)</source>
        <translation>die USB-Umleitungskanäle erreichen den Gast bei seinem nächsten Start (%1)</translation>
    </message>
    <message>
        <location filename="../engine/security/Isolation.cpp" line="232" />
        <source>the agent's channel reaches the guest at its next start</source>
        <translation>der Kanal des Agenten erreicht den Gast bei seinem nächsten Start</translation>
    </message>
    <message>
        <location filename="../engine/security/Isolation.cpp" line="234" />
        <source>SPICE's own clipboard off</source>
        <translation>die eigene Zwischenablage von SPICE aus</translation>
    </message>
    <message>
        <location filename="../engine/security/Isolation.cpp" line="249" />
        <source>libvirt did not keep the settings: %1</source>
        <translation>libvirt hat die Einstellungen nicht behalten: %1</translation>
    </message>
    <message>
        <location filename="../engine/security/Isolation.cpp" line="255" />
        <source>Isolation kept: clipboard %1, USB redirection %2, file sharing %3, guest agent %4.</source>
        <translation>Isolierung gespeichert: Zwischenablage %1, USB-Umleitung %2, Dateifreigabe %3, Gastagent %4.</translation>
    </message>
    <message>
        <location filename="../engine/security/Isolation.cpp" line="258" />
        <location filename="../engine/security/Isolation.cpp" line="260" />
        <source>allowed</source>
        <translation>erlaubt</translation>
    </message>
    <message>
        <location filename="../engine/security/Isolation.cpp" line="259" />
        <location filename="../engine/security/Isolation.cpp" line="261" />
        <source>not allowed</source>
        <translation>nicht erlaubt</translation>
    </message>
    <message>
        <location filename="../engine/security/Isolation.cpp" line="262" />
        <source>on</source>
        <translation>ein</translation>
    </message>
    <message>
        <location filename="../engine/security/Isolation.cpp" line="262" />
        <source>off</source>
        <translation>aus</translation>
    </message>
    <message>
        <location filename="../engine/security/Isolation.cpp" line="265" />
        <source>Done: %1.</source>
        <translation>Erledigt: %1.</translation>
    </message>
    <message>
        <location filename="../engine/security/Isolation.cpp" line="268" />
        <source>From its next start: %1.</source>
        <translation>Ab ihrem nächsten Start: %1.</translation>
    </message>
    <message>
        <location filename="../engine/security/Isolation.cpp" line="277" />
        <source>Read isolation settings</source>
        <translation>Einstellungen der Isolierung lesen</translation>
    </message>
    <message>
        <location filename="../engine/security/Isolation.cpp" line="291" />
        <source>Isolation settings</source>
        <translation>Einstellungen der Isolierung</translation>
    </message>
</context>
<context>
    <name>KeyringText</name>
    <message>
        <location filename="../engine/core/Keyring.cpp" line="68" />
        <source>The secret store did not answer: %1</source>
        <translation>Der Geheimnisspeicher hat nicht geantwortet: %1</translation>
    </message>
    <message>
        <location filename="../engine/core/Keyring.cpp" line="79" />
        <source>No secret store without an application.</source>
        <translation>Ohne Anwendung kein Geheimnisspeicher.</translation>
    </message>
    <message>
        <location filename="../engine/core/Keyring.cpp" line="102" />
        <source>The secret store did not answer within 15 seconds.</source>
        <translation>Der Geheimnisspeicher hat nicht innerhalb von 15 Sekunden geantwortet.</translation>
    </message>
    <message>
        <location filename="../engine/core/Keyring.cpp" line="115" />
        <source>No secret store: there is no desktop session bus (D-Bus).</source>
        <translation>Kein Geheimnisspeicher: Es gibt keinen Sitzungsbus der Arbeitsumgebung (D-Bus).</translation>
    </message>
    <message>
        <location filename="../engine/core/Keyring.cpp" line="123" />
        <source>No secret store: the desktop runs no keyring (GNOME Keyring or KWallet).</source>
        <translation>Kein Geheimnisspeicher: Die Arbeitsumgebung hat keinen Schlüsselbund (GNOME-Schlüsselbund oder KWallet).</translation>
    </message>
</context>
<context>
    <name>LibvirtError</name>
    <message>
        <location filename="../engine/core/LibvirtError.cpp" line="17" />
        <source>The virtual machine does not exist.</source>
        <translation>Die virtuelle Maschine existiert nicht.</translation>
    </message>
    <message>
        <location filename="../engine/core/LibvirtError.cpp" line="19" />
        <source>This is not possible in the machine's current state.</source>
        <translation>Das ist im aktuellen Zustand der Maschine nicht möglich.</translation>
    </message>
    <message>
        <location filename="../engine/core/LibvirtError.cpp" line="24" />
        <source>Permission denied.</source>
        <translation>Zugriff verweigert.</translation>
    </message>
    <message>
        <location filename="../engine/core/LibvirtError.cpp" line="28" />
        <source>The virtualization service could not be reached.</source>
        <translation>Der Virtualisierungsdienst war nicht erreichbar.</translation>
    </message>
    <message>
        <location filename="../engine/core/LibvirtError.cpp" line="33" />
        <source>The request was not accepted.</source>
        <translation>Die Anfrage wurde nicht angenommen.</translation>
    </message>
    <message>
        <location filename="../engine/core/LibvirtError.cpp" line="35" />
        <source>The operation timed out.</source>
        <translation>Die Zeit für den Vorgang ist abgelaufen.</translation>
    </message>
    <message>
        <location filename="../engine/core/LibvirtError.cpp" line="37" />
        <source>The storage volume does not exist.</source>
        <translation>Der Datenträger existiert nicht.</translation>
    </message>
    <message>
        <location filename="../engine/core/LibvirtError.cpp" line="58" />
        <source>The connection to the virtualization service was lost (it stopped or restarted); Vireo reconnects by itself, try again in a moment.</source>
        <translation>Die Verbindung zum Virtualisierungsdienst ging verloren (er wurde beendet oder neu gestartet); Vireo verbindet sich selbst neu, versuchen Sie es gleich noch einmal.</translation>
    </message>
    <message>
        <location filename="../engine/core/LibvirtError.cpp" line="65" />
        <source>Details: %1</source>
        <translation>Einzelheiten: %1</translation>
    </message>
</context>
<context>
    <name>LifecycleText</name>
    <message>
        <location filename="../engine/domains/DomainLifecycle.cpp" line="50" />
        <source>Could not start '%1'.</source>
        <translation>„%1“ konnte nicht gestartet werden.</translation>
    </message>
    <message>
        <location filename="../engine/domains/DomainLifecycle.cpp" line="52" />
        <source>Could not shut down '%1'.</source>
        <translation>„%1“ konnte nicht heruntergefahren werden.</translation>
    </message>
    <message>
        <location filename="../engine/domains/DomainLifecycle.cpp" line="54" />
        <source>Could not reboot '%1'.</source>
        <translation>„%1“ konnte nicht neu gestartet werden.</translation>
    </message>
    <message>
        <location filename="../engine/domains/DomainLifecycle.cpp" line="56" />
        <source>Could not force off '%1'.</source>
        <translation>„%1“ konnte nicht zwangsweise ausgeschaltet werden.</translation>
    </message>
    <message>
        <location filename="../engine/domains/DomainLifecycle.cpp" line="58" />
        <source>Could not reset '%1'.</source>
        <translation>„%1“ konnte nicht zurückgesetzt werden.</translation>
    </message>
    <message>
        <location filename="../engine/domains/DomainLifecycle.cpp" line="60" />
        <source>Could not pause '%1'.</source>
        <translation>„%1“ konnte nicht angehalten werden.</translation>
    </message>
    <message>
        <location filename="../engine/domains/DomainLifecycle.cpp" line="62" />
        <source>Could not resume '%1'.</source>
        <translation>„%1“ konnte nicht fortgesetzt werden.</translation>
    </message>
    <message>
        <location filename="../engine/domains/DomainLifecycle.cpp" line="64" />
        <source>Could not save '%1'.</source>
        <translation>„%1“ konnte nicht gesichert werden.</translation>
    </message>
    <message>
        <location filename="../engine/domains/DomainLifecycle.cpp" line="66" />
        <source>Could not discard the saved state of '%1'.</source>
        <translation>Der gesicherte Zustand von „%1“ konnte nicht verworfen werden.</translation>
    </message>
    <message>
        <location filename="../engine/domains/DomainLifecycle.cpp" line="68" />
        <source>Could not delete '%1'.</source>
        <translation>„%1“ konnte nicht gelöscht werden.</translation>
    </message>
    <message>
        <location filename="../engine/domains/DomainLifecycle.cpp" line="70" />
        <source>Could not rename '%1'.</source>
        <translation>„%1“ konnte nicht umbenannt werden.</translation>
    </message>
    <message>
        <location filename="../engine/domains/DomainLifecycle.cpp" line="141" />
        <source>The connection is read-only.</source>
        <translation>Die Verbindung ist schreibgeschützt.</translation>
    </message>
    <message>
        <location filename="../engine/domains/DomainLifecycle.cpp" line="225" />
        <source>Delete %1</source>
        <translation>%1 löschen</translation>
    </message>
    <message>
        <location filename="../engine/domains/DomainLifecycle.cpp" line="230" />
        <source>%1 is the template of linked instances: %2. They read its disks: delete or flatten them first.</source>
        <translation>%1 ist die Vorlage verknüpfter Instanzen: %2. Sie lesen ihre Festplatten: Löschen Sie sie zuerst oder machen Sie sie eigenständig.</translation>
    </message>
    <message>
        <location filename="../engine/domains/DomainLifecycle.cpp" line="275" />
        <location filename="../engine/domains/DomainLifecycle.cpp" line="287" />
        <source>Could not delete %1.</source>
        <translation>%1 konnte nicht gelöscht werden.</translation>
    </message>
    <message>
        <location filename="../engine/domains/DomainLifecycle.cpp" line="282" />
        <source>%1 is not in a storage pool of the remote host; it was left in place.</source>
        <translation>%1 liegt in keinem Speicherpool des entfernten Rechners; es wurde an Ort und Stelle belassen.</translation>
    </message>
    <message>
        <location filename="../engine/domains/DomainLifecycle.cpp" line="292" />
        <source>'%1' was deleted, but not all of its storage:</source>
        <translation>„%1“ wurde gelöscht, aber nicht ihr ganzer Speicher:</translation>
    </message>
    <message>
        <location filename="../engine/domains/DomainLifecycle.cpp" line="304" />
        <source>Rename %1</source>
        <translation>%1 umbenennen</translation>
    </message>
    <message>
        <location filename="../app/commands/LifecycleCommand.cpp" line="34" />
        <source>Starts virtual machines.</source>
        <translation>Startet virtuelle Maschinen.</translation>
    </message>
    <message>
        <location filename="../app/commands/LifecycleCommand.cpp" line="36" />
        <source>Asks virtual machines' guests to shut down (ACPI).</source>
        <translation>Bittet die Gastsysteme virtueller Maschinen, herunterzufahren (ACPI).</translation>
    </message>
    <message>
        <location filename="../app/commands/LifecycleCommand.cpp" line="38" />
        <source>Asks virtual machines' guests to reboot (ACPI).</source>
        <translation>Bittet die Gastsysteme virtueller Maschinen, neu zu starten (ACPI).</translation>
    </message>
    <message>
        <location filename="../app/commands/LifecycleCommand.cpp" line="40" />
        <source>Force Reset: the machine's reset button, at once; the guest's unsaved work is lost.</source>
        <translation>Zurücksetzen erzwingen: der Reset-Knopf der Maschine, sofort; nicht gespeicherte Arbeit im Gast geht verloren.</translation>
    </message>
    <message>
        <location filename="../app/commands/LifecycleCommand.cpp" line="44" />
        <source>Force Off: pulls the plug; the guest's unsaved work is lost.</source>
        <translation>Ausschalten erzwingen: zieht den Stecker; nicht gespeicherte Arbeit im Gast geht verloren.</translation>
    </message>
    <message>
        <location filename="../app/commands/LifecycleCommand.cpp" line="47" />
        <source>Force Off (virsh's destroy): pulls the plug; the guest's unsaved work is lost. The machine stays defined.</source>
        <translation>Ausschalten erzwingen (destroy bei virsh): zieht den Stecker; nicht gespeicherte Arbeit im Gast geht verloren. Die Maschine bleibt definiert.</translation>
    </message>
    <message>
        <location filename="../app/commands/LifecycleCommand.cpp" line="50" />
        <source>Pauses virtual machines.</source>
        <translation>Hält virtuelle Maschinen an.</translation>
    </message>
    <message>
        <location filename="../app/commands/LifecycleCommand.cpp" line="52" />
        <source>Resumes paused virtual machines.</source>
        <translation>Setzt angehaltene virtuelle Maschinen fort.</translation>
    </message>
    <message>
        <location filename="../app/commands/LifecycleCommand.cpp" line="54" />
        <source>Saves running machines' memory to disk and stops them; start or restore brings them back where they were.</source>
        <translation>Sichert den Arbeitsspeicher laufender Maschinen auf die Festplatte und hält sie an; start oder restore bringt sie dorthin zurück, wo sie waren.</translation>
    </message>
    <message>
        <location filename="../app/commands/LifecycleCommand.cpp" line="58" />
        <source>Restores saved machines where they were.</source>
        <translation>Setzt gesicherte Maschinen dort fort, wo sie waren.</translation>
    </message>
    <message>
        <location filename="../app/commands/LifecycleCommand.cpp" line="60" />
        <source>Deletes virtual machines' definitions (a running one is forced off first); their disks too with --remove-storage.</source>
        <translation>Löscht die Definitionen virtueller Maschinen (eine laufende wird zuerst zwangsweise ausgeschaltet); mit --remove-storage auch ihre Festplatten.</translation>
    </message>
    <message>
        <location filename="../app/commands/LifecycleCommand.cpp" line="93" />
        <source>Names or UUIDs of the VMs.</source>
        <translation>Namen oder UUIDs der VMs.</translation>
    </message>
    <message>
        <location filename="../app/commands/LifecycleCommand.cpp" line="97" />
        <source>Do not ask before an action that loses the guest's unsaved work.</source>
        <translation>Vor einer Aktion, bei der nicht gespeicherte Arbeit im Gast verloren geht, nicht fragen.</translation>
    </message>
    <message>
        <location filename="../app/commands/LifecycleCommand.cpp" line="100" />
        <source>delete: remove the VM's disks too (not its CD-ROMs).</source>
        <translation>delete: auch die Festplatten der VM entfernen (nicht ihre CD-ROMs).</translation>
    </message>
    <message>
        <location filename="../app/commands/LifecycleCommand.cpp" line="104" />
        <source>What was done to each VM, as JSON.</source>
        <translation>Was mit jeder VM geschah, als JSON.</translation>
    </message>
    <message>
        <location filename="../app/commands/LifecycleCommand.cpp" line="108" />
        <source>name a VM (see --help)</source>
        <translation>nennen Sie eine VM (siehe --help)</translation>
    </message>
    <message>
        <location filename="../app/commands/LifecycleCommand.cpp" line="122" />
        <source>There is no VM "%1" on %2.</source>
        <translation>Auf %2 gibt es keine VM „%1“.</translation>
    </message>
    <message>
        <location filename="../app/commands/LifecycleCommand.cpp" line="125" />
        <source>%1 has no saved state to restore.</source>
        <translation>%1 hat keinen gesicherten Zustand zum Fortsetzen.</translation>
    </message>
    <message>
        <location filename="../app/commands/LifecycleCommand.cpp" line="139" />
        <source>Delete %1 and its disks? This cannot be undone.</source>
        <translation>%1 samt Festplatten löschen? Das lässt sich nicht rückgängig machen.</translation>
    </message>
    <message>
        <location filename="../app/commands/LifecycleCommand.cpp" line="140" />
        <source>Delete %1? Its disks stay.</source>
        <translation>%1 löschen? Die Festplatten bleiben.</translation>
    </message>
    <message>
        <location filename="../app/commands/LifecycleCommand.cpp" line="142" />
        <source>%1 %2? The guest's unsaved work is lost.</source>
        <translation>%1: %2? Nicht gespeicherte Arbeit im Gast geht verloren.</translation>
    </message>
    <message>
        <location filename="../app/commands/LifecycleCommand.cpp" line="146" />
        <source>Nothing done.</source>
        <translation>Nichts getan.</translation>
    </message>
    <message>
        <location filename="../app/commands/LifecycleCommand.cpp" line="183" />
        <source>%1: done.</source>
        <translation>%1: erledigt.</translation>
    </message>
</context>
<context>
    <name>Lineage</name>
    <message>
        <location filename="../engine/templates/Lineage.cpp" line="207" />
        <source>The template's disk %1 was written to since it became a template (its size or time of change differ): instances made from it may read wrong data. Vireo makes none from it until it is made a template again (Convert to VM, then Make Template).</source>
        <translation>Auf die Festplatte %1 der Vorlage wurde geschrieben, seit sie Vorlage ist (Größe oder Änderungszeit weichen ab): Instanzen daraus lesen womöglich falsche Daten. Vireo erstellt keine mehr daraus, bis sie wieder zur Vorlage gemacht wird (In VM umwandeln, dann Zur Vorlage machen).</translation>
    </message>
</context>
<context>
    <name>ListText</name>
    <message>
        <location filename="../app/commands/ListCommand.cpp" line="115" />
        <source>Lists the running virtual machines (with --all, every one).</source>
        <translation>Listet die laufenden virtuellen Maschinen (mit --all alle).</translation>
    </message>
    <message>
        <location filename="../app/commands/ListCommand.cpp" line="119" />
        <source>Every VM, running or not, templates too.</source>
        <translation>Jede VM, ob laufend oder nicht, auch Vorlagen.</translation>
    </message>
    <message>
        <location filename="../app/commands/ListCommand.cpp" line="125" />
        <source>list takes no VM name (see --help)</source>
        <translation>list nimmt keinen VM-Namen (siehe --help)</translation>
    </message>
    <message>
        <location filename="../app/commands/ListCommand.cpp" line="147" />
        <source>No virtual machines on %1.</source>
        <translation>Keine virtuellen Maschinen auf %1.</translation>
    </message>
    <message>
        <location filename="../app/commands/ListCommand.cpp" line="148" />
        <source>No running virtual machines on %1 (--all lists every one).</source>
        <translation>Keine laufenden virtuellen Maschinen auf %1 (--all listet alle).</translation>
    </message>
    <message>
        <location filename="../app/commands/ListCommand.cpp" line="156" />
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <location filename="../app/commands/ListCommand.cpp" line="157" />
        <source>STATE</source>
        <translation>ZUSTAND</translation>
    </message>
    <message>
        <location filename="../app/commands/ListCommand.cpp" line="157" />
        <source>CPUS</source>
        <translation>CPUS</translation>
    </message>
    <message>
        <location filename="../app/commands/ListCommand.cpp" line="158" />
        <source>MEMORY</source>
        <translation>SPEICHER</translation>
    </message>
    <message>
        <location filename="../app/commands/ListCommand.cpp" line="168" />
        <source>One virtual machine: its state, hardware and IP addresses.</source>
        <translation>Eine virtuelle Maschine: ihr Zustand, ihre Hardware und IP-Adressen.</translation>
    </message>
    <message>
        <location filename="../app/commands/ListCommand.cpp" line="172" />
        <source>Name or UUID of the VM.</source>
        <translation>Name oder UUID der VM.</translation>
    </message>
    <message>
        <location filename="../app/commands/ListCommand.cpp" line="177" />
        <source>name one VM (see --help)</source>
        <translation>nennen Sie eine VM (siehe --help)</translation>
    </message>
    <message>
        <location filename="../app/commands/ListCommand.cpp" line="194" />
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../app/commands/ListCommand.cpp" line="195" />
        <source>UUID</source>
        <translation>UUID</translation>
    </message>
    <message>
        <location filename="../app/commands/ListCommand.cpp" line="196" />
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location filename="../app/commands/ListCommand.cpp" line="197" />
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <location filename="../app/commands/ListCommand.cpp" line="198" />
        <source>Operating system</source>
        <translation>Betriebssystem</translation>
    </message>
    <message>
        <location filename="../app/commands/ListCommand.cpp" line="199" />
        <source>CPUs</source>
        <translation>CPUs</translation>
    </message>
    <message>
        <location filename="../app/commands/ListCommand.cpp" line="200" />
        <source>Memory</source>
        <translation>Arbeitsspeicher</translation>
    </message>
    <message>
        <location filename="../app/commands/ListCommand.cpp" line="201" />
        <source>Machine</source>
        <translation>Maschine</translation>
    </message>
    <message>
        <location filename="../app/commands/ListCommand.cpp" line="204" />
        <source>CD-ROM %1</source>
        <translation>CD-ROM %1</translation>
    </message>
    <message>
        <location filename="../app/commands/ListCommand.cpp" line="205" />
        <source>Disk %1</source>
        <translation>Festplatte %1</translation>
    </message>
    <message>
        <location filename="../app/commands/ListCommand.cpp" line="206" />
        <source>(empty)</source>
        <translation>(leer)</translation>
    </message>
    <message>
        <location filename="../app/commands/ListCommand.cpp" line="208" />
        <source>Network card</source>
        <translation>Netzwerkkarte</translation>
    </message>
    <message>
        <location filename="../app/commands/ListCommand.cpp" line="211" />
        <source>Display</source>
        <translation>Anzeige</translation>
    </message>
    <message>
        <location filename="../app/commands/ListCommand.cpp" line="213" />
        <source>Shared folder</source>
        <translation>Geteilter Ordner</translation>
    </message>
    <message>
        <location filename="../app/commands/ListCommand.cpp" line="215" />
        <source>IP address</source>
        <translation>IP-Adresse</translation>
    </message>
    <message>
        <location filename="../app/commands/ListCommand.cpp" line="217" />
        <source>Made from</source>
        <translation>Erstellt aus</translation>
    </message>
</context>
<context>
    <name>LoginText</name>
    <message>
        <location filename="../app/commands/LoginCommand.cpp" line="65" />
        <source>ssh asks, to reach a host:</source>
        <translation>ssh fragt, um einen Rechner zu erreichen:</translation>
    </message>
    <message>
        <location filename="../app/commands/LoginCommand.cpp" line="68" />
        <source>Log in to %1 (%2)</source>
        <translation>Bei %1 anmelden (%2)</translation>
    </message>
    <message>
        <location filename="../app/commands/LoginCommand.cpp" line="71" />
        <source>%1 Try %2 of %3.</source>
        <translation>%1 Versuch %2 von %3.</translation>
    </message>
    <message>
        <location filename="../app/commands/LoginCommand.cpp" line="81" />
        <source>User name: </source>
        <translation>Benutzername: </translation>
    </message>
    <message>
        <location filename="../app/commands/LoginCommand.cpp" line="82" />
        <source>User name [%1]: </source>
        <translation>Benutzername [%1]: </translation>
    </message>
    <message>
        <location filename="../app/commands/LoginCommand.cpp" line="85" />
        <source>Password: </source>
        <translation>Passwort: </translation>
    </message>
    <message>
        <location filename="../app/commands/LoginCommand.cpp" line="95" />
        <source>vireo: no terminal to ask on, and nothing on standard input. Remember the login with `vireo login` in a terminal, or with "Remember in the keyring" in Vireo's window.</source>
        <translation>vireo: kein Terminal zum Fragen und nichts auf der Standardeingabe. Merken Sie sich die Anmeldung mit `vireo login` in einem Terminal oder mit „Im Schlüsselbund merken“ im Fenster von Vireo.</translation>
    </message>
    <message>
        <location filename="../app/commands/LoginCommand.cpp" line="128" />
        <source>Logs in to the connection's host on this terminal and remembers the login in the desktop's keyring (never in a file): Vireo's window and every command then connect without asking. With no terminal, the answers are read from standard input, one per line.</source>
        <translation>Meldet sich in diesem Terminal beim Rechner der Verbindung an und merkt sich die Anmeldung im Schlüsselbund der Arbeitsumgebung (nie in einer Datei): Das Fenster von Vireo und jeder Befehl verbinden sich dann ohne Nachfrage. Ohne Terminal werden die Antworten zeilenweise von der Standardeingabe gelesen.</translation>
    </message>
    <message>
        <location filename="../app/commands/LoginCommand.cpp" line="135" />
        <source>Forget the remembered login instead.</source>
        <translation>Stattdessen die gemerkte Anmeldung vergessen.</translation>
    </message>
    <message>
        <location filename="../app/commands/LoginCommand.cpp" line="140" />
        <source>no arguments besides the options (see --help)</source>
        <translation>keine Argumente außer den Optionen (siehe --help)</translation>
    </message>
    <message>
        <location filename="../app/commands/LoginCommand.cpp" line="146" />
        <source>Forgot the login of %1.</source>
        <translation>Die Anmeldung bei %1 wurde vergessen.</translation>
    </message>
    <message>
        <location filename="../app/commands/LoginCommand.cpp" line="162" />
        <source>Logged in to %1; the login is remembered.</source>
        <translation>Bei %1 angemeldet; die Anmeldung ist gemerkt.</translation>
    </message>
</context>
<context>
    <name>MediaText</name>
    <message>
        <location filename="../engine/create/InstallMedia.cpp" line="28" />
        <source>Could not read the machine's configuration.</source>
        <translation>Die Konfiguration der Maschine konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <location filename="../engine/create/InstallMedia.cpp" line="46" />
        <source>The machine has no CD-ROM drive %1.</source>
        <translation>Die Maschine hat kein CD-ROM-Laufwerk %1.</translation>
    </message>
    <message>
        <location filename="../engine/create/InstallMedia.cpp" line="49" />
        <source>Could not insert the install image %1.</source>
        <translation>Das Installationsabbild %1 konnte nicht eingelegt werden.</translation>
    </message>
    <message>
        <location filename="../engine/create/InstallMedia.cpp" line="69" />
        <source>Eject the install media of %1</source>
        <translation>Das Installationsmedium von %1 auswerfen</translation>
    </message>
    <message>
        <location filename="../engine/create/InstallMedia.cpp" line="74" />
        <source>The machine is not there any more.</source>
        <translation>Die Maschine ist nicht mehr da.</translation>
    </message>
    <message>
        <location filename="../engine/create/InstallMedia.cpp" line="93" />
        <source>Could not change the machine's definition.</source>
        <translation>Die Definition der Maschine konnte nicht geändert werden.</translation>
    </message>
    <message>
        <location filename="../engine/create/InstallMedia.cpp" line="109" />
        <source>Could not eject the media of the running machine.</source>
        <translation>Das Medium der laufenden Maschine konnte nicht ausgeworfen werden.</translation>
    </message>
</context>
<context>
    <name>MigrateText</name>
    <message>
        <location filename="../app/commands/MigrateCommand.cpp" line="29" />
        <source>Moves a VM to another host: live while it runs (the default), or offline. The checks come first; nothing starts while one fails. Ctrl+C cancels: the VM stays on this host.</source>
        <translation>Zieht eine VM auf einen anderen Rechner um: live im laufenden Betrieb (die Vorgabe) oder offline. Zuerst kommen die Prüfungen; nichts beginnt, solange eine fehlschlägt. Strg+C bricht ab: Die VM bleibt auf diesem Rechner.</translation>
    </message>
    <message>
        <location filename="../app/commands/MigrateCommand.cpp" line="34" />
        <source>The VM (name or UUID).</source>
        <translation>Die VM (Name oder UUID).</translation>
    </message>
    <message>
        <location filename="../app/commands/MigrateCommand.cpp" line="36" />
        <source>The destination host, e.g. qemu+ssh://root@host2/system.</source>
        <translation>Der Zielrechner, z. B. qemu+ssh://root@host2/system.</translation>
    </message>
    <message>
        <location filename="../app/commands/MigrateCommand.cpp" line="39" />
        <source>Move a shut-off VM's definition.</source>
        <translation>Die Definition einer ausgeschalteten VM umziehen.</translation>
    </message>
    <message>
        <location filename="../app/commands/MigrateCommand.cpp" line="41" />
        <source>Copy the disks: all, or inc (what their backing images lack); default: they are shared.</source>
        <translation>Die Festplatten kopieren: all oder inc (was ihren Basisabbildern fehlt); Vorgabe: Sie sind gemeinsam.</translation>
    </message>
    <message>
        <location filename="../app/commands/MigrateCommand.cpp" line="46" />
        <source>Keep the VM defined on this host too.</source>
        <translation>Die VM auch auf diesem Rechner definiert lassen.</translation>
    </message>
    <message>
        <location filename="../app/commands/MigrateCommand.cpp" line="48" />
        <source>The longest pause at the switch-over.</source>
        <translation>Die längste Pause beim Wechsel.</translation>
    </message>
    <message>
        <location filename="../app/commands/MigrateCommand.cpp" line="51" />
        <source>A cap on the transfer, in MiB/s.</source>
        <translation>Eine Obergrenze für die Übertragung, in MiB/s.</translation>
    </message>
    <message>
        <location filename="../app/commands/MigrateCommand.cpp" line="54" />
        <source>Slow the guest down when it changes memory faster than it can be sent.</source>
        <translation>Den Gast bremsen, wenn er Arbeitsspeicher schneller ändert, als er gesendet werden kann.</translation>
    </message>
    <message>
        <location filename="../app/commands/MigrateCommand.cpp" line="58" />
        <source>Allow post-copy, and switch to it when the migration does not converge (it then always ends; a failure meanwhile loses the VM).</source>
        <translation>Post-Copy erlauben und dazu wechseln, wenn die Migration nicht konvergiert (sie endet dann immer; ein Ausfall währenddessen kostet die VM).</translation>
    </message>
    <message>
        <location filename="../app/commands/MigrateCommand.cpp" line="61" />
        <source>Shared disks without a cluster file system: you know both hosts never write them at once.</source>
        <translation>Gemeinsame Festplatten ohne Cluster-Dateisystem: Sie wissen, dass nie beide Rechner zugleich darauf schreiben.</translation>
    </message>
    <message>
        <location filename="../app/commands/MigrateCommand.cpp" line="65" />
        <source>Where QEMU sends the data, e.g. tcp://10.0.0.2.</source>
        <translation>Wohin QEMU die Daten sendet, z. B. tcp://10.0.0.2.</translation>
    </message>
    <message>
        <location filename="../app/commands/MigrateCommand.cpp" line="69" />
        <source>With --copy-storage: the pool on the destination to copy disks into when no pool there holds their folder.</source>
        <translation>Mit --copy-storage: der Pool auf dem Ziel, in den Festplatten kopiert werden, wenn dort kein Pool ihren Ordner enthält.</translation>
    </message>
    <message>
        <location filename="../app/commands/MigrateCommand.cpp" line="74" />
        <source>Print the checks and stop.</source>
        <translation>Die Prüfungen ausgeben und aufhören.</translation>
    </message>
    <message>
        <location filename="../app/commands/MigrateCommand.cpp" line="80" />
        <source>name the VM and the destination (see --help)</source>
        <translation>nennen Sie die VM und das Ziel (siehe --help)</translation>
    </message>
    <message>
        <location filename="../app/commands/MigrateCommand.cpp" line="91" />
        <source>--copy-storage: '%1' is neither all nor inc</source>
        <translation>--copy-storage: „%1“ ist weder all noch inc</translation>
    </message>
    <message>
        <location filename="../app/commands/MigrateCommand.cpp" line="96" />
        <source>--copy-pool goes with --copy-storage</source>
        <translation>--copy-pool gehört zu --copy-storage</translation>
    </message>
    <message>
        <location filename="../app/commands/MigrateCommand.cpp" line="106" />
        <source>--%1: '%2' is not a positive number</source>
        <translation>--%1: „%2“ ist keine positive Zahl</translation>
    </message>
    <message>
        <location filename="../app/commands/MigrateCommand.cpp" line="129" />
        <source>%1 was not moved: a check failed.</source>
        <translation>%1 wurde nicht umgezogen: Eine Prüfung ist fehlgeschlagen.</translation>
    </message>
    <message>
        <location filename="../app/commands/MigrateCommand.cpp" line="148" />
        <source>Not converging: the guest changes its memory as fast as it is sent. Switching to post-copy.</source>
        <translation>Konvergiert nicht: Der Gast ändert seinen Arbeitsspeicher so schnell, wie er gesendet wird. Wechsel zu Post-Copy.</translation>
    </message>
    <message>
        <location filename="../app/commands/MigrateCommand.cpp" line="152" />
        <source>Not converging: the guest changes its memory as fast as it is sent. Ctrl+C cancels; try --auto-converge or --postcopy.</source>
        <translation>Konvergiert nicht: Der Gast ändert seinen Arbeitsspeicher so schnell, wie er gesendet wird. Strg+C bricht ab; versuchen Sie --auto-converge oder --postcopy.</translation>
    </message>
    <message>
        <location filename="../app/commands/MigrateCommand.cpp" line="167" />
        <source>%1 runs on %2 now (downtime %3 ms).</source>
        <translation>%1 läuft jetzt auf %2 (Ausfallzeit %3 ms).</translation>
    </message>
    <message>
        <location filename="../app/commands/MigrateCommand.cpp" line="170" />
        <source>%1 is on %2 now.</source>
        <translation>%1 ist jetzt auf %2.</translation>
    </message>
</context>
<context>
    <name>MigrationText</name>
    <message>
        <location filename="../engine/migration/Migration.cpp" line="178" />
        <source>Memory %1 of %2 sent, %3 left</source>
        <translation>Arbeitsspeicher %1 von %2 gesendet, %3 übrig</translation>
    </message>
    <message>
        <location filename="../engine/migration/Migration.cpp" line="181" />
        <source>; disks %1 of %2</source>
        <translation>; Festplatten %1 von %2</translation>
    </message>
    <message>
        <location filename="../engine/migration/Migration.cpp" line="184" />
        <source>; %1/s</source>
        <translation>; %1/s</translation>
    </message>
    <message>
        <location filename="../engine/migration/Migration.cpp" line="186" />
        <source>; pass %1</source>
        <translation>; Durchgang %1</translation>
    </message>
    <message>
        <location filename="../engine/migration/Migration.cpp" line="188" />
        <source>; expected downtime %1 ms</source>
        <translation>; erwartete Ausfallzeit %1 ms</translation>
    </message>
    <message>
        <location filename="../engine/migration/Migration.cpp" line="198" />
        <source>Migrate to %1</source>
        <translation>Nach %1 migrieren</translation>
    </message>
    <message>
        <location filename="../engine/migration/Migration.cpp" line="202" />
        <location filename="../engine/migration/Migration.cpp" line="372" />
        <source>The VM is gone.</source>
        <translation>Die VM ist nicht mehr da.</translation>
    </message>
    <message>
        <location filename="../engine/migration/Migration.cpp" line="209" />
        <source>Vireo cannot reach %1.</source>
        <translation>Vireo erreicht %1 nicht.</translation>
    </message>
    <message>
        <location filename="../engine/migration/Migration.cpp" line="223" />
        <source>%1 was not moved: %2</source>
        <translation>%1 wurde nicht umgezogen: %2</translation>
    </message>
    <message>
        <location filename="../engine/migration/Migration.cpp" line="310" />
        <source>%1 was not moved: the destination stopped answering (its daemon stopped, or the link broke), so Vireo stopped the migration. The VM runs on here as it was.</source>
        <translation>%1 wurde nicht umgezogen: Das Ziel antwortet nicht mehr (sein Dienst wurde beendet oder die Verbindung brach ab), daher hat Vireo die Migration abgebrochen. Die VM läuft hier weiter wie zuvor.</translation>
    </message>
    <message>
        <location filename="../engine/migration/Migration.cpp" line="325" />
        <source>%1 was not moved: the connection to its host was lost mid-way (its daemon stopped, or the link broke). Vireo reconnects by itself and shows where the VM is: when the daemon is back, libvirt ends the unfinished migration and the VM runs on there.</source>
        <translation>%1 wurde nicht umgezogen: Die Verbindung zu ihrem Rechner ging mittendrin verloren (sein Dienst wurde beendet oder die Verbindung brach ab). Vireo verbindet sich selbst neu und zeigt, wo die VM ist: Ist der Dienst zurück, beendet libvirt die unfertige Migration, und die VM läuft dort weiter.</translation>
    </message>
    <message>
        <location filename="../engine/migration/Migration.cpp" line="336" />
        <source>Cancelled: %1 runs on as it was.</source>
        <translation>Abgebrochen: %1 läuft weiter wie zuvor.</translation>
    </message>
    <message>
        <location filename="../engine/migration/Migration.cpp" line="337" />
        <source>%1 was not moved; it stays on this host.</source>
        <translation>%1 wurde nicht umgezogen; sie bleibt auf diesem Rechner.</translation>
    </message>
    <message>
        <location filename="../engine/migration/Migration.cpp" line="369" />
        <source>Switch to post-copy</source>
        <translation>Zu Post-Copy wechseln</translation>
    </message>
    <message>
        <location filename="../engine/migration/Migration.cpp" line="377" />
        <source>The migration could not switch to post-copy.</source>
        <translation>Die Migration konnte nicht zu Post-Copy wechseln.</translation>
    </message>
    <message>
        <location filename="../engine/migration/Migration.cpp" line="388" />
        <source>%1 The destination's kernel does not let QEMU use post-copy (userfaultfd): allow it there with `sysctl vm.unprivileged_userfaultfd=1`, or migrate with auto-converge instead, which slows the guest until it converges.</source>
        <translation>%1 Der Kernel des Ziels lässt QEMU kein Post-Copy nutzen (userfaultfd): Erlauben Sie es dort mit `sysctl vm.unprivileged_userfaultfd=1` oder migrieren Sie stattdessen mit Auto-Converge, das den Gast bremst, bis es konvergiert.</translation>
    </message>
    <message>
        <location filename="../engine/migration/Migration.cpp" line="395" />
        <source>%1 libvirt cannot tell that both hosts never write the shared disks at once (no cluster file system, a disk cache): when the storage is shared safely, trust it (Migrate dialog) or pass --unsafe; else copy the disks.</source>
        <translation>%1 libvirt kann nicht feststellen, dass nie beide Rechner zugleich auf die gemeinsamen Festplatten schreiben (kein Cluster-Dateisystem, ein Festplatten-Cache): Wird der Speicher sicher geteilt, vertrauen Sie ihm (Migrationsdialog) oder geben Sie --unsafe an; sonst kopieren Sie die Festplatten.</translation>
    </message>
    <message>
        <location filename="../engine/migration/Migration.cpp" line="404" />
        <source>%1 The connection to the destination broke (its daemon stopped, or the link): the VM keeps running here.</source>
        <translation>%1 Die Verbindung zum Ziel brach ab (sein Dienst wurde beendet oder die Verbindung): Die VM läuft hier weiter.</translation>
    </message>
</context>
<context>
    <name>NetText</name>
    <message>
        <location filename="../app/commands/NetCommand.cpp" line="80" />
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../app/commands/NetCommand.cpp" line="81" />
        <source>UUID</source>
        <translation>UUID</translation>
    </message>
    <message>
        <location filename="../app/commands/NetCommand.cpp" line="82" />
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <location filename="../app/commands/NetCommand.cpp" line="82" />
        <source>active</source>
        <translation>aktiv</translation>
    </message>
    <message>
        <location filename="../app/commands/NetCommand.cpp" line="82" />
        <source>stopped</source>
        <translation>gestoppt</translation>
    </message>
    <message>
        <location filename="../app/commands/NetCommand.cpp" line="83" />
        <source>Autostart</source>
        <translation>Autostart</translation>
    </message>
    <message>
        <location filename="../app/commands/NetCommand.cpp" line="83" />
        <location filename="../app/commands/NetCommand.cpp" line="84" />
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <location filename="../app/commands/NetCommand.cpp" line="83" />
        <location filename="../app/commands/NetCommand.cpp" line="84" />
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <location filename="../app/commands/NetCommand.cpp" line="84" />
        <source>Persistent</source>
        <translation>Dauerhaft</translation>
    </message>
    <message>
        <location filename="../app/commands/NetCommand.cpp" line="85" />
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <location filename="../app/commands/NetCommand.cpp" line="86" />
        <source>Bridge</source>
        <translation>Brücke</translation>
    </message>
    <message>
        <location filename="../app/commands/NetCommand.cpp" line="88" />
        <source>IPv6</source>
        <translation>IPv6</translation>
    </message>
    <message>
        <location filename="../app/commands/NetCommand.cpp" line="88" />
        <source>IPv4</source>
        <translation>IPv4</translation>
    </message>
    <message>
        <location filename="../app/commands/NetCommand.cpp" line="89" />
        <source>%1 (host %2)</source>
        <translation>%1 (Rechner %2)</translation>
    </message>
    <message>
        <location filename="../app/commands/NetCommand.cpp" line="91" />
        <source>DHCP</source>
        <translation>DHCP</translation>
    </message>
    <message>
        <location filename="../app/commands/NetCommand.cpp" line="91" />
        <source>%1 to %2</source>
        <translation>%1 bis %2</translation>
    </message>
    <message>
        <location filename="../app/commands/NetCommand.cpp" line="94" />
        <source>DNS domain</source>
        <translation>DNS-Domäne</translation>
    </message>
    <message>
        <location filename="../app/commands/NetCommand.cpp" line="95" />
        <source>Used by</source>
        <translation>Genutzt von</translation>
    </message>
    <message>
        <location filename="../app/commands/NetCommand.cpp" line="95" />
        <source>no VM</source>
        <translation>keine VM</translation>
    </message>
    <message>
        <location filename="../app/commands/NetCommand.cpp" line="108" />
        <source>Virtual networks of the host: list, info, create, start, stop, autostart, delete, leases.</source>
        <translation>Virtuelle Netze des Rechners: list, info, create, start, stop, autostart, delete, leases.</translation>
    </message>
    <message>
        <location filename="../app/commands/NetCommand.cpp" line="112" />
        <source>What to do.</source>
        <translation>Was zu tun ist.</translation>
    </message>
    <message>
        <location filename="../app/commands/NetCommand.cpp" line="113" />
        <source>The network.</source>
        <translation>Das Netz.</translation>
    </message>
    <message>
        <location filename="../app/commands/NetCommand.cpp" line="115" />
        <source>list, info, leases: JSON.</source>
        <translation>list, info, leases: JSON.</translation>
    </message>
    <message>
        <location filename="../app/commands/NetCommand.cpp" line="117" />
        <source>create: nat (default), isolated, routed or bridge.</source>
        <translation>create: nat (Vorgabe), isolated, routed oder bridge.</translation>
    </message>
    <message>
        <location filename="../app/commands/NetCommand.cpp" line="120" />
        <source>create: the IPv4 range, e.g. 192.168.100.0/24 (default: a free one).</source>
        <translation>create: der IPv4-Bereich, z. B. 192.168.100.0/24 (Vorgabe: ein freier).</translation>
    </message>
    <message>
        <location filename="../app/commands/NetCommand.cpp" line="124" />
        <source>create: an IPv6 range too, e.g. fd00:100::/64.</source>
        <translation>create: zusätzlich ein IPv6-Bereich, z. B. fd00:100::/64.</translation>
    </message>
    <message>
        <location filename="../app/commands/NetCommand.cpp" line="127" />
        <source>create: no DHCP server on the network.</source>
        <translation>create: kein DHCP-Server im Netz.</translation>
    </message>
    <message>
        <location filename="../app/commands/NetCommand.cpp" line="129" />
        <source>create: the bridge to make (or, with --mode bridge, the host's bridge to use).</source>
        <translation>create: die anzulegende Brücke (oder, mit --mode bridge, die zu nutzende Brücke des Rechners).</translation>
    </message>
    <message>
        <location filename="../app/commands/NetCommand.cpp" line="133" />
        <source>create: nat or routed traffic leaves by this host interface only.</source>
        <translation>create: NAT- oder gerouteter Verkehr verlässt den Rechner nur über diese Schnittstelle.</translation>
    </message>
    <message>
        <location filename="../app/commands/NetCommand.cpp" line="137" />
        <source>create: the guests' DNS domain.</source>
        <translation>create: die DNS-Domäne der Gäste.</translation>
    </message>
    <message>
        <location filename="../app/commands/NetCommand.cpp" line="140" />
        <source>create: do not start it with the host.</source>
        <translation>create: nicht mit dem Rechner starten.</translation>
    </message>
    <message>
        <location filename="../app/commands/NetCommand.cpp" line="142" />
        <source>stop, delete: do not ask when VMs use it.</source>
        <translation>stop, delete: nicht fragen, wenn VMs es nutzen.</translation>
    </message>
    <message>
        <location filename="../app/commands/NetCommand.cpp" line="154" />
        <source>name an action: %1 (see --help)</source>
        <translation>nennen Sie eine Aktion: %1 (siehe --help)</translation>
    </message>
    <message>
        <location filename="../app/commands/NetCommand.cpp" line="160" />
        <source>'%1' takes %2 (see --help)</source>
        <translation>„%1“ nimmt %2 (siehe --help)</translation>
    </message>
    <message>
        <location filename="../app/commands/NetCommand.cpp" line="161" />
        <source>no name</source>
        <translation>keinen Namen</translation>
    </message>
    <message>
        <location filename="../app/commands/NetCommand.cpp" line="162" />
        <source>a network and on or off</source>
        <translation>ein Netz und on oder off</translation>
    </message>
    <message>
        <location filename="../app/commands/NetCommand.cpp" line="163" />
        <source>one network</source>
        <translation>ein Netz</translation>
    </message>
    <message>
        <location filename="../app/commands/NetCommand.cpp" line="169" />
        <source>autostart takes on or off, not '%1'</source>
        <translation>autostart nimmt on oder off, nicht „%1“</translation>
    </message>
    <message>
        <location filename="../app/commands/NetCommand.cpp" line="175" />
        <source>--mode: '%1' is not nat, isolated, routed or bridge</source>
        <translation>--mode: „%1“ ist nicht nat, isolated, routed oder bridge</translation>
    </message>
    <message>
        <location filename="../app/commands/NetCommand.cpp" line="251" />
        <source>Network %1 created on the host bridge %2.</source>
        <translation>Netz %1 auf der Brücke %2 des Rechners angelegt.</translation>
    </message>
    <message>
        <location filename="../app/commands/NetCommand.cpp" line="252" />
        <source>Network %1 created: %2.</source>
        <translation>Netz %1 angelegt: %2.</translation>
    </message>
    <message>
        <location filename="../app/commands/NetCommand.cpp" line="256" />
        <source>Network %1 started.</source>
        <translation>Netz %1 gestartet.</translation>
    </message>
    <message>
        <location filename="../app/commands/NetCommand.cpp" line="259" />
        <source>Network %1 starts with the host.</source>
        <translation>Netz %1 startet mit dem Rechner.</translation>
    </message>
    <message>
        <location filename="../app/commands/NetCommand.cpp" line="260" />
        <source>Network %1 does not start with the host.</source>
        <translation>Netz %1 startet nicht mit dem Rechner.</translation>
    </message>
    <message>
        <location filename="../app/commands/NetCommand.cpp" line="270" />
        <source>Nothing done.</source>
        <translation>Nichts getan.</translation>
    </message>
    <message>
        <location filename="../app/commands/NetCommand.cpp" line="273" />
        <source>Network %1 stopped.</source>
        <translation>Netz %1 gestoppt.</translation>
    </message>
    <message>
        <location filename="../app/commands/NetCommand.cpp" line="274" />
        <source>Network %1 deleted.</source>
        <translation>Netz %1 gelöscht.</translation>
    </message>
</context>
<context>
    <name>NetworkText</name>
    <message>
        <location filename="../engine/networks/NetworkConfig.cpp" line="123" />
        <source>Isolated</source>
        <translation>Isoliert</translation>
    </message>
    <message>
        <location filename="../engine/networks/NetworkConfig.cpp" line="125" />
        <source>NAT</source>
        <translation>NAT</translation>
    </message>
    <message>
        <location filename="../engine/networks/NetworkConfig.cpp" line="126" />
        <source>NAT via %1</source>
        <translation>NAT über %1</translation>
    </message>
    <message>
        <location filename="../engine/networks/NetworkConfig.cpp" line="128" />
        <source>Routed</source>
        <translation>Geroutet</translation>
    </message>
    <message>
        <location filename="../engine/networks/NetworkConfig.cpp" line="129" />
        <source>Routed via %1</source>
        <translation>Geroutet über %1</translation>
    </message>
    <message>
        <location filename="../engine/networks/NetworkConfig.cpp" line="131" />
        <source>Host bridge %1</source>
        <translation>Brücke %1 des Rechners</translation>
    </message>
    <message>
        <location filename="../engine/networks/NetworkConfig.cpp" line="133" />
        <source>Open (no firewall rules)</source>
        <translation>Offen (keine Firewall-Regeln)</translation>
    </message>
    <message>
        <location filename="../engine/networks/NetworkConfig.cpp" line="236" />
        <source>The %1 needs a name.</source>
        <translation>Das %1 braucht einen Namen.</translation>
    </message>
    <message>
        <location filename="../engine/networks/NetworkConfig.cpp" line="238" />
        <source>The %1's name '%2' starts or ends with a space.</source>
        <translation>Der Name „%2“ des %1 beginnt oder endet mit einem Leerzeichen.</translation>
    </message>
    <message>
        <location filename="../engine/networks/NetworkConfig.cpp" line="240" />
        <source>The %1's name is longer than 100 characters.</source>
        <translation>Der Name des %1 ist länger als 100 Zeichen.</translation>
    </message>
    <message>
        <location filename="../engine/networks/NetworkConfig.cpp" line="242" />
        <source>The %1's name '%2' has a '/', which cannot be in a name.</source>
        <translation>Der Name „%2“ des %1 enthält ein „/“, das in keinem Namen stehen darf.</translation>
    </message>
    <message>
        <location filename="../engine/networks/NetworkConfig.cpp" line="245" />
        <source>The %1's name '%2' starts with '%3'.</source>
        <translation>Der Name „%2“ des %1 beginnt mit „%3“.</translation>
    </message>
    <message>
        <location filename="../engine/networks/NetworkConfig.cpp" line="249" />
        <source>The %1's name has a control character.</source>
        <translation>Der Name des %1 enthält ein Steuerzeichen.</translation>
    </message>
    <message>
        <location filename="../engine/networks/NetworkConfig.cpp" line="256" />
        <source>network</source>
        <translation>Netz</translation>
    </message>
    <message>
        <location filename="../engine/networks/NetworkConfig.cpp" line="260" />
        <source>There is a network called '%1' already.</source>
        <translation>Es gibt bereits ein Netz namens „%1“.</translation>
    </message>
    <message>
        <location filename="../engine/networks/NetworkConfig.cpp" line="263" />
        <source>Name the host bridge the network is to use (e.g. br0).</source>
        <translation>Nennen Sie die Brücke des Rechners, die das Netz nutzen soll (z. B. br0).</translation>
    </message>
    <message>
        <location filename="../engine/networks/NetworkConfig.cpp" line="265" />
        <source>The host has no bridge or interface called '%1'.</source>
        <translation>Der Rechner hat keine Brücke oder Schnittstelle namens „%1“.</translation>
    </message>
    <message>
        <location filename="../engine/networks/NetworkConfig.cpp" line="271" />
        <source>'%1' cannot name a bridge: at most 15 characters, no spaces or '/'.</source>
        <translation>„%1“ kann keine Brücke benennen: höchstens 15 Zeichen, keine Leerzeichen oder „/“.</translation>
    </message>
    <message>
        <location filename="../engine/networks/NetworkConfig.cpp" line="275" />
        <source>The host has a bridge or interface called '%1' already.</source>
        <translation>Der Rechner hat bereits eine Brücke oder Schnittstelle namens „%1“.</translation>
    </message>
    <message>
        <location filename="../engine/networks/NetworkConfig.cpp" line="280" />
        <source>Give the network an IPv4 address range, e.g. 192.168.100.0/24.</source>
        <translation>Geben Sie dem Netz einen IPv4-Adressbereich, z. B. 192.168.100.0/24.</translation>
    </message>
    <message>
        <location filename="../engine/networks/NetworkConfig.cpp" line="282" />
        <source>'%1' is not an IPv4 address range like 192.168.100.0/24.</source>
        <translation>„%1“ ist kein IPv4-Adressbereich wie 192.168.100.0/24.</translation>
    </message>
    <message>
        <location filename="../engine/networks/NetworkConfig.cpp" line="285" />
        <source>A /%1 range is too %2 for a virtual network: use /8 to /29.</source>
        <translation>Ein /%1-Bereich ist für ein virtuelles Netz zu %2: Verwenden Sie /8 bis /29.</translation>
    </message>
    <message>
        <location filename="../engine/networks/NetworkConfig.cpp" line="287" />
        <source>large</source>
        <translation>groß</translation>
    </message>
    <message>
        <location filename="../engine/networks/NetworkConfig.cpp" line="287" />
        <source>small</source>
        <translation>klein</translation>
    </message>
    <message>
        <location filename="../engine/networks/NetworkConfig.cpp" line="292" />
        <source>'%1' is not an IPv6 address range like fd00:100::/64.</source>
        <translation>„%1“ ist kein IPv6-Adressbereich wie fd00:100::/64.</translation>
    </message>
    <message>
        <location filename="../engine/networks/NetworkConfig.cpp" line="295" />
        <source>IPv6 with DHCP needs a /64 range; '%1' is /%2.</source>
        <translation>IPv6 mit DHCP braucht einen /64-Bereich; „%1“ ist /%2.</translation>
    </message>
    <message>
        <location filename="../engine/networks/NetworkConfig.cpp" line="301" />
        <location filename="../engine/networks/NetworkConfig.cpp" line="304" />
        <source>%1 overlaps %2, used by %3.</source>
        <translation>%1 überschneidet sich mit %2, genutzt von %3.</translation>
    </message>
</context>
<context>
    <name>NetworksText</name>
    <message>
        <location filename="../engine/networks/Networks.cpp" line="38" />
        <source>There is no network called '%1'.</source>
        <translation>Es gibt kein Netz namens „%1“.</translation>
    </message>
    <message>
        <location filename="../engine/networks/Networks.cpp" line="104" />
        <source>the network '%1'</source>
        <translation>dem Netz „%1“</translation>
    </message>
    <message>
        <location filename="../engine/networks/Networks.cpp" line="111" />
        <source>the host's route via %1</source>
        <translation>der Route des Rechners über %1</translation>
    </message>
    <message>
        <location filename="../engine/networks/Networks.cpp" line="160" />
        <source>Read network %1</source>
        <translation>Netz %1 lesen</translation>
    </message>
    <message>
        <location filename="../engine/networks/Networks.cpp" line="180" />
        <source>Read the leases of %1</source>
        <translation>Die Zuweisungen von %1 lesen</translation>
    </message>
    <message>
        <location filename="../engine/networks/Networks.cpp" line="191" />
        <source>Find a free address range</source>
        <translation>Einen freien Adressbereich finden</translation>
    </message>
    <message>
        <location filename="../engine/networks/Networks.cpp" line="198" />
        <source>Every private range Vireo tries is in use.</source>
        <translation>Jeder private Bereich, den Vireo probiert, ist belegt.</translation>
    </message>
    <message>
        <location filename="../engine/networks/Networks.cpp" line="208" />
        <source>Create network %1</source>
        <translation>Netz %1 anlegen</translation>
    </message>
    <message>
        <location filename="../engine/networks/Networks.cpp" line="222" />
        <source>A session connection (qemu:///session) cannot make virtual networks: libvirt needs the system daemon for them. Add a qemu:///system connection and create the network there.</source>
        <translation>Eine Sitzungsverbindung (qemu:///session) kann keine virtuellen Netze anlegen: libvirt braucht dafür den Systemdienst. Fügen Sie eine Verbindung qemu:///system hinzu und legen Sie das Netz dort an.</translation>
    </message>
    <message>
        <location filename="../engine/networks/Networks.cpp" line="228" />
        <source>Could not define the network %1.</source>
        <translation>Das Netz %1 konnte nicht definiert werden.</translation>
    </message>
    <message>
        <location filename="../engine/networks/Networks.cpp" line="231" />
        <source>Could not start the network %1; it was not kept.</source>
        <translation>Das Netz %1 konnte nicht gestartet werden; es wurde nicht behalten.</translation>
    </message>
    <message>
        <location filename="../engine/networks/Networks.cpp" line="240" />
        <source>The network %1 runs, but could not be set to start with the host.</source>
        <translation>Das Netz %1 läuft, konnte aber nicht auf Start mit dem Rechner gesetzt werden.</translation>
    </message>
    <message>
        <location filename="../engine/networks/Networks.cpp" line="254" />
        <source>Start network %1</source>
        <translation>Netz %1 starten</translation>
    </message>
    <message>
        <location filename="../engine/networks/Networks.cpp" line="258" />
        <source>Could not start the network %1.</source>
        <translation>Das Netz %1 konnte nicht gestartet werden.</translation>
    </message>
    <message>
        <location filename="../engine/networks/Networks.cpp" line="267" />
        <source>Stop network %1</source>
        <translation>Netz %1 stoppen</translation>
    </message>
    <message numerus="yes">
        <location filename="../engine/networks/Networks.cpp" line="274" />
        <source>%n running VM(s) use the network %1: %2. Their network cards lose their connection until it starts again.</source>
        <translation>
            <numerusform>%n laufende VM nutzt das Netz %1: %2. Ihre Netzwerkkarte verliert die Verbindung, bis es wieder startet.</numerusform>
            <numerusform>%n laufende VMs nutzen das Netz %1: %2. Ihre Netzwerkkarten verlieren die Verbindung, bis es wieder startet.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../engine/networks/Networks.cpp" line="280" />
        <location filename="../engine/networks/Networks.cpp" line="331" />
        <source>Could not stop the network %1.</source>
        <translation>Das Netz %1 konnte nicht gestoppt werden.</translation>
    </message>
    <message>
        <location filename="../engine/networks/Networks.cpp" line="289" />
        <source>Start network %1 with the host</source>
        <translation>Netz %1 mit dem Rechner starten</translation>
    </message>
    <message>
        <location filename="../engine/networks/Networks.cpp" line="290" />
        <source>Do not start network %1 with the host</source>
        <translation>Netz %1 nicht mit dem Rechner starten</translation>
    </message>
    <message>
        <location filename="../engine/networks/Networks.cpp" line="295" />
        <source>Could not change the autostart of %1.</source>
        <translation>Der Autostart von %1 konnte nicht geändert werden.</translation>
    </message>
    <message>
        <location filename="../engine/networks/Networks.cpp" line="312" />
        <source>Delete network %1</source>
        <translation>Netz %1 löschen</translation>
    </message>
    <message>
        <location filename="../engine/networks/Networks.cpp" line="318" />
        <source>The network %1 cannot be deleted while running VMs use it: %2. Shut them down or move their network cards first.</source>
        <translation>Das Netz %1 kann nicht gelöscht werden, solange laufende VMs es nutzen: %2. Fahren Sie sie zuerst herunter oder verlegen Sie ihre Netzwerkkarten.</translation>
    </message>
    <message>
        <location filename="../engine/networks/Networks.cpp" line="326" />
        <source>%1 still name the network %2; they will not start until their network cards are moved to another network.</source>
        <translation>%1 nennen weiterhin das Netz %2; sie starten nicht, bis ihre Netzwerkkarten in ein anderes Netz verlegt sind.</translation>
    </message>
    <message>
        <location filename="../engine/networks/Networks.cpp" line="334" />
        <source>The network %1 is stopped, but could not be deleted.</source>
        <translation>Das Netz %1 ist gestoppt, konnte aber nicht gelöscht werden.</translation>
    </message>
</context>
<context>
    <name>OsDatabaseText</name>
    <message>
        <location filename="../engine/create/osinfo/OsinfoPlugin.cpp" line="145" />
        <source>Could not read the OS database (osinfo-db): %1</source>
        <translation>Die Betriebssystem-Datenbank (osinfo-db) konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location filename="../engine/create/osinfo/OsinfoPlugin.cpp" line="323" />
        <source>libosinfo has no install script for this OS: install it the usual way, answering the installer's questions.</source>
        <translation>libosinfo hat für dieses Betriebssystem kein Installationsskript: Installieren Sie es wie gewohnt und beantworten Sie die Fragen des Installationsprogramms.</translation>
    </message>
    <message>
        <location filename="../engine/create/osinfo/OsinfoPlugin.cpp" line="361" />
        <source>libosinfo could not write the install script: %1</source>
        <translation>libosinfo konnte das Installationsskript nicht schreiben: %1</translation>
    </message>
    <message>
        <location filename="../engine/create/osinfo/OsinfoPlugin.cpp" line="371" />
        <source>the install script of an older version of this OS (osinfo-db has none of its own)</source>
        <translation>das Installationsskript einer älteren Version dieses Betriebssystems (osinfo-db hat kein eigenes)</translation>
    </message>
    <message>
        <location filename="../engine/create/OsDatabase.cpp" line="117" />
        <source>OS detection</source>
        <translation>Betriebssystem-Erkennung</translation>
    </message>
    <message>
        <location filename="../engine/create/OsDatabase.cpp" line="140" />
        <source>The file %1 does not exist.</source>
        <translation>Die Datei %1 existiert nicht.</translation>
    </message>
    <message>
        <location filename="../engine/create/OsDatabase.cpp" line="144" />
        <source>The file %1 cannot be read.</source>
        <translation>Die Datei %1 kann nicht gelesen werden.</translation>
    </message>
    <message>
        <location filename="../engine/create/OsDatabase.cpp" line="175" />
        <source>The OS database is not loaded.</source>
        <translation>Die Betriebssystem-Datenbank ist nicht geladen.</translation>
    </message>
    <message>
        <location filename="../engine/create/OsDatabase.cpp" line="186" />
        <source>An express install needs a user name.</source>
        <translation>Eine Schnellinstallation braucht einen Benutzernamen.</translation>
    </message>
    <message>
        <location filename="../engine/create/OsDatabase.cpp" line="190" />
        <source>An express install needs a password.</source>
        <translation>Eine Schnellinstallation braucht ein Passwort.</translation>
    </message>
    <message>
        <location filename="../engine/create/osinfo/OsinfoPlugin.cpp" line="163" />
        <source>%1 is not an install image (ISO 9660): %2</source>
        <translation>%1 ist kein Installationsabbild (ISO 9660): %2</translation>
    </message>
</context>
<context>
    <name>OverviewText</name>
    <message>
        <location filename="../engine/host/HostOverview.cpp" line="125" />
        <source>Read the host</source>
        <translation>Den Rechner lesen</translation>
    </message>
    <message>
        <location filename="../engine/host/HostOverview.cpp" line="136" />
        <source>Could not read the host's hardware.</source>
        <translation>Die Hardware des Rechners konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <location filename="../engine/host/HostOverview.cpp" line="158" />
        <source>KVM is usable: the hypervisor offers KVM VMs, which run at close to the host's speed.</source>
        <translation>KVM ist nutzbar: Der Hypervisor bietet KVM-VMs an, die beinahe so schnell wie der Rechner laufen.</translation>
    </message>
    <message>
        <location filename="../engine/host/HostOverview.cpp" line="161" />
        <source>KVM is not usable: there is no /dev/kvm (virtualization is off in the firmware, the kvm_intel or kvm_amd module is not loaded, or this is a VM without nested virtualization). VMs run under software emulation, many times slower.</source>
        <translation>KVM ist nicht nutzbar: Es gibt kein /dev/kvm (Virtualisierung ist in der Firmware aus, das Modul kvm_intel oder kvm_amd ist nicht geladen, oder dies ist eine VM ohne verschachtelte Virtualisierung). VMs laufen unter Software-Emulation, um ein Vielfaches langsamer.</translation>
    </message>
    <message>
        <location filename="../engine/host/HostOverview.cpp" line="166" />
        <source>KVM is not usable by libvirt here: /dev/kvm exists but cannot be opened (join the kvm group, or check the daemon's permissions). VMs run under software emulation.</source>
        <translation>KVM ist hier für libvirt nicht nutzbar: /dev/kvm existiert, lässt sich aber nicht öffnen (treten Sie der Gruppe kvm bei oder prüfen Sie die Rechte des Dienstes). VMs laufen unter Software-Emulation.</translation>
    </message>
    <message>
        <location filename="../engine/host/HostOverview.cpp" line="171" />
        <source>KVM is not usable: the hypervisor offers software emulation only on this host.</source>
        <translation>KVM ist nicht nutzbar: Der Hypervisor bietet auf diesem Rechner nur Software-Emulation an.</translation>
    </message>
</context>
<context>
    <name>PluginText</name>
    <message>
        <location filename="../engine/core/Plugins.cpp" line="67" />
        <source>Vireo's %1 support is not installed (%2 in %3).</source>
        <translation>Die %1-Unterstützung von Vireo ist nicht installiert (%2 in %3).</translation>
    </message>
    <message>
        <location filename="../engine/core/Plugins.cpp" line="69" />
        <source>Vireo's %1 support could not be loaded: %2</source>
        <translation>Die %1-Unterstützung von Vireo konnte nicht geladen werden: %2</translation>
    </message>
</context>
<context>
    <name>PoolText</name>
    <message>
        <location filename="../engine/storage/StoragePools.cpp" line="58" />
        <source>There is no storage pool called '%1'.</source>
        <translation>Es gibt keinen Speicherpool namens „%1“.</translation>
    </message>
    <message>
        <location filename="../engine/storage/StoragePools.cpp" line="59" />
        <source>Could not open the storage pool '%1'.</source>
        <translation>Der Speicherpool „%1“ konnte nicht geöffnet werden.</translation>
    </message>
    <message>
        <location filename="../engine/storage/StoragePools.cpp" line="125" />
        <source>storage pool</source>
        <translation>Speicherpool</translation>
    </message>
    <message>
        <location filename="../engine/storage/StoragePools.cpp" line="129" />
        <source>There is a storage pool called '%1' already.</source>
        <translation>Es gibt bereits einen Speicherpool namens „%1“.</translation>
    </message>
    <message>
        <location filename="../engine/storage/StoragePools.cpp" line="131" />
        <source>'%1' is not a pool type Vireo makes (%2).</source>
        <translation>„%1“ ist keine Pool-Art, die Vireo anlegt (%2).</translation>
    </message>
    <message>
        <location filename="../engine/storage/StoragePools.cpp" line="135" />
        <source>Give the pool's folder as an absolute path (e.g. /srv/images).</source>
        <translation>Geben Sie den Ordner des Pools als absoluten Pfad an (z. B. /srv/images).</translation>
    </message>
    <message>
        <location filename="../engine/storage/StoragePools.cpp" line="137" />
        <source>A %1 pool needs the block device it lives on (e.g. /dev/sdb1).</source>
        <translation>Ein %1-Pool braucht das Blockgerät, auf dem er liegt (z. B. /dev/sdb1).</translation>
    </message>
    <message>
        <location filename="../engine/storage/StoragePools.cpp" line="140" />
        <source>A %1 pool needs the server's name or address.</source>
        <translation>Ein %1-Pool braucht den Namen oder die Adresse des Servers.</translation>
    </message>
    <message>
        <location filename="../engine/storage/StoragePools.cpp" line="142" />
        <source>A network pool needs the exported folder (e.g. /export/images).</source>
        <translation>Ein Netzwerk-Pool braucht den freigegebenen Ordner (z. B. /export/images).</translation>
    </message>
    <message>
        <location filename="../engine/storage/StoragePools.cpp" line="146" />
        <source>A logical pool needs its LVM volume group's name.</source>
        <translation>Ein logischer Pool braucht den Namen seiner LVM-Volumengruppe.</translation>
    </message>
    <message>
        <location filename="../engine/storage/StoragePools.cpp" line="147" />
        <source>An iSCSI pool needs the target's IQN.</source>
        <translation>Ein iSCSI-Pool braucht die IQN des Ziels.</translation>
    </message>
    <message>
        <location filename="../engine/storage/StoragePools.cpp" line="151" />
        <source>%1 is a file, not a folder.</source>
        <translation>%1 ist eine Datei, kein Ordner.</translation>
    </message>
    <message>
        <location filename="../engine/storage/StoragePools.cpp" line="153" />
        <source>%1 is not writable: volumes could not be made there.</source>
        <translation>%1 ist nicht beschreibbar: Dort ließen sich keine Datenträger anlegen.</translation>
    </message>
    <message>
        <location filename="../engine/storage/StoragePools.cpp" line="155" />
        <source>%1 does not exist (let Vireo build the pool to make it).</source>
        <translation>%1 existiert nicht (lassen Sie Vireo den Pool aufbauen, um ihn anzulegen).</translation>
    </message>
    <message>
        <location filename="../engine/storage/StoragePools.cpp" line="213" />
        <source>Read the storage pool types</source>
        <translation>Die Arten von Speicherpools lesen</translation>
    </message>
    <message>
        <location filename="../engine/storage/StoragePools.cpp" line="242" />
        <source>Read storage pool %1</source>
        <translation>Speicherpool %1 lesen</translation>
    </message>
    <message>
        <location filename="../engine/storage/StoragePools.cpp" line="256" />
        <source>Create storage pool %1</source>
        <translation>Speicherpool %1 anlegen</translation>
    </message>
    <message>
        <location filename="../engine/storage/StoragePools.cpp" line="273" />
        <source>Could not define the storage pool %1.</source>
        <translation>Der Speicherpool %1 konnte nicht definiert werden.</translation>
    </message>
    <message>
        <location filename="../engine/storage/StoragePools.cpp" line="292" />
        <source>Could not build the storage pool %1; it was not kept.</source>
        <translation>Der Speicherpool %1 konnte nicht aufgebaut werden; er wurde nicht behalten.</translation>
    </message>
    <message>
        <location filename="../engine/storage/StoragePools.cpp" line="296" />
        <source>Could not start the storage pool %1; it was not kept.</source>
        <translation>Der Speicherpool %1 konnte nicht gestartet werden; er wurde nicht behalten.</translation>
    </message>
    <message>
        <location filename="../engine/storage/StoragePools.cpp" line="300" />
        <source>The pool %1 runs, but could not be set to start with the host.</source>
        <translation>Der Pool %1 läuft, konnte aber nicht auf Start mit dem Rechner gesetzt werden.</translation>
    </message>
    <message>
        <location filename="../engine/storage/StoragePools.cpp" line="312" />
        <source>Start storage pool %1</source>
        <translation>Speicherpool %1 starten</translation>
    </message>
    <message>
        <location filename="../engine/storage/StoragePools.cpp" line="313" />
        <source>Could not start the storage pool %1.</source>
        <translation>Der Speicherpool %1 konnte nicht gestartet werden.</translation>
    </message>
    <message>
        <location filename="../engine/storage/StoragePools.cpp" line="319" />
        <source>Refresh storage pool %1</source>
        <translation>Speicherpool %1 aktualisieren</translation>
    </message>
    <message>
        <location filename="../engine/storage/StoragePools.cpp" line="320" />
        <source>Could not refresh the storage pool %1.</source>
        <translation>Der Speicherpool %1 konnte nicht aktualisiert werden.</translation>
    </message>
    <message>
        <location filename="../engine/storage/StoragePools.cpp" line="327" />
        <source>Change the autostart of %1</source>
        <translation>Den Autostart von %1 ändern</translation>
    </message>
    <message>
        <location filename="../engine/storage/StoragePools.cpp" line="332" />
        <source>Could not change the autostart of %1.</source>
        <translation>Der Autostart von %1 konnte nicht geändert werden.</translation>
    </message>
    <message>
        <location filename="../engine/storage/StoragePools.cpp" line="349" />
        <source>Stop storage pool %1</source>
        <translation>Speicherpool %1 stoppen</translation>
    </message>
    <message>
        <location filename="../engine/storage/StoragePools.cpp" line="360" />
        <source>Running VMs have disks in %1: %2. They keep them open, but no volume can be made, listed or resized there until the pool starts again.</source>
        <translation>Laufende VMs haben Festplatten in %1: %2. Sie halten sie offen, aber dort kann kein Datenträger angelegt, aufgelistet oder in der Größe geändert werden, bis der Pool wieder startet.</translation>
    </message>
    <message>
        <location filename="../engine/storage/StoragePools.cpp" line="366" />
        <location filename="../engine/storage/StoragePools.cpp" line="388" />
        <source>Could not stop the storage pool %1.</source>
        <translation>Der Speicherpool %1 konnte nicht gestoppt werden.</translation>
    </message>
    <message>
        <location filename="../engine/storage/StoragePools.cpp" line="375" />
        <source>Delete storage pool %1</source>
        <translation>Speicherpool %1 löschen</translation>
    </message>
    <message>
        <location filename="../engine/storage/StoragePools.cpp" line="382" />
        <source>VMs have disks in %1: %2. Remove those disks or the VMs first.</source>
        <translation>VMs haben Festplatten in %1: %2. Entfernen Sie zuerst diese Festplatten oder die VMs.</translation>
    </message>
    <message>
        <location filename="../engine/storage/StoragePools.cpp" line="391" />
        <source>The pool %1 is stopped, but its folder could not be removed (is it empty?).</source>
        <translation>Der Pool %1 ist gestoppt, aber sein Ordner konnte nicht entfernt werden (ist er leer?).</translation>
    </message>
    <message>
        <location filename="../engine/storage/StoragePools.cpp" line="396" />
        <source>The pool %1 is stopped, but could not be deleted.</source>
        <translation>Der Pool %1 ist gestoppt, konnte aber nicht gelöscht werden.</translation>
    </message>
</context>
<context>
    <name>PreflightText</name>
    <message>
        <location filename="../engine/migration/CpuCheck.cpp" line="81" />
        <source>CPU</source>
        <translation>CPU</translation>
    </message>
    <message>
        <location filename="../engine/migration/CpuCheck.cpp" line="83" />
        <source>The VM takes the destination's own CPU model.</source>
        <translation>Die VM übernimmt das CPU-Modell des Ziels.</translation>
    </message>
    <message>
        <location filename="../engine/migration/CpuCheck.cpp" line="88" />
        <source>The VM sees this host's exact CPU (host-passthrough): the destination's must be the same model, or the guest may crash. host-model is safer for moving VMs.</source>
        <translation>Die VM sieht genau die CPU dieses Rechners (host-passthrough): Die des Ziels muss dasselbe Modell sein, sonst kann der Gast abstürzen. host-model ist für umziehende VMs sicherer.</translation>
    </message>
    <message>
        <location filename="../engine/migration/CpuCheck.cpp" line="99" />
        <source>The destination could not compare CPUs: %1</source>
        <translation>Das Ziel konnte die CPUs nicht vergleichen: %1</translation>
    </message>
    <message>
        <location filename="../engine/migration/CpuCheck.cpp" line="106" />
        <source>The destination's CPU cannot run the VM's (%1): choose host-model, or a model both hosts have, in the Hardware tab's CPU page.</source>
        <translation>Die CPU des Ziels kann die der VM nicht ausführen (%1): Wählen Sie host-model oder ein Modell, das beide Rechner haben, auf der CPU-Seite des Reiters Hardware.</translation>
    </message>
    <message>
        <location filename="../engine/migration/CpuCheck.cpp" line="110" />
        <source>The destination's CPU cannot run the VM's (%1): choose host-model, or %2, a model both hosts have, in the Hardware tab's CPU page.</source>
        <translation>Die CPU des Ziels kann die der VM nicht ausführen (%1): Wählen Sie host-model oder %2, ein Modell, das beide Rechner haben, auf der CPU-Seite des Reiters Hardware.</translation>
    </message>
    <message>
        <location filename="../engine/migration/CpuCheck.cpp" line="115" />
        <source>The destination can run the VM's CPU (%1).</source>
        <translation>Das Ziel kann die CPU der VM ausführen (%1).</translation>
    </message>
    <message>
        <location filename="../engine/migration/Preflight.cpp" line="63" />
        <source>Disk %1</source>
        <translation>Festplatte %1</translation>
    </message>
    <message>
        <location filename="../engine/migration/Preflight.cpp" line="64" />
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location filename="../engine/migration/Preflight.cpp" line="89" />
        <source>%1 is at the same path on the destination.</source>
        <translation>%1 liegt auf dem Ziel unter demselben Pfad.</translation>
    </message>
    <message>
        <location filename="../engine/migration/Preflight.cpp" line="93" />
        <source>The destination has no %1: copy the disks, or keep them on storage both hosts see.</source>
        <translation>Das Ziel hat kein %1: Kopieren Sie die Festplatten oder legen Sie sie auf Speicher, den beide Rechner sehen.</translation>
    </message>
    <message>
        <location filename="../engine/migration/Preflight.cpp" line="96" />
        <source>The destination has no %1: eject it first.</source>
        <translation>Das Ziel hat kein %1: Werfen Sie es zuerst aus.</translation>
    </message>
    <message>
        <location filename="../engine/migration/Preflight.cpp" line="123" />
        <source>The destination has no running pool '%1' with a folder to copy %2 into.</source>
        <translation>Das Ziel hat keinen laufenden Pool „%1“ mit einem Ordner, in den %2 kopiert werden könnte.</translation>
    </message>
    <message>
        <location filename="../engine/migration/Preflight.cpp" line="130" />
        <location filename="../engine/migration/Preflight.cpp" line="148" />
        <source>The copy needs %1 in the pool '%2' there, which has %3 free.</source>
        <translation>Die Kopie braucht %1 im Pool „%2“ dort, der %3 frei hat.</translation>
    </message>
    <message>
        <location filename="../engine/migration/Preflight.cpp" line="136" />
        <source>Copied into the pool '%1' there as %2 (%3 of %4 free).</source>
        <translation>Wird in den Pool „%1“ dort als %2 kopiert (%3 von %4 frei).</translation>
    </message>
    <message>
        <location filename="../engine/migration/Preflight.cpp" line="142" />
        <source>No storage pool on the destination holds %1: make one there with that folder (Host window, Storage), or choose a pool there to copy the disks into.</source>
        <translation>Kein Speicherpool auf dem Ziel enthält %1: Legen Sie dort einen mit diesem Ordner an (Rechnerfenster, Speicher) oder wählen Sie dort einen Pool, in den die Festplatten kopiert werden.</translation>
    </message>
    <message>
        <location filename="../engine/migration/Preflight.cpp" line="152" />
        <source>The destination has a file at %1 already: the copy takes its place.</source>
        <translation>Das Ziel hat unter %1 schon eine Datei: Die Kopie tritt an ihre Stelle.</translation>
    </message>
    <message>
        <location filename="../engine/migration/Preflight.cpp" line="156" />
        <source>Copied into the pool '%1' there (%2 of %3 free).</source>
        <translation>Wird in den Pool „%1“ dort kopiert (%2 von %3 frei).</translation>
    </message>
    <message>
        <location filename="../engine/migration/Preflight.cpp" line="164" />
        <source>Network of %1</source>
        <translation>Netz von %1</translation>
    </message>
    <message>
        <location filename="../engine/migration/Preflight.cpp" line="171" />
        <source>The destination has no network '%1': make it there (Host window, Networks).</source>
        <translation>Das Ziel hat kein Netz „%1“: Legen Sie es dort an (Rechnerfenster, Netze).</translation>
    </message>
    <message>
        <location filename="../engine/migration/Preflight.cpp" line="176" />
        <source>The network '%1' is not running on the destination: start it there.</source>
        <translation>Das Netz „%1“ läuft auf dem Ziel nicht: Starten Sie es dort.</translation>
    </message>
    <message>
        <location filename="../engine/migration/Preflight.cpp" line="181" />
        <source>The network '%1' runs on the destination.</source>
        <translation>Das Netz „%1“ läuft auf dem Ziel.</translation>
    </message>
    <message>
        <location filename="../engine/migration/Preflight.cpp" line="188" />
        <source>The bridge %1 is on the destination.</source>
        <translation>Die Brücke %1 ist auf dem Ziel vorhanden.</translation>
    </message>
    <message>
        <location filename="../engine/migration/Preflight.cpp" line="189" />
        <source>Vireo cannot see a bridge %1 on the destination: the VM's network fails to start there without it.</source>
        <translation>Vireo sieht auf dem Ziel keine Brücke %1: Ohne sie startet das Netzwerk der VM dort nicht.</translation>
    </message>
    <message>
        <location filename="../engine/migration/Preflight.cpp" line="196" />
        <source>A %1 connection needs nothing on the destination.</source>
        <translation>Eine %1-Verbindung braucht auf dem Ziel nichts.</translation>
    </message>
    <message>
        <location filename="../engine/migration/Preflight.cpp" line="247" />
        <source>Estimated time</source>
        <translation>Geschätzte Dauer</translation>
    </message>
    <message>
        <location filename="../engine/migration/Preflight.cpp" line="248" />
        <source>%1 of memory and %2 of disks</source>
        <translation>%1 Arbeitsspeicher und %2 Festplatten</translation>
    </message>
    <message>
        <location filename="../engine/migration/Preflight.cpp" line="250" />
        <source>%1 of memory</source>
        <translation>%1 Arbeitsspeicher</translation>
    </message>
    <message>
        <location filename="../engine/migration/Preflight.cpp" line="252" />
        <source>its dirty rate unknown</source>
        <translation>seine Änderungsrate unbekannt</translation>
    </message>
    <message>
        <location filename="../engine/migration/Preflight.cpp" line="254" />
        <source>the guest hardly changes it</source>
        <translation>der Gast ändert ihn kaum</translation>
    </message>
    <message>
        <location filename="../engine/migration/Preflight.cpp" line="255" />
        <source>the guest changes %1/s of it</source>
        <translation>der Gast ändert davon %1/s</translation>
    </message>
    <message>
        <location filename="../engine/migration/Preflight.cpp" line="258" />
        <source>The link's speed is not known until a first migration to this host: %1 to send, %2.</source>
        <translation>Die Geschwindigkeit der Verbindung ist bis zur ersten Migration zu diesem Rechner unbekannt: %1 zu senden, %2.</translation>
    </message>
    <message>
        <location filename="../engine/migration/Preflight.cpp" line="263" />
        <source>The guest changes its memory (%1/s) as fast as the link sends it (%2/s): the move may never finish. Allow post-copy or auto-converge.</source>
        <translation>Der Gast ändert seinen Arbeitsspeicher (%1/s) so schnell, wie die Verbindung ihn sendet (%2/s): Der Umzug wird womöglich nie fertig. Erlauben Sie Post-Copy oder Auto-Converge.</translation>
    </message>
    <message>
        <location filename="../engine/migration/Preflight.cpp" line="271" />
        <source>About %1 s: %2 at %3/s, %4.</source>
        <translation>Etwa %1 s: %2 bei %3/s, %4.</translation>
    </message>
    <message>
        <location filename="../engine/migration/Preflight.cpp" line="294" />
        <location filename="../engine/migration/Preflight.cpp" line="299" />
        <location filename="../engine/migration/Preflight.cpp" line="506" />
        <source>Another host</source>
        <translation>Ein anderer Rechner</translation>
    </message>
    <message>
        <location filename="../engine/migration/Preflight.cpp" line="295" />
        <source>The destination is this same host (host UUID %1): choose another one.</source>
        <translation>Das Ziel ist derselbe Rechner (Rechner-UUID %1): Wählen Sie einen anderen.</translation>
    </message>
    <message>
        <location filename="../engine/migration/Preflight.cpp" line="300" />
        <source>The destination is reachable and another host.</source>
        <translation>Das Ziel ist erreichbar und ein anderer Rechner.</translation>
    </message>
    <message>
        <location filename="../engine/migration/Preflight.cpp" line="304" />
        <source>Live or offline</source>
        <translation>Live oder offline</translation>
    </message>
    <message>
        <location filename="../engine/migration/Preflight.cpp" line="305" />
        <source>%1 runs: move it live, or shut it down first.</source>
        <translation>%1 läuft: Ziehen Sie sie live um oder fahren Sie sie zuerst herunter.</translation>
    </message>
    <message>
        <location filename="../engine/migration/Preflight.cpp" line="306" />
        <source>%1 is shut off: move it offline.</source>
        <translation>%1 ist ausgeschaltet: Ziehen Sie sie offline um.</translation>
    </message>
    <message>
        <location filename="../engine/migration/Preflight.cpp" line="311" />
        <location filename="../engine/migration/Preflight.cpp" line="317" />
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../engine/migration/Preflight.cpp" line="312" />
        <source>The destination has a VM '%1' with this name or UUID already.</source>
        <translation>Das Ziel hat bereits eine VM „%1“ mit diesem Namen oder dieser UUID.</translation>
    </message>
    <message>
        <location filename="../engine/migration/Preflight.cpp" line="318" />
        <source>No VM of this name or UUID is there.</source>
        <translation>Dort gibt es keine VM mit diesem Namen oder dieser UUID.</translation>
    </message>
    <message>
        <location filename="../engine/migration/Preflight.cpp" line="325" />
        <source>Snapshots</source>
        <translation>Schnappschüsse</translation>
    </message>
    <message>
        <location filename="../engine/migration/Preflight.cpp" line="326" />
        <source>%1 has %2 snapshot(s): libvirt 9.0 does not move a VM with snapshots. Delete them first.</source>
        <translation>%1 hat %2 Schnappschuss/Schnappschüsse: libvirt 9.0 zieht keine VM mit Schnappschüssen um. Löschen Sie sie zuerst.</translation>
    </message>
    <message>
        <location filename="../engine/migration/Preflight.cpp" line="333" />
        <source>Shared folder</source>
        <translation>Geteilter Ordner</translation>
    </message>
    <message>
        <location filename="../engine/migration/Preflight.cpp" line="334" />
        <source>A virtiofs shared folder cannot move with the VM: remove it first.</source>
        <translation>Ein über virtiofs geteilter Ordner kann nicht mit der VM umziehen: Entfernen Sie ihn zuerst.</translation>
    </message>
    <message>
        <location filename="../engine/migration/Preflight.cpp" line="356" />
        <source>Encryption of %1</source>
        <translation>Verschlüsselung von %1</translation>
    </message>
    <message>
        <location filename="../engine/migration/Preflight.cpp" line="359" />
        <source>The destination has the disk's secret.</source>
        <translation>Das Ziel hat das Geheimnis der Festplatte.</translation>
    </message>
    <message>
        <location filename="../engine/migration/Preflight.cpp" line="360" />
        <source>The disk is encrypted and the destination has no libvirt secret %1: define it there with the same UUID and passphrase (virsh secret-define, secret-set-value) first.</source>
        <translation>Die Festplatte ist verschlüsselt, und das Ziel hat kein libvirt-Geheimnis %1: Legen Sie es dort zuerst mit derselben UUID und Passphrase an (virsh secret-define, secret-set-value).</translation>
    </message>
    <message>
        <location filename="../engine/migration/Preflight.cpp" line="373" />
        <location filename="../engine/migration/Preflight.cpp" line="379" />
        <source>Memory</source>
        <translation>Arbeitsspeicher</translation>
    </message>
    <message>
        <location filename="../engine/migration/Preflight.cpp" line="374" />
        <source>The destination does not say how much memory it has free: %1</source>
        <translation>Das Ziel sagt nicht, wie viel Arbeitsspeicher es frei hat: %1</translation>
    </message>
    <message>
        <location filename="../engine/migration/Preflight.cpp" line="380" />
        <source>%1 free there; the VM needs %2.</source>
        <translation>Dort %1 frei; die VM braucht %2.</translation>
    </message>
    <message>
        <location filename="../engine/migration/Preflight.cpp" line="382" />
        <source>The VM needs %1; the destination has %2 free.</source>
        <translation>Die VM braucht %1; das Ziel hat %2 frei.</translation>
    </message>
    <message>
        <location filename="../engine/migration/Preflight.cpp" line="409" />
        <source>Display (%1)</source>
        <translation>Anzeige (%1)</translation>
    </message>
    <message>
        <location filename="../engine/migration/Preflight.cpp" line="410" />
        <source>It listens where the destination can too.</source>
        <translation>Sie lauscht dort, wo es das Ziel auch kann.</translation>
    </message>
    <message>
        <location filename="../engine/migration/Preflight.cpp" line="411" />
        <source>It listens on %1, an address of this host only: set it to 127.0.0.1 (Hardware tab, Display) first.</source>
        <translation>Sie lauscht auf %1, einer Adresse nur dieses Rechners: Stellen Sie sie zuerst auf 127.0.0.1 (Reiter Hardware, Anzeige).</translation>
    </message>
    <message>
        <location filename="../engine/migration/Preflight.cpp" line="453" />
        <source>Measure the dirty rate</source>
        <translation>Die Änderungsrate messen</translation>
    </message>
    <message>
        <location filename="../engine/migration/Preflight.cpp" line="490" />
        <location filename="../engine/migration/Preflight.cpp" line="498" />
        <source>Check migration</source>
        <translation>Migration prüfen</translation>
    </message>
    <message>
        <location filename="../engine/migration/Preflight.cpp" line="502" />
        <source>The VM is gone.</source>
        <translation>Die VM ist nicht mehr da.</translation>
    </message>
    <message>
        <location filename="../engine/migration/Preflight.cpp" line="507" />
        <source>Vireo cannot reach %1 with the right to change it: %2</source>
        <translation>Vireo erreicht %1 nicht mit dem Recht, es zu ändern: %2</translation>
    </message>
</context>
<context>
    <name>QDialog</name>
    <message>
        <location filename="../ui/host/StorageDialogs.cpp" line="25" />
        <source>C&amp;reate</source>
        <translation>&amp;Anlegen</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <location filename="../app/ConsoleMain.cpp" line="115" />
        <source>Vireo console</source>
        <translation>Vireo-Konsole</translation>
    </message>
    <message>
        <location filename="../app/ConsoleMain.cpp" line="159" />
        <source>No virtual machine named "%1" on %2.</source>
        <translation>Keine virtuelle Maschine namens „%1“ auf %2.</translation>
    </message>
    <message>
        <location filename="../app/ConsoleMain.cpp" line="161" />
        <source>No virtual machine named "%1" was found: %2</source>
        <translation>Es wurde keine virtuelle Maschine namens „%1“ gefunden: %2</translation>
    </message>
    <message>
        <location filename="../app/ConsoleMain.cpp" line="186" />
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="198" />
        <source>Vireo cannot start</source>
        <translation>Vireo kann nicht starten</translation>
    </message>
    <message>
        <location filename="../ui/common/Confirm.cpp" line="41" />
        <source>Do not ask again (Edit &gt; Preferences asks again)</source>
        <translation>Nicht mehr fragen (unter Bearbeiten &gt; Einstellungen wieder einschaltbar)</translation>
    </message>
    <message>
        <location filename="../ui/hardware/HardwareForms.cpp" line="53" />
        <source>%1 (next boot)</source>
        <translation>%1 (nächster Start)</translation>
    </message>
    <message>
        <location filename="../ui/hardware/HardwareForms.cpp" line="87" />
        <source>Host: %1 CPUs, %2 NUMA node(s), %3 memory (%4 free)</source>
        <translation>Rechner: %1 CPUs, %2 NUMA-Knoten, %3 Arbeitsspeicher (%4 frei)</translation>
    </message>
    <message>
        <location filename="../ui/hardware/HardwareForms.cpp" line="107" />
        <source>Overview</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <location filename="../ui/hardware/HardwareForms.cpp" line="109" />
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <location filename="../ui/hardware/HardwareForms.cpp" line="110" />
        <source>UUID:</source>
        <translation>UUID:</translation>
    </message>
    <message>
        <location filename="../ui/hardware/HardwareForms.cpp" line="118" />
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <location filename="../ui/hardware/HardwareForms.cpp" line="129" />
        <source>&amp;Description:</source>
        <translation>&amp;Beschreibung:</translation>
    </message>
    <message>
        <location filename="../ui/hardware/HardwareForms.cpp" line="131" />
        <source>Start this VM when the host boots</source>
        <translation>Diese VM beim Hochfahren des Rechners starten</translation>
    </message>
    <message>
        <location filename="../ui/hardware/HardwareForms.cpp" line="140" />
        <source>Hypervisor:</source>
        <translation>Hypervisor:</translation>
    </message>
    <message>
        <location filename="../ui/hardware/HardwareForms.cpp" line="141" />
        <source>Architecture:</source>
        <translation>Architektur:</translation>
    </message>
    <message>
        <location filename="../ui/hardware/HardwareForms.cpp" line="142" />
        <location filename="../ui/hardware/HardwareForms.cpp" line="377" />
        <source>Machine type:</source>
        <translation>Maschinentyp:</translation>
    </message>
    <message>
        <location filename="../ui/hardware/HardwareForms.cpp" line="143" />
        <location filename="../ui/hardware/HardwareForms.cpp" line="375" />
        <source>Firmware:</source>
        <translation>Firmware:</translation>
    </message>
    <message>
        <location filename="../ui/hardware/HardwareForms.cpp" line="144" />
        <source>UEFI</source>
        <translation>UEFI</translation>
    </message>
    <message>
        <location filename="../ui/hardware/HardwareForms.cpp" line="146" />
        <source>BIOS</source>
        <translation>BIOS</translation>
    </message>
    <message>
        <location filename="../ui/hardware/HardwareForms.cpp" line="147" />
        <source>default (BIOS)</source>
        <translation>Vorgabe (BIOS)</translation>
    </message>
    <message>
        <location filename="../ui/hardware/HardwareForms.cpp" line="148" />
        <source>Emulator:</source>
        <translation>Emulator:</translation>
    </message>
    <message>
        <location filename="../ui/hardware/HardwareForms.cpp" line="157" />
        <source>CPUs</source>
        <translation>CPUs</translation>
    </message>
    <message>
        <location filename="../ui/hardware/HardwareForms.cpp" line="169" />
        <source>&amp;vCPUs:</source>
        <translation>&amp;vCPUs:</translation>
    </message>
    <message>
        <location filename="../ui/hardware/HardwareForms.cpp" line="171" />
        <source>Running now with %1 of %2.</source>
        <translation>Läuft jetzt mit %1 von %2.</translation>
    </message>
    <message>
        <location filename="../ui/hardware/HardwareForms.cpp" line="177" />
        <source>How many vCPUs can be added while it runs; this machine type takes at most %1.</source>
        <translation>Wie viele vCPUs im laufenden Betrieb hinzukommen können; dieser Maschinentyp nimmt höchstens %1.</translation>
    </message>
    <message>
        <location filename="../ui/hardware/HardwareForms.cpp" line="184" />
        <source>&amp;Maximum vCPUs:</source>
        <translation>&amp;Höchstzahl vCPUs:</translation>
    </message>
    <message>
        <location filename="../ui/hardware/HardwareForms.cpp" line="189" />
        <source>host-passthrough (fastest, not migratable)</source>
        <translation>host-passthrough (am schnellsten, nicht migrierbar)</translation>
    </message>
    <message>
        <location filename="../ui/hardware/HardwareForms.cpp" line="191" />
        <source>host-model (like the host, migratable)</source>
        <translation>host-model (wie der Rechner, migrierbar)</translation>
    </message>
    <message>
        <location filename="../ui/hardware/HardwareForms.cpp" line="203" />
        <location filename="../ui/hardware/HardwareForms.cpp" line="450" />
        <source>hypervisor default</source>
        <translation>Vorgabe des Hypervisors</translation>
    </message>
    <message>
        <location filename="../ui/hardware/HardwareForms.cpp" line="211" />
        <source>CPU m&amp;odel:</source>
        <translation>CPU-M&amp;odell:</translation>
    </message>
    <message>
        <location filename="../ui/hardware/HardwareForms.cpp" line="225" />
        <source> sockets</source>
        <translation> Sockel</translation>
    </message>
    <message>
        <location filename="../ui/hardware/HardwareForms.cpp" line="226" />
        <source> cores</source>
        <translation> Kerne</translation>
    </message>
    <message>
        <location filename="../ui/hardware/HardwareForms.cpp" line="227" />
        <source> threads</source>
        <translation> Threads</translation>
    </message>
    <message>
        <location filename="../ui/hardware/HardwareForms.cpp" line="235" />
        <source>Sockets x cores x threads must equal the maximum of vCPUs.</source>
        <translation>Sockel × Kerne × Threads muss die Höchstzahl der vCPUs ergeben.</translation>
    </message>
    <message>
        <location filename="../ui/hardware/HardwareForms.cpp" line="236" />
        <source>Topology:</source>
        <translation>Topologie:</translation>
    </message>
    <message>
        <location filename="../ui/hardware/HardwareForms.cpp" line="238" />
        <source>Pinning</source>
        <translation>Bindung</translation>
    </message>
    <message>
        <location filename="../ui/hardware/HardwareForms.cpp" line="244" />
        <source>any host CPU (e.g. 0-1,3)</source>
        <translation>beliebige CPU des Rechners (z. B. 0-1,3)</translation>
    </message>
    <message>
        <location filename="../ui/hardware/HardwareForms.cpp" line="249" />
        <source>vCPU %1 on host CPUs:</source>
        <translation>vCPU %1 auf den CPUs des Rechners:</translation>
    </message>
    <message>
        <location filename="../ui/hardware/HardwareForms.cpp" line="255" />
        <source>any host CPU</source>
        <translation>beliebige CPU des Rechners</translation>
    </message>
    <message>
        <location filename="../ui/hardware/HardwareForms.cpp" line="260" />
        <source>Emulator threads on:</source>
        <translation>Emulator-Threads auf:</translation>
    </message>
    <message>
        <location filename="../ui/hardware/HardwareForms.cpp" line="265" />
        <location filename="../ui/hardware/HardwareForms.cpp" line="376" />
        <source>default</source>
        <translation>Vorgabe</translation>
    </message>
    <message>
        <location filename="../ui/hardware/HardwareForms.cpp" line="268" />
        <source>CPU &amp;shares:</source>
        <translation>CPU-&amp;Anteile:</translation>
    </message>
    <message>
        <location filename="../ui/hardware/HardwareForms.cpp" line="277" />
        <source>Memory</source>
        <translation>Arbeitsspeicher</translation>
    </message>
    <message>
        <location filename="../ui/hardware/HardwareForms.cpp" line="286" />
        <location filename="../ui/hardware/HardwareForms.cpp" line="296" />
        <source> MiB</source>
        <translation> MiB</translation>
    </message>
    <message>
        <location filename="../ui/hardware/HardwareForms.cpp" line="291" />
        <source>&amp;Memory:</source>
        <translation>&amp;Arbeitsspeicher:</translation>
    </message>
    <message>
        <location filename="../ui/hardware/HardwareForms.cpp" line="293" />
        <source>The guest has %1 now (its balloon).</source>
        <translation>Der Gast hat jetzt %1 (sein Ballon).</translation>
    </message>
    <message>
        <location filename="../ui/hardware/HardwareForms.cpp" line="303" />
        <source>Ma&amp;ximum memory:</source>
        <translation>Hö&amp;chstmenge Arbeitsspeicher:</translation>
    </message>
    <message>
        <location filename="../ui/hardware/HardwareForms.cpp" line="304" />
        <source>Host: %1, of which %2 free.</source>
        <translation>Rechner: %1, davon %2 frei.</translation>
    </message>
    <message>
        <location filename="../ui/hardware/HardwareForms.cpp" line="307" />
        <source>Memory hot-plug:</source>
        <translation>Arbeitsspeicher im Betrieb erweitern:</translation>
    </message>
    <message>
        <location filename="../ui/hardware/HardwareForms.cpp" line="308" />
        <source>up to %1 in %2 slots</source>
        <translation>bis zu %1 in %2 Steckplätzen</translation>
    </message>
    <message>
        <location filename="../ui/hardware/HardwareForms.cpp" line="311" />
        <source>Huge pages:</source>
        <translation>Große Seiten (Huge Pages):</translation>
    </message>
    <message>
        <location filename="../ui/hardware/HardwareForms.cpp" line="312" />
        <location filename="../ui/hardware/HardwareForms.cpp" line="461" />
        <location filename="../ui/hardware/HardwareForms.cpp" line="463" />
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <location filename="../ui/hardware/HardwareForms.cpp" line="312" />
        <location filename="../ui/hardware/HardwareForms.cpp" line="461" />
        <location filename="../ui/hardware/HardwareForms.cpp" line="463" />
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <location filename="../ui/hardware/HardwareForms.cpp" line="315" />
        <source>This VM has no balloon device: memory changes apply at the next boot.</source>
        <translation>Diese VM hat kein Ballon-Gerät: Änderungen am Arbeitsspeicher gelten ab dem nächsten Start.</translation>
    </message>
    <message>
        <location filename="../ui/hardware/HardwareForms.cpp" line="324" />
        <source>Boot</source>
        <translation>Start</translation>
    </message>
    <message>
        <location filename="../ui/hardware/HardwareForms.cpp" line="327" />
        <source>This VM boots a kernel file directly; the boot order applies once it does not.</source>
        <translation>Diese VM startet direkt eine Kernel-Datei; die Startreihenfolge gilt erst, wenn sie das nicht mehr tut.</translation>
    </message>
    <message>
        <location filename="../ui/hardware/HardwareForms.cpp" line="333" />
        <source>Drag to reorder; tick the devices to boot from.</source>
        <translation>Zum Umordnen ziehen; die Startgeräte ankreuzen.</translation>
    </message>
    <message>
        <location filename="../ui/hardware/HardwareForms.cpp" line="337" />
        <source>Hard disk</source>
        <translation>Festplatte</translation>
    </message>
    <message>
        <location filename="../ui/hardware/HardwareForms.cpp" line="338" />
        <source>CD-ROM</source>
        <translation>CD-ROM</translation>
    </message>
    <message>
        <location filename="../ui/hardware/HardwareForms.cpp" line="339" />
        <source>Network (PXE)</source>
        <translation>Netzwerk (PXE)</translation>
    </message>
    <message>
        <location filename="../ui/hardware/HardwareForms.cpp" line="365" />
        <source>Boot &amp;order:</source>
        <translation>Start&amp;reihenfolge:</translation>
    </message>
    <message>
        <location filename="../ui/hardware/HardwareForms.cpp" line="367" />
        <source>Show the boot menu</source>
        <translation>Das Startmenü zeigen</translation>
    </message>
    <message>
        <location filename="../ui/hardware/HardwareForms.cpp" line="388" />
        <source>Open the Host window on %1: who else uses it, its addresses or pool, its leases or size</source>
        <translation>Das Rechnerfenster bei %1 öffnen: wer es noch nutzt, seine Adressen oder sein Pool, seine Zuweisungen oder Größe</translation>
    </message>
    <message>
        <location filename="../ui/hardware/HardwareForms.cpp" line="403" />
        <source>Bus:</source>
        <translation>Bus:</translation>
    </message>
    <message>
        <location filename="../ui/hardware/HardwareForms.cpp" line="404" />
        <source>Format:</source>
        <translation>Format:</translation>
    </message>
    <message>
        <location filename="../ui/hardware/HardwareForms.cpp" line="412" />
        <source>no media</source>
        <translation>kein Medium</translation>
    </message>
    <message>
        <location filename="../ui/hardware/HardwareForms.cpp" line="413" />
        <source>&amp;Browse...</source>
        <translation>&amp;Durchsuchen …</translation>
    </message>
    <message>
        <location filename="../ui/hardware/HardwareForms.cpp" line="414" />
        <source>&amp;Eject</source>
        <translation>&amp;Auswerfen</translation>
    </message>
    <message>
        <location filename="../ui/hardware/HardwareForms.cpp" line="432" />
        <source>Choose a disc image</source>
        <translation>Ein Datenträgerabbild wählen</translation>
    </message>
    <message>
        <location filename="../ui/hardware/HardwareForms.cpp" line="433" />
        <source>Disc images (*.iso *.img);;All files (*)</source>
        <translation>Datenträgerabbilder (*.iso *.img);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../ui/hardware/HardwareForms.cpp" line="439" />
        <source>&amp;Media:</source>
        <translation>&amp;Medium:</translation>
    </message>
    <message>
        <location filename="../ui/hardware/HardwareForms.cpp" line="441" />
        <location filename="../ui/hardware/HardwareForms.cpp" line="486" />
        <source>Source:</source>
        <translation>Quelle:</translation>
    </message>
    <message>
        <location filename="../ui/hardware/HardwareForms.cpp" line="443" />
        <source>Show in the Host's &amp;Storage</source>
        <translation>Im &amp;Speicher des Rechners zeigen</translation>
    </message>
    <message>
        <location filename="../ui/hardware/HardwareForms.cpp" line="459" />
        <source>&amp;Cache:</source>
        <translation>&amp;Cache:</translation>
    </message>
    <message>
        <location filename="../ui/hardware/HardwareForms.cpp" line="460" />
        <source>Read-only:</source>
        <translation>Schreibgeschützt:</translation>
    </message>
    <message>
        <location filename="../ui/hardware/HardwareForms.cpp" line="462" />
        <source>Shareable:</source>
        <translation>Gemeinsam nutzbar:</translation>
    </message>
    <message>
        <location filename="../ui/hardware/HardwareForms.cpp" line="467" />
        <location filename="../ui/hardware/HardwareForms.cpp" line="469" />
        <source> MiB/s</source>
        <translation> MiB/s</translation>
    </message>
    <message>
        <location filename="../ui/hardware/HardwareForms.cpp" line="473" />
        <location filename="../ui/hardware/HardwareForms.cpp" line="519" />
        <source>no limit</source>
        <translation>keine Grenze</translation>
    </message>
    <message>
        <location filename="../ui/hardware/HardwareForms.cpp" line="482" />
        <source>&amp;Read limit:</source>
        <translation>&amp;Lesegrenze:</translation>
    </message>
    <message>
        <location filename="../ui/hardware/HardwareForms.cpp" line="483" />
        <source>&amp;Write limit:</source>
        <translation>&amp;Schreibgrenze:</translation>
    </message>
    <message>
        <location filename="../ui/hardware/HardwareForms.cpp" line="489" />
        <source>Show the &amp;Network on the Host</source>
        <translation>Das &amp;Netz auf dem Rechner zeigen</translation>
    </message>
    <message>
        <location filename="../ui/hardware/HardwareForms.cpp" line="491" />
        <source>MAC address:</source>
        <translation>MAC-Adresse:</translation>
    </message>
    <message>
        <location filename="../ui/hardware/HardwareForms.cpp" line="503" />
        <source>&amp;Model:</source>
        <translation>&amp;Modell:</translation>
    </message>
    <message>
        <location filename="../ui/hardware/HardwareForms.cpp" line="504" />
        <source>Link up (cable plugged in)</source>
        <translation>Verbindung aktiv (Kabel eingesteckt)</translation>
    </message>
    <message>
        <location filename="../ui/hardware/HardwareForms.cpp" line="514" />
        <location filename="../ui/hardware/HardwareForms.cpp" line="515" />
        <source> KiB/s</source>
        <translation> KiB/s</translation>
    </message>
    <message>
        <location filename="../ui/hardware/HardwareForms.cpp" line="525" />
        <source>&amp;Inbound limit:</source>
        <translation>&amp;Eingangsgrenze:</translation>
    </message>
    <message>
        <location filename="../ui/hardware/HardwareForms.cpp" line="526" />
        <source>&amp;Outbound limit:</source>
        <translation>&amp;Ausgangsgrenze:</translation>
    </message>
    <message>
        <location filename="../ui/hardware/HardwareForms.cpp" line="528" />
        <source>What:</source>
        <translation>Was:</translation>
    </message>
    <message>
        <location filename="../ui/hardware/HardwareForms.cpp" line="534" />
        <source>This device's XML; edit it on the XML page.</source>
        <translation>Das XML dieses Geräts; bearbeiten Sie es auf der XML-Seite.</translation>
    </message>
    <message>
        <location filename="../ui/hardware/HardwareForms.cpp" line="535" />
        <source>XML:</source>
        <translation>XML:</translation>
    </message>
</context>
<context>
    <name>SecurityText</name>
    <message>
        <location filename="../app/commands/SecurityCommand.cpp" line="39" />
        <source>%1: %2 now listens on 127.0.0.1%3.</source>
        <translation>%1: %2 lauscht jetzt auf 127.0.0.1%3.</translation>
    </message>
    <message>
        <location filename="../app/commands/SecurityCommand.cpp" line="41" />
        <source> from its next start</source>
        <translation> ab ihrem nächsten Start</translation>
    </message>
    <message>
        <location filename="../app/commands/SecurityCommand.cpp" line="53" />
        <source>Shows what protects a VM, or every VM: who can reach its display, the firewall on each network card, disk encryption, Secure Boot and TPM, the confinement QEMU runs under and its user. Exits 1 when something is flagged.</source>
        <translation>Zeigt, was eine VM oder jede VM schützt: wer ihre Anzeige erreicht, die Firewall jeder Netzwerkkarte, Festplattenverschlüsselung, Secure Boot und TPM, die Einschränkung, unter der QEMU läuft, und seinen Benutzer. Endet mit 1, wenn etwas markiert ist.</translation>
    </message>
    <message>
        <location filename="../app/commands/SecurityCommand.cpp" line="60" />
        <source>The VM (name or UUID).</source>
        <translation>Die VM (Name oder UUID).</translation>
    </message>
    <message>
        <location filename="../app/commands/SecurityCommand.cpp" line="61" />
        <source>Every VM.</source>
        <translation>Jede VM.</translation>
    </message>
    <message>
        <location filename="../app/commands/SecurityCommand.cpp" line="63" />
        <source>Apply the one-click fixes first (a display reachable from the network listens on 127.0.0.1).</source>
        <translation>Zuerst die Ein-Klick-Korrekturen anwenden (eine aus dem Netz erreichbare Anzeige lauscht dann auf 127.0.0.1).</translation>
    </message>
    <message>
        <location filename="../app/commands/SecurityCommand.cpp" line="71" />
        <source>name one VM, or --all (see --help)</source>
        <translation>nennen Sie eine VM oder --all (siehe --help)</translation>
    </message>
    <message>
        <location filename="../app/commands/SecurityCommand.cpp" line="73" />
        <source>--fix changes VMs: not on a read-only connection</source>
        <translation>--fix ändert VMs: nicht bei einer schreibgeschützten Verbindung</translation>
    </message>
    <message>
        <location filename="../app/commands/SecurityCommand.cpp" line="95" />
        <source>there is no VM called '%1' on %2</source>
        <translation>auf %2 gibt es keine VM namens „%1“</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/commands/SecurityCommand.cpp" line="114" />
        <source>%n VM(s) flagged.</source>
        <translation>
            <numerusform>%n VM markiert.</numerusform>
            <numerusform>%n VMs markiert.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SnapshotCommandText</name>
    <message>
        <location filename="../app/commands/SnapshotCommand.cpp" line="32" />
        <source>No snapshots.</source>
        <translation>Keine Schnappschüsse.</translation>
    </message>
    <message>
        <location filename="../app/commands/SnapshotCommand.cpp" line="49" />
        <source>(* current)</source>
        <translation>(* aktuell)</translation>
    </message>
    <message>
        <location filename="../app/commands/SnapshotCommand.cpp" line="58" />
        <source>Snapshots of a virtual machine: list, create, revert, delete.</source>
        <translation>Schnappschüsse einer virtuellen Maschine: list, create, revert, delete.</translation>
    </message>
    <message>
        <location filename="../app/commands/SnapshotCommand.cpp" line="62" />
        <source>list, create, revert or delete.</source>
        <translation>list, create, revert oder delete.</translation>
    </message>
    <message>
        <location filename="../app/commands/SnapshotCommand.cpp" line="64" />
        <source>Name or UUID of the VM.</source>
        <translation>Name oder UUID der VM.</translation>
    </message>
    <message>
        <location filename="../app/commands/SnapshotCommand.cpp" line="66" />
        <source>Snapshot name (create: default, the time).</source>
        <translation>Name des Schnappschusses (create: Vorgabe ist die Uhrzeit).</translation>
    </message>
    <message>
        <location filename="../app/commands/SnapshotCommand.cpp" line="69" />
        <source>create: include the memory state (the VM must run).</source>
        <translation>create: den Speicherzustand einschließen (die VM muss laufen).</translation>
    </message>
    <message>
        <location filename="../app/commands/SnapshotCommand.cpp" line="72" />
        <source>create: the disks only.</source>
        <translation>create: nur die Festplatten.</translation>
    </message>
    <message>
        <location filename="../app/commands/SnapshotCommand.cpp" line="74" />
        <source>create: a description.</source>
        <translation>create: eine Beschreibung.</translation>
    </message>
    <message>
        <location filename="../app/commands/SnapshotCommand.cpp" line="77" />
        <source>revert: leave the VM paused.</source>
        <translation>revert: die VM angehalten lassen.</translation>
    </message>
    <message>
        <location filename="../app/commands/SnapshotCommand.cpp" line="79" />
        <source>revert: start the VM running.</source>
        <translation>revert: die VM laufend starten.</translation>
    </message>
    <message>
        <location filename="../app/commands/SnapshotCommand.cpp" line="81" />
        <source>delete: its descendants too.</source>
        <translation>delete: auch seine Nachfolger.</translation>
    </message>
    <message>
        <location filename="../app/commands/SnapshotCommand.cpp" line="91" />
        <source>Say what to do: list, create, revert or delete.</source>
        <translation>Sagen Sie, was zu tun ist: list, create, revert oder delete.</translation>
    </message>
    <message>
        <location filename="../app/commands/SnapshotCommand.cpp" line="94" />
        <source>Name the VM.</source>
        <translation>Nennen Sie die VM.</translation>
    </message>
    <message>
        <location filename="../app/commands/SnapshotCommand.cpp" line="96" />
        <source>Name the snapshot to %1.</source>
        <translation>Nennen Sie den Schnappschuss für %1.</translation>
    </message>
    <message>
        <location filename="../app/commands/SnapshotCommand.cpp" line="98" />
        <source>Too many arguments.</source>
        <translation>Zu viele Argumente.</translation>
    </message>
    <message>
        <location filename="../app/commands/SnapshotCommand.cpp" line="100" />
        <source>--memory and --disk-only exclude each other.</source>
        <translation>--memory und --disk-only schließen einander aus.</translation>
    </message>
    <message>
        <location filename="../app/commands/SnapshotCommand.cpp" line="102" />
        <source>--paused and --running exclude each other.</source>
        <translation>--paused und --running schließen einander aus.</translation>
    </message>
    <message>
        <location filename="../app/commands/SnapshotCommand.cpp" line="127" />
        <source>Snapshot "%1" of %2 taken.</source>
        <translation>Schnappschuss „%1“ von %2 erstellt.</translation>
    </message>
    <message>
        <location filename="../app/commands/SnapshotCommand.cpp" line="133" />
        <source>%1 reverted to "%2".</source>
        <translation>%1 ist zu „%2“ zurückgekehrt.</translation>
    </message>
    <message>
        <location filename="../app/commands/SnapshotCommand.cpp" line="137" />
        <source>Snapshot "%1" and its descendants deleted.</source>
        <translation>Schnappschuss „%1“ samt Nachfolgern gelöscht.</translation>
    </message>
    <message>
        <location filename="../app/commands/SnapshotCommand.cpp" line="139" />
        <source>Snapshot "%1" deleted.</source>
        <translation>Schnappschuss „%1“ gelöscht.</translation>
    </message>
</context>
<context>
    <name>SnapshotText</name>
    <message>
        <location filename="../engine/snapshots/JobSupport.cpp" line="62" />
        <source>The disk that holds the machine's storage is full. %1</source>
        <translation>Der Datenträger mit dem Speicher der Maschine ist voll. %1</translation>
    </message>
    <message>
        <location filename="../engine/snapshots/SnapshotXml.cpp" line="20" />
        <source>A snapshot needs a name.</source>
        <translation>Ein Schnappschuss braucht einen Namen.</translation>
    </message>
    <message>
        <location filename="../engine/snapshots/SnapshotXml.cpp" line="22" />
        <source>A snapshot name cannot begin or end with spaces.</source>
        <translation>Der Name eines Schnappschusses darf nicht mit Leerzeichen beginnen oder enden.</translation>
    </message>
    <message>
        <location filename="../engine/snapshots/SnapshotXml.cpp" line="24" />
        <source>A snapshot name cannot contain '/'.</source>
        <translation>Der Name eines Schnappschusses darf kein „/“ enthalten.</translation>
    </message>
    <message>
        <location filename="../engine/snapshots/SnapshotXml.cpp" line="27" />
        <source>A snapshot name cannot contain control characters.</source>
        <translation>Der Name eines Schnappschusses darf keine Steuerzeichen enthalten.</translation>
    </message>
    <message>
        <location filename="../engine/snapshots/SnapshotXml.cpp" line="29" />
        <source>A snapshot name cannot begin with '.'.</source>
        <translation>Der Name eines Schnappschusses darf nicht mit „.“ beginnen.</translation>
    </message>
    <message>
        <location filename="../engine/snapshots/SnapshotXml.cpp" line="31" />
        <source>A snapshot name can be at most 200 bytes long.</source>
        <translation>Der Name eines Schnappschusses darf höchstens 200 Bytes lang sein.</translation>
    </message>
    <message>
        <location filename="../engine/snapshots/SnapshotXml.cpp" line="78" />
        <source>This snapshot is external (made by another tool); libvirt %1.%2 cannot revert to external snapshots (9.7 and later can).</source>
        <translation>Dieser Schnappschuss ist extern (von einem anderen Werkzeug erstellt); libvirt %1.%2 kann nicht zu externen Schnappschüssen zurückkehren (ab 9.7 geht das).</translation>
    </message>
    <message>
        <location filename="../engine/snapshots/Snapshots.cpp" line="55" />
        <source>Could not list the snapshots of %1.</source>
        <translation>Die Schnappschüsse von %1 konnten nicht aufgelistet werden.</translation>
    </message>
    <message>
        <location filename="../engine/snapshots/Snapshots.cpp" line="57" />
        <source>List snapshots</source>
        <translation>Schnappschüsse auflisten</translation>
    </message>
    <message>
        <location filename="../engine/snapshots/Snapshots.cpp" line="99" />
        <source>Could not take snapshot "%1" of %2.</source>
        <translation>Der Schnappschuss „%1“ von %2 konnte nicht erstellt werden.</translation>
    </message>
    <message>
        <location filename="../engine/snapshots/Snapshots.cpp" line="102" />
        <source>Take snapshot %1 of %2</source>
        <translation>Schnappschuss %1 von %2 erstellen</translation>
    </message>
    <message>
        <location filename="../engine/snapshots/Snapshots.cpp" line="112" />
        <source>%1 already has a snapshot of that name.</source>
        <translation>%1 hat bereits einen Schnappschuss mit diesem Namen.</translation>
    </message>
    <message>
        <location filename="../engine/snapshots/Snapshots.cpp" line="120" />
        <source>%1 has an encrypted disk, and QEMU cannot take snapshots of encrypted disks (a memory snapshot would stop the VM). Back up from inside the guest, or keep what you want to snapshot on an unencrypted disk.</source>
        <translation>%1 hat eine verschlüsselte Festplatte, und QEMU kann keine Schnappschüsse verschlüsselter Festplatten erstellen (ein Speicher-Schnappschuss würde die VM anhalten). Sichern Sie aus dem Gast heraus oder legen Sie, was Sie festhalten wollen, auf eine unverschlüsselte Festplatte.</translation>
    </message>
    <message>
        <location filename="../engine/snapshots/Snapshots.cpp" line="132" />
        <source>%1 shares a folder with virtiofs, whose state QEMU cannot keep: take a disk-only snapshot, or shut the machine down first.</source>
        <translation>%1 teilt einen Ordner über virtiofs, dessen Zustand QEMU nicht festhalten kann: Erstellen Sie einen Schnappschuss nur der Festplatten oder fahren Sie die Maschine zuerst herunter.</translation>
    </message>
    <message>
        <location filename="../engine/snapshots/Snapshots.cpp" line="139" />
        <source>A snapshot with memory needs the machine running; it is shut off.</source>
        <translation>Ein Schnappschuss mit Arbeitsspeicher braucht eine laufende Maschine; sie ist ausgeschaltet.</translation>
    </message>
    <message>
        <location filename="../engine/snapshots/Snapshots.cpp" line="147" />
        <source>Its disk %1 (%2) is in %3 format; snapshots need qcow2. Shut the machine off and convert the disk to qcow2 (Vireo can do it, keeping the %3 file), then try again.</source>
        <translation>Ihre Festplatte %1 (%2) hat das Format %3; Schnappschüsse brauchen qcow2. Schalten Sie die Maschine aus und wandeln Sie die Festplatte nach qcow2 um (Vireo kann das und behält die %3-Datei), dann versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location filename="../engine/snapshots/Snapshots.cpp" line="152" />
        <source>not a file</source>
        <translation>keine Datei</translation>
    </message>
    <message>
        <location filename="../engine/snapshots/Snapshots.cpp" line="188" />
        <source>Could not revert %1 to snapshot "%2".</source>
        <translation>%1 konnte nicht zum Schnappschuss „%2“ zurückkehren.</translation>
    </message>
    <message>
        <location filename="../engine/snapshots/Snapshots.cpp" line="190" />
        <source>Revert %1 to %2</source>
        <translation>%1 zu %2 zurückkehren lassen</translation>
    </message>
    <message>
        <location filename="../engine/snapshots/Snapshots.cpp" line="211" />
        <source>Could not delete snapshot "%1" of %2.</source>
        <translation>Der Schnappschuss „%1“ von %2 konnte nicht gelöscht werden.</translation>
    </message>
    <message>
        <location filename="../engine/snapshots/Snapshots.cpp" line="213" />
        <source>Delete snapshot %1 of %2</source>
        <translation>Schnappschuss %1 von %2 löschen</translation>
    </message>
    <message>
        <location filename="../engine/snapshots/Snapshots.cpp" line="238" />
        <source>Could not change the description of snapshot "%1".</source>
        <translation>Die Beschreibung des Schnappschusses „%1“ konnte nicht geändert werden.</translation>
    </message>
    <message>
        <location filename="../engine/snapshots/Snapshots.cpp" line="240" />
        <source>Describe snapshot %1 of %2</source>
        <translation>Schnappschuss %1 von %2 beschreiben</translation>
    </message>
    <message>
        <location filename="../engine/snapshots/DiskConversion.cpp" line="22" />
        <source>Could not convert the disks of %1 to qcow2.</source>
        <translation>Die Festplatten von %1 konnten nicht nach qcow2 umgewandelt werden.</translation>
    </message>
    <message>
        <location filename="../engine/snapshots/DiskConversion.cpp" line="25" />
        <source>Convert the disks of %1 to qcow2</source>
        <translation>Die Festplatten von %1 nach qcow2 umwandeln</translation>
    </message>
    <message>
        <location filename="../engine/snapshots/DiskConversion.cpp" line="30" />
        <source>Vireo converts disks only on this machine's connections.</source>
        <translation>Vireo wandelt Festplatten nur auf Verbindungen zu diesem Rechner um.</translation>
    </message>
    <message>
        <location filename="../engine/snapshots/DiskConversion.cpp" line="35" />
        <source>Shut the machine off first.</source>
        <translation>Schalten Sie die Maschine zuerst aus.</translation>
    </message>
    <message>
        <location filename="../engine/snapshots/DiskConversion.cpp" line="55" />
        <source>Disk %1 is not a file.</source>
        <translation>Festplatte %1 ist keine Datei.</translation>
    </message>
</context>
<context>
    <name>SpiceText</name>
    <message>
        <location filename="../engine/display/spice/SpiceSession.cpp" line="162" />
        <source>The display password was not accepted.</source>
        <translation>Das Anzeigepasswort wurde nicht angenommen.</translation>
    </message>
    <message>
        <location filename="../engine/display/spice/SpiceSession.cpp" line="164" />
        <location filename="../engine/display/spice/SpiceSession.cpp" line="167" />
        <source>The display connection was closed.</source>
        <translation>Die Verbindung zur Anzeige wurde geschlossen.</translation>
    </message>
    <message>
        <location filename="../engine/display/spice/SpiceSession.cpp" line="168" />
        <source>The display connection was closed: %1</source>
        <translation>Die Verbindung zur Anzeige wurde geschlossen: %1</translation>
    </message>
    <message>
        <location filename="../engine/display/spice/SpiceSession.cpp" line="174" />
        <source>The display server refused the connection.</source>
        <translation>Der Anzeigeserver hat die Verbindung abgelehnt.</translation>
    </message>
    <message>
        <location filename="../engine/display/spice/SpiceSession.cpp" line="175" />
        <source>The display connection failed: %1</source>
        <translation>Die Verbindung zur Anzeige ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location filename="../engine/display/spice/SpiceSession.cpp" line="191" />
        <source>This display needs a password.</source>
        <translation>Diese Anzeige braucht ein Passwort.</translation>
    </message>
    <message>
        <location filename="../engine/display/spice/SpiceSession.cpp" line="225" />
        <source>The display uses a pixel format Vireo cannot show.</source>
        <translation>Die Anzeige nutzt ein Pixelformat, das Vireo nicht darstellen kann.</translation>
    </message>
</context>
<context>
    <name>SpiceUsbText</name>
    <message>
        <location filename="../engine/display/spice/SpiceUsb.cpp" line="134" />
        <source>CD-ROM image %1</source>
        <translation>CD-ROM-Abbild %1</translation>
    </message>
    <message>
        <location filename="../engine/display/spice/SpiceUsb.cpp" line="142" />
        <source>USB device %1:%2</source>
        <translation>USB-Gerät %1:%2</translation>
    </message>
    <message>
        <location filename="../engine/display/spice/SpiceUsb.cpp" line="273" />
        <source>USB redirection does not work on this computer: %1</source>
        <translation>USB-Umleitung funktioniert auf diesem Rechner nicht: %1</translation>
    </message>
    <message>
        <location filename="../engine/display/spice/SpiceUsb.cpp" line="369" />
        <source>%1 is not a file.</source>
        <translation>%1 ist keine Datei.</translation>
    </message>
    <message>
        <location filename="../engine/display/spice/SpiceUsb.cpp" line="371" />
        <source>Vireo may not read %1.</source>
        <translation>Vireo darf %1 nicht lesen.</translation>
    </message>
    <message>
        <location filename="../engine/display/spice/SpiceUsb.cpp" line="381" />
        <source>The image could not be offered as a USB CD-ROM: %1</source>
        <translation>Das Abbild konnte nicht als USB-CD-ROM angeboten werden: %1</translation>
    </message>
</context>
<context>
    <name>StatsCommandText</name>
    <message>
        <location filename="../app/commands/StatsCommand.cpp" line="67" />
        <source>Live figures of a running VM, or its stored history as CSV (export).</source>
        <translation>Live-Werte einer laufenden VM oder ihr gespeicherter Verlauf als CSV (export).</translation>
    </message>
    <message>
        <location filename="../app/commands/StatsCommand.cpp" line="72" />
        <source>Name or UUID of the VM (after 'export' to export its history).</source>
        <translation>Name oder UUID der VM (nach „export“, um ihren Verlauf zu exportieren).</translation>
    </message>
    <message>
        <location filename="../app/commands/StatsCommand.cpp" line="76" />
        <source>Seconds between lines (default 1).</source>
        <translation>Sekunden zwischen den Zeilen (Vorgabe 1).</translation>
    </message>
    <message>
        <location filename="../app/commands/StatsCommand.cpp" line="89" />
        <source>One JSON object a line.</source>
        <translation>Ein JSON-Objekt pro Zeile.</translation>
    </message>
    <message>
        <location filename="../app/commands/StatsCommand.cpp" line="79" />
        <source>Stop after N lines (default: never).</source>
        <translation>Nach N Zeilen aufhören (Vorgabe: nie).</translation>
    </message>
    <message>
        <location filename="../app/commands/StatsCommand.cpp" line="82" />
        <source>export: from this long ago (1h, 30m, 7d) or this ISO time.</source>
        <translation>export: ab so lange her (1h, 30m, 7d) oder ab dieser ISO-Zeit.</translation>
    </message>
    <message>
        <location filename="../app/commands/StatsCommand.cpp" line="86" />
        <source>export: up to this time (default now).</source>
        <translation>export: bis zu dieser Zeit (Vorgabe: jetzt).</translation>
    </message>
    <message>
        <location filename="../app/commands/StatsCommand.cpp" line="99" />
        <source>Name one VM.</source>
        <translation>Nennen Sie eine VM.</translation>
    </message>
    <message>
        <location filename="../app/commands/StatsCommand.cpp" line="103" />
        <source>--interval takes seconds from 0.1 to 3600.</source>
        <translation>--interval nimmt Sekunden von 0,1 bis 3600.</translation>
    </message>
    <message>
        <location filename="../app/commands/StatsCommand.cpp" line="106" />
        <source>--count takes a number of lines.</source>
        <translation>--count nimmt eine Anzahl Zeilen.</translation>
    </message>
    <message>
        <location filename="../app/commands/StatsCommand.cpp" line="111" />
        <source>--since and --until take 90s, 10m, 1h, 7d or an ISO time, the first before the second.</source>
        <translation>--since und --until nehmen 90s, 10m, 1h, 7d oder eine ISO-Zeit, die erste vor der zweiten.</translation>
    </message>
    <message>
        <location filename="../app/commands/StatsCommand.cpp" line="129" />
        <source>%1 is not running.</source>
        <translation>%1 läuft nicht.</translation>
    </message>
    <message>
        <location filename="../app/commands/StatsCommand.cpp" line="165" />
        <source>%1 stopped.</source>
        <translation>%1 ist angehalten.</translation>
    </message>
</context>
<context>
    <name>StorageText</name>
    <message>
        <location filename="../app/commands/StorageCommand.cpp" line="61" />
        <source>Do not ask when VMs use it, or when a size is more than the pool has free.</source>
        <translation>Nicht fragen, wenn VMs es nutzen oder eine Größe den freien Platz im Pool übersteigt.</translation>
    </message>
    <message>
        <location filename="../app/commands/StorageCommand.cpp" line="70" />
        <source>Storage pools of the host: list, info, create, start, stop, delete.</source>
        <translation>Speicherpools des Rechners: list, info, create, start, stop, delete.</translation>
    </message>
    <message>
        <location filename="../app/commands/StorageCommand.cpp" line="73" />
        <location filename="../app/commands/StorageCommand.cpp" line="228" />
        <source>list, info: JSON.</source>
        <translation>list, info: JSON.</translation>
    </message>
    <message>
        <location filename="../app/commands/StorageCommand.cpp" line="76" />
        <location filename="../app/commands/StorageCommand.cpp" line="231" />
        <source>What to do.</source>
        <translation>Was zu tun ist.</translation>
    </message>
    <message>
        <location filename="../app/commands/StorageCommand.cpp" line="77" />
        <location filename="../app/commands/StorageCommand.cpp" line="232" />
        <source>The pool.</source>
        <translation>Der Pool.</translation>
    </message>
    <message>
        <location filename="../app/commands/StorageCommand.cpp" line="80" />
        <source>create: dir (default), fs, netfs, logical, disk or iscsi.</source>
        <translation>create: dir (Vorgabe), fs, netfs, logical, disk oder iscsi.</translation>
    </message>
    <message>
        <location filename="../app/commands/StorageCommand.cpp" line="84" />
        <source>create: the folder its volumes appear in.</source>
        <translation>create: der Ordner, in dem seine Datenträger erscheinen.</translation>
    </message>
    <message>
        <location filename="../app/commands/StorageCommand.cpp" line="87" />
        <source>create: the block device (fs, disk, logical).</source>
        <translation>create: das Blockgerät (fs, disk, logical).</translation>
    </message>
    <message>
        <location filename="../app/commands/StorageCommand.cpp" line="91" />
        <source>create: the server (netfs, iscsi).</source>
        <translation>create: der Server (netfs, iscsi).</translation>
    </message>
    <message>
        <location filename="../app/commands/StorageCommand.cpp" line="94" />
        <source>create: the exported folder (netfs).</source>
        <translation>create: der freigegebene Ordner (netfs).</translation>
    </message>
    <message>
        <location filename="../app/commands/StorageCommand.cpp" line="97" />
        <source>create: the volume group (logical) or target IQN (iscsi).</source>
        <translation>create: die Volumengruppe (logical) oder die IQN des Ziels (iscsi).</translation>
    </message>
    <message>
        <location filename="../app/commands/StorageCommand.cpp" line="101" />
        <source>create: ext4, nfs, gpt...</source>
        <translation>create: ext4, nfs, gpt …</translation>
    </message>
    <message>
        <location filename="../app/commands/StorageCommand.cpp" line="104" />
        <source>create: do not make the folder or file system.</source>
        <translation>create: den Ordner oder das Dateisystem nicht anlegen.</translation>
    </message>
    <message>
        <location filename="../app/commands/StorageCommand.cpp" line="107" />
        <source>create: do not start it with the host.</source>
        <translation>create: nicht mit dem Rechner starten.</translation>
    </message>
    <message>
        <location filename="../app/commands/StorageCommand.cpp" line="109" />
        <source>delete: remove its (empty) folder too.</source>
        <translation>delete: auch seinen (leeren) Ordner entfernen.</translation>
    </message>
    <message>
        <location filename="../app/commands/StorageCommand.cpp" line="120" />
        <location filename="../app/commands/StorageCommand.cpp" line="261" />
        <source>name an action: %1 (see --help)</source>
        <translation>nennen Sie eine Aktion: %1 (siehe --help)</translation>
    </message>
    <message>
        <location filename="../app/commands/StorageCommand.cpp" line="125" />
        <source>'list' takes no name</source>
        <translation>„list“ nimmt keinen Namen</translation>
    </message>
    <message>
        <location filename="../app/commands/StorageCommand.cpp" line="126" />
        <source>'%1' takes one pool</source>
        <translation>„%1“ nimmt einen Pool</translation>
    </message>
    <message>
        <location filename="../app/commands/StorageCommand.cpp" line="156" />
        <source>There is no storage pool called '%1'.</source>
        <translation>Es gibt keinen Speicherpool namens „%1“.</translation>
    </message>
    <message>
        <location filename="../app/commands/StorageCommand.cpp" line="170" />
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../app/commands/StorageCommand.cpp" line="171" />
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <location filename="../app/commands/StorageCommand.cpp" line="172" />
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <location filename="../app/commands/StorageCommand.cpp" line="173" />
        <source>active</source>
        <translation>aktiv</translation>
    </message>
    <message>
        <location filename="../app/commands/StorageCommand.cpp" line="173" />
        <source>stopped</source>
        <translation>gestoppt</translation>
    </message>
    <message>
        <location filename="../app/commands/StorageCommand.cpp" line="174" />
        <source>Autostart</source>
        <translation>Autostart</translation>
    </message>
    <message>
        <location filename="../app/commands/StorageCommand.cpp" line="175" />
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <location filename="../app/commands/StorageCommand.cpp" line="175" />
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <location filename="../app/commands/StorageCommand.cpp" line="176" />
        <source>Path</source>
        <translation>Pfad</translation>
    </message>
    <message>
        <location filename="../app/commands/StorageCommand.cpp" line="178" />
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <location filename="../app/commands/StorageCommand.cpp" line="179" />
        <source>Capacity</source>
        <translation>Kapazität</translation>
    </message>
    <message>
        <location filename="../app/commands/StorageCommand.cpp" line="180" />
        <source>Allocation</source>
        <translation>Belegt</translation>
    </message>
    <message>
        <location filename="../app/commands/StorageCommand.cpp" line="181" />
        <source>Available</source>
        <translation>Verfügbar</translation>
    </message>
    <message>
        <location filename="../app/commands/StorageCommand.cpp" line="182" />
        <source>Used by</source>
        <translation>Genutzt von</translation>
    </message>
    <message>
        <location filename="../app/commands/StorageCommand.cpp" line="183" />
        <source>no VM</source>
        <translation>keine VM</translation>
    </message>
    <message>
        <location filename="../app/commands/StorageCommand.cpp" line="199" />
        <source>Pool %1 created.</source>
        <translation>Pool %1 angelegt.</translation>
    </message>
    <message>
        <location filename="../app/commands/StorageCommand.cpp" line="203" />
        <source>Pool %1 started.</source>
        <translation>Pool %1 gestartet.</translation>
    </message>
    <message>
        <location filename="../app/commands/StorageCommand.cpp" line="210" />
        <location filename="../app/commands/StorageCommand.cpp" line="329" />
        <location filename="../app/commands/StorageCommand.cpp" line="358" />
        <source>Nothing done.</source>
        <translation>Nichts getan.</translation>
    </message>
    <message>
        <location filename="../app/commands/StorageCommand.cpp" line="213" />
        <source>Pool %1 stopped.</source>
        <translation>Pool %1 gestoppt.</translation>
    </message>
    <message>
        <location filename="../app/commands/StorageCommand.cpp" line="217" />
        <source>Pool %1 deleted.</source>
        <translation>Pool %1 gelöscht.</translation>
    </message>
    <message>
        <location filename="../app/commands/StorageCommand.cpp" line="223" />
        <source>Volumes of a storage pool: list, create, resize, clone, wipe, upload, download, delete.</source>
        <translation>Datenträger eines Speicherpools: list, create, resize, clone, wipe, upload, download, delete.</translation>
    </message>
    <message>
        <location filename="../app/commands/StorageCommand.cpp" line="233" />
        <source>The volume.</source>
        <translation>Der Datenträger.</translation>
    </message>
    <message>
        <location filename="../app/commands/StorageCommand.cpp" line="236" />
        <source>resize: the new size; upload, download: the local file.</source>
        <translation>resize: die neue Größe; upload, download: die lokale Datei.</translation>
    </message>
    <message>
        <location filename="../app/commands/StorageCommand.cpp" line="240" />
        <source>create: the size, e.g. 20G.</source>
        <translation>create: die Größe, z. B. 20G.</translation>
    </message>
    <message>
        <location filename="../app/commands/StorageCommand.cpp" line="243" />
        <source>create: qcow2 (default) or raw.</source>
        <translation>create: qcow2 (Vorgabe) oder raw.</translation>
    </message>
    <message>
        <location filename="../app/commands/StorageCommand.cpp" line="246" />
        <source>create: a qcow2 overlay on this image.</source>
        <translation>create: eine qcow2-Schicht auf diesem Abbild.</translation>
    </message>
    <message>
        <location filename="../app/commands/StorageCommand.cpp" line="249" />
        <source>upload: write into the existing volume NAME instead of making it.</source>
        <translation>upload: in den vorhandenen Datenträger NAME schreiben, statt ihn anzulegen.</translation>
    </message>
    <message>
        <location filename="../app/commands/StorageCommand.cpp" line="266" />
        <source>'%1' takes: %2 (see --help)</source>
        <translation>„%1“ nimmt: %2 (siehe --help)</translation>
    </message>
    <message>
        <location filename="../app/commands/StorageCommand.cpp" line="267" />
        <source>POOL</source>
        <translation>POOL</translation>
    </message>
    <message>
        <location filename="../app/commands/StorageCommand.cpp" line="268" />
        <source>POOL NAME</source>
        <translation>POOL NAME</translation>
    </message>
    <message>
        <location filename="../app/commands/StorageCommand.cpp" line="269" />
        <source>POOL NAME SIZE</source>
        <translation>POOL NAME GRÖSSE</translation>
    </message>
    <message>
        <location filename="../app/commands/StorageCommand.cpp" line="271" />
        <source>POOL NAME NEWNAME</source>
        <translation>POOL NAME NEUERNAME</translation>
    </message>
    <message>
        <location filename="../app/commands/StorageCommand.cpp" line="272" />
        <source>POOL NAME FILE</source>
        <translation>POOL NAME DATEI</translation>
    </message>
    <message>
        <location filename="../app/commands/StorageCommand.cpp" line="281" />
        <source>'%1' is not a size (e.g. 512M, 20G)</source>
        <translation>„%1“ ist keine Größe (z. B. 512M, 20G)</translation>
    </message>
    <message>
        <location filename="../app/commands/StorageCommand.cpp" line="285" />
        <source>%1 is not a file</source>
        <translation>%1 ist keine Datei</translation>
    </message>
    <message>
        <location filename="../app/commands/StorageCommand.cpp" line="320" />
        <source>Uploaded %1 to %2/%3.</source>
        <translation>%1 nach %2/%3 hochgeladen.</translation>
    </message>
    <message>
        <location filename="../app/commands/StorageCommand.cpp" line="324" />
        <source>Volume %1 copied to %2.</source>
        <translation>Datenträger %1 nach %2 kopiert.</translation>
    </message>
    <message>
        <location filename="../app/commands/StorageCommand.cpp" line="328" />
        <source>Overwrite all of %1 with zeros? Its data is lost.</source>
        <translation>Ganz %1 mit Nullen überschreiben? Seine Daten gehen verloren.</translation>
    </message>
    <message>
        <location filename="../app/commands/StorageCommand.cpp" line="333" />
        <source>Volume %1 wiped.</source>
        <translation>Datenträger %1 gelöscht (genullt).</translation>
    </message>
    <message>
        <location filename="../app/commands/StorageCommand.cpp" line="338" />
        <source>Downloaded %1/%2 to %3.</source>
        <translation>%1/%2 nach %3 heruntergeladen.</translation>
    </message>
    <message>
        <location filename="../app/commands/StorageCommand.cpp" line="346" />
        <source>Volume %1 created: %2</source>
        <translation>Datenträger %1 angelegt: %2</translation>
    </message>
    <message>
        <location filename="../app/commands/StorageCommand.cpp" line="351" />
        <source>Volume %1 is now %2.</source>
        <translation>Datenträger %1 ist jetzt %2.</translation>
    </message>
    <message>
        <location filename="../app/commands/StorageCommand.cpp" line="355" />
        <source>Volume %1 deleted.</source>
        <translation>Datenträger %1 gelöscht.</translation>
    </message>
</context>
<context>
    <name>StoreText</name>
    <message>
        <location filename="../engine/stats/StatsStore.cpp" line="69" />
        <source>statistics history</source>
        <translation>Statistikverlauf</translation>
    </message>
    <message>
        <location filename="../engine/stats/StatsStore.cpp" line="84" />
        <source>Could not open the statistics database %1: %2</source>
        <translation>Die Statistikdatenbank %1 konnte nicht geöffnet werden: %2</translation>
    </message>
</context>
<context>
    <name>TemplateCommandText</name>
    <message>
        <location filename="../app/commands/TemplateCommand.cpp" line="32" />
        <source>Runs a template as a disposable VM: a transient VM on fresh overlays, removed with them when it shuts down. This command waits until then; Ctrl+C stops the VM. Its console: vireo --show-console NAME.</source>
        <translation>Führt eine Vorlage als Wegwerf-VM aus: eine flüchtige VM auf frischen Schichten, die beim Herunterfahren mit ihnen entfernt wird. Dieser Befehl wartet bis dahin; Strg+C hält die VM an. Ihre Konsole: vireo --show-console NAME.</translation>
    </message>
    <message>
        <location filename="../app/commands/TemplateCommand.cpp" line="38" />
        <location filename="../app/commands/TemplateCommand.cpp" line="183" />
        <source>The template.</source>
        <translation>Die Vorlage.</translation>
    </message>
    <message>
        <location filename="../app/commands/TemplateCommand.cpp" line="40" />
        <source>A disposable run (required: the only kind there is).</source>
        <translation>Ein Wegwerf-Lauf (nötig: die einzige Art, die es gibt).</translation>
    </message>
    <message>
        <location filename="../app/commands/TemplateCommand.cpp" line="43" />
        <source>The run's name (default TEMPLATE-disposable-N).</source>
        <translation>Der Name des Laufs (Vorgabe VORLAGE-disposable-N).</translation>
    </message>
    <message>
        <location filename="../app/commands/TemplateCommand.cpp" line="50" />
        <source>say --disposable: vireo starts other VMs with 'vireo start VM'</source>
        <translation>sagen Sie --disposable: andere VMs startet „vireo start VM“</translation>
    </message>
    <message>
        <location filename="../app/commands/TemplateCommand.cpp" line="54" />
        <source>name one template (see --help)</source>
        <translation>nennen Sie eine Vorlage (siehe --help)</translation>
    </message>
    <message>
        <location filename="../app/commands/TemplateCommand.cpp" line="72" />
        <source>%1 runs (disposable: it goes when it shuts down; Ctrl+C stops it). Its console: vireo --show-console %1</source>
        <translation>%1 läuft (Wegwerf-Lauf: verschwindet beim Herunterfahren; Strg+C hält sie an). Ihre Konsole: vireo --show-console %1</translation>
    </message>
    <message>
        <location filename="../app/commands/TemplateCommand.cpp" line="87" />
        <source>%1 ended, but its overlays may be left: %2</source>
        <translation>%1 ist beendet, aber ihre Schichten sind womöglich übrig: %2</translation>
    </message>
    <message>
        <location filename="../app/commands/TemplateCommand.cpp" line="92" />
        <source>%1 stopped and removed.</source>
        <translation>%1 angehalten und entfernt.</translation>
    </message>
    <message>
        <location filename="../app/commands/TemplateCommand.cpp" line="93" />
        <source>%1 shut down and was removed.</source>
        <translation>%1 ist heruntergefahren und wurde entfernt.</translation>
    </message>
    <message>
        <location filename="../app/commands/TemplateCommand.cpp" line="101" />
        <source>Copies a shut-off VM: every writable disk copied through its pool (full, the default), or a qcow2 overlay on each (--linked; the source becomes a template, since its disks must not change under the overlays).</source>
        <translation>Kopiert eine ausgeschaltete VM: jede beschreibbare Festplatte über ihren Pool kopiert (vollständig, die Vorgabe) oder eine qcow2-Schicht auf jeder (--linked; die Quelle wird zur Vorlage, da sich ihre Festplatten unter den Schichten nicht ändern dürfen).</translation>
    </message>
    <message>
        <location filename="../app/commands/TemplateCommand.cpp" line="107" />
        <source>The VM to copy.</source>
        <translation>Die zu kopierende VM.</translation>
    </message>
    <message>
        <location filename="../app/commands/TemplateCommand.cpp" line="108" />
        <source>The copy's name.</source>
        <translation>Der Name der Kopie.</translation>
    </message>
    <message>
        <location filename="../app/commands/TemplateCommand.cpp" line="110" />
        <source>A linked clone (qcow2 overlays).</source>
        <translation>Ein verknüpfter Klon (qcow2-Schichten).</translation>
    </message>
    <message>
        <location filename="../app/commands/TemplateCommand.cpp" line="112" />
        <source>Share this disk (its target, e.g. vdb) instead of copying it; again for more.</source>
        <translation>Diese Festplatte (ihr Ziel, z. B. vdb) teilen statt kopieren; für weitere wiederholen.</translation>
    </message>
    <message>
        <location filename="../app/commands/TemplateCommand.cpp" line="117" />
        <source>Start the copy once it is made.</source>
        <translation>Die Kopie starten, sobald sie erstellt ist.</translation>
    </message>
    <message>
        <location filename="../app/commands/TemplateCommand.cpp" line="122" />
        <source>name the VM and the copy (see --help)</source>
        <translation>nennen Sie die VM und die Kopie (siehe --help)</translation>
    </message>
    <message>
        <location filename="../app/commands/TemplateCommand.cpp" line="132" />
        <source>%1 made (%2 clone of %3).</source>
        <translation>%1 erstellt (%2 Klon von %3).</translation>
    </message>
    <message>
        <location filename="../app/commands/TemplateCommand.cpp" line="139" />
        <source>Makes an instance independent of its template: its disks take in the template's data (while it runs, or with qemu-img when it is shut off) and have no backing file afterwards.</source>
        <translation>Macht eine Instanz von ihrer Vorlage unabhängig: Ihre Festplatten übernehmen die Daten der Vorlage (im laufenden Betrieb oder mit qemu-img, wenn sie ausgeschaltet ist) und haben danach keine Basisdatei.</translation>
    </message>
    <message>
        <location filename="../app/commands/TemplateCommand.cpp" line="145" />
        <source>The instance.</source>
        <translation>Die Instanz.</translation>
    </message>
    <message>
        <location filename="../app/commands/TemplateCommand.cpp" line="149" />
        <source>name one VM (see --help)</source>
        <translation>nennen Sie eine VM (siehe --help)</translation>
    </message>
    <message>
        <location filename="../app/commands/TemplateCommand.cpp" line="157" />
        <source>%1 has no backing files: nothing to do.</source>
        <translation>%1 hat keine Basisdateien: nichts zu tun.</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/commands/TemplateCommand.cpp" line="158" />
        <source>%1 is independent now (%n disk(s) flattened).</source>
        <translation>
            <numerusform>%1 ist jetzt eigenständig (%n Festplatte übernommen).</numerusform>
            <numerusform>%1 ist jetzt eigenständig (%n Festplatten übernommen).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/commands/TemplateCommand.cpp" line="167" />
        <source>Templates: read-only VMs that are never started, and the instances made from them. make and unmake turn a shut-off VM into a template and back; new makes instances; edit, save and discard change a template through a writable copy.</source>
        <translation>Vorlagen: schreibgeschützte VMs, die nie gestartet werden, und die Instanzen daraus. make und unmake machen eine ausgeschaltete VM zur Vorlage und zurück; new erstellt Instanzen; edit, save und discard ändern eine Vorlage über eine beschreibbare Kopie.</translation>
    </message>
    <message>
        <location filename="../app/commands/TemplateCommand.cpp" line="177" />
        <source>list, make, unmake, instances, new; edit (a writable TEMPLATE-edit to change and shut down), then save (into the template) or discard; from-snapshot (a new template NAME from the VM as it was in SNAPSHOT; the VM is not touched).</source>
        <translation>list, make, unmake, instances, new; edit (ein beschreibbares VORLAGE-edit zum Ändern und Herunterfahren), dann save (in die Vorlage) oder discard; from-snapshot (eine neue Vorlage NAME aus der VM, wie sie in SCHNAPPSCHUSS war; die VM bleibt unberührt).</translation>
    </message>
    <message>
        <location filename="../app/commands/TemplateCommand.cpp" line="186" />
        <source>new: how many (default 1).</source>
        <translation>new: wie viele (Vorgabe 1).</translation>
    </message>
    <message>
        <location filename="../app/commands/TemplateCommand.cpp" line="189" />
        <source>new: their names, {n} a number (default TEMPLATE-{n}).</source>
        <translation>new: ihre Namen, {n} eine Nummer (Vorgabe VORLAGE-{n}).</translation>
    </message>
    <message>
        <location filename="../app/commands/TemplateCommand.cpp" line="193" />
        <source>new: full copies instead of linked ones.</source>
        <translation>new: vollständige statt verknüpfter Kopien.</translation>
    </message>
    <message>
        <location filename="../app/commands/TemplateCommand.cpp" line="196" />
        <source>new, edit: start them.</source>
        <translation>new, edit: sie starten.</translation>
    </message>
    <message>
        <location filename="../app/commands/TemplateCommand.cpp" line="198" />
        <source>list, instances: JSON.</source>
        <translation>list, instances: JSON.</translation>
    </message>
    <message>
        <location filename="../app/commands/TemplateCommand.cpp" line="208" />
        <source>name an action: %1 (see --help)</source>
        <translation>nennen Sie eine Aktion: %1 (siehe --help)</translation>
    </message>
    <message>
        <location filename="../app/commands/TemplateCommand.cpp" line="214" />
        <source>'list' takes no name</source>
        <translation>„list“ nimmt keinen Namen</translation>
    </message>
    <message>
        <location filename="../app/commands/TemplateCommand.cpp" line="215" />
        <source>'from-snapshot' takes a VM, its snapshot and a name</source>
        <translation>„from-snapshot“ nimmt eine VM, ihren Schnappschuss und einen Namen</translation>
    </message>
    <message>
        <location filename="../app/commands/TemplateCommand.cpp" line="217" />
        <source>'%1' takes one template</source>
        <translation>„%1“ nimmt eine Vorlage</translation>
    </message>
    <message>
        <location filename="../app/commands/TemplateCommand.cpp" line="222" />
        <source>--count: '%1' is not a number from 1 to 100</source>
        <translation>--count: „%1“ ist keine Zahl von 1 bis 100</translation>
    </message>
    <message>
        <location filename="../app/commands/TemplateCommand.cpp" line="258" />
        <source>%1 is a template of %2 as it was in '%3'.</source>
        <translation>%1 ist eine Vorlage von %2, wie sie in „%3“ war.</translation>
    </message>
    <message>
        <location filename="../app/commands/TemplateCommand.cpp" line="265" />
        <source>Change %1 and shut it down; then vireo template save|discard %2.</source>
        <translation>Ändern Sie %1 und fahren Sie sie herunter; dann vireo template save|discard %2.</translation>
    </message>
    <message>
        <location filename="../app/commands/TemplateCommand.cpp" line="273" />
        <source>%1's changes are in %2 now; %1 is gone.</source>
        <translation>Die Änderungen von %1 sind jetzt in %2; %1 ist weg.</translation>
    </message>
    <message>
        <location filename="../app/commands/TemplateCommand.cpp" line="275" />
        <source>%1 and its changes are gone; %2 is as it was.</source>
        <translation>%1 und ihre Änderungen sind weg; %2 ist, wie sie war.</translation>
    </message>
    <message>
        <location filename="../app/commands/TemplateCommand.cpp" line="281" />
        <source>%1 is a template now.</source>
        <translation>%1 ist jetzt eine Vorlage.</translation>
    </message>
    <message>
        <location filename="../app/commands/TemplateCommand.cpp" line="284" />
        <source>%1 is an ordinary VM again.</source>
        <translation>%1 ist wieder eine gewöhnliche VM.</translation>
    </message>
    <message>
        <location filename="../app/commands/TemplateCommand.cpp" line="313" />
        <source>Made: %1.</source>
        <translation>Erstellt: %1.</translation>
    </message>
</context>
<context>
    <name>TemplateText</name>
    <message>
        <location filename="../engine/templates/Templates.cpp" line="32" />
        <source>The VM is gone.</source>
        <translation>Die VM ist nicht mehr da.</translation>
    </message>
    <message>
        <location filename="../engine/templates/Templates.cpp" line="68" />
        <source>Shut %1 down first: a template's disks must not change.</source>
        <translation>Fahren Sie %1 zuerst herunter: Die Festplatten einer Vorlage dürfen sich nicht ändern.</translation>
    </message>
    <message>
        <location filename="../engine/templates/Templates.cpp" line="82" />
        <source>Could not make %1's disks read-only.</source>
        <translation>Die Festplatten von %1 konnten nicht schreibgeschützt gemacht werden.</translation>
    </message>
    <message>
        <location filename="../engine/templates/Templates.cpp" line="86" />
        <source>Could not mark %1 as a template.</source>
        <translation>%1 konnte nicht als Vorlage gekennzeichnet werden.</translation>
    </message>
    <message>
        <location filename="../engine/templates/Templates.cpp" line="121" />
        <source>Clone as %1</source>
        <translation>Als %1 klonen</translation>
    </message>
    <message>
        <location filename="../engine/templates/Templates.cpp" line="165" />
        <source>Read the lineage</source>
        <translation>Die Herkunft lesen</translation>
    </message>
    <message>
        <location filename="../engine/templates/Templates.cpp" line="175" />
        <source>Template from snapshot</source>
        <translation>Vorlage aus Schnappschuss</translation>
    </message>
    <message>
        <location filename="../engine/templates/Templates.cpp" line="189" />
        <source>Make template</source>
        <translation>Zur Vorlage machen</translation>
    </message>
    <message>
        <location filename="../engine/templates/Templates.cpp" line="196" />
        <source>Convert to VM</source>
        <translation>In VM umwandeln</translation>
    </message>
    <message>
        <location filename="../engine/templates/Templates.cpp" line="209" />
        <source>%1 is the base of linked instances: %2. Its disks must not change while they exist: delete or flatten them first.</source>
        <translation>%1 ist die Grundlage verknüpfter Instanzen: %2. Ihre Festplatten dürfen sich nicht ändern, solange diese existieren: Löschen Sie sie zuerst oder machen Sie sie eigenständig.</translation>
    </message>
    <message>
        <location filename="../engine/templates/Templates.cpp" line="217" />
        <source>Could not make %1 an ordinary VM again.</source>
        <translation>%1 konnte nicht wieder zu einer gewöhnlichen VM gemacht werden.</translation>
    </message>
    <message>
        <location filename="../engine/templates/Templates.cpp" line="227" />
        <source>List instances</source>
        <translation>Instanzen auflisten</translation>
    </message>
    <message>
        <location filename="../engine/templates/Templates.cpp" line="237" />
        <source>New instances</source>
        <translation>Neue Instanzen</translation>
    </message>
    <message>
        <location filename="../engine/templates/Templates.cpp" line="240" />
        <source>Make 1 to 100 instances at a time.</source>
        <translation>Erstellen Sie 1 bis 100 Instanzen auf einmal.</translation>
    </message>
    <message>
        <location filename="../engine/templates/Templates.cpp" line="254" />
        <source>%1 is not a template: make it one first.</source>
        <translation>%1 ist keine Vorlage: Machen Sie sie zuerst zu einer.</translation>
    </message>
    <message>
        <location filename="../engine/templates/Templates.cpp" line="265" />
        <source>The name '%1' is taken.</source>
        <translation>Der Name „%1“ ist vergeben.</translation>
    </message>
    <message>
        <location filename="../engine/templates/Templates.cpp" line="275" />
        <source>%1 (made before: %2)</source>
        <translation>%1 (bereits erstellt: %2)</translation>
    </message>
    <message>
        <location filename="../engine/templates/Templates.cpp" line="279" />
        <source>%1 of %2 made</source>
        <translation>%1 von %2 erstellt</translation>
    </message>
</context>
<context>
    <name>TransferText</name>
    <message numerus="yes">
        <location filename="../engine/display/spice/SpiceFileTransfer.cpp" line="75" />
        <source>%n file(s) copied into the guest.</source>
        <translation>
            <numerusform>%n Datei in den Gast kopiert.</numerusform>
            <numerusform>%n Dateien in den Gast kopiert.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../engine/display/spice/SpiceFileTransfer.cpp" line="77" />
        <source>The file transfer was cancelled; the guest's agent removes what it had received.</source>
        <translation>Die Dateiübertragung wurde abgebrochen; der Agent des Gasts entfernt, was er erhalten hatte.</translation>
    </message>
    <message>
        <location filename="../engine/display/spice/SpiceFileTransfer.cpp" line="80" />
        <source>The guest's agent could not take the files: %1</source>
        <translation>Der Agent des Gasts konnte die Dateien nicht annehmen: %1</translation>
    </message>
    <message>
        <location filename="../engine/display/spice/SpiceFileTransfer.cpp" line="83" />
        <source>no reason given</source>
        <translation>ohne Angabe von Gründen</translation>
    </message>
    <message>
        <location filename="../engine/display/spice/SpiceFileTransfer.cpp" line="122" />
        <source>Another file transfer is still running.</source>
        <translation>Eine andere Dateiübertragung läuft noch.</translation>
    </message>
    <message>
        <location filename="../engine/display/spice/SpiceFileTransfer.cpp" line="124" />
        <source>The guest's agent is not connected: files cannot be copied into the guest (install spice-vdagent there).</source>
        <translation>Der Agent des Gasts ist nicht verbunden: Dateien können nicht in den Gast kopiert werden (installieren Sie dort spice-vdagent).</translation>
    </message>
    <message>
        <location filename="../engine/display/spice/SpiceFileTransfer.cpp" line="129" />
        <source>%1 is not a file (folders cannot be copied; pack them into an archive first).</source>
        <translation>%1 ist keine Datei (Ordner lassen sich nicht kopieren; packen Sie sie zuerst in ein Archiv).</translation>
    </message>
    <message>
        <location filename="../engine/display/spice/SpiceFileTransfer.cpp" line="133" />
        <source>Cannot read %1 (its permissions).</source>
        <translation>%1 kann nicht gelesen werden (wegen seiner Zugriffsrechte).</translation>
    </message>
    <message>
        <location filename="../engine/storage/VolumeTransfer.cpp" line="45" />
        <source>%1 %2: %3 of %4 MiB</source>
        <translation>%1 %2: %3 von %4 MiB</translation>
    </message>
    <message>
        <location filename="../engine/storage/VolumeTransfer.cpp" line="69" />
        <source>Could not upload to %1.</source>
        <translation>Hochladen nach %1 fehlgeschlagen.</translation>
    </message>
    <message>
        <location filename="../engine/storage/VolumeTransfer.cpp" line="74" />
        <source>Uploading</source>
        <translation>Hochladen</translation>
    </message>
    <message>
        <location filename="../engine/storage/VolumeTransfer.cpp" line="87" />
        <source>The upload was cancelled.</source>
        <translation>Das Hochladen wurde abgebrochen.</translation>
    </message>
    <message>
        <location filename="../engine/storage/VolumeTransfer.cpp" line="92" />
        <source>Could not read %1: %2</source>
        <translation>%1 konnte nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location filename="../engine/storage/VolumeTransfer.cpp" line="104" />
        <source>The upload broke off.</source>
        <translation>Das Hochladen brach ab.</translation>
    </message>
    <message>
        <location filename="../engine/storage/VolumeTransfer.cpp" line="107" />
        <source>%1 ended early (it shrank while being read).</source>
        <translation>%1 endete vorzeitig (die Datei schrumpfte beim Lesen).</translation>
    </message>
    <message>
        <location filename="../engine/storage/VolumeTransfer.cpp" line="110" />
        <source>The upload did not complete.</source>
        <translation>Das Hochladen wurde nicht abgeschlossen.</translation>
    </message>
    <message>
        <location filename="../engine/storage/VolumeTransfer.cpp" line="138" />
        <source>Upload %1</source>
        <translation>%1 hochladen</translation>
    </message>
    <message>
        <location filename="../engine/storage/VolumeTransfer.cpp" line="144" />
        <location filename="../engine/storage/VolumeTransfer.cpp" line="218" />
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location filename="../engine/storage/VolumeTransfer.cpp" line="148" />
        <source>'%1' cannot name a volume: no '/', not starting with '.'.</source>
        <translation>„%1“ kann keinen Datenträger benennen: kein „/“, und nicht mit „.“ beginnend.</translation>
    </message>
    <message>
        <location filename="../engine/storage/VolumeTransfer.cpp" line="157" />
        <source>The pool '%1' has a volume called '%2' already.</source>
        <translation>Der Pool „%1“ hat bereits einen Datenträger namens „%2“.</translation>
    </message>
    <message>
        <location filename="../engine/storage/VolumeTransfer.cpp" line="165" />
        <source>The pool '%1' has %2 MiB free; %3 needs %4 MiB.</source>
        <translation>Der Pool „%1“ hat %2 MiB frei; %3 braucht %4 MiB.</translation>
    </message>
    <message>
        <location filename="../engine/storage/VolumeTransfer.cpp" line="182" />
        <source>Could not make the volume %1.</source>
        <translation>Der Datenträger %1 konnte nicht angelegt werden.</translation>
    </message>
    <message>
        <location filename="../engine/storage/VolumeTransfer.cpp" line="192" />
        <source>%1 Nothing was kept.</source>
        <translation>%1 Es wurde nichts behalten.</translation>
    </message>
    <message>
        <location filename="../engine/storage/VolumeTransfer.cpp" line="193" />
        <source>%1 The volume %2 in %3 is incomplete: delete it once the host answers again.</source>
        <translation>%1 Der Datenträger %2 in %3 ist unvollständig: Löschen Sie ihn, sobald der Rechner wieder antwortet.</translation>
    </message>
    <message>
        <location filename="../engine/storage/VolumeTransfer.cpp" line="212" />
        <source>Upload %1 into %2</source>
        <translation>%1 in %2 hochladen</translation>
    </message>
    <message>
        <location filename="../engine/storage/VolumeTransfer.cpp" line="226" />
        <source>%1 (%2 MiB) is larger than the volume %3 (%4 MiB).</source>
        <translation>%1 (%2 MiB) ist größer als der Datenträger %3 (%4 MiB).</translation>
    </message>
    <message>
        <location filename="../engine/storage/VolumeTransfer.cpp" line="234" />
        <source>%1 is a disk of the running VM %2: writing to it now would corrupt the guest.</source>
        <translation>%1 ist eine Festplatte der laufenden VM %2: Jetzt darauf zu schreiben, würde den Gast beschädigen.</translation>
    </message>
    <message>
        <location filename="../engine/storage/VolumeTransfer.cpp" line="244" />
        <source>%1 The volume %2 holds part of the file now: upload it again before using it.</source>
        <translation>%1 Der Datenträger %2 enthält jetzt einen Teil der Datei: Laden Sie sie erneut hoch, bevor Sie ihn verwenden.</translation>
    </message>
    <message>
        <location filename="../engine/storage/VolumeTransfer.cpp" line="262" />
        <source>Download %1</source>
        <translation>%1 herunterladen</translation>
    </message>
    <message>
        <location filename="../engine/storage/VolumeTransfer.cpp" line="266" />
        <source>%1 is a folder: give the file to write.</source>
        <translation>%1 ist ein Ordner: Geben Sie die zu schreibende Datei an.</translation>
    </message>
    <message>
        <location filename="../engine/storage/VolumeTransfer.cpp" line="278" />
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <location filename="../engine/storage/VolumeTransfer.cpp" line="286" />
        <source>Could not download %1.</source>
        <translation>%1 konnte nicht heruntergeladen werden.</translation>
    </message>
    <message>
        <location filename="../engine/storage/VolumeTransfer.cpp" line="288" />
        <source>Downloading</source>
        <translation>Herunterladen</translation>
    </message>
    <message>
        <location filename="../engine/storage/VolumeTransfer.cpp" line="293" />
        <source>The download was cancelled.</source>
        <translation>Das Herunterladen wurde abgebrochen.</translation>
    </message>
    <message>
        <location filename="../engine/storage/VolumeTransfer.cpp" line="298" />
        <source>The download broke off.</source>
        <translation>Das Herunterladen brach ab.</translation>
    </message>
    <message>
        <location filename="../engine/storage/VolumeTransfer.cpp" line="303" />
        <location filename="../engine/storage/VolumeTransfer.cpp" line="321" />
        <source>Could not write %1: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <location filename="../engine/storage/VolumeTransfer.cpp" line="311" />
        <source>The download did not complete.</source>
        <translation>Das Herunterladen wurde nicht abgeschlossen.</translation>
    </message>
    <message>
        <location filename="../engine/storage/VolumeTransfer.cpp" line="326" />
        <source>%1 No partial file was kept.</source>
        <translation>%1 Es wurde keine unvollständige Datei behalten.</translation>
    </message>
    <message>
        <location filename="../engine/storage/VolumeTransfer.cpp" line="334" />
        <source>Could not put the download at %1.</source>
        <translation>Die heruntergeladene Datei konnte nicht unter %1 abgelegt werden.</translation>
    </message>
</context>
<context>
    <name>TunnelText</name>
    <message>
        <location filename="../engine/display/SshTunnel.cpp" line="71" />
        <source>The display has neither a port nor a socket to reach (it is not listening).</source>
        <translation>Die Anzeige hat weder einen Port noch einen Socket, der erreichbar wäre (sie lauscht nicht).</translation>
    </message>
    <message>
        <location filename="../engine/display/SshTunnel.cpp" line="155" />
        <source>Cannot make a private folder for the SSH tunnel: %1</source>
        <translation>Für den SSH-Tunnel kann kein privater Ordner angelegt werden: %1</translation>
    </message>
    <message>
        <location filename="../engine/display/SshTunnel.cpp" line="216" />
        <source>the host's SSH key is not the one known for it (in ~/.ssh/known_hosts), so ssh forwards nothing. If the host was reinstalled, remove the old key with ssh-keygen -R HOST.</source>
        <translation>der SSH-Schlüssel des Rechners ist nicht der für ihn bekannte (in ~/.ssh/known_hosts), daher leitet ssh nichts weiter. Wurde der Rechner neu installiert, entfernen Sie den alten Schlüssel mit ssh-keygen -R RECHNER.</translation>
    </message>
    <message>
        <location filename="../engine/display/SshTunnel.cpp" line="220" />
        <source>the forward did not come up within %1 s. %2</source>
        <translation>die Weiterleitung kam nicht innerhalb von %1 s zustande. %2</translation>
    </message>
    <message>
        <location filename="../engine/display/SshTunnel.cpp" line="224" />
        <source>Cannot run ssh for a tunnel to the display (is the openssh-client package installed?): %1</source>
        <translation>ssh kann für einen Tunnel zur Anzeige nicht gestartet werden (ist das Paket openssh-client installiert?): %1</translation>
    </message>
    <message>
        <location filename="../engine/display/SshTunnel.cpp" line="228" />
        <source>The SSH tunnel to %1 closed%2</source>
        <translation>Der SSH-Tunnel zu %1 wurde geschlossen%2</translation>
    </message>
    <message>
        <location filename="../engine/display/SshTunnel.cpp" line="232" />
        <source>Cannot open an SSH tunnel to the display on %1: %2</source>
        <translation>Ein SSH-Tunnel zur Anzeige auf %1 lässt sich nicht öffnen: %2</translation>
    </message>
    <message>
        <location filename="../engine/display/SshTunnel.cpp" line="235" />
        <source>ssh ended (exit code %1).</source>
        <translation>ssh wurde beendet (Rückgabewert %1).</translation>
    </message>
</context>
<context>
    <name>UsageText</name>
    <message>
        <location filename="../engine/host/ResourceUsage.cpp" line="157" />
        <source>%1 (running)</source>
        <translation>%1 (läuft)</translation>
    </message>
    <message>
        <location filename="../engine/host/ResourceUsage.cpp" line="157" />
        <source>%1 (shut off)</source>
        <translation>%1 (ausgeschaltet)</translation>
    </message>
</context>
<context>
    <name>UsbText</name>
    <message>
        <location filename="../engine/display/UsbRedirection.cpp" line="50" />
        <source>"%1" is not a USB filter rule: it takes five fields, class,vendor,product,version,allow, each -1 or a number (allow 0 or 1).</source>
        <translation>„%1“ ist keine USB-Filterregel: Sie hat fünf Felder, class,vendor,product,version,allow, jedes -1 oder eine Zahl (allow 0 oder 1).</translation>
    </message>
    <message>
        <location filename="../engine/display/UsbRedirection.cpp" line="90" />
        <source>Vireo may not open this device. Its node in /dev/bus/usb belongs to another user or group: join that group (often plugdev) or add a udev rule that lets you use it, then plug it in again.</source>
        <translation>Vireo darf dieses Gerät nicht öffnen. Sein Knoten in /dev/bus/usb gehört einem anderen Benutzer oder einer anderen Gruppe: Treten Sie dieser Gruppe bei (oft plugdev) oder fügen Sie eine udev-Regel hinzu, die es Ihnen erlaubt, und stecken Sie es dann neu ein.</translation>
    </message>
    <message>
        <location filename="../engine/display/UsbRedirection.cpp" line="95" />
        <source>The device is in use on this computer: a driver or a program holds it. Unmount or close what uses it and try again.</source>
        <translation>Das Gerät wird auf diesem Rechner genutzt: Ein Treiber oder ein Programm hält es. Hängen Sie aus oder schließen Sie, was es nutzt, und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location filename="../engine/display/UsbRedirection.cpp" line="99" />
        <source>Every USB redirection channel of this VM is in use (%1): give a device back first.</source>
        <translation>Jeder USB-Umleitungskanal dieser VM ist belegt (%1): Geben Sie zuerst ein Gerät zurück.</translation>
    </message>
    <message>
        <location filename="../engine/display/UsbRedirection.cpp" line="105" />
        <source>The VM's USB filter does not accept this device.</source>
        <translation>Der USB-Filter der VM nimmt dieses Gerät nicht an.</translation>
    </message>
    <message>
        <location filename="../engine/display/UsbRedirection.cpp" line="107" />
        <source>The device was unplugged.</source>
        <translation>Das Gerät wurde abgezogen.</translation>
    </message>
    <message>
        <location filename="../engine/display/UsbRedirection.cpp" line="108" />
        <source>The device could not be redirected.</source>
        <translation>Das Gerät konnte nicht umgeleitet werden.</translation>
    </message>
    <message>
        <location filename="../engine/display/UsbRedirection.cpp" line="109" />
        <source>The device could not be redirected: %1</source>
        <translation>Das Gerät konnte nicht umgeleitet werden: %1</translation>
    </message>
    <message>
        <location filename="../engine/display/UsbRedirection.cpp" line="115" />
        <source>USB devices go into a VM through a SPICE display; this VM's display is VNC.</source>
        <translation>USB-Geräte gelangen über eine SPICE-Anzeige in eine VM; die Anzeige dieser VM ist VNC.</translation>
    </message>
    <message>
        <location filename="../engine/display/UsbRedirection.cpp" line="118" />
        <source>This VM has no USB redirection channels. Turn on USB redirection in its Isolation settings (Security tab): the channels are added and reach the guest at once or when it starts again.</source>
        <translation>Diese VM hat keine USB-Umleitungskanäle. Schalten Sie die USB-Umleitung in ihren Isolierungseinstellungen ein (Reiter Sicherheit): Die Kanäle werden hinzugefügt und erreichen den Gast sofort oder bei seinem nächsten Start.</translation>
    </message>
</context>
<context>
    <name>ValidationText</name>
    <message>
        <location filename="../engine/core/Validation.cpp" line="53" />
        <source>The connection address is empty. Enter a libvirt URI such as qemu:///system.</source>
        <translation>Die Verbindungsadresse ist leer. Geben Sie eine libvirt-URI wie qemu:///system ein.</translation>
    </message>
    <message>
        <location filename="../engine/core/Validation.cpp" line="56" />
        <source>'%1' is not a libvirt URI. It should look like qemu:///system, qemu:///session or qemu+ssh://user@host/system.</source>
        <translation>„%1“ ist keine libvirt-URI. Sie sollte aussehen wie qemu:///system, qemu:///session oder qemu+ssh://benutzer@rechner/system.</translation>
    </message>
    <message>
        <location filename="../engine/core/Validation.cpp" line="61" />
        <source>'%1' is not a valid URI: %2</source>
        <translation>„%1“ ist keine gültige URI: %2</translation>
    </message>
    <message>
        <location filename="../engine/core/Validation.cpp" line="68" />
        <source>A virtual machine needs a name.</source>
        <translation>Eine virtuelle Maschine braucht einen Namen.</translation>
    </message>
    <message>
        <location filename="../engine/core/Validation.cpp" line="70" />
        <source>The name '%1' cannot be used: a name cannot contain '/'.</source>
        <translation>Der Name „%1“ kann nicht verwendet werden: Ein Name darf kein „/“ enthalten.</translation>
    </message>
    <message>
        <location filename="../engine/core/Validation.cpp" line="74" />
        <source>The name cannot contain control characters such as tabs or new lines.</source>
        <translation>Der Name darf keine Steuerzeichen wie Tabulatoren oder Zeilenumbrüche enthalten.</translation>
    </message>
    <message>
        <location filename="../engine/core/Validation.cpp" line="78" />
        <source>The name is too long (at most 200 bytes).</source>
        <translation>Der Name ist zu lang (höchstens 200 Bytes).</translation>
    </message>
    <message numerus="yes">
        <location filename="../engine/core/Validation.cpp" line="119" />
        <source>%n byte(s)</source>
        <translation>
            <numerusform>%n Byte</numerusform>
            <numerusform>%n Bytes</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../engine/core/Validation.cpp" line="138" />
        <source>Name the folder by its full path (/srv/share).</source>
        <translation>Nennen Sie den Ordner mit seinem vollständigen Pfad (/srv/share).</translation>
    </message>
    <message>
        <location filename="../engine/core/Validation.cpp" line="141" />
        <source>There is no folder %1.</source>
        <translation>Es gibt keinen Ordner %1.</translation>
    </message>
    <message>
        <location filename="../engine/core/Validation.cpp" line="143" />
        <source>%1 is a file, not a folder.</source>
        <translation>%1 ist eine Datei, kein Ordner.</translation>
    </message>
    <message>
        <location filename="../engine/core/Validation.cpp" line="145" />
        <source>Vireo cannot read %1 (its permissions).</source>
        <translation>Vireo kann %1 nicht lesen (wegen seiner Zugriffsrechte).</translation>
    </message>
</context>
<context>
    <name>Vireo::DisplaySession</name>
    <message>
        <location filename="../engine/display/DisplaySession.cpp" line="63" />
        <source>Only SPICE consoles share folders with the guest this way; VNC has no channel for it.</source>
        <translation>Nur SPICE-Konsolen teilen Ordner auf diese Weise mit dem Gast; VNC hat dafür keinen Kanal.</translation>
    </message>
</context>
<context>
    <name>Vireo::DisposableKeeper</name>
    <message>
        <location filename="../engine/templates/Disposable.cpp" line="247" />
        <source>Removed what disposable runs left: %1</source>
        <translation>Reste von Wegwerf-Läufen entfernt: %1</translation>
    </message>
</context>
<context>
    <name>Vireo::GuestAddresses</name>
    <message>
        <location filename="../engine/domains/GuestAddresses.cpp" line="113" />
        <source>Read the guest's addresses</source>
        <translation>Die Adressen des Gasts lesen</translation>
    </message>
</context>
<context>
    <name>Vireo::Operation</name>
    <message>
        <location filename="../engine/core/Operation.cpp" line="95" />
        <source>%1 % done</source>
        <translation>%1 % erledigt</translation>
    </message>
</context>
<context>
    <name>Vireo::SpiceSession</name>
    <message>
        <location filename="../engine/display/spice/SpiceSession.cpp" line="408" />
        <source>SPICE needs Qt's GLib event loop; it is switched off (QT_NO_GLIB).</source>
        <translation>SPICE braucht die GLib-Ereignisschleife von Qt; sie ist abgeschaltet (QT_NO_GLIB).</translation>
    </message>
    <message>
        <location filename="../engine/display/spice/SpiceSession.cpp" line="422" />
        <source>The display connection failed.</source>
        <translation>Die Verbindung zur Anzeige ist fehlgeschlagen.</translation>
    </message>
    <message>
        <location filename="../engine/display/spice/SpiceSession.cpp" line="453" />
        <source>Closed.</source>
        <translation>Geschlossen.</translation>
    </message>
    <message>
        <location filename="../engine/display/spice/SpiceSession.cpp" line="467" />
        <source>Could not open a channel of the display.</source>
        <translation>Ein Kanal der Anzeige konnte nicht geöffnet werden.</translation>
    </message>
    <message>
        <location filename="../engine/display/spice/SpiceSession.cpp" line="563" />
        <source>The console is not connected.</source>
        <translation>Die Konsole ist nicht verbunden.</translation>
    </message>
    <message>
        <location filename="../engine/display/spice/SpiceSession.cpp" line="572" />
        <source>This machine has no folder-sharing channel (SPICE WebDAV): share the folder from Share a Folder, which adds it.</source>
        <translation>Diese Maschine hat keinen Ordnerfreigabe-Kanal (SPICE WebDAV): Teilen Sie den Ordner über „Einen Ordner teilen“, das ihn hinzufügt.</translation>
    </message>
</context>
<context>
    <name>Vireo::Ui::AddConnectionDialog</name>
    <message>
        <location filename="../ui/library/AddConnectionDialog.cpp" line="20" />
        <source>Read-only (watch, but change nothing)</source>
        <translation>Schreibgeschützt (beobachten, aber nichts ändern)</translation>
    </message>
    <message>
        <location filename="../ui/library/AddConnectionDialog.cpp" line="24" />
        <source>Add Connection</source>
        <translation>Verbindung hinzufügen</translation>
    </message>
    <message>
        <location filename="../ui/library/AddConnectionDialog.cpp" line="29" />
        <source>A libvirt URI: qemu:///system for this machine's virtual machines, qemu:///session for your own, qemu+ssh://user@host/system for another machine.</source>
        <translation>Eine libvirt-URI: qemu:///system für die virtuellen Maschinen dieses Rechners, qemu:///session für Ihre eigenen, qemu+ssh://benutzer@rechner/system für einen anderen Rechner.</translation>
    </message>
    <message>
        <location filename="../ui/library/AddConnectionDialog.cpp" line="34" />
        <source>Connect</source>
        <translation>Verbinden</translation>
    </message>
    <message>
        <location filename="../ui/library/AddConnectionDialog.cpp" line="37" />
        <source>&amp;Address:</source>
        <translation>&amp;Adresse:</translation>
    </message>
</context>
<context>
    <name>Vireo::Ui::AddHardwareDialog</name>
    <message>
        <location filename="../ui/hardware/AddHardwareDialog.cpp" line="59" />
        <source>Add Hardware to %1</source>
        <translation>Hardware zu %1 hinzufügen</translation>
    </message>
    <message>
        <location filename="../ui/hardware/AddHardwareDialog.cpp" line="66" />
        <source>Storage</source>
        <translation>Speicher</translation>
    </message>
    <message>
        <location filename="../ui/hardware/AddHardwareDialog.cpp" line="66" />
        <source>CD-ROM drive</source>
        <translation>CD-ROM-Laufwerk</translation>
    </message>
    <message>
        <location filename="../ui/hardware/AddHardwareDialog.cpp" line="66" />
        <source>Network card</source>
        <translation>Netzwerkkarte</translation>
    </message>
    <message>
        <location filename="../ui/hardware/AddHardwareDialog.cpp" line="66" />
        <source>USB host device</source>
        <translation>USB-Gerät des Rechners</translation>
    </message>
    <message>
        <location filename="../ui/hardware/AddHardwareDialog.cpp" line="67" />
        <source>PCI host device</source>
        <translation>PCI-Gerät des Rechners</translation>
    </message>
    <message>
        <location filename="../ui/hardware/AddHardwareDialog.cpp" line="67" />
        <source>Serial port</source>
        <translation>Serielle Schnittstelle</translation>
    </message>
    <message>
        <location filename="../ui/hardware/AddHardwareDialog.cpp" line="67" />
        <source>Random number generator</source>
        <translation>Zufallszahlengenerator</translation>
    </message>
    <message>
        <location filename="../ui/hardware/AddHardwareDialog.cpp" line="67" />
        <source>Watchdog</source>
        <translation>Watchdog</translation>
    </message>
    <message>
        <location filename="../ui/hardware/AddHardwareDialog.cpp" line="68" />
        <source>TPM</source>
        <translation>TPM</translation>
    </message>
    <message>
        <location filename="../ui/hardware/AddHardwareDialog.cpp" line="68" />
        <source>Shared folder</source>
        <translation>Geteilter Ordner</translation>
    </message>
    <message>
        <location filename="../ui/hardware/AddHardwareDialog.cpp" line="73" />
        <source>An empty drive, or one with a disc image in it.</source>
        <translation>Ein leeres Laufwerk oder eines mit einem Datenträgerabbild darin.</translation>
    </message>
    <message>
        <location filename="../ui/hardware/AddHardwareDialog.cpp" line="80" />
        <source>empty</source>
        <translation>leer</translation>
    </message>
    <message>
        <location filename="../ui/hardware/AddHardwareDialog.cpp" line="81" />
        <location filename="../ui/hardware/AddHardwareDialog.cpp" line="212" />
        <source>&amp;Bus:</source>
        <translation>&amp;Bus:</translation>
    </message>
    <message>
        <location filename="../ui/hardware/AddHardwareDialog.cpp" line="82" />
        <source>&amp;Image:</source>
        <translation>&amp;Abbild:</translation>
    </message>
    <message>
        <location filename="../ui/hardware/AddHardwareDialog.cpp" line="87" />
        <source>A serial port the host reaches as a pseudo-terminal (virsh console, or Vireo's text console).</source>
        <translation>Eine serielle Schnittstelle, die der Rechner als Pseudo-Terminal erreicht (virsh console oder die Textkonsole von Vireo).</translation>
    </message>
    <message>
        <location filename="../ui/hardware/AddHardwareDialog.cpp" line="89" />
        <source>A virtio random number generator fed from the host's /dev/urandom: guests get entropy early.</source>
        <translation>Ein virtio-Zufallszahlengenerator, gespeist aus /dev/urandom des Rechners: Gäste bekommen früh Entropie.</translation>
    </message>
    <message>
        <location filename="../ui/hardware/AddHardwareDialog.cpp" line="91" />
        <source>Resets or stops the VM when its guest stops answering.</source>
        <translation>Setzt die VM zurück oder hält sie an, wenn ihr Gast nicht mehr antwortet.</translation>
    </message>
    <message>
        <location filename="../ui/hardware/AddHardwareDialog.cpp" line="98" />
        <location filename="../ui/hardware/AddHardwareDialog.cpp" line="105" />
        <location filename="../ui/hardware/AddHardwareDialog.cpp" line="283" />
        <source>&amp;Model:</source>
        <translation>&amp;Modell:</translation>
    </message>
    <message>
        <location filename="../ui/hardware/AddHardwareDialog.cpp" line="99" />
        <source>&amp;Action:</source>
        <translation>&amp;Aktion:</translation>
    </message>
    <message>
        <location filename="../ui/hardware/AddHardwareDialog.cpp" line="101" />
        <source>An emulated TPM 2.0 (swtpm), for guests that want one (Windows 11, measured boot).</source>
        <translation>Ein emuliertes TPM 2.0 (swtpm) für Gäste, die eines wollen (Windows 11, Measured Boot).</translation>
    </message>
    <message>
        <location filename="../ui/hardware/AddHardwareDialog.cpp" line="107" />
        <source>A host folder the guest mounts by its tag (virtiofs): mount -t virtiofs TAG /mnt.</source>
        <translation>Ein Ordner des Rechners, den der Gast über seine Kennung einhängt (virtiofs): mount -t virtiofs KENNUNG /mnt.</translation>
    </message>
    <message>
        <location filename="../ui/hardware/AddHardwareDialog.cpp" line="111" />
        <location filename="../ui/hardware/AddHardwareDialog.cpp" line="186" />
        <source>Read-only</source>
        <translation>Schreibgeschützt</translation>
    </message>
    <message>
        <location filename="../ui/hardware/AddHardwareDialog.cpp" line="112" />
        <source>&amp;Host folder:</source>
        <translation>&amp;Ordner des Rechners:</translation>
    </message>
    <message>
        <location filename="../ui/hardware/AddHardwareDialog.cpp" line="113" />
        <source>&amp;Tag:</source>
        <translation>&amp;Kennung:</translation>
    </message>
    <message>
        <location filename="../ui/hardware/AddHardwareDialog.cpp" line="123" />
        <source>&amp;Finish</source>
        <translation>&amp;Fertigstellen</translation>
    </message>
    <message>
        <location filename="../ui/hardware/AddHardwareDialog.cpp" line="148" />
        <source>free</source>
        <translation>frei</translation>
    </message>
    <message>
        <location filename="../ui/hardware/AddHardwareDialog.cpp" line="158" />
        <source>&amp;New disk image in a storage pool</source>
        <translation>&amp;Neues Festplattenabbild in einem Speicherpool</translation>
    </message>
    <message>
        <location filename="../ui/hardware/AddHardwareDialog.cpp" line="160" />
        <source>&amp;Existing disk image or device</source>
        <translation>&amp;Vorhandenes Festplattenabbild oder Gerät</translation>
    </message>
    <message>
        <location filename="../ui/hardware/AddHardwareDialog.cpp" line="171" />
        <source> MiB</source>
        <translation> MiB</translation>
    </message>
    <message>
        <location filename="../ui/hardware/AddHardwareDialog.cpp" line="176" />
        <source>Browse...</source>
        <translation>Durchsuchen …</translation>
    </message>
    <message>
        <location filename="../ui/hardware/AddHardwareDialog.cpp" line="187" />
        <source>E&amp;ncrypt (LUKS, qcow2)</source>
        <translation>&amp;Verschlüsseln (LUKS, qcow2)</translation>
    </message>
    <message>
        <location filename="../ui/hardware/AddHardwareDialog.cpp" line="189" />
        <source>Whoever copies the image file reads nothing of it. The passphrase is kept by libvirt as a private secret.</source>
        <translation>Wer die Abbilddatei kopiert, liest nichts davon. Die Passphrase verwahrt libvirt als privates Geheimnis.</translation>
    </message>
    <message>
        <location filename="../ui/hardware/AddHardwareDialog.cpp" line="197" />
        <source>Also &amp;keep the passphrase in my keyring</source>
        <translation>Die Passphrase auch in meinem &amp;Schlüsselbund aufbewahren</translation>
    </message>
    <message>
        <location filename="../ui/hardware/AddHardwareDialog.cpp" line="199" />
        <source>Should libvirt's secret ever be lost, Vireo puts it back from the keyring when the VM starts.</source>
        <translation>Sollte das Geheimnis in libvirt je verloren gehen, stellt Vireo es beim Start der VM aus dem Schlüsselbund wieder her.</translation>
    </message>
    <message>
        <location filename="../ui/hardware/AddHardwareDialog.cpp" line="202" />
        <source>&amp;Pool:</source>
        <translation>&amp;Pool:</translation>
    </message>
    <message>
        <location filename="../ui/hardware/AddHardwareDialog.cpp" line="204" />
        <source>&amp;Size:</source>
        <translation>&amp;Größe:</translation>
    </message>
    <message>
        <location filename="../ui/hardware/AddHardwareDialog.cpp" line="205" />
        <source>&amp;Format:</source>
        <translation>&amp;Format:</translation>
    </message>
    <message>
        <location filename="../ui/hardware/AddHardwareDialog.cpp" line="207" />
        <source>Passphrase:</source>
        <translation>Passphrase:</translation>
    </message>
    <message>
        <location filename="../ui/hardware/AddHardwareDialog.cpp" line="208" />
        <source>Again:</source>
        <translation>Wiederholen:</translation>
    </message>
    <message>
        <location filename="../ui/hardware/AddHardwareDialog.cpp" line="211" />
        <source>P&amp;ath:</source>
        <translation>P&amp;fad:</translation>
    </message>
    <message>
        <location filename="../ui/hardware/AddHardwareDialog.cpp" line="236" />
        <source>Choose a disk image</source>
        <translation>Ein Festplattenabbild wählen</translation>
    </message>
    <message>
        <location filename="../ui/hardware/AddHardwareDialog.cpp" line="252" />
        <source>%1 free: more than that asks you to confirm (the image grows as the guest writes).</source>
        <translation>%1 frei: Mehr davon muss bestätigt werden (das Abbild wächst, wenn der Gast schreibt).</translation>
    </message>
    <message>
        <location filename="../ui/hardware/AddHardwareDialog.cpp" line="255" />
        <source>%1 free of %2.</source>
        <translation>%1 frei von %2.</translation>
    </message>
    <message>
        <location filename="../ui/hardware/AddHardwareDialog.cpp" line="259" />
        <source>No active storage pool.</source>
        <translation>Kein aktiver Speicherpool.</translation>
    </message>
    <message>
        <location filename="../ui/hardware/AddHardwareDialog.cpp" line="267" />
        <source>Virtual network</source>
        <translation>Virtuelles Netz</translation>
    </message>
    <message>
        <location filename="../ui/hardware/AddHardwareDialog.cpp" line="268" />
        <source>Host bridge</source>
        <translation>Brücke des Rechners</translation>
    </message>
    <message>
        <location filename="../ui/hardware/AddHardwareDialog.cpp" line="269" />
        <source>User-mode networking</source>
        <translation>Benutzermodus-Netzwerk</translation>
    </message>
    <message>
        <location filename="../ui/hardware/AddHardwareDialog.cpp" line="273" />
        <source>%1 (not running)</source>
        <translation>%1 (läuft nicht)</translation>
    </message>
    <message>
        <location filename="../ui/hardware/AddHardwareDialog.cpp" line="279" />
        <source>chosen for you</source>
        <translation>wird für Sie gewählt</translation>
    </message>
    <message>
        <location filename="../ui/hardware/AddHardwareDialog.cpp" line="280" />
        <source>&amp;Connect to:</source>
        <translation>&amp;Verbinden mit:</translation>
    </message>
    <message>
        <location filename="../ui/hardware/AddHardwareDialog.cpp" line="281" />
        <source>&amp;Network:</source>
        <translation>&amp;Netz:</translation>
    </message>
    <message>
        <location filename="../ui/hardware/AddHardwareDialog.cpp" line="282" />
        <source>&amp;Bridge:</source>
        <translation>&amp;Brücke:</translation>
    </message>
    <message>
        <location filename="../ui/hardware/AddHardwareDialog.cpp" line="284" />
        <source>M&amp;AC address:</source>
        <translation>M&amp;AC-Adresse:</translation>
    </message>
    <message>
        <location filename="../ui/hardware/AddHardwareDialog.cpp" line="300" />
        <source>A USB device of the host, given to the VM while it has it.</source>
        <translation>Ein USB-Gerät des Rechners, das der VM überlassen wird, solange sie es hat.</translation>
    </message>
    <message>
        <location filename="../ui/hardware/AddHardwareDialog.cpp" line="301" />
        <source>A PCI function of the host, given to the VM (needs the IOMMU and a driver the host can let go).</source>
        <translation>Eine PCI-Funktion des Rechners, die der VM überlassen wird (braucht die IOMMU und einen Treiber, den der Rechner freigeben kann).</translation>
    </message>
    <message>
        <location filename="../ui/hardware/AddHardwareDialog.cpp" line="305" />
        <source>Device</source>
        <translation>Gerät</translation>
    </message>
    <message>
        <location filename="../ui/hardware/AddHardwareDialog.cpp" line="305" />
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../ui/hardware/AddHardwareDialog.cpp" line="305" />
        <source>Used by</source>
        <translation>Genutzt von</translation>
    </message>
    <message>
        <location filename="../ui/hardware/AddHardwareDialog.cpp" line="325" />
        <source>There is no active storage pool to make the disk in.</source>
        <translation>Es gibt keinen aktiven Speicherpool, in dem die Festplatte angelegt werden könnte.</translation>
    </message>
    <message>
        <location filename="../ui/hardware/AddHardwareDialog.cpp" line="344" />
        <source>Choose the disk image.</source>
        <translation>Wählen Sie das Festplattenabbild.</translation>
    </message>
    <message>
        <location filename="../ui/hardware/AddHardwareDialog.cpp" line="369" />
        <source>Choose what the card connects to.</source>
        <translation>Wählen Sie, womit die Karte verbunden wird.</translation>
    </message>
    <message>
        <location filename="../ui/hardware/AddHardwareDialog.cpp" line="380" />
        <source>Choose a device.</source>
        <translation>Wählen Sie ein Gerät.</translation>
    </message>
    <message>
        <location filename="../ui/hardware/AddHardwareDialog.cpp" line="385" />
        <source>The VM '%1' has this device.</source>
        <translation>Die VM „%1“ hat dieses Gerät.</translation>
    </message>
    <message>
        <location filename="../ui/hardware/AddHardwareDialog.cpp" line="406" />
        <source>Give the host folder and the tag the guest mounts.</source>
        <translation>Geben Sie den Ordner des Rechners und die Kennung an, unter der der Gast ihn einhängt.</translation>
    </message>
    <message>
        <location filename="../ui/hardware/AddHardwareDialog.cpp" line="435" />
        <source>Larger than the free space?</source>
        <translation>Größer als der freie Platz?</translation>
    </message>
    <message>
        <location filename="../ui/hardware/AddHardwareDialog.cpp" line="436" />
        <source>The pool '%1' has %2 free; the new disk may grow to %3. Create it anyway?</source>
        <translation>Der Pool „%1“ hat %2 frei; die neue Festplatte kann auf %3 wachsen. Trotzdem anlegen?</translation>
    </message>
</context>
<context>
    <name>Vireo::Ui::BulkActions</name>
    <message>
        <location filename="../ui/library/BulkActions.cpp" line="26" />
        <source>Take &amp;Snapshots...</source>
        <translation>&amp;Schnappschüsse erstellen …</translation>
    </message>
    <message>
        <location filename="../ui/library/BulkActions.cpp" line="29" />
        <source>Take a snapshot of each selected machine, under one name</source>
        <translation>Von jeder gewählten Maschine einen Schnappschuss unter einem gemeinsamen Namen erstellen</translation>
    </message>
    <message>
        <location filename="../ui/library/BulkActions.cpp" line="64" />
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/library/BulkActions.cpp" line="82" />
        <source>%1 %n machines?</source>
        <translation>
            <numerusform>%1: %n Maschine?</numerusform>
            <numerusform>%1: %n Maschinen?</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/library/BulkActions.cpp" line="84" />
        <source>These stop at once, like pulling the power plug; whatever their guests have not saved is lost: %1.</source>
        <translation>Diese halten sofort an, als würde der Netzstecker gezogen; was ihre Gastsysteme nicht gespeichert haben, geht verloren: %1.</translation>
    </message>
    <message>
        <location filename="../ui/library/BulkActions.cpp" line="87" />
        <source>%1: %2.</source>
        <translation>%1: %2.</translation>
    </message>
    <message>
        <location filename="../ui/library/BulkActions.cpp" line="98" />
        <source>Take Snapshots</source>
        <translation>Schnappschüsse erstellen</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/library/BulkActions.cpp" line="100" />
        <source>A snapshot of each of the %n selected machines, named:</source>
        <translation>
            <numerusform>Ein Schnappschuss der gewählten Maschine, benannt:</numerusform>
            <numerusform>Ein Schnappschuss von jeder der %n gewählten Maschinen, benannt:</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/library/BulkActions.cpp" line="106" />
        <source>No snapshots were taken.</source>
        <translation>Es wurden keine Schnappschüsse erstellt.</translation>
    </message>
    <message>
        <location filename="../ui/library/BulkActions.cpp" line="113" />
        <source>Take Snapshot</source>
        <translation>Schnappschuss erstellen</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/library/BulkActions.cpp" line="131" />
        <source>%1: %2 of %n done.</source>
        <translation>
            <numerusform>%1: %2 von %n erledigt.</numerusform>
            <numerusform>%1: %2 von %n erledigt.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/library/BulkActions.cpp" line="134" />
        <source>Skipped: %1</source>
        <translation>Übersprungen: %1</translation>
    </message>
    <message>
        <location filename="../ui/library/BulkActions.cpp" line="154" />
        <source>%1 failed: %2</source>
        <translation>%1 fehlgeschlagen: %2</translation>
    </message>
</context>
<context>
    <name>Vireo::Ui::CloneDialog</name>
    <message>
        <location filename="../ui/templates/CloneDialog.cpp" line="31" />
        <source>New Instances of %1</source>
        <translation>Neue Instanzen von %1</translation>
    </message>
    <message>
        <location filename="../ui/templates/CloneDialog.cpp" line="32" />
        <source>Clone %1</source>
        <translation>%1 klonen</translation>
    </message>
    <message>
        <location filename="../ui/templates/CloneDialog.cpp" line="38" />
        <source>&amp;How many:</source>
        <translation>&amp;Wie viele:</translation>
    </message>
    <message>
        <location filename="../ui/templates/CloneDialog.cpp" line="40" />
        <source>{n} becomes 1, 2, 3... (the first free numbers)</source>
        <translation>{n} wird zu 1, 2, 3 … (die ersten freien Nummern)</translation>
    </message>
    <message>
        <location filename="../ui/templates/CloneDialog.cpp" line="41" />
        <source>&amp;Names:</source>
        <translation>&amp;Namen:</translation>
    </message>
    <message>
        <location filename="../ui/templates/CloneDialog.cpp" line="47" />
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location filename="../ui/templates/CloneDialog.cpp" line="51" />
        <source>&amp;Linked: overlays on the template's disks, made at once</source>
        <translation>&amp;Verknüpft: Schichten auf den Festplatten der Vorlage, sofort angelegt</translation>
    </message>
    <message>
        <location filename="../ui/templates/CloneDialog.cpp" line="52" />
        <source>&amp;Linked: overlays on %1's disks; %1 becomes a template (its disks must not change from now on)</source>
        <translation>&amp;Verknüpft: Schichten auf den Festplatten von %1; %1 wird zur Vorlage (ihre Festplatten dürfen sich ab jetzt nicht mehr ändern)</translation>
    </message>
    <message>
        <location filename="../ui/templates/CloneDialog.cpp" line="55" />
        <source>&amp;Full: a copy of every disk (takes as long and as much room as the disks)</source>
        <translation>&amp;Vollständig: eine Kopie jeder Festplatte (braucht so lange und so viel Platz wie die Festplatten)</translation>
    </message>
    <message>
        <location filename="../ui/templates/CloneDialog.cpp" line="58" />
        <source>Kind:</source>
        <translation>Art:</translation>
    </message>
    <message>
        <location filename="../ui/templates/CloneDialog.cpp" line="64" />
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../ui/templates/CloneDialog.cpp" line="68" />
        <source>Checked: the copy gets its own disk. Unchecked: it shares this one with %1 (both must not run at once unless it is shareable).</source>
        <translation>Angekreuzt: Die Kopie bekommt eine eigene Festplatte. Nicht angekreuzt: Sie teilt diese mit %1 (beide dürfen nicht gleichzeitig laufen, außer sie ist gemeinsam nutzbar).</translation>
    </message>
    <message>
        <location filename="../ui/templates/CloneDialog.cpp" line="71" />
        <source>Copy disks:</source>
        <translation>Festplatten kopieren:</translation>
    </message>
    <message>
        <location filename="../ui/templates/CloneDialog.cpp" line="75" />
        <source>&amp;Start them</source>
        <translation>&amp;Starten</translation>
    </message>
    <message>
        <location filename="../ui/templates/CloneDialog.cpp" line="75" />
        <source>&amp;Start it</source>
        <translation>&amp;Starten</translation>
    </message>
    <message>
        <location filename="../ui/templates/CloneDialog.cpp" line="82" />
        <source>&amp;Make</source>
        <translation>&amp;Erstellen</translation>
    </message>
    <message>
        <location filename="../ui/templates/CloneDialog.cpp" line="82" />
        <source>&amp;Clone</source>
        <translation>&amp;Klonen</translation>
    </message>
    <message>
        <location filename="../ui/templates/CloneDialog.cpp" line="136" />
        <source>There is a VM called '%1' already.</source>
        <translation>Es gibt bereits eine VM namens „%1“.</translation>
    </message>
    <message>
        <location filename="../ui/templates/CloneDialog.cpp" line="140" />
        <source>The name '%1' is taken.</source>
        <translation>Der Name „%1“ ist vergeben.</translation>
    </message>
    <message>
        <location filename="../ui/templates/CloneDialog.cpp" line="144" />
        <source>Names: %1</source>
        <translation>Namen: %1</translation>
    </message>
</context>
<context>
    <name>Vireo::Ui::ConnectionBanner</name>
    <message>
        <location filename="../ui/library/ConnectionBanner.cpp" line="18" />
        <source>Reconnect Now</source>
        <translation>Jetzt neu verbinden</translation>
    </message>
</context>
<context>
    <name>Vireo::Ui::ConsoleAudio</name>
    <message>
        <location filename="../ui/console/ConsoleAudio.cpp" line="32" />
        <source>mono</source>
        <translation>mono</translation>
    </message>
    <message>
        <location filename="../ui/console/ConsoleAudio.cpp" line="33" />
        <source>stereo</source>
        <translation>stereo</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/console/ConsoleAudio.cpp" line="34" />
        <source>%n channel(s)</source>
        <translation>
            <numerusform>%n Kanal</numerusform>
            <numerusform>%n Kanäle</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/console/ConsoleAudio.cpp" line="46" />
        <location filename="../ui/console/ConsoleAudio.cpp" line="200" />
        <source>The guest plays no sound.</source>
        <translation>Der Gast spielt keinen Ton ab.</translation>
    </message>
    <message>
        <location filename="../ui/console/ConsoleAudio.cpp" line="74" />
        <source>Sound</source>
        <translation>Ton</translation>
    </message>
    <message>
        <location filename="../ui/console/ConsoleAudio.cpp" line="76" />
        <source>Mute</source>
        <translation>Stumm</translation>
    </message>
    <message>
        <location filename="../ui/console/ConsoleAudio.cpp" line="85" />
        <location filename="../ui/console/ConsoleAudio.cpp" line="90" />
        <source>Volume</source>
        <translation>Lautstärke</translation>
    </message>
    <message>
        <location filename="../ui/console/ConsoleAudio.cpp" line="91" />
        <source>The guest's sound on this computer, 0-100 %</source>
        <translation>Der Ton des Gasts auf diesem Rechner, 0–100 %</translation>
    </message>
    <message>
        <location filename="../ui/console/ConsoleAudio.cpp" line="100" />
        <source>Let the Guest Use the Microphone</source>
        <translation>Dem Gast das Mikrofon überlassen</translation>
    </message>
    <message>
        <location filename="../ui/console/ConsoleAudio.cpp" line="104" />
        <source>Off: the guest hears nothing from this computer.</source>
        <translation>Aus: Der Gast hört nichts von diesem Rechner.</translation>
    </message>
    <message>
        <location filename="../ui/console/ConsoleAudio.cpp" line="160" />
        <source>No audio output: no sound server (PulseAudio or PipeWire) answers.</source>
        <translation>Keine Tonausgabe: Kein Tonserver (PulseAudio oder PipeWire) antwortet.</translation>
    </message>
    <message>
        <location filename="../ui/console/ConsoleAudio.cpp" line="164" />
        <source>No audio output: %1 does not play %2 Hz %3.</source>
        <translation>Keine Tonausgabe: %1 spielt kein %2 Hz %3 ab.</translation>
    </message>
    <message>
        <location filename="../ui/console/ConsoleAudio.cpp" line="176" />
        <source>Playing %1 Hz %2 on %3.</source>
        <translation>Wiedergabe mit %1 Hz %2 auf %3.</translation>
    </message>
    <message>
        <location filename="../ui/console/ConsoleAudio.cpp" line="177" />
        <source>No audio output: %1 did not start.</source>
        <translation>Keine Tonausgabe: %1 ist nicht gestartet.</translation>
    </message>
</context>
<context>
    <name>Vireo::Ui::ConsoleFolder</name>
    <message>
        <location filename="../ui/console/ConsoleFolder.cpp" line="59" />
        <source>The guest opened the shared folder %1.</source>
        <translation>Der Gast hat den freigegebenen Ordner %1 geöffnet.</translation>
    </message>
    <message>
        <location filename="../ui/console/ConsoleFolder.cpp" line="60" />
        <source>The guest closed the shared folder.</source>
        <translation>Der Gast hat den freigegebenen Ordner geschlossen.</translation>
    </message>
    <message>
        <location filename="../ui/console/ConsoleFolder.cpp" line="72" />
        <source>%1 is not shared with the guest: %2</source>
        <translation>%1 wird nicht mit dem Gast geteilt: %2</translation>
    </message>
    <message>
        <location filename="../ui/console/ConsoleFolder.cpp" line="106" />
        <source>No folder is shared through the console.</source>
        <translation>Über die Konsole wird kein Ordner geteilt.</translation>
    </message>
    <message>
        <location filename="../ui/console/ConsoleFolder.cpp" line="108" />
        <source>%1 is shared when the console connects.</source>
        <translation>%1 wird geteilt, sobald sich die Konsole verbindet.</translation>
    </message>
    <message>
        <location filename="../ui/console/ConsoleFolder.cpp" line="110" />
        <source>%1 waits for the machine's folder-sharing channel (at its next start).</source>
        <translation>%1 wartet auf den Ordnerfreigabe-Kanal der Maschine (bei ihrem nächsten Start).</translation>
    </message>
    <message>
        <location filename="../ui/console/ConsoleFolder.cpp" line="113" />
        <source>%1 is shared; the guest has it open.</source>
        <translation>%1 wird geteilt; der Gast hat ihn geöffnet.</translation>
    </message>
    <message>
        <location filename="../ui/console/ConsoleFolder.cpp" line="114" />
        <source>%1 is shared; the guest has not opened it (is spice-webdavd running there?).</source>
        <translation>%1 wird geteilt; der Gast hat ihn nicht geöffnet (läuft dort spice-webdavd?).</translation>
    </message>
</context>
<context>
    <name>Vireo::Ui::ConsoleWindow</name>
    <message>
        <location filename="../ui/console/ConsoleWindow.cpp" line="101" />
        <source>The machine's screen is not connected: files cannot be copied into it now.</source>
        <translation>Der Bildschirm der Maschine ist nicht verbunden: Dateien können jetzt nicht hineinkopiert werden.</translation>
    </message>
    <message>
        <location filename="../ui/console/ConsoleWindow.cpp" line="109" />
        <source>The guest's SPICE agent is not running: install spice-vdagent in the guest to drop files into it.</source>
        <translation>Der SPICE-Agent des Gasts läuft nicht: Installieren Sie spice-vdagent im Gast, um Dateien hineinzuziehen.</translation>
    </message>
    <message>
        <location filename="../ui/console/ConsoleWindow.cpp" line="111" />
        <source>Files can be dropped into a guest over SPICE with its agent; this display is VNC.</source>
        <translation>Dateien lassen sich über SPICE mit dem Agenten in einen Gast ziehen; diese Anzeige ist VNC.</translation>
    </message>
    <message>
        <location filename="../ui/console/ConsoleWindow.cpp" line="120" />
        <source>Copying %p%</source>
        <translation>Kopieren %p %</translation>
    </message>
    <message>
        <location filename="../ui/console/ConsoleWindow.cpp" line="121" />
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/console/ConsoleWindow.cpp" line="146" />
        <source>Copying %n file(s) into the guest...</source>
        <translation>
            <numerusform>%n Datei wird in den Gast kopiert …</numerusform>
            <numerusform>%n Dateien werden in den Gast kopiert …</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/console/ConsoleWindow.cpp" line="211" />
        <source>Force reset %1?</source>
        <translation>%1 zurücksetzen erzwingen?</translation>
    </message>
    <message>
        <location filename="../ui/console/ConsoleWindow.cpp" line="212" />
        <source>'%1' restarts at once, like pressing its reset button. Whatever the guest has not saved is lost.</source>
        <translation>„%1“ startet sofort neu, als würde der Reset-Knopf gedrückt. Was das Gastsystem nicht gespeichert hat, geht verloren.</translation>
    </message>
    <message>
        <location filename="../ui/console/ConsoleWindow.cpp" line="216" />
        <source>Force Reset</source>
        <translation>Zurücksetzen erzwingen</translation>
    </message>
    <message>
        <source>%1 — Vireo console</source>
        <translation type="vanished">%1 – Vireo-Konsole</translation>
    </message>
    <message>
        <source>%1 (Press Ctrl+Alt to release)</source>
        <translation type="vanished">%1 (Strg+Alt gibt frei)</translation>
    </message>
    <message>
        <location filename="../ui/console/ConsoleWindow.cpp" line="239" />
        <source>%1 - Vireo</source>
        <translation>%1 - Vireo</translation>
    </message>
    <message>
        <location filename="../ui/console/ConsoleWindow.cpp" line="241" />
        <source>%1 (Press %2 to release)</source>
        <translation>%1 (%2 drücken zum Freigeben)</translation>
    </message>
    <message>
        <location filename="../ui/console/ConsoleWindow.cpp" line="248" />
        <source>Console</source>
        <translation>Konsole</translation>
    </message>
    <message>
        <location filename="../ui/console/ConsoleWindow.cpp" line="250" />
        <location filename="../ui/console/ConsoleWindow.cpp" line="264" />
        <source>Send Key</source>
        <translation>Taste senden</translation>
    </message>
    <message>
        <location filename="../ui/console/ConsoleWindow.cpp" line="251" />
        <source>Ctrl+Alt+Del</source>
        <translation>Strg+Alt+Entf</translation>
    </message>
    <message>
        <location filename="../ui/console/ConsoleWindow.cpp" line="252" />
        <source>Ctrl+Alt+Backspace</source>
        <translation>Strg+Alt+Rücktaste</translation>
    </message>
    <message>
        <location filename="../ui/console/ConsoleWindow.cpp" line="256" />
        <source>Ctrl+Alt+F%1</source>
        <translation>Strg+Alt+F%1</translation>
    </message>
    <message>
        <location filename="../ui/console/ConsoleWindow.cpp" line="261" />
        <source>PrintScreen</source>
        <translation>Druck</translation>
    </message>
    <message>
        <location filename="../ui/console/ConsoleWindow.cpp" line="262" />
        <source>Alt+SysRq</source>
        <translation>Alt+S-Abf</translation>
    </message>
    <message>
        <location filename="../ui/console/ConsoleWindow.cpp" line="270" />
        <location filename="../ui/console/ConsoleWindow.cpp" line="287" />
        <source>Machine</source>
        <translation>Maschine</translation>
    </message>
    <message>
        <location filename="../ui/console/ConsoleWindow.cpp" line="271" />
        <source>Force Reset...</source>
        <translation>Zurücksetzen erzwingen …</translation>
    </message>
    <message>
        <location filename="../ui/console/ConsoleWindow.cpp" line="273" />
        <source>Share a Folder...</source>
        <translation>Einen Ordner teilen …</translation>
    </message>
    <message>
        <location filename="../ui/console/ConsoleWindow.cpp" line="282" />
        <source>Stop Sharing</source>
        <translation>Teilen beenden</translation>
    </message>
    <message>
        <location filename="../ui/console/ConsoleWindow.cpp" line="297" />
        <source>USB</source>
        <translation>USB</translation>
    </message>
    <message>
        <location filename="../ui/console/ConsoleWindow.cpp" line="298" />
        <source>This computer's USB devices for the guest</source>
        <translation>Die USB-Geräte dieses Rechners für den Gast</translation>
    </message>
    <message>
        <location filename="../ui/console/ConsoleWindow.cpp" line="305" />
        <source>Sound</source>
        <translation>Ton</translation>
    </message>
    <message>
        <location filename="../ui/console/ConsoleWindow.cpp" line="306" />
        <source>The guest's sound: volume, mute, microphone</source>
        <translation>Der Ton des Gasts: Lautstärke, Stummschaltung, Mikrofon</translation>
    </message>
    <message>
        <location filename="../ui/console/ConsoleWindow.cpp" line="316" />
        <source>Fit to Window</source>
        <translation>An Fenster anpassen</translation>
    </message>
    <message>
        <location filename="../ui/console/ConsoleWindow.cpp" line="317" />
        <source>Actual Size</source>
        <translation>Originalgröße</translation>
    </message>
    <message>
        <location filename="../ui/console/ConsoleWindow.cpp" line="318" />
        <source>Resize Guest to Window</source>
        <translation>Gast an Fenster anpassen</translation>
    </message>
    <message>
        <location filename="../ui/console/ConsoleWindow.cpp" line="329" />
        <source>Needs the SPICE guest agent (spice-vdagent) in the guest.</source>
        <translation>Braucht den SPICE-Gastagenten (spice-vdagent) im Gast.</translation>
    </message>
    <message>
        <location filename="../ui/console/ConsoleWindow.cpp" line="353" />
        <source>Text Console</source>
        <translation>Textkonsole</translation>
    </message>
    <message>
        <location filename="../ui/console/ConsoleWindow.cpp" line="357" />
        <source>The machine's serial port or console in a terminal, instead of its screen</source>
        <translation>Die serielle Schnittstelle oder Konsole der Maschine in einem Terminal statt ihres Bildschirms</translation>
    </message>
    <message>
        <location filename="../ui/console/ConsoleWindow.cpp" line="359" />
        <source>Fullscreen</source>
        <translation>Vollbild</translation>
    </message>
    <message>
        <location filename="../ui/console/ConsoleWindow.cpp" line="365" />
        <source>Screenshot...</source>
        <translation>Bildschirmfoto …</translation>
    </message>
    <message>
        <location filename="../ui/console/ConsoleWindow.cpp" line="368" />
        <source>Save Screenshot</source>
        <translation>Bildschirmfoto speichern</translation>
    </message>
    <message>
        <location filename="../ui/console/ConsoleWindow.cpp" line="368" />
        <source>PNG images (*.png)</source>
        <translation>PNG-Bilder (*.png)</translation>
    </message>
    <message>
        <location filename="../ui/console/ConsoleWindow.cpp" line="374" />
        <source>Could not save the screenshot to %1.</source>
        <translation>Das Bildschirmfoto konnte nicht unter %1 gespeichert werden.</translation>
    </message>
    <message>
        <location filename="../ui/console/ConsoleWindow.cpp" line="386" />
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../ui/console/ConsoleWindow.cpp" line="401" />
        <source>%1 stays in the guest until it next starts; it is no longer shared after that.</source>
        <translation>%1 bleibt im Gast bis zu seinem nächsten Start; danach wird er nicht mehr geteilt.</translation>
    </message>
    <message>
        <location filename="../ui/console/ConsoleWindow.cpp" line="404" />
        <source>%1 is no longer shared with the guest.</source>
        <translation>%1 wird nicht mehr mit dem Gast geteilt.</translation>
    </message>
    <message>
        <location filename="../ui/console/ConsoleWindow.cpp" line="412" />
        <source>%1 (through the console)</source>
        <translation>%1 (über die Konsole)</translation>
    </message>
    <message>
        <location filename="../ui/console/ConsoleWindow.cpp" line="414" />
        <source>The folder is no longer shared with the guest.</source>
        <translation>Der Ordner wird nicht mehr mit dem Gast geteilt.</translation>
    </message>
    <message>
        <location filename="../ui/console/ConsoleWindow.cpp" line="430" />
        <source>%1 is no longer on this connection.</source>
        <translation>%1 ist nicht mehr auf dieser Verbindung.</translation>
    </message>
    <message>
        <location filename="../ui/console/ConsoleWindow.cpp" line="432" />
        <source>%1 is %2. Its screen shows here once it runs.</source>
        <translation>%1 ist %2. Ihr Bildschirm erscheint hier, sobald sie läuft.</translation>
    </message>
    <message>
        <location filename="../ui/console/ConsoleWindow.cpp" line="436" />
        <source>%1 has no screen to show: it has no SPICE or VNC display.</source>
        <translation>%1 hat keinen Bildschirm zu zeigen: Sie hat keine SPICE- oder VNC-Anzeige.</translation>
    </message>
    <message>
        <location filename="../ui/console/ConsoleWindow.cpp" line="517" />
        <source>Display Password</source>
        <translation>Anzeigepasswort</translation>
    </message>
    <message>
        <location filename="../ui/console/ConsoleWindow.cpp" line="520" />
        <source>The display of %1 is protected by a password:</source>
        <translation>Die Anzeige von %1 ist durch ein Passwort geschützt:</translation>
    </message>
    <message>
        <location filename="../ui/console/ConsoleWindow.cpp" line="521" />
        <source>That password was not accepted. The display password of %1:</source>
        <translation>Dieses Passwort wurde nicht angenommen. Das Anzeigepasswort von %1:</translation>
    </message>
</context>
<context>
    <name>Vireo::Ui::DeleteDomainDialog</name>
    <message>
        <location filename="../ui/library/DeleteDomainDialog.cpp" line="18" />
        <source>Delete %1</source>
        <translation>%1 löschen</translation>
    </message>
    <message>
        <location filename="../ui/library/DeleteDomainDialog.cpp" line="20" />
        <source>Delete the virtual machine &lt;b&gt;%1&lt;/b&gt;? Its configuration, saved state and snapshot records are removed.</source>
        <translation>Die virtuelle Maschine &lt;b&gt;%1&lt;/b&gt; löschen? Ihre Konfiguration, ihr gesicherter Zustand und ihre Schnappschuss-Einträge werden entfernt.</translation>
    </message>
    <message>
        <location filename="../ui/library/DeleteDomainDialog.cpp" line="24" />
        <source>It is running and will be forced off first.</source>
        <translation>Sie läuft und wird zuerst zwangsweise ausgeschaltet.</translation>
    </message>
    <message>
        <location filename="../ui/library/DeleteDomainDialog.cpp" line="32" />
        <source>Also delete these disk files (they cannot be recovered):</source>
        <translation>Auch diese Festplattendateien löschen (sie lassen sich nicht wiederherstellen):</translation>
    </message>
    <message>
        <location filename="../ui/library/DeleteDomainDialog.cpp" line="44" />
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
</context>
<context>
    <name>Vireo::Ui::DetailsPane</name>
    <message>
        <location filename="../ui/library/DetailsPane.cpp" line="41" />
        <source>&lt;p style='color:gray'&gt;Select a virtual machine to see its details.&lt;/p&gt;</source>
        <translation>&lt;p style='color:gray'&gt;Wählen Sie eine virtuelle Maschine, um ihre Details zu sehen.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../ui/library/DetailsPane.cpp" line="70" />
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <location filename="../ui/library/DetailsPane.cpp" line="71" />
        <location filename="../ui/library/DetailsPane.cpp" line="129" />
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <location filename="../ui/library/DetailsPane.cpp" line="72" />
        <source>Detail</source>
        <translation>Einzelheiten</translation>
    </message>
    <message>
        <location filename="../ui/library/DetailsPane.cpp" line="73" />
        <source>Access</source>
        <translation>Zugriff</translation>
    </message>
    <message>
        <location filename="../ui/library/DetailsPane.cpp" line="73" />
        <source>Read-only</source>
        <translation>Schreibgeschützt</translation>
    </message>
    <message>
        <location filename="../ui/library/DetailsPane.cpp" line="73" />
        <source>Full</source>
        <translation>Voll</translation>
    </message>
    <message>
        <location filename="../ui/library/DetailsPane.cpp" line="61" />
        <location filename="../ui/library/DetailsPane.cpp" line="74" />
        <source>Machines</source>
        <translation>Maschinen</translation>
    </message>
    <message>
        <location filename="../ui/library/DetailsPane.cpp" line="59" />
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/library/DetailsPane.cpp" line="60" />
        <source>%n machines selected</source>
        <translation>
            <numerusform>%n Maschine gewählt</numerusform>
            <numerusform>%n Maschinen gewählt</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/library/DetailsPane.cpp" line="62" />
        <source>States</source>
        <translation>Zustände</translation>
    </message>
    <message>
        <location filename="../ui/library/DetailsPane.cpp" line="63" />
        <source>Hosts</source>
        <translation>Rechner</translation>
    </message>
    <message>
        <location filename="../ui/library/DetailsPane.cpp" line="64" />
        <source>Together</source>
        <translation>Gemeinsam</translation>
    </message>
    <message>
        <location filename="../ui/library/DetailsPane.cpp" line="64" />
        <source>Start, Shut Down, Reboot, Force Off, Pause, Resume, Save, Take Snapshots and Migrate apply to each (Machine menu)</source>
        <translation>Starten, Herunterfahren, Neu starten, Ausschalten erzwingen, Anhalten, Fortsetzen, Sichern, Schnappschüsse erstellen und Migrieren gelten für jede (Menü Maschine)</translation>
    </message>
    <message>
        <location filename="../ui/library/DetailsPane.cpp" line="87" />
        <source>empty</source>
        <translation>leer</translation>
    </message>
    <message>
        <location filename="../ui/library/DetailsPane.cpp" line="104" />
        <source>None while it is not running</source>
        <translation>Keine, solange sie nicht läuft</translation>
    </message>
    <message>
        <location filename="../ui/library/DetailsPane.cpp" line="106" />
        <source>None (no network card)</source>
        <translation>Keine (keine Netzwerkkarte)</translation>
    </message>
    <message>
        <location filename="../ui/library/DetailsPane.cpp" line="112" />
        <source>Not known yet: no DHCP lease, guest agent answer or ARP entry for its network cards</source>
        <translation>Noch unbekannt: keine DHCP-Zuweisung, keine Antwort des Gastagenten und kein ARP-Eintrag für ihre Netzwerkkarten</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/library/DetailsPane.cpp" line="122" />
        <source>A template, with %n instance(s)</source>
        <translation>
            <numerusform>Eine Vorlage mit %n Instanz</numerusform>
            <numerusform>Eine Vorlage mit %n Instanzen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/library/DetailsPane.cpp" line="124" />
        <source>A linked instance of %1</source>
        <translation>Eine verknüpfte Instanz von %1</translation>
    </message>
    <message>
        <location filename="../ui/library/DetailsPane.cpp" line="125" />
        <source>A full instance of %1</source>
        <translation>Eine vollständige Instanz von %1</translation>
    </message>
    <message>
        <location filename="../ui/library/DetailsPane.cpp" line="130" />
        <source>Lineage</source>
        <translation>Herkunft</translation>
    </message>
    <message>
        <location filename="../ui/library/DetailsPane.cpp" line="130" />
        <source>An ordinary machine</source>
        <translation>Eine gewöhnliche Maschine</translation>
    </message>
    <message>
        <location filename="../ui/library/DetailsPane.cpp" line="131" />
        <source>Operating system</source>
        <translation>Betriebssystem</translation>
    </message>
    <message>
        <location filename="../ui/library/DetailsPane.cpp" line="131" />
        <source>Unknown</source>
        <translation>Unbekannt</translation>
    </message>
    <message>
        <location filename="../ui/library/DetailsPane.cpp" line="132" />
        <source>vCPUs</source>
        <translation>vCPUs</translation>
    </message>
    <message>
        <location filename="../ui/library/DetailsPane.cpp" line="133" />
        <source>Memory</source>
        <translation>Arbeitsspeicher</translation>
    </message>
    <message>
        <location filename="../ui/library/DetailsPane.cpp" line="134" />
        <source>Disks</source>
        <translation>Festplatten</translation>
    </message>
    <message>
        <location filename="../ui/library/DetailsPane.cpp" line="134" />
        <location filename="../ui/library/DetailsPane.cpp" line="135" />
        <location filename="../ui/library/DetailsPane.cpp" line="137" />
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <location filename="../ui/library/DetailsPane.cpp" line="135" />
        <source>Network</source>
        <translation>Netzwerk</translation>
    </message>
    <message>
        <location filename="../ui/library/DetailsPane.cpp" line="136" />
        <source>IP addresses</source>
        <translation>IP-Adressen</translation>
    </message>
    <message>
        <location filename="../ui/library/DetailsPane.cpp" line="137" />
        <source>Display</source>
        <translation>Anzeige</translation>
    </message>
    <message>
        <location filename="../ui/library/DetailsPane.cpp" line="138" />
        <source>Emulation</source>
        <translation>Emulation</translation>
    </message>
    <message>
        <location filename="../ui/library/DetailsPane.cpp" line="140" />
        <source>Persistent</source>
        <translation>Dauerhaft</translation>
    </message>
    <message>
        <location filename="../ui/library/DetailsPane.cpp" line="140" />
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <location filename="../ui/library/DetailsPane.cpp" line="140" />
        <source>No (transient)</source>
        <translation>Nein (flüchtig)</translation>
    </message>
    <message>
        <location filename="../ui/library/DetailsPane.cpp" line="141" />
        <source>UUID</source>
        <translation>UUID</translation>
    </message>
    <message>
        <location filename="../ui/library/DetailsPane.cpp" line="142" />
        <source>Connection</source>
        <translation>Verbindung</translation>
    </message>
    <message>
        <location filename="../ui/library/DetailsPane.cpp" line="143" />
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
</context>
<context>
    <name>Vireo::Ui::DevicesPage</name>
    <message>
        <location filename="../ui/create/DevicesPage.cpp" line="19" />
        <source>TPM 2.0 (emulated by swtpm)</source>
        <translation>TPM 2.0 (von swtpm emuliert)</translation>
    </message>
    <message>
        <location filename="../ui/create/DevicesPage.cpp" line="21" />
        <source>Listen on a unix socket instead of 127.0.0.1</source>
        <translation>Auf einem Unix-Socket statt auf 127.0.0.1 lauschen</translation>
    </message>
    <message>
        <location filename="../ui/create/DevicesPage.cpp" line="25" />
        <source>Firmware and devices</source>
        <translation>Firmware und Geräte</translation>
    </message>
    <message>
        <location filename="../ui/create/DevicesPage.cpp" line="31" />
        <source>BIOS</source>
        <translation>BIOS</translation>
    </message>
    <message>
        <location filename="../ui/create/DevicesPage.cpp" line="32" />
        <source>UEFI</source>
        <translation>UEFI</translation>
    </message>
    <message>
        <location filename="../ui/create/DevicesPage.cpp" line="33" />
        <source>UEFI with Secure Boot</source>
        <translation>UEFI mit Secure Boot</translation>
    </message>
    <message>
        <location filename="../ui/create/DevicesPage.cpp" line="35" />
        <source>SPICE</source>
        <translation>SPICE</translation>
    </message>
    <message>
        <location filename="../ui/create/DevicesPage.cpp" line="36" />
        <source>VNC</source>
        <translation>VNC</translation>
    </message>
    <message>
        <location filename="../ui/create/DevicesPage.cpp" line="38" />
        <source>KVM (hardware)</source>
        <translation>KVM (Hardware)</translation>
    </message>
    <message>
        <location filename="../ui/create/DevicesPage.cpp" line="39" />
        <source>Software emulation (slower, works everywhere)</source>
        <translation>Software-Emulation (langsamer, funktioniert überall)</translation>
    </message>
    <message>
        <location filename="../ui/create/DevicesPage.cpp" line="42" />
        <source>A&amp;rchitecture:</source>
        <translation>A&amp;rchitektur:</translation>
    </message>
    <message>
        <location filename="../ui/create/DevicesPage.cpp" line="44" />
        <source>&amp;Firmware:</source>
        <translation>&amp;Firmware:</translation>
    </message>
    <message>
        <location filename="../ui/create/DevicesPage.cpp" line="46" />
        <source>&amp;Display:</source>
        <translation>&amp;Anzeige:</translation>
    </message>
    <message>
        <location filename="../ui/create/DevicesPage.cpp" line="48" />
        <source>&amp;Accelerator:</source>
        <translation>&amp;Beschleuniger:</translation>
    </message>
    <message>
        <location filename="../ui/create/DevicesPage.cpp" line="65" />
        <source>ARM 64-bit (aarch64, emulated)</source>
        <translation>ARM 64-Bit (aarch64, emuliert)</translation>
    </message>
    <message>
        <location filename="../ui/create/DevicesPage.cpp" line="66" />
        <source>x86-64</source>
        <translation>x86-64</translation>
    </message>
    <message>
        <location filename="../ui/create/DevicesPage.cpp" line="74" />
        <source>The disk and network card are virtio: %1 has the drivers.</source>
        <translation>Festplatte und Netzwerkkarte sind virtio: %1 hat die Treiber.</translation>
    </message>
    <message>
        <location filename="../ui/create/DevicesPage.cpp" line="75" />
        <location filename="../ui/create/DevicesPage.cpp" line="78" />
        <source>the system</source>
        <translation>das System</translation>
    </message>
    <message>
        <location filename="../ui/create/DevicesPage.cpp" line="76" />
        <source>The disk is SATA and the network card an Intel e1000e: %1 has no virtio drivers of its own.</source>
        <translation>Die Festplatte ist SATA und die Netzwerkkarte eine Intel e1000e: %1 bringt keine eigenen virtio-Treiber mit.</translation>
    </message>
</context>
<context>
    <name>Vireo::Ui::DisplayView</name>
    <message>
        <location filename="../ui/console/DisplayView.cpp" line="160" />
        <source>No display.</source>
        <translation>Keine Anzeige.</translation>
    </message>
    <message>
        <location filename="../ui/console/DisplayView.cpp" line="164" />
        <source>Reconnecting to the display...</source>
        <translation>Erneutes Verbinden mit der Anzeige …</translation>
    </message>
    <message>
        <location filename="../ui/console/DisplayView.cpp" line="165" />
        <source>Connecting to the display...</source>
        <translation>Verbinden mit der Anzeige …</translation>
    </message>
    <message>
        <location filename="../ui/console/DisplayView.cpp" line="168" />
        <source>Password needed: %1</source>
        <translation>Passwort nötig: %1</translation>
    </message>
    <message>
        <location filename="../ui/console/DisplayView.cpp" line="169" />
        <source>Disconnected: %1</source>
        <translation>Getrennt: %1</translation>
    </message>
    <message>
        <location filename="../ui/console/DisplayView.cpp" line="186" />
        <source>Ctrl+Alt</source>
        <translation>Strg+Alt</translation>
    </message>
    <message>
        <location filename="../ui/console/DisplayView.cpp" line="188" />
        <source>Right Ctrl</source>
        <translation>Strg rechts</translation>
    </message>
    <message>
        <location filename="../ui/console/DisplayView.cpp" line="190" />
        <source>Shift+F12</source>
        <translation>Umschalt+F12</translation>
    </message>
    <message>
        <location filename="../ui/console/DisplayView.cpp" line="197" />
        <source>Press %1 to release the keyboard and mouse.</source>
        <translation>%1 drücken, um Tastatur und Maus freizugeben.</translation>
    </message>
    <message>
        <source>Press Ctrl+Alt to release the keyboard and mouse.</source>
        <translation type="vanished">Strg+Alt drücken, um Tastatur und Maus freizugeben.</translation>
    </message>
</context>
<context>
    <name>Vireo::Ui::DomainActionRunner</name>
    <message>
        <location filename="../ui/library/DomainActionRunner.cpp" line="34" />
        <source>%1 is not possible for '%2'.</source>
        <translation>%1 ist für „%2“ nicht möglich.</translation>
    </message>
    <message>
        <location filename="../ui/library/DomainActionRunner.cpp" line="53" />
        <source>Force off %1?</source>
        <translation>%1 ausschalten erzwingen?</translation>
    </message>
    <message>
        <location filename="../ui/library/DomainActionRunner.cpp" line="67" />
        <source>Discard the saved state of %1?</source>
        <translation>Gesicherten Zustand von %1 verwerfen?</translation>
    </message>
    <message>
        <location filename="../ui/library/DomainActionRunner.cpp" line="54" />
        <source>'%1' stops at once, like pulling the power plug. Whatever the guest has not saved is lost.</source>
        <translation>„%1“ hält sofort an, als würde der Netzstecker gezogen. Was das Gastsystem nicht gespeichert hat, geht verloren.</translation>
    </message>
    <message>
        <location filename="../ui/library/DomainActionRunner.cpp" line="68" />
        <source>The memory saved for '%1' is thrown away; its next start boots afresh and whatever was open in it is lost.</source>
        <translation>Der für „%1“ gesicherte Arbeitsspeicher wird verworfen; der nächste Start bootet neu, und was darin geöffnet war, geht verloren.</translation>
    </message>
    <message>
        <location filename="../ui/library/DomainActionRunner.cpp" line="57" />
        <source>Force Off</source>
        <translation>Ausschalten erzwingen</translation>
    </message>
    <message>
        <location filename="../ui/library/DomainActionRunner.cpp" line="60" />
        <source>Force reset %1?</source>
        <translation>%1 zurücksetzen erzwingen?</translation>
    </message>
    <message>
        <location filename="../ui/library/DomainActionRunner.cpp" line="61" />
        <source>'%1' restarts at once, like pressing its reset button. Whatever the guest has not saved is lost.</source>
        <translation>„%1“ startet sofort neu, als würde der Reset-Knopf gedrückt. Was das Gastsystem nicht gespeichert hat, geht verloren.</translation>
    </message>
    <message>
        <location filename="../ui/library/DomainActionRunner.cpp" line="64" />
        <source>Force Reset</source>
        <translation>Zurücksetzen erzwingen</translation>
    </message>
    <message>
        <location filename="../ui/library/DomainActionRunner.cpp" line="71" />
        <source>Discard</source>
        <translation>Verwerfen</translation>
    </message>
    <message>
        <location filename="../ui/library/DomainActionRunner.cpp" line="94" />
        <source>Rename %1</source>
        <translation>%1 umbenennen</translation>
    </message>
    <message>
        <location filename="../ui/library/DomainActionRunner.cpp" line="95" />
        <source>New name:</source>
        <translation>Neuer Name:</translation>
    </message>
    <message>
        <location filename="../ui/library/DomainActionRunner.cpp" line="104" />
        <source>Could not rename '%1'.</source>
        <translation>„%1“ konnte nicht umbenannt werden.</translation>
    </message>
</context>
<context>
    <name>Vireo::Ui::ExpressPage</name>
    <message>
        <location filename="../ui/create/ExpressPage.cpp" line="22" />
        <source>&amp;Express install: answer the installer's questions now</source>
        <translation>&amp;Schnellinstallation: die Fragen des Installationsprogramms jetzt beantworten</translation>
    </message>
    <message>
        <location filename="../ui/create/ExpressPage.cpp" line="30" />
        <source>&amp;Product key:</source>
        <translation>&amp;Produktschlüssel:</translation>
    </message>
    <message>
        <location filename="../ui/create/ExpressPage.cpp" line="34" />
        <source>Express install</source>
        <translation>Schnellinstallation</translation>
    </message>
    <message>
        <location filename="../ui/create/ExpressPage.cpp" line="35" />
        <location filename="../ui/create/ExpressPage.cpp" line="103" />
        <source>The installer runs without asking anything; the machine then starts the installed system.</source>
        <translation>Das Installationsprogramm läuft ohne Rückfragen; danach startet die Maschine das installierte System.</translation>
    </message>
    <message>
        <location filename="../ui/create/ExpressPage.cpp" line="49" />
        <source>the user's, when left empty</source>
        <translation>leer gelassen: das des Benutzers</translation>
    </message>
    <message>
        <location filename="../ui/create/ExpressPage.cpp" line="58" />
        <source>&amp;User name:</source>
        <translation>&amp;Benutzername:</translation>
    </message>
    <message>
        <location filename="../ui/create/ExpressPage.cpp" line="59" />
        <source>&amp;Password:</source>
        <translation>&amp;Passwort:</translation>
    </message>
    <message>
        <location filename="../ui/create/ExpressPage.cpp" line="60" />
        <source>&amp;Confirm password:</source>
        <translation>Passwort &amp;bestätigen:</translation>
    </message>
    <message>
        <location filename="../ui/create/ExpressPage.cpp" line="61" />
        <source>&amp;Administrator password:</source>
        <translation>&amp;Administratorpasswort:</translation>
    </message>
    <message>
        <location filename="../ui/create/ExpressPage.cpp" line="62" />
        <source>&amp;Time zone:</source>
        <translation>&amp;Zeitzone:</translation>
    </message>
    <message>
        <location filename="../ui/create/ExpressPage.cpp" line="63" />
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <location filename="../ui/create/ExpressPage.cpp" line="66" />
        <source>The password goes into the install only, as a hash where the OS allows; the script is on media removed when the install is over.</source>
        <translation>Das Passwort geht nur in die Installation ein, als Hash, wo das Betriebssystem es erlaubt; das Skript liegt auf einem Medium, das nach der Installation entfernt wird.</translation>
    </message>
    <message>
        <location filename="../ui/create/ExpressPage.cpp" line="91" />
        <source>Vireo does not know the OS on this image, so it cannot answer its installer: the installer asks its questions in the console.</source>
        <translation>Vireo kennt das Betriebssystem auf diesem Abbild nicht und kann sein Installationsprogramm daher nicht beantworten: Das Installationsprogramm stellt seine Fragen in der Konsole.</translation>
    </message>
    <message>
        <location filename="../ui/create/ExpressPage.cpp" line="94" />
        <source>libosinfo has no install script for %1: the installer asks its questions in the console.</source>
        <translation>libosinfo hat kein Installationsskript für %1: Das Installationsprogramm stellt seine Fragen in der Konsole.</translation>
    </message>
    <message>
        <location filename="../ui/create/ExpressPage.cpp" line="98" />
        <source>Express installs need a connection to this machine for now: on %1 the installer asks its questions in the console.</source>
        <translation>Schnellinstallationen brauchen vorerst eine Verbindung zu diesem Rechner: Auf %1 stellt das Installationsprogramm seine Fragen in der Konsole.</translation>
    </message>
    <message>
        <location filename="../ui/create/ExpressPage.cpp" line="105" />
        <source>Not offered for this machine: the installer asks as usual.</source>
        <translation>Für diese Maschine nicht angeboten: Das Installationsprogramm fragt wie gewohnt.</translation>
    </message>
    <message>
        <location filename="../ui/create/ExpressPage.cpp" line="107" />
        <source>Vireo answers the %1 installer's questions with what you give here, and the install runs to its end on its own.</source>
        <translation>Vireo beantwortet die Fragen des Installationsprogramms von %1 mit Ihren Angaben hier, und die Installation läuft von allein bis zum Ende.</translation>
    </message>
    <message>
        <location filename="../ui/create/ExpressPage.cpp" line="144" />
        <source>The passwords differ.</source>
        <translation>Die Passwörter stimmen nicht überein.</translation>
    </message>
    <message>
        <location filename="../ui/create/ExpressPage.cpp" line="146" />
        <source>Windows needs its product key for an express install.</source>
        <translation>Windows braucht für eine Schnellinstallation seinen Produktschlüssel.</translation>
    </message>
</context>
<context>
    <name>Vireo::Ui::FilterEditorDialog</name>
    <message>
        <location filename="../ui/security/FilterEditorDialog.cpp" line="57" />
        <source>New Firewall Filter</source>
        <translation>Neuer Firewall-Filter</translation>
    </message>
    <message>
        <location filename="../ui/security/FilterEditorDialog.cpp" line="58" />
        <source>Edit Filter %1</source>
        <translation>Filter %1 bearbeiten</translation>
    </message>
    <message>
        <location filename="../ui/security/FilterEditorDialog.cpp" line="60" />
        <source>e.g. web-server</source>
        <translation>z. B. web-server</translation>
    </message>
    <message>
        <location filename="../ui/security/FilterEditorDialog.cpp" line="63" />
        <source>Direction</source>
        <translation>Richtung</translation>
    </message>
    <message>
        <location filename="../ui/security/FilterEditorDialog.cpp" line="63" />
        <source>Protocol</source>
        <translation>Protokoll</translation>
    </message>
    <message>
        <location filename="../ui/security/FilterEditorDialog.cpp" line="63" />
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <location filename="../ui/security/FilterEditorDialog.cpp" line="64" />
        <source>Destination</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <location filename="../ui/security/FilterEditorDialog.cpp" line="64" />
        <source>Ports</source>
        <translation>Ports</translation>
    </message>
    <message>
        <location filename="../ui/security/FilterEditorDialog.cpp" line="64" />
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <location filename="../ui/security/FilterEditorDialog.cpp" line="65" />
        <source>Priority</source>
        <translation>Priorität</translation>
    </message>
    <message>
        <location filename="../ui/security/FilterEditorDialog.cpp" line="72" />
        <source>Rules run by priority, lowest first. Source and destination: an IPv4 address, or a network like 10.0.0.0/24; empty: any. Ports (TCP, UDP, SCTP): 22 or 8000-8100, the destination's.</source>
        <translation>Regeln gelten nach Priorität, die niedrigste zuerst. Quelle und Ziel: eine IPv4-Adresse oder ein Netz wie 10.0.0.0/24; leer: beliebig. Ports (TCP, UDP, SCTP): 22 oder 8000-8100, die des Ziels.</translation>
    </message>
    <message>
        <location filename="../ui/security/FilterEditorDialog.cpp" line="78" />
        <source>&amp;Add Rule</source>
        <translation>Regel &amp;hinzufügen</translation>
    </message>
    <message>
        <location filename="../ui/security/FilterEditorDialog.cpp" line="80" />
        <source>&amp;Remove Rule</source>
        <translation>Regel &amp;entfernen</translation>
    </message>
    <message>
        <location filename="../ui/security/FilterEditorDialog.cpp" line="98" />
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location filename="../ui/security/FilterEditorDialog.cpp" line="101" />
        <source>Rules (in: to the VM, out: from it):</source>
        <translation>Regeln (ein: zur VM, aus: von ihr):</translation>
    </message>
    <message>
        <location filename="../ui/security/FilterEditorDialog.cpp" line="118" />
        <source>both ways</source>
        <translation>beide Richtungen</translation>
    </message>
    <message>
        <location filename="../ui/security/FilterEditorDialog.cpp" line="119" />
        <source>in</source>
        <translation>ein</translation>
    </message>
    <message>
        <location filename="../ui/security/FilterEditorDialog.cpp" line="120" />
        <source>out</source>
        <translation>aus</translation>
    </message>
    <message>
        <location filename="../ui/security/FilterEditorDialog.cpp" line="125" />
        <location filename="../ui/security/FilterEditorDialog.cpp" line="129" />
        <location filename="../ui/security/FilterEditorDialog.cpp" line="132" />
        <location filename="../ui/security/FilterEditorDialog.cpp" line="138" />
        <source>any</source>
        <translation>beliebig</translation>
    </message>
    <message>
        <location filename="../ui/security/FilterEditorDialog.cpp" line="141" />
        <source>drop</source>
        <translation>verwerfen</translation>
    </message>
    <message>
        <location filename="../ui/security/FilterEditorDialog.cpp" line="142" />
        <source>reject</source>
        <translation>ablehnen</translation>
    </message>
    <message>
        <location filename="../ui/security/FilterEditorDialog.cpp" line="143" />
        <source>accept</source>
        <translation>annehmen</translation>
    </message>
    <message>
        <location filename="../ui/security/FilterEditorDialog.cpp" line="196" />
        <source>Saving...</source>
        <translation>Wird gespeichert …</translation>
    </message>
</context>
<context>
    <name>Vireo::Ui::FirewallDialog</name>
    <message>
        <location filename="../ui/security/FirewallDialog.cpp" line="32" />
        <source>Firewall of %1 (%2)</source>
        <translation>Firewall von %1 (%2)</translation>
    </message>
    <message>
        <location filename="../ui/security/FirewallDialog.cpp" line="49" />
        <source>TCP &amp;ports let in:</source>
        <translation>Eingelassene TCP-&amp;Ports:</translation>
    </message>
    <message>
        <location filename="../ui/security/FirewallDialog.cpp" line="53" />
        <source>e.g. 22, 80 (none: nothing)</source>
        <translation>z. B. 22, 80 (keine: nichts)</translation>
    </message>
    <message>
        <location filename="../ui/security/FirewallDialog.cpp" line="57" />
        <source>&amp;Filter:</source>
        <translation>&amp;Filter:</translation>
    </message>
    <message>
        <location filename="../ui/security/FirewallDialog.cpp" line="69" />
        <source>&amp;Apply</source>
        <translation>&amp;Anwenden</translation>
    </message>
    <message>
        <location filename="../ui/security/FirewallDialog.cpp" line="137" />
        <source>Ports: numbers from 1 to 65535, separated by commas.</source>
        <translation>Ports: Zahlen von 1 bis 65535, durch Kommas getrennt.</translation>
    </message>
</context>
<context>
    <name>Vireo::Ui::HardwareTab</name>
    <message>
        <location filename="../ui/hardware/HardwareTab.cpp" line="62" />
        <source>&amp;Add Hardware...</source>
        <translation>Hardware &amp;hinzufügen …</translation>
    </message>
    <message>
        <location filename="../ui/hardware/HardwareTab.cpp" line="63" />
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <location filename="../ui/hardware/HardwareTab.cpp" line="64" />
        <source>A&amp;pply</source>
        <translation>&amp;Anwenden</translation>
    </message>
    <message>
        <location filename="../ui/hardware/HardwareTab.cpp" line="65" />
        <source>Re&amp;vert</source>
        <translation>&amp;Zurücknehmen</translation>
    </message>
    <message>
        <location filename="../ui/hardware/HardwareTab.cpp" line="78" />
        <source>Devices of the machine</source>
        <translation>Geräte der Maschine</translation>
    </message>
    <message>
        <location filename="../ui/hardware/HardwareTab.cpp" line="85" />
        <source>Apply the changes: at once where the running VM can take them, else at its next boot</source>
        <translation>Die Änderungen anwenden: sofort, wo die laufende VM sie übernehmen kann, sonst bei ihrem nächsten Start</translation>
    </message>
    <message>
        <location filename="../ui/hardware/HardwareTab.cpp" line="208" />
        <source>Changes pending until restart: %1</source>
        <translation>Bis zum Neustart ausstehende Änderungen: %1</translation>
    </message>
    <message>
        <location filename="../ui/hardware/HardwareTab.cpp" line="230" />
        <source>Overview</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <location filename="../ui/hardware/HardwareTab.cpp" line="231" />
        <source>CPUs: %1</source>
        <translation>CPUs: %1</translation>
    </message>
    <message>
        <location filename="../ui/hardware/HardwareTab.cpp" line="233" />
        <source>Memory: %1</source>
        <translation>Arbeitsspeicher: %1</translation>
    </message>
    <message>
        <location filename="../ui/hardware/HardwareTab.cpp" line="235" />
        <source>Boot</source>
        <translation>Start</translation>
    </message>
    <message>
        <location filename="../ui/hardware/HardwareTab.cpp" line="256" />
        <source>%1 (until it stops)</source>
        <translation>%1 (bis sie anhält)</translation>
    </message>
    <message>
        <location filename="../ui/hardware/HardwareTab.cpp" line="257" />
        <source>XML</source>
        <translation>XML</translation>
    </message>
    <message>
        <location filename="../ui/hardware/HardwareTab.cpp" line="336" />
        <source>Remove the selected device</source>
        <translation>Das gewählte Gerät entfernen</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/hardware/HardwareTab.cpp" line="343" />
        <source>%n change(s) not applied yet.</source>
        <translation>
            <numerusform>%n Änderung noch nicht angewendet.</numerusform>
            <numerusform>%n Änderungen noch nicht angewendet.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/hardware/HardwareTab.cpp" line="359" />
        <source>Add a disk, CD-ROM, network card or other device</source>
        <translation>Eine Festplatte, ein CD-ROM-Laufwerk, eine Netzwerkkarte oder ein anderes Gerät hinzufügen</translation>
    </message>
    <message>
        <location filename="../ui/hardware/HardwareTab.cpp" line="370" />
        <source>Applying...</source>
        <translation>Wird angewendet …</translation>
    </message>
    <message>
        <location filename="../ui/hardware/HardwareTab.cpp" line="423" />
        <source>Remove %1?</source>
        <translation>%1 entfernen?</translation>
    </message>
    <message>
        <location filename="../ui/hardware/HardwareTab.cpp" line="424" />
        <source>The device is taken out of the running VM (the guest is asked to let it go) and out of its definition. A disk's file is kept.</source>
        <translation>Das Gerät wird aus der laufenden VM genommen (der Gast wird gebeten, es freizugeben) und aus ihrer Definition. Die Datei einer Festplatte bleibt erhalten.</translation>
    </message>
    <message>
        <location filename="../ui/hardware/HardwareTab.cpp" line="427" />
        <source>The device is taken out of the VM's definition. A disk's file is kept.</source>
        <translation>Das Gerät wird aus der Definition der VM genommen. Die Datei einer Festplatte bleibt erhalten.</translation>
    </message>
    <message>
        <location filename="../ui/hardware/HardwareTab.cpp" line="430" />
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
</context>
<context>
    <name>Vireo::Ui::HostCheckView</name>
    <message>
        <location filename="../ui/library/HostCheckView.cpp" line="40" />
        <source>Host check</source>
        <translation>Prüfung des Rechners</translation>
    </message>
    <message>
        <location filename="../ui/library/HostCheckView.cpp" line="51" />
        <source>No connection yet: connect to a host to check it.</source>
        <translation>Noch keine Verbindung: Verbinden Sie sich mit einem Rechner, um ihn zu prüfen.</translation>
    </message>
    <message>
        <location filename="../ui/library/HostCheckView.cpp" line="60" />
        <source>Connecting to %1...</source>
        <translation>Verbinden mit %1 …</translation>
    </message>
    <message>
        <location filename="../ui/library/HostCheckView.cpp" line="96" />
        <source>fine</source>
        <translation>in Ordnung</translation>
    </message>
    <message>
        <location filename="../ui/library/HostCheckView.cpp" line="97" />
        <source>warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <location filename="../ui/library/HostCheckView.cpp" line="98" />
        <source>problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <location filename="../ui/library/HostCheckView.cpp" line="121" />
        <source>Run:
%1</source>
        <translation>Ausführen:
%1</translation>
    </message>
    <message>
        <location filename="../ui/library/HostCheckView.cpp" line="128" />
        <source>Command for %1</source>
        <translation>Befehl für %1</translation>
    </message>
    <message>
        <location filename="../ui/library/HostCheckView.cpp" line="136" />
        <source>Vireo fixes this: %1</source>
        <translation>Vireo behebt das: %1</translation>
    </message>
    <message>
        <location filename="../ui/library/HostCheckView.cpp" line="141" />
        <source>Fixing...</source>
        <translation>Wird behoben …</translation>
    </message>
</context>
<context>
    <name>Vireo::Ui::HostDevicesPage</name>
    <message>
        <location filename="../ui/host/HostDevicesPage.cpp" line="22" />
        <source>The host's devices as libvirt knows them. PCI and USB devices can be given to a VM with Add Hardware in its Hardware tab; a device a VM has is named here.</source>
        <translation>Die Geräte des Rechners, wie libvirt sie kennt. PCI- und USB-Geräte lassen sich einer VM mit „Hardware hinzufügen“ in ihrem Reiter Hardware überlassen; ein Gerät, das eine VM hat, wird hier genannt.</translation>
    </message>
    <message>
        <location filename="../ui/host/HostDevicesPage.cpp" line="29" />
        <source>Device</source>
        <translation>Gerät</translation>
    </message>
    <message>
        <location filename="../ui/host/HostDevicesPage.cpp" line="29" />
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <location filename="../ui/host/HostDevicesPage.cpp" line="29" />
        <source>Used by</source>
        <translation>Genutzt von</translation>
    </message>
    <message>
        <location filename="../ui/host/HostDevicesPage.cpp" line="35" />
        <source>&amp;Refresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <location filename="../ui/host/HostDevicesPage.cpp" line="54" />
        <source>PCI devices</source>
        <translation>PCI-Geräte</translation>
    </message>
    <message>
        <location filename="../ui/host/HostDevicesPage.cpp" line="55" />
        <source>USB devices</source>
        <translation>USB-Geräte</translation>
    </message>
    <message>
        <location filename="../ui/host/HostDevicesPage.cpp" line="56" />
        <source>Storage</source>
        <translation>Speicher</translation>
    </message>
    <message>
        <location filename="../ui/host/HostDevicesPage.cpp" line="57" />
        <source>Network</source>
        <translation>Netzwerk</translation>
    </message>
    <message>
        <location filename="../ui/host/HostDevicesPage.cpp" line="75" />
        <source>free</source>
        <translation>frei</translation>
    </message>
    <message>
        <location filename="../ui/host/HostDevicesPage.cpp" line="78" />
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>Vireo::Ui::HostFirewallPage</name>
    <message>
        <location filename="../ui/security/HostFirewallPage.cpp" line="29" />
        <source>&amp;New Filter...</source>
        <translation>&amp;Neuer Filter …</translation>
    </message>
    <message>
        <location filename="../ui/security/HostFirewallPage.cpp" line="30" />
        <source>&amp;Edit...</source>
        <translation>&amp;Bearbeiten …</translation>
    </message>
    <message>
        <location filename="../ui/security/HostFirewallPage.cpp" line="31" />
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <location filename="../ui/security/HostFirewallPage.cpp" line="36" />
        <source>Filter</source>
        <translation>Filter</translation>
    </message>
    <message>
        <location filename="../ui/security/HostFirewallPage.cpp" line="36" />
        <source>Whose</source>
        <translation>Von wem</translation>
    </message>
    <message>
        <location filename="../ui/security/HostFirewallPage.cpp" line="36" />
        <source>Used by</source>
        <translation>Genutzt von</translation>
    </message>
    <message>
        <location filename="../ui/security/HostFirewallPage.cpp" line="46" />
        <source>A VM's network card gets its firewall in the VM's Security tab (Choose Firewall...): a preset, or one of your filters below. Changing a filter's rules applies them at once to every running VM using it.</source>
        <translation>Die Netzwerkkarte einer VM bekommt ihre Firewall im Reiter Sicherheit der VM (Firewall wählen …): eine Vorgabe oder einen Ihrer Filter unten. Geänderte Regeln eines Filters gelten sofort für jede laufende VM, die ihn nutzt.</translation>
    </message>
    <message>
        <location filename="../ui/security/HostFirewallPage.cpp" line="99" />
        <source>Yours</source>
        <translation>Ihrer</translation>
    </message>
    <message>
        <location filename="../ui/security/HostFirewallPage.cpp" line="100" />
        <source>Vireo's preset</source>
        <translation>Vorgabe von Vireo</translation>
    </message>
    <message>
        <location filename="../ui/security/HostFirewallPage.cpp" line="101" />
        <source>libvirt's</source>
        <translation>von libvirt</translation>
    </message>
    <message>
        <location filename="../ui/security/HostFirewallPage.cpp" line="102" />
        <source>no VM</source>
        <translation>keine VM</translation>
    </message>
    <message>
        <location filename="../ui/security/HostFirewallPage.cpp" line="130" />
        <source>Select one of your filters.</source>
        <translation>Wählen Sie einen Ihrer Filter.</translation>
    </message>
    <message>
        <location filename="../ui/security/HostFirewallPage.cpp" line="131" />
        <source>The connection is read-only.</source>
        <translation>Die Verbindung ist schreibgeschützt.</translation>
    </message>
    <message>
        <location filename="../ui/security/HostFirewallPage.cpp" line="133" />
        <source>%1 is libvirt's or Vireo's own: it holds more than rules the editor shows.</source>
        <translation>%1 gehört libvirt oder Vireo: Er enthält mehr als die Regeln, die der Editor zeigt.</translation>
    </message>
    <message>
        <location filename="../ui/security/HostFirewallPage.cpp" line="147" />
        <source>Saved %1; libvirt applies it to every running VM using it.</source>
        <translation>%1 gespeichert; libvirt wendet ihn auf jede laufende VM an, die ihn nutzt.</translation>
    </message>
    <message>
        <location filename="../ui/security/HostFirewallPage.cpp" line="173" />
        <location filename="../ui/security/HostFirewallPage.cpp" line="177" />
        <source>Delete Filter</source>
        <translation>Filter löschen</translation>
    </message>
    <message>
        <location filename="../ui/security/HostFirewallPage.cpp" line="173" />
        <source>Delete the filter %1?</source>
        <translation>Den Filter %1 löschen?</translation>
    </message>
    <message>
        <location filename="../ui/security/HostFirewallPage.cpp" line="175" />
        <source>VMs use it: Vireo refuses until their cards have another firewall.</source>
        <translation>VMs nutzen ihn: Vireo lehnt ab, bis ihre Karten eine andere Firewall haben.</translation>
    </message>
    <message>
        <location filename="../ui/security/HostFirewallPage.cpp" line="182" />
        <source>Deleted %1.</source>
        <translation>%1 gelöscht.</translation>
    </message>
</context>
<context>
    <name>Vireo::Ui::HostNetworksPage</name>
    <message>
        <location filename="../ui/host/HostNetworksPage.cpp" line="27" />
        <source>State:</source>
        <translation>Zustand:</translation>
    </message>
    <message>
        <location filename="../ui/host/HostNetworksPage.cpp" line="28" />
        <source>Kind:</source>
        <translation>Art:</translation>
    </message>
    <message>
        <location filename="../ui/host/HostNetworksPage.cpp" line="29" />
        <source>Bridge:</source>
        <translation>Brücke:</translation>
    </message>
    <message>
        <location filename="../ui/host/HostNetworksPage.cpp" line="30" />
        <source>IPv4:</source>
        <translation>IPv4:</translation>
    </message>
    <message>
        <location filename="../ui/host/HostNetworksPage.cpp" line="31" />
        <source>DHCP:</source>
        <translation>DHCP:</translation>
    </message>
    <message>
        <location filename="../ui/host/HostNetworksPage.cpp" line="32" />
        <source>IPv6:</source>
        <translation>IPv6:</translation>
    </message>
    <message>
        <location filename="../ui/host/HostNetworksPage.cpp" line="33" />
        <source>DNS:</source>
        <translation>DNS:</translation>
    </message>
    <message>
        <location filename="../ui/host/HostNetworksPage.cpp" line="34" />
        <source>Fixed addresses:</source>
        <translation>Feste Adressen:</translation>
    </message>
    <message>
        <location filename="../ui/host/HostNetworksPage.cpp" line="35" />
        <source>Used by:</source>
        <translation>Genutzt von:</translation>
    </message>
    <message>
        <location filename="../ui/host/HostNetworksPage.cpp" line="46" />
        <source>Start with the &amp;host</source>
        <translation>Mit dem &amp;Rechner starten</translation>
    </message>
    <message>
        <location filename="../ui/host/HostNetworksPage.cpp" line="47" />
        <source>&amp;New Network...</source>
        <translation>&amp;Neues Netz …</translation>
    </message>
    <message>
        <location filename="../ui/host/HostNetworksPage.cpp" line="48" />
        <source>&amp;Start</source>
        <translation>&amp;Starten</translation>
    </message>
    <message>
        <location filename="../ui/host/HostNetworksPage.cpp" line="49" />
        <source>S&amp;top</source>
        <translation>S&amp;toppen</translation>
    </message>
    <message>
        <location filename="../ui/host/HostNetworksPage.cpp" line="50" />
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <location filename="../ui/host/HostNetworksPage.cpp" line="58" />
        <source>A session connection (%1) cannot make virtual networks: its VMs use user-mode networking. Networks live on the system connection.</source>
        <translation>Eine Sitzungsverbindung (%1) kann keine virtuellen Netze anlegen: Ihre VMs nutzen ein Benutzermodus-Netzwerk. Netze gibt es auf der Systemverbindung.</translation>
    </message>
    <message>
        <location filename="../ui/host/HostNetworksPage.cpp" line="64" />
        <source>Add qemu:///system</source>
        <translation>qemu:///system hinzufügen</translation>
    </message>
    <message>
        <location filename="../ui/host/HostNetworksPage.cpp" line="77" />
        <location filename="../ui/host/HostNetworksPage.cpp" line="94" />
        <source>Network</source>
        <translation>Netz</translation>
    </message>
    <message>
        <location filename="../ui/host/HostNetworksPage.cpp" line="77" />
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <location filename="../ui/host/HostNetworksPage.cpp" line="79" />
        <source>No virtual networks on this host. New Network... makes one: NAT gives machines this computer's connection, isolated keeps them among themselves.</source>
        <translation>Keine virtuellen Netzwerke auf diesem Rechner. „Neues Netz …“ legt eines an: NAT gibt den Maschinen die Verbindung dieses Rechners, isoliert hält sie unter sich.</translation>
    </message>
    <message>
        <location filename="../ui/host/HostNetworksPage.cpp" line="113" />
        <source>DHCP leases</source>
        <translation>DHCP-Zuweisungen</translation>
    </message>
    <message>
        <location filename="../ui/host/HostNetworksPage.cpp" line="117" />
        <source>VM</source>
        <translation>VM</translation>
    </message>
    <message>
        <location filename="../ui/host/HostNetworksPage.cpp" line="117" />
        <source>MAC</source>
        <translation>MAC</translation>
    </message>
    <message>
        <location filename="../ui/host/HostNetworksPage.cpp" line="117" />
        <source>IP address</source>
        <translation>IP-Adresse</translation>
    </message>
    <message>
        <location filename="../ui/host/HostNetworksPage.cpp" line="117" />
        <source>Hostname</source>
        <translation>Rechnername</translation>
    </message>
    <message>
        <location filename="../ui/host/HostNetworksPage.cpp" line="117" />
        <source>Expires</source>
        <translation>Läuft ab</translation>
    </message>
    <message>
        <location filename="../ui/host/HostNetworksPage.cpp" line="121" />
        <source>Refresh &amp;Leases</source>
        <translation>&amp;Zuweisungen aktualisieren</translation>
    </message>
    <message>
        <location filename="../ui/host/HostNetworksPage.cpp" line="187" />
        <source>Network %1 created.</source>
        <translation>Netz %1 angelegt.</translation>
    </message>
    <message>
        <location filename="../ui/host/HostNetworksPage.cpp" line="203" />
        <location filename="../ui/host/HostNetworksPage.cpp" line="247" />
        <source>active</source>
        <translation>aktiv</translation>
    </message>
    <message>
        <location filename="../ui/host/HostNetworksPage.cpp" line="203" />
        <location filename="../ui/host/HostNetworksPage.cpp" line="247" />
        <source>stopped</source>
        <translation>gestoppt</translation>
    </message>
    <message>
        <location filename="../ui/host/HostNetworksPage.cpp" line="205" />
        <source>Transient: it goes away when stopped.</source>
        <translation>Flüchtig: Es verschwindet, wenn es gestoppt wird.</translation>
    </message>
    <message>
        <location filename="../ui/host/HostNetworksPage.cpp" line="248" />
        <source> (transient)</source>
        <translation> (flüchtig)</translation>
    </message>
    <message>
        <location filename="../ui/host/HostNetworksPage.cpp" line="254" />
        <source>%1 (host: %2)</source>
        <translation>%1 (Rechner: %2)</translation>
    </message>
    <message>
        <location filename="../ui/host/HostNetworksPage.cpp" line="256" />
        <source>%1 to %2</source>
        <translation>%1 bis %2</translation>
    </message>
    <message>
        <location filename="../ui/host/HostNetworksPage.cpp" line="258" />
        <source>%1 %2 -&gt; %3</source>
        <translation>%1 %2 -&gt; %3</translation>
    </message>
    <message>
        <location filename="../ui/host/HostNetworksPage.cpp" line="260" />
        <location filename="../ui/host/HostNetworksPage.cpp" line="261" />
        <location filename="../ui/host/HostNetworksPage.cpp" line="269" />
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <location filename="../ui/host/HostNetworksPage.cpp" line="262" />
        <source>off</source>
        <translation>aus</translation>
    </message>
    <message>
        <location filename="../ui/host/HostNetworksPage.cpp" line="265" />
        <source>domain %1</source>
        <translation>Domäne %1</translation>
    </message>
    <message>
        <location filename="../ui/host/HostNetworksPage.cpp" line="267" />
        <source>%1 = %2</source>
        <translation>%1 = %2</translation>
    </message>
    <message>
        <location filename="../ui/host/HostNetworksPage.cpp" line="268" />
        <source>default</source>
        <translation>Vorgabe</translation>
    </message>
    <message>
        <location filename="../ui/host/HostNetworksPage.cpp" line="270" />
        <source>no VM</source>
        <translation>keine VM</translation>
    </message>
    <message>
        <location filename="../ui/host/HostNetworksPage.cpp" line="280" />
        <source>(not a VM here)</source>
        <translation>(keine VM hier)</translation>
    </message>
    <message>
        <location filename="../ui/host/HostNetworksPage.cpp" line="284" />
        <source>(no leases yet)</source>
        <translation>(noch keine Zuweisungen)</translation>
    </message>
    <message>
        <location filename="../ui/host/HostNetworksPage.cpp" line="284" />
        <source>(stopped)</source>
        <translation>(gestoppt)</translation>
    </message>
</context>
<context>
    <name>Vireo::Ui::HostOverviewPage</name>
    <message>
        <location filename="../ui/host/HostOverviewPage.cpp" line="26" />
        <source>Host</source>
        <translation>Rechner</translation>
    </message>
    <message>
        <location filename="../ui/host/HostOverviewPage.cpp" line="29" />
        <source>Hostname:</source>
        <translation>Rechnername:</translation>
    </message>
    <message>
        <location filename="../ui/host/HostOverviewPage.cpp" line="30" />
        <source>Connection:</source>
        <translation>Verbindung:</translation>
    </message>
    <message>
        <location filename="../ui/host/HostOverviewPage.cpp" line="31" />
        <source>CPU:</source>
        <translation>CPU:</translation>
    </message>
    <message>
        <location filename="../ui/host/HostOverviewPage.cpp" line="32" />
        <source>Topology:</source>
        <translation>Topologie:</translation>
    </message>
    <message>
        <location filename="../ui/host/HostOverviewPage.cpp" line="33" />
        <source>NUMA:</source>
        <translation>NUMA:</translation>
    </message>
    <message>
        <location filename="../ui/host/HostOverviewPage.cpp" line="34" />
        <source>Memory:</source>
        <translation>Arbeitsspeicher:</translation>
    </message>
    <message>
        <location filename="../ui/host/HostOverviewPage.cpp" line="35" />
        <source>libvirt:</source>
        <translation>libvirt:</translation>
    </message>
    <message>
        <location filename="../ui/host/HostOverviewPage.cpp" line="36" />
        <source>Hypervisor:</source>
        <translation>Hypervisor:</translation>
    </message>
    <message>
        <location filename="../ui/host/HostOverviewPage.cpp" line="37" />
        <source>KVM:</source>
        <translation>KVM:</translation>
    </message>
    <message>
        <location filename="../ui/host/HostOverviewPage.cpp" line="40" />
        <source>Network interfaces (read-only)</source>
        <translation>Netzwerkschnittstellen (nur lesbar)</translation>
    </message>
    <message>
        <location filename="../ui/host/HostOverviewPage.cpp" line="44" />
        <source>Interface</source>
        <translation>Schnittstelle</translation>
    </message>
    <message>
        <location filename="../ui/host/HostOverviewPage.cpp" line="44" />
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <location filename="../ui/host/HostOverviewPage.cpp" line="44" />
        <source>MAC</source>
        <translation>MAC</translation>
    </message>
    <message>
        <location filename="../ui/host/HostOverviewPage.cpp" line="44" />
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <location filename="../ui/host/HostOverviewPage.cpp" line="44" />
        <source>Addresses</source>
        <translation>Adressen</translation>
    </message>
    <message>
        <location filename="../ui/host/HostOverviewPage.cpp" line="51" />
        <source>&amp;Refresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/host/HostOverviewPage.cpp" line="97" />
        <source>%1 %2 (%3), %n logical CPU(s) at %4 MHz</source>
        <translation>
            <numerusform>%1 %2 (%3), %n logische CPU mit %4 MHz</numerusform>
            <numerusform>%1 %2 (%3), %n logische CPUs mit %4 MHz</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/host/HostOverviewPage.cpp" line="101" />
        <source>%1 socket(s), %2 core(s) per socket, %3 thread(s) per core</source>
        <translation>%1 Sockel, %2 Kern(e) pro Sockel, %3 Thread(s) pro Kern</translation>
    </message>
    <message>
        <location filename="../ui/host/HostOverviewPage.cpp" line="107" />
        <source>cell %1: CPUs %2, %3</source>
        <translation>Zelle %1: CPUs %2, %3</translation>
    </message>
    <message>
        <location filename="../ui/host/HostOverviewPage.cpp" line="108" />
        <source>not reported</source>
        <translation>nicht gemeldet</translation>
    </message>
    <message>
        <location filename="../ui/host/HostOverviewPage.cpp" line="109" />
        <source>%1, %2 free</source>
        <translation>%1, %2 frei</translation>
    </message>
    <message>
        <location filename="../ui/host/HostOverviewPage.cpp" line="115" />
        <source>up</source>
        <translation>aktiv</translation>
    </message>
    <message>
        <location filename="../ui/host/HostOverviewPage.cpp" line="115" />
        <source>down</source>
        <translation>inaktiv</translation>
    </message>
    <message>
        <location filename="../ui/host/HostOverviewPage.cpp" line="118" />
        <source>(this host's libvirt lists no interfaces)</source>
        <translation>(das libvirt dieses Rechners listet keine Schnittstellen)</translation>
    </message>
</context>
<context>
    <name>Vireo::Ui::HostStoragePage</name>
    <message>
        <location filename="../ui/host/HostStoragePage.cpp" line="31" />
        <source>State:</source>
        <translation>Zustand:</translation>
    </message>
    <message>
        <location filename="../ui/host/HostStoragePage.cpp" line="32" />
        <source>Type:</source>
        <translation>Typ:</translation>
    </message>
    <message>
        <location filename="../ui/host/HostStoragePage.cpp" line="33" />
        <source>Folder:</source>
        <translation>Ordner:</translation>
    </message>
    <message>
        <location filename="../ui/host/HostStoragePage.cpp" line="34" />
        <source>Usage:</source>
        <translation>Belegung:</translation>
    </message>
    <message>
        <location filename="../ui/host/HostStoragePage.cpp" line="51" />
        <source>Start with the &amp;host</source>
        <translation>Mit dem &amp;Rechner starten</translation>
    </message>
    <message>
        <location filename="../ui/host/HostStoragePage.cpp" line="52" />
        <source>New &amp;Pool...</source>
        <translation>Neuer &amp;Pool …</translation>
    </message>
    <message>
        <location filename="../ui/host/HostStoragePage.cpp" line="53" />
        <source>Delete Poo&amp;l</source>
        <translation>Poo&amp;l löschen</translation>
    </message>
    <message>
        <location filename="../ui/host/HostStoragePage.cpp" line="54" />
        <source>&amp;Start</source>
        <translation>&amp;Starten</translation>
    </message>
    <message>
        <location filename="../ui/host/HostStoragePage.cpp" line="55" />
        <source>S&amp;top</source>
        <translation>S&amp;toppen</translation>
    </message>
    <message>
        <location filename="../ui/host/HostStoragePage.cpp" line="56" />
        <source>Re&amp;fresh</source>
        <translation>A&amp;ktualisieren</translation>
    </message>
    <message>
        <location filename="../ui/host/HostStoragePage.cpp" line="57" />
        <source>&amp;New Volume...</source>
        <translation>&amp;Neuer Datenträger …</translation>
    </message>
    <message>
        <location filename="../ui/host/HostStoragePage.cpp" line="58" />
        <source>&amp;Upload...</source>
        <translation>&amp;Hochladen …</translation>
    </message>
    <message>
        <location filename="../ui/host/HostStoragePage.cpp" line="59" />
        <source>Do&amp;wnload...</source>
        <translation>Herunter&amp;laden …</translation>
    </message>
    <message>
        <location filename="../ui/host/HostStoragePage.cpp" line="60" />
        <source>&amp;Resize...</source>
        <translation>&amp;Größe ändern …</translation>
    </message>
    <message>
        <location filename="../ui/host/HostStoragePage.cpp" line="61" />
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <location filename="../ui/host/HostStoragePage.cpp" line="70" />
        <location filename="../ui/host/HostStoragePage.cpp" line="85" />
        <source>Pool</source>
        <translation>Pool</translation>
    </message>
    <message>
        <location filename="../ui/host/HostStoragePage.cpp" line="70" />
        <source>Usage</source>
        <translation>Belegung</translation>
    </message>
    <message>
        <location filename="../ui/host/HostStoragePage.cpp" line="72" />
        <source>No storage pools on this host. New Pool... makes one: a folder where the machines' disks are kept.</source>
        <translation>Keine Speicherpools auf diesem Rechner. „Neuer Pool …“ legt einen an: einen Ordner, in dem die Festplatten der Maschinen liegen.</translation>
    </message>
    <message>
        <location filename="../ui/host/HostStoragePage.cpp" line="102" />
        <source>Volumes</source>
        <translation>Datenträger</translation>
    </message>
    <message>
        <location filename="../ui/host/HostStoragePage.cpp" line="105" />
        <source>Volume</source>
        <translation>Datenträger</translation>
    </message>
    <message>
        <location filename="../ui/host/HostStoragePage.cpp" line="105" />
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <location filename="../ui/host/HostStoragePage.cpp" line="105" />
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <location filename="../ui/host/HostStoragePage.cpp" line="105" />
        <source>On disk</source>
        <translation>Auf der Festplatte</translation>
    </message>
    <message>
        <location filename="../ui/host/HostStoragePage.cpp" line="106" />
        <source>Backing image</source>
        <translation>Basisabbild</translation>
    </message>
    <message>
        <location filename="../ui/host/HostStoragePage.cpp" line="106" />
        <source>Used by</source>
        <translation>Genutzt von</translation>
    </message>
    <message>
        <location filename="../ui/host/HostStoragePage.cpp" line="108" />
        <source>No volumes in this pool. New Volume... makes an empty disk; new machines put theirs here.</source>
        <translation>Keine Datenträger in diesem Pool. „Neuer Datenträger …“ legt eine leere Festplatte an; neue Maschinen legen ihre hier ab.</translation>
    </message>
    <message>
        <location filename="../ui/host/HostStoragePage.cpp" line="128" />
        <location filename="../ui/host/HostStoragePage.cpp" line="133" />
        <source>Delete Pool</source>
        <translation>Pool löschen</translation>
    </message>
    <message>
        <location filename="../ui/host/HostStoragePage.cpp" line="129" />
        <source>Delete the storage pool %1? Its volumes stay where they are on the host; only libvirt forgets the pool.</source>
        <translation>Den Speicherpool %1 löschen? Seine Datenträger bleiben, wo sie auf dem Rechner sind; nur libvirt vergisst den Pool.</translation>
    </message>
    <message>
        <location filename="../ui/host/HostStoragePage.cpp" line="215" />
        <source>%1 is not in a storage pool of this host: it is a file Vireo reaches through the VM only.</source>
        <translation>%1 liegt in keinem Speicherpool dieses Rechners: Es ist eine Datei, die Vireo nur über die VM erreicht.</translation>
    </message>
    <message>
        <location filename="../ui/host/HostStoragePage.cpp" line="238" />
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <location filename="../ui/host/HostStoragePage.cpp" line="239" />
        <location filename="../ui/host/HostStoragePage.cpp" line="261" />
        <source>stopped</source>
        <translation>gestoppt</translation>
    </message>
    <message>
        <location filename="../ui/host/HostStoragePage.cpp" line="240" />
        <source>%1 free</source>
        <translation>%1 frei</translation>
    </message>
    <message>
        <location filename="../ui/host/HostStoragePage.cpp" line="261" />
        <source>running</source>
        <translation>läuft</translation>
    </message>
    <message>
        <location filename="../ui/host/HostStoragePage.cpp" line="265" />
        <source>%1 used of %2, %3 free</source>
        <translation>%1 von %2 belegt, %3 frei</translation>
    </message>
    <message>
        <location filename="../ui/host/HostStoragePage.cpp" line="267" />
        <source>unknown while stopped</source>
        <translation>unbekannt, solange gestoppt</translation>
    </message>
    <message>
        <location filename="../ui/host/HostStoragePage.cpp" line="363" />
        <source>Pool %1 created.</source>
        <translation>Pool %1 angelegt.</translation>
    </message>
    <message>
        <location filename="../ui/host/HostStoragePage.cpp" line="391" />
        <source>Saved as %1.</source>
        <translation>Gespeichert als %1.</translation>
    </message>
    <message>
        <location filename="../ui/host/HostStoragePage.cpp" line="411" />
        <source>Delete the volume %1? Its data is lost.</source>
        <translation>Den Datenträger %1 löschen? Seine Daten gehen verloren.</translation>
    </message>
    <message>
        <location filename="../ui/host/HostStoragePage.cpp" line="414" />
        <source>It is a disk of %1; those VMs will not start until the disk is removed from them.</source>
        <translation>Er ist eine Festplatte von %1; diese VMs starten nicht, bis die Festplatte aus ihnen entfernt ist.</translation>
    </message>
    <message>
        <location filename="../ui/host/HostStoragePage.cpp" line="419" />
        <location filename="../ui/host/HostStoragePage.cpp" line="422" />
        <source>Delete Volume</source>
        <translation>Datenträger löschen</translation>
    </message>
    <message>
        <location filename="../ui/host/HostStoragePage.cpp" line="433" />
        <source>Upload a File as a Volume</source>
        <translation>Eine Datei als Datenträger hochladen</translation>
    </message>
    <message>
        <location filename="../ui/host/HostStoragePage.cpp" line="437" />
        <source>Upload</source>
        <translation>Hochladen</translation>
    </message>
    <message>
        <location filename="../ui/host/HostStoragePage.cpp" line="437" />
        <source>Name of the new volume:</source>
        <translation>Name des neuen Datenträgers:</translation>
    </message>
    <message>
        <location filename="../ui/host/HostStoragePage.cpp" line="446" />
        <source>Download %1</source>
        <translation>%1 herunterladen</translation>
    </message>
    <message>
        <location filename="../ui/host/HostStoragePage.cpp" line="460" />
        <source>Resize %1</source>
        <translation>Größe von %1 ändern</translation>
    </message>
    <message>
        <location filename="../ui/host/HostStoragePage.cpp" line="461" />
        <source>New size (now %1; volumes only grow, e.g. 40G):</source>
        <translation>Neue Größe (jetzt %1; Datenträger wachsen nur, z. B. 40G):</translation>
    </message>
    <message>
        <location filename="../ui/host/HostStoragePage.cpp" line="467" />
        <source>'%1' is not a size: write it as 512M, 20G or 1.5T.</source>
        <translation>„%1“ ist keine Größe: Schreiben Sie sie als 512M, 20G oder 1.5T.</translation>
    </message>
</context>
<context>
    <name>Vireo::Ui::HostWindow</name>
    <message>
        <location filename="../ui/host/HostWindow.cpp" line="63" />
        <source>Host: %1</source>
        <translation>Rechner: %1</translation>
    </message>
    <message>
        <location filename="../ui/host/HostWindow.cpp" line="64" />
        <source>&amp;Overview</source>
        <translation>Ü&amp;bersicht</translation>
    </message>
    <message>
        <location filename="../ui/host/HostWindow.cpp" line="65" />
        <source>&amp;Networks</source>
        <translation>&amp;Netze</translation>
    </message>
    <message>
        <location filename="../ui/host/HostWindow.cpp" line="66" />
        <source>&amp;Storage</source>
        <translation>&amp;Speicher</translation>
    </message>
    <message>
        <location filename="../ui/host/HostWindow.cpp" line="67" />
        <source>&amp;Devices</source>
        <translation>&amp;Geräte</translation>
    </message>
    <message>
        <location filename="../ui/host/HostWindow.cpp" line="68" />
        <source>&amp;Firewall</source>
        <translation>&amp;Firewall</translation>
    </message>
</context>
<context>
    <name>Vireo::Ui::IsolationDialog</name>
    <message>
        <location filename="../ui/security/IsolationDialog.cpp" line="26" />
        <source>Allow &amp;USB redirection (this computer's USB devices in the guest)</source>
        <translation>&amp;USB-Umleitung erlauben (USB-Geräte dieses Rechners im Gast)</translation>
    </message>
    <message>
        <location filename="../ui/security/IsolationDialog.cpp" line="30" />
        <source>Allow &amp;file sharing (folders of this computer in the guest)</source>
        <translation>&amp;Dateifreigabe erlauben (Ordner dieses Rechners im Gast)</translation>
    </message>
    <message>
        <location filename="../ui/security/IsolationDialog.cpp" line="31" />
        <source>Guest &amp;agent channel (its addresses, a clean shutdown)</source>
        <translation>Kanal zum Gast&amp;agenten (seine Adressen, sauberes Herunterfahren)</translation>
    </message>
    <message>
        <location filename="../ui/security/IsolationDialog.cpp" line="35" />
        <source>Isolation of %1</source>
        <translation>Isolierung von %1</translation>
    </message>
    <message>
        <location filename="../ui/security/IsolationDialog.cpp" line="36" />
        <source>Clipboard</source>
        <translation>Zwischenablage</translation>
    </message>
    <message>
        <location filename="../ui/security/IsolationDialog.cpp" line="47" />
        <source>The host may ask the guest's agent (qemu-ga) for its addresses, a clean shutdown and frozen file systems for snapshots; off, the guest has no channel to the host.</source>
        <translation>Der Rechner darf den Agenten des Gasts (qemu-ga) nach seinen Adressen, einem sauberen Herunterfahren und eingefrorenen Dateisystemen für Schnappschüsse fragen; aus hat der Gast keinen Kanal zum Rechner.</translation>
    </message>
    <message>
        <location filename="../ui/security/IsolationDialog.cpp" line="52" />
        <source>Turning sharing off takes the devices out of the VM (shared folders at its next start). Vireo's console keeps to the clipboard setting at once.</source>
        <translation>Abgeschaltetes Teilen nimmt die Geräte aus der VM (geteilte Ordner bei ihrem nächsten Start). Die Konsole von Vireo hält sich sofort an die Einstellung der Zwischenablage.</translation>
    </message>
    <message>
        <location filename="../ui/security/IsolationDialog.cpp" line="59" />
        <source>&amp;Apply</source>
        <translation>&amp;Anwenden</translation>
    </message>
</context>
<context>
    <name>Vireo::Ui::JobRow</name>
    <message>
        <location filename="../ui/host/JobRow.cpp" line="19" />
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../ui/host/JobRow.cpp" line="73" />
        <source>%1: done.</source>
        <translation>%1: erledigt.</translation>
    </message>
    <message>
        <location filename="../ui/host/JobRow.cpp" line="91" />
        <source>Nothing was changed.</source>
        <translation>Es wurde nichts geändert.</translation>
    </message>
</context>
<context>
    <name>Vireo::Ui::LibraryActions</name>
    <message>
        <location filename="../ui/library/LibraryActions.cpp" line="38" />
        <source>Start the machine, or restore it where it was saved</source>
        <translation>Die Maschine starten oder dort fortsetzen, wo sie gesichert wurde</translation>
    </message>
    <message>
        <location filename="../ui/library/LibraryActions.cpp" line="43" />
        <source>Ask the guest to shut down (ACPI power button)</source>
        <translation>Das Gastsystem bitten, herunterzufahren (ACPI-Netzschalter)</translation>
    </message>
    <message>
        <location filename="../ui/library/LibraryActions.cpp" line="48" />
        <source>Ask the guest to restart</source>
        <translation>Das Gastsystem bitten, neu zu starten</translation>
    </message>
    <message>
        <location filename="../ui/library/LibraryActions.cpp" line="52" />
        <source>Stop the machine at once, like pulling the plug</source>
        <translation>Die Maschine sofort anhalten, als würde der Stecker gezogen</translation>
    </message>
    <message>
        <location filename="../ui/library/LibraryActions.cpp" line="57" />
        <source>Restart the machine at once, like pressing its reset button</source>
        <translation>Die Maschine sofort neu starten, als würde der Reset-Knopf gedrückt</translation>
    </message>
    <message>
        <location filename="../ui/library/LibraryActions.cpp" line="62" />
        <source>Freeze the machine in memory</source>
        <translation>Die Maschine im Arbeitsspeicher einfrieren</translation>
    </message>
    <message>
        <location filename="../ui/library/LibraryActions.cpp" line="66" />
        <source>Let a paused machine run again</source>
        <translation>Eine angehaltene Maschine weiterlaufen lassen</translation>
    </message>
    <message>
        <location filename="../ui/library/LibraryActions.cpp" line="70" />
        <source>Save the running machine to disk and stop it; Start restores it</source>
        <translation>Die laufende Maschine auf die Festplatte sichern und anhalten; Starten stellt sie wieder her</translation>
    </message>
    <message>
        <location filename="../ui/library/LibraryActions.cpp" line="76" />
        <source>Throw away the saved state; the next start boots afresh</source>
        <translation>Den gesicherten Zustand verwerfen; der nächste Start bootet neu</translation>
    </message>
    <message>
        <location filename="../ui/library/LibraryActions.cpp" line="81" />
        <source>Give the machine another name</source>
        <translation>Der Maschine einen anderen Namen geben</translation>
    </message>
    <message>
        <location filename="../ui/library/LibraryActions.cpp" line="85" />
        <source>Delete the machine, and optionally its disks</source>
        <translation>Die Maschine löschen, auf Wunsch mit ihren Festplatten</translation>
    </message>
    <message>
        <location filename="../ui/library/LibraryActions.cpp" line="159" />
        <source>Not available: the connection is %1.</source>
        <translation>Nicht verfügbar: Die Verbindung ist %1.</translation>
    </message>
    <message>
        <location filename="../ui/library/LibraryActions.cpp" line="168" />
        <source>Not available: %1</source>
        <translation>Nicht verfügbar: %1</translation>
    </message>
    <message>
        <location filename="../ui/library/LibraryActions.cpp" line="180" />
        <source>Select one machine for this.</source>
        <translation>Wählen Sie dafür eine einzelne Maschine.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/library/LibraryActions.cpp" line="191" />
        <source>For %1 of the %n selected machines.</source>
        <translation>
            <numerusform>Für %1 der gewählten Maschine.</numerusform>
            <numerusform>Für %1 der %n gewählten Maschinen.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Vireo::Ui::LineageDialog</name>
    <message>
        <location filename="../ui/templates/LineageDialog.cpp" line="39" />
        <source>overlay: %1</source>
        <translation>Schicht: %1</translation>
    </message>
    <message>
        <location filename="../ui/templates/LineageDialog.cpp" line="40" />
        <source>own image</source>
        <translation>eigenes Abbild</translation>
    </message>
    <message>
        <location filename="../ui/templates/LineageDialog.cpp" line="43" />
        <source>What this disk's own image takes on the host</source>
        <translation>Was das eigene Abbild dieser Festplatte auf dem Rechner belegt</translation>
    </message>
    <message>
        <location filename="../ui/templates/LineageDialog.cpp" line="46" />
        <source>backing image %1</source>
        <translation>Basisabbild %1</translation>
    </message>
    <message>
        <location filename="../ui/templates/LineageDialog.cpp" line="61" />
        <source>Lineage</source>
        <translation>Herkunft</translation>
    </message>
    <message>
        <location filename="../ui/templates/LineageDialog.cpp" line="66" />
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../ui/templates/LineageDialog.cpp" line="66" />
        <source>What</source>
        <translation>Was</translation>
    </message>
    <message>
        <location filename="../ui/templates/LineageDialog.cpp" line="66" />
        <source>On disk</source>
        <translation>Auf der Festplatte</translation>
    </message>
    <message>
        <location filename="../ui/templates/LineageDialog.cpp" line="66" />
        <source>Image</source>
        <translation>Abbild</translation>
    </message>
    <message>
        <location filename="../ui/templates/LineageDialog.cpp" line="67" />
        <source>Space the image takes on the host</source>
        <translation>Platz, den das Abbild auf dem Rechner belegt</translation>
    </message>
    <message>
        <location filename="../ui/templates/LineageDialog.cpp" line="73" />
        <source>&amp;Refresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <location filename="../ui/templates/LineageDialog.cpp" line="87" />
        <source>Reading the lineage...</source>
        <translation>Die Herkunft wird gelesen …</translation>
    </message>
    <message>
        <location filename="../ui/templates/LineageDialog.cpp" line="91" />
        <source>Could not read the lineage: %1</source>
        <translation>Die Herkunft konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location filename="../ui/templates/LineageDialog.cpp" line="102" />
        <source>Lineage of %1</source>
        <translation>Herkunft von %1</translation>
    </message>
    <message>
        <location filename="../ui/templates/LineageDialog.cpp" line="110" />
        <source>template</source>
        <translation>Vorlage</translation>
    </message>
    <message>
        <location filename="../ui/templates/LineageDialog.cpp" line="110" />
        <source>template, made from %1</source>
        <translation>Vorlage, erstellt aus %1</translation>
    </message>
    <message>
        <location filename="../ui/templates/LineageDialog.cpp" line="117" />
        <source>linked instance</source>
        <translation>verknüpfte Instanz</translation>
    </message>
    <message>
        <location filename="../ui/templates/LineageDialog.cpp" line="117" />
        <source>full instance</source>
        <translation>vollständige Instanz</translation>
    </message>
    <message>
        <location filename="../ui/templates/LineageDialog.cpp" line="118" />
        <source>, running</source>
        <translation>, läuft</translation>
    </message>
    <message>
        <location filename="../ui/templates/LineageDialog.cpp" line="118" />
        <source>, shut off</source>
        <translation>, ausgeschaltet</translation>
    </message>
    <message>
        <location filename="../ui/templates/LineageDialog.cpp" line="120" />
        <source>, from snapshot %1</source>
        <translation>, aus Schnappschuss %1</translation>
    </message>
    <message>
        <location filename="../ui/templates/LineageDialog.cpp" line="122" />
        <source> (found by its backing file)</source>
        <translation> (über ihre Basisdatei gefunden)</translation>
    </message>
    <message>
        <location filename="../ui/templates/LineageDialog.cpp" line="143" />
        <source>%1 has no instances yet: Machine &gt; New Instances makes some.</source>
        <translation>%1 hat noch keine Instanzen: Maschine &gt; Neue Instanzen erstellt welche.</translation>
    </message>
    <message>
        <location filename="../ui/templates/LineageDialog.cpp" line="145" />
        <source>%1 takes %2. Instances: %3, of which %4 linked, taking %5 of their own in all.</source>
        <translation>%1 belegt %2. Instanzen: %3, davon %4 verknüpft, die zusammen %5 eigenen Platz belegen.</translation>
    </message>
</context>
<context>
    <name>Vireo::Ui::LogTab</name>
    <message>
        <location filename="../ui/stats/LogTab.cpp" line="53" />
        <source>Events of the machine</source>
        <translation>Ereignisse der Maschine</translation>
    </message>
    <message>
        <location filename="../ui/stats/LogTab.cpp" line="54" />
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <location filename="../ui/stats/LogTab.cpp" line="54" />
        <source>Event</source>
        <translation>Ereignis</translation>
    </message>
    <message>
        <location filename="../ui/stats/LogTab.cpp" line="54" />
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <location filename="../ui/stats/LogTab.cpp" line="57" />
        <source>No events yet. Starting, stopping, saving and changing this machine are listed here, with what came of each.</source>
        <translation>Noch keine Ereignisse. Starten, Anhalten, Sichern und Ändern dieser Maschine werden hier aufgeführt, mit ihrem jeweiligen Ergebnis.</translation>
    </message>
    <message>
        <location filename="../ui/stats/LogTab.cpp" line="60" />
        <source>QEMU log of the machine</source>
        <translation>QEMU-Protokoll der Maschine</translation>
    </message>
    <message>
        <location filename="../ui/stats/LogTab.cpp" line="69" />
        <source>QEMU's log (its end):</source>
        <translation>Protokoll von QEMU (sein Ende):</translation>
    </message>
    <message>
        <location filename="../ui/stats/LogTab.cpp" line="125" />
        <source>(QEMU's log is on the VM's host.)</source>
        <translation>(Das Protokoll von QEMU liegt auf dem Rechner der VM.)</translation>
    </message>
    <message>
        <location filename="../ui/stats/LogTab.cpp" line="145" />
        <source>event</source>
        <translation>Ereignis</translation>
    </message>
    <message>
        <location filename="../ui/stats/LogTab.cpp" line="146" />
        <source>done</source>
        <translation>erledigt</translation>
    </message>
    <message>
        <location filename="../ui/stats/LogTab.cpp" line="147" />
        <source>failed: %1</source>
        <translation>fehlgeschlagen: %1</translation>
    </message>
</context>
<context>
    <name>Vireo::Ui::LoginDialog</name>
    <message>
        <location filename="../ui/common/LoginDialog.cpp" line="29" />
        <source>&amp;User name:</source>
        <translation>&amp;Benutzername:</translation>
    </message>
    <message>
        <location filename="../ui/common/LoginDialog.cpp" line="31" />
        <source>&amp;Password:</source>
        <translation>&amp;Passwort:</translation>
    </message>
    <message>
        <location filename="../ui/common/LoginDialog.cpp" line="50" />
        <source>This computer</source>
        <translation>Dieser Rechner</translation>
    </message>
    <message>
        <location filename="../ui/common/LoginDialog.cpp" line="54" />
        <source>SSH Key Passphrase</source>
        <translation>Passphrase des SSH-Schlüssels</translation>
    </message>
    <message>
        <location filename="../ui/common/LoginDialog.cpp" line="55" />
        <source>Log In to %1 (SSH)</source>
        <translation>Bei %1 anmelden (SSH)</translation>
    </message>
    <message>
        <location filename="../ui/common/LoginDialog.cpp" line="56" />
        <source>ssh asks this to reach a host over SSH (a qemu+ssh:// connection).</source>
        <translation>ssh fragt dies, um einen Rechner über SSH zu erreichen (eine qemu+ssh://-Verbindung).</translation>
    </message>
    <message>
        <location filename="../ui/common/LoginDialog.cpp" line="59" />
        <source>Log In to %1</source>
        <translation>Bei %1 anmelden</translation>
    </message>
    <message>
        <location filename="../ui/common/LoginDialog.cpp" line="60" />
        <source>&lt;b&gt;%1&lt;/b&gt; asks who you are before Vireo may manage its virtual machines.&lt;br&gt;Connection: %2</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; fragt, wer Sie sind, bevor Vireo seine virtuellen Maschinen verwalten darf.&lt;br&gt;Verbindung: %2</translation>
    </message>
    <message>
        <location filename="../ui/common/LoginDialog.cpp" line="84" />
        <source>&amp;Remember in the keyring</source>
        <translation>Im Schlüsselbund &amp;merken</translation>
    </message>
    <message>
        <location filename="../ui/common/LoginDialog.cpp" line="90" />
        <source>Kept in the desktop's keyring (never in a file of Vireo's): the next connection logs in without asking.</source>
        <translation>Im Schlüsselbund der Arbeitsumgebung aufbewahrt (nie in einer Datei von Vireo): Die nächste Verbindung meldet sich ohne Nachfrage an.</translation>
    </message>
    <message>
        <location filename="../ui/common/LoginDialog.cpp" line="97" />
        <source>%1 Try %2 of %3.</source>
        <translation>%1 Versuch %2 von %3.</translation>
    </message>
    <message>
        <location filename="../ui/common/LoginDialog.cpp" line="105" />
        <source>&amp;Log In</source>
        <translation>&amp;Anmelden</translation>
    </message>
</context>
<context>
    <name>Vireo::Ui::MainWindow</name>
    <message>
        <location filename="../ui/library/MainWindow.cpp" line="85" />
        <source>Vireo</source>
        <translation>Vireo</translation>
    </message>
    <message>
        <location filename="../ui/library/MainWindow.cpp" line="91" />
        <source>Virtual machines</source>
        <translation>Virtuelle Maschinen</translation>
    </message>
    <message>
        <location filename="../ui/library/MainWindow.cpp" line="103" />
        <source>Filter by name, state or OS (Ctrl+F)</source>
        <translation>Nach Name, Zustand oder Betriebssystem filtern (Strg+F)</translation>
    </message>
    <message>
        <location filename="../ui/library/MainWindow.cpp" line="106" />
        <source>Filter the machines</source>
        <translation>Maschinen filtern</translation>
    </message>
    <message>
        <location filename="../ui/library/MainWindow.cpp" line="127" />
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <location filename="../ui/library/MainWindow.cpp" line="128" />
        <source>Hardware</source>
        <translation>Hardware</translation>
    </message>
    <message>
        <location filename="../ui/library/MainWindow.cpp" line="129" />
        <source>Snapshots</source>
        <translation>Schnappschüsse</translation>
    </message>
    <message>
        <location filename="../ui/library/MainWindow.cpp" line="130" />
        <source>Performance</source>
        <translation>Leistung</translation>
    </message>
    <message>
        <location filename="../ui/library/MainWindow.cpp" line="136" />
        <source>Log</source>
        <translation>Protokoll</translation>
    </message>
    <message>
        <location filename="../ui/library/MainWindow.cpp" line="137" />
        <source>Security</source>
        <translation>Sicherheit</translation>
    </message>
    <message>
        <location filename="../ui/library/MainWindow.cpp" line="255" />
        <source>&amp;New Virtual Machine...</source>
        <translation>&amp;Neue virtuelle Maschine …</translation>
    </message>
    <message>
        <location filename="../ui/library/MainWindow.cpp" line="259" />
        <source>Create a virtual machine from an install image, a disk image or the network (Ctrl+N). You can also drop an ISO on this window.</source>
        <translation>Eine virtuelle Maschine aus einem Installationsabbild, einem Festplattenabbild oder aus dem Netz erstellen (Strg+N). Ein ISO-Abbild kann auch auf dieses Fenster gezogen werden.</translation>
    </message>
    <message>
        <location filename="../ui/library/MainWindow.cpp" line="263" />
        <source>&amp;Console</source>
        <translation>&amp;Konsole</translation>
    </message>
    <message>
        <location filename="../ui/library/MainWindow.cpp" line="267" />
        <source>Show the machine's screen (Ctrl+Enter, or double-click it)</source>
        <translation>Den Bildschirm der Maschine zeigen (Strg+Eingabe oder Doppelklick)</translation>
    </message>
    <message>
        <location filename="../ui/library/MainWindow.cpp" line="273" />
        <source>&amp;Add Connection...</source>
        <translation>Verbindung &amp;hinzufügen …</translation>
    </message>
    <message>
        <location filename="../ui/library/MainWindow.cpp" line="277" />
        <source>Re&amp;connect</source>
        <translation>Neu &amp;verbinden</translation>
    </message>
    <message>
        <location filename="../ui/library/MainWindow.cpp" line="282" />
        <source>&amp;Host Details</source>
        <translation>&amp;Rechnerdetails</translation>
    </message>
    <message>
        <location filename="../ui/library/MainWindow.cpp" line="285" />
        <source>The selected connection's host: its virtual networks, storage pools and volumes, and devices (Ctrl+Alt+H, or double-click the connection)</source>
        <translation>Der Rechner der gewählten Verbindung: seine virtuellen Netze, Speicherpools und Datenträger sowie Geräte (Strg+Alt+H oder Doppelklick auf die Verbindung)</translation>
    </message>
    <message>
        <location filename="../ui/library/MainWindow.cpp" line="292" />
        <source>&amp;Remove Connection</source>
        <translation>Verbindung &amp;entfernen</translation>
    </message>
    <message>
        <location filename="../ui/library/MainWindow.cpp" line="299" />
        <source>&amp;Eject Install Media and Boot from Disk</source>
        <translation>Installationsmedium &amp;auswerfen und von der Festplatte starten</translation>
    </message>
    <message>
        <location filename="../ui/library/MainWindow.cpp" line="302" />
        <source>Take the install image out of the machine's CD-ROM drives (they stay, empty) and start its installed system from the disk from now on</source>
        <translation>Das Installationsabbild aus den CD-ROM-Laufwerken der Maschine nehmen (sie bleiben leer erhalten) und das installierte System künftig von der Festplatte starten</translation>
    </message>
    <message>
        <location filename="../ui/library/MainWindow.cpp" line="308" />
        <source>Re&amp;fresh</source>
        <translation>A&amp;ktualisieren</translation>
    </message>
    <message>
        <location filename="../ui/library/MainWindow.cpp" line="314" />
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location filename="../ui/library/MainWindow.cpp" line="317" />
        <source>&amp;Filter</source>
        <translation>&amp;Filtern</translation>
    </message>
    <message>
        <location filename="../ui/library/MainWindow.cpp" line="325" />
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location filename="../ui/library/MainWindow.cpp" line="333" />
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <location filename="../ui/library/MainWindow.cpp" line="334" />
        <source>&amp;Preferences...</source>
        <translation>&amp;Einstellungen …</translation>
    </message>
    <message>
        <location filename="../ui/library/MainWindow.cpp" line="341" />
        <source>&amp;Machine</source>
        <translation>&amp;Maschine</translation>
    </message>
    <message>
        <location filename="../ui/library/MainWindow.cpp" line="349" />
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <location filename="../ui/library/MainWindow.cpp" line="352" />
        <source>&amp;Details Pane</source>
        <translation>&amp;Detailbereich</translation>
    </message>
    <message>
        <location filename="../ui/library/MainWindow.cpp" line="357" />
        <source>&amp;Hardware</source>
        <translation>&amp;Hardware</translation>
    </message>
    <message>
        <location filename="../ui/library/MainWindow.cpp" line="360" />
        <source>Edit the selected machine's CPUs, memory, disks, network cards and other devices</source>
        <translation>Prozessoren, Arbeitsspeicher, Festplatten, Netzwerkkarten und andere Geräte der gewählten Maschine bearbeiten</translation>
    </message>
    <message>
        <location filename="../ui/library/MainWindow.cpp" line="366" />
        <source>&amp;Snapshots</source>
        <translation>&amp;Schnappschüsse</translation>
    </message>
    <message>
        <location filename="../ui/library/MainWindow.cpp" line="372" />
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location filename="../ui/library/MainWindow.cpp" line="373" />
        <source>&amp;Check This Computer...</source>
        <translation>Diesen Rechner &amp;prüfen …</translation>
    </message>
    <message>
        <location filename="../ui/library/MainWindow.cpp" line="375" />
        <source>&amp;About Vireo</source>
        <translation>&amp;Über Vireo</translation>
    </message>
    <message>
        <location filename="../ui/library/MainWindow.cpp" line="376" />
        <source>About Vireo</source>
        <translation>Über Vireo</translation>
    </message>
    <message>
        <location filename="../ui/library/MainWindow.cpp" line="377" />
        <source>&lt;b&gt;Vireo %1&lt;/b&gt;&lt;br&gt;A desktop virtualization manager for KVM/QEMU through libvirt.</source>
        <translation>&lt;b&gt;Vireo %1&lt;/b&gt;&lt;br&gt;Eine Verwaltung virtueller Maschinen für KVM/QEMU über libvirt.</translation>
    </message>
    <message>
        <location filename="../ui/library/MainWindow.cpp" line="382" />
        <source>Machine</source>
        <translation>Maschine</translation>
    </message>
    <message>
        <location filename="../ui/library/MainWindow.cpp" line="464" />
        <source>performance graphs</source>
        <translation>Leistungsdiagramme</translation>
    </message>
    <message>
        <location filename="../ui/library/MainWindow.cpp" line="555" />
        <source>Add Connection...</source>
        <translation>Verbindung hinzufügen …</translation>
    </message>
    <message>
        <location filename="../ui/library/MainWindowOpen.cpp" line="45" />
        <source>Check %1</source>
        <translation>%1 prüfen</translation>
    </message>
    <message>
        <location filename="../ui/library/MainWindowOpen.cpp" line="46" />
        <source>Check This Computer</source>
        <translation>Diesen Rechner prüfen</translation>
    </message>
    <message>
        <location filename="../ui/library/MainWindowOpen.cpp" line="49" />
        <source>Check &amp;Again</source>
        <translation>&amp;Erneut prüfen</translation>
    </message>
    <message>
        <location filename="../ui/library/MainWindowOpen.cpp" line="111" />
        <source>No connection can create a virtual machine now.</source>
        <translation>Keine Verbindung kann gerade eine virtuelle Maschine erstellen.</translation>
    </message>
    <message>
        <location filename="../ui/library/MainWindowOpen.cpp" line="112" />
        <source>Connect to a libvirt daemon that is not read-only first.</source>
        <translation>Verbinden Sie sich zuerst mit einem libvirt-Dienst, der nicht schreibgeschützt ist.</translation>
    </message>
    <message>
        <location filename="../ui/library/MainWindowOpen.cpp" line="123" />
        <source>Created.</source>
        <translation>Erstellt.</translation>
    </message>
</context>
<context>
    <name>Vireo::Ui::MigrateDialog</name>
    <message>
        <location filename="../ui/migration/MigrateDialog.cpp" line="51" />
        <source>passed</source>
        <translation>bestanden</translation>
    </message>
    <message>
        <location filename="../ui/migration/MigrateDialog.cpp" line="53" />
        <source>warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <location filename="../ui/migration/MigrateDialog.cpp" line="55" />
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../ui/migration/MigrateDialog.cpp" line="59" />
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <location filename="../ui/migration/MigrateDialog.cpp" line="77" />
        <source>Keep it running while it moves (live)</source>
        <translation>Während des Umzugs weiterlaufen lassen (live)</translation>
    </message>
    <message>
        <location filename="../ui/migration/MigrateDialog.cpp" line="80" />
        <source>Keep its definition here too (a copy, not a move)</source>
        <translation>Ihre Definition auch hier behalten (eine Kopie, kein Umzug)</translation>
    </message>
    <message>
        <location filename="../ui/migration/MigrateDialog.cpp" line="81" />
        <source>Trust the shared storage (needed for NFS and other storage that is no cluster file system)</source>
        <translation>Dem gemeinsamen Speicher vertrauen (nötig für NFS und anderen Speicher ohne Cluster-Dateisystem)</translation>
    </message>
    <message>
        <location filename="../ui/migration/MigrateDialog.cpp" line="86" />
        <source>Auto-converge: slow the guest down if it changes its memory faster than it can be sent</source>
        <translation>Auto-Converge: den Gast bremsen, wenn er seinen Arbeitsspeicher schneller ändert, als er gesendet werden kann</translation>
    </message>
    <message>
        <location filename="../ui/migration/MigrateDialog.cpp" line="89" />
        <source>Compress memory on the way (for slow links; costs CPU)</source>
        <translation>Arbeitsspeicher unterwegs komprimieren (für langsame Verbindungen; kostet CPU)</translation>
    </message>
    <message>
        <location filename="../ui/migration/MigrateDialog.cpp" line="90" />
        <source>Allow post-copy: if it does not converge, run the VM there at once and fetch the rest</source>
        <translation>Post-Copy erlauben: Wenn es nicht konvergiert, die VM dort sofort ausführen und den Rest nachholen</translation>
    </message>
    <message>
        <location filename="../ui/migration/MigrateDialog.cpp" line="97" />
        <source>&amp;Migrate</source>
        <translation>&amp;Migrieren</translation>
    </message>
    <message>
        <location filename="../ui/migration/MigrateDialog.cpp" line="104" />
        <source>Migrate %1</source>
        <translation>%1 migrieren</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/migration/MigrateDialog.cpp" line="105" />
        <source>Migrate %n Machines</source>
        <translation>
            <numerusform>%n Maschine migrieren</numerusform>
            <numerusform>%n Maschinen migrieren</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/migration/MigrateDialog.cpp" line="110" />
        <source>Destination host</source>
        <translation>Zielrechner</translation>
    </message>
    <message>
        <location filename="../ui/migration/MigrateDialog.cpp" line="116" />
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../ui/migration/MigrateDialog.cpp" line="117" />
        <source>Another host...</source>
        <translation>Ein anderer Rechner …</translation>
    </message>
    <message>
        <location filename="../ui/migration/MigrateDialog.cpp" line="120" />
        <source>Destination URI</source>
        <translation>Ziel-URI</translation>
    </message>
    <message>
        <location filename="../ui/migration/MigrateDialog.cpp" line="121" />
        <source>The other host's libvirt address: qemu+ssh://user@host/system (SSH keys), qemu+tls://host/system (certificates) or qemu+tcp://host/system</source>
        <translation>Die libvirt-Adresse des anderen Rechners: qemu+ssh://benutzer@rechner/system (SSH-Schlüssel), qemu+tls://rechner/system (Zertifikate) oder qemu+tcp://rechner/system</translation>
    </message>
    <message>
        <location filename="../ui/migration/MigrateDialog.cpp" line="130" />
        <source>A running VM moves while it runs: it pauses only for a moment at the end.</source>
        <translation>Eine laufende VM zieht im Betrieb um: Sie hält nur am Ende kurz an.</translation>
    </message>
    <message>
        <location filename="../ui/migration/MigrateDialog.cpp" line="132" />
        <source>A shut-off VM moves as its definition (and disks, if they are on shared storage).</source>
        <translation>Eine ausgeschaltete VM zieht als Definition um (und mit ihren Festplatten, wenn diese auf gemeinsamem Speicher liegen).</translation>
    </message>
    <message>
        <location filename="../ui/migration/MigrateDialog.cpp" line="135" />
        <source>Disks</source>
        <translation>Festplatten</translation>
    </message>
    <message>
        <location filename="../ui/migration/MigrateDialog.cpp" line="136" />
        <source>Disks are on storage both hosts see (NFS, a cluster file system)</source>
        <translation>Die Festplatten liegen auf Speicher, den beide Rechner sehen (NFS, ein Cluster-Dateisystem)</translation>
    </message>
    <message>
        <location filename="../ui/migration/MigrateDialog.cpp" line="138" />
        <source>Copy the disks to the other host while it runs</source>
        <translation>Die Festplatten im laufenden Betrieb auf den anderen Rechner kopieren</translation>
    </message>
    <message>
        <location filename="../ui/migration/MigrateDialog.cpp" line="140" />
        <source>Copy only what the disks' backing images lack there</source>
        <translation>Nur kopieren, was den Basisabbildern der Festplatten dort fehlt</translation>
    </message>
    <message>
        <location filename="../ui/migration/MigrateDialog.cpp" line="142" />
        <source>Shared: nothing is copied, both hosts must see the same files. Copy: the disks go along; the other host needs a storage pool at the same folder with room for them.</source>
        <translation>Gemeinsam: Es wird nichts kopiert, beide Rechner müssen dieselben Dateien sehen. Kopieren: Die Festplatten ziehen mit; der andere Rechner braucht einen Speicherpool im selben Ordner mit Platz für sie.</translation>
    </message>
    <message>
        <location filename="../ui/migration/MigrateDialog.cpp" line="146" />
        <source>Copy into</source>
        <translation>Kopieren nach</translation>
    </message>
    <message>
        <location filename="../ui/migration/MigrateDialog.cpp" line="147" />
        <source>Where copied disks go on the other host: a pool there whose folder is the disk's own folder here, or a pool you choose (the disks get new paths in it)</source>
        <translation>Wohin kopierte Festplatten auf dem anderen Rechner kommen: in einen Pool dort, dessen Ordner der eigene Ordner der Festplatte hier ist, oder in einen Pool Ihrer Wahl (die Festplatten bekommen darin neue Pfade)</translation>
    </message>
    <message>
        <location filename="../ui/migration/MigrateDialog.cpp" line="150" />
        <source>Off (a move): the VM is defined only on the other host afterwards. On: this host keeps its definition, shut off.</source>
        <translation>Aus (ein Umzug): Die VM ist danach nur auf dem anderen Rechner definiert. Ein: Dieser Rechner behält ihre Definition, ausgeschaltet.</translation>
    </message>
    <message>
        <location filename="../ui/migration/MigrateDialog.cpp" line="153" />
        <source>libvirt moves VMs on shared disks only when it knows that both hosts cannot write them at once (a cluster file system, or no disk cache). Tick this when you know the storage is shared safely.</source>
        <translation>libvirt zieht VMs auf gemeinsamen Festplatten nur um, wenn es weiß, dass nicht beide Rechner zugleich darauf schreiben können (ein Cluster-Dateisystem oder kein Festplatten-Cache). Setzen Sie das Häkchen, wenn Sie wissen, dass der Speicher sicher geteilt wird.</translation>
    </message>
    <message>
        <location filename="../ui/migration/MigrateDialog.cpp" line="157" />
        <source> ms</source>
        <translation> ms</translation>
    </message>
    <message>
        <location filename="../ui/migration/MigrateDialog.cpp" line="158" />
        <source>libvirt's default (300 ms)</source>
        <translation>Vorgabe von libvirt (300 ms)</translation>
    </message>
    <message>
        <location filename="../ui/migration/MigrateDialog.cpp" line="159" />
        <source>Longest pause</source>
        <translation>Längste Pause</translation>
    </message>
    <message>
        <location filename="../ui/migration/MigrateDialog.cpp" line="160" />
        <source>At the end the VM pauses while the last memory is sent: the longest that pause may be. Longer lets busy guests finish sooner.</source>
        <translation>Am Ende hält die VM an, während der letzte Arbeitsspeicher gesendet wird: wie lang diese Pause höchstens sein darf. Länger lässt ausgelastete Gäste eher fertig werden.</translation>
    </message>
    <message>
        <location filename="../ui/migration/MigrateDialog.cpp" line="163" />
        <source> MiB/s</source>
        <translation> MiB/s</translation>
    </message>
    <message>
        <location filename="../ui/migration/MigrateDialog.cpp" line="164" />
        <source>no limit</source>
        <translation>keine Grenze</translation>
    </message>
    <message>
        <location filename="../ui/migration/MigrateDialog.cpp" line="165" />
        <source>Bandwidth limit</source>
        <translation>Bandbreitengrenze</translation>
    </message>
    <message>
        <location filename="../ui/migration/MigrateDialog.cpp" line="166" />
        <source>Keep the migration from taking the whole link</source>
        <translation>Verhindern, dass die Migration die ganze Verbindung belegt</translation>
    </message>
    <message>
        <location filename="../ui/migration/MigrateDialog.cpp" line="168" />
        <source>Post-copy always finishes, but while it fetches the rest, a failure of either host or the link loses the VM. QEMU needs userfaultfd on the other host (vm.unprivileged_userfaultfd=1).</source>
        <translation>Post-Copy wird immer fertig, aber solange der Rest nachgeholt wird, geht die VM verloren, wenn einer der Rechner oder die Verbindung ausfällt. QEMU braucht userfaultfd auf dem anderen Rechner (vm.unprivileged_userfaultfd=1).</translation>
    </message>
    <message>
        <location filename="../ui/migration/MigrateDialog.cpp" line="172" />
        <source>tcp://HOST (empty: the host's name)</source>
        <translation>tcp://RECHNER (leer: der Name des Rechners)</translation>
    </message>
    <message>
        <location filename="../ui/migration/MigrateDialog.cpp" line="173" />
        <source>Migration address</source>
        <translation>Migrationsadresse</translation>
    </message>
    <message>
        <location filename="../ui/migration/MigrateDialog.cpp" line="174" />
        <source>Where QEMU sends the memory and disks, when the other host's name is not the address to use (a separate migration network)</source>
        <translation>Wohin QEMU Arbeitsspeicher und Festplatten sendet, wenn der Name des anderen Rechners nicht die zu verwendende Adresse ist (ein eigenes Migrationsnetz)</translation>
    </message>
    <message>
        <location filename="../ui/migration/MigrateDialog.cpp" line="177" />
        <source>Destination</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <location filename="../ui/migration/MigrateDialog.cpp" line="179" />
        <source>&amp;Host:</source>
        <translation>&amp;Rechner:</translation>
    </message>
    <message>
        <location filename="../ui/migration/MigrateDialog.cpp" line="180" />
        <source>&amp;URI:</source>
        <translation>&amp;URI:</translation>
    </message>
    <message>
        <location filename="../ui/migration/MigrateDialog.cpp" line="181" />
        <source>How</source>
        <translation>Wie</translation>
    </message>
    <message>
        <location filename="../ui/migration/MigrateDialog.cpp" line="184" />
        <source>&amp;Disks:</source>
        <translation>&amp;Festplatten:</translation>
    </message>
    <message>
        <location filename="../ui/migration/MigrateDialog.cpp" line="185" />
        <source>Copy &amp;into:</source>
        <translation>Kopieren &amp;nach:</translation>
    </message>
    <message>
        <location filename="../ui/migration/MigrateDialog.cpp" line="188" />
        <source>Longest &amp;pause:</source>
        <translation>Längste &amp;Pause:</translation>
    </message>
    <message>
        <location filename="../ui/migration/MigrateDialog.cpp" line="189" />
        <source>&amp;Bandwidth:</source>
        <translation>&amp;Bandbreite:</translation>
    </message>
    <message>
        <location filename="../ui/migration/MigrateDialog.cpp" line="193" />
        <source>Migration &amp;address:</source>
        <translation>Migrations&amp;adresse:</translation>
    </message>
    <message>
        <location filename="../ui/migration/MigrateDialog.cpp" line="196" />
        <source>Checks</source>
        <translation>Prüfungen</translation>
    </message>
    <message>
        <location filename="../ui/migration/MigrateDialog.cpp" line="198" />
        <source>Check</source>
        <translation>Prüfung</translation>
    </message>
    <message>
        <location filename="../ui/migration/MigrateDialog.cpp" line="198" />
        <source>Why</source>
        <translation>Warum</translation>
    </message>
    <message>
        <location filename="../ui/migration/MigrateDialog.cpp" line="217" />
        <source>Vireo checks first that the other host can take %1; nothing starts while a check fails.</source>
        <translation>Vireo prüft zuerst, ob der andere Rechner %1 aufnehmen kann; nichts beginnt, solange eine Prüfung fehlschlägt.</translation>
    </message>
    <message>
        <location filename="../ui/migration/MigrateDialog.cpp" line="219" />
        <source>these machines</source>
        <translation>diese Maschinen</translation>
    </message>
    <message>
        <location filename="../ui/migration/MigrateDialog.cpp" line="247" />
        <source>Check &amp;Again</source>
        <translation>&amp;Erneut prüfen</translation>
    </message>
    <message>
        <location filename="../ui/migration/MigrateDialog.cpp" line="253" />
        <source>Close this window; migrations that run go on (see the status bar)</source>
        <translation>Dieses Fenster schließen; laufende Migrationen gehen weiter (siehe Statusleiste)</translation>
    </message>
    <message>
        <location filename="../ui/migration/MigrateDialog.cpp" line="338" />
        <source>A pool there at each disk's own folder</source>
        <translation>Ein Pool dort im eigenen Ordner jeder Festplatte</translation>
    </message>
    <message>
        <location filename="../ui/migration/MigrateDialog.cpp" line="340" />
        <source>The pool '%1'</source>
        <translation>Der Pool „%1“</translation>
    </message>
    <message>
        <location filename="../ui/migration/MigrateDialog.cpp" line="355" />
        <source>Choose the host to move to, or type its URI.</source>
        <translation>Wählen Sie den Zielrechner oder geben Sie seine URI ein.</translation>
    </message>
    <message>
        <location filename="../ui/migration/MigrateDialog.cpp" line="357" />
        <source>'%1' is not a libvirt URI: it looks like qemu+ssh://user@host/system.</source>
        <translation>„%1“ ist keine libvirt-URI: Sie sieht aus wie qemu+ssh://benutzer@rechner/system.</translation>
    </message>
    <message>
        <location filename="../ui/migration/MigrateDialog.cpp" line="360" />
        <source>The migration address looks like tcp://HOST or tcp://HOST:PORT.</source>
        <translation>Die Migrationsadresse sieht aus wie tcp://RECHNER oder tcp://RECHNER:PORT.</translation>
    </message>
    <message>
        <location filename="../ui/migration/MigrateDialog.cpp" line="367" />
        <source>Checking %1...</source>
        <translation>%1 wird geprüft …</translation>
    </message>
    <message>
        <location filename="../ui/migration/MigrateDialog.cpp" line="373" />
        <source>Its connection is gone.</source>
        <translation>Ihre Verbindung ist weg.</translation>
    </message>
    <message>
        <location filename="../ui/migration/MigrateDialog.cpp" line="403" />
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../ui/migration/MigrateDialog.cpp" line="407" />
        <source>The VM</source>
        <translation>Die VM</translation>
    </message>
    <message>
        <location filename="../ui/migration/MigrateDialog.cpp" line="422" />
        <source>A check failed: its line says what to do.</source>
        <translation>Eine Prüfung ist fehlgeschlagen: Ihre Zeile sagt, was zu tun ist.</translation>
    </message>
    <message>
        <location filename="../ui/migration/MigrateDialog.cpp" line="423" />
        <source>Every check passed: ready to migrate.</source>
        <translation>Alle Prüfungen bestanden: bereit zur Migration.</translation>
    </message>
    <message>
        <location filename="../ui/migration/MigrateDialog.cpp" line="433" />
        <source>Start moving to %1</source>
        <translation>Den Umzug nach %1 beginnen</translation>
    </message>
    <message>
        <location filename="../ui/migration/MigrateDialog.cpp" line="442" />
        <source>Moving to %1. You may close this window: the migrations go on, and the status bar shows them.</source>
        <translation>Umzug nach %1. Sie können dieses Fenster schließen: Die Migrationen gehen weiter, und die Statusleiste zeigt sie.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/migration/MigrateDialog.cpp" line="471" />
        <source>%1 of %n moved to %2.</source>
        <translation>
            <numerusform>%1 von %n nach %2 umgezogen.</numerusform>
            <numerusform>%1 von %n nach %2 umgezogen.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Vireo::Ui::MigrationActions</name>
    <message>
        <location filename="../ui/migration/MigrationActions.cpp" line="47" />
        <location filename="../ui/migration/MigrationActions.cpp" line="77" />
        <source>&amp;Migrate...</source>
        <translation>&amp;Migrieren …</translation>
    </message>
    <message>
        <location filename="../ui/migration/MigrationActions.cpp" line="53" />
        <location filename="../ui/migration/MigrationActions.cpp" line="79" />
        <source>Move the selected machines to another host, running or not (Ctrl+Shift+M, or drag them onto another connection)</source>
        <translation>Die gewählten Maschinen auf einen anderen Rechner umziehen, laufend oder nicht (Strg+Umschalt+M, oder auf eine andere Verbindung ziehen)</translation>
    </message>
    <message>
        <location filename="../ui/migration/MigrationActions.cpp" line="69" />
        <source>%1 is read-only: nothing moves from there.</source>
        <translation>%1 ist schreibgeschützt: Von dort zieht nichts um.</translation>
    </message>
    <message>
        <location filename="../ui/migration/MigrationActions.cpp" line="71" />
        <source>%1 is not connected.</source>
        <translation>%1 ist nicht verbunden.</translation>
    </message>
    <message>
        <location filename="../ui/migration/MigrationActions.cpp" line="74" />
        <source>Select the machines to move first.</source>
        <translation>Wählen Sie zuerst die umzuziehenden Maschinen.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/migration/MigrationActions.cpp" line="76" />
        <source>&amp;Migrate %n Machines...</source>
        <translation>
            <numerusform>%n Maschine &amp;migrieren …</numerusform>
            <numerusform>%n Maschinen &amp;migrieren …</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Vireo::Ui::MigrationRow</name>
    <message>
        <location filename="../ui/migration/MigrationRow.cpp" line="80" />
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../ui/migration/MigrationRow.cpp" line="81" />
        <source>Switch to Post-Copy</source>
        <translation>Zu Post-Copy wechseln</translation>
    </message>
    <message>
        <location filename="../ui/migration/MigrationRow.cpp" line="87" />
        <source>&lt;b&gt;%1&lt;/b&gt; to %2</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; nach %2</translation>
    </message>
    <message>
        <location filename="../ui/migration/MigrationRow.cpp" line="89" />
        <source>Memory %p%</source>
        <translation>Arbeitsspeicher %p %</translation>
    </message>
    <message>
        <location filename="../ui/migration/MigrationRow.cpp" line="90" />
        <source>Memory sent</source>
        <translation>Arbeitsspeicher gesendet</translation>
    </message>
    <message>
        <location filename="../ui/migration/MigrationRow.cpp" line="91" />
        <source>Disks %p%</source>
        <translation>Festplatten %p %</translation>
    </message>
    <message>
        <location filename="../ui/migration/MigrationRow.cpp" line="92" />
        <source>Disks copied</source>
        <translation>Festplatten kopiert</translation>
    </message>
    <message>
        <location filename="../ui/migration/MigrationRow.cpp" line="96" />
        <source>Starting...</source>
        <translation>Beginnt …</translation>
    </message>
    <message>
        <location filename="../ui/migration/MigrationRow.cpp" line="101" />
        <source>Stop the migration: the VM runs on here as it was, and nothing is left on the other host</source>
        <translation>Die Migration abbrechen: Die VM läuft hier weiter wie zuvor, und auf dem anderen Rechner bleibt nichts zurück</translation>
    </message>
    <message>
        <location filename="../ui/migration/MigrationRow.cpp" line="105" />
        <source>Run the VM on the other host now; it fetches the memory it still lacks from here. It then always finishes, but if either host or the link fails meanwhile, the VM is lost.</source>
        <translation>Die VM jetzt auf dem anderen Rechner ausführen; sie holt den noch fehlenden Arbeitsspeicher von hier. Dann wird sie immer fertig, aber fällt währenddessen einer der Rechner oder die Verbindung aus, geht die VM verloren.</translation>
    </message>
    <message>
        <location filename="../ui/migration/MigrationRow.cpp" line="108" />
        <source>Post-copy was not allowed when this migration started</source>
        <translation>Post-Copy war beim Start dieser Migration nicht erlaubt</translation>
    </message>
    <message>
        <location filename="../ui/migration/MigrationRow.cpp" line="150" />
        <source>Cancelling...</source>
        <translation>Wird abgebrochen …</translation>
    </message>
    <message>
        <location filename="../ui/migration/MigrationRow.cpp" line="158" />
        <source>Post-copy: %1 runs on the other host and fetches the rest of its memory from here.</source>
        <translation>Post-Copy: %1 läuft auf dem anderen Rechner und holt den Rest ihres Arbeitsspeichers von hier.</translation>
    </message>
    <message>
        <location filename="../ui/migration/MigrationRow.cpp" line="169" />
        <source>%1: moving</source>
        <translation>%1: zieht um</translation>
    </message>
    <message>
        <location filename="../ui/migration/MigrationRow.cpp" line="171" />
        <source>%1 now runs on %2 (paused %3 ms at the switch-over).</source>
        <translation>%1 läuft jetzt auf %2 (beim Wechsel %3 ms angehalten).</translation>
    </message>
    <message>
        <location filename="../ui/migration/MigrationRow.cpp" line="174" />
        <source>%1 is now on %2.</source>
        <translation>%1 ist jetzt auf %2.</translation>
    </message>
    <message>
        <location filename="../ui/migration/MigrationRow.cpp" line="175" />
        <source>%1 was not moved: %2</source>
        <translation>%1 wurde nicht umgezogen: %2</translation>
    </message>
    <message>
        <location filename="../ui/migration/MigrationRow.cpp" line="191" />
        <source>%1 left of %2 at %3/s</source>
        <translation>%1 von %2 übrig bei %3/s</translation>
    </message>
    <message>
        <location filename="../ui/migration/MigrationRow.cpp" line="194" />
        <source>%1 left of %2, measuring the rate</source>
        <translation>%1 von %2 übrig, die Rate wird gemessen</translation>
    </message>
    <message>
        <location filename="../ui/migration/MigrationRow.cpp" line="198" />
        <source>, pass %1</source>
        <translation>, Durchgang %1</translation>
    </message>
    <message>
        <location filename="../ui/migration/MigrationRow.cpp" line="200" />
        <source>, the guest changes %1/s</source>
        <translation>, der Gast ändert %1/s</translation>
    </message>
    <message>
        <location filename="../ui/migration/MigrationRow.cpp" line="202" />
        <source>, expected pause %1 ms</source>
        <translation>, erwartete Pause %1 ms</translation>
    </message>
    <message>
        <location filename="../ui/migration/MigrationRow.cpp" line="209" />
        <source>Not converging: the guest changes its memory about as fast as it is sent, so what is left does not shrink. Switch to post-copy to finish now, or cancel.</source>
        <translation>Konvergiert nicht: Der Gast ändert seinen Arbeitsspeicher etwa so schnell, wie er gesendet wird, daher schrumpft der Rest nicht. Wechseln Sie zu Post-Copy, um jetzt fertig zu werden, oder brechen Sie ab.</translation>
    </message>
    <message>
        <location filename="../ui/migration/MigrationRow.cpp" line="212" />
        <source>Not converging: the guest changes its memory about as fast as it is sent, so what is left does not shrink. Cancel, and migrate again with auto-converge (slows the guest until it converges) or post-copy allowed.</source>
        <translation>Konvergiert nicht: Der Gast ändert seinen Arbeitsspeicher etwa so schnell, wie er gesendet wird, daher schrumpft der Rest nicht. Brechen Sie ab und migrieren Sie erneut mit Auto-Converge (bremst den Gast, bis es konvergiert) oder mit erlaubtem Post-Copy.</translation>
    </message>
</context>
<context>
    <name>Vireo::Ui::NetworkDialog</name>
    <message>
        <location filename="../ui/host/NetworkDialog.cpp" line="24" />
        <source>Hand out addresses with &amp;DHCP</source>
        <translation>Adressen per &amp;DHCP vergeben</translation>
    </message>
    <message>
        <location filename="../ui/host/NetworkDialog.cpp" line="29" />
        <source>Start with the &amp;host</source>
        <translation>Mit dem &amp;Rechner starten</translation>
    </message>
    <message>
        <location filename="../ui/host/NetworkDialog.cpp" line="32" />
        <source>New Network</source>
        <translation>Neues Netz</translation>
    </message>
    <message>
        <location filename="../ui/host/NetworkDialog.cpp" line="36" />
        <source>e.g. lab</source>
        <translation>z. B. labor</translation>
    </message>
    <message>
        <location filename="../ui/host/NetworkDialog.cpp" line="37" />
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location filename="../ui/host/NetworkDialog.cpp" line="39" />
        <source>NAT: guests reach out through the host's address</source>
        <translation>NAT: Gäste erreichen die Außenwelt über die Adresse des Rechners</translation>
    </message>
    <message>
        <location filename="../ui/host/NetworkDialog.cpp" line="41" />
        <source>Isolated: guests reach each other and the host only</source>
        <translation>Isoliert: Gäste erreichen nur einander und den Rechner</translation>
    </message>
    <message>
        <location filename="../ui/host/NetworkDialog.cpp" line="43" />
        <source>Routed: guests' addresses routed by the host, no NAT</source>
        <translation>Geroutet: Der Rechner routet die Adressen der Gäste, ohne NAT</translation>
    </message>
    <message>
        <location filename="../ui/host/NetworkDialog.cpp" line="45" />
        <source>Host bridge: guests join an existing bridge of the host</source>
        <translation>Brücke des Rechners: Gäste treten einer vorhandenen Brücke des Rechners bei</translation>
    </message>
    <message>
        <location filename="../ui/host/NetworkDialog.cpp" line="47" />
        <source>&amp;Kind:</source>
        <translation>&amp;Art:</translation>
    </message>
    <message>
        <location filename="../ui/host/NetworkDialog.cpp" line="51" />
        <source>finding a free range...</source>
        <translation>ein freier Bereich wird gesucht …</translation>
    </message>
    <message>
        <location filename="../ui/host/NetworkDialog.cpp" line="52" />
        <source>IPv&amp;4 range:</source>
        <translation>IPv&amp;4-Bereich:</translation>
    </message>
    <message>
        <location filename="../ui/host/NetworkDialog.cpp" line="55" />
        <source>optional, e.g. fd00:100::/64</source>
        <translation>optional, z. B. fd00:100::/64</translation>
    </message>
    <message>
        <location filename="../ui/host/NetworkDialog.cpp" line="56" />
        <source>IPv&amp;6 range:</source>
        <translation>IPv&amp;6-Bereich:</translation>
    </message>
    <message>
        <location filename="../ui/host/NetworkDialog.cpp" line="58" />
        <source>&amp;Bridge:</source>
        <translation>&amp;Brücke:</translation>
    </message>
    <message>
        <location filename="../ui/host/NetworkDialog.cpp" line="59" />
        <source>any (optional: e.g. eth0)</source>
        <translation>beliebig (optional: z. B. eth0)</translation>
    </message>
    <message>
        <location filename="../ui/host/NetworkDialog.cpp" line="60" />
        <source>&amp;Leave by:</source>
        <translation>&amp;Hinaus über:</translation>
    </message>
    <message>
        <location filename="../ui/host/NetworkDialog.cpp" line="61" />
        <source>optional, e.g. lab</source>
        <translation>optional, z. B. labor</translation>
    </message>
    <message>
        <location filename="../ui/host/NetworkDialog.cpp" line="62" />
        <source>DNS &amp;domain:</source>
        <translation>DNS-&amp;Domäne:</translation>
    </message>
    <message>
        <location filename="../ui/host/NetworkDialog.cpp" line="67" />
        <source>C&amp;reate</source>
        <translation>&amp;Anlegen</translation>
    </message>
    <message>
        <location filename="../ui/host/NetworkDialog.cpp" line="82" />
        <source>%1 is free: no other network or route of the host uses it.</source>
        <translation>%1 ist frei: Kein anderes Netz und keine Route des Rechners nutzt ihn.</translation>
    </message>
    <message>
        <location filename="../ui/host/NetworkDialog.cpp" line="96" />
        <source>the host's bridge, e.g. br0</source>
        <translation>die Brücke des Rechners, z. B. br0</translation>
    </message>
    <message>
        <location filename="../ui/host/NetworkDialog.cpp" line="97" />
        <source>made by libvirt (virbrN) unless named</source>
        <translation>von libvirt angelegt (virbrN), sofern nicht benannt</translation>
    </message>
    <message>
        <location filename="../ui/host/NetworkDialog.cpp" line="99" />
        <source>The usual choice: guests get addresses from the range below and reach the outside through the host.</source>
        <translation>Die übliche Wahl: Gäste bekommen Adressen aus dem Bereich unten und erreichen die Außenwelt über den Rechner.</translation>
    </message>
    <message>
        <location filename="../ui/host/NetworkDialog.cpp" line="101" />
        <source>A lab: guests talk to each other and to the host, nothing else.</source>
        <translation>Ein Labor: Gäste sprechen miteinander und mit dem Rechner, mit nichts sonst.</translation>
    </message>
    <message>
        <location filename="../ui/host/NetworkDialog.cpp" line="102" />
        <source>Guests' addresses are reachable from the host's network; its router must know the range.</source>
        <translation>Die Adressen der Gäste sind aus dem Netz des Rechners erreichbar; dessen Router muss den Bereich kennen.</translation>
    </message>
    <message>
        <location filename="../ui/host/NetworkDialog.cpp" line="104" />
        <source>Guests sit on the host's own network, addressed by its DHCP server.</source>
        <translation>Gäste sitzen im eigenen Netz des Rechners und bekommen Adressen von dessen DHCP-Server.</translation>
    </message>
</context>
<context>
    <name>Vireo::Ui::NetworkPage</name>
    <message>
        <location filename="../ui/create/NetworkPage.cpp" line="22" />
        <source>&amp;User-mode networking (reaches out, nothing reaches in)</source>
        <translation>&amp;Benutzermodus-Netzwerk (erreicht nach außen, von außen nicht erreichbar)</translation>
    </message>
    <message>
        <location filename="../ui/create/NetworkPage.cpp" line="25" />
        <source>&amp;NAT through the "default" network (created when missing)</source>
        <translation>&amp;NAT über das Netz „default“ (wird angelegt, wenn es fehlt)</translation>
    </message>
    <message>
        <location filename="../ui/create/NetworkPage.cpp" line="26" />
        <source>&amp;NAT through the "%1" network</source>
        <translation>&amp;NAT über das Netz „%1“</translation>
    </message>
    <message>
        <location filename="../ui/create/NetworkPage.cpp" line="28" />
        <source>Host &amp;bridge:</source>
        <translation>&amp;Brücke des Rechners:</translation>
    </message>
    <message>
        <location filename="../ui/create/NetworkPage.cpp" line="29" />
        <source>N&amp;o network</source>
        <translation>&amp;Kein Netzwerk</translation>
    </message>
    <message>
        <location filename="../ui/create/NetworkPage.cpp" line="39" />
        <source>Network</source>
        <translation>Netzwerk</translation>
    </message>
    <message>
        <location filename="../ui/create/NetworkPage.cpp" line="63" />
        <source>Looking for the host's bridges...</source>
        <translation>Brücken des Rechners werden gesucht …</translation>
    </message>
    <message>
        <location filename="../ui/create/NetworkPage.cpp" line="74" />
        <source>The host has no bridge; name one made outside Vireo.</source>
        <translation>Der Rechner hat keine Brücke; nennen Sie eine außerhalb von Vireo angelegte.</translation>
    </message>
</context>
<context>
    <name>Vireo::Ui::NewVmWizard</name>
    <message>
        <location filename="../ui/create/NewVmWizard.cpp" line="35" />
        <source>New Virtual Machine on %1</source>
        <translation>Neue virtuelle Maschine auf %1</translation>
    </message>
    <message>
        <location filename="../ui/create/NewVmWizard.cpp" line="48" />
        <source>&amp;Create</source>
        <translation>&amp;Erstellen</translation>
    </message>
    <message>
        <location filename="../ui/create/NewVmWizard.cpp" line="185" />
        <source>Cancelling: removing what was converted...</source>
        <translation>Abbruch: Bereits Umgewandeltes wird entfernt …</translation>
    </message>
    <message>
        <location filename="../ui/create/NewVmWizard.cpp" line="203" />
        <source>Creating %1...</source>
        <translation>%1 wird erstellt …</translation>
    </message>
    <message>
        <location filename="../ui/create/NewVmWizard.cpp" line="228" />
        <source>Nothing was created. %1</source>
        <translation>Es wurde nichts erstellt. %1</translation>
    </message>
    <message>
        <location filename="../ui/create/NewVmWizard.cpp" line="234" />
        <source>QEMU Cannot Reach a File</source>
        <translation>QEMU erreicht eine Datei nicht</translation>
    </message>
    <message>
        <location filename="../ui/create/NewVmWizard.cpp" line="235" />
        <source>&amp;Let QEMU Reach It</source>
        <translation>QEMU den &amp;Zugriff erlauben</translation>
    </message>
    <message>
        <location filename="../ui/create/NewVmWizard.cpp" line="246" />
        <source>KVM failed</source>
        <translation>KVM ist fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../ui/create/NewVmWizard.cpp" line="247" />
        <source>%1

Create the machine with software emulation instead?</source>
        <translation>%1

Die Maschine stattdessen mit Software-Emulation erstellen?</translation>
    </message>
</context>
<context>
    <name>Vireo::Ui::NotificationArea</name>
    <message>
        <location filename="../ui/common/NotificationArea.cpp" line="93" />
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <location filename="../ui/common/NotificationArea.cpp" line="102" />
        <source>Dismiss</source>
        <translation>Schließen</translation>
    </message>
</context>
<context>
    <name>Vireo::Ui::OperationPresenter</name>
    <message>
        <location filename="../ui/common/OperationPresenter.cpp" line="16" />
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../ui/common/OperationPresenter.cpp" line="37" />
        <source>Cancel: %1</source>
        <translation>Abbrechen: %1</translation>
    </message>
    <message>
        <location filename="../ui/common/OperationPresenter.cpp" line="47" />
        <source>%1: done.</source>
        <translation>%1: erledigt.</translation>
    </message>
</context>
<context>
    <name>Vireo::Ui::OsPage</name>
    <message>
        <location filename="../ui/create/OsPage.cpp" line="27" />
        <source>Which operating system?</source>
        <translation>Welches Betriebssystem?</translation>
    </message>
    <message>
        <location filename="../ui/create/OsPage.cpp" line="30" />
        <source>Choose another...</source>
        <translation>Ein anderes wählen …</translation>
    </message>
    <message>
        <location filename="../ui/create/OsPage.cpp" line="32" />
        <source>Search, e.g. Fedora, Windows 11, debian11</source>
        <translation>Suchen, z. B. Fedora, Windows 11, debian11</translation>
    </message>
    <message>
        <location filename="../ui/create/OsPage.cpp" line="124" />
        <source>Reading the operating system database...</source>
        <translation>Die Betriebssystem-Datenbank wird gelesen …</translation>
    </message>
    <message>
        <location filename="../ui/create/OsPage.cpp" line="132" />
        <source>The image is on %1: choose the operating system it installs.</source>
        <translation>Das Abbild liegt auf %1: Wählen Sie das Betriebssystem, das es installiert.</translation>
    </message>
    <message>
        <location filename="../ui/create/OsPage.cpp" line="138" />
        <source>Choose the operating system the machine will run.</source>
        <translation>Wählen Sie das Betriebssystem, das die Maschine ausführen wird.</translation>
    </message>
    <message>
        <location filename="../ui/create/OsPage.cpp" line="146" />
        <source>Looking at the image...</source>
        <translation>Das Abbild wird untersucht …</translation>
    </message>
    <message>
        <location filename="../ui/create/OsPage.cpp" line="167" />
        <source>Detected: &lt;b&gt;%1&lt;/b&gt;, newer than the OS database: the settings and install script of &lt;b&gt;%2&lt;/b&gt; are used.</source>
        <translation>Erkannt: &lt;b&gt;%1&lt;/b&gt;, neuer als die Betriebssystem-Datenbank: Die Einstellungen und das Installationsskript von &lt;b&gt;%2&lt;/b&gt; werden verwendet.</translation>
    </message>
    <message>
        <location filename="../ui/create/OsPage.cpp" line="173" />
        <source>Detected: &lt;b&gt;%1&lt;/b&gt;%2</source>
        <translation>Erkannt: &lt;b&gt;%1&lt;/b&gt;%2</translation>
    </message>
    <message>
        <location filename="../ui/create/OsPage.cpp" line="177" />
        <source> (version %1)</source>
        <translation> (Version %1)</translation>
    </message>
    <message>
        <location filename="../ui/create/OsPage.cpp" line="183" />
        <source>Vireo could not recognise the operating system on this image. Choose it below.</source>
        <translation>Vireo konnte das Betriebssystem auf diesem Abbild nicht erkennen. Wählen Sie es unten.</translation>
    </message>
</context>
<context>
    <name>Vireo::Ui::PerformanceTab</name>
    <message>
        <location filename="../ui/stats/PerformanceTab.cpp" line="83" />
        <source>1 minute</source>
        <translation>1 Minute</translation>
    </message>
    <message>
        <location filename="../ui/stats/PerformanceTab.cpp" line="84" />
        <source>10 minutes</source>
        <translation>10 Minuten</translation>
    </message>
    <message>
        <location filename="../ui/stats/PerformanceTab.cpp" line="85" />
        <source>1 hour</source>
        <translation>1 Stunde</translation>
    </message>
    <message>
        <location filename="../ui/stats/PerformanceTab.cpp" line="86" />
        <source>24 hours</source>
        <translation>24 Stunden</translation>
    </message>
    <message>
        <location filename="../ui/stats/PerformanceTab.cpp" line="87" />
        <source>7 days</source>
        <translation>7 Tage</translation>
    </message>
    <message>
        <location filename="../ui/stats/PerformanceTab.cpp" line="93" />
        <source>Pause</source>
        <translation>Anhalten</translation>
    </message>
    <message>
        <location filename="../ui/stats/PerformanceTab.cpp" line="97" />
        <source>Export CSV...</source>
        <translation>Als CSV exportieren …</translation>
    </message>
    <message>
        <location filename="../ui/stats/PerformanceTab.cpp" line="100" />
        <source>Export Statistics</source>
        <translation>Statistik exportieren</translation>
    </message>
    <message>
        <location filename="../ui/stats/PerformanceTab.cpp" line="100" />
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <location filename="../ui/stats/PerformanceTab.cpp" line="107" />
        <source>Could not write %1: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <location filename="../ui/stats/PerformanceTab.cpp" line="112" />
        <source>Range:</source>
        <translation>Zeitraum:</translation>
    </message>
    <message>
        <location filename="../ui/stats/PerformanceTab.cpp" line="119" />
        <location filename="../ui/stats/PerformanceTab.cpp" line="129" />
        <location filename="../ui/stats/PerformanceTab.cpp" line="299" />
        <source>CPU</source>
        <translation>CPU</translation>
    </message>
    <message>
        <location filename="../ui/stats/PerformanceTab.cpp" line="119" />
        <location filename="../ui/stats/PerformanceTab.cpp" line="302" />
        <source>% of its vCPUs</source>
        <translation>% ihrer vCPUs</translation>
    </message>
    <message>
        <location filename="../ui/stats/PerformanceTab.cpp" line="121" />
        <location filename="../ui/stats/PerformanceTab.cpp" line="300" />
        <source>Memory</source>
        <translation>Arbeitsspeicher</translation>
    </message>
    <message>
        <location filename="../ui/stats/PerformanceTab.cpp" line="121" />
        <source>MiB</source>
        <translation>MiB</translation>
    </message>
    <message>
        <location filename="../ui/stats/PerformanceTab.cpp" line="121" />
        <source>used</source>
        <translation>belegt</translation>
    </message>
    <message>
        <location filename="../ui/stats/PerformanceTab.cpp" line="121" />
        <location filename="../ui/stats/PerformanceTab.cpp" line="301" />
        <source>allocated</source>
        <translation>zugeteilt</translation>
    </message>
    <message>
        <location filename="../ui/stats/PerformanceTab.cpp" line="123" />
        <source>Disk I/O</source>
        <translation>Festplatten-E/A</translation>
    </message>
    <message>
        <location filename="../ui/stats/PerformanceTab.cpp" line="123" />
        <source>MiB/s</source>
        <translation>MiB/s</translation>
    </message>
    <message>
        <location filename="../ui/stats/PerformanceTab.cpp" line="123" />
        <source>read</source>
        <translation>lesen</translation>
    </message>
    <message>
        <location filename="../ui/stats/PerformanceTab.cpp" line="123" />
        <source>write</source>
        <translation>schreiben</translation>
    </message>
    <message>
        <location filename="../ui/stats/PerformanceTab.cpp" line="125" />
        <source>Network I/O</source>
        <translation>Netzwerk-E/A</translation>
    </message>
    <message>
        <location filename="../ui/stats/PerformanceTab.cpp" line="125" />
        <source>KiB/s</source>
        <translation>KiB/s</translation>
    </message>
    <message>
        <location filename="../ui/stats/PerformanceTab.cpp" line="125" />
        <source>receive</source>
        <translation>empfangen</translation>
    </message>
    <message>
        <location filename="../ui/stats/PerformanceTab.cpp" line="125" />
        <source>transmit</source>
        <translation>senden</translation>
    </message>
    <message>
        <location filename="../ui/stats/PerformanceTab.cpp" line="129" />
        <source>Busiest VMs</source>
        <translation>Die am stärksten ausgelasteten VMs</translation>
    </message>
    <message>
        <location filename="../ui/stats/PerformanceTab.cpp" line="129" />
        <source>Host share</source>
        <translation>Anteil am Rechner</translation>
    </message>
    <message>
        <location filename="../ui/stats/PerformanceTab.cpp" line="199" />
        <source>No samples yet: the machine is shut off</source>
        <translation>Noch keine Messwerte: Die Maschine ist ausgeschaltet</translation>
    </message>
    <message>
        <location filename="../ui/stats/PerformanceTab.cpp" line="201" />
        <source>Not sampled: turned off in Preferences, or no such device</source>
        <translation>Nicht erfasst: in den Einstellungen ausgeschaltet oder kein solches Gerät</translation>
    </message>
    <message>
        <location filename="../ui/stats/PerformanceTab.cpp" line="202" />
        <source>No samples in this range yet</source>
        <translation>Noch keine Messwerte in diesem Zeitraum</translation>
    </message>
    <message>
        <location filename="../ui/stats/PerformanceTab.cpp" line="221" />
        <source>Host CPU</source>
        <translation>CPU des Rechners</translation>
    </message>
    <message>
        <location filename="../ui/stats/PerformanceTab.cpp" line="222" />
        <source>Host memory</source>
        <translation>Arbeitsspeicher des Rechners</translation>
    </message>
    <message>
        <location filename="../ui/stats/PerformanceTab.cpp" line="223" />
        <source>total</source>
        <translation>gesamt</translation>
    </message>
    <message>
        <location filename="../ui/stats/PerformanceTab.cpp" line="224" />
        <source>% of the host</source>
        <translation>% des Rechners</translation>
    </message>
    <message>
        <location filename="../ui/stats/PerformanceTab.cpp" line="333" />
        <source>Paused</source>
        <translation>Angehalten</translation>
    </message>
</context>
<context>
    <name>Vireo::Ui::PoolDialog</name>
    <message>
        <location filename="../ui/host/StorageDialogs.cpp" line="35" />
        <source>Folder on the host (dir)</source>
        <translation>Ordner auf dem Rechner (dir)</translation>
    </message>
    <message>
        <location filename="../ui/host/StorageDialogs.cpp" line="36" />
        <source>Partition with a file system (fs)</source>
        <translation>Partition mit Dateisystem (fs)</translation>
    </message>
    <message>
        <location filename="../ui/host/StorageDialogs.cpp" line="37" />
        <source>Network share, NFS (netfs)</source>
        <translation>Netzwerkfreigabe, NFS (netfs)</translation>
    </message>
    <message>
        <location filename="../ui/host/StorageDialogs.cpp" line="38" />
        <source>LVM volume group (logical)</source>
        <translation>LVM-Volumengruppe (logical)</translation>
    </message>
    <message>
        <location filename="../ui/host/StorageDialogs.cpp" line="39" />
        <source>Whole disk, partitions as volumes (disk)</source>
        <translation>Ganze Festplatte, Partitionen als Datenträger (disk)</translation>
    </message>
    <message>
        <location filename="../ui/host/StorageDialogs.cpp" line="41" />
        <source>iSCSI target (iscsi)</source>
        <translation>iSCSI-Ziel (iscsi)</translation>
    </message>
    <message>
        <location filename="../ui/host/StorageDialogs.cpp" line="62" />
        <source>&amp;Build it: make the folder, or a file system or label where there is none</source>
        <translation>&amp;Aufbauen: den Ordner anlegen oder ein Dateisystem bzw. eine Kennzeichnung, wo keine ist</translation>
    </message>
    <message>
        <location filename="../ui/host/StorageDialogs.cpp" line="65" />
        <source>Start with the &amp;host</source>
        <translation>Mit dem &amp;Rechner starten</translation>
    </message>
    <message>
        <location filename="../ui/host/StorageDialogs.cpp" line="68" />
        <source>New Storage Pool</source>
        <translation>Neuer Speicherpool</translation>
    </message>
    <message>
        <location filename="../ui/host/StorageDialogs.cpp" line="72" />
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location filename="../ui/host/StorageDialogs.cpp" line="74" />
        <source>&amp;Type:</source>
        <translation>&amp;Typ:</translation>
    </message>
    <message>
        <location filename="../ui/host/StorageDialogs.cpp" line="76" />
        <source>e.g. /srv/images</source>
        <translation>z. B. /srv/images</translation>
    </message>
    <message>
        <location filename="../ui/host/StorageDialogs.cpp" line="77" />
        <source>&amp;Folder:</source>
        <translation>&amp;Ordner:</translation>
    </message>
    <message>
        <location filename="../ui/host/StorageDialogs.cpp" line="78" />
        <source>e.g. /dev/sdb1</source>
        <translation>z. B. /dev/sdb1</translation>
    </message>
    <message>
        <location filename="../ui/host/StorageDialogs.cpp" line="79" />
        <source>&amp;Device:</source>
        <translation>&amp;Gerät:</translation>
    </message>
    <message>
        <location filename="../ui/host/StorageDialogs.cpp" line="80" />
        <source>e.g. nas.example.org</source>
        <translation>z. B. nas.example.org</translation>
    </message>
    <message>
        <location filename="../ui/host/StorageDialogs.cpp" line="81" />
        <source>&amp;Server:</source>
        <translation>&amp;Server:</translation>
    </message>
    <message>
        <location filename="../ui/host/StorageDialogs.cpp" line="82" />
        <source>e.g. /export/images</source>
        <translation>z. B. /export/images</translation>
    </message>
    <message>
        <location filename="../ui/host/StorageDialogs.cpp" line="83" />
        <source>&amp;Export:</source>
        <translation>&amp;Freigabe:</translation>
    </message>
    <message>
        <location filename="../ui/host/StorageDialogs.cpp" line="84" />
        <source>&amp;Group or target:</source>
        <translation>&amp;Gruppe oder Ziel:</translation>
    </message>
    <message>
        <location filename="../ui/host/StorageDialogs.cpp" line="85" />
        <source>optional: ext4, nfs, gpt...</source>
        <translation>optional: ext4, nfs, gpt …</translation>
    </message>
    <message>
        <location filename="../ui/host/StorageDialogs.cpp" line="86" />
        <source>F&amp;ormat:</source>
        <translation>F&amp;ormat:</translation>
    </message>
    <message>
        <location filename="../ui/host/StorageDialogs.cpp" line="126" />
        <source>the target's IQN</source>
        <translation>die IQN des Ziels</translation>
    </message>
    <message>
        <location filename="../ui/host/StorageDialogs.cpp" line="127" />
        <source>the LVM volume group</source>
        <translation>die LVM-Volumengruppe</translation>
    </message>
</context>
<context>
    <name>Vireo::Ui::Preferences</name>
    <message>
        <location filename="../ui/common/Preferences.cpp" line="107" />
        <source>Force Off, Force Reset and discarding a saved state</source>
        <translation>Ausschalten oder Zurücksetzen erzwingen und einen gesicherten Zustand verwerfen</translation>
    </message>
    <message>
        <location filename="../ui/common/Preferences.cpp" line="108" />
        <source>An action on several machines at once</source>
        <translation>Eine Aktion für mehrere Maschinen zugleich</translation>
    </message>
    <message>
        <location filename="../ui/common/Preferences.cpp" line="109" />
        <source>Deleting a snapshot</source>
        <translation>Einen Schnappschuss löschen</translation>
    </message>
    <message>
        <location filename="../ui/common/Preferences.cpp" line="110" />
        <source>Removing a device from a machine</source>
        <translation>Ein Gerät aus einer Maschine entfernen</translation>
    </message>
    <message>
        <location filename="../ui/common/Preferences.cpp" line="111" />
        <source>Deleting a storage pool or volume</source>
        <translation>Einen Speicherpool oder Datenträger löschen</translation>
    </message>
    <message>
        <location filename="../ui/common/Preferences.cpp" line="112" />
        <source>Deleting a firewall filter</source>
        <translation>Einen Firewall-Filter löschen</translation>
    </message>
</context>
<context>
    <name>Vireo::Ui::PreferencesDialog</name>
    <message>
        <location filename="../ui/library/PreferencesDialog.cpp" line="45" />
        <source>Preferences</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <location filename="../ui/library/PreferencesDialog.cpp" line="47" />
        <source>&amp;General</source>
        <translation>&amp;Allgemein</translation>
    </message>
    <message>
        <location filename="../ui/library/PreferencesDialog.cpp" line="48" />
        <source>&amp;Statistics</source>
        <translation>&amp;Statistik</translation>
    </message>
    <message>
        <location filename="../ui/library/PreferencesDialog.cpp" line="49" />
        <source>C&amp;onsole</source>
        <translation>K&amp;onsole</translation>
    </message>
    <message>
        <location filename="../ui/library/PreferencesDialog.cpp" line="50" />
        <source>Con&amp;firmations</source>
        <translation>&amp;Rückfragen</translation>
    </message>
    <message>
        <location filename="../ui/library/PreferencesDialog.cpp" line="51" />
        <source>&amp;New Machines</source>
        <translation>&amp;Neue Maschinen</translation>
    </message>
    <message>
        <location filename="../ui/library/PreferencesDialog.cpp" line="56" />
        <source>Changes apply at once.</source>
        <translation>Änderungen gelten sofort.</translation>
    </message>
    <message>
        <location filename="../ui/library/PreferencesDialog.cpp" line="66" />
        <source>As the desktop (light or dark)</source>
        <translation>Wie die Arbeitsumgebung (hell oder dunkel)</translation>
    </message>
    <message>
        <location filename="../ui/library/PreferencesDialog.cpp" line="67" />
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <location filename="../ui/library/PreferencesDialog.cpp" line="68" />
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
    <message>
        <location filename="../ui/library/PreferencesDialog.cpp" line="70" />
        <source>Follows the desktop's dark or light preference, or keeps one</source>
        <translation>Folgt der hellen oder dunklen Einstellung der Arbeitsumgebung oder bleibt bei einer</translation>
    </message>
    <message>
        <location filename="../ui/library/PreferencesDialog.cpp" line="71" />
        <source>&amp;Appearance:</source>
        <translation>&amp;Erscheinungsbild:</translation>
    </message>
    <message>
        <location filename="../ui/library/PreferencesDialog.cpp" line="74" />
        <source>As the system</source>
        <translation>Wie das System</translation>
    </message>
    <message>
        <location filename="../ui/library/PreferencesDialog.cpp" line="74" />
        <source>As the system (%1)</source>
        <translation>Wie das System (%1)</translation>
    </message>
    <message>
        <location filename="../ui/library/PreferencesDialog.cpp" line="81" />
        <source>The language of the windows and of numbers, sizes and dates</source>
        <translation>Die Sprache der Fenster sowie von Zahlen, Größen und Datumsangaben</translation>
    </message>
    <message>
        <location filename="../ui/library/PreferencesDialog.cpp" line="82" />
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <location filename="../ui/library/PreferencesDialog.cpp" line="83" />
        <source>A new language applies when Vireo next starts.</source>
        <translation>Eine neue Sprache gilt ab dem nächsten Start von Vireo.</translation>
    </message>
    <message>
        <location filename="../ui/library/PreferencesDialog.cpp" line="96" />
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <location filename="../ui/library/PreferencesDialog.cpp" line="98" />
        <source>How often running machines' CPU, memory, disk and network use are read</source>
        <translation>Wie oft die CPU-, Arbeitsspeicher-, Festplatten- und Netzwerknutzung laufender Maschinen gelesen wird</translation>
    </message>
    <message>
        <location filename="../ui/library/PreferencesDialog.cpp" line="102" />
        <source>Sample &amp;every:</source>
        <translation>Messen &amp;alle:</translation>
    </message>
    <message>
        <location filename="../ui/library/PreferencesDialog.cpp" line="103" />
        <source>&amp;Disk activity</source>
        <translation>&amp;Datenträgeraktivität</translation>
    </message>
    <message>
        <location filename="../ui/library/PreferencesDialog.cpp" line="106" />
        <source>Bytes and operations per second of each disk</source>
        <translation>Bytes und Vorgänge pro Sekunde je Datenträger</translation>
    </message>
    <message>
        <location filename="../ui/library/PreferencesDialog.cpp" line="108" />
        <source>Network &amp;traffic</source>
        <translation>Netz&amp;werkverkehr</translation>
    </message>
    <message>
        <location filename="../ui/library/PreferencesDialog.cpp" line="111" />
        <source>Bytes per second received and sent by each network card</source>
        <translation>Empfangene und gesendete Bytes pro Sekunde je Netzwerkkarte</translation>
    </message>
    <message>
        <location filename="../ui/library/PreferencesDialog.cpp" line="113" />
        <source>Sample:</source>
        <translation>Erfassen:</translation>
    </message>
    <message>
        <location filename="../ui/library/PreferencesDialog.cpp" line="113" />
        <source>CPU and memory, always</source>
        <translation>CPU und Speicher, immer</translation>
    </message>
    <message>
        <location filename="../ui/library/PreferencesDialog.cpp" line="116" />
        <source>&amp;Keep the history on disk (the Performance tab's past)</source>
        <translation>Verlauf auf der Festplatte &amp;aufbewahren (die Vergangenheit im Reiter Leistung)</translation>
    </message>
    <message>
        <location filename="../ui/library/PreferencesDialog.cpp" line="125" />
        <source> days</source>
        <translation> Tage</translation>
    </message>
    <message>
        <location filename="../ui/library/PreferencesDialog.cpp" line="126" />
        <source>Minute averages older than this are removed; the last hour keeps every sample</source>
        <translation>Ältere Minutenmittel werden entfernt; die letzte Stunde behält jede Messung</translation>
    </message>
    <message>
        <location filename="../ui/library/PreferencesDialog.cpp" line="131" />
        <source>Keep &amp;history for:</source>
        <translation>&amp;Verlauf aufbewahren für:</translation>
    </message>
    <message>
        <location filename="../ui/library/PreferencesDialog.cpp" line="142" />
        <source>Fit to window</source>
        <translation>An das Fenster anpassen</translation>
    </message>
    <message>
        <location filename="../ui/library/PreferencesDialog.cpp" line="143" />
        <source>Actual size</source>
        <translation>Originalgröße</translation>
    </message>
    <message>
        <location filename="../ui/library/PreferencesDialog.cpp" line="144" />
        <source>Resize the guest to the window (needs its agent)</source>
        <translation>Gast an die Fenstergröße anpassen (braucht seinen Agenten)</translation>
    </message>
    <message>
        <location filename="../ui/library/PreferencesDialog.cpp" line="146" />
        <source>How consoles show the guest's screen; open consoles follow</source>
        <translation>Wie Konsolen den Bildschirm des Gasts zeigen; offene Konsolen folgen</translation>
    </message>
    <message>
        <location filename="../ui/library/PreferencesDialog.cpp" line="147" />
        <source>&amp;Scaling:</source>
        <translation>&amp;Skalierung:</translation>
    </message>
    <message>
        <location filename="../ui/library/PreferencesDialog.cpp" line="154" />
        <source>The keys that give the keyboard and mouse back from the console (shown in its status bar)</source>
        <translation>Die Tasten, mit denen die Konsole Tastatur und Maus wieder freigibt (in ihrer Statusleiste angezeigt)</translation>
    </message>
    <message>
        <location filename="../ui/library/PreferencesDialog.cpp" line="156" />
        <source>&amp;Release the keyboard with:</source>
        <translation>Tastatur &amp;freigeben mit:</translation>
    </message>
    <message>
        <source>Release the keyboard:</source>
        <translation type="vanished">Tastatur freigeben:</translation>
    </message>
    <message>
        <source>Ctrl+Alt (shown in the console's status bar)</source>
        <translation type="vanished">Strg+Alt (in der Statusleiste der Konsole angezeigt)</translation>
    </message>
    <message>
        <location filename="../ui/library/PreferencesDialog.cpp" line="164" />
        <source>Ask before:</source>
        <translation>Nachfragen vor:</translation>
    </message>
    <message>
        <location filename="../ui/library/PreferencesDialog.cpp" line="183" />
        <source>The selected connection</source>
        <translation>Die gewählte Verbindung</translation>
    </message>
    <message>
        <location filename="../ui/library/PreferencesDialog.cpp" line="191" />
        <source>&amp;Connection:</source>
        <translation>&amp;Verbindung:</translation>
    </message>
    <message>
        <location filename="../ui/library/PreferencesDialog.cpp" line="194" />
        <source>The storage pool new disks go to (default: "default")</source>
        <translation>Der Speicherpool für neue Festplatten (Vorgabe: „default“)</translation>
    </message>
    <message>
        <location filename="../ui/library/PreferencesDialog.cpp" line="196" />
        <source>Storage &amp;pool:</source>
        <translation>Speicher&amp;pool:</translation>
    </message>
    <message>
        <location filename="../ui/library/PreferencesDialog.cpp" line="199" />
        <source>The virtual network new machines' NAT card joins (default: "default")</source>
        <translation>Das virtuelle Netz, dem die NAT-Karte neuer Maschinen beitritt (Vorgabe: „default“)</translation>
    </message>
    <message>
        <location filename="../ui/library/PreferencesDialog.cpp" line="203" />
        <source>&amp;Network:</source>
        <translation>&amp;Netzwerk:</translation>
    </message>
    <message>
        <location filename="../ui/library/PreferencesDialog.cpp" line="206" />
        <source>As the operating system needs</source>
        <translation>Wie das Betriebssystem es braucht</translation>
    </message>
    <message>
        <location filename="../ui/library/PreferencesDialog.cpp" line="207" />
        <source>BIOS (unless the OS needs UEFI)</source>
        <translation>BIOS (außer das Betriebssystem braucht UEFI)</translation>
    </message>
    <message>
        <location filename="../ui/library/PreferencesDialog.cpp" line="208" />
        <source>UEFI</source>
        <translation>UEFI</translation>
    </message>
    <message>
        <location filename="../ui/library/PreferencesDialog.cpp" line="210" />
        <source>&amp;Firmware:</source>
        <translation>&amp;Firmware:</translation>
    </message>
</context>
<context>
    <name>Vireo::Ui::RemainingGraph</name>
    <message>
        <location filename="../ui/migration/MigrationRow.cpp" line="22" />
        <source>What is left to send, over time</source>
        <translation>Was noch zu senden ist, über die Zeit</translation>
    </message>
    <message>
        <location filename="../ui/migration/MigrationRow.cpp" line="23" />
        <source>What is left to send over time: a line that falls to zero converges; one that stays level does not.</source>
        <translation>Was über die Zeit noch zu senden ist: Eine Linie, die auf null fällt, konvergiert; eine, die gleich bleibt, nicht.</translation>
    </message>
    <message>
        <location filename="../ui/migration/MigrationRow.cpp" line="43" />
        <source>No figures yet</source>
        <translation>Noch keine Werte</translation>
    </message>
    <message>
        <location filename="../ui/migration/MigrationRow.cpp" line="62" />
        <source>%1 left, %2 s</source>
        <translation>%1 übrig, %2 s</translation>
    </message>
</context>
<context>
    <name>Vireo::Ui::RemoteImagePicker</name>
    <message>
        <location filename="../ui/create/RemoteImagePicker.cpp" line="22" />
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <location filename="../ui/create/RemoteImagePicker.cpp" line="23" />
        <source>&amp;Upload a Local Image...</source>
        <translation>Lokales Abbild &amp;hochladen …</translation>
    </message>
    <message>
        <location filename="../ui/create/RemoteImagePicker.cpp" line="25" />
        <source>Cancel Upload</source>
        <translation>Hochladen abbrechen</translation>
    </message>
    <message>
        <location filename="../ui/create/RemoteImagePicker.cpp" line="84" />
        <source>Reading the install images on %1...</source>
        <translation>Die Installationsabbilder auf %1 werden gelesen …</translation>
    </message>
    <message>
        <location filename="../ui/create/RemoteImagePicker.cpp" line="99" />
        <source>%1  (pool %2, %3 MiB)</source>
        <translation>%1  (Pool %2, %3 MiB)</translation>
    </message>
    <message>
        <location filename="../ui/create/RemoteImagePicker.cpp" line="102" />
        <source>No install image (*.iso) in this host's storage pools: upload one from this machine.</source>
        <translation>Kein Installationsabbild (*.iso) in den Speicherpools dieses Rechners: Laden Sie eines von diesem Rechner hoch.</translation>
    </message>
    <message>
        <location filename="../ui/create/RemoteImagePicker.cpp" line="104" />
        <source>Install images in the storage pools of %1.</source>
        <translation>Installationsabbilder in den Speicherpools von %1.</translation>
    </message>
    <message>
        <location filename="../ui/create/RemoteImagePicker.cpp" line="116" />
        <location filename="../ui/create/RemoteImagePicker.cpp" line="131" />
        <source>Upload an install image</source>
        <translation>Ein Installationsabbild hochladen</translation>
    </message>
    <message>
        <location filename="../ui/create/RemoteImagePicker.cpp" line="117" />
        <source>Install images (*.iso);;All files (*)</source>
        <translation>Installationsabbilder (*.iso);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../ui/create/RemoteImagePicker.cpp" line="126" />
        <source>This host has no active storage pool to upload into.</source>
        <translation>Dieser Rechner hat keinen aktiven Speicherpool, in den hochgeladen werden könnte.</translation>
    </message>
    <message>
        <location filename="../ui/create/RemoteImagePicker.cpp" line="132" />
        <source>Storage pool on %1:</source>
        <translation>Speicherpool auf %1:</translation>
    </message>
    <message>
        <location filename="../ui/create/RemoteImagePicker.cpp" line="147" />
        <source>Uploading %1 to the pool %2...</source>
        <translation>%1 wird in den Pool %2 hochgeladen …</translation>
    </message>
</context>
<context>
    <name>Vireo::Ui::ResourcesPage</name>
    <message>
        <location filename="../ui/create/ResourcesPage.cpp" line="21" />
        <source>Memory and processors</source>
        <translation>Arbeitsspeicher und Prozessoren</translation>
    </message>
    <message>
        <location filename="../ui/create/ResourcesPage.cpp" line="24" />
        <source> MiB</source>
        <translation> MiB</translation>
    </message>
    <message>
        <location filename="../ui/create/ResourcesPage.cpp" line="34" />
        <source>&amp;Memory:</source>
        <translation>&amp;Arbeitsspeicher:</translation>
    </message>
    <message>
        <location filename="../ui/create/ResourcesPage.cpp" line="35" />
        <source>&amp;vCPUs:</source>
        <translation>&amp;vCPUs:</translation>
    </message>
    <message>
        <location filename="../ui/create/ResourcesPage.cpp" line="56" />
        <source>A virtual machine needs some memory.</source>
        <translation>Eine virtuelle Maschine braucht etwas Arbeitsspeicher.</translation>
    </message>
    <message>
        <location filename="../ui/create/ResourcesPage.cpp" line="58" />
        <source>%1 MiB is more memory than this host has (%2 MiB).</source>
        <translation>%1 MiB ist mehr Arbeitsspeicher, als dieser Rechner hat (%2 MiB).</translation>
    </message>
    <message>
        <location filename="../ui/create/ResourcesPage.cpp" line="62" />
        <source>A virtual machine needs at least one vCPU.</source>
        <translation>Eine virtuelle Maschine braucht mindestens eine vCPU.</translation>
    </message>
    <message>
        <location filename="../ui/create/ResourcesPage.cpp" line="64" />
        <source>%1 vCPUs are more than this host has (%2).</source>
        <translation>%1 vCPUs sind mehr, als dieser Rechner hat (%2).</translation>
    </message>
    <message>
        <location filename="../ui/create/ResourcesPage.cpp" line="73" />
        <source>This host has %1 CPUs and %2 MiB of memory.</source>
        <translation>Dieser Rechner hat %1 CPUs und %2 MiB Arbeitsspeicher.</translation>
    </message>
    <message>
        <location filename="../ui/create/ResourcesPage.cpp" line="76" />
        <source>Reading the host's capacity...</source>
        <translation>Die Kapazität des Rechners wird gelesen …</translation>
    </message>
    <message>
        <location filename="../ui/create/ResourcesPage.cpp" line="79" />
        <source>%1 needs at least %2 MiB; it may not install or run with less.</source>
        <translation>%1 braucht mindestens %2 MiB; mit weniger lässt es sich womöglich nicht installieren oder ausführen.</translation>
    </message>
</context>
<context>
    <name>Vireo::Ui::SecurityTab</name>
    <message>
        <location filename="../ui/security/SecurityTab.cpp" line="44" />
        <source>As it should be</source>
        <translation>Wie es sein soll</translation>
    </message>
    <message>
        <location filename="../ui/security/SecurityTab.cpp" line="46" />
        <source>Worth knowing</source>
        <translation>Gut zu wissen</translation>
    </message>
    <message>
        <location filename="../ui/security/SecurityTab.cpp" line="48" />
        <source>Weaker than it should be</source>
        <translation>Schwächer, als es sein sollte</translation>
    </message>
    <message>
        <location filename="../ui/security/SecurityTab.cpp" line="50" />
        <source>Flagged: exposed</source>
        <translation>Markiert: angreifbar</translation>
    </message>
    <message>
        <location filename="../ui/security/SecurityTab.cpp" line="68" />
        <location filename="../ui/security/SecurityTab.cpp" line="258" />
        <source>&amp;Listen on This Computer Only</source>
        <translation>Nur auf diesem Rechner &amp;lauschen</translation>
    </message>
    <message>
        <location filename="../ui/security/SecurityTab.cpp" line="69" />
        <source>&amp;Refresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <location filename="../ui/security/SecurityTab.cpp" line="79" />
        <source>What</source>
        <translation>Was</translation>
    </message>
    <message>
        <location filename="../ui/security/SecurityTab.cpp" line="79" />
        <source>How it stands</source>
        <translation>Wie es steht</translation>
    </message>
    <message>
        <location filename="../ui/security/SecurityTab.cpp" line="85" />
        <source>Security findings</source>
        <translation>Sicherheitsbefunde</translation>
    </message>
    <message>
        <location filename="../ui/security/SecurityTab.cpp" line="135" />
        <source>Select a VM to see what protects it, or a connection for all its VMs.</source>
        <translation>Wählen Sie eine VM, um zu sehen, was sie schützt, oder eine Verbindung für alle ihre VMs.</translation>
    </message>
    <message>
        <location filename="../ui/security/SecurityTab.cpp" line="148" />
        <source>Reading...</source>
        <translation>Wird gelesen …</translation>
    </message>
    <message>
        <location filename="../ui/security/SecurityTab.cpp" line="193" />
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/security/SecurityTab.cpp" line="228" />
        <source>%n VM(s) on this host.</source>
        <translation>
            <numerusform>%n VM auf diesem Rechner.</numerusform>
            <numerusform>%n VMs auf diesem Rechner.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/security/SecurityTab.cpp" line="231" />
        <source>%n flagged line(s): someone else could reach what should be private.</source>
        <translation>
            <numerusform>%n markierte Zeile: Jemand anderes könnte erreichen, was privat sein sollte.</numerusform>
            <numerusform>%n markierte Zeilen: Jemand anderes könnte erreichen, was privat sein sollte.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/security/SecurityTab.cpp" line="237" />
        <source>Nothing flagged; %n line(s) weaker than they should be.</source>
        <translation>
            <numerusform>Nichts markiert; %n Zeile schwächer, als sie sein sollte.</numerusform>
            <numerusform>Nichts markiert; %n Zeilen schwächer, als sie sein sollten.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/security/SecurityTab.cpp" line="240" />
        <source>Nothing flagged.</source>
        <translation>Nichts markiert.</translation>
    </message>
    <message>
        <location filename="../ui/security/SecurityTab.cpp" line="259" />
        <source>The display listens on 127.0.0.1: only this computer reaches it (Vireo's console still does; from elsewhere, use an SSH connection). A running VM takes it at its next start.</source>
        <translation>Die Anzeige lauscht auf 127.0.0.1: Nur dieser Rechner erreicht sie (die Konsole von Vireo weiterhin; von anderswo nutzen Sie eine SSH-Verbindung). Eine laufende VM übernimmt das beim nächsten Start.</translation>
    </message>
    <message>
        <location filename="../ui/security/SecurityTab.cpp" line="263" />
        <source>Choose &amp;Isolation...</source>
        <translation>&amp;Isolierung wählen …</translation>
    </message>
    <message>
        <location filename="../ui/security/SecurityTab.cpp" line="264" />
        <source>What this VM shares with this computer: the clipboard, USB devices, folders, the guest agent.</source>
        <translation>Was diese VM mit diesem Rechner teilt: die Zwischenablage, USB-Geräte, Ordner, den Gastagenten.</translation>
    </message>
    <message>
        <location filename="../ui/security/SecurityTab.cpp" line="267" />
        <source>Choose &amp;Firewall...</source>
        <translation>&amp;Firewall wählen …</translation>
    </message>
    <message>
        <location filename="../ui/security/SecurityTab.cpp" line="268" />
        <source>What this network card may send and receive: no spoofing, isolated from other VMs, host only, no inbound connections, or a filter of yours.</source>
        <translation>Was diese Netzwerkkarte senden und empfangen darf: kein Spoofing, von anderen VMs getrennt, nur zum Rechner, keine eingehenden Verbindungen oder ein eigener Filter.</translation>
    </message>
    <message>
        <location filename="../ui/security/SecurityTab.cpp" line="275" />
        <source>The connection is read-only.</source>
        <translation>Die Verbindung ist schreibgeschützt.</translation>
    </message>
</context>
<context>
    <name>Vireo::Ui::ShareFolderDialog</name>
    <message>
        <location filename="../ui/console/ShareFolderDialog.cpp" line="30" />
        <source>With &amp;virtiofs: a folder of the host, mounted by its tag (Linux guests)</source>
        <translation>Mit &amp;virtiofs: ein Ordner des Rechners, eingehängt über seine Kennung (Linux-Gäste)</translation>
    </message>
    <message>
        <location filename="../ui/console/ShareFolderDialog.cpp" line="33" />
        <source>Through the &amp;console (SPICE): a folder of this computer, while the console is open</source>
        <translation>Über die &amp;Konsole (SPICE): ein Ordner dieses Computers, solange die Konsole offen ist</translation>
    </message>
    <message>
        <location filename="../ui/console/ShareFolderDialog.cpp" line="37" />
        <source>&amp;Browse...</source>
        <translation>&amp;Durchsuchen …</translation>
    </message>
    <message>
        <location filename="../ui/console/ShareFolderDialog.cpp" line="40" />
        <source>&amp;Read-only: the guest cannot change the folder</source>
        <translation>&amp;Schreibgeschützt: Der Gast kann den Ordner nicht ändern</translation>
    </message>
    <message>
        <location filename="../ui/console/ShareFolderDialog.cpp" line="44" />
        <source>Share a Folder</source>
        <translation>Einen Ordner teilen</translation>
    </message>
    <message>
        <location filename="../ui/console/ShareFolderDialog.cpp" line="46" />
        <location filename="../ui/console/ShareFolderDialog.cpp" line="133" />
        <source>Host folder</source>
        <translation>Ordner des Rechners</translation>
    </message>
    <message>
        <location filename="../ui/console/ShareFolderDialog.cpp" line="47" />
        <source>/home/you/Shared</source>
        <translation>/home/ich/Geteilt</translation>
    </message>
    <message>
        <location filename="../ui/console/ShareFolderDialog.cpp" line="49" />
        <source>Tag</source>
        <translation>Kennung</translation>
    </message>
    <message>
        <location filename="../ui/console/ShareFolderDialog.cpp" line="50" />
        <source>The name the guest mounts the folder by</source>
        <translation>Der Name, unter dem der Gast den Ordner einhängt</translation>
    </message>
    <message>
        <location filename="../ui/console/ShareFolderDialog.cpp" line="63" />
        <source>A session connection cannot share folders with virtiofs (libvirt runs virtiofsd only for the system connection).</source>
        <translation>Eine Sitzungsverbindung kann keine Ordner mit virtiofs teilen (libvirt startet virtiofsd nur für die Systemverbindung).</translation>
    </message>
    <message>
        <location filename="../ui/console/ShareFolderDialog.cpp" line="68" />
        <source>Open the machine's console to share a folder through it.</source>
        <translation>Öffnen Sie die Konsole der Maschine, um darüber einen Ordner zu teilen.</translation>
    </message>
    <message>
        <location filename="../ui/console/ShareFolderDialog.cpp" line="72" />
        <source>For session connections and guests without virtiofs (Windows): the guest runs spice-webdavd</source>
        <translation>Für Sitzungsverbindungen und Gäste ohne virtiofs (Windows): Im Gast läuft spice-webdavd</translation>
    </message>
    <message>
        <location filename="../ui/console/ShareFolderDialog.cpp" line="84" />
        <source>Folder to Share</source>
        <translation>Zu teilender Ordner</translation>
    </message>
    <message>
        <location filename="../ui/console/ShareFolderDialog.cpp" line="100" />
        <source>&amp;Folder:</source>
        <translation>&amp;Ordner:</translation>
    </message>
    <message>
        <location filename="../ui/console/ShareFolderDialog.cpp" line="103" />
        <source>&amp;Tag:</source>
        <translation>&amp;Kennung:</translation>
    </message>
    <message>
        <location filename="../ui/console/ShareFolderDialog.cpp" line="106" />
        <source>&amp;Share</source>
        <translation>&amp;Teilen</translation>
    </message>
    <message>
        <location filename="../ui/console/ShareFolderDialog.cpp" line="127" />
        <source>The guest's spice-webdavd offers the folder while this console is open: in a Linux guest's file manager at &lt;tt&gt;dav://localhost:9843/&lt;/tt&gt;, in Windows as a network drive.</source>
        <translation>Der spice-webdavd des Gasts bietet den Ordner an, solange diese Konsole offen ist: in der Dateiverwaltung eines Linux-Gasts unter &lt;tt&gt;dav://localhost:9843/&lt;/tt&gt;, unter Windows als Netzlaufwerk.</translation>
    </message>
    <message>
        <location filename="../ui/console/ShareFolderDialog.cpp" line="130" />
        <source>The guest sees the folder through virtiofs. In a Linux guest: &lt;tt&gt;mount -t virtiofs TAG /mnt&lt;/tt&gt;; Windows guests need the virtio-win drivers and WinFsp.</source>
        <translation>Der Gast sieht den Ordner über virtiofs. In einem Linux-Gast: &lt;tt&gt;mount -t virtiofs KENNUNG /mnt&lt;/tt&gt;; Windows-Gäste brauchen die virtio-win-Treiber und WinFsp.</translation>
    </message>
    <message>
        <location filename="../ui/console/ShareFolderDialog.cpp" line="133" />
        <source>Folder of this computer</source>
        <translation>Ordner dieses Computers</translation>
    </message>
    <message>
        <location filename="../ui/console/ShareFolderDialog.cpp" line="137" />
        <source>Choose the folder</source>
        <translation>Den Ordner wählen</translation>
    </message>
    <message>
        <location filename="../ui/console/ShareFolderDialog.cpp" line="138" />
        <source>The folder is on the host: type its path there</source>
        <translation>Der Ordner liegt auf dem Rechner: Geben Sie seinen Pfad dort ein</translation>
    </message>
    <message>
        <location filename="../ui/console/ShareFolderDialog.cpp" line="156" />
        <location filename="../ui/console/ShareFolderDialog.cpp" line="188" />
        <source>Sharing...</source>
        <translation>Wird geteilt …</translation>
    </message>
    <message>
        <location filename="../ui/console/ShareFolderDialog.cpp" line="167" />
        <source>The folder is there when the machine next starts (its memory must first be shared with virtiofs).</source>
        <translation>Der Ordner ist beim nächsten Start der Maschine da (ihr Arbeitsspeicher muss erst für virtiofs freigegeben werden).</translation>
    </message>
    <message>
        <location filename="../ui/console/ShareFolderDialog.cpp" line="169" />
        <source>The folder is there now.</source>
        <translation>Der Ordner ist jetzt da.</translation>
    </message>
    <message>
        <location filename="../ui/console/ShareFolderDialog.cpp" line="171" />
        <source>%1 Mount it in the guest with: mount -t virtiofs %2 /mnt</source>
        <translation>%1 Im Gast einhängen mit: mount -t virtiofs %2 /mnt</translation>
    </message>
    <message>
        <location filename="../ui/console/ShareFolderDialog.cpp" line="195" />
        <source>The console was closed.</source>
        <translation>Die Konsole wurde geschlossen.</translation>
    </message>
    <message>
        <location filename="../ui/console/ShareFolderDialog.cpp" line="206" />
        <source>The machine gets its folder-sharing channel when it next starts; from then on %1 is shared while this console is open.</source>
        <translation>Die Maschine bekommt ihren Ordnerfreigabe-Kanal beim nächsten Start; ab dann wird %1 geteilt, solange diese Konsole offen ist.</translation>
    </message>
    <message>
        <location filename="../ui/console/ShareFolderDialog.cpp" line="209" />
        <source>%1 is shared while this console is open; the guest's spice-webdavd offers it (dav://localhost:9843/).</source>
        <translation>%1 wird geteilt, solange diese Konsole offen ist; der spice-webdavd des Gasts bietet ihn an (dav://localhost:9843/).</translation>
    </message>
</context>
<context>
    <name>Vireo::Ui::SnapshotsPanel</name>
    <message>
        <location filename="../ui/snapshots/SnapshotsPanel.cpp" line="40" />
        <source>Running</source>
        <translation>Läuft</translation>
    </message>
    <message>
        <location filename="../ui/snapshots/SnapshotsPanel.cpp" line="41" />
        <source>Paused</source>
        <translation>Angehalten</translation>
    </message>
    <message>
        <location filename="../ui/snapshots/SnapshotsPanel.cpp" line="42" />
        <source>Shut off</source>
        <translation>Ausgeschaltet</translation>
    </message>
    <message>
        <location filename="../ui/snapshots/SnapshotsPanel.cpp" line="43" />
        <source>Disk only</source>
        <translation>Nur Festplatte</translation>
    </message>
    <message>
        <location filename="../ui/snapshots/SnapshotsPanel.cpp" line="46" />
        <source>, with memory</source>
        <translation>, mit Arbeitsspeicher</translation>
    </message>
    <message>
        <location filename="../ui/snapshots/SnapshotsPanel.cpp" line="48" />
        <source>, external</source>
        <translation>, extern</translation>
    </message>
    <message>
        <location filename="../ui/snapshots/SnapshotsPanel.cpp" line="55" />
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <location filename="../ui/snapshots/SnapshotsPanel.cpp" line="57" />
        <source>none (disks only)</source>
        <translation>keiner (nur Festplatten)</translation>
    </message>
    <message>
        <location filename="../ui/snapshots/SnapshotsPanel.cpp" line="76" />
        <source>Take Snapshot...</source>
        <translation>Schnappschuss erstellen …</translation>
    </message>
    <message>
        <location filename="../ui/snapshots/SnapshotsPanel.cpp" line="78" />
        <source>Revert...</source>
        <translation>Zurückkehren …</translation>
    </message>
    <message>
        <location filename="../ui/snapshots/SnapshotsPanel.cpp" line="80" />
        <source>Delete...</source>
        <translation>Löschen …</translation>
    </message>
    <message>
        <location filename="../ui/snapshots/SnapshotsPanel.cpp" line="82" />
        <source>Delete with Children...</source>
        <translation>Mit Nachfolgern löschen …</translation>
    </message>
    <message>
        <location filename="../ui/snapshots/SnapshotsPanel.cpp" line="84" />
        <source>Edit Description...</source>
        <translation>Beschreibung bearbeiten …</translation>
    </message>
    <message>
        <location filename="../ui/snapshots/SnapshotsPanel.cpp" line="86" />
        <source>Make Template...</source>
        <translation>Vorlage erstellen …</translation>
    </message>
    <message>
        <location filename="../ui/snapshots/SnapshotsPanel.cpp" line="90" />
        <source>Snapshots</source>
        <translation>Schnappschüsse</translation>
    </message>
    <message>
        <location filename="../ui/snapshots/SnapshotsPanel.cpp" line="92" />
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../ui/snapshots/SnapshotsPanel.cpp" line="92" />
        <source>Taken</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <location filename="../ui/snapshots/SnapshotsPanel.cpp" line="92" />
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <location filename="../ui/snapshots/SnapshotsPanel.cpp" line="92" />
        <source>Memory Size</source>
        <translation>Speichergröße</translation>
    </message>
    <message>
        <location filename="../ui/snapshots/SnapshotsPanel.cpp" line="92" />
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <location filename="../ui/snapshots/SnapshotsPanel.cpp" line="93" />
        <source>Disk space the saved memory state takes</source>
        <translation>Der Festplattenplatz, den der gesicherte Speicherzustand belegt</translation>
    </message>
    <message>
        <source>No snapshots yet.</source>
        <translation type="vanished">Noch keine Schnappschüsse.</translation>
    </message>
    <message>
        <location filename="../ui/snapshots/SnapshotsPanel.cpp" line="98" />
        <source>No snapshots yet. A snapshot keeps the machine as it is now (its disks, and its memory while it runs), so that you can come back to it later.</source>
        <translation>Noch keine Schnappschüsse. Ein Schnappschuss hält die Maschine so fest, wie sie jetzt ist (ihre Festplatten und, solange sie läuft, ihren Arbeitsspeicher), damit Sie später dorthin zurückkehren können.</translation>
    </message>
    <message>
        <location filename="../ui/snapshots/SnapshotsPanel.cpp" line="159" />
        <source>%1 (current)</source>
        <translation>%1 (aktuell)</translation>
    </message>
    <message>
        <location filename="../ui/snapshots/SnapshotsPanel.cpp" line="216" />
        <source>Revert to the selected snapshot</source>
        <translation>Zum gewählten Schnappschuss zurückkehren</translation>
    </message>
    <message>
        <location filename="../ui/snapshots/SnapshotsPanel.cpp" line="218" />
        <source>Delete the selected snapshot</source>
        <translation>Den gewählten Schnappschuss löschen</translation>
    </message>
    <message>
        <location filename="../ui/snapshots/SnapshotsPanel.cpp" line="224" />
        <source>Templates are made from internal snapshots only.</source>
        <translation>Vorlagen entstehen nur aus internen Schnappschüssen.</translation>
    </message>
    <message>
        <location filename="../ui/snapshots/SnapshotsPanel.cpp" line="225" />
        <source>A template from a snapshot is read out of the disk images: a local connection only.</source>
        <translation>Eine Vorlage aus einem Schnappschuss wird aus den Festplattenabbildern gelesen: nur bei einer lokalen Verbindung.</translation>
    </message>
    <message>
        <location filename="../ui/snapshots/SnapshotsPanel.cpp" line="227" />
        <source>A new template from the machine as it was in this snapshot; the machine is not touched.</source>
        <translation>Eine neue Vorlage aus der Maschine, wie sie in diesem Schnappschuss war; die Maschine bleibt unberührt.</translation>
    </message>
    <message>
        <location filename="../ui/snapshots/SnapshotsPanel.cpp" line="252" />
        <location filename="../ui/snapshots/SnapshotsPanel.cpp" line="278" />
        <source>Take Snapshot</source>
        <translation>Schnappschuss erstellen</translation>
    </message>
    <message>
        <location filename="../ui/snapshots/SnapshotsPanel.cpp" line="261" />
        <source>Include the memory (the machine resumes exactly where it was)</source>
        <translation>Den Arbeitsspeicher einschließen (die Maschine macht genau dort weiter, wo sie war)</translation>
    </message>
    <message>
        <location filename="../ui/snapshots/SnapshotsPanel.cpp" line="268" />
        <source>The machine is shut off: the snapshot holds its disks.</source>
        <translation>Die Maschine ist ausgeschaltet: Der Schnappschuss enthält ihre Festplatten.</translation>
    </message>
    <message>
        <location filename="../ui/snapshots/SnapshotsPanel.cpp" line="273" />
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <location filename="../ui/snapshots/SnapshotsPanel.cpp" line="274" />
        <source>Description:</source>
        <translation>Beschreibung:</translation>
    </message>
    <message>
        <location filename="../ui/snapshots/SnapshotsPanel.cpp" line="286" />
        <source>There is a snapshot of that name already.</source>
        <translation>Es gibt bereits einen Schnappschuss mit diesem Namen.</translation>
    </message>
    <message>
        <location filename="../ui/snapshots/SnapshotsPanel.cpp" line="300" />
        <source>Taking snapshot "%1"...</source>
        <translation>Schnappschuss „%1“ wird erstellt …</translation>
    </message>
    <message>
        <location filename="../ui/snapshots/SnapshotsPanel.cpp" line="310" />
        <source>Snapshots Need qcow2</source>
        <translation>Schnappschüsse brauchen qcow2</translation>
    </message>
    <message>
        <location filename="../ui/snapshots/SnapshotsPanel.cpp" line="316" />
        <source>Vireo can copy the disks to qcow2 files beside them and use those; the original files are kept.</source>
        <translation>Vireo kann die Festplatten in qcow2-Dateien daneben kopieren und diese verwenden; die ursprünglichen Dateien bleiben erhalten.</translation>
    </message>
    <message>
        <location filename="../ui/snapshots/SnapshotsPanel.cpp" line="318" />
        <source>Convert to qcow2</source>
        <translation>In qcow2 umwandeln</translation>
    </message>
    <message>
        <location filename="../ui/snapshots/SnapshotsPanel.cpp" line="321" />
        <source>Shut the machine off, then take a snapshot again to convert its disks.</source>
        <translation>Schalten Sie die Maschine aus und erstellen Sie dann erneut einen Schnappschuss, um ihre Festplatten umzuwandeln.</translation>
    </message>
    <message>
        <location filename="../ui/snapshots/SnapshotsPanel.cpp" line="327" />
        <source>Converting the disks to qcow2...</source>
        <translation>Die Festplatten werden in qcow2 umgewandelt …</translation>
    </message>
    <message>
        <location filename="../ui/snapshots/SnapshotsPanel.cpp" line="341" />
        <source>Revert to Snapshot</source>
        <translation>Zum Schnappschuss zurückkehren</translation>
    </message>
    <message>
        <location filename="../ui/snapshots/SnapshotsPanel.cpp" line="342" />
        <source>Revert to "%1"?</source>
        <translation>Zu „%1“ zurückkehren?</translation>
    </message>
    <message>
        <location filename="../ui/snapshots/SnapshotsPanel.cpp" line="346" />
        <source>The machine's current state is discarded: what changed on its disks%1 since then is lost.</source>
        <translation>Der aktuelle Zustand der Maschine wird verworfen: Was sich seither auf ihren Festplatten%1 geändert hat, geht verloren.</translation>
    </message>
    <message>
        <location filename="../ui/snapshots/SnapshotsPanel.cpp" line="348" />
        <source> and in its memory</source>
        <translation> und in ihrem Arbeitsspeicher</translation>
    </message>
    <message>
        <location filename="../ui/snapshots/SnapshotsPanel.cpp" line="349" />
        <source>The current state since %1 is discarded: what changed on the machine's disks and in its memory since then is lost.</source>
        <translation>Der aktuelle Zustand seit %1 wird verworfen: Was sich seither auf den Festplatten und im Arbeitsspeicher der Maschine geändert hat, geht verloren.</translation>
    </message>
    <message>
        <location filename="../ui/snapshots/SnapshotsPanel.cpp" line="352" />
        <source>Revert</source>
        <translation>Zurückkehren</translation>
    </message>
    <message>
        <location filename="../ui/snapshots/SnapshotsPanel.cpp" line="354" />
        <source>Revert and Run</source>
        <translation>Zurückkehren und ausführen</translation>
    </message>
    <message>
        <location filename="../ui/snapshots/SnapshotsPanel.cpp" line="356" />
        <source>Revert Paused</source>
        <translation>Zurückkehren, angehalten</translation>
    </message>
    <message>
        <location filename="../ui/snapshots/SnapshotsPanel.cpp" line="367" />
        <source>Reverting to "%1"...</source>
        <translation>Rückkehr zu „%1“ …</translation>
    </message>
    <message>
        <location filename="../ui/snapshots/SnapshotsPanel.cpp" line="389" />
        <source>Delete Snapshot</source>
        <translation>Schnappschuss löschen</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/snapshots/SnapshotsPanel.cpp" line="391" />
        <source>Delete "%1" and the %n snapshot(s) below it?</source>
        <translation>
            <numerusform>„%1“ und den %n Schnappschuss darunter löschen?</numerusform>
            <numerusform>„%1“ und die %n Schnappschüsse darunter löschen?</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/snapshots/SnapshotsPanel.cpp" line="392" />
        <source>Delete "%1"?</source>
        <translation>„%1“ löschen?</translation>
    </message>
    <message>
        <location filename="../ui/snapshots/SnapshotsPanel.cpp" line="394" />
        <source>Their saved states are lost. The machine's current state is not touched.</source>
        <translation>Ihre gesicherten Zustände gehen verloren. Der aktuelle Zustand der Maschine bleibt unberührt.</translation>
    </message>
    <message>
        <location filename="../ui/snapshots/SnapshotsPanel.cpp" line="395" />
        <source>Its saved state is lost; the snapshots below it move up to its parent and keep theirs. The machine's current state is not touched.</source>
        <translation>Sein gesicherter Zustand geht verloren; die Schnappschüsse darunter rücken zu seinem Vorgänger auf und behalten ihre. Der aktuelle Zustand der Maschine bleibt unberührt.</translation>
    </message>
    <message>
        <location filename="../ui/snapshots/SnapshotsPanel.cpp" line="397" />
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <location filename="../ui/snapshots/SnapshotsPanel.cpp" line="400" />
        <source>Deleting "%1"...</source>
        <translation>„%1“ wird gelöscht …</translation>
    </message>
    <message>
        <location filename="../ui/snapshots/SnapshotsPanel.cpp" line="411" />
        <source>Edit Description</source>
        <translation>Beschreibung bearbeiten</translation>
    </message>
    <message>
        <location filename="../ui/snapshots/SnapshotsPanel.cpp" line="412" />
        <source>Description of "%1":</source>
        <translation>Beschreibung von „%1“:</translation>
    </message>
    <message>
        <location filename="../ui/snapshots/SnapshotsPanel.cpp" line="419" />
        <source>Saving the description...</source>
        <translation>Die Beschreibung wird gespeichert …</translation>
    </message>
    <message>
        <location filename="../ui/snapshots/SnapshotsPanel.cpp" line="432" />
        <source>Make Template from Snapshot</source>
        <translation>Vorlage aus Schnappschuss erstellen</translation>
    </message>
    <message>
        <location filename="../ui/snapshots/SnapshotsPanel.cpp" line="433" />
        <source>A template of %1 as it was in "%2" (the machine is not touched). Its name:</source>
        <translation>Eine Vorlage von %1, wie sie in „%2“ war (die Maschine bleibt unberührt). Ihr Name:</translation>
    </message>
    <message>
        <location filename="../ui/snapshots/SnapshotsPanel.cpp" line="443" />
        <source>Making the template %1...</source>
        <translation>Die Vorlage %1 wird erstellt …</translation>
    </message>
</context>
<context>
    <name>Vireo::Ui::SourcePage</name>
    <message>
        <location filename="../ui/create/SourcePage.cpp" line="29" />
        <source>&amp;Install from an image (ISO)</source>
        <translation>Aus einem Abbild &amp;installieren (ISO)</translation>
    </message>
    <message>
        <location filename="../ui/create/SourcePage.cpp" line="30" />
        <source>&amp;Use an existing disk image (qcow2 or raw)</source>
        <translation>Ein vorhandenes Festplattenabbild &amp;verwenden (qcow2 oder raw)</translation>
    </message>
    <message>
        <location filename="../ui/create/SourcePage.cpp" line="31" />
        <source>Boot from the &amp;network (PXE)</source>
        <translation>Über das &amp;Netzwerk starten (PXE)</translation>
    </message>
    <message>
        <location filename="../ui/create/SourcePage.cpp" line="33" />
        <source>Start from a &amp;cloud image, set up by cloud-init (Debian, Ubuntu, Fedora...)</source>
        <translation>Von einem &amp;Cloud-Abbild ausgehen, eingerichtet durch cloud-init (Debian, Ubuntu, Fedora …)</translation>
    </message>
    <message>
        <location filename="../ui/create/SourcePage.cpp" line="35" />
        <source>I&amp;mport a machine from VirtualBox, VMware or Hyper-V (OVA, OVF, VMDK, VDI, VHDX)</source>
        <translation>Eine Maschine aus VirtualBox, VMware oder Hyper-V i&amp;mportieren (OVA, OVF, VMDK, VDI, VHDX)</translation>
    </message>
    <message>
        <location filename="../ui/create/SourcePage.cpp" line="39" />
        <location filename="../ui/create/SourcePage.cpp" line="140" />
        <source>Copy the disk image into the storage pool (else it is used in place)</source>
        <translation>Das Festplattenabbild in den Speicherpool kopieren (sonst wird es an Ort und Stelle verwendet)</translation>
    </message>
    <message>
        <location filename="../ui/create/SourcePage.cpp" line="57" />
        <source>Needs a connection to this machine for now.</source>
        <translation>Braucht vorerst eine Verbindung zu diesem Rechner.</translation>
    </message>
    <message>
        <location filename="../ui/create/SourcePage.cpp" line="60" />
        <source>Where does the new machine come from?</source>
        <translation>Woher kommt die neue Maschine?</translation>
    </message>
    <message>
        <location filename="../ui/create/SourcePage.cpp" line="77" />
        <source>optional with an SSH key; kept in the VM only as a hash</source>
        <translation>mit SSH-Schlüssel optional; in der VM nur als Hash gespeichert</translation>
    </message>
    <message>
        <location filename="../ui/create/SourcePage.cpp" line="78" />
        <source>SSH public keys, one a line (ssh-ed25519 AAAA...)</source>
        <translation>Öffentliche SSH-Schlüssel, einer pro Zeile (ssh-ed25519 AAAA …)</translation>
    </message>
    <message>
        <location filename="../ui/create/SourcePage.cpp" line="83" />
        <source>&amp;User name:</source>
        <translation>&amp;Benutzername:</translation>
    </message>
    <message>
        <location filename="../ui/create/SourcePage.cpp" line="84" />
        <source>&amp;Password:</source>
        <translation>&amp;Passwort:</translation>
    </message>
    <message>
        <location filename="../ui/create/SourcePage.cpp" line="85" />
        <source>SSH &amp;keys:</source>
        <translation>SSH-&amp;Schlüssel:</translation>
    </message>
    <message>
        <location filename="../ui/create/SourcePage.cpp" line="95" />
        <source>Image file</source>
        <translation>Abbilddatei</translation>
    </message>
    <message>
        <location filename="../ui/create/SourcePage.cpp" line="96" />
        <source>Path to the image file</source>
        <translation>Pfad zur Abbilddatei</translation>
    </message>
    <message>
        <location filename="../ui/create/SourcePage.cpp" line="97" />
        <source>Browse...</source>
        <translation>Durchsuchen …</translation>
    </message>
    <message>
        <location filename="../ui/create/SourcePage.cpp" line="100" />
        <source>Choose an image</source>
        <translation>Ein Abbild wählen</translation>
    </message>
    <message>
        <location filename="../ui/create/SourcePage.cpp" line="102" />
        <source>Machines and disks (*.ova *.ovf *.vmdk *.vdi *.vhd *.vhdx *.qcow2 *.img *.raw *.xml);;All files (*)</source>
        <translation>Maschinen und Festplatten (*.ova *.ovf *.vmdk *.vdi *.vhd *.vhdx *.qcow2 *.img *.raw *.xml);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../ui/create/SourcePage.cpp" line="104" />
        <source>Disk images (*.qcow2 *.img *.raw);;All files (*)</source>
        <translation>Festplattenabbilder (*.qcow2 *.img *.raw);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../ui/create/SourcePage.cpp" line="101" />
        <source>Install images (*.iso);;All files (*)</source>
        <translation>Installationsabbilder (*.iso);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../ui/create/SourcePage.cpp" line="168" />
        <source>%1 is an install image (ISO): choose "Install from an image".</source>
        <translation>%1 ist ein Installationsabbild (ISO): Wählen Sie „Aus einem Abbild installieren“.</translation>
    </message>
    <message>
        <location filename="../ui/create/SourcePage.cpp" line="270" />
        <source>Choose the image file.</source>
        <translation>Wählen Sie die Abbilddatei.</translation>
    </message>
    <message>
        <location filename="../ui/create/SourcePage.cpp" line="162" />
        <location filename="../ui/create/SourcePage.cpp" line="201" />
        <source>%1 does not exist.</source>
        <translation>%1 existiert nicht.</translation>
    </message>
    <message>
        <location filename="../ui/create/SourcePage.cpp" line="122" />
        <source>Disk images, cloud images and imports are files on this machine: they need a connection to it for now.</source>
        <translation>Festplattenabbilder, Cloud-Abbilder und Importe sind Dateien auf diesem Rechner: Sie brauchen vorerst eine Verbindung zu ihm.</translation>
    </message>
    <message>
        <location filename="../ui/create/SourcePage.cpp" line="138" />
        <source>Copy the image into the pool (else a linked copy, which stores only changes)</source>
        <translation>Das Abbild in den Pool kopieren (sonst eine verknüpfte Kopie, die nur Änderungen speichert)</translation>
    </message>
    <message>
        <location filename="../ui/create/SourcePage.cpp" line="164" />
        <source>%1 cannot be read.</source>
        <translation>%1 kann nicht gelesen werden.</translation>
    </message>
    <message>
        <location filename="../ui/create/SourcePage.cpp" line="166" />
        <source>%1 is not an install image (ISO 9660).</source>
        <translation>%1 ist kein Installationsabbild (ISO 9660).</translation>
    </message>
</context>
<context>
    <name>Vireo::Ui::StoragePage</name>
    <message>
        <location filename="../ui/create/StoragePage.cpp" line="25" />
        <source>Create it anyway (it only grows as the guest writes)</source>
        <translation>Trotzdem anlegen (sie wächst nur, wenn der Gast schreibt)</translation>
    </message>
    <message>
        <location filename="../ui/create/StoragePage.cpp" line="26" />
        <source>&amp;Encrypt the disk (LUKS)</source>
        <translation>Festplatte &amp;verschlüsseln (LUKS)</translation>
    </message>
    <message>
        <location filename="../ui/create/StoragePage.cpp" line="29" />
        <source>Also &amp;keep the passphrase in my keyring</source>
        <translation>Die Passphrase auch in meinem &amp;Schlüsselbund aufbewahren</translation>
    </message>
    <message>
        <location filename="../ui/create/StoragePage.cpp" line="32" />
        <source>Storage</source>
        <translation>Speicher</translation>
    </message>
    <message>
        <location filename="../ui/create/StoragePage.cpp" line="33" />
        <source>A new qcow2 disk in a storage pool of the host ("default" is created when missing).</source>
        <translation>Eine neue qcow2-Festplatte in einem Speicherpool des Rechners („default“ wird angelegt, wenn er fehlt).</translation>
    </message>
    <message>
        <location filename="../ui/create/StoragePage.cpp" line="39" />
        <source> GiB</source>
        <translation> GiB</translation>
    </message>
    <message>
        <location filename="../ui/create/StoragePage.cpp" line="43" />
        <source>The disk image is encrypted: whoever copies the file reads nothing of the guest's data. The passphrase is kept by libvirt as a private secret (never shown again); the VM starts only on a host that has it.</source>
        <translation>Das Festplattenabbild wird verschlüsselt: Wer die Datei kopiert, liest nichts von den Daten des Gasts. Die Passphrase verwahrt libvirt als privates Geheimnis (sie wird nie wieder angezeigt); die VM startet nur auf einem Rechner, der sie hat.</translation>
    </message>
    <message>
        <location filename="../ui/create/StoragePage.cpp" line="55" />
        <source>at least %1 characters</source>
        <translation>mindestens %1 Zeichen</translation>
    </message>
    <message>
        <location filename="../ui/create/StoragePage.cpp" line="57" />
        <source>Storage &amp;pool:</source>
        <translation>Speicher&amp;pool:</translation>
    </message>
    <message>
        <location filename="../ui/create/StoragePage.cpp" line="58" />
        <source>Disk &amp;size:</source>
        <translation>Festplatten&amp;größe:</translation>
    </message>
    <message>
        <location filename="../ui/create/StoragePage.cpp" line="62" />
        <source>Pass&amp;phrase:</source>
        <translation>Pass&amp;phrase:</translation>
    </message>
    <message>
        <location filename="../ui/create/StoragePage.cpp" line="63" />
        <source>&amp;Again:</source>
        <translation>&amp;Wiederholen:</translation>
    </message>
    <message>
        <location filename="../ui/create/StoragePage.cpp" line="66" />
        <source>A copy in the desktop's keyring (GNOME Keyring, KWallet): should libvirt's secret ever be lost, Vireo puts it back from there when the VM starts. Without a keyring nothing is created and Vireo says so.</source>
        <translation>Eine Kopie im Schlüsselbund der Arbeitsumgebung (GNOME-Schlüsselbund, KWallet): Sollte das Geheimnis in libvirt je verloren gehen, stellt Vireo es beim Start der VM von dort wieder her. Ohne Schlüsselbund wird nichts angelegt, und Vireo sagt es.</translation>
    </message>
    <message>
        <location filename="../ui/create/StoragePage.cpp" line="114" />
        <source>Reading the free space...</source>
        <translation>Der freie Platz wird gelesen …</translation>
    </message>
    <message>
        <location filename="../ui/create/StoragePage.cpp" line="124" />
        <source>%1 GiB free in the pool.</source>
        <translation>%1 GiB frei im Pool.</translation>
    </message>
    <message>
        <location filename="../ui/create/StoragePage.cpp" line="125" />
        <source>The pool %1 will be created.</source>
        <translation>Der Pool %1 wird angelegt.</translation>
    </message>
    <message>
        <location filename="../ui/create/StoragePage.cpp" line="135" />
        <source>The disk needs a size of at least 1 GiB.</source>
        <translation>Die Festplatte braucht eine Größe von mindestens 1 GiB.</translation>
    </message>
    <message>
        <location filename="../ui/create/StoragePage.cpp" line="137" />
        <source>%1 GiB is more than the %2 GiB free in the pool. Tick the box to create it anyway.</source>
        <translation>%1 GiB ist mehr als die %2 GiB, die im Pool frei sind. Setzen Sie das Häkchen, um sie trotzdem anzulegen.</translation>
    </message>
</context>
<context>
    <name>Vireo::Ui::SummaryPage</name>
    <message>
        <location filename="../ui/create/SummaryPage.cpp" line="27" />
        <source>Customize before starting (create it shut off)</source>
        <translation>Vor dem Start anpassen (ausgeschaltet erstellen)</translation>
    </message>
    <message>
        <location filename="../ui/create/SummaryPage.cpp" line="29" />
        <source>Keep the install image in the CD-ROM drive after installing</source>
        <translation>Das Installationsabbild nach der Installation im CD-ROM-Laufwerk lassen</translation>
    </message>
    <message>
        <location filename="../ui/create/SummaryPage.cpp" line="32" />
        <source>Ready to create</source>
        <translation>Bereit zum Erstellen</translation>
    </message>
    <message>
        <location filename="../ui/create/SummaryPage.cpp" line="42" />
        <source>Show domain XML</source>
        <translation>Domänen-XML zeigen</translation>
    </message>
    <message>
        <location filename="../ui/create/SummaryPage.cpp" line="50" />
        <source>Normally the machine boots its disk once the installer has made it bootable and the drive is empty from the next start on.</source>
        <translation>Normalerweise startet die Maschine von ihrer Festplatte, sobald das Installationsprogramm sie startfähig gemacht hat, und das Laufwerk ist ab dem nächsten Start leer.</translation>
    </message>
    <message>
        <location filename="../ui/create/SummaryPage.cpp" line="55" />
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location filename="../ui/create/SummaryPage.cpp" line="86" />
        <source>A virtual machine called '%1' exists already.</source>
        <translation>Eine virtuelle Maschine namens „%1“ gibt es bereits.</translation>
    </message>
    <message>
        <location filename="../ui/create/SummaryPage.cpp" line="89" />
        <source>An express install runs as the machine starts: turn it off (Back) to customize the machine before starting it.</source>
        <translation>Eine Schnellinstallation läuft beim Start der Maschine: Schalten Sie sie ab (Zurück), um die Maschine vor dem Start anzupassen.</translation>
    </message>
    <message>
        <location filename="../ui/create/SummaryPage.cpp" line="112" />
        <source>as the machine has it</source>
        <translation>wie die Maschine es hat</translation>
    </message>
    <message>
        <location filename="../ui/create/SummaryPage.cpp" line="116" />
        <location filename="../ui/create/SummaryPage.cpp" line="161" />
        <source>BIOS</source>
        <translation>BIOS</translation>
    </message>
    <message>
        <location filename="../ui/create/SummaryPage.cpp" line="117" />
        <location filename="../ui/create/SummaryPage.cpp" line="161" />
        <source>UEFI</source>
        <translation>UEFI</translation>
    </message>
    <message>
        <location filename="../ui/create/SummaryPage.cpp" line="118" />
        <source>UEFI with Secure Boot</source>
        <translation>UEFI mit Secure Boot</translation>
    </message>
    <message>
        <location filename="../ui/create/SummaryPage.cpp" line="119" />
        <source>none</source>
        <translation>keines</translation>
    </message>
    <message>
        <location filename="../ui/create/SummaryPage.cpp" line="121" />
        <source>user mode</source>
        <translation>Benutzermodus</translation>
    </message>
    <message>
        <location filename="../ui/create/SummaryPage.cpp" line="122" />
        <source>NAT (%1)</source>
        <translation>NAT (%1)</translation>
    </message>
    <message>
        <location filename="../ui/create/SummaryPage.cpp" line="123" />
        <source>bridge %1</source>
        <translation>Brücke %1</translation>
    </message>
    <message>
        <location filename="../ui/create/SummaryPage.cpp" line="134" />
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <location filename="../ui/create/SummaryPage.cpp" line="141" />
        <source>, ARM 64-bit (aarch64)</source>
        <translation>, ARM 64-Bit (aarch64)</translation>
    </message>
    <message>
        <location filename="../ui/create/SummaryPage.cpp" line="150" />
        <source>network boot</source>
        <translation>Netzwerkstart</translation>
    </message>
    <message>
        <location filename="../ui/create/SummaryPage.cpp" line="153" />
        <source>imported from %1 (its CPUs, memory and disks as it had them)</source>
        <translation>importiert aus %1 (Prozessoren, Arbeitsspeicher und Festplatten, wie sie waren)</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/create/SummaryPage.cpp" line="156" />
        <source>imported from %1 (%2): %n vCPU(s), %3 MiB, %4, %5 disk(s) converted to qcow2</source>
        <translation>
            <numerusform>importiert aus %1 (%2): %n vCPU, %3 MiB, %4, %5 Festplatte(n) nach qcow2 umgewandelt</numerusform>
            <numerusform>importiert aus %1 (%2): %n vCPUs, %3 MiB, %4, %5 Festplatte(n) nach qcow2 umgewandelt</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/create/SummaryPage.cpp" line="168" />
        <source>%1; express install as %2 (%3)</source>
        <translation>%1; Schnellinstallation als %2 (%3)</translation>
    </message>
    <message>
        <location filename="../ui/create/SummaryPage.cpp" line="170" />
        <source>script removed after the install</source>
        <translation>Skript wird nach der Installation entfernt</translation>
    </message>
    <message>
        <location filename="../ui/create/SummaryPage.cpp" line="171" />
        <source>password stored as a hash</source>
        <translation>Passwort als Hash gespeichert</translation>
    </message>
    <message>
        <location filename="../ui/create/SummaryPage.cpp" line="174" />
        <source>cloud image %1; cloud-init makes the user %2 (%3) on %4</source>
        <translation>Cloud-Abbild %1; cloud-init legt den Benutzer %2 (%3) auf %4 an</translation>
    </message>
    <message>
        <location filename="../ui/create/SummaryPage.cpp" line="177" />
        <source>password</source>
        <translation>Passwort</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/create/SummaryPage.cpp" line="178" />
        <source>%n SSH key(s)</source>
        <translation>
            <numerusform>%n SSH-Schlüssel</numerusform>
            <numerusform>%n SSH-Schlüssel</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/create/SummaryPage.cpp" line="179" />
        <source>, password</source>
        <translation>, Passwort</translation>
    </message>
    <message>
        <location filename="../ui/create/SummaryPage.cpp" line="186" />
        <source>its disks, converted to qcow2 in the pool '%1'</source>
        <translation>ihre Festplatten, nach qcow2 umgewandelt im Pool „%1“</translation>
    </message>
    <message>
        <location filename="../ui/create/SummaryPage.cpp" line="188" />
        <source>a linked copy of the image, at least %1 GiB</source>
        <translation>eine verknüpfte Kopie des Abbilds, mindestens %1 GiB</translation>
    </message>
    <message>
        <location filename="../ui/create/SummaryPage.cpp" line="189" />
        <source>a linked copy of the image</source>
        <translation>eine verknüpfte Kopie des Abbilds</translation>
    </message>
    <message>
        <location filename="../ui/create/SummaryPage.cpp" line="191" />
        <source>a copy of the image in the pool</source>
        <translation>eine Kopie des Abbilds im Pool</translation>
    </message>
    <message>
        <location filename="../ui/create/SummaryPage.cpp" line="192" />
        <source>new %1 GiB qcow2</source>
        <translation>neue qcow2 mit %1 GiB</translation>
    </message>
    <message>
        <location filename="../ui/create/SummaryPage.cpp" line="192" />
        <source>the image, in place</source>
        <translation>das Abbild, an Ort und Stelle</translation>
    </message>
    <message>
        <location filename="../ui/create/SummaryPage.cpp" line="137" />
        <source>, TPM 2.0</source>
        <translation>, TPM 2.0</translation>
    </message>
    <message>
        <location filename="../ui/create/SummaryPage.cpp" line="125" />
        <source>&lt;table cellspacing='3'&gt;&lt;tr&gt;&lt;td&gt;Operating system&lt;/td&gt;&lt;td&gt;%1&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Source&lt;/td&gt;&lt;td&gt;%2&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Memory&lt;/td&gt;&lt;td&gt;%3&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;vCPUs&lt;/td&gt;&lt;td&gt;%4&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Disk&lt;/td&gt;&lt;td&gt;%5&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Network&lt;/td&gt;&lt;td&gt;%6&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Firmware&lt;/td&gt;&lt;td&gt;%7%8&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Display&lt;/td&gt;&lt;td&gt;%9&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Accelerator&lt;/td&gt;&lt;td&gt;%10&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;</source>
        <translation>&lt;table cellspacing='3'&gt;&lt;tr&gt;&lt;td&gt;Betriebssystem&lt;/td&gt;&lt;td&gt;%1&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Quelle&lt;/td&gt;&lt;td&gt;%2&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Arbeitsspeicher&lt;/td&gt;&lt;td&gt;%3&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;vCPUs&lt;/td&gt;&lt;td&gt;%4&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Festplatte&lt;/td&gt;&lt;td&gt;%5&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Netzwerk&lt;/td&gt;&lt;td&gt;%6&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Firmware&lt;/td&gt;&lt;td&gt;%7%8&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Anzeige&lt;/td&gt;&lt;td&gt;%9&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Beschleuniger&lt;/td&gt;&lt;td&gt;%10&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;</translation>
    </message>
    <message>
        <location filename="../ui/create/SummaryPage.cpp" line="135" />
        <source>%1 MiB</source>
        <translation>%1 MiB</translation>
    </message>
    <message>
        <location filename="../ui/create/SummaryPage.cpp" line="138" />
        <source>VNC</source>
        <translation>VNC</translation>
    </message>
    <message>
        <location filename="../ui/create/SummaryPage.cpp" line="138" />
        <source>SPICE</source>
        <translation>SPICE</translation>
    </message>
    <message>
        <location filename="../ui/create/SummaryPage.cpp" line="140" />
        <source>software emulation</source>
        <translation>Software-Emulation</translation>
    </message>
    <message>
        <location filename="../ui/create/SummaryPage.cpp" line="140" />
        <source>KVM</source>
        <translation>KVM</translation>
    </message>
</context>
<context>
    <name>Vireo::Ui::TemplateActions</name>
    <message>
        <location filename="../ui/templates/TemplateActions.cpp" line="41" />
        <source>&amp;Clone...</source>
        <translation>&amp;Klonen …</translation>
    </message>
    <message>
        <location filename="../ui/templates/TemplateActions.cpp" line="42" />
        <source>A copy of the machine: full, or linked to its disks</source>
        <translation>Eine Kopie der Maschine: vollständig oder mit ihren Festplatten verknüpft</translation>
    </message>
    <message>
        <location filename="../ui/templates/TemplateActions.cpp" line="43" />
        <source>New &amp;Instances...</source>
        <translation>Neue &amp;Instanzen …</translation>
    </message>
    <message>
        <location filename="../ui/templates/TemplateActions.cpp" line="44" />
        <source>Machines made from this template, linked to its disks</source>
        <translation>Maschinen aus dieser Vorlage, mit ihren Festplatten verknüpft</translation>
    </message>
    <message>
        <location filename="../ui/templates/TemplateActions.cpp" line="45" />
        <source>&amp;Make Template</source>
        <translation>Zur &amp;Vorlage machen</translation>
    </message>
    <message>
        <location filename="../ui/templates/TemplateActions.cpp" line="46" />
        <source>Keep this machine as a read-only image to make instances from</source>
        <translation>Diese Maschine als schreibgeschütztes Abbild aufbewahren, aus dem Instanzen entstehen</translation>
    </message>
    <message>
        <location filename="../ui/templates/TemplateActions.cpp" line="47" />
        <source>Con&amp;vert to VM</source>
        <translation>In VM &amp;umwandeln</translation>
    </message>
    <message>
        <location filename="../ui/templates/TemplateActions.cpp" line="48" />
        <location filename="../ui/templates/TemplateActions.cpp" line="148" />
        <source>Make this template an ordinary machine again</source>
        <translation>Diese Vorlage wieder zu einer gewöhnlichen Maschine machen</translation>
    </message>
    <message>
        <location filename="../ui/templates/TemplateActions.cpp" line="49" />
        <source>&amp;Flatten</source>
        <translation>&amp;Eigenständig machen</translation>
    </message>
    <message>
        <location filename="../ui/templates/TemplateActions.cpp" line="50" />
        <location filename="../ui/templates/TemplateActions.cpp" line="151" />
        <source>Make this instance independent of its template</source>
        <translation>Diese Instanz von ihrer Vorlage unabhängig machen</translation>
    </message>
    <message>
        <location filename="../ui/templates/TemplateActions.cpp" line="51" />
        <source>Run &amp;Disposable</source>
        <translation>&amp;Wegwerf-Lauf</translation>
    </message>
    <message>
        <location filename="../ui/templates/TemplateActions.cpp" line="52" />
        <source>Start the template on a throw-away overlay: everything it changes is gone when it shuts down</source>
        <translation>Die Vorlage auf einer Wegwerf-Schicht starten: Alles, was sie ändert, ist nach dem Herunterfahren fort</translation>
    </message>
    <message>
        <location filename="../ui/templates/TemplateActions.cpp" line="54" />
        <source>&amp;Edit Template</source>
        <translation>Vorlage &amp;bearbeiten</translation>
    </message>
    <message>
        <location filename="../ui/templates/TemplateActions.cpp" line="55" />
        <location filename="../ui/templates/TemplateActions.cpp" line="137" />
        <source>Change the template through a writable copy, then save it back</source>
        <translation>Die Vorlage über eine beschreibbare Kopie ändern und dann zurückspeichern</translation>
    </message>
    <message>
        <location filename="../ui/templates/TemplateActions.cpp" line="56" />
        <source>&amp;Save Edit to Template</source>
        <translation>Bearbeitung in die Vorlage &amp;speichern</translation>
    </message>
    <message>
        <location filename="../ui/templates/TemplateActions.cpp" line="57" />
        <source>Write what changed in this edit into its template, and remove it</source>
        <translation>Was sich in dieser Bearbeitung geändert hat, in die Vorlage schreiben und die Bearbeitung entfernen</translation>
    </message>
    <message>
        <location filename="../ui/templates/TemplateActions.cpp" line="58" />
        <source>&amp;Discard Edit</source>
        <translation>Bearbeitung &amp;verwerfen</translation>
    </message>
    <message>
        <location filename="../ui/templates/TemplateActions.cpp" line="59" />
        <location filename="../ui/templates/TemplateActions.cpp" line="142" />
        <source>Remove this edit and what changed in it</source>
        <translation>Diese Bearbeitung samt ihren Änderungen entfernen</translation>
    </message>
    <message>
        <location filename="../ui/templates/TemplateActions.cpp" line="60" />
        <source>Show &amp;Lineage...</source>
        <translation>&amp;Herkunft zeigen …</translation>
    </message>
    <message>
        <location filename="../ui/templates/TemplateActions.cpp" line="61" />
        <location filename="../ui/templates/TemplateActions.cpp" line="134" />
        <source>The template, its instances and the images each disk stands on</source>
        <translation>Die Vorlage, ihre Instanzen und die Abbilder, auf denen jede Festplatte aufbaut</translation>
    </message>
    <message>
        <location filename="../ui/templates/TemplateActions.cpp" line="113" />
        <source>Select a machine.</source>
        <translation>Wählen Sie eine Maschine.</translation>
    </message>
    <message>
        <location filename="../ui/templates/TemplateActions.cpp" line="114" />
        <source>The connection is read-only.</source>
        <translation>Die Verbindung ist schreibgeschützt.</translation>
    </message>
    <message>
        <location filename="../ui/templates/TemplateActions.cpp" line="115" />
        <source>Shut the machine off first.</source>
        <translation>Schalten Sie die Maschine zuerst aus.</translation>
    </message>
    <message>
        <location filename="../ui/templates/TemplateActions.cpp" line="119" />
        <source>A copy of the machine</source>
        <translation>Eine Kopie der Maschine</translation>
    </message>
    <message>
        <location filename="../ui/templates/TemplateActions.cpp" line="121" />
        <source>Only a template has instances.</source>
        <translation>Nur eine Vorlage hat Instanzen.</translation>
    </message>
    <message>
        <location filename="../ui/templates/TemplateActions.cpp" line="121" />
        <source>Machines made from this template</source>
        <translation>Maschinen aus dieser Vorlage</translation>
    </message>
    <message>
        <location filename="../ui/templates/TemplateActions.cpp" line="123" />
        <source>It is a template already.</source>
        <translation>Sie ist bereits eine Vorlage.</translation>
    </message>
    <message>
        <location filename="../ui/templates/TemplateActions.cpp" line="124" />
        <source>Keep this machine as a read-only image</source>
        <translation>Diese Maschine als schreibgeschütztes Abbild aufbewahren</translation>
    </message>
    <message>
        <location filename="../ui/templates/TemplateActions.cpp" line="132" />
        <source>Only templates and their instances have a lineage.</source>
        <translation>Nur Vorlagen und ihre Instanzen haben eine Herkunft.</translation>
    </message>
    <message>
        <location filename="../ui/templates/TemplateActions.cpp" line="133" />
        <source>Its template (%1) is gone: it is an ordinary machine now.</source>
        <translation>Ihre Vorlage (%1) ist nicht mehr da: Sie ist jetzt eine gewöhnliche Maschine.</translation>
    </message>
    <message>
        <location filename="../ui/templates/TemplateActions.cpp" line="136" />
        <source>Only a template is edited so.</source>
        <translation>Nur eine Vorlage wird so bearbeitet.</translation>
    </message>
    <message>
        <location filename="../ui/templates/TemplateActions.cpp" line="140" />
        <source>Select the template's edit (TEMPLATE-edit).</source>
        <translation>Wählen Sie die Bearbeitung der Vorlage (VORLAGE-edit).</translation>
    </message>
    <message>
        <location filename="../ui/templates/TemplateActions.cpp" line="141" />
        <source>Write what changed into the template</source>
        <translation>Die Änderungen in die Vorlage schreiben</translation>
    </message>
    <message>
        <location filename="../ui/templates/TemplateActions.cpp" line="144" />
        <source>Only a template runs disposable: make it one first (its disks must not change under the run's overlay).</source>
        <translation>Nur eine Vorlage läuft als Wegwerf-Lauf: Machen Sie die Maschine zuerst zu einer (ihre Festplatten dürfen sich unter der Schicht des Laufs nicht ändern).</translation>
    </message>
    <message>
        <location filename="../ui/templates/TemplateActions.cpp" line="146" />
        <source>Start the template on a throw-away overlay</source>
        <translation>Die Vorlage auf einer Wegwerf-Schicht starten</translation>
    </message>
    <message>
        <location filename="../ui/templates/TemplateActions.cpp" line="147" />
        <source>It is not a template.</source>
        <translation>Sie ist keine Vorlage.</translation>
    </message>
    <message>
        <location filename="../ui/templates/TemplateActions.cpp" line="150" />
        <source>Only a linked instance stands on a template's disks.</source>
        <translation>Nur eine verknüpfte Instanz baut auf den Festplatten einer Vorlage auf.</translation>
    </message>
    <message>
        <location filename="../ui/templates/TemplateActions.cpp" line="186" />
        <source>Discard Edit</source>
        <translation>Bearbeitung verwerfen</translation>
    </message>
    <message>
        <location filename="../ui/templates/TemplateActions.cpp" line="187" />
        <source>Throw away what was changed in %1? %2 stays as it was.</source>
        <translation>Was in %1 geändert wurde, verwerfen? %2 bleibt, wie sie war.</translation>
    </message>
    <message>
        <location filename="../ui/templates/TemplateActions.cpp" line="199" />
        <source>Quit Vireo?</source>
        <translation>Vireo beenden?</translation>
    </message>
    <message>
        <location filename="../ui/templates/TemplateActions.cpp" line="200" />
        <source>Disposable runs end when Vireo quits: %1 will be stopped and removed, and what changed in them is lost.</source>
        <translation>Wegwerf-Läufe enden, wenn Vireo beendet wird: %1 werden angehalten und entfernt, und was sich in ihnen geändert hat, geht verloren.</translation>
    </message>
    <message>
        <location filename="../ui/templates/TemplateActions.cpp" line="205" />
        <source>Stop Them and Quit</source>
        <translation>Anhalten und beenden</translation>
    </message>
</context>
<context>
    <name>Vireo::Ui::TerminalView</name>
    <message>
        <location filename="../ui/console/TerminalView.cpp" line="167" />
        <source>Text console</source>
        <translation>Textkonsole</translation>
    </message>
</context>
<context>
    <name>Vireo::Ui::TextConsolePanel</name>
    <message>
        <location filename="../ui/console/TextConsolePanel.cpp" line="28" />
        <source>Serial port or console</source>
        <translation>Serielle Schnittstelle oder Konsole</translation>
    </message>
    <message>
        <location filename="../ui/console/TextConsolePanel.cpp" line="29" />
        <source>The serial port or console to attach to</source>
        <translation>Die serielle Schnittstelle oder Konsole, mit der verbunden wird</translation>
    </message>
    <message>
        <location filename="../ui/console/TextConsolePanel.cpp" line="102" />
        <location filename="../ui/console/TextConsolePanel.cpp" line="118" />
        <source>%1 is %2. Its text console is here once it runs.</source>
        <translation>%1 ist %2. Ihre Textkonsole ist hier, sobald sie läuft.</translation>
    </message>
    <message>
        <location filename="../ui/console/TextConsolePanel.cpp" line="113" />
        <source>The machine is not on this connection any more.</source>
        <translation>Die Maschine ist nicht mehr auf dieser Verbindung.</translation>
    </message>
    <message>
        <location filename="../ui/console/TextConsolePanel.cpp" line="123" />
        <source>Attaching...</source>
        <translation>Wird verbunden …</translation>
    </message>
    <message>
        <location filename="../ui/console/TextConsolePanel.cpp" line="134" />
        <source>%1 has no serial port or console to attach to.</source>
        <translation>%1 hat keine serielle Schnittstelle oder Konsole zum Verbinden.</translation>
    </message>
    <message>
        <location filename="../ui/console/TextConsolePanel.cpp" line="135" />
        <source>%1's serial ports write to files or sockets, not to a terminal: there is nothing to attach to.</source>
        <translation>Die seriellen Schnittstellen von %1 schreiben in Dateien oder Sockets, nicht in ein Terminal: Es gibt nichts zum Verbinden.</translation>
    </message>
    <message>
        <location filename="../ui/console/TextConsolePanel.cpp" line="148" />
        <source>Attached to %1. Ctrl+Shift+C copies, Ctrl+Shift+V pastes.</source>
        <translation>Mit %1 verbunden. Strg+Umschalt+C kopiert, Strg+Umschalt+V fügt ein.</translation>
    </message>
    <message>
        <location filename="../ui/console/TextConsolePanel.cpp" line="155" />
        <source>Take Over</source>
        <translation>Übernehmen</translation>
    </message>
    <message>
        <location filename="../ui/console/TextConsolePanel.cpp" line="155" />
        <source>Try Again</source>
        <translation>Erneut versuchen</translation>
    </message>
    <message>
        <location filename="../ui/console/TextConsolePanel.cpp" line="159" />
        <source>Attach Again</source>
        <translation>Erneut verbinden</translation>
    </message>
</context>
<context>
    <name>Vireo::Ui::UsbMenu</name>
    <message>
        <location filename="../ui/console/UsbMenu.cpp" line="16" />
        <source>USB Devices</source>
        <translation>USB-Geräte</translation>
    </message>
    <message>
        <location filename="../ui/console/UsbMenu.cpp" line="36" />
        <source>%1 stays on this computer: %2</source>
        <translation>%1 bleibt an diesem Rechner: %2</translation>
    </message>
    <message>
        <location filename="../ui/console/UsbMenu.cpp" line="46" />
        <source>The console is not connected.</source>
        <translation>Die Konsole ist nicht verbunden.</translation>
    </message>
    <message>
        <location filename="../ui/console/UsbMenu.cpp" line="57" />
        <source>%1 (giving back...)</source>
        <translation>%1 (wird zurückgegeben …)</translation>
    </message>
    <message>
        <location filename="../ui/console/UsbMenu.cpp" line="58" />
        <source>%1 (sending in...)</source>
        <translation>%1 (wird übergeben …)</translation>
    </message>
    <message>
        <location filename="../ui/console/UsbMenu.cpp" line="61" />
        <source>%1 (cannot go in now)</source>
        <translation>%1 (kann jetzt nicht übergeben werden)</translation>
    </message>
    <message>
        <location filename="../ui/console/UsbMenu.cpp" line="70" />
        <source>In the guest: choose to give it back</source>
        <translation>Im Gast: Wählen, um es zurückzugeben</translation>
    </message>
    <message>
        <location filename="../ui/console/UsbMenu.cpp" line="71" />
        <source>Choose to send it into the guest</source>
        <translation>Wählen, um es an den Gast zu übergeben</translation>
    </message>
    <message>
        <location filename="../ui/console/UsbMenu.cpp" line="81" />
        <source>No USB devices</source>
        <translation>Keine USB-Geräte</translation>
    </message>
    <message>
        <location filename="../ui/console/UsbMenu.cpp" line="86" />
        <source>Send Newly Plugged Devices to the Guest</source>
        <translation>Neu eingesteckte Geräte an den Gast übergeben</translation>
    </message>
    <message>
        <location filename="../ui/console/UsbMenu.cpp" line="90" />
        <source>Devices plugged in while this console is open go into the guest by themselves; keyboards, mice and hubs stay here.</source>
        <translation>Geräte, die eingesteckt werden, solange diese Konsole offen ist, gehen von selbst an den Gast; Tastaturen, Mäuse und Hubs bleiben hier.</translation>
    </message>
    <message>
        <location filename="../ui/console/UsbMenu.cpp" line="97" />
        <source>Share an ISO Image as a USB CD-ROM...</source>
        <translation>Ein ISO-Abbild als USB-CD-ROM teilen …</translation>
    </message>
    <message>
        <location filename="../ui/console/UsbMenu.cpp" line="105" />
        <source>Share an ISO Image as a USB CD-ROM</source>
        <translation>Ein ISO-Abbild als USB-CD-ROM teilen</translation>
    </message>
    <message>
        <location filename="../ui/console/UsbMenu.cpp" line="106" />
        <source>Disc images (*.iso);;All files (*)</source>
        <translation>Datenträgerabbilder (*.iso);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../ui/console/UsbMenu.cpp" line="115" />
        <source>%1 goes into the guest as a USB CD-ROM.</source>
        <translation>%1 geht als USB-CD-ROM an den Gast.</translation>
    </message>
</context>
<context>
    <name>Vireo::Ui::VolumeDialog</name>
    <message>
        <location filename="../ui/host/StorageDialogs.cpp" line="167" />
        <source>New Volume in %1</source>
        <translation>Neuer Datenträger in %1</translation>
    </message>
    <message>
        <location filename="../ui/host/StorageDialogs.cpp" line="171" />
        <source>e.g. data.qcow2</source>
        <translation>z. B. daten.qcow2</translation>
    </message>
    <message>
        <location filename="../ui/host/StorageDialogs.cpp" line="172" />
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location filename="../ui/host/StorageDialogs.cpp" line="174" />
        <source>qcow2 (grows as written, snapshots)</source>
        <translation>qcow2 (wächst beim Schreiben, Schnappschüsse)</translation>
    </message>
    <message>
        <location filename="../ui/host/StorageDialogs.cpp" line="175" />
        <source>raw (plain, fastest)</source>
        <translation>raw (schlicht, am schnellsten)</translation>
    </message>
    <message>
        <location filename="../ui/host/StorageDialogs.cpp" line="176" />
        <source>&amp;Format:</source>
        <translation>&amp;Format:</translation>
    </message>
    <message>
        <location filename="../ui/host/StorageDialogs.cpp" line="179" />
        <source>A size such as 512M, 20G or 1.5T</source>
        <translation>Eine Größe wie 512M, 20G oder 1.5T</translation>
    </message>
    <message>
        <location filename="../ui/host/StorageDialogs.cpp" line="180" />
        <source>&amp;Size:</source>
        <translation>&amp;Größe:</translation>
    </message>
    <message>
        <location filename="../ui/host/StorageDialogs.cpp" line="182" />
        <source>none</source>
        <translation>keines</translation>
    </message>
    <message>
        <location filename="../ui/host/StorageDialogs.cpp" line="185" />
        <source>A qcow2 overlay on this image: it reads the image and writes only its own changes. The image must not change afterwards.</source>
        <translation>Eine qcow2-Schicht auf diesem Abbild: Sie liest das Abbild und schreibt nur ihre eigenen Änderungen. Das Abbild darf sich danach nicht mehr ändern.</translation>
    </message>
    <message>
        <location filename="../ui/host/StorageDialogs.cpp" line="187" />
        <source>&amp;Backing image:</source>
        <translation>&amp;Basisabbild:</translation>
    </message>
    <message>
        <location filename="../ui/host/StorageDialogs.cpp" line="208" />
        <source>'%1' is not a size: write it as 512M, 20G or 1.5T.</source>
        <translation>„%1“ ist keine Größe: Schreiben Sie sie als 512M, 20G oder 1.5T.</translation>
    </message>
</context>
<context>
    <name>Vireo::Ui::WelcomePage</name>
    <message>
        <location filename="../ui/library/WelcomePage.cpp" line="20" />
        <source>&amp;Create a Virtual Machine...</source>
        <translation>Virtuelle Maschine &amp;erstellen …</translation>
    </message>
    <message>
        <location filename="../ui/library/WelcomePage.cpp" line="21" />
        <source>Connect to a &amp;Host...</source>
        <translation>Mit einem &amp;Rechner verbinden …</translation>
    </message>
    <message>
        <location filename="../ui/library/WelcomePage.cpp" line="25" />
        <source>No virtual machines yet</source>
        <translation>Noch keine virtuellen Maschinen</translation>
    </message>
    <message>
        <location filename="../ui/library/WelcomePage.cpp" line="30" />
        <source>A virtual machine runs another operating system in a window: to try it, develop on it, or keep risky work away from this computer. Create one from an install image, a disk image or a cloud image, or connect to another host to see its machines.</source>
        <translation>Eine virtuelle Maschine führt ein anderes Betriebssystem in einem Fenster aus: zum Ausprobieren, zum Entwickeln oder um riskante Arbeit von diesem Rechner fernzuhalten. Erstellen Sie eine aus einem Installationsabbild, einem Festplattenabbild oder einem Cloud-Abbild, oder verbinden Sie sich mit einem anderen Rechner, um dessen Maschinen zu sehen.</translation>
    </message>
    <message>
        <location filename="../ui/library/WelcomePage.cpp" line="39" />
        <source>Opens the new virtual machine wizard (Ctrl+N)</source>
        <translation>Öffnet den Assistenten für neue virtuelle Maschinen (Strg+N)</translation>
    </message>
    <message>
        <location filename="../ui/library/WelcomePage.cpp" line="42" />
        <source>Adds a libvirt connection: this computer's system or session daemon, or another host over SSH (Ctrl+Shift+N)</source>
        <translation>Fügt eine libvirt-Verbindung hinzu: den System- oder Sitzungsdienst dieses Rechners oder einen anderen Rechner über SSH (Strg+Umschalt+N)</translation>
    </message>
    <message>
        <location filename="../ui/library/WelcomePage.cpp" line="51" />
        <source>Is this computer ready?</source>
        <translation>Ist dieser Rechner bereit?</translation>
    </message>
</context>
<context>
    <name>Vireo::Ui::WizardSteps</name>
    <message>
        <location filename="../ui/create/WizardSteps.cpp" line="15" />
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <location filename="../ui/create/WizardSteps.cpp" line="16" />
        <source>Operating system</source>
        <translation>Betriebssystem</translation>
    </message>
    <message>
        <location filename="../ui/create/WizardSteps.cpp" line="17" />
        <source>Express install</source>
        <translation>Schnellinstallation</translation>
    </message>
    <message>
        <location filename="../ui/create/WizardSteps.cpp" line="18" />
        <source>Memory and CPUs</source>
        <translation>Speicher und CPUs</translation>
    </message>
    <message>
        <location filename="../ui/create/WizardSteps.cpp" line="19" />
        <source>Storage</source>
        <translation>Datenträger</translation>
    </message>
    <message>
        <location filename="../ui/create/WizardSteps.cpp" line="20" />
        <source>Network</source>
        <translation>Netzwerk</translation>
    </message>
    <message>
        <location filename="../ui/create/WizardSteps.cpp" line="21" />
        <source>Devices</source>
        <translation>Geräte</translation>
    </message>
    <message>
        <location filename="../ui/create/WizardSteps.cpp" line="22" />
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <location filename="../ui/create/WizardSteps.cpp" line="53" />
        <source>current step</source>
        <translation>aktueller Schritt</translation>
    </message>
</context>
<context>
    <name>Vireo::Ui::XmlPage</name>
    <message>
        <location filename="../ui/hardware/XmlPage.cpp" line="70" />
        <source>Apply &amp;XML...</source>
        <translation>&amp;XML anwenden …</translation>
    </message>
    <message>
        <location filename="../ui/hardware/XmlPage.cpp" line="71" />
        <source>&amp;Discard Edits</source>
        <translation>Änderungen &amp;verwerfen</translation>
    </message>
    <message>
        <location filename="../ui/hardware/XmlPage.cpp" line="84" />
        <source>The VM's definition as libvirt keeps it. Edits are checked by libvirt before anything changes; you see what changes first.</source>
        <translation>Die Definition der VM, wie libvirt sie führt. Änderungen prüft libvirt, bevor sich etwas ändert; Sie sehen zuerst, was sich ändert.</translation>
    </message>
    <message>
        <location filename="../ui/hardware/XmlPage.cpp" line="136" />
        <source>Apply these changes?</source>
        <translation>Diese Änderungen anwenden?</translation>
    </message>
    <message>
        <location filename="../ui/hardware/XmlPage.cpp" line="138" />
        <source>Lines starting with - go, lines with + come:</source>
        <translation>Zeilen mit - entfallen, Zeilen mit + kommen hinzu:</translation>
    </message>
    <message>
        <location filename="../ui/hardware/XmlPage.cpp" line="160" />
        <source>Nothing changed.</source>
        <translation>Nichts geändert.</translation>
    </message>
    <message>
        <location filename="../ui/hardware/XmlPage.cpp" line="166" />
        <source>Applying...</source>
        <translation>Wird angewendet …</translation>
    </message>
    <message>
        <location filename="../ui/hardware/XmlPage.cpp" line="170" />
        <source>Applied.</source>
        <translation>Angewendet.</translation>
    </message>
    <message>
        <location filename="../ui/hardware/XmlPage.cpp" line="173" />
        <source>The XML was applied.</source>
        <translation>Das XML wurde angewendet.</translation>
    </message>
</context>
<context>
    <name>VncText</name>
    <message>
        <location filename="../engine/display/vnc/VncSession.cpp" line="135" />
        <source>The display server announced an impossible screen size (%1 x %2).</source>
        <translation>Der Anzeigeserver hat eine unmögliche Bildschirmgröße gemeldet (%1 × %2).</translation>
    </message>
    <message>
        <location filename="../engine/display/vnc/VncSession.cpp" line="251" />
        <source>This display needs a password.</source>
        <translation>Diese Anzeige braucht ein Passwort.</translation>
    </message>
    <message>
        <location filename="../engine/display/vnc/VncSession.cpp" line="252" />
        <source>The display password was not accepted.</source>
        <translation>Das Anzeigepasswort wurde nicht angenommen.</translation>
    </message>
    <message>
        <location filename="../engine/display/vnc/VncSession.cpp" line="256" />
        <source>The display server refused the connection.</source>
        <translation>Der Anzeigeserver hat die Verbindung abgelehnt.</translation>
    </message>
    <message>
        <location filename="../engine/display/vnc/VncSession.cpp" line="257" />
        <source>The display connection failed: %1</source>
        <translation>Die Verbindung zur Anzeige ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location filename="../engine/display/vnc/VncSession.cpp" line="275" />
        <source>The display connection was closed.</source>
        <translation>Die Verbindung zur Anzeige wurde geschlossen.</translation>
    </message>
    <message>
        <location filename="../engine/display/vnc/VncSession.cpp" line="276" />
        <source>The display connection was closed: %1</source>
        <translation>Die Verbindung zur Anzeige wurde geschlossen: %1</translation>
    </message>
    <message>
        <location filename="../engine/display/vnc/VncSession.cpp" line="287" />
        <source>Closed.</source>
        <translation>Geschlossen.</translation>
    </message>
</context>
<context>
    <name>VolumeText</name>
    <message>
        <location filename="../engine/storage/VolumeJobs.cpp" line="29" />
        <source>%1 MiB</source>
        <translation>%1 MiB</translation>
    </message>
    <message>
        <location filename="../engine/storage/VolumeJobs.cpp" line="81" />
        <location filename="../engine/storage/VolumeJobs.cpp" line="308" />
        <source>volume</source>
        <translation>Datenträger</translation>
    </message>
    <message>
        <location filename="../engine/storage/VolumeJobs.cpp" line="84" />
        <source>'%1' is not a volume format Vireo makes: qcow2 or raw.</source>
        <translation>„%1“ ist kein Datenträgerformat, das Vireo anlegt: qcow2 oder raw.</translation>
    </message>
    <message>
        <location filename="../engine/storage/VolumeJobs.cpp" line="86" />
        <source>Give the volume a size (e.g. 20G).</source>
        <translation>Geben Sie dem Datenträger eine Größe (z. B. 20G).</translation>
    </message>
    <message>
        <location filename="../engine/storage/VolumeJobs.cpp" line="88" />
        <source>Only a qcow2 volume can be an overlay on a backing image.</source>
        <translation>Nur ein qcow2-Datenträger kann eine Schicht auf einem Basisabbild sein.</translation>
    </message>
    <message>
        <location filename="../engine/storage/VolumeJobs.cpp" line="124" />
        <source>List storage volumes</source>
        <translation>Datenträger auflisten</translation>
    </message>
    <message>
        <location filename="../engine/storage/VolumeJobs.cpp" line="132" />
        <source>Could not list the storage pools.</source>
        <translation>Die Speicherpools konnten nicht aufgelistet werden.</translation>
    </message>
    <message>
        <location filename="../engine/storage/VolumeJobs.cpp" line="173" />
        <source>List the volumes of %1</source>
        <translation>Die Datenträger von %1 auflisten</translation>
    </message>
    <message>
        <location filename="../engine/storage/VolumeJobs.cpp" line="180" />
        <source>Could not list the volumes of %1.</source>
        <translation>Die Datenträger von %1 konnten nicht aufgelistet werden.</translation>
    </message>
    <message>
        <location filename="../engine/storage/VolumeJobs.cpp" line="203" />
        <source>Create volume %1</source>
        <translation>Datenträger %1 anlegen</translation>
    </message>
    <message>
        <location filename="../engine/storage/VolumeJobs.cpp" line="212" />
        <location filename="../engine/storage/VolumeJobs.cpp" line="326" />
        <source>The pool '%1' has a volume called '%2' already.</source>
        <translation>Der Pool „%1“ hat bereits einen Datenträger namens „%2“.</translation>
    </message>
    <message>
        <location filename="../engine/storage/VolumeJobs.cpp" line="224" />
        <source>The backing image %1 is not a volume of this host.</source>
        <translation>Das Basisabbild %1 ist kein Datenträger dieses Rechners.</translation>
    </message>
    <message>
        <location filename="../engine/storage/VolumeJobs.cpp" line="236" />
        <source>%1 is more than the pool '%2' has free (%3). The volume takes room only as the guest writes, but the guest fails when the pool runs full.</source>
        <translation>%1 ist mehr, als der Pool „%2“ frei hat (%3). Der Datenträger belegt nur Platz, wenn der Gast schreibt, aber der Gast scheitert, wenn der Pool voll läuft.</translation>
    </message>
    <message>
        <location filename="../engine/storage/VolumeJobs.cpp" line="244" />
        <source>Could not create the volume %1.</source>
        <translation>Der Datenträger %1 konnte nicht angelegt werden.</translation>
    </message>
    <message>
        <location filename="../engine/storage/VolumeJobs.cpp" line="257" />
        <source>Resize volume %1</source>
        <translation>Größe von Datenträger %1 ändern</translation>
    </message>
    <message>
        <location filename="../engine/storage/VolumeJobs.cpp" line="265" />
        <source>%1 is %2; Vireo does not shrink volumes (the guest's data at the end would be cut). Shrink the file system in the guest and copy it to a smaller volume instead.</source>
        <translation>%1 ist %2; Vireo verkleinert keine Datenträger (die Daten des Gasts am Ende würden abgeschnitten). Verkleinern Sie stattdessen das Dateisystem im Gast und kopieren Sie es auf einen kleineren Datenträger.</translation>
    </message>
    <message>
        <location filename="../engine/storage/VolumeJobs.cpp" line="276" />
        <source>Growing %1 by %2 is more than the pool '%3' has free (%4).</source>
        <translation>%1 um %2 zu vergrößern ist mehr, als der Pool „%3“ frei hat (%4).</translation>
    </message>
    <message>
        <location filename="../engine/storage/VolumeJobs.cpp" line="290" />
        <source>Could not grow %1 through the running VM %2.</source>
        <translation>%1 konnte über die laufende VM %2 nicht vergrößert werden.</translation>
    </message>
    <message>
        <location filename="../engine/storage/VolumeJobs.cpp" line="296" />
        <source>Could not resize %1.</source>
        <translation>Die Größe von %1 konnte nicht geändert werden.</translation>
    </message>
    <message>
        <location filename="../engine/storage/VolumeJobs.cpp" line="306" />
        <source>Clone volume %1</source>
        <translation>Datenträger %1 klonen</translation>
    </message>
    <message>
        <location filename="../engine/storage/VolumeJobs.cpp" line="318" />
        <source>%1 is in use by %2, which writes to it while it runs: a copy would be torn. Shut it down first.</source>
        <translation>%1 wird von %2 genutzt, die im Betrieb darauf schreibt: Eine Kopie wäre inkonsistent. Fahren Sie sie zuerst herunter.</translation>
    </message>
    <message>
        <location filename="../engine/storage/VolumeJobs.cpp" line="333" />
        <source>A copy of %1 needs %2; the pool '%3' has %4 free.</source>
        <translation>Eine Kopie von %1 braucht %2; der Pool „%3“ hat %4 frei.</translation>
    </message>
    <message>
        <location filename="../engine/storage/VolumeJobs.cpp" line="365" />
        <source>Could not copy %1.</source>
        <translation>%1 konnte nicht kopiert werden.</translation>
    </message>
    <message>
        <location filename="../engine/storage/VolumeJobs.cpp" line="380" />
        <source>Wipe volume %1</source>
        <translation>Datenträger %1 nullen</translation>
    </message>
    <message>
        <location filename="../engine/storage/VolumeJobs.cpp" line="389" />
        <source>%1 is a disk of %2: wiping it would erase the VM's data. Remove it from the VM first.</source>
        <translation>%1 ist eine Festplatte von %2: Sie zu nullen, würde die Daten der VM löschen. Entfernen Sie sie zuerst aus der VM.</translation>
    </message>
    <message>
        <location filename="../engine/storage/VolumeJobs.cpp" line="395" />
        <source>Could not wipe %1.</source>
        <translation>%1 konnte nicht genullt werden.</translation>
    </message>
    <message>
        <location filename="../engine/storage/VolumeJobs.cpp" line="404" />
        <source>Delete volume %1</source>
        <translation>Datenträger %1 löschen</translation>
    </message>
    <message>
        <location filename="../engine/storage/VolumeJobs.cpp" line="413" />
        <source>%1 cannot be deleted while running VMs use it: %2.</source>
        <translation>%1 kann nicht gelöscht werden, solange laufende VMs ihn nutzen: %2.</translation>
    </message>
    <message>
        <location filename="../engine/storage/VolumeJobs.cpp" line="419" />
        <source>%1 is a disk of %2; those VMs will not start until the disk is removed from them.</source>
        <translation>%1 ist eine Festplatte von %2; diese VMs starten nicht, bis die Festplatte aus ihnen entfernt ist.</translation>
    </message>
    <message>
        <location filename="../engine/storage/VolumeJobs.cpp" line="424" />
        <source>Could not delete %1.</source>
        <translation>%1 konnte nicht gelöscht werden.</translation>
    </message>
    <message>
        <location filename="../engine/storage/VolumeJobs.cpp" line="442" />
        <source>There is no storage pool called '%1' on this host.</source>
        <translation>Auf diesem Rechner gibt es keinen Speicherpool namens „%1“.</translation>
    </message>
    <message>
        <location filename="../engine/storage/VolumeJobs.cpp" line="443" />
        <source>Could not open the storage pool '%1'.</source>
        <translation>Der Speicherpool „%1“ konnte nicht geöffnet werden.</translation>
    </message>
    <message>
        <location filename="../engine/storage/VolumeJobs.cpp" line="447" />
        <source>The storage pool '%1' is not running: start it first.</source>
        <translation>Der Speicherpool „%1“ läuft nicht: Starten Sie ihn zuerst.</translation>
    </message>
    <message>
        <location filename="../engine/storage/VolumeJobs.cpp" line="458" />
        <source>The pool '%1' has no volume called '%2'.</source>
        <translation>Der Pool „%1“ hat keinen Datenträger namens „%2“.</translation>
    </message>
</context>
</TS>