<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>ActionRulesText</name>
    <message>
        <location filename="../engine/ActionRules.cpp" line="35"/>
        <source>The connection is read-only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/ActionRules.cpp" line="39"/>
        <source>The machine is already running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/ActionRules.cpp" line="41"/>
        <source>Only a running machine can be shut down.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/ActionRules.cpp" line="43"/>
        <source>Only a running machine can be rebooted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/ActionRules.cpp" line="45"/>
        <source>The machine is not running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/ActionRules.cpp" line="47"/>
        <source>Only a running machine can be paused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/ActionRules.cpp" line="51"/>
        <source>The machine is not paused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/ActionRules.cpp" line="54"/>
        <source>A transient machine cannot be saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/ActionRules.cpp" line="57"/>
        <source>Only a running or paused machine can be saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/ActionRules.cpp" line="59"/>
        <source>The machine has no saved state.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/ActionRules.cpp" line="64"/>
        <source>Shut the machine off to rename it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/ActionRules.cpp" line="66"/>
        <source>A transient machine cannot be renamed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/ActionRules.cpp" line="68"/>
        <source>Start the machine or discard its saved state to rename it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/ActionRules.cpp" line="90"/>
        <source>Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/ActionRules.cpp" line="90"/>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/ActionRules.cpp" line="91"/>
        <source>Shut Down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/ActionRules.cpp" line="92"/>
        <source>Reboot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/ActionRules.cpp" line="93"/>
        <source>Force Off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/ActionRules.cpp" line="94"/>
        <source>Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/ActionRules.cpp" line="95"/>
        <source>Resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/ActionRules.cpp" line="96"/>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/ActionRules.cpp" line="97"/>
        <source>Discard Saved State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/ActionRules.cpp" line="98"/>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/ActionRules.cpp" line="99"/>
        <source>Rename</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <location filename="../app/CommandLine.cpp" line="14"/>
        <source>Connect to the libvirt URI (e.g. qemu:///system, qemu+ssh://user@host/system). Repeat for several. Without it, the remembered connections open, or qemu:///session.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="21"/>
        <source>Open the --connect connections read-only: watch machines, change nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="25"/>
        <source>Vireo: a desktop virtualization manager for KVM/QEMU through libvirt.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConnectionText</name>
    <message>
        <location filename="../engine/Connection.cpp" line="61"/>
        <source>The virtualization service closed the connection (it stopped or restarted).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/Connection.cpp" line="63"/>
        <source>The virtualization service stopped answering.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/Connection.cpp" line="65"/>
        <source>The connection to the virtualization service failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/Connection.cpp" line="75"/>
        <source>Could not list the virtual machines.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/Connection.cpp" line="238"/>
        <source>Test driver</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/Connection.cpp" line="246"/>
        <source> (user session)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/Connection.cpp" line="248"/>
        <source> (system)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/Connection.cpp" line="252"/>
        <source>, read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/Connection.cpp" line="259"/>
        <source>Connecting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/Connection.cpp" line="260"/>
        <source>Connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/Connection.cpp" line="261"/>
        <source>Not responding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/Connection.cpp" line="262"/>
        <source>Disconnected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/Connection.cpp" line="263"/>
        <source>Reconnecting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/Connection.cpp" line="303"/>
        <source>Closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/Connection.cpp" line="317"/>
        <source>Reconnecting...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/Connection.cpp" line="318"/>
        <source>%1 Reconnecting (attempt %2)...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/Connection.cpp" line="340"/>
        <source>Could not connect to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/Connection.cpp" line="359"/>
        <source>Could not subscribe to machine events.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/Connection.cpp" line="406"/>
        <source>%1 Attempt %2 in %3 s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/Connection.cpp" line="541"/>
        <source>%1 failed: %2 is not connected (%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/Connection.cpp" line="548"/>
        <source>Not connected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/Connection.cpp" line="580"/>
        <source>The virtualization service has not answered for %1 s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/Connection.cpp" line="616"/>
        <source>Could not read the machine&apos;s configuration.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DomainInfoText</name>
    <message>
        <location filename="../engine/DomainInfo.cpp" line="28"/>
        <source>shut down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/DomainInfo.cpp" line="29"/>
        <source>forced off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/DomainInfo.cpp" line="30"/>
        <source>crashed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/DomainInfo.cpp" line="31"/>
        <source>saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/DomainInfo.cpp" line="32"/>
        <source>failed to start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/DomainInfo.cpp" line="33"/>
        <location filename="../engine/DomainInfo.cpp" line="45"/>
        <location filename="../engine/DomainInfo.cpp" line="56"/>
        <source>from snapshot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/DomainInfo.cpp" line="34"/>
        <source>daemon stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/DomainInfo.cpp" line="39"/>
        <source>by user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/DomainInfo.cpp" line="40"/>
        <source>migrating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/DomainInfo.cpp" line="41"/>
        <source>saving</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/DomainInfo.cpp" line="42"/>
        <source>dumping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/DomainInfo.cpp" line="43"/>
        <source>I/O error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/DomainInfo.cpp" line="44"/>
        <source>watchdog</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/DomainInfo.cpp" line="46"/>
        <source>shutting down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/DomainInfo.cpp" line="47"/>
        <source>taking snapshot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/DomainInfo.cpp" line="48"/>
        <source>guest panicked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/DomainInfo.cpp" line="49"/>
        <source>starting up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/DomainInfo.cpp" line="54"/>
        <source>migrated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/DomainInfo.cpp" line="55"/>
        <source>restored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/DomainInfo.cpp" line="57"/>
        <source>unpaused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/DomainInfo.cpp" line="58"/>
        <source>woken up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/DomainInfo.cpp" line="62"/>
        <source>panicked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/DomainInfo.cpp" line="73"/>
        <source>Running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/DomainInfo.cpp" line="75"/>
        <source>Paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/DomainInfo.cpp" line="77"/>
        <source>Shutting down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/DomainInfo.cpp" line="80"/>
        <source>Saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/DomainInfo.cpp" line="82"/>
        <source>Shut off (crashed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/DomainInfo.cpp" line="84"/>
        <source>Shut off (failed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/DomainInfo.cpp" line="85"/>
        <source>Shut off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/DomainInfo.cpp" line="87"/>
        <source>Crashed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/DomainInfo.cpp" line="89"/>
        <source>Suspended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/DomainInfo.cpp" line="93"/>
        <source>Unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/DomainInfo.cpp" line="99"/>
        <location filename="../engine/DomainInfo.cpp" line="101"/>
        <source>%1 GiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/DomainInfo.cpp" line="103"/>
        <source>%1 MiB</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DomainListModel</name>
    <message>
        <location filename="../engine/DomainListModel.cpp" line="224"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/DomainListModel.cpp" line="225"/>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/DomainListModel.cpp" line="226"/>
        <source>Operating system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/DomainListModel.cpp" line="227"/>
        <source>vCPUs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/DomainListModel.cpp" line="228"/>
        <source>Memory</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LibvirtError</name>
    <message>
        <location filename="../engine/LibvirtError.cpp" line="17"/>
        <source>The virtual machine does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/LibvirtError.cpp" line="19"/>
        <source>This is not possible in the machine&apos;s current state.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/LibvirtError.cpp" line="24"/>
        <source>Permission denied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/LibvirtError.cpp" line="28"/>
        <source>The virtualization service could not be reached.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/LibvirtError.cpp" line="33"/>
        <source>The request was not accepted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/LibvirtError.cpp" line="35"/>
        <source>The operation timed out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/LibvirtError.cpp" line="37"/>
        <source>The storage volume does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/LibvirtError.cpp" line="55"/>
        <source>Details: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LifecycleText</name>
    <message>
        <location filename="../engine/DomainLifecycle.cpp" line="41"/>
        <source>Could not start &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/DomainLifecycle.cpp" line="42"/>
        <source>Could not shut down &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/DomainLifecycle.cpp" line="43"/>
        <source>Could not reboot &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/DomainLifecycle.cpp" line="44"/>
        <source>Could not force off &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/DomainLifecycle.cpp" line="45"/>
        <source>Could not pause &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/DomainLifecycle.cpp" line="46"/>
        <source>Could not resume &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/DomainLifecycle.cpp" line="47"/>
        <source>Could not save &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/DomainLifecycle.cpp" line="48"/>
        <source>Could not discard the saved state of &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/DomainLifecycle.cpp" line="49"/>
        <source>Could not delete &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/DomainLifecycle.cpp" line="50"/>
        <source>Could not rename &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/DomainLifecycle.cpp" line="87"/>
        <source>The connection is read-only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/DomainLifecycle.cpp" line="154"/>
        <source>Delete %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/DomainLifecycle.cpp" line="176"/>
        <location filename="../engine/DomainLifecycle.cpp" line="186"/>
        <source>Could not delete %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/DomainLifecycle.cpp" line="182"/>
        <source>%1 is not in a storage pool of the remote host; it was left in place.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/DomainLifecycle.cpp" line="190"/>
        <source>&apos;%1&apos; was deleted, but not all of its storage:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/DomainLifecycle.cpp" line="204"/>
        <source>Rename %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <location filename="../app/main.cpp" line="73"/>
        <source>Vireo cannot start</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ValidationText</name>
    <message>
        <location filename="../engine/Validation.cpp" line="23"/>
        <source>The connection address is empty. Enter a libvirt URI such as qemu:///system.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/Validation.cpp" line="27"/>
        <source>&apos;%1&apos; is not a libvirt URI. It should look like qemu:///system, qemu:///session or qemu+ssh://user@host/system.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/Validation.cpp" line="32"/>
        <source>&apos;%1&apos; is not a valid URI: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/Validation.cpp" line="39"/>
        <source>A virtual machine needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/Validation.cpp" line="41"/>
        <source>The name &apos;%1&apos; cannot be used: a name cannot contain &apos;/&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/Validation.cpp" line="44"/>
        <source>The name cannot contain control characters such as tabs or new lines.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/Validation.cpp" line="47"/>
        <source>The name is too long (at most 200 bytes).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Vireo::Ui::AddConnectionDialog</name>
    <message>
        <location filename="../ui/AddConnectionDialog.cpp" line="18"/>
        <source>Read-only (watch, but change nothing)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/AddConnectionDialog.cpp" line="22"/>
        <source>Add Connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/AddConnectionDialog.cpp" line="27"/>
        <source>A libvirt URI: qemu:///system for this machine&apos;s virtual machines, qemu:///session for your own, qemu+ssh://user@host/system for another machine.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/AddConnectionDialog.cpp" line="34"/>
        <source>Connect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/AddConnectionDialog.cpp" line="37"/>
        <source>&amp;Address:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Vireo::Ui::ConnectionBanner</name>
    <message>
        <location filename="../ui/ConnectionBanner.cpp" line="16"/>
        <source>Reconnect Now</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Vireo::Ui::DeleteDomainDialog</name>
    <message>
        <location filename="../ui/DeleteDomainDialog.cpp" line="18"/>
        <source>Delete %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/DeleteDomainDialog.cpp" line="20"/>
        <source>Delete the virtual machine &lt;b&gt;%1&lt;/b&gt;? Its configuration, saved state and snapshot records are removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/DeleteDomainDialog.cpp" line="24"/>
        <source>It is running and will be forced off first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/DeleteDomainDialog.cpp" line="31"/>
        <source>Also delete these disk files (they cannot be recovered):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/DeleteDomainDialog.cpp" line="44"/>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Vireo::Ui::DetailsPane</name>
    <message>
        <location filename="../ui/DetailsPane.cpp" line="37"/>
        <source>&lt;p style=&apos;color:gray&apos;&gt;Select a virtual machine to see its details.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/DetailsPane.cpp" line="42"/>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/DetailsPane.cpp" line="43"/>
        <location filename="../ui/DetailsPane.cpp" line="70"/>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/DetailsPane.cpp" line="44"/>
        <source>Detail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/DetailsPane.cpp" line="45"/>
        <source>Access</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/DetailsPane.cpp" line="45"/>
        <source>Read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/DetailsPane.cpp" line="45"/>
        <source>Full</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/DetailsPane.cpp" line="46"/>
        <source>Machines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/DetailsPane.cpp" line="59"/>
        <source>empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/DetailsPane.cpp" line="71"/>
        <source>Operating system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/DetailsPane.cpp" line="71"/>
        <source>Unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/DetailsPane.cpp" line="72"/>
        <source>vCPUs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/DetailsPane.cpp" line="73"/>
        <source>Memory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/DetailsPane.cpp" line="74"/>
        <source>Disks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/DetailsPane.cpp" line="74"/>
        <location filename="../ui/DetailsPane.cpp" line="75"/>
        <location filename="../ui/DetailsPane.cpp" line="76"/>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/DetailsPane.cpp" line="75"/>
        <source>Network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/DetailsPane.cpp" line="76"/>
        <source>Display</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/DetailsPane.cpp" line="77"/>
        <source>Emulation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/DetailsPane.cpp" line="78"/>
        <source>Persistent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/DetailsPane.cpp" line="78"/>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/DetailsPane.cpp" line="78"/>
        <source>No (transient)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/DetailsPane.cpp" line="79"/>
        <source>UUID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/DetailsPane.cpp" line="80"/>
        <source>Connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/DetailsPane.cpp" line="81"/>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Vireo::Ui::LibraryActions</name>
    <message>
        <location filename="../ui/LibraryActions.cpp" line="28"/>
        <source>Start the machine, or restore it where it was saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/LibraryActions.cpp" line="30"/>
        <source>Ask the guest to shut down (ACPI power button)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/LibraryActions.cpp" line="32"/>
        <source>Ask the guest to restart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/LibraryActions.cpp" line="35"/>
        <source>Stop the machine at once, like pulling the plug</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/LibraryActions.cpp" line="37"/>
        <source>Freeze the machine in memory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/LibraryActions.cpp" line="39"/>
        <source>Let a paused machine run again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/LibraryActions.cpp" line="41"/>
        <source>Save the running machine to disk and stop it; Start restores it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/LibraryActions.cpp" line="44"/>
        <source>Throw away the saved state; the next start boots afresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/LibraryActions.cpp" line="46"/>
        <source>Give the machine another name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/LibraryActions.cpp" line="48"/>
        <source>Delete the machine, and optionally its disks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/LibraryActions.cpp" line="115"/>
        <source>Not available: the connection is %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/LibraryActions.cpp" line="123"/>
        <source>Not available: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Vireo::Ui::MainWindow</name>
    <message>
        <location filename="../ui/MainWindow.cpp" line="49"/>
        <source>Vireo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="70"/>
        <source>Filter by name, state or OS (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="130"/>
        <source>&amp;Add Connection...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="134"/>
        <source>Re&amp;connect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="139"/>
        <source>&amp;Remove Connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="144"/>
        <source>Re&amp;fresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="150"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="153"/>
        <source>&amp;Filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="161"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="167"/>
        <source>&amp;Machine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="169"/>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="172"/>
        <source>&amp;Details Pane</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="177"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="178"/>
        <source>&amp;About Vireo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="179"/>
        <source>About Vireo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="180"/>
        <source>&lt;b&gt;Vireo %1&lt;/b&gt;&lt;br&gt;A desktop virtualization manager for KVM/QEMU through libvirt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="185"/>
        <source>Machine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="248"/>
        <source>Add Connection...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="264"/>
        <source>%1 is not possible for &apos;%2&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="277"/>
        <source>Force off %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="278"/>
        <source>&apos;%1&apos; stops at once, like pulling the power plug. Whatever the guest has not saved is lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="281"/>
        <source>Force Off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="284"/>
        <source>Discard the saved state of %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="285"/>
        <source>The memory saved for &apos;%1&apos; is thrown away; its next start boots afresh and whatever was open in it is lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="288"/>
        <source>Discard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="306"/>
        <source>%1: done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="340"/>
        <source>Rename %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="341"/>
        <source>New name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="350"/>
        <source>Could not rename &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Vireo::Ui::NotificationArea</name>
    <message>
        <location filename="../ui/NotificationArea.cpp" line="78"/>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/NotificationArea.cpp" line="87"/>
        <source>Dismiss</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
