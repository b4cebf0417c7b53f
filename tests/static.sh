#!/bin/sh
# SPDX-License-Identifier: ISC
# tests/static.sh BIN OUTDIR [STATIC] - the static command line (make
# static: STATIC, default ./naskah-static, its libharu built from
# Debian's source by tools/libharu-static.sh) writes what the dynamic
# BIN writes, byte for byte: the PDF, the messages and the exit status
# of every document of tests/inputs.sh, and naskah diff --pdf of the
# revision example.  Prints "static: N passed, N failed".
BIN=$1
OUT=$2/static
ST=${3:-./naskah-static}
rm -rf "$OUT"
mkdir -p "$OUT/dyn" "$OUT/st"
pass=0
fail=0
for y in $(sh tests/inputs.sh); do
	b=$(echo "$y" | tr / _)
	for w in dyn st; do
		if [ $w = dyn ]; then x=$BIN; else x=$ST; fi
		"$x" render --lang=en "$y" -o "$OUT/$w/$b.pdf" > /dev/null 2> "$OUT/$w/$b.err"
		echo "rc=$?" >> "$OUT/$w/$b.err"
	done
done
for w in dyn st; do
	if [ $w = dyn ]; then x=$BIN; else x=$ST; fi
	"$x" diff --lang=en --pdf "$OUT/$w/diff.pdf" examples/pasar-manna-2024.yaml \
	    examples/pasar-manna-2024-perubahan.yaml > "$OUT/$w/diff.err" 2>&1
	echo "rc=$?" >> "$OUT/$w/diff.err"
done
for f in $(cd "$OUT/dyn" && ls); do
	if cmp -s "$OUT/dyn/$f" "$OUT/st/$f"; then
		pass=$((pass + 1))
	else
		fail=$((fail + 1))
		echo "FAIL: $f: the static naskah wrote other bytes than the dynamic one"
	fi
done
n=$(ls "$OUT/dyn" | grep -c '\.pdf$')
if [ "$n" -gt 1 ] && [ "$(ls "$OUT/st" | wc -l)" = "$(ls "$OUT/dyn" | wc -l)" ]; then
	pass=$((pass + 1))
	echo "ok: $n PDFs, the same bytes from both"
else
	fail=$((fail + 1))
	echo "FAIL: $n PDFs from the dynamic naskah, $(ls "$OUT/st" | grep -c '\.pdf$') from the static one"
fi
# issue 17: the static naskah cannot load libqpdf (a second C library):
# extract says so, exit 3, writes nothing, never crashes
"$ST" extract --lang=en "$OUT/dyn/diff.pdf" -d "$OUT/x" > /dev/null 2> "$OUT/x.err"
rc=$?
if [ $rc = 3 ] && grep -q 'statically linked naskah cannot load libqpdf' "$OUT/x.err" &&
    [ ! -e "$OUT/x" ]; then
	pass=$((pass + 1))
	echo "ok: extract in the static naskah: exit 3, said why"
else
	fail=$((fail + 1))
	echo "FAIL: extract in the static naskah: exit $rc: $(cat "$OUT/x.err")"
fi
echo "static: $pass passed, $fail failed"
