#!/bin/sh
# Load for the statistics tests, driven from the control channel:
#   vireo-load cpu        a busy loop in the background (until "stop")
#   vireo-load disk MIB   writes MIB MiB to the virtio disk (from 1 MiB in) and flushes
#   vireo-load stop       ends the busy loop
case "$1" in
cpu)
    (while :; do :; done) &
    echo $! >> /tmp/vireo-load.pids
    echo "busy"
    ;;
disk)
    dd if=/dev/zero of=/dev/vda bs=1048576 seek=1 count="${2:-64}" conv=fsync 2>/dev/null
    sync
    echo "wrote ${2:-64} MiB"
    ;;
stop)
    [ -f /tmp/vireo-load.pids ] && kill $(cat /tmp/vireo-load.pids) 2>/dev/null
    rm -f /tmp/vireo-load.pids
    echo "idle"
    ;;
*)
    echo "usage: vireo-load cpu|disk MIB|stop" >&2
    exit 2
    ;;
esac
