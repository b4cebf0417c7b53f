#!/bin/sh
# SPDX-License-Identifier: ISC
# tests/batch.sh BIN OUTDIR - one context for many documents: every
# document of tests/inputs.sh rendered in one process (naskah render -d,
# one run per folder, so that one library context sets them all, the
# fonts and the hyphenation patterns read once, the words' break points
# cached, each document twice in a row, the second time with the font
# files its first render left in the context) gives the same bytes as
# each rendered alone.
# Prints "batch: N passed, N failed".
BIN=$1
OUT=$2/batch
RUN=${NASKAH_RUN:-}
rm -rf "$OUT"
mkdir -p "$OUT/alone" "$OUT/together"
pass=0
fail=0
for dir in $(sh tests/inputs.sh | sed 's|/[^/]*$||' | sort -u); do
	files=$(sh tests/inputs.sh | grep "^$dir/[^/]*$")
	mkdir -p "$OUT/alone/$dir" "$OUT/together/$dir"
	for y in $files; do
		$RUN "$BIN" render --lang=en "$y" \
		    -o "$OUT/alone/$dir/$(basename "$y" .yaml).pdf" \
		    >/dev/null 2>"$OUT/one.err"	# said twice together
		cat "$OUT/one.err" "$OUT/one.err" >>"$OUT/alone.err"
	done
	twice=$(for y in $files; do echo "$y $y"; done)
	# shellcheck disable=SC2086
	$RUN "$BIN" render --lang=en -d "$OUT/together/$dir" $twice \
	    >/dev/null 2>>"$OUT/together.err"
done
for a in $(cd "$OUT/alone" && find . -name '*.pdf' | sort); do
	if cmp -s "$OUT/alone/$a" "$OUT/together/$a"; then
		pass=$((pass + 1))
	else
		fail=$((fail + 1))
		echo "FAIL: ${a#./}: rendered with the others, not the bytes it has alone"
	fi
done
n=$(cd "$OUT/together" && find . -name '*.pdf' | wc -l)
if [ "$n" -eq "$pass" ] && [ "$pass" -gt 0 ]; then
	pass=$((pass + 1))
	echo "ok: $pass documents, the same bytes alone and together"
else
	fail=$((fail + 1))
	echo "FAIL: $n PDFs rendered together, $pass equal to their own alone"
fi
if cmp -s "$OUT/alone.err" "$OUT/together.err"; then
	pass=$((pass + 1))
	echo "ok: the same messages alone and together"
else
	fail=$((fail + 1))
	echo "FAIL: other messages together than alone:"
	diff "$OUT/alone.err" "$OUT/together.err" | head -20
fi
echo "batch: $pass passed, $fail failed"
