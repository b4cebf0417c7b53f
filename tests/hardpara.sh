#!/bin/sh
# SPDX-License-Identifier: ISC
# tests/hardpara.sh BIN OUTDIR - issue 13's ten hard paragraphs
# (tests/regress/hard-paragraphs.yaml) set as well as its goals ask,
# each paragraph's figures read from the line records of --dump=layout
# and held to its row of the table below.  Prints every paragraph's
# figures, then "hardpara: N passed, N failed".
#
# A paragraph is found by the text its first line begins with (the
# nth such line of the dump) and ends at the first of its lines whose
# text ends with the given end; "same" takes only the lines at the first
# line's x (so the labels a., 1., KESATU and the page furniture between
# are not its lines), "all" every line between (a centred title).
#
# Figures of a paragraph: the widest space ratio of its lines (r, the
# dump's); lines over 1.5x; hyphenated line ends (the dump's hyphen
# flag: hyphens naskah adds, not a compound's own); pairs of them in a
# row; short fragments (fewer than 3 letters before the added hyphen,
# after the word's last own hyphen, or at the start of the next line);
# capitals (an added hyphen in a word that begins with a capital);
# codes (a line that ends after "/" or "." behind a digit or capital, or
# after a compound's own "-" between digits or capitals, when the next
# line begins with a digit or capital); tracked (letter-spaced) lines;
# overfull lines (reaching past the right end of the widest justified
# line of the document).
#
# The limits: issue 13's bounds for every paragraph (a space at most
# 2.0x, no letter-spaced line, no overfull line), and for the counts the
# figures of the line breaker that resolved the issue, so that a change
# which sets one of these paragraphs worse fails.  They are not pdflatex's
# rates: those are compared, on whole documents, by make quality.  Some
# counts are the breaker's last resorts on purpose: the code break of
# paragraph 3 (800/15/ | KPTS/2024: without it its first line is looser
# than 2x), the pairs of paragraphs 3 and 6 (without them a line's
# spaces pass 1.47x, pdflatex's widest on the reference decree), the
# hyphens in names of Mengingat (no break outside names sets them within
# 1.47x).  NASKAH_HARDPARA=0 reports a paragraph over its
# limits as "skipped" instead of failed.  A paragraph that cannot be
# found, a render
# that fails and an overfull document always fail.
BIN=$1
OUT=$2/hardpara
RUN=${NASKAH_RUN:-}
ENFORCE=${NASKAH_HARDPARA:-1}
IN=tests/regress/hard-paragraphs.yaml
mkdir -p "$OUT"
SUITE=
. tests/lib.sh

# no|what|mode|nth|first line begins|last line ends|ratio|>1.5x|hyphens|
# pairs|short|capital|codes|tracked|overfull (lines today)
ROWS='1|the title'"'"'s tentang, capitals, centred|all|1|PERUBAHAN ATAS|2024|2.0|0|0|0|0|0|0|0|0
2|menimbang a: PER/09/M.PAN/5/2007 (6 lines)|same|1|bahwa berdasarkan ketentuan|;|2.0|0|1|0|1|0|0|0|0
3|menimbang b: 800/15/KPTS/2024, offices (6 lines)|same|1|bahwa Keputusan Camat|;|2.0|0|3|2|1|2|1|0|0
4|menimbang c: names of places (6 lines)|same|1|bahwa Kelurahan|;|2.0|0|2|0|1|2|0|0|0
5|mengingat 1: Mengingat 2 of the decree (4 lines)|same|1|Undang-Undang Nomor 9 Tahun|;|2.0|0|2|0|1|2|0|0|0
6|mengingat 2: Nomor 244, Nomor 5587 (10 lines)|same|1|Undang-Undang Nomor 23 Tahun|;|2.0|0|4|1|2|3|0|0|0
7|mengingat 3: numbers with / . - (5 lines)|same|1|Surat Sekretaris|;|2.0|1|1|0|0|1|0|0|0
8|the Menetapkan line, capitals (4 lines)|same|2|KEPUTUSAN CAMAT|.|2.0|0|0|0|0|0|0|0|0
9|diktum KESATU in capitals (5 lines)|same|1|DENGAN INI|.|2.0|0|0|0|0|0|0|0|0
10|a narrow column: the indikator cell (6 lines)|same|1|Persentase|waktu|2.0|0|0|0|0|0|0|0|0'

$RUN $BIN render --lang=en --dump=layout "$IN" > "$OUT/layout" 2> "$OUT/err"
t "$IN renders (--dump=layout)" $?
grep -q '^stats .* overfull 0 ' "$OUT/layout"
t "$IN: no overfull line (the layout's stats)" $?

printf '%s\n' "$ROWS" | LC_ALL=C awk -F'|' -v dump="$OUT/layout" '
	function letters(s) { gsub(/[^A-Za-z\200-\377]/, "", s); return length(s) }
	BEGIN {
		while ((getline l < dump) > 0) {
			if (l !~ /^  line /) continue
			n++; split(l, f, " ")
			X[n] = f[2] + 0; W[n] = substr(f[4], 2) + 0; R[n] = substr(f[5], 2) + 0
			HY[n] = l ~ /^  line [^"]* hyphen /; TR[n] = l ~ /^  line [^"]* tracking/
			t = l; sub(/^[^"]*"/, "", t); sub(/"$/, "", t); T[n] = t
			m = split(t, w, " "); FW[n] = w[1]; LW[n] = w[m]
			if ((R[n] != 1 || HY[n]) && X[n] + W[n] > edge) edge = X[n] + W[n]
		}
	}
	{	no = $1; what = $2; mode = $3; nth = $4; start = $5; end = $6
		k = 0; first = 0
		for (i = 1; i <= n; i++)
			if (substr(T[i], 1, length(start)) == start && ++k == nth) { first = i; break }
		if (!first) { printf "missing: %s %s: no line begins with \"%s\"\n", no, what, start; next }
		c = 0; last = 0
		for (i = first; i <= n; i++) {
			if (mode == "same" && (X[i] - X[first] > 0.01 || X[first] - X[i] > 0.01))
				continue
			L[++c] = i
			if (substr(T[i], length(T[i]) - length(end) + 1) == end) { last = i; break }
		}
		if (!last) { printf "missing: %s %s: no line ends with \"%s\"\n", no, what, end; next }
		mr = 0; o15 = 0; hy = 0; pr = 0; sh = 0; cap = 0; co = 0; tr = 0; of = 0
		for (j = 1; j <= c; j++) {
			i = L[j]; nx = j < c ? FW[L[j + 1]] : ""
			if (R[i] > mr) mr = R[i]
			if (R[i] > 1.5) o15++
			if (TR[i]) tr++
			if (X[i] + W[i] > edge + 0.01) of++
			if (HY[i]) {
				hy++
				if (j > 1 && HY[L[j - 1]]) pr++
				p = LW[i]; sub(/-$/, "", p); sub(/.*-/, "", p)
				a = nx; sub(/[^A-Za-z\200-\377].*/, "", a)
				if (letters(p) < 3 || (nx != "" && letters(a) < 3)) sh++
				p = LW[i]; sub(/^[^A-Za-z\200-\377]+/, "", p)
				if (p ~ /^[A-Z]/) cap++
			}
			if (nx ~ /^[0-9A-Z]/ && (LW[i] ~ /[0-9A-Z][\/.]$/ ||
			    (!HY[i] && LW[i] ~ /[0-9A-Z]-$/)))
				co++
		}
		printf "figures: %s %s: %d lines, widest %.3f, over 1.5x %d, hyphens %d, pairs %d, short %d, capital %d, codes %d, tracked %d, overfull %d\n",
		    no, what, c, mr, o15, hy, pr, sh, cap, co, tr, of
		split("widest|over 1.5x|hyphens|pairs|short|capital|codes|tracked|overfull", name, "|")
		split(mr "|" o15 "|" hy "|" pr "|" sh "|" cap "|" co "|" tr "|" of, got, "|")
		bad = ""
		for (k = 1; k <= 9; k++)
			if (got[k] + 0 > $(k + 6) + 0)
				bad = bad sprintf("%s%s %s > %s", bad == "" ? "" : ", ", name[k], got[k], $(k + 6))
		if (bad == "") printf "within: %s %s\n", no, what
		else printf "over: %s %s: %s\n", no, what, bad
	}' > "$OUT/figures"
cat "$OUT/figures" | grep '^figures: '
grep -c '^\(within\|over\|missing\): ' "$OUT/figures" | grep -qx 10
t "hard-paragraphs: a verdict for each of the ten rows" $?
while IFS= read -r line; do
	case $line in
	within:*) t "hard paragraph ${line#within: }" 0 ;;
	missing:*) t "hard paragraph ${line#missing: }" 1 ;;
	over:*)	if [ "$ENFORCE" = 1 ]; then
			t "hard paragraph ${line#over: }" 1
		else
			echo "skipped: hard paragraph ${line#over: }, because NASKAH_HARDPARA is not 1 (issue 13's line breaker is not in yet)"
		fi ;;
	esac
done < "$OUT/figures"
echo "hardpara: $pass passed, $fail failed"
