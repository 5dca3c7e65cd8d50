#!/usr/bin/env bash
# make-docs.sh VIREO VIREO_CONSOLE OUTDIR: the manual pages (vireo.1, vireo-console.1, written
# by help2man from the programs' --help, with every terminal command's own --help in vireo.1) and
# the bash completion of every command and option (vireo.bash-completion), from the programs
# themselves, so that they cannot drift from what the programs take.
set -euo pipefail
vireo=$1
console=$2
out=$3
mkdir -p "$out"
export QT_QPA_PLATFORM=offscreen
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

commands=$("$vireo" --list-commands)

# vireo.1: the program's help, then a COMMANDS section with each command's help.
{
    echo "[COMMANDS]"
    for c in $commands; do
        echo ".SS vireo $c"
        echo ".nf"
        "$vireo" "$c" --help | sed -e 's/\\/\\\\/g' -e 's/^\./\\\&./'
        echo ".fi"
    done
    echo "[EXIT STATUS]"
    echo "0 when done, 1 when something failed (a problem for doctor, a flagged VM for security),"
    echo "2 for bad input or an action a VM's state does not allow (nothing changed)."
    echo "[SEE ALSO]"
    echo ".BR vireo-console (1),"
    echo ".BR virsh (1)"
} > "$tmp/vireo.h2m"
help2man --no-info --no-discard-stderr --section 1 \
    --name "desktop virtualization manager for KVM/QEMU through libvirt" \
    --include "$tmp/vireo.h2m" --output "$out/vireo.1" "$vireo"
{
    echo "[SEE ALSO]"
    echo ".BR vireo (1)"
} > "$tmp/console.h2m"
help2man --no-info --no-discard-stderr --section 1 \
    --name "one virtual machine's console (SPICE or VNC) in a window" \
    --include "$tmp/console.h2m" --output "$out/vireo-console.1" "$console"

# The options a help text lists: "-c, --connect <URI>" gives -c and --connect.
options_of() {
    "$@" --help | grep -oE '^ +(-[a-zA-Z], )?--[a-z][a-z0-9-]*' | tr -d ',' | xargs
}

{
    cat <<'HEAD'
# bash completion for vireo and vireo-console, made by installer/make-docs.sh
_vireo_vms() {
    vireo "$@" list --all 2>/dev/null | tail -n +2 | awk '{print $1}'
}
_vireo() {
    local cur=${COMP_WORDS[COMP_CWORD]} prev=${COMP_WORDS[COMP_CWORD-1]} cmd= i
    local connect=()
    for ((i = 1; i < COMP_CWORD; i++)); do
        case ${COMP_WORDS[i]} in
            -c|--connect) connect=(--connect "${COMP_WORDS[i+1]}"); ((i++)) ;;
            -*) ;;
            *) [[ -z $cmd ]] && cmd=${COMP_WORDS[i]} ;;
        esac
    done
    if [[ $prev == -c || $prev == --connect ]]; then
        COMPREPLY=($(compgen -W 'qemu:///system qemu:///session qemu+ssh://' -- "$cur"))
        return
    fi
    case $cmd in
HEAD
    echo "        '')"
    echo "            COMPREPLY=(\$(compgen -W '$(echo $commands) $(options_of "$vireo")' -- \"\$cur\")) ;;"
    for c in $commands; do
        echo "        $c)"
        echo "            if [[ \$cur == -* ]]; then"
        echo "                COMPREPLY=(\$(compgen -W '$(options_of "$vireo" "$c")' -- \"\$cur\"))"
        echo "            else"
        echo "                COMPREPLY=(\$(compgen -W \"\$(_vireo_vms \"\${connect[@]}\")\" -- \"\$cur\"))"
        echo "            fi ;;"
    done
    echo "    esac"
    echo "}"
    echo "complete -o default -F _vireo vireo"
    cat <<'CONSOLE'
_vireo_console() {
    local cur=${COMP_WORDS[COMP_CWORD]}
    if [[ $cur == -* ]]; then
CONSOLE
    echo "        COMPREPLY=(\$(compgen -W '$(options_of "$console")' -- \"\$cur\"))"
    cat <<'CONSOLE'
    else
        COMPREPLY=($(compgen -W "$(_vireo_vms)" -- "$cur"))
    fi
}
complete -o default -F _vireo_console vireo-console
CONSOLE
} > "$out/vireo.bash-completion"
bash -n "$out/vireo.bash-completion"
