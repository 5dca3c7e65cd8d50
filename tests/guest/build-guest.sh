#!/usr/bin/env bash
# Builds Vireo's tiny test guest from Debian packages: the cloud kernel (unpacked, never installed),
# a busybox-static initramfs and a BIOS-bootable ISO made with grub-mkrescue.
#
#   build-guest.sh OUTDIR
#
# OUTDIR receives vmlinuz, initrd.img, vmlinuz-desktop and initrd-desktop.img (the same guest on
# Debian's generic kernel, with sound and USB), vireo-test-guest.iso, vireo-test-installer.iso (the same
# guest acting as an OS installer: see init.sh) and vireo-test-cloud.qcow2 (the same as a cloud
# image that reads a cloud-init NoCloud seed). A stamp holding this script's
# checksum makes later runs a no-op, so the guest is built once per build tree.
#
# What the guest does (see init.sh beside this file): prints "VIREO-GUEST READY" on ttyS0, runs a
# shell on tty1 (the VGA console), powers off on the ACPI power button, and serves a control shell
# on the virtio-serial port org.vireo.control for tests; with a SPICE agent channel it runs a tiny
# agent (vdagent.c) that reports the client's clipboard and monitor configuration.
set -euo pipefail

out=${1:?usage: build-guest.sh OUTDIR}
here=$(cd "$(dirname "$0")" && pwd)
mkdir -p "$out"
out=$(cd "$out" && pwd)

stamp="$out/.stamp"
want=$(cat "$here/build-guest.sh" "$here/init.sh" "$here/pattern.sh" "$here/load.sh" \
    "$here/udhcpc.sh" "$here/vdagent.c" "$here/resize.sh" "$here/tone.c" "$here/webdav.c" "$here/vport.h" | sha256sum | cut -d' ' -f1)
if [[ -f "$stamp" && "$(cat "$stamp")" == "$want" && -f "$out/vireo-test-cloud.qcow2" ]]; then
    echo "test guest up to date in $out"
    exit 0
fi

for tool in busybox grub-mkrescue xorriso cpio gcc qemu-img objcopy; do
    command -v "$tool" >/dev/null || { echo "build-guest: '$tool' is missing" >&2; exit 1; }
done

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# The kernel package that linux-image-cloud-amd64 depends on, e.g. linux-image-6.1.0-56-cloud-amd64.
kpkg=$(apt-cache depends linux-image-cloud-amd64 | awk '/Depends: linux-image-/{print $2; exit}')
[[ -n "$kpkg" ]] || { echo "build-guest: cannot resolve linux-image-cloud-amd64 (run apt-get update)" >&2; exit 1; }
(cd "$work" && apt-get download -q "$kpkg" >/dev/null 2>&1) \
    || { echo "build-guest: apt-get download $kpkg failed" >&2; exit 1; }
dpkg -x "$work"/"$kpkg"_*.deb "$work/kernel"
kver=${kpkg#linux-image-}
moddir="$work/kernel/lib/modules/$kver/kernel"

root="$work/root"
mkdir -p "$root"/{bin,sbin,dev,proc,sys,tmp,run,etc,lib/modules,mnt}
cp "$(command -v busybox)" "$root/bin/busybox"
for applet in $("$root/bin/busybox" --list); do
    [[ -e "$root/bin/$applet" ]] || ln -s busybox "$root/bin/$applet"
done
# Modules the guest loads at boot (the package ships no modules.dep): virtio devices, the
# balloon and NICs the hardware editor hot-plugs, and CD-ROMs on virtio-scsi.
for m in drivers/input/evdev.ko drivers/acpi/button.ko \
         drivers/virtio/virtio.ko drivers/virtio/virtio_ring.ko \
         drivers/virtio/virtio_pci_legacy_dev.ko drivers/virtio/virtio_pci_modern_dev.ko \
         drivers/virtio/virtio_pci.ko drivers/block/virtio_blk.ko drivers/char/virtio_console.ko \
         drivers/virtio/virtio_input.ko drivers/cdrom/cdrom.ko fs/isofs/isofs.ko \
         drivers/virtio/virtio_balloon.ko net/core/failover.ko drivers/net/net_failover.ko \
         drivers/net/virtio_net.ko drivers/scsi/scsi_common.ko drivers/scsi/scsi_mod.ko \
         drivers/scsi/sr_mod.ko drivers/scsi/virtio_scsi.ko fs/fuse/fuse.ko fs/fuse/virtiofs.ko; do
    [[ -f "$moddir/$m" ]] && cp "$moddir/$m" "$root/lib/modules/"
done
cp "$here/init.sh" "$root/init"
chmod 755 "$root/init"

# Console fonts (PSF1, 256 glyphs) of 14 and 16 pixel lines. The VGA text console is 400 lines
# high: a 14-line font leaves 28 rows, 392 lines, so loading it changes the guest's screen
# resolution (720x400 -> 720x392) and the 16-line one changes it back. Each glyph row is its
# character code, so different text still draws differently.
mkdir -p "$root/lib/vireo"
for height in 14 16; do
    {
        printf '\x36\x04\x00'
        printf "\\x$(printf %02x "$height")"
        for ((c = 0; c < 256; c++)); do
            glyph=$(printf '\\x%02x' "$c")
            for ((row = 0; row < height; row++)); do printf "$glyph"; done
        done
    } > "$root/lib/vireo/font$height.psf"
done
# The boot sector the installer writes (16-bit real mode, at 0x7c00): DS=0, then each byte of the
# message out of COM1's data port, then halt. QEMU's UART takes bytes without being set up.
#   31 c0 xor ax,ax | 8e d8 mov ds,ax | fc cld | be 16 7c mov si,0x7c16 | ba f8 03 mov dx,0x3f8
#   ac lodsb | 84 c0 test al,al | 74 03 jz +3 | ee out dx,al | eb f8 jmp -8 | f4 hlt | eb fd jmp -3
{
    printf '\x31\xc0\x8e\xd8\xfc\xbe\x16\x7c\xba\xf8\x03\xac\x84\xc0\x74\x03\xee\xeb\xf8\xf4\xeb\xfd'
    printf 'BOOTED-FROM-DISK\r\n\0'
} > "$work/code.bin"
{
    cat "$work/code.bin"
    head -c $((510 - $(stat -c %s "$work/code.bin"))) /dev/zero
    printf '\x55\xaa'
} > "$root/lib/vireo/bootsector.bin"
[[ $(stat -c %s "$root/lib/vireo/bootsector.bin") == 512 ]] \
    || { echo "build-guest: the boot sector is not 512 bytes" >&2; exit 1; }
install -m 0755 "$here/pattern.sh" "$root/bin/vireo-pattern"
install -m 0755 "$here/load.sh" "$root/bin/vireo-load"
install -m 0755 "$here/resize.sh" "$root/bin/vireo-resize"
install -m 0755 "$here/udhcpc.sh" "$root/lib/vireo/udhcpc.sh"
# The tiny SPICE agent, static (the guest has no C library), with spice-protocol's structures.
gcc -static -Os -Wall -I/usr/include/spice-1 "$here/vdagent.c" -o "$root/bin/vireo-vdagent" \
    || { echo "build-guest: cannot build the test agent (gcc, libc6-dev, libspice-protocol-dev)" >&2; exit 1; }
# A WebDAV request through the folder-sharing port, as spice-webdavd passes one on (webdav.c).
gcc -static -Os -Wall "$here/webdav.c" -o "$root/bin/vireo-webdav" \
    || { echo "build-guest: cannot build vireo-webdav" >&2; exit 1; }
# The desktop variant, with Debian's generic kernel (the cloud one has no sound and no USB):
# the same guest plus Intel HD Audio with ALSA's OSS emulation (/dev/dsp, which vireo-tone
# plays on) and USB (xHCI, mass storage: a redirected USB CD-ROM).
gpkg=$(apt-cache depends linux-image-amd64 | awk '/Depends: linux-image-/{print $2; exit}')
[[ -n "$gpkg" ]] || { echo "build-guest: cannot resolve linux-image-amd64 (run apt-get update)" >&2; exit 1; }
(cd "$work" && apt-get download -q "$gpkg" >/dev/null 2>&1) \
    || { echo "build-guest: apt-get download $gpkg failed" >&2; exit 1; }
dpkg -x "$work"/"$gpkg"_*.deb "$work/generic"
gver=${gpkg#linux-image-}
gmoddir="$work/generic/lib/modules/$gver/kernel"

# Modules with all they need, each after its dependencies (the package has no modules.dep:
# each module's .modinfo section names them). Prints paths relative to the modules folder;
# modules built into the kernel print nothing.
modules_in_order() {
    local dir=$1
    shift
    local -A path=() seen=()
    local f n
    while IFS= read -r f; do
        n=${f##*/}
        n=${n%.ko}
        path[${n//-/_}]=$f
    done < <(cd "$dir" && find . -name '*.ko')
    visit() {
        local name=${1//-/_} file deps dep
        [[ -n ${seen[$name]:-} ]] && return
        seen[$name]=1
        file=${path[$name]:-}
        [[ -n $file ]] || return 0
        deps=$(objcopy -O binary --only-section=.modinfo "$dir/$file" /dev/stdout | tr '\0' '\n' \
            | sed -n 's/^depends=//p')
        for dep in ${deps//,/ }; do visit "$dep"; done
        echo "$file"
    }
    for n; do visit "$n"; done
}
desktop="$work/desktop"
cp -a "$root" "$desktop"
rm -f "$desktop"/lib/modules/*.ko # the cloud kernel's
: > "$desktop/lib/modules/order"
# The generic codec before the controller: without modprobe in the guest, the controller
# cannot ask for it when it finds QEMU's codec.
for f in $(modules_in_order "$gmoddir" evdev button virtio_pci virtio_blk virtio_console \
        virtio_input isofs virtio_balloon virtio_net sr_mod virtio_scsi virtiofs \
        snd_hda_codec_generic snd_hda_intel snd_pcm_oss xhci_pci usb_storage); do
    cp "$gmoddir/$f" "$desktop/lib/modules/"
    n=${f##*/}
    echo "${n%.ko}" >> "$desktop/lib/modules/order"
done
# The display driver is loaded only when asked (vireo-graphics): it takes the VGA text console
# into a graphics mode, which the display tests watch; the other tests keep text mode.
for f in $(modules_in_order "$gmoddir" bochs); do
    n=${f##*/}
    n=${n%.ko}
    grep -qx "$n" "$desktop/lib/modules/order" && continue
    cp "$gmoddir/$f" "$desktop/lib/modules/"
    echo "$n" >> "$desktop/lib/modules/graphics"
done
cat > "$desktop/bin/vireo-graphics" <<'SCRIPT'
#!/bin/sh
# Switches the screen from VGA text to a graphics mode: the bochs display driver and fbcon.
for n in $(cat /lib/modules/graphics); do insmod "/lib/modules/$n.ko" 2>/dev/null; done
for i in $(seq 1 100); do [ -e /dev/fb0 ] && break; sleep 0.1; done
[ -e /dev/fb0 ] && cat /sys/class/graphics/fb0/virtual_size
SCRIPT
chmod 755 "$desktop/bin/vireo-graphics"
grep -q snd-pcm-oss "$desktop/lib/modules/order" && grep -q usb-storage "$desktop/lib/modules/order" \
    && grep -qx bochs "$desktop/lib/modules/graphics" \
    || { echo "build-guest: $gpkg lacks the sound, USB or display modules" >&2; exit 1; }
gcc -static -Os -Wall "$here/tone.c" -o "$desktop/bin/vireo-tone" \
    || { echo "build-guest: cannot build vireo-tone" >&2; exit 1; }
(cd "$desktop" && find . | cpio -o -H newc --quiet | gzip -1) > "$work/initrd-desktop.img"
cp "$work/generic/boot/vmlinuz-$gver" "$work/vmlinuz-desktop"

(cd "$root" && find . | cpio -o -H newc --quiet | gzip -1) > "$work/initrd.img"

cp "$work/kernel/boot/vmlinuz-$kver" "$work/vmlinuz"

iso="$work/iso"
mkdir -p "$iso/boot/grub"
cp "$work/vmlinuz" "$work/initrd.img" "$iso/boot/"
cat > "$iso/boot/grub/grub.cfg" <<'CFG'
set timeout=0
set default=0
menuentry "Vireo test guest" {
    linux /boot/vmlinuz console=tty0 console=ttyS0,115200 quiet
    initrd /boot/initrd.img
}
CFG
grub-mkrescue -o "$work/vireo-test-guest.iso" "$iso" >/dev/null 2>&1 \
    || { echo "build-guest: grub-mkrescue failed" >&2; exit 1; }
# The same guest as an "installer": it writes a bootable disk and reboots (init.sh). Its kernel
# and initrd are also where Debian's images keep the installer's, for express installs.
mkdir -p "$iso/install.amd"
cp "$work/vmlinuz" "$iso/install.amd/vmlinuz"
cp "$work/initrd.img" "$iso/install.amd/initrd.gz"
sed -i 's|quiet$|quiet vireo.install|' "$iso/boot/grub/grub.cfg"
grub-mkrescue -o "$work/vireo-test-installer.iso" "$iso" >/dev/null 2>&1 \
    || { echo "build-guest: grub-mkrescue failed" >&2; exit 1; }

# And as a "cloud image": the ISO is a hybrid image, which boots as a disk too.
qemu-img convert -O qcow2 "$work/vireo-test-guest.iso" "$work/vireo-test-cloud.qcow2" \
    || { echo "build-guest: qemu-img convert failed" >&2; exit 1; }

# The installer's boot sector on its own, for tests that make a bootable disk without installing.
cp "$root/lib/vireo/bootsector.bin" "$work/bootsector.bin"
install -m 0644 "$work/vmlinuz" "$work/initrd.img" "$work/vmlinuz-desktop" "$work/initrd-desktop.img" \
    "$work/vireo-test-guest.iso" "$work/bootsector.bin" \
    "$work/vireo-test-installer.iso" "$work/vireo-test-cloud.qcow2" "$out/"
echo "$want" > "$stamp"
echo "test guest built in $out (kernel $kver)"
