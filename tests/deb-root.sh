#!/bin/sh
# SPDX-License-Identifier: ISC
# tests/deb-root.sh NASKAH.deb ROOT - the package installed in a fresh
# Debian 12 (bookworm, minbase) made by debootstrap in ROOT, with apt
# fetching what it Depends on, then the example it ships rendered there
# (chroot).  Needs root, debootstrap and Debian's mirror; says
# "skipped: ..." without them.  Last line: what it rendered.
deb=$1
root=$2
mirror=${DEBIAN_MIRROR:-http://deb.debian.org/debian}
[ -f "$deb" ] && [ -n "$root" ] || { echo "usage: tests/deb-root.sh NASKAH.deb ROOT" >&2; exit 2; }
if [ "$(id -u)" != 0 ]; then
	echo "skipped: the .deb in a fresh Debian root, because it needs root (chroot)"; exit 0
fi
if ! command -v debootstrap > /dev/null 2>&1; then
	echo "skipped: the .deb in a fresh Debian root, because debootstrap is not installed"; exit 0
fi
rm -rf "$root"
mkdir -p "$root"
if ! debootstrap --variant=minbase bookworm "$root" "$mirror" > "$root.debootstrap.log" 2>&1; then
	tail -n 5 "$root.debootstrap.log"
	echo "skipped: the .deb in a fresh Debian root, because debootstrap could not make one from $mirror"
	exit 0
fi
cp /etc/resolv.conf "$root/etc/resolv.conf" 2> /dev/null
cp "$deb" "$root/tmp/naskah.deb"
set -e
chroot "$root" sh -c 'apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq /tmp/naskah.deb' > "$root.apt.log" 2>&1 ||
    { tail -n 20 "$root.apt.log"; exit 1; }
chroot "$root" sh -c 'cd /tmp && cp -R /usr/share/doc/naskah/examples ex && naskah --version &&
    naskah render ex/pasar-manna-2024.yaml -o /tmp/iku.pdf && head -c 5 /tmp/iku.pdf && echo &&
    naskah check --lang=en ex/pasar-manna-2024-benar.yaml && echo "check: 0 findings"'
test -s "$root/tmp/iku.pdf"
echo "rendered /usr/share/doc/naskah/examples/pasar-manna-2024.yaml: $(wc -c < "$root/tmp/iku.pdf") bytes"
