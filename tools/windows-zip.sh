#!/bin/sh
# SPDX-License-Identifier: ISC
# tools/windows-zip.sh VERSION EXE DEPS - naskah-VERSION-windows-x86_64.zip
# (make windows-zip, issue 18): one folder of that name holding EXE as
# naskah.exe, the data it reads beside itself (templates/, fonts/,
# hyphen/ with the compiled patterns), the example documents, the
# licences (naskah's, the fonts', the patterns', those
# tools/windows-deps.sh collected in DEPS/licences, and the mingw-w64
# runtime's and libgcc's from Debian's packages), and
# tools/windows/'s README-windows.txt and .bat files with Windows line
# ends.  The same inputs give the same bytes: the names sorted, every
# time the commit's (or SOURCE_DATE_EPOCH, or 2024-01-01), zip -X.
set -eu
VERSION=$1
EXE=$2
DEPS=$3
NAME=naskah-$VERSION-windows-x86_64
ZIP=$(pwd)/$NAME.zip
STAGE=build/windows/zip
command -v zip > /dev/null 2>&1 ||
    { echo "windows-zip: zip is missing (Debian: apt-get install zip)" >&2; exit 3; }
EPOCH=${SOURCE_DATE_EPOCH:-$(git log -1 --format=%ct 2>/dev/null || echo 1704067200)}

rm -rf "$STAGE"
D=$STAGE/$NAME
mkdir -p "$D/templates/awal" "$D/fonts" "$D/hyphen" "$D/color" "$D/examples" "$D/licences"
cp "$EXE" "$D/naskah.exe"
cp templates/*.yaml "$D/templates/"
cp templates/awal/*.yaml "$D/templates/awal/"
cp fonts/*.ttf fonts/LICENSE-*.txt fonts/README.md "$D/fonts/"
cp hyphen/hyph_id_ID.dic hyphen/hyph_id_ID.hyb hyphen/LICENSE-*.txt hyphen/README.md "$D/hyphen/"
cp color/sRGB.icc color/LICENSE-Zlib.txt color/README.md "$D/color/"	# issue 17: arsip
cp examples/*.yaml examples/lambang-*.png examples/naskah.schema.json "$D/examples/"
cp LICENSE "$D/licences/naskah-LICENSE.txt"
cp -R "$DEPS/licences/." "$D/licences/"
# the runtime linked into the exe: mingw-w64's C runtime start-up and
# GCC's libgcc (its runtime library exception), as Debian ships them
for p in mingw-w64-x86-64-dev gcc-mingw-w64-base; do
	if [ -f "/usr/share/doc/$p/copyright" ]; then
		mkdir -p "$D/licences/$p"
		cp "/usr/share/doc/$p/copyright" "$D/licences/$p/copyright"
	else
		echo "windows-zip: /usr/share/doc/$p/copyright missing: its licence is not in the zip" >&2
	fi
done
for f in README-windows.txt naskah-serve.bat naskah-render.bat; do
	sed -e "s/@VERSION@/$VERSION/" -e 's/$/\r/' "tools/windows/$f" > "$D/$f"
done
# fixed times and modes, then the names in one order
find "$STAGE" -exec touch -h -d "@$EPOCH" {} +
find "$STAGE" -type d -exec chmod 755 {} +
find "$STAGE" -type f -exec chmod 644 {} +
chmod 755 "$D/naskah.exe"
rm -f "$ZIP"
(cd "$STAGE" && find "$NAME" | LC_ALL=C sort |
    TZ=UTC zip -X -q -D -@ "$ZIP")
echo "windows-zip: $NAME.zip ($(find "$D" -type f | wc -l) files, $(wc -c < "$ZIP") bytes)"
