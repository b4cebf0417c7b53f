#!/bin/sh
# SPDX-License-Identifier: ISC
# tests/positions.sh BIN OUTDIR - every word a reader finds in the PDF
# (pdftotext -bbox) starts where the layout put it (--dump=layout), to
# 0.01 pt, and ends where the layout ended it, to 0.02 pt (its glyphs
# drawn with the kerning they were measured with: lines, page numbers,
# kata penyambung, the daftar isi, table figures), and the words of one
# face and size sit at one height above their baselines (so each
# baseline is where the layout put it).  The documents: the decree, the
# book, text beyond Windows-1252 (two-byte fonts), letter-spaced
# headings, underlined names, a table, a book in a face that kerns
# figures.  Prints "positions: N passed, N failed".
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
# a book in Liberation Serif, which kerns "11" (the decree's face kerns
# no figures): page 11's number, its entry in the daftar isi, figures
# aligned on their decimal comma in a table
k=$OUT/positions/kerned-numbers.yaml
{
	echo "naskah: 1"
	echo "jenis: buku"
	echo "huruf:"
	echo "  biasa: $PWD/fonts/liberation-serif-regular.ttf"
	echo "  tebal: $PWD/fonts/liberation-serif-bold.ttf"
	echo "bagian:"
	echo "  - daftar_isi:"
	echo "  - bab:"
	echo "      judul: [PERTAMA]"
	echo "      isi:"
	for i in 1 2 3 4 5 6 7 8 9 10; do
		echo "        - Halaman $i."
		echo "        - ganti_halaman:"
	done
	echo "  - bab:"
	echo "      judul: [KEDUA]"
	echo "      isi:"
	echo "        - Halaman 11."
	echo "        - tabel:"
	echo "            kolom:"
	echo "              - {judul: Nomor, lebar: 30, rata: tengah}"
	echo "              - judul: Uraian"
	echo "            baris:"
	echo "              - [\"11\", Sebelas]"
	echo "              - [\"111,11\", Seratus sebelas koma sebelas]"
} > "$k"
for y in examples/pasar-manna-2024.yaml examples/pasar-manna-2024-buku.yaml \
    examples/lkjip-pasar-manna-2024.yaml tests/regress/mixed-scripts.yaml \
    tests/regress/hard-60-letters.yaml tests/regress/book-blocks.yaml \
    tests/regress/long-token.yaml "$k"; do
	n=$OUT/positions/$(basename "$y" .yaml)
	$RUN $BIN render "$y" -o "$n.pdf" 2> "$n.err" &&
	    $RUN $BIN render --dump=layout "$y" > "$n.layout" 2>> "$n.err" &&
	    pdftotext -bbox "$n.pdf" "$n.html" 2>> "$n.err"
	t "$y renders and reads back" $?
	awk -v min="${POSITIONS_MIN:-0.9}" '
	# a word (or more of the last one) of the layout: where it starts
	# ($2) is known unless nostart, where it ends (x2) unless noend
	function word(t, gap, nostart, noend) {
		if (t == "")
			return
		if (gap || nw == 0) {
			nw++
			# pdftotext puts the bottom of a word scaled by
			# Tz (tz101.5) lower or higher: one group a scale
			wp[nw] = pg; wx[nw] = $2; wy[nw] = $3
			wf[nw] = $4 ($6 ~ /^tz/ ? " " $6 : "")
			wt[nw] = t; ws[nw] = !nostart
		} else {
			wt[nw] = wt[nw] t
			# a word of several faces ("(" and an italic
			# "out") sits as its lowest face: not measured
			if (wf[nw] != $4 ($6 ~ /^tz/ ? " " $6 : ""))
				mixed[nw] = 1
		}
		we[nw] = noend ? "" : x2
	}
	# the layout: words of each line (pieces between its spaces)
	FNR == NR && $1 == "page" { pg = $2; inl = 0; next }
	FNR == NR && ($1 == "line" || $1 == "text") {
		s = $0
		sub(/^[^"]*"/, "", s)
		sub(/"$/, "", s)
		gsub(/\\"/, "\"", s)
		gsub(/\\\\/, "\\", s)
	}
	FNR == NR && $1 == "line" {
		inl = 1; rest = s; cur = ""; tc = 0
		if ($6 ~ /^tracking/)
			tc = substr($6, 9) + 0
		next
	}
	FNR == NR && $1 == "text" {
		size = substr($4, 2) + 0
		gap = 1
		# where its last glyph ends (a reader leaves out the letter
		# spacing after it)
		x2 = $2 + substr($5, 2) - (inl ? tc : 0)
		if (inl) {
			gap = rest ~ /^ / || cur == ""
			sub(/^ +/, "", rest)
			if (substr(rest, 1, length(s)) == s)
				rest = substr(rest, length(s) + 1)
			else
				{ inl = 0; gap = 1 }
		} else if (nw > 0 && !pinl && wp[nw] == pg && wy[nw] == $3 &&
		    cur !~ / $/ && s !~ /^ / && $2 - px2 < 0.25 * size &&
		    px2 - $2 < 0.25 * size)
			# a text outside a line record that goes on where the
			# last one ended (split where kerning moves a glyph,
			# the two parts of a figure): the same word
			gap = 0
		pinl = inl
		px2 = x2
		cur = s
		if (!inl && index(s, " ") > 0) {
			# a piece of several words (dot leaders, "- 2 -",
			# "Kata . . ."): its first word starts where it does,
			# its last ends where it does, the others are not known
			n = split(s, parts, / +/)
			nskip += n - 2
			word(parts[1], gap, 0, 1)
			word(parts[n], 1, 1, 0)
		} else
			word(s, gap, 0, 0)
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
			if (wp[i] != rp || used[i] || (!ws[i] && we[i] == ""))
				continue
			# the first part of a word broken at a line end reads
			# as the whole word (ActualText)
			if (wt[i] != s && !(wt[i] ~ /-$/ && length(s) >= \
			    length(wt[i]) - 1 && index(s, substr(wt[i], 1,
			    length(wt[i]) - 1)) == 1))
				continue
			d = ws[i] ? wx[i] - a[2] : we[i] - a[6]
			if (d < 0) d = -d
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
				    FILENAME, rp, s, ws[best] ? a[2] : a[6],
				    ws[best] ? wx[best] : we[best]
		}
		# and ends where the layout ended it (glyphs drawn with the
		# kerning they were measured with), to 0.02 pt: the dump
		# rounds both its x and its width to 0.01
		de = we[best] - a[6]; if (de < 0) de = -de
		if (wt[best] == s && ws[best] && we[best] != "" && de > 0.02) {
			bad++
			if (bad <= 5)
				printf "%s page %d: \"%s\" ends at %.3f, the layout %.2f\n",
				    FILENAME, rp, s, a[6], we[best]
		}
		off = a[8] - wy[best]
		k = wf[best]
		if (!mixed[best] && (!(k in lo) || off < lo[k])) lo[k] = off
		if (!mixed[best] && (!(k in hi) || off > hi[k])) hi[k] = off
	}
	END {
		for (i = 1; i <= nw; i++)	# neither end known
			if (!ws[i] && we[i] == "")
				nskip++
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
