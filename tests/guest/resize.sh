#!/bin/sh
# Tells the tty it runs on the size of the terminal at the other end, as xterm's resize does: a
# serial line or virtio console has no size of its own, and libvirt's console stream no resize
# call. The cursor goes far to the bottom right, the terminal is asked where it is (CSI 6n), and
# its answer (CSI ROWS;COLS R) becomes the tty's size.
esc=$(printf '\033')
old=$(stty -g)
stty raw -echo
printf '%s7%s[999;999H%s[6n%s8' "$esc" "$esc" "$esc" "$esc"
answer=""
IFS= read -r -d R -t 3 answer
stty "$old"
size=${answer#*[}
rows=${size%%;*}
cols=${size#*;}
cols=${cols%R}
[ -n "$rows" ] && [ -n "$cols" ] && stty rows "$rows" cols "$cols"
