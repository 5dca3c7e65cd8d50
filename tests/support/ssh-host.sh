#!/usr/bin/env bash
# An SSH server on this machine for qemu+ssh:// tests (../shared/docs/ENVIRONMENT.md): sshd on
# 127.0.0.1:PORT with keys of its own in DIR, letting root in with DIR/client (a key whose
# passphrase is read from stdin; an empty line: none). Reach the first libvirt host as
#   qemu+ssh://root@127.0.0.1:PORT/system?keyfile=DIR/client&no_verify=1
#
#   ssh-host.sh start DIR PORT    prints "ready" once sshd listens
#   ssh-host.sh stop DIR          stops that sshd and removes DIR
set -euo pipefail
usage="usage: ssh-host.sh start DIR PORT | stop DIR"
cmd=${1:?$usage}
dir=${2:?$usage}
if [[ $cmd == stop ]]; then
    [[ -f $dir/sshd.pid ]] && kill "$(cat "$dir/sshd.pid")" 2>/dev/null || true
    rm -rf "$dir"
    exit 0
fi
port=${3:?$usage}
[[ -x /usr/sbin/sshd ]] || { echo "ssh-host: sshd missing (openssh-server)" >&2; exit 1; }
IFS= read -r passphrase || true
mkdir -p "$dir" /run/sshd
chmod 0700 "$dir"
ssh-keygen -q -t ed25519 -N '' -f "$dir/host" >/dev/null
ssh-keygen -q -t ed25519 -N '' -f "$dir/client" >/dev/null
if [[ -n $passphrase ]]; then
    # The passphrase goes on through ssh-keygen's own prompt (a pipe), not its command line.
    SSH_ASKPASS_REQUIRE=never ssh-keygen -q -p -f "$dir/client" -P '' -N "$passphrase" >/dev/null
fi
cp "$dir/client.pub" "$dir/authorized_keys"
cat > "$dir/sshd_config" <<CONF
Port $port
ListenAddress 127.0.0.1
HostKey $dir/host
AuthorizedKeysFile $dir/authorized_keys
PermitRootLogin prohibit-password
PasswordAuthentication no
KbdInteractiveAuthentication no
UsePAM no
StrictModes no
PidFile $dir/sshd.pid
CONF
/usr/sbin/sshd -f "$dir/sshd_config"
for _ in $(seq 1 50); do
    if [[ -f $dir/sshd.pid ]] && (exec 3<>/dev/tcp/127.0.0.1/"$port") 2>/dev/null; then
        echo ready
        exit 0
    fi
    sleep 0.1
done
echo "ssh-host: sshd did not listen on $port" >&2
exit 1
