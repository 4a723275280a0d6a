# Sourced by the stick's scripts: where the REFURB partition is mounted, and one setting read from the kernel
# command line (refurb.KEY=VALUE) or else from refurb.conf ("key = value" lines, # comments, written on any
# computer: a Windows editor's CR is dropped). The Swift side (refurb bench) reads the same keys itself.
REFURB_STICK=/mnt/refurb
REFURB_CONF="$REFURB_STICK/refurb.conf"

# setting KEY DEFAULT: the kernel's refurb.KEY=, else refurb.conf's last "KEY = …" line, else DEFAULT.
setting() {
    for word in $(cat /proc/cmdline); do
        case "$word" in "refurb.$1="*) echo "${word#refurb.$1=}"; return ;; esac
    done
    value=""
    if [ -r "$REFURB_CONF" ]; then
        value=$(tr -d '\r' < "$REFURB_CONF" | sed -n "s/^[[:space:]]*$1[[:space:]]*=[[:space:]]*//p" | tail -n 1 | sed 's/[[:space:]]*$//')
    fi
    echo "${value:-$2}"
}
