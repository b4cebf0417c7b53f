#!/bin/sh
# SPDX-License-Identifier: ISC
# tools/deb.sh TARBALL OUTDIR - the Debian package naskah_VERSION-1_amd64.deb
# built from the source tarball (make dist) in a directory of its own,
# with PREFIX=/usr (the data directory the program looks in is built
# in) and the library in Debian's multiarch directory: the program, the
# library (shared and static), its header and pkg-config file, the
# manuals (gzipped), the fonts, templates and hyphenation patterns with
# their licences, the examples, and /usr/share/doc/naskah/copyright
# naming every licence.  Depends come from dpkg-shlibdeps; the library
# has its shlibs and the ldconfig trigger.  Every file's time is the
# tarball's newest (SOURCE_DATE_EPOCH), owner root: the same tarball
# gives the same .deb.  Prints the .deb's path.
set -e
tarball=$1
out=$2
[ -f "$tarball" ] && [ -n "$out" ] || {
	echo "usage: tools/deb.sh naskah-VERSION.tar.gz OUTDIR" >&2; exit 2; }
command -v dpkg-deb > /dev/null && command -v dpkg-shlibdeps > /dev/null || {
	echo "deb: dpkg-deb and dpkg-shlibdeps (dpkg-dev) are needed" >&2; exit 3; }
mkdir -p "$out"
out=$(cd "$out" && pwd)
tarball=$(cd "$(dirname "$tarball")" && pwd)/$(basename "$tarball")
work=$out/deb-work
rm -rf "$work"
mkdir -p "$work"
tar -xzf "$tarball" -C "$work"
src=$(ls -d "$work"/naskah-*)
v=$(cat "$src/VERSION")
arch=$(dpkg --print-architecture)
multi=$(dpkg-architecture -qDEB_HOST_MULTIARCH 2> /dev/null || echo x86_64-linux-gnu)
# the newest time in the tarball: every file gets it
SOURCE_DATE_EPOCH=$(tar -tvzf "$tarball" --full-time | awk '{ print $4 "T" $5 }' |
    sort | tail -n 1 | xargs -I{} date -u -d {} +%s)
export SOURCE_DATE_EPOCH
root=$work/root
# the build directory's name kept out of the objects (their build ids)
flags="-O2 -g -ffile-prefix-map=$src=."
(cd "$src" && make -j2 PREFIX=/usr LIBDIR=/usr/lib/$multi GIT_COMMIT=none \
    CFLAGS="$flags" all \
    > "$work/make.log" 2>&1 &&
    make PREFIX=/usr LIBDIR=/usr/lib/$multi GIT_COMMIT=none CFLAGS="$flags" \
    DESTDIR="$root" install \
    > "$work/install.log" 2>&1) || { tail -n 20 "$work/make.log"; exit 1; }
# Debian's places and forms: stripped objects, gzipped manuals, docs
strip --strip-unneeded --remove-section=.comment --remove-section=.note \
    "$root/usr/bin/naskah" "$root/usr/lib/$multi"/libnaskah.so.*.*.*
strip --strip-debug "$root/usr/lib/$multi/libnaskah.a"
find "$root/usr/share/man" -type f -exec gzip -n -9 {} +
doc=$root/usr/share/doc/naskah
mkdir -p "$doc/examples"
cp "$src/README.md" "$doc/"
cp -R "$src"/examples/. "$doc/examples/"
cat > "$doc/copyright" <<COPY
Format: https://www.debian.org/doc/packaging-manuals/copyright-format/1.0/
Upstream-Name: naskah
Source: the naskah source tarball naskah-$v.tar.gz

Files: *
Copyright: 2026 The naskah authors
License: ISC
$(sed 's/^$/./; s/^/ /' "$src/LICENSE")

Files: usr/share/naskah/fonts/bonum-*
Copyright: TeX Gyre Bonum, GUST e-foundry (see LICENSE-TeXGyre.txt beside them)
License: GUST-Font-License
 The GUST Font License (a LaTeX Project Public License variant); its text
 is /usr/share/naskah/fonts/LICENSE-TeXGyre.txt.

Files: usr/share/naskah/fonts/liberation-*
Copyright: Liberation fonts, Red Hat, Inc. and others (see LICENSE-Liberation.txt)
License: OFL-1.1
 The SIL Open Font License 1.1; its text is
 /usr/share/naskah/fonts/LICENSE-Liberation.txt.

Files: usr/share/naskah/hyphen/*
Copyright: 2017 Ali Ahmadi (Indonesian patterns, from Debian's hyphen-id)
License: LGPL-3
 On Debian systems the LGPL-3 is in /usr/share/common-licenses/LGPL-3.
COPY
printf 'naskah (%s-1) unstable; urgency=medium\n\n  * Release %s, built from naskah-%s.tar.gz.\n\n -- naskah developers <naskah@example.org>  %s\n' \
    "$v" "$v" "$v" "$(date -u -R -d @"$SOURCE_DATE_EPOCH")" |
    gzip -n -9 > "$doc/changelog.Debian.gz"
# control: Depends from the objects' libraries
mkdir -p "$root/DEBIAN" "$work/debian"
printf 'Source: naskah\n\nPackage: naskah\nArchitecture: any\n' > "$work/debian/control"
deps=$(cd "$work" && dpkg-shlibdeps -O -e"$root/usr/bin/naskah" \
    -e"$root/usr/lib/$multi/libnaskah.so.$v" 2> "$work/shlibdeps.err" |
    sed -n 's/^shlibs:Depends=//p')
[ -n "$deps" ] || { cat "$work/shlibdeps.err"; exit 1; }
size=$(du -sk --exclude=DEBIAN "$root" | cut -f1)
cat > "$root/DEBIAN/control" <<CTRL
Package: naskah
Version: $v-1
Architecture: $arch
Maintainer: naskah developers <naskah@example.org>
Installed-Size: $size
Depends: $deps
Section: text
Priority: optional
Homepage: https://example.org/naskah
Description: Indonesian government documents from YAML to print-ready PDF
 naskah turns a YAML description of an Indonesian government document
 (a Keputusan Camat on the Indikator Kinerja Utama with its Lampiran,
 the IKU book, revisions of it, the LKjIP appendix, a Peraturan Bupati)
 into a PDF that follows the Tata Naskah Dinas rules, reviews its
 official writing, serves a local web editor and signs PDFs (PAdES).
 .
 This package holds the program, the library libnaskah with its header,
 and the fonts, templates and hyphenation patterns it uses.
CTRL
echo "libnaskah $(sed -n 's/^SOVERSION *= *//p' "$src/Makefile") naskah (>= $v)" \
    > "$root/DEBIAN/shlibs"
echo "activate-noawait ldconfig" > "$root/DEBIAN/triggers"
(cd "$root" && find usr -type f | LC_ALL=C sort | xargs md5sum) > "$root/DEBIAN/md5sums"
chmod 644 "$root/DEBIAN/control" "$root/DEBIAN/shlibs" "$root/DEBIAN/triggers" \
    "$root/DEBIAN/md5sums"
find "$root" -type d -exec chmod 755 {} +
find "$root/usr" -type f -exec chmod 644 {} +
chmod 755 "$root/usr/bin/naskah"
find "$root" -exec touch -h -d "@$SOURCE_DATE_EPOCH" {} +
deb=$out/naskah_$v-1_$arch.deb
dpkg-deb --root-owner-group -Zxz --build "$root" "$deb" > /dev/null
echo "$deb"
