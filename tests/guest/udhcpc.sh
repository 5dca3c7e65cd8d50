#!/bin/sh
# busybox udhcpc's script in the test guest: applies the lease it got and reports it on the
# first serial port ("VIREO-LEASE eth0 192.168.100.57"), which tests read.
case "$1" in
deconfig)
    ip link set "$interface" up
    ip addr flush dev "$interface"
    ;;
bound|renew)
    ip addr flush dev "$interface"
    ip addr add "$ip/${mask:-24}" dev "$interface"
    for r in $router; do
        ip route add default via "$r" dev "$interface" 2>/dev/null
        break
    done
    echo "VIREO-LEASE $interface $ip" > /dev/ttyS0
    ;;
esac
exit 0
