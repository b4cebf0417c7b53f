#!/bin/sh
# SPDX-License-Identifier: ISC
# tests/quality.sh - typographic figures of the example, measured from the
# PDF with pdftotext -bbox-layout, and the same figures for the pdflatex
# reference (../shared/reference/decree.tex) when pdflatex is installed.
#
# A justified line is a line of at least four words that reaches the right
# edge of the text (the most common right end of long lines).  Its space
# ratio is its mean gap between words divided by the natural space, the
# median gap of the lines that end short of the edge (paragraph ends).
# Words before a gap of more than 2.5 natural spaces (a label column:
# "Menimbang : a.") are left out of a line.
OUT=${TMPDIR:-/tmp}/naskah-quality.$$
mkdir -p "$OUT"
REF=${REF:-../shared/reference/decree.tex}

measure() {	# measure NAME PDF
	pdftotext -bbox-layout "$2" "$OUT/$1.html" || return 1
	awk -v name="$1" '
	function num(s, key,   m) {
		if (match(s, key "=\"[-0-9.]+\"")) {
			m = substr(s, RSTART + length(key) + 2, RLENGTH - length(key) - 3)
			return m + 0 }
		return 0 }
	/<page / { page++ }
	/<line / { nw = 0; lx = num($0, "xMin"); lr = num($0, "xMax")
		lh = num($0, "yMax") - num($0, "yMin") }
	/<word / { nw++; x0[nw] = num($0, "xMin"); x1[nw] = num($0, "xMax")
		t = $0; sub(/.*">/, "", t); sub(/<\/word>.*/, "", t); last = t }
	/<\/line>/ {
		n++; W[n] = nw; R[n] = lr; L[n] = last; H[n] = sprintf("%.0f", lh)
		for (i = 2; i <= nw; i++) GAP[n, i] = x0[i] - x1[i - 1]
		if (nw >= 4) { cnt[sprintf("%.0f", lr)]++; hc[H[n]]++ } }
	END {
		best = 0; for (k in cnt) if (cnt[k] > best) { best = cnt[k]; edge = k + 0 }
		best = 0; for (k in hc) if (hc[k] > best) { best = hc[k]; body = k }
		# the natural space: the median gap of body-size lines ending
		# short (paragraph ends), column gaps left out
		m = 0
		for (i = 1; i <= n; i++)
			if (R[i] < edge - 20 && H[i] == body)
				for (k = 2; k <= W[i]; k++) gaps[++m] = GAP[i, k]
		for (i = 1; i <= m; i++) for (k = i + 1; k <= m; k++)
			if (gaps[k] < gaps[i]) { t = gaps[i]; gaps[i] = gaps[k]; gaps[k] = t }
		nat = m ? gaps[int((m + 1) / 2)] : 1
		for (i = 1; i <= n; i++) {
			# the words after the last column gap (label : a.) are
			# the justified text
			first = 1
			for (k = 2; k <= W[i]; k++) if (GAP[i, k] > 2.5 * nat) first = k
			words = W[i] - first + 1
			if (words >= 4 && R[i] > edge - 0.6 && R[i] < edge + 3 &&
			    H[i] == body && L[i] != ".") {	# not "Kata . . ."
				g = 0; for (k = first + 1; k <= W[i]; k++) g += GAP[i, k]
				r = g / (words - 1) / nat; j++
				if (r > max) max = r
				if (r > 1.505) over15++
				if (r > 2.005) over2++
			}
			if (R[i] > edge + 3 && W[i] >= 2) overfull++
			if (L[i] ~ /-$/) hy++
		}
		printf "%s|%d|%d|%d|%.2f|%d|%d|%.2f|%d\n", name, page, j, over15 + 0,
		    max, over2 + 0, hy + 0, nat, overfull + 0
	}' "$OUT/$1.html"
}

./naskah render examples/pasar-manna-2024.yaml -o "$OUT/naskah.pdf" || exit 1
ours=$(measure naskah "$OUT/naskah.pdf")
stats=$(./naskah render --dump=layout examples/pasar-manna-2024.yaml | tail -n 1)
ref=
if command -v pdflatex >/dev/null 2>&1 && [ -f "$REF" ]; then
	cp "$REF" "$OUT/decree.tex"
	(cd "$OUT" && pdflatex -interaction=batchmode decree.tex >/dev/null 2>&1)
	[ -f "$OUT/decree.pdf" ] && ref=$(measure pdflatex "$OUT/decree.pdf")
fi
printf '%-9s %5s %9s %7s %7s %7s %8s %8s %8s\n' tool pages justified ">1.5x" ">2x" widest hyphens overfull natural
for row in "$ours" "$ref"; do
	[ -n "$row" ] || continue
	echo "$row" | awk -F'|' '{ printf "%-9s %5s %9s %7s %7s %6sx %8s %8s %6spt\n", $1, $2, $3, $4, $6, $5, $7, $9, $8 }'
done
if [ -z "$ref" ]; then
	command -v pdflatex > /dev/null 2>&1 &&
	    why="$REF or its PDF is missing" || why="pdflatex is not installed"
	echo "skipped: the pdflatex reference figures, because $why"
fi
echo "naskah layout: $stats"
rm -rf "$OUT"
