#!/bin/sh
# SPDX-License-Identifier: ISC
# tools/qrencode-static.sh [DIR] - libqrencode.a for make static (issue
# 17: the QR code of penandatangan.tte): Debian 12 ships libqrencode
# 4.1.1 as a shared library only (libqrencode-dev has no .a), so this
# builds the same source Debian builds, into DIR (default
# build/qrencode): DIR/lib/libqrencode.a and DIR/include/qrencode.h.
#
# The source is the orig tarball of Debian's source package qrencode
# 4.1.1-1 (the one bookworm's libqrencode4 4.1.1-1 is built from),
# fetched from deb.debian.org's pool and checked against the sha256 sum
# of its .dsc written below; Debian applies no patch to the library.
# config.h is written here with what configure finds on Debian 12
# (pthread, strdup); the library's sources are those Makefile.am lists
# for libqrencode.la; the C flags are Debian's (dpkg-buildflags with
# hardening=+all), so tests/static.sh can check that the static naskah
# writes the same bytes as the dynamic one.
#
# Cached: nothing is fetched or compiled when DIR/lib/libqrencode.a is
# there and was made from this sum (DIR/stamp).  Needs curl or wget,
# bzip2, cc, ar; the network only the first time (or put the tarball in
# DIR/dl beforehand).
set -eu
DIR=${1:-build/qrencode}
CC=${CC:-cc}
POOL=http://deb.debian.org/debian/pool/main/q/qrencode
ORIG=qrencode_4.1.1.orig.tar.bz2
ORIG_SHA=e455d9732f8041cf5b9c388e345a641fd15707860f928e94507b1961256a6923
STAMP="qrencode 4.1.1-1 $ORIG_SHA"

if [ -f "$DIR/lib/libqrencode.a" ] && [ "$(cat "$DIR/stamp" 2>/dev/null)" = "$STAMP" ]; then
	exit 0
fi
mkdir -p "$DIR/dl"
if [ ! -s "$DIR/dl/$ORIG" ]; then
	if command -v curl > /dev/null 2>&1; then
		curl -sSfL --retry 2 -o "$DIR/dl/$ORIG.tmp" "$POOL/$ORIG"
	else
		wget -q -O "$DIR/dl/$ORIG.tmp" "$POOL/$ORIG"
	fi || { echo "qrencode-static: cannot fetch $POOL/$ORIG" >&2; exit 1; }
	mv "$DIR/dl/$ORIG.tmp" "$DIR/dl/$ORIG"
fi
got=$(sha256sum "$DIR/dl/$ORIG" | cut -d ' ' -f 1)
if [ "$got" != "$ORIG_SHA" ]; then
	echo "qrencode-static: $ORIG has sha256 $got, not $ORIG_SHA as in qrencode_4.1.1-1.dsc" >&2
	rm -f "$DIR/dl/$ORIG"
	exit 1
fi
rm -rf "$DIR/src" "$DIR/lib" "$DIR/include" "$DIR/obj" "$DIR/stamp"
mkdir -p "$DIR/src" "$DIR/lib" "$DIR/include" "$DIR/obj"
bzip2 -dc "$DIR/dl/$ORIG" | (cd "$DIR/src" && tar xf -)
S=$(ls -d "$DIR"/src/qrencode-*)
cat > "$S/config.h" <<'CONF'
/* written by naskah's tools/qrencode-static.sh: what configure finds on
 * Debian 12 for the library */
#define HAVE_LIBPTHREAD 1
#define HAVE_STRDUP 1
#define HAVE_STDLIB_H 1
#define HAVE_STRING_H 1
#define STDC_HEADERS 1
#define MAJOR_VERSION 4
#define MINOR_VERSION 1
#define MICRO_VERSION 1
#define VERSION "4.1.1"
#define STATIC_IN_RELEASE static
CONF
# the sources of libqrencode.la, as Makefile.am lists them
srcs=$(sed -n '/^libqrencode_la_SOURCES/,/[^\\]$/p' "$S/Makefile.am" |
    sed -e 's/^libqrencode_la_SOURCES *=//' -e 's/\\//g' | tr ' \t' '\n\n' | grep '\.c$')
[ -n "$srcs" ] || { echo "qrencode-static: no sources in $S/Makefile.am" >&2; exit 1; }
flags=$(DEB_BUILD_MAINT_OPTIONS=hardening=+all dpkg-buildflags --get CFLAGS 2>/dev/null || echo '-g -O2')
cppflags=$(DEB_BUILD_MAINT_OPTIONS=hardening=+all dpkg-buildflags --get CPPFLAGS 2>/dev/null || echo '')
for c in $srcs; do
	# shellcheck disable=SC2086
	$CC $cppflags $flags -w -DHAVE_CONFIG_H -pthread -I"$S" -c -o "$DIR/obj/${c%.c}.o" "$S/$c"
done
ar rcs "$DIR/lib/libqrencode.a" "$DIR"/obj/*.o
cp "$S/qrencode.h" "$DIR/include/"
echo "$STAMP" > "$DIR/stamp"
echo "qrencode-static: $DIR/lib/libqrencode.a ($(ls "$DIR"/obj/*.o | wc -l) objects)"
