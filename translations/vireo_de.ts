<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>ActionRulesText</name>
    <message>
        <location filename="../engine/domains/ActionRules.cpp" line="35"/>
        <source>The connection is read-only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/domains/ActionRules.cpp" line="39"/>
        <source>The machine is already running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/domains/ActionRules.cpp" line="43"/>
        <source>Only a running machine can be shut down.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/domains/ActionRules.cpp" line="47"/>
        <source>Only a running machine can be rebooted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/domains/ActionRules.cpp" line="49"/>
        <source>The machine is not running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/domains/ActionRules.cpp" line="52"/>
        <source>Only a running machine can be paused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/domains/ActionRules.cpp" line="56"/>
        <source>The machine is not paused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/domains/ActionRules.cpp" line="59"/>
        <source>A transient machine cannot be saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/domains/ActionRules.cpp" line="62"/>
        <source>Only a running or paused machine can be saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/domains/ActionRules.cpp" line="65"/>
        <source>The machine has no saved state.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/domains/ActionRules.cpp" line="70"/>
        <source>Shut the machine off to rename it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/domains/ActionRules.cpp" line="72"/>
        <source>A transient machine cannot be renamed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/domains/ActionRules.cpp" line="75"/>
        <source>Start the machine or discard its saved state to rename it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/domains/ActionRules.cpp" line="97"/>
        <source>Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/domains/ActionRules.cpp" line="98"/>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/domains/ActionRules.cpp" line="100"/>
        <source>Shut Down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/domains/ActionRules.cpp" line="102"/>
        <source>Reboot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/domains/ActionRules.cpp" line="104"/>
        <source>Force Off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/domains/ActionRules.cpp" line="106"/>
        <source>Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/domains/ActionRules.cpp" line="108"/>
        <source>Resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/domains/ActionRules.cpp" line="110"/>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/domains/ActionRules.cpp" line="112"/>
        <source>Discard Saved State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/domains/ActionRules.cpp" line="114"/>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/domains/ActionRules.cpp" line="116"/>
        <source>Rename</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <location filename="../app/commands/CommandLine.cpp" line="14"/>
        <source>Connect to the libvirt URI (e.g. qemu:///system, qemu+ssh://user@host/system). Repeat for several. Without it, the remembered connections open, else the last URI used, else qemu:///session.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commands/CommandLine.cpp" line="21"/>
        <source>Open the --connect connections read-only: watch machines, change nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commands/CommandLine.cpp" line="25"/>
        <source>Show only the console of the machine NAME (its name or UUID), without the library: this runs vireo-console.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commands/CommandLine.cpp" line="31"/>
        <source>Vireo: a desktop virtualization manager for KVM/QEMU through libvirt.
Commands: vireo create --help (create a VM from an install image),
          vireo snapshot --help (list, create, revert, delete snapshots),
          vireo stats --help (live figures, history as CSV).
They take --connect and --readonly before or after their name
(vireo -c qemu:///system snapshot list VM); without --connect, the
window&apos;s connection: the last URI used, else qemu:///session.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CommandText</name>
    <message>
        <location filename="../app/commands/CommandParser.cpp" line="66"/>
        <source>The libvirt URI (e.g. qemu:///system); without it, the last one used, as in the window, else qemu:///session.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commands/CommandParser.cpp" line="70"/>
        <source>Open the connection read-only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commands/CommandParser.cpp" line="82"/>
        <source>Try &apos;vireo %1 --help&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commands/CommandParser.cpp" line="91"/>
        <source>Usage: vireo %1 [options] %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commands/CommandParser.cpp" line="131"/>
        <source>There is no VM &quot;%1&quot; on %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConnectionText</name>
    <message>
        <location filename="../engine/core/Connection.cpp" line="45"/>
        <source>The virtualization service closed the connection (it stopped or restarted).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/core/Connection.cpp" line="48"/>
        <source>The virtualization service stopped answering.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/core/Connection.cpp" line="50"/>
        <source>The connection to the virtualization service failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/core/Connection.cpp" line="127"/>
        <source>Test driver</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/core/Connection.cpp" line="135"/>
        <source> (user session)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/core/Connection.cpp" line="137"/>
        <source> (system)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/core/Connection.cpp" line="141"/>
        <source>, read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/core/Connection.cpp" line="149"/>
        <source>Connecting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/core/Connection.cpp" line="151"/>
        <source>Connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/core/Connection.cpp" line="153"/>
        <source>Not responding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/core/Connection.cpp" line="155"/>
        <source>Disconnected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/core/Connection.cpp" line="157"/>
        <source>Reconnecting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/core/Connection.cpp" line="198"/>
        <source>Closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/core/Connection.cpp" line="211"/>
        <source>Reconnecting...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/core/Connection.cpp" line="212"/>
        <source>%1 Reconnecting (attempt %2)...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/core/Connection.cpp" line="291"/>
        <source>%1 Attempt %2 in %3 s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/core/Connection.cpp" line="503"/>
        <source>%1 failed: %2 is not connected (%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/core/Connection.cpp" line="515"/>
        <location filename="../engine/core/Connection.cpp" line="527"/>
        <source>Not connected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/core/Connection.cpp" line="93"/>
        <source>The virtualization service has not answered for %1 s.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConsoleMain</name>
    <message>
        <location filename="../app/ConsoleMain.cpp" line="40"/>
        <source>Vireo console: the screen of one virtual machine (SPICE or VNC) in a window of its own,
without the library. `vireo --show-console NAME` opens it too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ConsoleMain.cpp" line="48"/>
        <source>Look for the machine on this libvirt URI. Repeat for several. Without it, Vireo&apos;s remembered connections, else the last URI used, else qemu:///session.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ConsoleMain.cpp" line="55"/>
        <source>Open the --connect connections read-only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ConsoleMain.cpp" line="60"/>
        <source>The machine&apos;s name or UUID.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CreateText</name>
    <message>
        <location filename="../app/commands/CreateCommand.cpp" line="32"/>
        <source>Create a virtual machine from an install image.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commands/CreateCommand.cpp" line="35"/>
        <source>Name of the new VM.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commands/CreateCommand.cpp" line="38"/>
        <source>Install image (ISO) to boot from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commands/CreateCommand.cpp" line="42"/>
        <source>OS short id (e.g. fedora37, debian11, win11, linux2022); detected from the image when left out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commands/CreateCommand.cpp" line="45"/>
        <source>Memory in MiB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commands/CreateCommand.cpp" line="47"/>
        <source>Number of vCPUs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commands/CreateCommand.cpp" line="50"/>
        <source>Size of the new qcow2 disk in GiB (0: no disk).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commands/CreateCommand.cpp" line="53"/>
        <source>bios, uefi or uefi-secure.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commands/CreateCommand.cpp" line="55"/>
        <source>Add a TPM 2.0 (swtpm).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commands/CreateCommand.cpp" line="57"/>
        <source>spice or vnc (on 127.0.0.1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commands/CreateCommand.cpp" line="61"/>
        <source>user, none, a libvirt network name (e.g. default) or bridge:DEVICE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commands/CreateCommand.cpp" line="64"/>
        <source>kvm or emulation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commands/CreateCommand.cpp" line="67"/>
        <source>Define the VM but do not start it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commands/CreateCommand.cpp" line="70"/>
        <source>Also log the first serial port to this file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commands/CreateCommand.cpp" line="78"/>
        <source>Unexpected argument &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commands/CreateCommand.cpp" line="81"/>
        <source>--name is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commands/CreateCommand.cpp" line="83"/>
        <source>--iso is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commands/CreateCommand.cpp" line="105"/>
        <source>Unknown OS &apos;%1&apos;. `osinfo-query os` lists the short ids.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commands/CreateCommand.cpp" line="111"/>
        <source>The OS on %1 was not recognised; using generic defaults (name one with --os).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commands/CreateCommand.cpp" line="135"/>
        <source>--memory takes a number of MiB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commands/CreateCommand.cpp" line="140"/>
        <source>--vcpus takes a number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commands/CreateCommand.cpp" line="145"/>
        <source>--disk takes a number of GiB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commands/CreateCommand.cpp" line="157"/>
        <source>--firmware is bios, uefi or uefi-secure.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commands/CreateCommand.cpp" line="164"/>
        <source>--graphics is spice or vnc.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commands/CreateCommand.cpp" line="190"/>
        <source>--accel is kvm or emulation.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CreationText</name>
    <message>
        <location filename="../engine/create/VmCreator.cpp" line="55"/>
        <source>There is no storage pool called &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/create/VmCreator.cpp" line="66"/>
        <source>Could not create the default storage pool.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/create/VmCreator.cpp" line="74"/>
        <source>Could not start the storage pool &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/create/VmCreator.cpp" line="109"/>
        <source>There is no network called &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/create/VmCreator.cpp" line="120"/>
        <source>Could not create the default network.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/create/VmCreator.cpp" line="127"/>
        <source>Could not start the network &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/create/VmCreator.cpp" line="188"/>
        <source>A virtual machine needs some memory.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/create/VmCreator.cpp" line="190"/>
        <source>%1 MiB of memory is more than this host has (%2 MiB).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/create/VmCreator.cpp" line="194"/>
        <source>A virtual machine needs at least one vCPU.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/create/VmCreator.cpp" line="196"/>
        <source>%1 vCPUs are more than this host has (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/create/VmCreator.cpp" line="207"/>
        <source>Read the host&apos;s capacity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/create/VmCreator.cpp" line="211"/>
        <source>Could not read the host&apos;s capacity.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/create/VmCreator.cpp" line="222"/>
        <source>Read free space</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/create/VmCreator.cpp" line="242"/>
        <source>Create %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/create/VmCreator.cpp" line="251"/>
        <source>A virtual machine called &apos;%1&apos; exists already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/create/VmCreator.cpp" line="287"/>
        <source>Copying the disk image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/create/VmCreator.cpp" line="307"/>
        <source>Could not copy %1 into the storage pool.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/create/VmCreator.cpp" line="320"/>
        <source>Creating the disk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/create/VmCreator.cpp" line="333"/>
        <source>The disk (%1 GiB) is larger than the free space in the pool &apos;%2&apos; (%3 GiB). Confirm to create it anyway: it only grows as the guest writes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/create/VmCreator.cpp" line="351"/>
        <source>Could not create the disk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/create/VmCreator.cpp" line="363"/>
        <source>Defining the machine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/create/VmCreator.cpp" line="368"/>
        <source>Could not define &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/create/VmCreator.cpp" line="377"/>
        <source>Starting the machine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/create/VmCreator.cpp" line="380"/>
        <source>Could not start &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/create/VmCreator.cpp" line="392"/>
        <source>KVM could not be used; software emulation works without it (slower).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DomainInfoText</name>
    <message>
        <location filename="../engine/domains/DomainInfo.cpp" line="29"/>
        <source>shut down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/domains/DomainInfo.cpp" line="31"/>
        <source>forced off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/domains/DomainInfo.cpp" line="33"/>
        <source>crashed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/domains/DomainInfo.cpp" line="35"/>
        <source>saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/domains/DomainInfo.cpp" line="37"/>
        <source>failed to start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/domains/DomainInfo.cpp" line="39"/>
        <location filename="../engine/domains/DomainInfo.cpp" line="60"/>
        <location filename="../engine/domains/DomainInfo.cpp" line="79"/>
        <source>from snapshot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/domains/DomainInfo.cpp" line="41"/>
        <source>daemon stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/domains/DomainInfo.cpp" line="48"/>
        <source>by user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/domains/DomainInfo.cpp" line="50"/>
        <source>migrating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/domains/DomainInfo.cpp" line="52"/>
        <source>saving</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/domains/DomainInfo.cpp" line="54"/>
        <source>dumping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/domains/DomainInfo.cpp" line="56"/>
        <source>I/O error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/domains/DomainInfo.cpp" line="58"/>
        <source>watchdog</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/domains/DomainInfo.cpp" line="62"/>
        <source>shutting down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/domains/DomainInfo.cpp" line="64"/>
        <source>taking snapshot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/domains/DomainInfo.cpp" line="66"/>
        <source>guest panicked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/domains/DomainInfo.cpp" line="68"/>
        <source>starting up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/domains/DomainInfo.cpp" line="75"/>
        <source>migrated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/domains/DomainInfo.cpp" line="77"/>
        <source>restored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/domains/DomainInfo.cpp" line="81"/>
        <source>unpaused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/domains/DomainInfo.cpp" line="83"/>
        <source>woken up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/domains/DomainInfo.cpp" line="88"/>
        <source>panicked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/domains/DomainInfo.cpp" line="99"/>
        <source>Running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/domains/DomainInfo.cpp" line="101"/>
        <source>Paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/domains/DomainInfo.cpp" line="103"/>
        <source>Shutting down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/domains/DomainInfo.cpp" line="106"/>
        <source>Saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/domains/DomainInfo.cpp" line="108"/>
        <source>Shut off (crashed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/domains/DomainInfo.cpp" line="110"/>
        <source>Shut off (failed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/domains/DomainInfo.cpp" line="111"/>
        <source>Shut off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/domains/DomainInfo.cpp" line="113"/>
        <source>Crashed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/domains/DomainInfo.cpp" line="115"/>
        <source>Suspended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/domains/DomainInfo.cpp" line="119"/>
        <source>Unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/domains/DomainInfo.cpp" line="125"/>
        <location filename="../engine/domains/DomainInfo.cpp" line="127"/>
        <source>%1 GiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/domains/DomainInfo.cpp" line="128"/>
        <source>%1 MiB</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DomainListModel</name>
    <message>
        <location filename="../engine/domains/DomainListModel.cpp" line="247"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/domains/DomainListModel.cpp" line="249"/>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/domains/DomainListModel.cpp" line="251"/>
        <source>Operating system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/domains/DomainListModel.cpp" line="253"/>
        <source>vCPUs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/domains/DomainListModel.cpp" line="255"/>
        <source>Memory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/domains/DomainListModel.cpp" line="257"/>
        <source>CPU</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EventText</name>
    <message>
        <location filename="../engine/stats/EventRecorder.cpp" line="34"/>
        <source>Defined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/stats/EventRecorder.cpp" line="37"/>
        <source>Undefined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/stats/EventRecorder.cpp" line="40"/>
        <source>Started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/stats/EventRecorder.cpp" line="41"/>
        <source>restored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/stats/EventRecorder.cpp" line="42"/>
        <location filename="../engine/stats/EventRecorder.cpp" line="52"/>
        <location filename="../engine/stats/EventRecorder.cpp" line="66"/>
        <source>from a snapshot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/stats/EventRecorder.cpp" line="43"/>
        <location filename="../engine/stats/EventRecorder.cpp" line="67"/>
        <source>migrated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/stats/EventRecorder.cpp" line="44"/>
        <source>woken up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/stats/EventRecorder.cpp" line="45"/>
        <source>booted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/stats/EventRecorder.cpp" line="48"/>
        <source>Paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/stats/EventRecorder.cpp" line="49"/>
        <source>disk I/O error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/stats/EventRecorder.cpp" line="50"/>
        <source>watchdog</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/stats/EventRecorder.cpp" line="53"/>
        <source>error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/stats/EventRecorder.cpp" line="57"/>
        <source>Resumed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/stats/EventRecorder.cpp" line="60"/>
        <source>Stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/stats/EventRecorder.cpp" line="61"/>
        <source>shut down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/stats/EventRecorder.cpp" line="62"/>
        <source>forced off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/stats/EventRecorder.cpp" line="63"/>
        <source>crashed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/stats/EventRecorder.cpp" line="64"/>
        <source>saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/stats/EventRecorder.cpp" line="65"/>
        <source>failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/stats/EventRecorder.cpp" line="71"/>
        <source>Shutting down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/stats/EventRecorder.cpp" line="74"/>
        <source>Suspended by the guest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/stats/EventRecorder.cpp" line="77"/>
        <source>Crashed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/stats/EventRecorder.cpp" line="80"/>
        <source>Event %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/stats/EventRecorder.cpp" line="82"/>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/core/ConnectionEvents.cpp" line="218"/>
        <source>Could not subscribe to machine events.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FetchText</name>
    <message>
        <location filename="../engine/domains/DomainFetch.cpp" line="110"/>
        <source>Could not list the virtual machines.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/domains/DomainFetch.cpp" line="174"/>
        <source>Could not read the machine&apos;s configuration.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GraphicsText</name>
    <message>
        <location filename="../engine/display/GraphicsChannel.cpp" line="40"/>
        <source>Open the display</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/display/GraphicsChannel.cpp" line="41"/>
        <source>Could not reach the machine&apos;s display.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/display/GraphicsChannel.cpp" line="58"/>
        <source>The display has no network port (it listens on a local socket or not at all).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/display/GraphicsChannel.cpp" line="71"/>
        <source>The display listens only on %1&apos;s loopback address (%2); it cannot be reached from here. Make it listen on the host&apos;s address, or run Vireo on %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/display/GraphicsChannel.cpp" line="90"/>
        <source>Cannot find %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/display/GraphicsChannel.cpp" line="111"/>
        <source>Cannot connect to the display at %1:%2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/display/GraphicsChannel.cpp" line="140"/>
        <source>The machine has no display.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LibvirtError</name>
    <message>
        <location filename="../engine/core/LibvirtError.cpp" line="17"/>
        <source>The virtual machine does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/core/LibvirtError.cpp" line="19"/>
        <source>This is not possible in the machine&apos;s current state.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/core/LibvirtError.cpp" line="24"/>
        <source>Permission denied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/core/LibvirtError.cpp" line="28"/>
        <source>The virtualization service could not be reached.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/core/LibvirtError.cpp" line="33"/>
        <source>The request was not accepted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/core/LibvirtError.cpp" line="35"/>
        <source>The operation timed out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/core/LibvirtError.cpp" line="37"/>
        <source>The storage volume does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/core/LibvirtError.cpp" line="58"/>
        <source>Details: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LifecycleText</name>
    <message>
        <location filename="../engine/domains/DomainLifecycle.cpp" line="44"/>
        <source>Could not start &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/domains/DomainLifecycle.cpp" line="46"/>
        <source>Could not shut down &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/domains/DomainLifecycle.cpp" line="48"/>
        <source>Could not reboot &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/domains/DomainLifecycle.cpp" line="50"/>
        <source>Could not force off &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/domains/DomainLifecycle.cpp" line="52"/>
        <source>Could not pause &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/domains/DomainLifecycle.cpp" line="54"/>
        <source>Could not resume &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/domains/DomainLifecycle.cpp" line="56"/>
        <source>Could not save &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/domains/DomainLifecycle.cpp" line="58"/>
        <source>Could not discard the saved state of &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/domains/DomainLifecycle.cpp" line="60"/>
        <source>Could not delete &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/domains/DomainLifecycle.cpp" line="62"/>
        <source>Could not rename &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/domains/DomainLifecycle.cpp" line="118"/>
        <source>The connection is read-only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/domains/DomainLifecycle.cpp" line="189"/>
        <source>Delete %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/domains/DomainLifecycle.cpp" line="212"/>
        <location filename="../engine/domains/DomainLifecycle.cpp" line="224"/>
        <source>Could not delete %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/domains/DomainLifecycle.cpp" line="219"/>
        <source>%1 is not in a storage pool of the remote host; it was left in place.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/domains/DomainLifecycle.cpp" line="229"/>
        <source>&apos;%1&apos; was deleted, but not all of its storage:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/domains/DomainLifecycle.cpp" line="241"/>
        <source>Rename %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OsDatabaseText</name>
    <message>
        <location filename="../engine/create/OsDatabase.cpp" line="133"/>
        <source>Could not read the OS database (osinfo-db): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/create/OsDatabase.cpp" line="154"/>
        <source>The file %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/create/OsDatabase.cpp" line="158"/>
        <source>The file %1 cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/create/OsDatabase.cpp" line="166"/>
        <source>%1 is not an install image (ISO 9660): %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PluginText</name>
    <message>
        <location filename="../engine/display/DisplayProtocols.cpp" line="63"/>
        <source>Vireo&apos;s %1 support is not installed (%2 in %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/display/DisplayProtocols.cpp" line="66"/>
        <source>Vireo&apos;s %1 support could not be loaded: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <location filename="../app/ConsoleMain.cpp" line="113"/>
        <source>Vireo console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ConsoleMain.cpp" line="155"/>
        <source>No virtual machine named &quot;%1&quot; on %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ConsoleMain.cpp" line="157"/>
        <source>No virtual machine named &quot;%1&quot; was found: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ConsoleMain.cpp" line="182"/>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="140"/>
        <source>Vireo cannot start</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SessionText</name>
    <message>
        <location filename="../engine/core/ConnectionSession.cpp" line="34"/>
        <source>Could not connect to %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SnapshotCommandText</name>
    <message>
        <location filename="../app/commands/SnapshotCommand.cpp" line="32"/>
        <source>No snapshots.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commands/SnapshotCommand.cpp" line="49"/>
        <source>(* current)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commands/SnapshotCommand.cpp" line="58"/>
        <source>Snapshots of a virtual machine: list, create, revert, delete.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commands/SnapshotCommand.cpp" line="62"/>
        <source>list, create, revert or delete.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commands/SnapshotCommand.cpp" line="64"/>
        <source>Name or UUID of the VM.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commands/SnapshotCommand.cpp" line="66"/>
        <source>Snapshot name (create: default, the time).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commands/SnapshotCommand.cpp" line="69"/>
        <source>create: include the memory state (the VM must run).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commands/SnapshotCommand.cpp" line="72"/>
        <source>create: the disks only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commands/SnapshotCommand.cpp" line="74"/>
        <source>create: a description.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commands/SnapshotCommand.cpp" line="77"/>
        <source>revert: leave the VM paused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commands/SnapshotCommand.cpp" line="79"/>
        <source>revert: start the VM running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commands/SnapshotCommand.cpp" line="81"/>
        <source>delete: its descendants too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commands/SnapshotCommand.cpp" line="91"/>
        <source>Say what to do: list, create, revert or delete.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commands/SnapshotCommand.cpp" line="94"/>
        <source>Name the VM.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commands/SnapshotCommand.cpp" line="96"/>
        <source>Name the snapshot to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commands/SnapshotCommand.cpp" line="98"/>
        <source>Too many arguments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commands/SnapshotCommand.cpp" line="100"/>
        <source>--memory and --disk-only exclude each other.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commands/SnapshotCommand.cpp" line="102"/>
        <source>--paused and --running exclude each other.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commands/SnapshotCommand.cpp" line="127"/>
        <source>Snapshot &quot;%1&quot; of %2 taken.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commands/SnapshotCommand.cpp" line="133"/>
        <source>%1 reverted to &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commands/SnapshotCommand.cpp" line="137"/>
        <source>Snapshot &quot;%1&quot; and its descendants deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commands/SnapshotCommand.cpp" line="139"/>
        <source>Snapshot &quot;%1&quot; deleted.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SnapshotText</name>
    <message>
        <location filename="../engine/snapshots/JobSupport.cpp" line="62"/>
        <source>The disk that holds the machine&apos;s storage is full. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/snapshots/SnapshotXml.cpp" line="20"/>
        <source>A snapshot needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/snapshots/SnapshotXml.cpp" line="22"/>
        <source>A snapshot name cannot begin or end with spaces.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/snapshots/SnapshotXml.cpp" line="24"/>
        <source>A snapshot name cannot contain &apos;/&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/snapshots/SnapshotXml.cpp" line="27"/>
        <source>A snapshot name cannot contain control characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/snapshots/SnapshotXml.cpp" line="29"/>
        <source>A snapshot name cannot begin with &apos;.&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/snapshots/SnapshotXml.cpp" line="31"/>
        <source>A snapshot name can be at most 200 bytes long.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/snapshots/SnapshotXml.cpp" line="78"/>
        <source>This snapshot is external (made by another tool); libvirt %1.%2 cannot revert to external snapshots (9.7 and later can).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/snapshots/Snapshots.cpp" line="55"/>
        <source>Could not list the snapshots of %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/snapshots/Snapshots.cpp" line="57"/>
        <source>List snapshots</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/snapshots/Snapshots.cpp" line="99"/>
        <source>Could not take snapshot &quot;%1&quot; of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/snapshots/Snapshots.cpp" line="102"/>
        <source>Take snapshot %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/snapshots/Snapshots.cpp" line="112"/>
        <source>%1 already has a snapshot of that name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/snapshots/Snapshots.cpp" line="120"/>
        <source>A snapshot with memory needs the machine running; it is shut off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/snapshots/Snapshots.cpp" line="128"/>
        <source>Its disk %1 (%2) is in %3 format; snapshots need qcow2. Shut the machine off and convert the disk to qcow2 (Vireo can do it, keeping the %3 file), then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/snapshots/Snapshots.cpp" line="133"/>
        <source>not a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/snapshots/Snapshots.cpp" line="169"/>
        <source>Could not revert %1 to snapshot &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/snapshots/Snapshots.cpp" line="171"/>
        <source>Revert %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/snapshots/Snapshots.cpp" line="192"/>
        <source>Could not delete snapshot &quot;%1&quot; of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/snapshots/Snapshots.cpp" line="194"/>
        <source>Delete snapshot %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/snapshots/Snapshots.cpp" line="219"/>
        <source>Could not change the description of snapshot &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/snapshots/Snapshots.cpp" line="221"/>
        <source>Describe snapshot %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/snapshots/DiskConversion.cpp" line="22"/>
        <source>Could not convert the disks of %1 to qcow2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/snapshots/DiskConversion.cpp" line="25"/>
        <source>Convert the disks of %1 to qcow2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/snapshots/DiskConversion.cpp" line="30"/>
        <source>Vireo converts disks only on this machine&apos;s connections.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/snapshots/DiskConversion.cpp" line="35"/>
        <source>Shut the machine off first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/snapshots/DiskConversion.cpp" line="55"/>
        <source>Disk %1 is not a file.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SpiceText</name>
    <message>
        <location filename="../engine/display/spice/SpiceSession.cpp" line="148"/>
        <source>The display password was not accepted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/display/spice/SpiceSession.cpp" line="150"/>
        <location filename="../engine/display/spice/SpiceSession.cpp" line="153"/>
        <source>The display connection was closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/display/spice/SpiceSession.cpp" line="154"/>
        <source>The display connection was closed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/display/spice/SpiceSession.cpp" line="160"/>
        <source>The display server refused the connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/display/spice/SpiceSession.cpp" line="161"/>
        <source>The display connection failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/display/spice/SpiceSession.cpp" line="177"/>
        <source>This display needs a password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/display/spice/SpiceSession.cpp" line="211"/>
        <source>The display uses a pixel format Vireo cannot show.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StatsCommandText</name>
    <message>
        <location filename="../app/commands/StatsCommand.cpp" line="67"/>
        <source>Live figures of a running VM, or its stored history as CSV (export).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commands/StatsCommand.cpp" line="72"/>
        <source>Name or UUID of the VM (after &apos;export&apos; to export its history).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commands/StatsCommand.cpp" line="76"/>
        <source>Seconds between lines (default 1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commands/StatsCommand.cpp" line="79"/>
        <source>One JSON object a line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commands/StatsCommand.cpp" line="81"/>
        <source>Stop after N lines (default: never).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commands/StatsCommand.cpp" line="84"/>
        <source>export: from this long ago (1h, 30m, 7d) or this ISO time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commands/StatsCommand.cpp" line="88"/>
        <source>export: up to this time (default now).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commands/StatsCommand.cpp" line="100"/>
        <source>Name one VM.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commands/StatsCommand.cpp" line="104"/>
        <source>--interval takes seconds from 0.1 to 3600.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commands/StatsCommand.cpp" line="107"/>
        <source>--count takes a number of lines.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commands/StatsCommand.cpp" line="112"/>
        <source>--since and --until take 90s, 10m, 1h, 7d or an ISO time, the first before the second.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commands/StatsCommand.cpp" line="130"/>
        <source>%1 is not running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commands/StatsCommand.cpp" line="166"/>
        <source>%1 stopped.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ValidationText</name>
    <message>
        <location filename="../engine/core/Validation.cpp" line="23"/>
        <source>The connection address is empty. Enter a libvirt URI such as qemu:///system.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/core/Validation.cpp" line="28"/>
        <source>&apos;%1&apos; is not a libvirt URI. It should look like qemu:///system, qemu:///session or qemu+ssh://user@host/system.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/core/Validation.cpp" line="33"/>
        <source>&apos;%1&apos; is not a valid URI: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/core/Validation.cpp" line="40"/>
        <source>A virtual machine needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/core/Validation.cpp" line="42"/>
        <source>The name &apos;%1&apos; cannot be used: a name cannot contain &apos;/&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/core/Validation.cpp" line="46"/>
        <source>The name cannot contain control characters such as tabs or new lines.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/core/Validation.cpp" line="50"/>
        <source>The name is too long (at most 200 bytes).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Vireo::Operation</name>
    <message>
        <location filename="../engine/core/Operation.cpp" line="89"/>
        <source>%1 % done</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Vireo::SpiceSession</name>
    <message>
        <location filename="../engine/display/spice/SpiceSession.cpp" line="390"/>
        <source>SPICE needs Qt&apos;s GLib event loop; it is switched off (QT_NO_GLIB).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/display/spice/SpiceSession.cpp" line="403"/>
        <source>The display connection failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/display/spice/SpiceSession.cpp" line="431"/>
        <source>Closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/display/spice/SpiceSession.cpp" line="445"/>
        <source>Could not open a channel of the display.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Vireo::Ui::AddConnectionDialog</name>
    <message>
        <location filename="../ui/library/AddConnectionDialog.cpp" line="18"/>
        <source>Read-only (watch, but change nothing)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/library/AddConnectionDialog.cpp" line="22"/>
        <source>Add Connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/library/AddConnectionDialog.cpp" line="27"/>
        <source>A libvirt URI: qemu:///system for this machine&apos;s virtual machines, qemu:///session for your own, qemu+ssh://user@host/system for another machine.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/library/AddConnectionDialog.cpp" line="34"/>
        <source>Connect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/library/AddConnectionDialog.cpp" line="37"/>
        <source>&amp;Address:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Vireo::Ui::ConnectionBanner</name>
    <message>
        <location filename="../ui/library/ConnectionBanner.cpp" line="16"/>
        <source>Reconnect Now</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Vireo::Ui::ConsoleWindow</name>
    <message>
        <location filename="../ui/console/ConsoleWindow.cpp" line="73"/>
        <source>%1 — Vireo console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/console/ConsoleWindow.cpp" line="74"/>
        <source>%1 (Press Ctrl+Alt to release)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/console/ConsoleWindow.cpp" line="79"/>
        <source>Console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/console/ConsoleWindow.cpp" line="81"/>
        <location filename="../ui/console/ConsoleWindow.cpp" line="95"/>
        <source>Send Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/console/ConsoleWindow.cpp" line="82"/>
        <source>Ctrl+Alt+Del</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/console/ConsoleWindow.cpp" line="83"/>
        <source>Ctrl+Alt+Backspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/console/ConsoleWindow.cpp" line="87"/>
        <source>Ctrl+Alt+F%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/console/ConsoleWindow.cpp" line="92"/>
        <source>PrintScreen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/console/ConsoleWindow.cpp" line="93"/>
        <source>Alt+SysRq</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/console/ConsoleWindow.cpp" line="105"/>
        <source>Fit to Window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/console/ConsoleWindow.cpp" line="106"/>
        <source>Actual Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/console/ConsoleWindow.cpp" line="107"/>
        <source>Resize Guest to Window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/console/ConsoleWindow.cpp" line="117"/>
        <source>Needs the SPICE guest agent (spice-vdagent) in the guest.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/console/ConsoleWindow.cpp" line="121"/>
        <source>Fullscreen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/console/ConsoleWindow.cpp" line="125"/>
        <source>Screenshot...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/console/ConsoleWindow.cpp" line="128"/>
        <source>Save Screenshot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/console/ConsoleWindow.cpp" line="128"/>
        <source>PNG images (*.png)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/console/ConsoleWindow.cpp" line="134"/>
        <source>Could not save the screenshot to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/console/ConsoleWindow.cpp" line="147"/>
        <source>%1 is no longer on this connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/console/ConsoleWindow.cpp" line="149"/>
        <source>%1 is %2. Its screen shows here once it runs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/console/ConsoleWindow.cpp" line="153"/>
        <source>%1 has no screen to show: it has no SPICE or VNC display.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/console/ConsoleWindow.cpp" line="230"/>
        <source>Display Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/console/ConsoleWindow.cpp" line="233"/>
        <source>The display of %1 is protected by a password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/console/ConsoleWindow.cpp" line="234"/>
        <source>That password was not accepted. The display password of %1:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Vireo::Ui::DeleteDomainDialog</name>
    <message>
        <location filename="../ui/library/DeleteDomainDialog.cpp" line="18"/>
        <source>Delete %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/library/DeleteDomainDialog.cpp" line="20"/>
        <source>Delete the virtual machine &lt;b&gt;%1&lt;/b&gt;? Its configuration, saved state and snapshot records are removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/library/DeleteDomainDialog.cpp" line="24"/>
        <source>It is running and will be forced off first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/library/DeleteDomainDialog.cpp" line="32"/>
        <source>Also delete these disk files (they cannot be recovered):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/library/DeleteDomainDialog.cpp" line="44"/>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Vireo::Ui::DetailsPane</name>
    <message>
        <location filename="../ui/library/DetailsPane.cpp" line="38"/>
        <source>&lt;p style=&apos;color:gray&apos;&gt;Select a virtual machine to see its details.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/library/DetailsPane.cpp" line="43"/>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/library/DetailsPane.cpp" line="44"/>
        <location filename="../ui/library/DetailsPane.cpp" line="75"/>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/library/DetailsPane.cpp" line="45"/>
        <source>Detail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/library/DetailsPane.cpp" line="46"/>
        <source>Access</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/library/DetailsPane.cpp" line="46"/>
        <source>Read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/library/DetailsPane.cpp" line="46"/>
        <source>Full</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/library/DetailsPane.cpp" line="47"/>
        <source>Machines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/library/DetailsPane.cpp" line="60"/>
        <source>empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/library/DetailsPane.cpp" line="76"/>
        <source>Operating system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/library/DetailsPane.cpp" line="76"/>
        <source>Unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/library/DetailsPane.cpp" line="77"/>
        <source>vCPUs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/library/DetailsPane.cpp" line="78"/>
        <source>Memory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/library/DetailsPane.cpp" line="79"/>
        <source>Disks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/library/DetailsPane.cpp" line="79"/>
        <location filename="../ui/library/DetailsPane.cpp" line="80"/>
        <location filename="../ui/library/DetailsPane.cpp" line="81"/>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/library/DetailsPane.cpp" line="80"/>
        <source>Network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/library/DetailsPane.cpp" line="81"/>
        <source>Display</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/library/DetailsPane.cpp" line="82"/>
        <source>Emulation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/library/DetailsPane.cpp" line="84"/>
        <source>Persistent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/library/DetailsPane.cpp" line="84"/>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/library/DetailsPane.cpp" line="84"/>
        <source>No (transient)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/library/DetailsPane.cpp" line="85"/>
        <source>UUID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/library/DetailsPane.cpp" line="86"/>
        <source>Connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/library/DetailsPane.cpp" line="87"/>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Vireo::Ui::DevicesPage</name>
    <message>
        <location filename="../ui/create/DevicesPage.cpp" line="17"/>
        <source>TPM 2.0 (emulated by swtpm)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/create/DevicesPage.cpp" line="19"/>
        <source>Listen on a unix socket instead of 127.0.0.1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/create/DevicesPage.cpp" line="23"/>
        <source>Firmware and devices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/create/DevicesPage.cpp" line="25"/>
        <source>BIOS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/create/DevicesPage.cpp" line="26"/>
        <source>UEFI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/create/DevicesPage.cpp" line="27"/>
        <source>UEFI with Secure Boot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/create/DevicesPage.cpp" line="29"/>
        <source>SPICE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/create/DevicesPage.cpp" line="30"/>
        <source>VNC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/create/DevicesPage.cpp" line="32"/>
        <source>KVM (hardware)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/create/DevicesPage.cpp" line="33"/>
        <source>Software emulation (slower, works everywhere)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/create/DevicesPage.cpp" line="36"/>
        <source>&amp;Firmware:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/create/DevicesPage.cpp" line="38"/>
        <source>&amp;Display:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/create/DevicesPage.cpp" line="40"/>
        <source>&amp;Accelerator:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/create/DevicesPage.cpp" line="54"/>
        <source>The disk and network card are virtio: %1 has the drivers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/create/DevicesPage.cpp" line="55"/>
        <location filename="../ui/create/DevicesPage.cpp" line="58"/>
        <source>the system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/create/DevicesPage.cpp" line="56"/>
        <source>The disk is SATA and the network card an Intel e1000e: %1 has no virtio drivers of its own.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Vireo::Ui::DisplayView</name>
    <message>
        <location filename="../ui/console/DisplayView.cpp" line="155"/>
        <source>No display.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/console/DisplayView.cpp" line="159"/>
        <source>Reconnecting to the display...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/console/DisplayView.cpp" line="160"/>
        <source>Connecting to the display...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/console/DisplayView.cpp" line="163"/>
        <source>Password needed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/console/DisplayView.cpp" line="164"/>
        <source>Disconnected: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/console/DisplayView.cpp" line="179"/>
        <source>Press Ctrl+Alt to release the keyboard and mouse.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Vireo::Ui::DomainActionRunner</name>
    <message>
        <location filename="../ui/library/DomainActionRunner.cpp" line="34"/>
        <source>%1 is not possible for &apos;%2&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/library/DomainActionRunner.cpp" line="51"/>
        <source>Force off %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/library/DomainActionRunner.cpp" line="52"/>
        <source>Discard the saved state of %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/library/DomainActionRunner.cpp" line="53"/>
        <source>&apos;%1&apos; stops at once, like pulling the power plug. Whatever the guest has not saved is lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/library/DomainActionRunner.cpp" line="56"/>
        <source>The memory saved for &apos;%1&apos; is thrown away; its next start boots afresh and whatever was open in it is lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/library/DomainActionRunner.cpp" line="59"/>
        <source>Force Off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/library/DomainActionRunner.cpp" line="59"/>
        <source>Discard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/library/DomainActionRunner.cpp" line="96"/>
        <source>Rename %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/library/DomainActionRunner.cpp" line="97"/>
        <source>New name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/library/DomainActionRunner.cpp" line="106"/>
        <source>Could not rename &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Vireo::Ui::LibraryActions</name>
    <message>
        <location filename="../ui/library/LibraryActions.cpp" line="28"/>
        <source>Start the machine, or restore it where it was saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/library/LibraryActions.cpp" line="32"/>
        <source>Ask the guest to shut down (ACPI power button)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/library/LibraryActions.cpp" line="36"/>
        <source>Ask the guest to restart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/library/LibraryActions.cpp" line="39"/>
        <source>Stop the machine at once, like pulling the plug</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/library/LibraryActions.cpp" line="42"/>
        <source>Freeze the machine in memory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/library/LibraryActions.cpp" line="45"/>
        <source>Let a paused machine run again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/library/LibraryActions.cpp" line="48"/>
        <source>Save the running machine to disk and stop it; Start restores it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/library/LibraryActions.cpp" line="53"/>
        <source>Throw away the saved state; the next start boots afresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/library/LibraryActions.cpp" line="56"/>
        <source>Give the machine another name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/library/LibraryActions.cpp" line="58"/>
        <source>Delete the machine, and optionally its disks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/library/LibraryActions.cpp" line="126"/>
        <source>Not available: the connection is %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/library/LibraryActions.cpp" line="135"/>
        <source>Not available: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Vireo::Ui::LogTab</name>
    <message>
        <location filename="../ui/stats/LogTab.cpp" line="51"/>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/stats/LogTab.cpp" line="51"/>
        <source>Event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/stats/LogTab.cpp" line="51"/>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/stats/LogTab.cpp" line="63"/>
        <source>QEMU&apos;s log (its end):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/stats/LogTab.cpp" line="119"/>
        <source>(QEMU&apos;s log is on the VM&apos;s host.)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/stats/LogTab.cpp" line="139"/>
        <source>event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/stats/LogTab.cpp" line="140"/>
        <source>done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/stats/LogTab.cpp" line="141"/>
        <source>failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Vireo::Ui::MainWindow</name>
    <message>
        <location filename="../ui/library/MainWindow.cpp" line="66"/>
        <source>Vireo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/library/MainWindow.cpp" line="90"/>
        <source>Filter by name, state or OS (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/library/MainWindow.cpp" line="110"/>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/library/MainWindow.cpp" line="111"/>
        <source>Snapshots</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/library/MainWindow.cpp" line="112"/>
        <source>Performance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/library/MainWindow.cpp" line="113"/>
        <source>Log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/library/MainWindow.cpp" line="181"/>
        <source>&amp;New Virtual Machine...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/library/MainWindow.cpp" line="185"/>
        <source>Create a virtual machine from an install image, a disk image or the network (Ctrl+N). You can also drop an ISO on this window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/library/MainWindow.cpp" line="189"/>
        <source>&amp;Console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/library/MainWindow.cpp" line="193"/>
        <source>Show the machine&apos;s screen (Ctrl+Enter, or double-click it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/library/MainWindow.cpp" line="199"/>
        <source>&amp;Add Connection...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/library/MainWindow.cpp" line="203"/>
        <source>Re&amp;connect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/library/MainWindow.cpp" line="208"/>
        <source>&amp;Remove Connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/library/MainWindow.cpp" line="213"/>
        <source>Re&amp;fresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/library/MainWindow.cpp" line="219"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/library/MainWindow.cpp" line="222"/>
        <source>&amp;Filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/library/MainWindow.cpp" line="230"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/library/MainWindow.cpp" line="237"/>
        <source>&amp;Machine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/library/MainWindow.cpp" line="239"/>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/library/MainWindow.cpp" line="242"/>
        <source>&amp;Details Pane</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/library/MainWindow.cpp" line="247"/>
        <source>&amp;Snapshots</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/library/MainWindow.cpp" line="253"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/library/MainWindow.cpp" line="254"/>
        <source>&amp;About Vireo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/library/MainWindow.cpp" line="255"/>
        <source>About Vireo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/library/MainWindow.cpp" line="256"/>
        <source>&lt;b&gt;Vireo %1&lt;/b&gt;&lt;br&gt;A desktop virtualization manager for KVM/QEMU through libvirt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/library/MainWindow.cpp" line="261"/>
        <source>Machine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/library/MainWindow.cpp" line="354"/>
        <source>Add Connection...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/library/MainWindow.cpp" line="410"/>
        <source>No connection can create a virtual machine now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/library/MainWindow.cpp" line="411"/>
        <source>Connect to a libvirt daemon that is not read-only first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/library/MainWindow.cpp" line="422"/>
        <source>Created.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Vireo::Ui::NetworkPage</name>
    <message>
        <location filename="../ui/create/NetworkPage.cpp" line="18"/>
        <source>&amp;User-mode networking (reaches out, nothing reaches in)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/create/NetworkPage.cpp" line="20"/>
        <source>&amp;NAT through the &quot;default&quot; network (created when missing)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/create/NetworkPage.cpp" line="21"/>
        <source>Host &amp;bridge:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/create/NetworkPage.cpp" line="22"/>
        <source>N&amp;o network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/create/NetworkPage.cpp" line="25"/>
        <source>Network</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Vireo::Ui::NewVmWizard</name>
    <message>
        <location filename="../ui/create/NewVmWizard.cpp" line="29"/>
        <source>New Virtual Machine on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/create/NewVmWizard.cpp" line="40"/>
        <source>&amp;Create</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/create/NewVmWizard.cpp" line="136"/>
        <source>Creating %1...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/create/NewVmWizard.cpp" line="152"/>
        <source>Nothing was created. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/create/NewVmWizard.cpp" line="156"/>
        <source>KVM failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/create/NewVmWizard.cpp" line="157"/>
        <source>%1

Create the machine with software emulation instead?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Vireo::Ui::NotificationArea</name>
    <message>
        <location filename="../ui/common/NotificationArea.cpp" line="95"/>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/common/NotificationArea.cpp" line="104"/>
        <source>Dismiss</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Vireo::Ui::OperationPresenter</name>
    <message>
        <location filename="../ui/common/OperationPresenter.cpp" line="16"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/common/OperationPresenter.cpp" line="37"/>
        <source>Cancel: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/common/OperationPresenter.cpp" line="47"/>
        <source>%1: done.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Vireo::Ui::OsPage</name>
    <message>
        <location filename="../ui/create/OsPage.cpp" line="24"/>
        <source>Which operating system?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/create/OsPage.cpp" line="27"/>
        <source>Choose another...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/create/OsPage.cpp" line="29"/>
        <source>Search, e.g. Fedora, Windows 11, debian11</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/create/OsPage.cpp" line="94"/>
        <source>Reading the operating system database...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/create/OsPage.cpp" line="102"/>
        <source>Choose the operating system the machine will run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/create/OsPage.cpp" line="110"/>
        <source>Looking at the image...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/create/OsPage.cpp" line="130"/>
        <source>Detected: &lt;b&gt;%1&lt;/b&gt;%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/create/OsPage.cpp" line="134"/>
        <source> (version %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/create/OsPage.cpp" line="139"/>
        <source>Vireo could not recognise the operating system on this image. Choose it below.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Vireo::Ui::PerformanceTab</name>
    <message>
        <location filename="../ui/stats/PerformanceTab.cpp" line="84"/>
        <source>1 minute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/stats/PerformanceTab.cpp" line="85"/>
        <source>10 minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/stats/PerformanceTab.cpp" line="86"/>
        <source>1 hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/stats/PerformanceTab.cpp" line="87"/>
        <source>24 hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/stats/PerformanceTab.cpp" line="88"/>
        <source>7 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/stats/PerformanceTab.cpp" line="94"/>
        <source>Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/stats/PerformanceTab.cpp" line="98"/>
        <source>Export CSV...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/stats/PerformanceTab.cpp" line="101"/>
        <source>Export Statistics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/stats/PerformanceTab.cpp" line="101"/>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/stats/PerformanceTab.cpp" line="108"/>
        <source>Could not write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/stats/PerformanceTab.cpp" line="113"/>
        <source>Range:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/stats/PerformanceTab.cpp" line="120"/>
        <location filename="../ui/stats/PerformanceTab.cpp" line="130"/>
        <location filename="../ui/stats/PerformanceTab.cpp" line="236"/>
        <source>CPU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/stats/PerformanceTab.cpp" line="120"/>
        <location filename="../ui/stats/PerformanceTab.cpp" line="240"/>
        <source>% of its vCPUs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/stats/PerformanceTab.cpp" line="122"/>
        <location filename="../ui/stats/PerformanceTab.cpp" line="238"/>
        <source>Memory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/stats/PerformanceTab.cpp" line="122"/>
        <source>MiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/stats/PerformanceTab.cpp" line="122"/>
        <source>used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/stats/PerformanceTab.cpp" line="122"/>
        <location filename="../ui/stats/PerformanceTab.cpp" line="239"/>
        <source>allocated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/stats/PerformanceTab.cpp" line="124"/>
        <source>Disk I/O</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/stats/PerformanceTab.cpp" line="124"/>
        <source>MiB/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/stats/PerformanceTab.cpp" line="124"/>
        <source>read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/stats/PerformanceTab.cpp" line="124"/>
        <source>write</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/stats/PerformanceTab.cpp" line="126"/>
        <source>Network I/O</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/stats/PerformanceTab.cpp" line="126"/>
        <source>KiB/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/stats/PerformanceTab.cpp" line="126"/>
        <source>receive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/stats/PerformanceTab.cpp" line="126"/>
        <source>transmit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/stats/PerformanceTab.cpp" line="130"/>
        <source>Busiest VMs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/stats/PerformanceTab.cpp" line="130"/>
        <source>Host share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/stats/PerformanceTab.cpp" line="161"/>
        <source>Host CPU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/stats/PerformanceTab.cpp" line="163"/>
        <source>Host memory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/stats/PerformanceTab.cpp" line="164"/>
        <source>total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/stats/PerformanceTab.cpp" line="165"/>
        <source>% of the host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/stats/PerformanceTab.cpp" line="269"/>
        <source>Paused</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Vireo::Ui::ResourcesPage</name>
    <message>
        <location filename="../ui/create/ResourcesPage.cpp" line="21"/>
        <source>Memory and processors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/create/ResourcesPage.cpp" line="24"/>
        <source> MiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/create/ResourcesPage.cpp" line="30"/>
        <source>&amp;Memory:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/create/ResourcesPage.cpp" line="31"/>
        <source>&amp;vCPUs:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/create/ResourcesPage.cpp" line="52"/>
        <source>A virtual machine needs some memory.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/create/ResourcesPage.cpp" line="54"/>
        <source>%1 MiB is more memory than this host has (%2 MiB).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/create/ResourcesPage.cpp" line="58"/>
        <source>A virtual machine needs at least one vCPU.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/create/ResourcesPage.cpp" line="60"/>
        <source>%1 vCPUs are more than this host has (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/create/ResourcesPage.cpp" line="69"/>
        <source>This host has %1 CPUs and %2 MiB of memory.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/create/ResourcesPage.cpp" line="72"/>
        <source>Reading the host&apos;s capacity...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/create/ResourcesPage.cpp" line="75"/>
        <source>%1 needs at least %2 MiB; it may not install or run with less.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Vireo::Ui::SnapshotsPanel</name>
    <message>
        <location filename="../ui/snapshots/SnapshotsPanel.cpp" line="35"/>
        <source>Running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/snapshots/SnapshotsPanel.cpp" line="36"/>
        <source>Paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/snapshots/SnapshotsPanel.cpp" line="37"/>
        <source>Shut off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/snapshots/SnapshotsPanel.cpp" line="38"/>
        <source>Disk only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/snapshots/SnapshotsPanel.cpp" line="41"/>
        <source>, with memory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/snapshots/SnapshotsPanel.cpp" line="43"/>
        <source>, external</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/snapshots/SnapshotsPanel.cpp" line="50"/>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/snapshots/SnapshotsPanel.cpp" line="52"/>
        <source>none (disks only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/snapshots/SnapshotsPanel.cpp" line="71"/>
        <source>Take Snapshot...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/snapshots/SnapshotsPanel.cpp" line="73"/>
        <source>Revert...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/snapshots/SnapshotsPanel.cpp" line="75"/>
        <source>Delete...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/snapshots/SnapshotsPanel.cpp" line="77"/>
        <source>Delete with Children...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/snapshots/SnapshotsPanel.cpp" line="79"/>
        <source>Edit Description...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/snapshots/SnapshotsPanel.cpp" line="84"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/snapshots/SnapshotsPanel.cpp" line="84"/>
        <source>Taken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/snapshots/SnapshotsPanel.cpp" line="84"/>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/snapshots/SnapshotsPanel.cpp" line="84"/>
        <source>Memory Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/snapshots/SnapshotsPanel.cpp" line="84"/>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/snapshots/SnapshotsPanel.cpp" line="85"/>
        <source>Disk space the saved memory state takes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/snapshots/SnapshotsPanel.cpp" line="128"/>
        <source>No snapshots yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/snapshots/SnapshotsPanel.cpp" line="147"/>
        <source>%1 (current)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/snapshots/SnapshotsPanel.cpp" line="204"/>
        <source>Revert to the selected snapshot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/snapshots/SnapshotsPanel.cpp" line="206"/>
        <source>Delete the selected snapshot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/snapshots/SnapshotsPanel.cpp" line="232"/>
        <location filename="../ui/snapshots/SnapshotsPanel.cpp" line="257"/>
        <source>Take Snapshot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/snapshots/SnapshotsPanel.cpp" line="240"/>
        <source>Include the memory (the machine resumes exactly where it was)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/snapshots/SnapshotsPanel.cpp" line="247"/>
        <source>The machine is shut off: the snapshot holds its disks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/snapshots/SnapshotsPanel.cpp" line="252"/>
        <source>Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/snapshots/SnapshotsPanel.cpp" line="253"/>
        <source>Description:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/snapshots/SnapshotsPanel.cpp" line="265"/>
        <source>There is a snapshot of that name already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/snapshots/SnapshotsPanel.cpp" line="279"/>
        <source>Taking snapshot &quot;%1&quot;...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/snapshots/SnapshotsPanel.cpp" line="289"/>
        <source>Snapshots Need qcow2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/snapshots/SnapshotsPanel.cpp" line="295"/>
        <source>Vireo can copy the disks to qcow2 files beside them and use those; the original files are kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/snapshots/SnapshotsPanel.cpp" line="297"/>
        <source>Convert to qcow2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/snapshots/SnapshotsPanel.cpp" line="300"/>
        <source>Shut the machine off, then take a snapshot again to convert its disks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/snapshots/SnapshotsPanel.cpp" line="306"/>
        <source>Converting the disks to qcow2...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/snapshots/SnapshotsPanel.cpp" line="320"/>
        <source>Revert to Snapshot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/snapshots/SnapshotsPanel.cpp" line="321"/>
        <source>Revert to &quot;%1&quot;?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/snapshots/SnapshotsPanel.cpp" line="325"/>
        <source>The machine&apos;s current state is discarded: what changed on its disks%1 since then is lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/snapshots/SnapshotsPanel.cpp" line="327"/>
        <source> and in its memory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/snapshots/SnapshotsPanel.cpp" line="328"/>
        <source>The current state since %1 is discarded: what changed on the machine&apos;s disks and in its memory since then is lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/snapshots/SnapshotsPanel.cpp" line="331"/>
        <source>Revert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/snapshots/SnapshotsPanel.cpp" line="333"/>
        <source>Revert and Run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/snapshots/SnapshotsPanel.cpp" line="335"/>
        <source>Revert Paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/snapshots/SnapshotsPanel.cpp" line="346"/>
        <source>Reverting to &quot;%1&quot;...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/snapshots/SnapshotsPanel.cpp" line="366"/>
        <source>Delete Snapshot</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/snapshots/SnapshotsPanel.cpp" line="368"/>
        <source>Delete &quot;%1&quot; and the %n snapshot(s) below it?</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/snapshots/SnapshotsPanel.cpp" line="369"/>
        <source>Delete &quot;%1&quot;?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/snapshots/SnapshotsPanel.cpp" line="373"/>
        <source>Their saved states are lost. The machine&apos;s current state is not touched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/snapshots/SnapshotsPanel.cpp" line="375"/>
        <source>Its saved state is lost; the snapshots below it move up to its parent and keep theirs. The machine&apos;s current state is not touched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/snapshots/SnapshotsPanel.cpp" line="378"/>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/snapshots/SnapshotsPanel.cpp" line="385"/>
        <source>Deleting &quot;%1&quot;...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/snapshots/SnapshotsPanel.cpp" line="397"/>
        <source>Edit Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/snapshots/SnapshotsPanel.cpp" line="398"/>
        <source>Description of &quot;%1&quot;:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/snapshots/SnapshotsPanel.cpp" line="405"/>
        <source>Saving the description...</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Vireo::Ui::SourcePage</name>
    <message>
        <location filename="../ui/create/SourcePage.cpp" line="23"/>
        <source>&amp;Install from an image (ISO)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/create/SourcePage.cpp" line="24"/>
        <source>&amp;Use an existing disk image (qcow2 or raw)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/create/SourcePage.cpp" line="25"/>
        <source>Boot from the &amp;network (PXE)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/create/SourcePage.cpp" line="28"/>
        <source>Copy the disk image into the storage pool (else it is used in place)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/create/SourcePage.cpp" line="31"/>
        <source>Where does the new machine come from?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/create/SourcePage.cpp" line="37"/>
        <source>Path to the image file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/create/SourcePage.cpp" line="38"/>
        <source>Browse...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/create/SourcePage.cpp" line="41"/>
        <source>Choose an image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/create/SourcePage.cpp" line="42"/>
        <source>Disk images (*.qcow2 *.img *.raw);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/create/SourcePage.cpp" line="43"/>
        <source>Install images (*.iso);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/create/SourcePage.cpp" line="139"/>
        <source>Choose the image file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/create/SourcePage.cpp" line="76"/>
        <source>%1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/create/SourcePage.cpp" line="78"/>
        <source>%1 cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/create/SourcePage.cpp" line="80"/>
        <source>%1 is not an install image (ISO 9660).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Vireo::Ui::StoragePage</name>
    <message>
        <location filename="../ui/create/StoragePage.cpp" line="20"/>
        <source>Create it anyway (it only grows as the guest writes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/create/StoragePage.cpp" line="23"/>
        <source>Storage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/create/StoragePage.cpp" line="24"/>
        <source>A new qcow2 disk in the storage pool &quot;default&quot; (created when missing).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/create/StoragePage.cpp" line="28"/>
        <source> GiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/create/StoragePage.cpp" line="32"/>
        <source>Disk &amp;size:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/create/StoragePage.cpp" line="43"/>
        <source>Reading the free space...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/create/StoragePage.cpp" line="50"/>
        <source>%1 GiB free in the pool.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/create/StoragePage.cpp" line="51"/>
        <source>The default pool will be created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/create/StoragePage.cpp" line="61"/>
        <source>The disk needs a size of at least 1 GiB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/create/StoragePage.cpp" line="63"/>
        <source>%1 GiB is more than the %2 GiB free in the pool. Tick the box to create it anyway.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Vireo::Ui::SummaryPage</name>
    <message>
        <location filename="../ui/create/SummaryPage.cpp" line="27"/>
        <source>Customize before starting (create it shut off)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/create/SummaryPage.cpp" line="30"/>
        <source>Ready to create</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/create/SummaryPage.cpp" line="34"/>
        <source>Show domain XML</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/create/SummaryPage.cpp" line="44"/>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/create/SummaryPage.cpp" line="72"/>
        <source>A virtual machine called &apos;%1&apos; exists already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/create/SummaryPage.cpp" line="89"/>
        <source>BIOS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/create/SummaryPage.cpp" line="90"/>
        <source>UEFI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/create/SummaryPage.cpp" line="91"/>
        <source>UEFI with Secure Boot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/create/SummaryPage.cpp" line="92"/>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/create/SummaryPage.cpp" line="94"/>
        <source>user mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/create/SummaryPage.cpp" line="95"/>
        <source>NAT (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/create/SummaryPage.cpp" line="96"/>
        <source>bridge %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/create/SummaryPage.cpp" line="98"/>
        <source>&lt;table cellspacing=&apos;3&apos;&gt;&lt;tr&gt;&lt;td&gt;Operating system&lt;/td&gt;&lt;td&gt;%1&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Source&lt;/td&gt;&lt;td&gt;%2&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Memory&lt;/td&gt;&lt;td&gt;%3 MiB&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;vCPUs&lt;/td&gt;&lt;td&gt;%4&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Disk&lt;/td&gt;&lt;td&gt;%5&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Network&lt;/td&gt;&lt;td&gt;%6&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Firmware&lt;/td&gt;&lt;td&gt;%7%8&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Display&lt;/td&gt;&lt;td&gt;%9&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Accelerator&lt;/td&gt;&lt;td&gt;%10&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/create/SummaryPage.cpp" line="105"/>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/create/SummaryPage.cpp" line="106"/>
        <source>network boot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/create/SummaryPage.cpp" line="108"/>
        <source>new %1 GiB qcow2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/create/SummaryPage.cpp" line="109"/>
        <source>the image, in place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/create/SummaryPage.cpp" line="110"/>
        <source>, TPM 2.0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/create/SummaryPage.cpp" line="111"/>
        <source>VNC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/create/SummaryPage.cpp" line="111"/>
        <source>SPICE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/create/SummaryPage.cpp" line="112"/>
        <source>software emulation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/create/SummaryPage.cpp" line="112"/>
        <source>KVM</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VncText</name>
    <message>
        <location filename="../engine/display/vnc/VncSession.cpp" line="135"/>
        <source>The display server announced an impossible screen size (%1 x %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/display/vnc/VncSession.cpp" line="251"/>
        <source>This display needs a password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/display/vnc/VncSession.cpp" line="252"/>
        <source>The display password was not accepted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/display/vnc/VncSession.cpp" line="256"/>
        <source>The display server refused the connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/display/vnc/VncSession.cpp" line="257"/>
        <source>The display connection failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/display/vnc/VncSession.cpp" line="275"/>
        <source>The display connection was closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/display/vnc/VncSession.cpp" line="276"/>
        <source>The display connection was closed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/display/vnc/VncSession.cpp" line="287"/>
        <source>Closed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
