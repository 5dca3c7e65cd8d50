#!/usr/bin/env bash
# Vireo's set-up in one command, on a fresh Debian 12 machine (as root, or a user with sudo):
#
#   installer/setup.sh run [VIREO OPTIONS]   install what is missing, build, start libvirt, launch
#   installer/setup.sh test                  the same set-up, then the whole test suite (ctest)
#
# Idempotent: packages already there are not reinstalled, the build is incremental, a running
# libvirt daemon is left alone.
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
top=$(cd "$here/.." && pwd)
build=${VIREO_BUILD_DIR:-$top/build}
mode=${1:-}
[[ $# -gt 0 ]] && shift

usage() {
    sed -n '2,8p' "$0" | sed 's/^# \{0,1\}//'
    exit 2
}
[[ $mode == run || $mode == test ]] || usage

sudo=""
if [[ $(id -u) -ne 0 ]]; then
    command -v sudo >/dev/null || { echo "setup: run as root or install sudo" >&2; exit 1; }
    sudo="sudo"
fi

# What Vireo needs from Debian 12. Build: compiler, CMake, Qt 6, libvirt headers. Run: the
# libvirt daemon and QEMU, remembered logins (QtKeychain), OS detection (libosinfo), UEFI
# (OVMF), TPM (swtpm), NAT networking (dnsmasq, iptables), cloud-init seeds (xorriso). Test: a
# SASL user database, a keyring and an SSH server for the login tests, what
# tests/guest/build-guest.sh needs to make the test guest, Debian's netboot installer for the
# express-install test, and QEMU's ARM emulator with its UEFI firmware (ARM machines are offered
# where they are installed); the package's checks (desktop-file-validate, appstreamcli, lintian).
# The package itself is made with help2man (manual pages) and Qt SVG (icons).
packages=(
    g++ cmake make pkg-config
    qt6-base-dev qt6-base-dev-tools qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-svg-dev qt6-translations-l10n help2man
    qtkeychain-qt6-dev libvirt-dev libxml2-dev libvirt-daemon-system libvirt-clients qemu-system-x86 qemu-utils procps tini
    libosinfo-1.0-dev osinfo-db libvncserver-dev libspice-client-glib-2.0-dev libspice-protocol-dev libsqlite3-dev libqcustomplot-dev libvterm-dev qt6-multimedia-dev libcrypt-dev ovmf swtpm swtpm-tools dnsmasq-base iptables xorriso
)
if [[ $mode == test ]]; then
    packages+=(sasl2-bin libsasl2-modules gnome-keyring dbus openssh-server
               busybox-static grub-pc-bin grub-common mtools cpio debian-installer-12-netboot-amd64
               qemu-system-arm qemu-efi-aarch64 desktop-file-utils appstream lintian)
fi

missing=()
for p in "${packages[@]}"; do
    status=$(dpkg-query -W -f='${Status}' "$p" 2>/dev/null || true)
    [[ $status == "install ok installed" ]] || missing+=("$p")
done
if [[ ${#missing[@]} -gt 0 ]]; then
    echo "setup: installing ${missing[*]}"
    $sudo env DEBIAN_FRONTEND=noninteractive apt-get update -q
    $sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y -q "${missing[@]}"
fi
# build-guest.sh resolves the cloud kernel through apt's lists.
if [[ $mode == test ]] && ! apt-cache show linux-image-cloud-amd64 >/dev/null 2>&1; then
    $sudo env DEBIAN_FRONTEND=noninteractive apt-get update -q
fi

echo "setup: building in $build"
cmake -S "$top" -B "$build" -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
cmake --build "$build" -j2

echo "setup: making sure the libvirt daemon is up"
bash "$here/ensure-libvirtd.sh"

if [[ $mode == run ]]; then
    if [[ -z ${DISPLAY:-} && -z ${WAYLAND_DISPLAY:-} && -z ${QT_QPA_PLATFORM:-} ]]; then
        echo "setup: Vireo is built ($build/app/vireo), but there is no display to show it on." >&2
        echo "       Run this from a desktop session (DISPLAY or WAYLAND_DISPLAY set)." >&2
        exit 3
    fi
    exec "$build/app/vireo" "$@"
fi

# The test that feeds the VNC client a hostile server also runs under AddressSanitizer.
asan=${build}-asan
echo "setup: AddressSanitizer build of the malformed-server test in $asan"
cmake -S "$top" -B "$asan" -DCMAKE_BUILD_TYPE=Debug -DVIREO_ASAN=ON >/dev/null
cmake --build "$asan" -j2 --target tst_vncmalformed
ASAN_OPTIONS=detect_leaks=0 QT_QPA_PLATFORM=offscreen "$asan/tests/tst_vncmalformed"

# How far each translation is (the German one is to have 0 unfinished).
for ts in "$top"/translations/*.ts; do
    report=$(/usr/lib/qt6/bin/lrelease "$ts" -qm /dev/null)
    echo "setup: $(basename "$ts"): $(grep -o '[0-9]* finished and [0-9]* unfinished' <<<"$report"), $(grep -o 'Ignored [0-9]* untranslated' <<<"$report" | grep -o '[0-9]*' || echo 0) untranslated"
done

# GUI tests draw offscreen; the integration tests drive qemu:///system, hence root.
exec $sudo ctest --test-dir "$build" --output-on-failure --timeout 900 "$@"
