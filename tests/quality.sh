#!/bin/sh
# SPDX-License-Identifier: ISC
# tests/quality.sh [INPUT.yaml...] - typographic figures of naskah's PDFs,
# measured with pdftotext -bbox-layout, beside the same figures for the
# pdflatex reference (../shared/reference/decree.tex) when pdflatex is
# installed.  INPUTs default to every document of examples/ and
# tests/regress/ (a file with a "naskah:" line); the decree is always
# measured first, as it is the reference's text.  Then a line per input
# and goal of issue 13 on which naskah is worse than pdflatex (the rules
# are above the verdict, below), ending with pdflatex's figure on the
# input's own text where there is one (a goal that text does not allow
# pdflatex either); exit 1 when any is (or an input would not render),
# 0 without pdflatex.  VERBOSE=1 lists on stderr the lines
# counted as hyphen, pair, fragment, capital, page-end, code and forced
# (the line, then "|" and the next line's first word); VERBOSE=2 also
# each justified line's space ratio.
#
# A justified line is a line of at least four words that reaches the right
# edge of the text (the most common right end of long lines).  Its space
# ratio is its mean gap between words divided by the natural space, the
# median gap of the lines that end short of the edge (paragraph ends).
# Words before a gap of more than 2.5 natural spaces (a label column:
# "Menimbang : a.") are left out of a line.  A line whose other gaps
# differ by more than 0.3 natural spaces is not one run of justified
# text but cells of a table row side by side ("90 % 92 % 95 %"): both
# setters give a justified line one gap (the reference is set with
# \frenchspacing), measured to within 0.22 pt here.  p95 is the nearest-rank 95th
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
# body-size line (not the kata penyambung "Tambahan . . .", nor a page
# number: digits, roman numerals, dashes) is a hyphenated line end.  A
# break inside a code: a line reaching
# at least 20 pt short of the edge whose last word ends in a digit or
# capital then "/" (next line begins with a digit or capital), or then "."
# with another "." or "/" earlier in the word or digits on both sides, or
# a digit then "-" before a digit.
#
# Each input is compared with pdflatex setting the reference's text in
# the input's own face, as a typesetter is judged on the same text in the
# same type: a wider face has fewer words to a line and so more hyphens
# and looser lines whatever sets it.  The reference (Times, mathptmx) for
# a document in times or Liberation Serif; the reference with tgbonum
# (TeX Gyre Bonum, the Bookman naskah embeds) for bookman, naskah's
# default; with helvet for arial.  The face is the one naskah embedded
# in the input's PDF, so that a face a template or templat_ubah chooses
# counts too.  The decree is measured twice: as it
# is (bookman) and with "huruf: times", against the reference as it is.
# A face whose pdflatex package is missing (tex-gyre) is skipped, and
# says so.
#
# Each input but the reference's own text is also set by pdflatex
# paragraph by paragraph: naskah's paragraphs (--dump=paragraphs) at
# their measures, sizes and alignments, in the input's face, as the
# reference is set (same_text below).  Its row, "pdflatex:NAME", follows
# the input's; its hyphenated line ends are the issue's "pdflatex's rate
# on the same text", the one goal compared with it.  Its other figures
# are printed beside naskah's, not compared: the issue measures spacing
# against the reference decree, and pdflatex does not keep naskah's
# rules (a NIP, the signer's name, words in capitals never broken).
#
# A forced line end is one no breaker could avoid: a word broken after a
# hyphen, "/" or "." that, with its piece on the next line, is wider than
# the room from the left of the next line to the right end of the widest
# line of the page (the long identifiers of hard-identifiers, the
# 60-letter word of hard-60-letters).  Forced line ends are counted but
# left out of every other figure: their line is not a justified line,
# and they are no hyphen, pair, fragment, capital, page end or code.
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
		if (nw == 1) { first1 = t; fx = x0[1]; fw = x1[1] - x0[1] }
		text = text (nw > 1 ? " " : "") t }
	/<\/line>/ {
		n++; W[n] = nw; R[n] = lr; L[n] = last; H[n] = sprintf("%.0f", lh)
		P[n] = page; T[n] = text; F[n] = first1; Y[n] = ly
		FX[n] = fx; FW[n] = fw; LW[n] = nw ? x1[nw] - x0[nw] : 0
		for (i = 2; i <= nw; i++) GAP[n, i] = x0[i] - x1[i - 1]
		if (nw >= 4) { cnt[sprintf("%.0f", lr)]++; hc[H[n]]++ }
		if (lr > RP[page]) RP[page] = lr }
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
			next1 = (i < n && P[i + 1] == P[i]) ? F[i + 1] : ""
			# a forced line end: a word broken at a hyphen, "/" or
			# "." after a letter or digit, whose piece here and
			# piece on the next line are wider than the text from
			# the left of the next line to the right end of the
			# widest line of the page (the column, or more in a table)
			FC[i] = next1 != "" && (L[i] ~ /[A-Za-z0-9\200-\277](-|\342\200\220)$/ ||
			    L[i] ~ /[0-9A-Z][\/.]$/) &&
			    LW[i] + FW[i + 1] > RP[P[i]] - FX[i + 1] + 0.5
			if (FC[i]) { forced++; say("forced", i) }
			# the words after the last column gap (label : a.) are
			# the justified text
			first = 1
			for (k = 2; k <= W[i]; k++) if (GAP[i, k] > 2.5 * nat) first = k
			words = W[i] - first + 1
			# one run of justified text has one gap, give or take
			# the side bearings of glyphs (0.2 pt here); a row of
			# table cells ("90 % 92 %") has two kinds
			# a label set off by less than 2.5 spaces ("(1) Peng-
			# ukuran"): a first gap wider than the others, which
			# agree
			gmin = 1e9; gmax = 0
			for (k = first + 2; k <= W[i]; k++) {
				if (GAP[i, k] < gmin) gmin = GAP[i, k]
				if (GAP[i, k] > gmax) gmax = GAP[i, k] }
			if (words >= 5 && gmax - gmin <= 0.3 * nat &&
			    GAP[i, first + 1] - gmax > 0.3 * nat) { first++; words-- }
			gmin = 1e9; gmax = 0
			for (k = first + 1; k <= W[i]; k++) {
				if (GAP[i, k] < gmin) gmin = GAP[i, k]
				if (GAP[i, k] > gmax) gmax = GAP[i, k] }
			if (verbose && words >= 4 && gmax - gmin > 0.3 * nat &&
			    R[i] > edge - 0.6 && R[i] < edge + 3 && H[i] == body)
				say("cells", i)
			if (words >= 4 && gmax - gmin <= 0.3 * nat &&
			    R[i] > edge - 0.6 && R[i] < edge + 3 &&
			    H[i] == body && L[i] != "." && !FC[i]) {	# not "Kata . . ."
				g = 0; for (k = first + 1; k <= W[i]; k++) g += GAP[i, k]
				r = g / (words - 1) / nat; j++; GR[j] = r; RJ[i] = r
				if (verbose > 1) say(sprintf("ratio %.2f", r), i)
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
			HY[i] = H[i] == body && !FC[i] && (L[i] ~ /[A-Za-z\200-\277]-$/ ||
			    L[i] ~ /[A-Za-z\200-\277]\342\200\220$/)
			# the last line of text of a page: the lowest body-size
			# line, not the kata penyambung nor a page number
			if (H[i] == body && W[i] >= 1 && L[i] != "." &&
			    T[i] !~ /^[-0-9ivxlcdmIVXLCDM \342\200\220]*$/ &&
			    (!(P[i] in BY) || Y[i] >= BY[P[i]])) { BY[P[i]] = Y[i]; BL[P[i]] = i }
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
			if (next1 != "" && R[i] > edge - 20 && !FC[i] &&
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
		printf "%s|%d|%d|%d|%.2f|%d|%d|%.2f|%d|%.2f|%.2f|%d|%d|%d|%d|%d|%d|%d|%d|%d\n",
		    name, page, j, over15 + 0, max, over2 + 0, hy + 0, nat,
		    overfull + 0, p95, nchg ? chg / nchg : 0, hyb + 0, bodyl + 0,
		    pairs + 0, short + 0, capital + 0, codes + 0, pageend + 0,
		    forced + 0, m
	}' "$OUT/$1.html"
}

DECREE=examples/pasar-manna-2024.yaml
# Inputs built to be pathological: NAME, a tab, why its figures are
# printed but not compared.  Forced line ends (above) are left out of
# every input's figures already, so an input belongs here only when
# what is left still cannot be set as well as ordinary text.
PATHOLOGICAL='
susun-mati	its template forbids hyphens, glyph expansion and hanging punctuation, on purpose (tests/susun.sh)
'
QPDF=
command -v qpdf > /dev/null 2>&1 && command -v fix-qdf > /dev/null 2>&1 && QPDF=qpdf
if [ $# = 0 ]; then	# every example and regression document
	for y in examples/*.yaml tests/regress/*.yaml; do
		[ -f "$y" ] && grep -q '^naskah:' "$y" && set -- "$@" "$y"
	done
fi
# the decree is measured first, whatever the list: it is the text of the
# pdflatex reference, and its counts are compared with pdflatex's
# face PDF: the pdflatex face an input is compared in, read from the
# regular face naskah embedded in its PDF (whether the document, its
# template or a templat_ubah chose it): NaskahSerif (Liberation Serif)
# times, NaskahSans (Liberation Sans) arial, else bookman
face() {
	case $(pdffonts "$1" 2> /dev/null |
	    awk 'NR > 2 && $1 ~ /Regular/ { print $1; exit }') in
	*NaskahSerif*) echo times ;;
	*NaskahSans*) echo arial ;;
	*) echo bookman ;;
	esac
}
# same_text INPUT FACE DIR: DIR/same.tex, the paragraphs naskah set for
# INPUT (--dump=paragraphs), each at its measure, size and alignment,
# for pdflatex to set in FACE as the reference is set (microtype,
# Indonesian hyphenation, \frenchspacing, \emergencystretch 2em), right
# ends on one edge as naskah's are.  A label of a clause (set on one
# line of no measure) is left out.
same_text() {
	./naskah render --tanpa-tinjau --dump=paragraphs "$1" 2> /dev/null |
	LC_ALL=C awk -v face="$2" '
	function tex(s,   o, c, i) {
		o = ""
		for (i = 1; i <= length(s); i++) {
			c = substr(s, i, 1)
			if (c == "\\") o = o "\\textbackslash{}"
			else if (c ~ /[{}$&#%_]/) o = o "\\" c
			else if (c == "~") o = o "\\textasciitilde{}"
			else if (c == "^") o = o "\\textasciicircum{}"
			else if (c == "-" && substr(s, i + 1, 1) == "-") o = o "-{}"
			else o = o c }
		return o }
	$1 == "para" && $5 ~ /^w/ {	# para N page P wW sS ALIGN "TEXT"
		w = substr($5, 2) + 0; if (w > 5000) next
		n++; W[n] = w; S[n] = substr($6, 2) + 0; A[n] = $7
		t = $0; sub(/^[^"]*"/, "", t); sub(/"$/, "", t)
		gsub(/\\"/, "\"", t); gsub(/\\\\/, "\\", t); T[n] = tex(t)
		if (w > max) max = w }
	END {
		pkg = face == "times" ? "\\usepackage{mathptmx}" : face == "arial" ? \
		    "\\usepackage{helvet}\\renewcommand{\\familydefault}{\\sfdefault}" : \
		    "\\usepackage{tgbonum}"
		printf "\\documentclass[12pt]{article}\n"
		printf "\\usepackage[paperwidth=%.2fpt,paperheight=935pt,left=85pt,right=57pt,top=57pt,bottom=57pt]{geometry}\n", max + 142
		printf "\\usepackage[T1]{fontenc}\n%s\n\\usepackage[indonesian]{babel}\n", pkg
		printf "\\usepackage{microtype}\n\\pagestyle{empty}\\setlength{\\parindent}{0pt}"
		printf "\\setlength{\\parskip}{2pt}\\frenchspacing\\emergencystretch=2em\n"
		printf "\\begin{document}\n"
		for (i = 1; i <= n; i++) {
			printf "{\\fontsize{%g}{%g}\\selectfont", S[i], 1.2 * S[i]
			x = sprintf("%.2fpt", max - W[i])
			if (A[i] == "justify") printf "\\leftskip=%s ", x
			else if (A[i] == "center") printf "\\leftskip=%s plus 1fil\\rightskip=0pt plus 1fil\\parfillskip=0pt ", x
			else if (A[i] == "right") printf "\\leftskip=%s plus 1fil\\parfillskip=0pt ", x
			else printf "\\leftskip=%s\\rightskip=0pt plus 2em ", x
			printf "%s\\par}\n", T[i] }
		printf "\\end{document}\n" }' > "$3/same.tex"
}

# the decree in times: a copy of its folder, for what it includes
mkdir -p "$OUT/times"
cp -R "$(dirname "$DECREE")/." "$OUT/times/"
TIMES=$OUT/times/$(basename "$DECREE" .yaml)-times.yaml
sed 's/^huruf: .*/huruf: times/' "$DECREE" > "$TIMES"
rows= failed=0 faces=
for input in "$DECREE" "$TIMES" "$@"; do
	[ "$input" = "$DECREE" ] && [ -n "$rows" ] && continue
	name=$(basename "$input" .yaml)
	if ! ./naskah render "$input" -o "$OUT/$name.pdf" 2> "$OUT/err" ||
	    ! row=$(measure "$name" "$OUT/$name.pdf") ||
	    ! ovf=$(./naskah render --dump=layout "$input" 2> "$OUT/err" |
	    awk '$1 == "stats" { for (i = 2; i < NF; i++) if ($i == "overfull") print $(i + 1) }') ||
	    [ -z "$ovf" ]; then
		echo "failed: $input, because $(head -n 1 "$OUT/err")"
		failed=1
		continue
	fi
	fc=$(face "$OUT/$name.pdf")
	case " $faces " in *" $fc "*) ;; *) faces="$faces $fc" ;; esac
	rows="$rows$row|$ovf|$fc
"
	# the same paragraphs set by pdflatex, for an input that is not
	# the reference's own text
	[ "$input" = "$DECREE" ] || [ "$input" = "$TIMES" ] ||
	    ! command -v pdflatex > /dev/null 2>&1 && continue
	mkdir -p "$OUT/same-$name"
	same_text "$input" "$fc" "$OUT/same-$name"
	(cd "$OUT/same-$name" && pdflatex -interaction=batchmode same.tex \
	    > /dev/null 2>&1)
	if [ -f "$OUT/same-$name/same.pdf" ] &&
	    row=$(measure "pdflatex:$name" "$OUT/same-$name/same.pdf"); then
		rows="$rows$row|0|$fc
"
	else
		echo "skipped: pdflatex on the text of $input, because it made no PDF"
	fi
done
# reference TEX FACE: the reference decree set in FACE
reference() {
	case $2 in
	bookman) sed 's/\\usepackage{mathptmx}/\\usepackage{tgbonum}/' "$1" ;;
	arial) sed 's/\\usepackage{mathptmx}/\\usepackage{helvet}\\renewcommand{\\familydefault}{\\sfdefault}/' "$1" ;;
	*) cat "$1" ;;
	esac
}
refs= why= ref=
if ! command -v pdflatex >/dev/null 2>&1; then
	why="pdflatex is not installed"
elif [ ! -f "$REF" ]; then
	why="$REF is missing"
else
	for fc in $faces; do
		mkdir -p "$OUT/$fc"
		reference "$REF" "$fc" > "$OUT/$fc/decree.tex"
		(cd "$OUT/$fc" && pdflatex -interaction=batchmode decree.tex >/dev/null 2>&1)
		r=
		[ -f "$OUT/$fc/decree.pdf" ] && r=$(measure "pdflatex-$fc" "$OUT/$fc/decree.pdf")
		if [ -n "$r" ]; then
			refs="$refs$r|0|$fc
"
		else
			echo "skipped: the comparison of the $fc inputs with pdflatex, because pdflatex made no PDF of $REF in that face (is its package, e.g. tex-gyre for bookman, installed?)"
		fi
	done
	ref=$refs
	[ -n "$ref" ] || why="pdflatex made no PDF of $REF"
fi
[ -n "$QPDF" ] ||
    echo "skipped: naskah's hyphens, because qpdf is not installed (pdftotext reads the ActualText of a hyphenated word as one word on its first line)"
[ -n "$ref" ] || echo "skipped: the comparison with pdflatex, because $why"
# Two tables, a row per input and pdflatex's last.  Lines: pages,
# justified lines, body-size lines, lines over 2x, the widest gap ratio,
# forced line ends, overfull lines (the layout's own count, from
# --dump=layout; 0 for pdflatex, which reports none here) and the
# natural space.  Goals: p95, widest, lines over 1.5x and the mean change
# between neighbouring justified lines (word spaces); hyphenated line
# ends over body lines, pairs, fragments under 3 letters, words that
# begin with a capital, pages that end in a hyphen, breaks inside codes;
# and how many goals the input is worse on ("-" without pdflatex, "path."
# for an input of $PATHOLOGICAL).
#
# The verdict, against pdflatex's figures on the reference decree; lower
# is better and figures equal as printed are equal.  p95, the mean change
# and the hyphen rate are ratios: compared as they are.  The widest gap
# must be at most 2.0x (the issue's bound; pdflatex's 2.24 is over it).
# The decree has pdflatex's text, so its counts are compared as counts.
# Another input's counts are compared as rates: lines over 1.5x per
# justified line; pairs, fragments, capitals and codes per body line;
# pages ending in a hyphen per page; naskah may have pdflatex's rate
# times its own lines, rounded up (a rate over a few lines cannot be met
# in fractions of a line).  Gap figures are not compared for an input
# without justified lines, or whose natural space could not be measured
# (no line ends short of the edge).  Overfull lines must be 0.  One line
# per input and goal that is worse; exit 1 if any, or an input failed.
printf '%s%s' "$rows" "$refs" | awk -F'|' -v decree="$(basename "$DECREE" .yaml)" \
    -v cmp="${ref:+1}" -v path="$PATHOLOGICAL" '
	NF >= 22 { n++; for (k = 1; k <= NF; k++) f[n, k] = $k; name[n] = $1
		if ($1 ~ /^pdflatex-/) { R[$22] = n; nref++ }
		else if ($1 ~ /^pdflatex:/) { S[substr($1, 10)] = n; same[n] = 1 }
		else ninput = n }
	function allow(c, of, mine,   x, a) {	# c of pdflatex per "of", for "mine"
		if (of <= 0) return c
		x = c / of * mine - 1e-9; a = int(x); if (a < x) a++
		return a < 0 ? 0 : a }
	function goal(i, what, x, y, lim, fmt, why,   s, l) {
		s = sprintf(fmt, x); l = sprintf(fmt, lim)
		if (s + 0 <= l + 0) return
		worse[i]++
		if (!cmp || name[i] in P) return
		out = out sprintf("worse: %s: %s: naskah %s, pdflatex%s %s%s\n", name[i], what,
		    s, on, sprintf(fmt, y), why) }
	function rate(c, of) { return sprintf("%d of %d", c, of) }
	# the figure of pdflatex setting the paragraphs of input i, for a
	# reader to tell a goal the text allows from one it does not
	function own(i, c, fmt) {
		if (!(name[i] in S)) return ""
		return sprintf("; pdflatex on its text " fmt, f[S[name[i]], c]) }
	END {
		np = split(path, pl, "\n")
		for (k = 1; k <= np; k++) if (pl[k] != "") {
			t = pl[k]; sub(/\t.*/, "", t); r = pl[k]; sub(/^[^\t]*\t/, "", r); P[t] = r }
		printf "%-26s %5s %9s %5s %5s %7s %6s %8s %8s\n", "input", "pages",
		    "justified", "body", ">2x", "widest", "forced", "overfull", "natural"
		for (i = 1; i <= n; i++)
			printf "%-26s %5s %9s %5s %5s %6sx %6s %8s %6spt\n", name[i],
			    f[i, 2], f[i, 3], f[i, 13], f[i, 6], f[i, 5], f[i, 19], f[i, 21], f[i, 8]
		for (i = 1; i <= ninput && cmp; i++) {
			if (same[i]) continue
			if (!(f[i, 22] in R)) { worse[i] = "-"; continue }
			r = R[f[i, 22]]	# pdflatex in the face of the input
			on = ""
			if (name[i] == decree || name[i] == decree "-times") {
				goal(i, "lines over 1.5x", f[i, 4], f[r, 4], f[r, 4], "%d", "")
				goal(i, "pairs of hyphenated lines", f[i, 14], f[r, 14], f[r, 14], "%d", "")
				goal(i, "fragments under 3 letters", f[i, 15], f[r, 15], f[r, 15], "%d", "")
				goal(i, "hyphenated words with a capital", f[i, 16], f[r, 16], f[r, 16], "%d", "")
				goal(i, "pages that end in a hyphen", f[i, 18], f[r, 18], f[r, 18], "%d", "")
				goal(i, "breaks inside codes", f[i, 17], f[r, 17], f[r, 17], "%d", "")
			} else {
				per = " per justified line"
				goal(i, "lines over 1.5x", f[i, 4], f[r, 4], allow(f[r, 4], f[r, 3], f[i, 3]),
				    "%d", sprintf(" of %d, at most %d of %d at its rate%s", f[r, 3],
				    allow(f[r, 4], f[r, 3], f[i, 3]), f[i, 3], own(i, 4, "%d")))
				split("14 pairs of hyphenated lines|15 fragments under 3 letters|16 hyphenated words with a capital|17 breaks inside codes", gl, "|")
				for (k = 1; k <= 4; k++) {
					c = gl[k] + 0; w = gl[k]; sub(/^[0-9]+ /, "", w)
					a = allow(f[r, c], f[r, 13], f[i, 13])
					goal(i, w, f[i, c], f[r, c], a, "%d", sprintf(" of %d body lines, at most %d of %d at its rate%s",
					    f[r, 13], a, f[i, 13], own(i, c, "%d")))
				}
				a = allow(f[r, 18], f[r, 2], f[i, 2])
				goal(i, "pages that end in a hyphen", f[i, 18], f[r, 18], a, "%d",
				    sprintf(" of %d pages, at most %d of %d at its rate", f[r, 2], a, f[i, 2]))
			}
			if (f[i, 3] > 0 && f[i, 20] > 0) {
				goal(i, "p95 word-gap ratio", f[i, 10], f[r, 10], f[r, 10], "%.2f", own(i, 10, "%.2f"))
				goal(i, "widest word-gap ratio", f[i, 5], f[r, 5], 2,
				    "%.2f", " (at most 2.00)" own(i, 5, "%.2f"))
				goal(i, "mean change between neighbours (spaces)", f[i, 11], f[r, 11], f[r, 11], "%.2f",
				    own(i, 11, "%.2f"))
			}
			if (name[i] == decree || name[i] == decree "-times")
				goal(i, "hyphenated line ends (% of body lines)",
				    f[i, 13] ? 100 * f[i, 12] / f[i, 13] : 0, f[r, 13] ? 100 * f[r, 12] / f[r, 13] : 0,
				    f[r, 13] ? 100 * f[r, 12] / f[r, 13] : 0, "%.1f", "")
			else {
				# the issue: "at most the rate of pdflatex on the same
				# text": pdflatex on the paragraphs of the input
				if (name[i] in S) { r = S[name[i]]; on = " on its text" }
				a = allow(f[r, 12], f[r, 13], f[i, 13])
				goal(i, "hyphenated line ends", f[i, 12], f[r, 12], a, "%d",
				    sprintf(" of %d body lines, at most %d of %d at its rate", f[r, 13], a, f[i, 13]))
			}
			on = ""
			goal(i, "overfull lines", f[i, 21], 0, 0, "%d", " (must be 0)")
		}
		printf "%-26s %5s %6s %5s %6s %6s %4s %5s %5s %5s %5s %5s %5s %s\n", "input", "p95",
		    "widest", ">1.5x", "change", "hyph.", "rate", "pairs", "frag.", "cap.",
		    "p-end", "codes", "worse", "face"
		for (i = 1; i <= n; i++) {
			pc = f[i, 13] ? 100 * f[i, 12] / f[i, 13] : 0
			v = !cmp || i > ninput || same[i] ? "-" : name[i] in P ? "path." : worse[i] == "-" ? "-" : worse[i] + 0
			printf "%-26s %4sx %5sx %5s %6s %6s %3.0f%% %5s %5s %5s %5s %5s %5s %s\n",
			    name[i], f[i, 10], f[i, 5], f[i, 4], f[i, 11], f[i, 12], pc,
			    f[i, 14], f[i, 15], f[i, 16], f[i, 18], f[i, 17], v, f[i, 22] }
		for (i = 1; i <= n; i++)
			if (name[i] in P) printf "not compared: %s, because %s\n", name[i], P[name[i]]
		printf "%s", out
		for (i = 1; i <= ninput; i++) {
			if (same[i]) continue
			nall++
			if (!(name[i] in P) && worse[i] + 0) { bad += worse[i]; nin++ } }
		if (bad) printf "worse on %d goals in %d of %d inputs\n", bad, nin, nall
		exit bad ? 1 : 0 }'
rc=$?
rm -rf "$OUT"
[ $rc -ne 0 ] || rc=$failed
exit $rc
