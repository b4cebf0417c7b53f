#!/bin/sh
# SPDX-License-Identifier: ISC
# tests/release.sh BIN OUTDIR [DIST] - the releases of issue 18.
#
# Always (make check runs it without DIST):
#  1. the version has one place, VERSION: naskah --version, the manuals'
#     headers and naskah.pc say it; --version names the git commit when
#     built from git;
#  2. make dist (tools/dist.sh) made twice gives the same bytes; every
#     entry has the commit's time, owner 0, under naskah-VERSION/.
# With DIST (make release: the directory holding the tarball and the .deb):
#  3. the .deb: its version, Depends, the files it must hold, manuals
#     gzipped, the binary stripped; lintian reports no error (skipped
#     without lintian); built again from the same tarball, the same bytes;
#  4. the tarball builds on its own (no git) and its naskah renders the
#     example to the same bytes as BIN;
#  5. installed in a fresh Debian 12 root (tests/deb-root.sh, with
#     debootstrap and the network; else skipped, saying why), it renders
#     the example it ships;
#  6. the Windows zip (skipped, saying why, without mingw-w64 or zip):
#     naskah-VERSION-windows-x86_64.zip holds the exe, its data, the
#     examples, the licences of what it links, README-windows.txt and
#     the .bat files; made again, the same bytes; unpacked, its exe
#     renders its example under wine to BIN's bytes (without wine64,
#     skipped).
# Prints "release: N passed, N failed" last.
BIN=$1
mkdir -p "$2"
OUT=$(cd "$2" && pwd)/release
DIST=$3
pass=0
fail=0
t() {	# t NAME STATUS
	if [ "$2" = 0 ]; then pass=$((pass + 1)); echo "ok: $1"
	else fail=$((fail + 1)); echo "FAIL: $1"; fi
}
rm -rf "$OUT"
mkdir -p "$OUT"
v=$(cat VERSION)

# --- 1. one version ----------------------------------------------------
echo "$v" | grep -Eq '^[0-9]+\.[0-9]+\.[0-9]+$'
t "VERSION is one version number ($v)" $?
$BIN --version > "$OUT/version" 2>&1
grep -Eq "^naskah $v( \(git [0-9a-f]{12}(-dirty)?\))?\$" "$OUT/version"
t "naskah --version: $(cat "$OUT/version")" $?
if git rev-parse --git-dir > /dev/null 2>&1 && [ -f build/commit.c ]; then
	c=$(git rev-parse --short=12 HEAD)
	grep -q "(git $c" "$OUT/version"
	t "built from git: --version names the commit $c" $?
else
	echo "skipped: the commit in --version, because this is no git checkout"
fi
# man(7) pages name it in .TH; mdoc(7) pages in .Os, or leave it to
# the system (a generated one, naskah-aturan.7)
bad=
for m in man/*.[1-8]; do
	if grep -q '^\.TH ' "$m"; then
		grep -q "^\.TH .*\"naskah $v\"" "$m" || bad="$bad $m"
	else
		grep -Eq "^\.Os( naskah $v)?\$" "$m" || bad="$bad $m"
	fi
done
[ -z "$bad" ]
t "every manual's header says naskah $v or nothing${bad:+ (not:$bad)}" $?
grep -q "^Version: @VERSION@" naskah.pc.in
t "naskah.pc takes make's VERSION" $?

# --- 2. make dist, reproducible -----------------------------------------
# (only at the top of a checkout: make asan's copy lies inside one, and
# git there would archive the copy's untracked folder)
top=$(git rev-parse --show-toplevel 2> /dev/null)
if [ -n "$top" ] && [ "$(cd "$top" && pwd -P)" != "$(pwd -P)" ]; then
	echo "skipped: make dist, because this tree is a copy inside a checkout (make asan), not the checkout"
elif [ -n "$top" ]; then
	sh tools/dist.sh "$OUT/a" > /dev/null 2> "$OUT/dist.err" &&
	    sh tools/dist.sh "$OUT/b" > /dev/null 2>> "$OUT/dist.err"
	t "tools/dist.sh twice" $?
	cmp -s "$OUT/a/naskah-$v.tar.gz" "$OUT/b/naskah-$v.tar.gz"
	t "the same tarball twice, byte for byte ($(sha256sum < "$OUT/a/naskah-$v.tar.gz" | cut -c1-16))" $?
	ct=$(git log -1 --format=%ct)
	tar -tvzf "$OUT/a/naskah-$v.tar.gz" --full-time > "$OUT/list" 2>&1
	awk -v p="naskah-$v/" '{ if (index($6, p) != 1 || $2 != "root/root") exit 1 }' "$OUT/list"
	t "every entry under naskah-$v/, owner root/root" $?
	[ "$(awk '{ print $4 " " $5 }' "$OUT/list" | sort -u | wc -l)" = 1 ] &&
	    [ "$(date -u -d "$(awk 'NR == 1 { print $4 " " $5 }' "$OUT/list") UTC" +%s)" = "$ct" ]
	t "every entry has the commit's time ($ct)" $?
	n=$(git ls-files | wc -l)
	[ "$(grep -vc '/$' "$OUT/list")" = "$n" ]
	t "the tracked files, all $n of them" $?
else
	echo "skipped: make dist, because this is no git checkout"
fi

# --- 3-5. the release made: the .deb and the tarball ---------------------
if [ -z "$DIST" ]; then
	echo "release: $pass passed, $fail failed"
	[ $fail = 0 ]
	exit
fi
tarball=$DIST/naskah-$v.tar.gz
deb=$(ls "$DIST"/naskah_"$v"-1_*.deb 2> /dev/null | head -n 1)
[ -f "$tarball" ] && [ -f "$deb" ]
t "make release made $tarball and ${deb:-no .deb}" $?
dpkg-deb -f "$deb" Version Depends > "$OUT/deb.fields" 2>&1
grep -q "^Version: $v-1\$" "$OUT/deb.fields" && grep -q '^Depends: .*libc6' "$OUT/deb.fields"
t "the .deb: Version $v-1, Depends $(sed -n 's/^Depends: //p' "$OUT/deb.fields")" $?
dpkg-deb -c "$deb" | awk '{ print $6 }' > "$OUT/deb.files"
miss=
for f in ./usr/bin/naskah ./usr/include/naskah.h ./usr/share/naskah/fonts/bonum-regular.ttf \
    ./usr/share/naskah/templates/keputusan.yaml ./usr/share/naskah/hyphen/hyph_id_ID.dic \
    ./usr/share/man/man1/naskah.1.gz ./usr/share/man/man3/naskah.3.gz \
    ./usr/share/man/man5/naskah.5.gz ./usr/share/doc/naskah/copyright \
    ./usr/share/doc/naskah/examples/pasar-manna-2024.yaml; do
	grep -qx "$f" "$OUT/deb.files" || miss="$miss $f"
done
grep -q '/libnaskah\.so\.[0-9.]*$' "$OUT/deb.files" &&
    grep -q '/pkgconfig/naskah\.pc$' "$OUT/deb.files" || miss="$miss libnaskah.so/naskah.pc"
[ -z "$miss" ]
t "the .deb holds the program, library, header, data, manuals, copyright${miss:+ (missing:$miss)}" $?
if command -v lintian > /dev/null 2>&1; then
	lintian --no-tag-display-limit "$deb" > "$OUT/lintian.txt" 2>&1
	! grep -q '^E: ' "$OUT/lintian.txt"
	t "lintian: no error ($(grep -c '^E: ' "$OUT/lintian.txt") errors, $(grep -c '^W: ' "$OUT/lintian.txt") warnings)" $?
	grep '^[EW]: ' "$OUT/lintian.txt"
else
	echo "skipped: lintian on the .deb, because lintian is not installed"
fi
sh tools/deb.sh "$tarball" "$OUT/deb2" > "$OUT/deb2.log" 2>&1 &&
    cmp -s "$deb" "$OUT/deb2/$(basename "$deb")"
t "the .deb built again from the tarball: the same bytes" $?
# the tarball builds without git (outside this checkout), and renders
# as BIN does
src=$(mktemp -d "${TMPDIR:-/tmp}/naskah-release.XXXXXX")
tar -xzf "$tarball" -C "$src"
(cd "$src/naskah-$v" && nice make -j2 naskah > ../make.log 2>&1)
t "the tarball builds on its own (make naskah)" $?
(cd "$src/naskah-$v" && ./naskah --version) > "$OUT/src-version" 2>&1
[ "$(cat "$OUT/src-version")" = "naskah $v" ]
t "built from the tarball: --version says naskah $v, no commit" $?
(cd "$src/naskah-$v" && ./naskah render --tanpa-tinjau examples/pasar-manna-2024.yaml \
    -o "$OUT/from-tarball.pdf") 2> /dev/null &&
    $BIN render --tanpa-tinjau examples/pasar-manna-2024.yaml -o "$OUT/from-bin.pdf" 2> /dev/null &&
    cmp -s "$OUT/from-tarball.pdf" "$OUT/from-bin.pdf"
t "the tarball's naskah renders the example to BIN's bytes" $?
rm -rf "$src"
sh tests/deb-root.sh "$deb" "$OUT/root" > "$OUT/root.log" 2>&1
rc=$?
grep '^skipped: ' "$OUT/root.log"
if ! grep -q '^skipped: ' "$OUT/root.log"; then
	t "installed in a fresh Debian 12 root, it renders its example ($(tail -n 1 "$OUT/root.log"))" $rc
fi

# --- 6. the Windows zip --------------------------------------------------
zname=naskah-$v-windows-x86_64
zip=$DIST/$zname.zip
if ! command -v x86_64-w64-mingw32-gcc > /dev/null 2>&1 || ! command -v zip > /dev/null 2>&1 ||
    ! command -v unzip > /dev/null 2>&1; then
	echo "skipped: the Windows zip, because mingw-w64, zip or unzip is missing (Debian: gcc-mingw-w64-x86-64 zip unzip)"
else
	[ -f "$zip" ]
	t "make release made $zip" $?
	unzip -Z1 "$zip" > "$OUT/zip.files" 2> /dev/null
	miss=
	for f in naskah.exe README-windows.txt naskah-serve.bat naskah-render.bat \
	    templates/keputusan.yaml templates/awal/keputusan.yaml fonts/bonum-regular.ttf \
	    hyphen/hyph_id_ID.dic color/sRGB.icc examples/pasar-manna-2024.yaml \
	    licences/naskah-LICENSE.txt licences/libharu/copyright licences/libmicrohttpd/COPYING \
	    licences/openssl/LICENSE.txt licences/mingw-w64-x86-64-dev/copyright; do
		grep -qx "$zname/$f" "$OUT/zip.files" || miss="$miss $f"
	done
	[ -z "$miss" ]
	t "the zip holds the exe, its data, the examples, the licences, the .bat files${miss:+ (missing:$miss)}" $?
	rm -f "$zname.zip"
	sh tools/windows-zip.sh "$v" naskah.exe build/windows > "$OUT/zip2.log" 2>&1 &&
	    cmp -s "$zip" "$zname.zip"
	t "the zip made again: the same bytes" $?
	rm -f "$zname.zip"
	W=
	for w in wine64 /usr/lib/wine/wine64 wine; do
		command -v "$w" > /dev/null 2>&1 && { W=$w; break; }
	done
	if [ -z "$W" ]; then
		echo "skipped: the zip's exe under wine, because wine64 is missing (Debian: wine64)"
	else
		u=$(mktemp -d "${TMPDIR:-/tmp}/naskah-zip.XXXXXX")
		unzip -q "$zip" -d "$u"
		WINEDEBUG=-all WINEPREFIX=${WINEPREFIX:-$(pwd)/build/windows/wine}
		export WINEDEBUG WINEPREFIX
		mkdir -p "$WINEPREFIX"
		(cd "$u/$zname" && "$W" naskah.exe render --tanpa-tinjau examples/pasar-manna-2024.yaml \
		    -o "$OUT/from-zip.pdf") > "$OUT/zip-wine.log" 2>&1 &&
		    cmp -s "$OUT/from-zip.pdf" "$OUT/from-bin.pdf"
		t "the zip unpacked: its naskah.exe renders its example under wine to BIN's bytes" $?
		rm -rf "$u"
	fi
fi
echo "release: $pass passed, $fail failed"
[ $fail = 0 ]
