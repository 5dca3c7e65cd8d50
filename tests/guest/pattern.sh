#!/bin/sh
# Draws a known pattern on the guest's VGA console (tty1) for display tests: the screen cleared,
# the text cursor hidden, then eight rows of the eight background colours, each row a full line
# of spaces, black to white. The same request always draws the same pixels.
esc=$(printf '\033')
{
    printf '%s[?25l%s[0m%s[2J%s[H' "$esc" "$esc" "$esc" "$esc"
    for colour in 0 1 2 3 4 5 6 7; do
        printf '%s[4%sm%80s' "$esc" "$colour" ""
    done
    printf '%s[0m' "$esc"
} > /dev/tty1
