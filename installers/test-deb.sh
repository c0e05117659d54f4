#!/bin/sh
# Installs the Firebreak .deb the way a user meets it: into a clean Debian 12
# root made by debootstrap, with apt resolving the Depends from the archive
# (so a missing or wrong dependency fails here, not on a user's laptop), then
# runs both programs inside it.
#
#   installers/test-deb.sh [path/to/firebreak_*.deb]     (as root)
#   installers/test-deb.sh prepare                       only build the cached root
#
# The pristine root is cached as a tarball and the downloaded .debs are kept,
# both under $FIREBREAK_DEBOOTSTRAP_CACHE (default /var/cache/firebreak-debootstrap),
# so a rerun needs no network beyond `apt-get update`.
set -eu

CACHE=${FIREBREAK_DEBOOTSTRAP_CACHE:-/var/cache/firebreak-debootstrap}
SUITE=bookworm
TARBALL=$CACHE/$SUITE-minbase.tar.gz
here=$(cd "$(dirname "$0")/.." && pwd)

say() { printf '== %s\n' "$*"; }
die() { printf 'test-deb: %s\n' "$*" >&2; exit 1; }

[ "$(id -u)" -eq 0 ] || die "must run as root (debootstrap and chroot)"
command -v debootstrap >/dev/null || die "debootstrap is missing: apt-get install debootstrap"

# The mirror apt already uses on this machine (deb822 or one-line format).
mirror() {
    m=$(sed -n 's/^URIs:[[:space:]]*\([^[:space:]]*debian\)\/*$/\1/p' /etc/apt/sources.list.d/*.sources 2>/dev/null | head -n1)
    [ -n "$m" ] || m=$(sed -n 's/^deb[[:space:]]\+\(\[[^]]*\][[:space:]]\+\)\?\([^[:space:]]*\)[[:space:]]\+bookworm[[:space:]].*/\2/p' \
        /etc/apt/sources.list 2>/dev/null | head -n1)
    echo "${m:-http://deb.debian.org/debian}"
}

prepare() {
    [ -f "$TARBALL" ] && return 0
    mkdir -p "$CACHE"
    work=$(mktemp -d "$CACHE/root.XXXXXX")
    say "debootstrap $SUITE (minbase) from $(mirror) — once, then cached in $TARBALL"
    debootstrap --variant=minbase "$SUITE" "$work" "$(mirror)" >"$CACHE/debootstrap.log" 2>&1 ||
        { tail -n 20 "$CACHE/debootstrap.log" >&2; rm -rf "$work"; die "debootstrap failed (log: $CACHE/debootstrap.log)"; }
    rm -f "$work"/var/cache/apt/archives/*.deb
    tar -C "$work" -czf "$TARBALL.tmp" . && mv "$TARBALL.tmp" "$TARBALL"
    rm -rf "$work"
}

if [ "${1:-}" = prepare ]; then
    prepare
    exit 0
fi

deb=${1:-}
if [ -z "$deb" ]; then
    deb=$(ls -t "$here"/build/firebreak_*.deb 2>/dev/null | head -n1 || true)
fi
[ -n "$deb" ] && [ -f "$deb" ] || die "no .deb given or found in build/ (cmake --build build --target package)"

start=$(date +%s)
prepare
root=$(mktemp -d /tmp/firebreak-deb-root.XXXXXX)
cleanup() {
    for m in var/cache/apt/archives proc dev/pts dev; do
        mountpoint -q "$root/$m" 2>/dev/null && umount -l "$root/$m"
    done
    rm -rf "$root"
}
trap cleanup EXIT INT TERM

say "unpacking the cached Debian root into $root"
tar -C "$root" -xzf "$TARBALL"
# Same archive as the host (including -updates and -security), no recommends:
# the package must work with exactly what its Depends pull in.
rm -f "$root/etc/apt/sources.list"
cp /etc/apt/sources.list.d/debian.sources "$root/etc/apt/sources.list.d/" 2>/dev/null ||
    echo "deb $(mirror) $SUITE main" >"$root/etc/apt/sources.list"
printf 'APT::Install-Recommends "false";\n' >"$root/etc/apt/apt.conf.d/99norecommends"
cp /etc/resolv.conf "$root/etc/resolv.conf" 2>/dev/null || true
mkdir -p "$CACHE/archives/partial" "$root/proc" "$root/dev"
mount -t proc proc "$root/proc"
mount --bind /dev "$root/dev"
mount --bind "$CACHE/archives" "$root/var/cache/apt/archives"
cp "$deb" "$root/tmp/"
debname=$(basename "$deb")

in_root() { chroot "$root" /usr/bin/env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin HOME=/root LANG=C.UTF-8 XDG_RUNTIME_DIR=/tmp "$@"; }

say "apt-get install ./$debname"
in_root apt-get update -qq
in_root sh -c "DEBIAN_FRONTEND=noninteractive apt-get install -y -q /tmp/$debname" >"$root/tmp/install.log" 2>&1 ||
    { tail -n 30 "$root/tmp/install.log" >&2; die "apt-get install failed"; }
grep -E '^(Setting up|The following NEW)' "$root/tmp/install.log" | tail -n 3 || true

say "firebreak-cli --version"
in_root firebreak-cli --version
say "firebreak --version / --help"
in_root env QT_QPA_PLATFORM=offscreen firebreak --version
in_root env QT_QPA_PLATFORM=offscreen firebreak --help >/dev/null

say "firebreak-cli incident new on a fresh store"
in_root firebreak-cli --db /tmp/t.sqlite --actor tester incident new --title "Package smoke test" --severity low
in_root firebreak-cli --db /tmp/t.sqlite incident list
in_root firebreak-cli --db /tmp/t.sqlite audit verify

say "man pages, desktop file, icons"
in_root sh -c 'test -f /usr/share/man/man1/firebreak.1.gz && test -f /usr/share/man/man1/firebreak-cli.1.gz'
in_root test -f /usr/share/applications/org.firebreak.Firebreak.desktop
in_root test -f /usr/share/metainfo/org.firebreak.Firebreak.metainfo.xml
in_root test -f /usr/share/icons/hicolor/48x48/apps/org.firebreak.Firebreak.png

say "offscreen start of the workbench on the demo store (must still be up after 10 s)"
set +e
in_root env QT_QPA_PLATFORM=offscreen XDG_RUNTIME_DIR=/tmp timeout 10 firebreak --demo >"$root/tmp/gui.log" 2>&1
rc=$?
set -e
if [ "$rc" -ne 124 ]; then
    cat "$root/tmp/gui.log" >&2
    die "firebreak --demo exited with $rc before the 10 s timeout"
fi

say "OK: $debname installs and runs in a clean Debian $SUITE root ($(($(date +%s) - start)) s)"
