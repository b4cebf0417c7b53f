#!/bin/sh
# SPDX-License-Identifier: ISC
# tools/windows-deps.sh [DIR] - the libraries naskah.exe links, built
# static for x86_64-w64-mingw32 (make windows; issue 18): zlib, libpng,
# libyaml, libhyphen, libqrencode, libmicrohttpd (naskah serve) and
# libharu, into DIR (default build/windows): DIR/lib/lib*.a,
# DIR/include/*.h, and their licences (each package's debian/copyright
# and the upstream licence files) in DIR/licences/.
# OpenSSL's libcrypto (naskah sign) is built last, cached on its own
# (DIR/openssl, its stamp the sums and its block of this script): three
# minutes on two busy cores (the others take one), not built again when
# another library changes (a change to it builds those again, though).
#
# The sources are Debian 12's source packages, the versions the Linux
# build's shared libraries come from, each file checked against the
# sha256 sum its .dsc gives (written below).  They are fetched from
# deb.debian.org's pools with curl or wget (or put them in DIR/dl
# beforehand: nothing is fetched that is there); not with apt-get
# source, which needs deb-src lines and fetches the newest version,
# whose files the mirror may not hold: zlib is bookworm's
# 1.2.13.dfsg-1 (the Linux build's 1.2.13.dfsg-1+deb12u1 changes only
# contrib/minizip, not built), libpng bookworm-security's
# 1.6.39-2+deb12u3 (the security fixes of the reader; the mirror here
# no longer serves the newer ones' files).
# Debian's patches (debian/patches/series) are applied.  Each library
# is compiled from the list of sources its own build files name, with
# the configuration headers its build would generate for Windows
# written here (no configure run: the flags are the same everywhere).
# The flags are fixed: -O2, no debug information (no build path in
# the archives), ar's deterministic mode.
#
# Cached: nothing is done when DIR/stamp holds these sums.  Needs curl
# or wget, xz, bzip2, gzip, patch, and x86_64-w64-mingw32-gcc (Debian:
# gcc-mingw-w64-x86-64).
set -eu
DIR=${1:-build/windows}
HOST=${HOST:-x86_64-w64-mingw32}
CC=${WIN_CC:-$HOST-gcc}
AR=${WIN_AR:-$HOST-ar}
CFLAGS="-O2 -w"
POOLS="http://deb.debian.org/debian/pool/main http://deb.debian.org/debian-security/pool/updates/main"
# package, path in the pool (bookworm's, else bookworm-security's), sha256
# (the orig tarball, then the debian tarball)
FILES="
zlib z/zlib/zlib_1.2.13.dfsg.orig.tar.bz2 71feb7947e3c00ef125f83b79a4e529bde31171e5babe48b391f06758d1ab0a1
zlib z/zlib/zlib_1.2.13.dfsg-1.debian.tar.xz f66cf3d4f2d7defcd4d1fd1fb0a11ee39f1e01b42ec7d059c9dc5c1695133c44
libpng1.6 libp/libpng1.6/libpng1.6_1.6.39.orig.tar.gz a00e9d2f2f664186e4202db9299397f851aea71b36a35e74910b8820e380d441
libpng1.6 libp/libpng1.6/libpng1.6_1.6.39-2%2Bdeb12u3.debian.tar.xz 92e2c156f9be57eab8bc6cbe8c07ad1fc8323e1945bfa284da8592d749faa962
libyaml liby/libyaml/libyaml_0.2.5.orig.tar.gz fa240dbf262be053f3898006d502d514936c818e422afdcf33921c63bed9bf2e
libyaml liby/libyaml/libyaml_0.2.5-1.debian.tar.xz 8730e0510129e516c3c7c1cda7428e02a0a122699e57ed203f835a338a686d1f
hyphen h/hyphen/hyphen_2.8.8.orig.tar.gz 304636d4eccd81a14b6914d07b84c79ebb815288c76fe027b9ebff6ff24d5705
hyphen h/hyphen/hyphen_2.8.8-7.debian.tar.xz 085a0168906304c9033154923e269ae70b64881dcbe6e52854afd4bd2be60aec
qrencode q/qrencode/qrencode_4.1.1.orig.tar.bz2 e455d9732f8041cf5b9c388e345a641fd15707860f928e94507b1961256a6923
qrencode q/qrencode/qrencode_4.1.1-1.debian.tar.xz 18d6cc8b6aa3261173938a618fef8f70598496c2f36dfa9c74b9677cfd8a09a4 optional
libmicrohttpd libm/libmicrohttpd/libmicrohttpd_0.9.75.orig.tar.xz 796e7e217a4802679fcac667a4e98501c53185dcf50ca0583870e84192620131
libmicrohttpd libm/libmicrohttpd/libmicrohttpd_0.9.75-6.debian.tar.xz 566c247bfbf67e20858705ae695f58db747d50ed8512f2bc46a28bef9086e5af
libharu libh/libharu/libharu_2.3.0%2Bdfsg.orig.tar.xz 87e8269d4b1b333a6e44168b4209bc6442ae3a11557cc8dc386fed65400bd34e
libharu libh/libharu/libharu_2.3.0%2Bdfsg-1.debian.tar.xz 671f52769ce1fa1d864894ed3401b661b7af88e9267df03ea1c0989182da7450 optional
"
# the files libharu (the fonts) and libhyphen (the .dic) open by name
# are UTF-8 too: their fopen is naskah_win_fopen (src/base/win32.c,
# which naskah.exe links), declared by this header, force-included
FOPEN_H='#include <stdio.h>
FILE *naskah_win_fopen(const char *path, const char *mode);
#define fopen(p, m) naskah_win_fopen(p, m)'
STAMP=$(echo "$HOST $CFLAGS $FILES $FOPEN_H" | sha256sum | cut -d ' ' -f 1)

# OpenSSL (naskah sign): its own cache, DIR/openssl/stamp (see the end)
OSSL_FILES="
openssl o/openssl/openssl_3.0.22.orig.tar.gz 67ebca7e50d17383028045486653492195b83db95f8558709701bb47b5c1ef81
openssl o/openssl/openssl_3.0.22-1~deb12u1.debian.tar.xz 08ee68527218d6d9a0fa4741ec8ffef47646cdcad0ed0822b84bf11677c66108
"
OSSL_STAMP=$(echo "$HOST $OSSL_FILES" | cat - "$0" | sed -n '1p;/^# --- OpenSSL/,$p' | sha256sum | cut -d ' ' -f 1)

if [ -f "$DIR/lib/libhpdf.a" ] && [ "$(cat "$DIR/stamp" 2>/dev/null)" = "$STAMP" ] &&
    [ -f "$DIR/lib/libcrypto.a" ] && [ "$(cat "$DIR/openssl/stamp" 2>/dev/null)" = "$OSSL_STAMP" ]; then
	exit 0
fi
command -v "$CC" > /dev/null 2>&1 ||
    { echo "windows-deps: $CC not found (Debian: apt-get install gcc-mingw-w64-x86-64)" >&2; exit 3; }
mkdir -p "$DIR/dl"

# get URL FILE: FILE, or nothing
get() {
	if command -v curl > /dev/null 2>&1; then
		curl -sfL --retry 2 -o "$2" "$1"
	else
		wget -q -O "$2" "$1"
	fi
}
# fetch PATH SHA256: DIR/dl/NAME from the first pool that has it, checked
fetch() {
	name=$(basename "$1" | sed 's/%2B/+/g')
	if [ ! -s "$DIR/dl/$name" ]; then
		for p in $POOLS; do
			get "$p/$1" "$DIR/dl/$name.tmp" && break
			rm -f "$DIR/dl/$name.tmp"
		done
		if [ ! -s "$DIR/dl/$name.tmp" ]; then
			echo "windows-deps: cannot fetch $1 from $POOLS" >&2
			[ "${3:-}" = optional ] && return 0
			exit 3
		fi
		mv "$DIR/dl/$name.tmp" "$DIR/dl/$name"
	fi
	got=$(sha256sum "$DIR/dl/$name" | cut -d ' ' -f 1)
	if [ "$got" != "$2" ]; then
		echo "windows-deps: $name has sha256 $got, not $2" >&2
		rm -f "$DIR/dl/$name"
		exit 3
	fi
}
# unpack PKG: its orig tarball into DIR/src/PKG, debian/ into it, the
# patches of debian/patches/series applied; prints the directory
unpack() {
	rm -rf "$DIR/src/$1"
	mkdir -p "$DIR/src/$1"
	for f in "$DIR"/dl/"$1"_*.orig.tar.*; do
		case $f in
		*.xz) xz -dc "$f" ;; *.bz2) bzip2 -dc "$f" ;; *) gzip -dc "$f" ;;
		esac | (cd "$DIR/src/$1" && tar xf -)
	done
	t=$(ls -d "$DIR/src/$1"/*/)
	t=${t%/}
	for f in "$DIR"/dl/"$1"_*.debian.tar.xz; do
		[ -f "$f" ] && xz -dc "$f" | (cd "$t" && tar xf -)
	done
	if [ -f "$t/debian/patches/series" ]; then
		for p in $(sed -e 's/#.*//' "$t/debian/patches/series"); do
			patch -s -p1 -d "$t" < "$t/debian/patches/$p"
		done
	fi
	echo "$t"
}
# build NAME SRCDIR FLAGS FILE...: DIR/lib/libNAME.a from SRCDIR/FILE...
build() {
	name=$1 src=$2 flags=$3
	shift 3
	rm -rf "$DIR/obj/$name"
	mkdir -p "$DIR/obj/$name"
	for c in "$@"; do
		# shellcheck disable=SC2086
		$CC $CFLAGS $flags -c -o "$DIR/obj/$name/$(basename "${c%.c}").o" "$src/$c"
	done
	rm -f "$DIR/lib/lib$name.a"
	(cd "$DIR/obj/$name" && LC_ALL=C ls *.o) |
	    sed "s|^|$DIR/obj/$name/|" | xargs "$AR" rcsD "$DIR/lib/lib$name.a"
	echo "windows-deps: lib$name.a ($# objects)"
}
# licence PKG SRCDIR FILE...: DIR/licences/PKG/
licence() {
	pkg=$1 src=$2
	shift 2
	mkdir -p "$DIR/licences/$pkg"
	[ ! -f "$src/debian/copyright" ] ||
	    cp "$src/debian/copyright" "$DIR/licences/$pkg/copyright"
	for f in "$@"; do
		[ -f "$src/$f" ] && cp "$src/$f" "$DIR/licences/$pkg/"
	done
	return 0
}

echo "$FILES" | while read -r pkg url sha opt; do
	[ -z "$pkg" ] || fetch "$url" "$sha" "$opt"
done
rm -rf "$DIR/src" "$DIR/obj" "$DIR/lib" "$DIR/include" "$DIR/licences" "$DIR/stamp"
mkdir -p "$DIR/lib" "$DIR/include" "$DIR/licences" "$DIR/src"
I=$(cd "$DIR" && pwd)/include
echo "$FOPEN_H" > "$DIR/src/naskah-fopen.h"
W=$(cd "$DIR" && pwd)/src/naskah-fopen.h

# zlib: the sources of its Makefile.in's OBJZ and OBJG
t=$(unpack zlib)
build z "$t" "-I$t" adler32.c crc32.c deflate.c infback.c inffast.c inflate.c \
    inftrees.c trees.c zutil.c compress.c uncompr.c gzclose.c gzlib.c gzread.c gzwrite.c
cp "$t/zlib.h" "$t/zconf.h" "$I/"
licence zlib "$t" LICENSE README

# libpng: its CMakeLists.txt's libpng_sources, the prebuilt
# pnglibconf.h (what its configure makes with the default options)
t=$(unpack libpng1.6)
cp "$t/scripts/pnglibconf.h.prebuilt" "$t/pnglibconf.h"
build png16 "$t" "-I$t -I$I" png.c pngerror.c pngget.c pngmem.c pngpread.c \
    pngread.c pngrio.c pngrtran.c pngrutil.c pngset.c pngtrans.c pngwio.c \
    pngwrite.c pngwtran.c pngwutil.c
cp "$t/png.h" "$t/pngconf.h" "$t/pnglibconf.h" "$I/"
cp "$I/png.h" "$I/png16.h" 2>/dev/null || true
licence libpng "$t" LICENSE

# libyaml: src/*.c, the version its configure.ac sets, static
t=$(unpack libyaml)
build yaml "$t/src" "-I$t/include -DYAML_DECLARE_STATIC -DYAML_VERSION_MAJOR=0 \
    -DYAML_VERSION_MINOR=2 -DYAML_VERSION_PATCH=5 -DYAML_VERSION_STRING=\"0.2.5\"" \
    api.c dumper.c emitter.c loader.c parser.c reader.c scanner.c writer.c
cp "$t/include/yaml.h" "$I/"
licence libyaml "$t" License

# hyphen: libhyphen.la's sources in its Makefile.am
t=$(unpack hyphen)
build hyphen "$t" "-I$t -include $W" hyphen.c hnjalloc.c
cp "$t/hyphen.h" "$I/"
licence hyphen "$t" COPYING COPYING.LGPL COPYING.MPL

# libqrencode (the TTE block's QR code, issue 17, on the main line):
# libqrencode.la's sources in its Makefile.am, the definitions its
# configure writes to config.h (a release build: no thread lock); its
# debian tarball, which the mirror here does not serve, is optional
# (its patches, if any, are then not applied: the upstream COPYING
# is its licence)
t=$(unpack qrencode)
build qrencode "$t" "-I$t -DSTATIC_IN_RELEASE=static -DMAJOR_VERSION=4 \
    -DMINOR_VERSION=1 -DMICRO_VERSION=1 -DVERSION=\"4.1.1\"" \
    qrencode.c qrinput.c bitstream.c qrspec.c rsecc.c split.c mask.c mqrspec.c mmask.c
cp "$t/qrencode.h" "$I/"
licence qrencode "$t" COPYING

# libmicrohttpd (naskah serve): its own configure, for this host (its
# configuration header has some 700 lines of what the host has: not
# written by hand here), the library alone, without TLS (serve speaks
# plain HTTP on loopback or behind a token), digest authentication,
# the POST processor and upgrades, none of which serve uses; its own
# W32 threads.  Licence: LGPL-2.1+ or the eCos licence, its choice
# given to us: naskah.exe takes it under the eCos licence (GPL with
# the exception for linking), and its sources are here to relink.
t=$(unpack libmicrohttpd)
(cd "$t" && CFLAGS="$CFLAGS" ./configure --host="$HOST" CC="$CC" AR="$AR" \
    --disable-shared --enable-static --disable-https --without-gnutls \
    --disable-doc --disable-examples --disable-curl --disable-nls \
    --disable-dauth --disable-postprocessor --disable-httpupgrade \
    > ../configure.log 2>&1 && make -C src/microhttpd > ../make.log 2>&1) ||
    { echo "windows-deps: libmicrohttpd did not build: $t/../configure.log, make.log" >&2; exit 3; }
cp "$t/src/microhttpd/.libs/libmicrohttpd.a" "$DIR/lib/"
cp "$t/src/include/microhttpd.h" "$I/"
echo "windows-deps: libmicrohttpd.a"
licence libmicrohttpd "$t" COPYING

# libharu: as tools/libharu-static.sh, with the configuration header
# its configure writes for this host (png and zlib present); without
# its debian tarball (which the mirror here does not serve), Debian's
# one patch that changes what is compiled, fix-version.diff, is made
# here, and its debian/copyright is this script's copy below
t=$(unpack libharu)
if [ ! -d "$t/debian" ]; then
	echo "windows-deps: libharu's debian tarball missing: fix-version.diff made here" >&2
	sed -e 's/^#define HPDF_EXTRA_VERSION "RC2"$/#define HPDF_EXTRA_VERSION ""/' \
	    -e 's/^#define HPDF_VERSION_TEXT "2.3.0RC2"$/#define HPDF_VERSION_TEXT "2.3.0"/' \
	    "$t/include/hpdf_version.h" > "$t/include/hpdf_version.h.tmp"
	mv "$t/include/hpdf_version.h.tmp" "$t/include/hpdf_version.h"
	grep -q '"2.3.0"' "$t/include/hpdf_version.h"
	mkdir -p "$t/debian"
	cat > "$t/debian/copyright" <<'EOF'
libharu (Haru Free PDF Library) 2.3.0, https://github.com/libharu/libharu
Copyright (C) 1999-2006 Takeshi Kanno
Copyright (C) 2007-2009 Antony Dovgal
Licence: the zlib/libpng licence (README of the source):
 This software is provided 'as-is', without any express or implied
 warranty. In no event will the authors be held liable for any damages
 arising from the use of this software.
 Permission is granted to anyone to use this software for any purpose,
 including commercial applications, and to alter it and redistribute it
 freely, subject to the following restrictions:
 1. The origin of this software must not be misrepresented; you must not
    claim that you wrote the original software. If you use this software
    in a product, an acknowledgment in the product documentation would be
    appreciated but is not required.
 2. Altered source versions must be plainly marked as such, and must not be
    misrepresented as being the original software.
 3. This notice may not be removed or altered from any source distribution.
EOF
fi
cat > "$t/include/hpdf_config.h" <<'EOF'
#ifndef _INCLUDE_HPDF_CONFIG_H
#define _INCLUDE_HPDF_CONFIG_H 1
/* written by naskah's tools/windows-deps.sh */
#define LIBHPDF_HAVE_LIBPNG 1
#define LIBHPDF_HAVE_LIBZ 1
#define LIBHPDF_HAVE_STDLIB_H 1
#define LIBHPDF_HAVE_STRING_H 1
#define LIBHPDF_HAVE_STDINT_H 1
#define LIBHPDF_PACKAGE_NAME "libhpdf"
#define LIBHPDF_PACKAGE_VERSION "2.3.0"
#endif
EOF
srcs=$(sed -n '/^libhpdf_la_SOURCES/,/[^\\]$/p' "$t/src/Makefile.am" |
    sed -e 's/^libhpdf_la_SOURCES *=//' -e 's/\\//g' | tr ' \t' '\n\n' | grep '\.c$')
# shellcheck disable=SC2086
build hpdf "$t/src" "-I$t/include -I$I -include $W" $srcs
cp "$t"/include/*.h "$I/"
licence libharu "$t" README LICENCE LICENSE COPYING

echo "$STAMP" > "$DIR/stamp"

# --- OpenSSL: libcrypto.a for naskah sign (src/sign/cms.c) -----------
# Debian 12's openssl (bookworm-security), its patches applied (all of
# them apply; none changes what libcrypto compiles to on this target),
# configured by its own Configure for mingw64 and built by its own
# Makefile: libcrypto only, C only (no-asm), static, without modules
# (the legacy provider, RC2 and the old PBE of PKCS#12 files, built in),
# and without what a CMS signature made with a PKCS#12 key does not
# use, and reading no configuration file (no-autoload-config: its
# OPENSSLDIR would be a folder on the current drive that any user may
# make).  Kept: PBKDF2, PKCS#12's PBE, AES, 3DES, RC2, SHA-1/2, HMAC, RSA,
# EC (prime curves), the error strings (its messages are the Linux
# build's).  Built in DIR/src/openssl (relative file names, so no build
# path in the objects), SOURCE_DATE_EPOCH fixing the date OpenSSL
# records, the archive deterministic (ar D); installed into
# DIR/openssl and copied from there into DIR/lib, DIR/include and
# DIR/licences/openssl on every run.  Needs perl.  (Configure 3.0 has
# no no-apps or no-docs: only libcrypto.a's targets are made.)
OSSL_CONFIG="mingw64 no-shared no-module no-autoload-config no-tests no-asm no-dso no-engine
no-sock no-async no-ssl no-tls no-dtls no-psk no-nextprotoneg no-srtp no-srp
no-comp no-cmp no-ct no-ocsp no-ts no-dh no-dsa no-ec2m no-sm2 no-gost
no-aria no-bf no-blake2 no-camellia no-cast no-chacha no-poly1305 no-cmac
no-idea no-md4 no-mdc2 no-ocb no-rc4 no-rmd160 no-scrypt no-seed no-siphash
no-siv no-sm3 no-sm4 no-whirlpool"
if [ ! -f "$DIR/openssl/lib/libcrypto.a" ] ||
    [ "$(cat "$DIR/openssl/stamp" 2>/dev/null)" != "$OSSL_STAMP" ]; then
	command -v perl > /dev/null 2>&1 ||
	    { echo "windows-deps: perl not found (OpenSSL's Configure needs it)" >&2; exit 3; }
	echo "$OSSL_FILES" | while read -r pkg url sha; do
		[ -z "$pkg" ] || fetch "$url" "$sha"
	done
	rm -rf "$DIR/openssl"
	t=$(unpack openssl)
	began=$(date +%s)
	# shellcheck disable=SC2086
	(cd "$t" && SOURCE_DATE_EPOCH=$(date -d "$(sed -n '/^ -- /{s/^.*>  //p;q}' \
	    debian/changelog)" +%s) && export SOURCE_DATE_EPOCH &&
	    perl Configure $OSSL_CONFIG --cross-compile-prefix="$HOST-" \
	    CC=gcc AR=ar RANLIB=ranlib CFLAGS="-O2 -w" ARFLAGS=qcD > configure.log 2>&1 &&
	    nice make -j2 build_generated > make.log 2>&1 &&
	    nice make -j2 libcrypto.a >> make.log 2>&1) ||
	    { echo "windows-deps: OpenSSL's build failed: see $t/configure.log, make.log" >&2; exit 3; }
	mkdir -p "$DIR/openssl/lib" "$DIR/openssl/include/openssl" "$DIR/openssl/licences"
	cp "$t/libcrypto.a" "$DIR/openssl/lib/"
	"$HOST-ranlib" -D "$DIR/openssl/lib/libcrypto.a"
	cp "$t"/include/openssl/*.h "$DIR/openssl/include/openssl/"
	cp "$t/LICENSE.txt" "$t/debian/copyright" "$DIR/openssl/licences/"
	rm -rf "$t"
	echo "windows-deps: libcrypto.a (OpenSSL, $(( $(date +%s) - began )) s)"
	echo "$OSSL_STAMP" > "$DIR/openssl/stamp"
fi
mkdir -p "$DIR/lib" "$DIR/include" "$DIR/licences/openssl"
cp "$DIR/openssl/lib/libcrypto.a" "$DIR/lib/"
cp -R "$DIR/openssl/include/openssl" "$DIR/include/"
cp "$DIR/openssl/licences/"* "$DIR/licences/openssl/"
