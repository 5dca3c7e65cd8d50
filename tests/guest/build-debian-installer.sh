#!/usr/bin/env bash
# Makes a Debian 12 install image from Debian's netboot installer package
# (debian-installer-12-netboot-amd64), laid out as Debian's own ISOs are: the installer's kernel
# and initrd in install.amd/, booted by GRUB. The express-install test boots it.
#
#   build-debian-installer.sh OUTDIR     -> OUTDIR/debian-12-netboot.iso
set -euo pipefail

out=${1:?usage: build-debian-installer.sh OUTDIR}
src=/usr/lib/debian-installer/images/12/amd64/text/debian-installer/amd64
iso="$out/debian-12-netboot.iso"
[[ -f "$src/linux" && -f "$src/initrd.gz" ]] \
    || { echo "build-debian-installer: install debian-installer-12-netboot-amd64" >&2; exit 1; }
mkdir -p "$out"
stamp="$iso.stamp"
want=$( (sha256sum < "$0"; stat -c %Y "$src/initrd.gz") | sha256sum | cut -d' ' -f1)
if [[ -f "$iso" && -f "$stamp" && "$(cat "$stamp")" == "$want" ]]; then
    echo "Debian installer image up to date: $iso"
    exit 0
fi
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/tree/install.amd" "$work/tree/boot/grub"
cp "$src/linux" "$work/tree/install.amd/vmlinuz"
cp "$src/initrd.gz" "$work/tree/install.amd/initrd.gz"
cat > "$work/tree/boot/grub/grub.cfg" <<'CFG'
set timeout=1
menuentry "Install" {
    linux /install.amd/vmlinuz vga=788 --- quiet
    initrd /install.amd/initrd.gz
}
CFG
grub-mkrescue -o "$iso.part" "$work/tree" -- -volid "Debian 12.0.0 amd64 n" >/dev/null 2>&1 \
    || { echo "build-debian-installer: grub-mkrescue failed" >&2; exit 1; }
mv "$iso.part" "$iso"
echo "$want" > "$stamp"
echo "Debian installer image: $iso"
