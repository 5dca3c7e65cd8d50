#!/usr/bin/env bash
# Runs a command in a D-Bus session of its own with GNOME Keyring's Secret Service unlocked, as
# a desktop session has: what remembered logins need (../shared/docs/ISSUE-NOTES.md, issue 13).
# The keyring's files go to a private folder, removed afterwards; its unlock password is
# throwaway. Usage: with-keyring.sh PROGRAM [ARGS...]
set -euo pipefail
[[ $# -ge 1 ]] || { echo "usage: with-keyring.sh PROGRAM [ARGS...]" >&2; exit 2; }
command -v dbus-run-session >/dev/null && command -v gnome-keyring-daemon >/dev/null || {
    echo "with-keyring: needs dbus-run-session and gnome-keyring-daemon (dbus, gnome-keyring)" >&2
    exit 1
}
home=$(mktemp -d /tmp/vireo-keyring.XXXXXX)
trap 'rm -rf "$home"' EXIT
export VIREO_KEYRING_HOME=$home
exec_in_session='
    set -e
    # The keyring keeps its files in its own data folder, not in the program under test'"'"'s.
    eval "$(printf "%s" "throwaway-unlock" | XDG_DATA_HOME=$VIREO_KEYRING_HOME HOME=$VIREO_KEYRING_HOME \
        gnome-keyring-daemon --unlock --components=secrets)"
    export GNOME_KEYRING_CONTROL
    "$@"
'
# setsid: no controlling terminal, as a program started from the desktop (ssh then asks through
# SSH_ASKPASS, never on the terminal the tests were started from).
setsid -w dbus-run-session -- bash -c "$exec_in_session" _ "$@" 2> >(grep -v -e "Failed to set fd limit" -e "SystemPrompter" -e "cannot open display" >&2)
