#!/bin/sh
# PID 1 of Vireo's test guest. Kept small: every second counts under software emulation.
export PATH=/bin:/sbin
mount -t proc proc /proc
mount -t sysfs sys /sys
mount -t devtmpfs dev /dev
mount -t tmpfs tmp /tmp
# The kernel package ships no modules.dep. The desktop variant lists its modules in an order
# that loads each after what it needs; otherwise load in passes until nothing more loads.
if [ -f /lib/modules/order ]; then
    for n in $(cat /lib/modules/order); do
        insmod "/lib/modules/$n.ko" 2>/dev/null
    done
else
    for pass in 1 2 3; do
        for m in /lib/modules/*.ko; do
            n=${m##*/}; n=${n%.ko}
            grep -q "^$n " /proc/modules || insmod "$m" 2>/dev/null
        done
    done
fi

# An express install: Vireo appended the install script to this initrd and booted it directly.
# Report what the script says (the user, whether its passwords are hashed), then install as above.
express=
for f in /preseed.cfg /ks.cfg; do
    [ -f "$f" ] && express=$f
done
if [ -n "$express" ]; then
    user=$(sed -n 's/^d-i passwd\/username string //p; s/^user --name=\([^ ]*\).*/\1/p' "$express")
    hashed=$(grep -c -e 'password-crypted password \$6\$' -e '--iscrypted' "$express")
    echo "VIREO-EXPRESS script=$express user=$user hashed=$hashed" > /dev/ttyS0
fi
# The installer (vireo-test-installer.iso boots with "vireo.install" on its command line): what
# an OS installer does at its end, in miniature. It writes a boot sector that prints
# "BOOTED-FROM-DISK" on the first serial port to the virtio disk and reboots; a machine that
# boots its disk first from then on shows that line instead of this guest's READY.
if grep -qw vireo.install /proc/cmdline || [ -n "$express" ]; then
    for i in $(seq 1 100); do
        [ -b /dev/vda ] && break
        sleep 0.1
    done
    if [ -b /dev/vda ]; then
        dd if=/lib/vireo/bootsector.bin of=/dev/vda bs=512 count=1 conv=fsync 2>/dev/null
        sync
        echo "VIREO-INSTALLED" > /dev/ttyS0
    else
        echo "VIREO-INSTALL-FAILED no disk" > /dev/ttyS0
    fi
    reboot -f
fi

# ACPI power button: any event from a "Power Button" input device powers the guest off, so a
# graceful shutdown request from the host ends in "shut off". The devices are opened here, before
# READY is printed, so a request that comes right after READY is already queued for the reader.
fd=5
for dev in /sys/class/input/event*; do
    if grep -q "Power Button" "$dev/device/name" 2>/dev/null; then
        eval "exec $fd</dev/input/${dev##*/}"
        ( eval "head -c 1 <&$fd" >/dev/null && sync && poweroff -f ) &
        fd=$((fd + 1))
    fi
done

# Pointer reports for tests: every event batch from the virtio tablet (absolute position in
# 0..32767, buttons) is printed on the serial port as "VIREO-POINTER x y buttons" when it
# changed, wheel steps as "VIREO-WHEEL n". The device is opened before READY, like the buttons.
for dev in /sys/class/input/event*; do
    if grep -q "Tablet" "$dev/device/name" 2>/dev/null; then
        exec 4</dev/input/${dev##*/}
        (
            x=0; y=0; buttons=""; last=""
            while :; do
                set -- $(dd bs=24 count=1 <&4 2>/dev/null | od -An -v -tu2 -w24)
                [ $# -ge 12 ] || continue
                type=$9; code=${10}; value=$((${11} + ${12} * 65536))
                [ "$value" -ge 2147483648 ] && value=$((value - 4294967296))
                case "$type:$code" in
                3:0) x=$value ;;
                3:1) y=$value ;;
                1:272|1:273|1:274)
                    name=L; [ "$code" = 273 ] && name=R; [ "$code" = 274 ] && name=M
                    buttons=$(echo "$buttons" | tr -d "$name")
                    [ "$value" = 1 ] && buttons="$buttons$name" ;;
                2:8) echo "VIREO-WHEEL $value" > /dev/ttyS0 ;;
                0:0)
                    now="$x $y ${buttons:--}"
                    [ "$now" != "$last" ] && echo "VIREO-POINTER $now" > /dev/ttyS0
                    last=$now ;;
                esac
            done
        ) &
        break
    fi
done

# Control channel for tests: a shell on the virtio-serial port named org.vireo.control (a serial
# port of libvirt's <channel> kind). A 16550 port was tried first: QEMU's UART under TCG delivers
# bytes late (no receive-timeout interrupt), so a command waited for the next one.
# The port is opened once and kept open: closing it would throw away what the host already sent.
# A virtio port may be opened once, so one read-write descriptor serves both ways; reads see
# end-of-file while no host side is connected, hence the pause before reading again.
(
    port=""
    while [ -z "$port" ]; do
        for p in /sys/class/virtio-ports/*; do
            [ "$(cat "$p/name" 2>/dev/null)" = org.vireo.control ] && port=/dev/${p##*/}
        done
        [ -n "$port" ] || sleep 0.1
    done
    exec 3<>"$port"
    while true; do
        cat <&3 | sh >&3 2>&1
        sleep 0.3
    done
) &

# A guest with a SPICE agent channel (com.redhat.spice.0) runs the tiny agent (vdagent.c): it
# reports the client's monitor configuration and clipboard on ttyS0 (VIREO-MONITOR,
# VIREO-CLIPBOARD-IN) and offers what is written to /run/vireo-clip as the guest's clipboard.
(
    for i in $(seq 1 50); do
        for p in /sys/class/virtio-ports/*; do
            [ "$(cat "$p/name" 2>/dev/null)" = com.redhat.spice.0 ] && exec /bin/vireo-vdagent
        done
        sleep 0.1
    done
) &

# Tests read this back from the host: a guest that finds a virtio disk marks its first sector,
# and flushes, so that the qcow2 file shows it. In the background: READY does not wait for it.
(
    for i in $(seq 1 100); do
        [ -b /dev/vda ] && break
        sleep 0.1
    done
    # Never over a bootable disk (the guest itself, as a cloud image, or an installed one).
    if [ -b /dev/vda ] && [ "$(dd if=/dev/vda bs=1 skip=510 count=2 2>/dev/null | od -An -tx1 | tr -d ' ')" != 55aa ]; then
        echo "VIREO-DISK-MARKER" | dd of=/dev/vda bs=512 count=1 conv=sync,fsync 2>/dev/null
    fi
) &

# cloud-init, in miniature: a block device holding an ISO 9660 file system labelled "cidata" (a
# NoCloud seed) is read, and the user and host name it gives are printed on the serial port as
# "VIREO-CLOUD-INIT user=NAME hostname=HOST keys=N" (N: the SSH keys it carries).
(
    for i in $(seq 1 100); do
        [ -b /dev/vda ] && break
        sleep 0.1
    done
    sleep 0.5 # the other virtio disks are probed with the first
    for dev in /dev/vd?; do
        label=$(dd if="$dev" bs=1 skip=32808 count=32 2>/dev/null | tr -d ' \000' | tr A-Z a-z)
        [ "$label" = cidata ] || continue
        mkdir -p /mnt/seed
        mount -t iso9660 -o ro "$dev" /mnt/seed || continue
        user=$(sed -n 's/^ *- *name: *//p' /mnt/seed/user-data | head -n 1)
        host=$(sed -n 's/^local-hostname: *//p' /mnt/seed/meta-data | head -n 1)
        keys=$(grep -c 'ssh-' /mnt/seed/user-data)
        echo "VIREO-CLOUD-INIT user=$user hostname=$host keys=$keys" > /dev/ttyS0
        umount /mnt/seed
    done
) &

# A shell on the virtio console (hvc0) when the machine has one: the text console's tests type
# into it (vireo-resize tells it the terminal's size).
(
    for i in $(seq 1 30); do
        [ -c /dev/hvc0 ] && break
        sleep 0.1
    done
    [ -c /dev/hvc0 ] || exit 0
    while true; do setsid sh -c 'exec sh -i </dev/hvc0 >/dev/hvc0 2>&1'; done
) &

# A shell on the VGA console.
( while true; do setsid sh -c 'exec sh </dev/tty1 >/dev/tty1 2>&1'; done ) &

echo "VIREO-GUEST READY" > /dev/ttyS0
while true; do wait; done
