#!/bin/sh
# SPDX-License-Identifier: ISC
# tests/positions.sh BIN OUTDIR - every word a reader finds in the PDF
# (pdftotext -bbox) starts where the layout put it (--dump=layout), to
# 0.01 pt, and the words of one face and size sit at one height above
# their baselines (so each baseline is where the layout put it).  The
# documents: the decree, the book, text beyond Windows-1252 (two-byte
# fonts), letter-spaced headings, underlined names, a table.  Prints
# "positions: N passed, N failed".
BIN=$1
OUT=$2
RUN=${NASKAH_RUN:-}
pass=0
fail=0
t() {	# t NAME STATUS
	if [ "$2" = 0 ]; then pass=$((pass + 1)); echo "ok: $1"
	else fail=$((fail + 1)); echo "FAIL: $1"; fi
}

if ! command -v pdftotext > /dev/null 2>&1; then
	echo "skipped: tests/positions.sh: no pdftotext"
	echo "positions: 0 passed, 0 failed"
	exit 0
fi
mkdir -p "$OUT/positions"
for y in examples/pasar-manna-2024.yaml examples/pasar-manna-2024-buku.yaml \
    examples/lkjip-pasar-manna-2024.yaml tests/regress/mixed-scripts.yaml \
    tests/regress/hard-60-letters.yaml tests/regress/book-blocks.yaml \
    tests/regress/long-token.yaml; do
	n=$OUT/positions/$(basename "$y" .yaml)
	$RUN $BIN render "$y" -o "$n.pdf" 2> "$n.err" &&
	    $RUN $BIN render --dump=layout "$y" > "$n.layout" 2>> "$n.err" &&
	    pdftotext -bbox "$n.pdf" "$n.html" 2>> "$n.err"
	t "$y renders and reads back" $?
	awk -v min="${POSITIONS_MIN:-0.9}" '
	# the layout: words of each line (pieces between its spaces)
	FNR == NR && $1 == "page" { pg = $2; inl = 0; next }
	FNR == NR && ($1 == "line" || $1 == "text") {
		s = $0
		sub(/^[^"]*"/, "", s)
		sub(/"$/, "", s)
		gsub(/\\"/, "\"", s)
		gsub(/\\\\/, "\\", s)
	}
	FNR == NR && $1 == "line" { inl = 1; rest = s; cur = ""; next }
	FNR == NR && $1 == "text" {
		gap = 1
		if (inl) {
			gap = rest ~ /^ / || cur == ""
			sub(/^ +/, "", rest)
			if (substr(rest, 1, length(s)) == s)
				rest = substr(rest, length(s) + 1)
			else
				{ inl = 0; gap = 1 }
		}
		if (!inl && index(s, " ") > 0) {
			# a piece of several words (dot leaders, "- 2 -"):
			# where its later words start is not known
			nskip += split(s, parts, / +/) - 1
			s = parts[1]
		}
		if (gap || cur == "") {
			nw++
			wp[nw] = pg; wx[nw] = $2; wy[nw] = $3; wf[nw] = $4
			wt[nw] = s
		} else
			wt[nw] = wt[nw] s
		cur = s
		next
	}
	FNR == NR { next }
	# pdftotext: <page ...>, <word xMin= yMin= xMax= yMax=>TEXT</word>
	/<page / { rp++ }
	/<word / {
		split($0, a, "\"")
		s = $0
		sub(/^.*">/, "", s)
		sub(/<\/word>.*$/, "", s)
		gsub(/&lt;/, "<", s); gsub(/&gt;/, ">", s)
		gsub(/&quot;/, "\"", s); gsub(/&apos;/, "\047", s)
		gsub(/&#39;/, "\047", s); gsub(/&amp;/, "\\&", s)
		nr++
		best = -1
		for (i = 1; i <= nw; i++) {
			if (wp[i] != rp || used[i])
				continue
			# the first part of a word broken at a line end reads
			# as the whole word (ActualText)
			if (wt[i] != s && !(wt[i] ~ /-$/ && length(s) >= \
			    length(wt[i]) - 1 && index(s, substr(wt[i], 1,
			    length(wt[i]) - 1)) == 1))
				continue
			d = wx[i] - a[2]; if (d < 0) d = -d
			if (wy[i] < a[4] - 0.01 || wy[i] > a[8] + 0.01 || d > 3)
				continue
			if (best < 0 || d < bd) { best = i; bd = d }
		}
		if (best < 0)
			next
		used[best] = 1
		got++
		if (bd > 0.01) {
			bad++
			if (bad <= 5)
				printf "%s page %d: \"%s\" at %.3f, the layout %.2f\n",
				    FILENAME, rp, s, a[2], wx[best]
		}
		off = a[8] - wy[best]
		k = wf[best]
		if (!(k in lo) || off < lo[k]) lo[k] = off
		if (!(k in hi) || off > hi[k]) hi[k] = off
	}
	END {
		for (k in lo)
			if (hi[k] - lo[k] > 0.02) {
				bad++
				printf "%s: words in %s sit %.3f to %.3f pt below their baselines\n",
				    FILENAME, k, lo[k], hi[k]
			}
		if (nr == 0 || got < min * (nr - nskip)) {
			bad++
			printf "%s: only %d of %d words found in the layout\n",
			    FILENAME, got, nr - nskip
		}
		printf "%s: %d of %d words placed\n", FILENAME, got, nr - nskip
		exit bad > 0
	}' "$n.layout" "$n.html"
	t "$y: every word where the layout put it" $?
done
echo "positions: $pass passed, $fail failed"
[ "$fail" = 0 ]
