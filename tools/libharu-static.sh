#!/bin/sh
# SPDX-License-Identifier: ISC
# tools/libharu-static.sh [DIR] - libhpdf.a for make static: Debian 12
# ships libharu 2.3.0 as a shared library only (libhpdf-dev has no .a),
# so this builds the same source Debian builds, into DIR (default
# build/libharu): DIR/lib/libhpdf.a and DIR/include/*.h.
#
# The source is Debian's source package libharu 2.3.0+dfsg-1 (the one
# bookworm's libhpdf-2.3.0 2.3.0+dfsg-1+b1 is built from), fetched from
# deb.debian.org's pool and checked against the sha256 sums of its .dsc
# written below.  Debian's patches (debian/patches/series) are applied
# from its debian.tar.xz.  When that file cannot be fetched (a mirror
# that serves only the orig tarball), Debian's one patch that changes
# what is compiled, fix-version.diff (the version text "2.3.0RC2" made
# "2.3.0"), is made by this script instead, and it says so; the other,
# fix-rebuild.diff, adds the configure-made include/hpdf_config.h,
# which this script writes itself (the same definitions: png and zlib
# present, no debug).  The C flags are Debian's (dpkg-buildflags with
# hardening=+all, as debian/rules sets), so the code is the code
# Debian's shared library runs: tests/static.sh checks that the static
# naskah writes the same bytes as the dynamic one.
#
# Cached: nothing is fetched or compiled when DIR/lib/libhpdf.a is
# there and was made from these sums (DIR/stamp).  Needs curl or wget,
# xz, patch, cc, ar; the network only the first time (or put the three
# files in DIR/dl beforehand).
set -eu
DIR=${1:-build/libharu}
CC=${CC:-cc}
POOL=http://deb.debian.org/debian/pool/main/libh/libharu
DSC=libharu_2.3.0+dfsg-1.dsc
ORIG=libharu_2.3.0+dfsg.orig.tar.xz
DEB=libharu_2.3.0+dfsg-1.debian.tar.xz
ORIG_SHA=87e8269d4b1b333a6e44168b4209bc6442ae3a11557cc8dc386fed65400bd34e
DEB_SHA=671f52769ce1fa1d864894ed3401b661b7af88e9267df03ea1c0989182da7450
STAMP="libharu 2.3.0+dfsg-1 $ORIG_SHA $DEB_SHA"

if [ -f "$DIR/lib/libhpdf.a" ] && [ "$(cat "$DIR/stamp" 2>/dev/null)" = "$STAMP" ]; then
	exit 0
fi
mkdir -p "$DIR/dl"

# get FILE: from DIR/dl, else from the pool ('+' sent as %2B)
get() {
	[ -s "$DIR/dl/$1" ] && return 0
	url="$POOL/$(echo "$1" | sed 's/+/%2B/g')"
	if command -v curl > /dev/null 2>&1; then
		curl -sSfL --retry 2 -o "$DIR/dl/$1.tmp" "$url" || return 1
	else
		wget -q -O "$DIR/dl/$1.tmp" "$url" || return 1
	fi
	mv "$DIR/dl/$1.tmp" "$DIR/dl/$1"
}
# sum FILE SHA256: the file is what Debian's .dsc names, or it is removed
sum() {
	got=$(sha256sum "$DIR/dl/$1" | cut -d ' ' -f 1)
	[ "$got" = "$2" ] && return 0
	echo "libharu-static: $1 has sha256 $got, not $2 as in $DSC" >&2
	rm -f "$DIR/dl/$1"
	return 1
}

get "$ORIG" || { echo "libharu-static: cannot fetch $POOL/$ORIG" >&2; exit 1; }
sum "$ORIG" "$ORIG_SHA"
rm -rf "$DIR/src" "$DIR/lib" "$DIR/include" "$DIR/obj" "$DIR/stamp"
mkdir -p "$DIR/src" "$DIR/lib" "$DIR/include" "$DIR/obj"
xz -dc "$DIR/dl/$ORIG" | (cd "$DIR/src" && tar xf -)
S=$(ls -d "$DIR"/src/libharu-*)

if get "$DEB" && sum "$DEB" "$DEB_SHA"; then
	xz -dc "$DIR/dl/$DEB" | (cd "$S" && tar xf -)
	for p in $(sed -e 's/#.*//' "$S/debian/patches/series"); do
		patch -s -p1 -d "$S" < "$S/debian/patches/$p"
	done
	echo "libharu-static: Debian's patches applied: $(sed -e 's/#.*//' "$S/debian/patches/series" | tr '\n' ' ')"
else
	echo "libharu-static: $DEB cannot be fetched; making fix-version.diff's change (version text 2.3.0) here" >&2
	sed -e 's/^#define HPDF_EXTRA_VERSION "RC2"$/#define HPDF_EXTRA_VERSION ""/' \
	    -e 's/^#define HPDF_VERSION_TEXT "2.3.0RC2"$/#define HPDF_VERSION_TEXT "2.3.0"/' \
	    "$S/include/hpdf_version.h" > "$S/include/hpdf_version.h.tmp"
	mv "$S/include/hpdf_version.h.tmp" "$S/include/hpdf_version.h"
	grep -q '"2.3.0"' "$S/include/hpdf_version.h"
fi
if [ ! -f "$S/include/hpdf_config.h" ]; then
	cat > "$S/include/hpdf_config.h" <<'EOF'
#ifndef _INCLUDE_HPDF_CONFIG_H
#define _INCLUDE_HPDF_CONFIG_H 1
/* written by naskah's tools/libharu-static.sh: what configure finds on
 * Debian 12 (libpng and zlib present, no debug build) */
#define LIBHPDF_HAVE_LIBPNG 1
#define LIBHPDF_HAVE_LIBZ 1
#define LIBHPDF_HAVE_STDLIB_H 1
#define LIBHPDF_HAVE_STRING_H 1
#define LIBHPDF_HAVE_STDINT_H 1
#define LIBHPDF_HAVE_UNISTD_H 1
#define LIBHPDF_PACKAGE_NAME "libhpdf"
#define LIBHPDF_PACKAGE_VERSION "2.3.0"
#endif
EOF
fi

# the sources of libhpdf.la, as src/Makefile.am lists them
srcs=$(sed -n '/^libhpdf_la_SOURCES/,/[^\\]$/p' "$S/src/Makefile.am" |
    sed -e 's/^libhpdf_la_SOURCES *=//' -e 's/\\//g' | tr ' \t' '\n\n' | grep '\.c$')
[ -n "$srcs" ] || { echo "libharu-static: no sources in $S/src/Makefile.am" >&2; exit 1; }
flags=$(DEB_BUILD_MAINT_OPTIONS=hardening=+all dpkg-buildflags --get CFLAGS 2>/dev/null || echo '-g -O2')
cppflags=$(DEB_BUILD_MAINT_OPTIONS=hardening=+all dpkg-buildflags --get CPPFLAGS 2>/dev/null || echo '')
for c in $srcs; do
	# shellcheck disable=SC2086
	$CC $cppflags $flags -w -I"$S/include" -c -o "$DIR/obj/${c%.c}.o" "$S/src/$c"
done
ar rcs "$DIR/lib/libhpdf.a" "$DIR"/obj/*.o
cp "$S"/include/*.h "$DIR/include/"
echo "$STAMP" > "$DIR/stamp"
echo "libharu-static: $DIR/lib/libhpdf.a ($(ls "$DIR"/obj/*.o | wc -l) objects)"
