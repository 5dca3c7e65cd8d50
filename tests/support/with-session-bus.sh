#!/usr/bin/env bash
# Runs a command on a D-Bus session bus of its own, as a desktop session has one (the desktop
# portal's signals are heard there). Usage: with-session-bus.sh PROGRAM [ARGS...]
set -euo pipefail
[[ $# -ge 1 ]] || { echo "usage: with-session-bus.sh PROGRAM [ARGS...]" >&2; exit 2; }
command -v dbus-run-session >/dev/null || { echo "with-session-bus: needs dbus-run-session (dbus)" >&2; exit 1; }
exec dbus-run-session -- "$@" 2> >(grep -v "Failed to set fd limit" >&2)
