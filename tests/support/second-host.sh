#!/usr/bin/env bash
# A second libvirt host on this machine, for remote-connection tests (../shared/docs/ENVIRONMENT.md):
# a libvirtd in a private mount namespace whose run, lib, cache, log and etc folders are DIR's,
# listening on TCP on 127.0.0.1:PORT without authentication, or with SASL logins. Reach it as
# qemu+tcp://127.0.0.1:PORT/system.
#
#   second-host.sh start DIR PORT    prints "ready" once it answers
#   second-host.sh start DIR PORT sasl USER
#                                    the same with SASL (DIGEST-MD5: plain TCP needs a mechanism
#                                    with a security layer): USER's password is read from stdin,
#                                    never taken on the command line
#   second-host.sh stop DIR          stops the daemons started for DIR and the guests they ran,
#                                    and removes DIR
#   second-host.sh crash DIR         kills its libvirtd at once (SIGKILL), as a crash would; its
#                                    guests are left running (stop ends them)
#   second-host.sh restart DIR PORT  starts its libvirtd again after a crash, with its state, and
#                                    prints "ready" once it answers
set -euo pipefail

usage="usage: second-host.sh start DIR PORT [sasl USER] | stop DIR | crash DIR | restart DIR PORT"
cmd=${1:?$usage}
dir=${2:?$usage}

stop() {
    # The guests it started (their QEMU outlives a daemon that crashed).
    for pidfile in "$dir"/run/qemu/*.pid; do
        [[ -f $pidfile ]] && kill -9 "$(cat "$pidfile")" 2>/dev/null || true
    done
    for pidfile in "$dir/run/libvirtd.pid" "$dir/run/virtlogd.pid"; do
        if [[ -f $pidfile ]]; then
            pid=$(cat "$pidfile")
            kill "$pid" 2>/dev/null || true
            for _ in $(seq 1 50); do
                kill -0 "$pid" 2>/dev/null || break
                sleep 0.1
            done
            kill -9 "$pid" 2>/dev/null || true
        fi
    done
    rm -rf "$dir"
}

launch() {
    # virtlogd outlives a crashed libvirtd: started again only when it is not running.
    unshare -m --propagation private bash -c '
        set -e
        d=$1
        mount --bind "$d/run" /run/libvirt
        mount --bind "$d/lib" /var/lib/libvirt
        mount --bind "$d/cache" /var/cache/libvirt
        mount --bind "$d/log" /var/log/libvirt
        mount --bind "$d/etc" /etc/libvirt
        mount --bind "$d/sasl2" /etc/sasl2
        if ! { [[ -f /run/libvirt/virtlogd.pid ]] && kill -0 "$(cat /run/libvirt/virtlogd.pid)"; } 2>/dev/null; then
            virtlogd -d -p /run/libvirt/virtlogd.pid
        fi
        libvirtd -d --listen -p /run/libvirt/libvirtd.pid
    ' _ "$dir"
}

wait_ready() {
    for _ in $(seq 1 100); do
        # With SASL, a login without credentials being refused is the daemon answering.
        if answer=$(virsh -q -c "qemu+tcp://127.0.0.1:$port/system" uri 2>&1 </dev/null) \
            || [[ $auth == sasl && $answer == *authentication* ]]; then
            echo ready
            return 0
        fi
        sleep 0.2
    done
    echo "second-host: the daemon on port $port did not answer" >&2
    return 1
}

if [[ $cmd == stop ]]; then
    stop
    exit 0
fi
if [[ $cmd == crash ]]; then
    kill -9 "$(cat "$dir/run/libvirtd.pid")"
    exit 0
fi
if [[ $cmd == restart ]]; then
    port=${3:?$usage}
    auth=$(grep -q '^auth_tcp = "sasl"' "$dir/etc/libvirtd.conf" && echo sasl || echo none)
    launch
    wait_ready
    exit
fi

port=${3:?$usage}
auth=${4:-none}
[[ $(id -u) == 0 ]] || { echo "second-host: needs root (a second system daemon)" >&2; exit 1; }
mkdir -p "$dir"/{run,lib,cache,log,etc,sasl2}
chmod 0700 "$dir/sasl2"
cp -a /etc/sasl2/. "$dir/sasl2/" 2>/dev/null || true
if [[ $auth == sasl ]]; then
    user=${5:?$usage}
    command -v saslpasswd2 >/dev/null || { echo "second-host: saslpasswd2 missing (sasl2-bin)" >&2; exit 1; }
    cat > "$dir/sasl2/libvirt.conf" <<SASL
mech_list: digest-md5
sasldb_path: $dir/sasl2/passwd.db
SASL
    # The password comes on stdin: never on a command line (ps shows those).
    saslpasswd2 -p -c -a libvirt -f "$dir/sasl2/passwd.db" "$user"
fi
cp -a /etc/libvirt/. "$dir/etc/"
# The same QEMU binaries on the same machine: the first host's probe of their capabilities holds
# (libvirt re-probes what changed). Without it the second daemon's first capability query waits
# about 10 s for the probe.
mkdir -p "$dir/cache/qemu"
cp -a /var/cache/libvirt/qemu/capabilities "$dir/cache/qemu/" 2>/dev/null || true
# The first host's definitions stay with it: no shared domains, networks or pools.
rm -f "$dir"/etc/qemu/*.xml "$dir"/etc/qemu/networks/*.xml "$dir"/etc/storage/*.xml
rm -rf "$dir"/etc/qemu/autostart "$dir"/etc/qemu/networks/autostart "$dir"/etc/storage/autostart
cat >> "$dir/etc/libvirtd.conf" <<CONF
listen_tls = 0
listen_tcp = 1
tcp_port = "$port"
listen_addr = "127.0.0.1"
auth_tcp = "$auth"
host_uuid = "$(cat /proc/sys/kernel/random/uuid)"
CONF
cat >> "$dir/etc/qemu.conf" <<CONF
migration_port_min = $((port + 100))
migration_port_max = $((port + 164))
CONF

launch
wait_ready || { stop; exit 1; }
