#!/usr/bin/env bash
# Makes sure a local libvirt daemon answers on qemu:///system. Where a service manager runs
# (systemd), it is asked; where none runs (containers, these build machines), the daemons are
# started directly. Idempotent: does nothing when the daemon already answers.
set -euo pipefail

sudo=""
[[ $(id -u) -eq 0 ]] || sudo="sudo"

answers() { timeout 10 $sudo virsh -c qemu:///system version >/dev/null 2>&1; }

if answers; then
    exit 0
fi

if [[ -d /run/systemd/system ]]; then
    $sudo systemctl start libvirtd.service 2>/dev/null || $sudo systemctl start virtqemud.socket
else
    $sudo mkdir -p /var/log/libvirt /run/libvirt
    pgrep -x virtlogd >/dev/null || $sudo virtlogd -d
    # A daemon that is still going down (just told to stop) is let go first.
    for _ in $(seq 1 50); do
        pgrep -x libvirtd >/dev/null || break
        answers && exit 0
        sleep 0.1
    done
    # A stale pid file from a daemon that was killed keeps a new one from starting.
    if ! pgrep -x libvirtd >/dev/null; then
        $sudo rm -f /run/libvirtd.pid
        if command -v tini >/dev/null; then
            # QEMU processes are daemonized, so their parent is PID 1. Where PID 1 is not a real
            # init (containers), it may reap them late, and libvirt reports a crashed guest only
            # once its QEMU is reaped. tini, as a subreaper, reaps them at once.
            $sudo setsid tini -s -- libvirtd </dev/null >>/var/log/libvirt/libvirtd-console.log 2>&1 &
        else
            $sudo libvirtd -d
        fi
    fi
fi

for _ in $(seq 1 100); do
    answers && exit 0
    sleep 0.1
done
echo "ensure-libvirtd: the libvirt daemon does not answer on qemu:///system" >&2
exit 1
