#!/bin/sh
# SPDX-License-Identifier: ISC
# tests/quality.sh [INPUT.yaml...] - typographic figures of naskah's PDFs,
# measured with pdftotext -bbox-layout, beside the same figures for the
# pdflatex reference (../shared/reference/decree.tex) when pdflatex is
# installed.  INPUTs default to the decree example; the decree is always
# measured first, as it is the reference's text.  Then a line per goal of
# issue 13, naskah's decree against pdflatex: better, equal or worse;
# exit 1 when worse on any (or an input would not render), 0 without
# pdflatex.  VERBOSE=1 lists on stderr the lines counted as hyphen, pair,
# fragment, capital, page-end and code (the line, then "|" and the next line's
# first word).
#
# A justified line is a line of at least four words that reaches the right
# edge of the text (the most common right end of long lines).  Its space
# ratio is its mean gap between words divided by the natural space, the
# median gap of the lines that end short of the edge (paragraph ends).
# Words before a gap of more than 2.5 natural spaces (a label column:
# "Menimbang : a.") are left out of a line.  p95 is the nearest-rank 95th
# percentile of the ratios; the change is the mean absolute difference of
# the ratios of two justified lines in a row on one page (a paragraph's
# last line is not justified, so it ends the run).
#
# A hyphenated line end is a body-size line whose last word ends in a
# letter and "-" (or U+2010), explicit hyphens included; the rate is over
# the body-size lines.  A pair is two such lines in a row on one page.  A
# fragment is short when the letters after the word's last earlier hyphen
# and before the line-end hyphen, or the letters at the start of the next
# line, are fewer than 3.  A capital: the hyphenated word begins with A-Z
# (or a capital Latin-1 letter).  A page ends in a hyphen when its lowest
# body-size line of two words or more (not the kata penyambung
# "Tambahan . . .") is a hyphenated line end.  A break inside a code: a line reaching
# at least 20 pt short of the edge whose last word ends in a digit or
# capital then "/" (next line begins with a digit or capital), or then "."
# with another "." or "/" earlier in the word or digits on both sides, or
# a digit then "-" before a digit.
OUT=${TMPDIR:-/tmp}/naskah-quality.$$
mkdir -p "$OUT"
REF=${REF:-../shared/reference/decree.tex}

measure() {	# measure NAME PDF: one row of figures; VERBOSE=1 lists the
		# lines counted for the hyphen, pair, fragment and code figures
	pdf=$2
	# naskah wraps the two halves of a hyphenated word in ActualText
	# spans that read as the whole word (and as nothing), so pdftotext
	# reads "menetapkan" on the first line and drops "kan" from the next:
	# the spans are emptied in a copy, to measure the lines as drawn
	if [ -n "$QPDF" ]; then
		qpdf --qdf --object-streams=disable "$pdf" "$OUT/$1.qdf" || return 1
		LC_ALL=C sed 's,/Span <</ActualText <[fF][eE][fF][fF][0-9A-Fa-f]*>>> BDC,/Span <<>> BDC,g' \
		    "$OUT/$1.qdf" > "$OUT/$1-drawn.qdf" &&
		    fix-qdf "$OUT/$1-drawn.qdf" > "$OUT/$1-drawn.pdf" || return 1
		pdf=$OUT/$1-drawn.pdf
	fi
	pdftotext -bbox-layout "$pdf" "$OUT/$1.html" || return 1
	LC_ALL=C awk -v name="$1" -v verbose="${VERBOSE:-0}" '
	function num(s, key,   m) {
		if (match(s, key "=\"[-0-9.]+\"")) {
			m = substr(s, RSTART + length(key) + 2, RLENGTH - length(key) - 3)
			return m + 0 }
		return 0 }
	function letters(s) {	# characters of s, UTF-8 continuation bytes left out
		gsub(/[^A-Za-z\300-\377]/, "", s); return length(s) }
	function say(what, i) {
		if (verbose) printf "  %s %s: p%d: %s | %s\n", name, what, P[i], T[i],
		    (i < n && P[i + 1] == P[i]) ? F[i + 1] : "" > "/dev/stderr" }
	/<page / { page++ }
	/<line / { nw = 0; lx = num($0, "xMin"); lr = num($0, "xMax"); text = ""
		lh = num($0, "yMax") - num($0, "yMin"); ly = num($0, "yMin") }
	/<word / { nw++; x0[nw] = num($0, "xMin"); x1[nw] = num($0, "xMax")
		t = $0; sub(/.*">/, "", t); sub(/<\/word>.*/, "", t); last = t
		if (nw == 1) first1 = t
		text = text (nw > 1 ? " " : "") t }
	/<\/line>/ {
		n++; W[n] = nw; R[n] = lr; L[n] = last; H[n] = sprintf("%.0f", lh)
		P[n] = page; T[n] = text; F[n] = first1; Y[n] = ly
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
				r = g / (words - 1) / nat; j++; GR[j] = r; RJ[i] = r
				if (r > max) max = r
				if (r > 1.505) over15++
				if (r > 2.005) over2++
				# neighbouring justified lines of one paragraph
				if ((i - 1) in RJ && P[i - 1] == P[i]) {
					d = r - RJ[i - 1]; chg += d < 0 ? -d : d; nchg++ }
			}
			if (R[i] > edge + 3 && W[i] >= 2) overfull++
			if (L[i] ~ /-$/) hy++
			if (H[i] == body && W[i] >= 1) bodyl++
			# a hyphenated line end: a letter, then - or U+2010
			HY[i] = H[i] == body && (L[i] ~ /[A-Za-z\200-\277]-$/ ||
			    L[i] ~ /[A-Za-z\200-\277]\342\200\220$/)
			# the last line of text of a page: the lowest body-size
			# line of two words or more, not the kata penyambung
			if (H[i] == body && W[i] >= 2 && L[i] != "." &&
			    (!(P[i] in BY) || Y[i] >= BY[P[i]])) { BY[P[i]] = Y[i]; BL[P[i]] = i }
			next1 = (i < n && P[i + 1] == P[i]) ? F[i + 1] : ""
			if (HY[i]) {
				hyb++; say("hyphen", i)
				if (HY[i - 1] && P[i - 1] == P[i]) { pairs++; say("pair", i) }
				w = L[i]; sub(/(-|\342\200\220)$/, "", w)
				sub(/.*(-|\342\200\220)/, "", w)	# Undang-Un- -> Un
				a = next1; sub(/[^A-Za-z\200-\377].*/, "", a)
				if (letters(w) < 3 || (next1 != "" && letters(a) < 3)) {
					short++; say("fragment", i) }
				w = L[i]; sub(/^[^A-Za-z\200-\377]+/, "", w)
				if (w ~ /^[A-Z]/ || w ~ /^\303[\200-\236]/) { capital++; say("capital", i) }
			}
			# a break inside a code: / or . between digits or capitals,
			# - between digits, at the end of a line that goes on
			if (next1 != "" && R[i] > edge - 20 &&
			    ((L[i] ~ /[0-9A-Z]\/$/ && next1 ~ /^[0-9A-Z]/) ||
			     (L[i] ~ /[0-9A-Z]\.$/ && next1 ~ /^[0-9A-Z]/ &&
			      (L[i] ~ /[.\/].*[0-9A-Z]\.$/ || (L[i] ~ /[0-9]\.$/ && next1 ~ /^[0-9]/))) ||
			     (L[i] ~ /[0-9]-$/ && next1 ~ /^[0-9]/))) { codes++; say("code", i) }
		}
		for (k in BL) if (HY[BL[k]]) { pageend++; say("page-end", BL[k]) }
		for (i = 1; i <= j; i++) for (k = i + 1; k <= j; k++)
			if (GR[k] < GR[i]) { t = GR[i]; GR[i] = GR[k]; GR[k] = t }
		p = int(0.95 * j); if (p < 0.95 * j) p++	# nearest rank
		p95 = j ? GR[p] : 0
		printf "%s|%d|%d|%d|%.2f|%d|%d|%.2f|%d|%.2f|%.2f|%d|%d|%d|%d|%d|%d|%d\n",
		    name, page, j, over15 + 0, max, over2 + 0, hy + 0, nat,
		    overfull + 0, p95, nchg ? chg / nchg : 0, hyb + 0, bodyl + 0,
		    pairs + 0, short + 0, capital + 0, codes + 0, pageend + 0
	}' "$OUT/$1.html"
}

DECREE=examples/pasar-manna-2024.yaml
QPDF=
command -v qpdf > /dev/null 2>&1 && command -v fix-qdf > /dev/null 2>&1 && QPDF=qpdf
[ $# -gt 0 ] || set -- "$DECREE"
# the decree is measured first, whatever the list: it is the text of the
# pdflatex reference, and the goals compare its figures
rows= failed=0
for input in "$DECREE" "$@"; do
	[ "$input" = "$DECREE" ] && [ -n "$rows" ] && continue
	name=$(basename "$input" .yaml)
	if ! ./naskah render "$input" -o "$OUT/$name.pdf" 2> "$OUT/err" ||
	    ! row=$(measure "$name" "$OUT/$name.pdf"); then
		echo "failed: $input, because $(head -n 1 "$OUT/err")"
		failed=1
		continue
	fi
	[ -n "$rows" ] || ours=$row
	rows="$rows$row
"
done
stats=$(./naskah render --dump=layout "$DECREE" | tail -n 1)
ref= why=
if ! command -v pdflatex >/dev/null 2>&1; then
	why="pdflatex is not installed"
elif [ ! -f "$REF" ]; then
	why="$REF is missing"
else
	cp "$REF" "$OUT/decree.tex"
	(cd "$OUT" && pdflatex -interaction=batchmode decree.tex >/dev/null 2>&1)
	[ -f "$OUT/decree.pdf" ] && ref=$(measure pdflatex "$OUT/decree.pdf")
	[ -n "$ref" ] || why="pdflatex made no PDF of $REF"
fi
[ -z "$ref" ] || rows="$rows$ref
"
[ -n "$QPDF" ] ||
    echo "skipped: naskah's hyphens, because qpdf is not installed (pdftotext reads the ActualText of a hyphenated word as one word on its first line)"
# gap ratios: justified lines, p95, widest, lines over 1.5x and 2x, the mean
# change between neighbouring justified lines (word spaces); hyphens: line
# ends in a hyphen after a letter, over body lines, pairs of them in a row,
# fragments under 3 letters before or after, words that begin with a
# capital; codes: breaks after / or . between digits or capitals, - between
# digits
echo "$rows" | awk -F'|' 'NF > 1 {
	if (!head++) {
		printf "%-22s %5s %9s %7s %7s %7s %8s %8s %8s\n", "input", "pages",
		    "justified", ">1.5x", ">2x", "widest", "hyphens", "overfull", "natural"
		}
	printf "%-22s %5s %9s %7s %7s %6sx %8s %8s %6spt\n", $1, $2, $3, $4, $6,
	    $5, $7, $9, $8
	line[NR] = $0 }
	END {
	printf "%-22s %6s %7s %7s %7s %13s %6s %9s %8s %9s %6s\n", "input", "p95",
	    "widest", ">1.5x", "change", "hyphen-ends", "pairs", "fragments",
	    "capital", "page-ends", "codes"
	for (i = 1; i <= NR; i++) {
		if (split(line[i], f, "|") < 18) continue
		printf "%-22s %5sx %6sx %7s %7s %5s/%-3s %3.0f%% %6s %9s %8s %9s %6s\n",
		    f[1], f[10], f[5], f[4], f[11], f[12], f[13],
		    f[13] ? 100 * f[12] / f[13] : 0, f[14], f[15], f[16], f[18], f[17] } }'
if [ -z "$ref" ]; then
	echo "skipped: pdflatex, because $why"
	echo "naskah layout: $stats"
	rm -rf "$OUT"
	exit $failed
fi
echo "naskah layout: $stats"
# each goal of issue 13: naskah's decree against pdflatex's, lower is better;
# figures equal as printed are equal
printf '%s\n%s\n' "$ours" "$ref" | awk -F'|' '
	NR == 1 { for (i = 1; i <= NF; i++) a[i] = $i }
	NR == 2 { for (i = 1; i <= NF; i++) b[i] = $i }
	function goal(what, x, y, fmt,   s, t, v) {
		s = sprintf(fmt, x); t = sprintf(fmt, y)
		v = s + 0 < t + 0 ? "better" : s + 0 == t + 0 ? "equal" : "worse"
		if (v == "worse") bad++
		printf "%-42s naskah %8s  pdflatex %8s  %s\n", what, s, t, v }
	END {
		goal("p95 word-gap ratio", a[10], b[10], "%.2f")
		goal("widest word-gap ratio", a[5], b[5], "%.2f")
		goal("lines over 1.5x", a[4], b[4], "%d")
		goal("mean change between neighbours (spaces)", a[11], b[11], "%.2f")
		goal("hyphenated line ends (% of body lines)",
		    a[13] ? 100 * a[12] / a[13] : 0, b[13] ? 100 * b[12] / b[13] : 0, "%.1f")
		goal("pairs of hyphenated lines", a[14], b[14], "%d")
		goal("fragments under 3 letters", a[15], b[15], "%d")
		goal("hyphenated words with a capital", a[16], b[16], "%d")
		goal("pages that end in a hyphen", a[18], b[18], "%d")
		goal("breaks inside codes", a[17], b[17], "%d")
		if (bad) printf "worse on %d of 10 goals\n", bad
		exit bad ? 1 : 0 }'
rc=$?
rm -rf "$OUT"
[ $rc -ne 0 ] || rc=$failed
exit $rc
