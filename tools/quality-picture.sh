#!/bin/sh
# SPDX-License-Identifier: ISC
# tools/quality-picture.sh [NASKAH [OUT]] - one paragraph of the decree
# set by pdflatex with microtype (../shared/reference/decree.tex) above
# the same paragraph set by naskah (examples/pasar-manna-2024.yaml),
# each labelled, at 150 dpi, into OUT (doc/quality.png).  Both in one
# face: the reference is set in TeX Gyre Bonum (tgbonum, the Bookman
# the example uses) unless FACE=times, which sets the example in times
# and leaves the reference in its Times (mathptmx).  The paragraph
# is Mengingat 2 (issue 13's "Mengingat 2 on page 1"): it is found in
# each PDF by its first words and its last word (pdftotext -bbox), and
# the picture is cut around every word between them, so nothing here
# depends on where either program puts it today.  Run by hand from the
# top of the tree after make (not part of make check); commit the
# picture.  Needs pdflatex (with the packages the reference's README
# names), poppler-utils (pdftotext, pdftoppm) and ImageMagick.
set -eu
NASKAH=${1:-./naskah}
OUT=${2:-doc/quality.png}
TEX=${TEX:-../shared/reference/decree.tex}
YAML=examples/pasar-manna-2024.yaml
FACE=${FACE:-bookman}
# the paragraph's first words and its last word (another paragraph:
# give both in the environment)
FIRST=${FIRST:-"Undang-Undang Nomor 9 Tahun 1967"}
LAST=${LAST:-"2828);"}
DPI=150
PAD=4						# points left and right
FONT=fonts/liberation-sans-regular.ttf		# of the labels

# ImageMagick 7's magick or 6's convert (a convert that is not
# ImageMagick's, as some systems have, does not do)
IM=
for c in magick convert-im6.q16 convert-im6 convert; do
	if command -v "$c" > /dev/null 2>&1 &&
	    "$c" -version 2> /dev/null | grep -q '^Version: ImageMagick'; then
		IM=$c
		break
	fi
done
for c in pdflatex pdftotext pdftoppm; do
	command -v "$c" > /dev/null 2>&1 ||
	    { echo "quality-picture: no $c" >&2; exit 1; }
done
[ -n "$IM" ] || { echo "quality-picture: no ImageMagick" >&2; exit 1; }
[ -f "$TEX" ] || { echo "quality-picture: no $TEX" >&2; exit 1; }

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

if [ "$FACE" = times ]; then
	cp "$TEX" "$tmp/decree.tex"
	cp -R "$(dirname "$YAML")" "$tmp/ex"
	sed 's/^huruf: .*/huruf: times/' "$YAML" > "$tmp/ex/times.yaml"
	YAML=$tmp/ex/times.yaml
	NAME="Times"
else
	sed 's/\\usepackage{mathptmx}/\\usepackage{tgbonum}/' "$TEX" > "$tmp/decree.tex"
	NAME="TeX Gyre Bonum"
fi
(cd "$tmp" && pdflatex -interaction=batchmode decree.tex > /dev/null 2>&1) ||
    { echo "quality-picture: pdflatex failed (see $TEX's README)" >&2; exit 1; }
"$NASKAH" render "$YAML" -o "$tmp/naskah.pdf"

# cut NAME PDF: $tmp/NAME.png, the paragraph's words and PAD around them
cut() {
	pdftotext -bbox "$2" "$tmp/$1.html"
	box=$(awk -v first="$FIRST" -v last="$LAST" \
	    -v pad="$PAD" -v dpi="$DPI" '
	/<page / { pg++ }
	/<word / {
		split($0, a, "\"")
		s = $0
		sub(/^.*">/, "", s)
		sub(/<\/word>.*$/, "", s)
		n++
		wp[n] = pg; wt[n] = s
		x0[n] = a[2]; y0[n] = a[4]; x1[n] = a[6]; y1[n] = a[8]
	}
	END {
		k = split(first, f, " ")
		for (i = 1; i + k - 1 <= n && !start; i++) {
			for (j = 1; j <= k; j++)
				if (wt[i + j - 1] != f[j] || wp[i + j - 1] != wp[i])
					break
			if (j > k)
				start = i
		}
		for (i = start; start && i <= n && !end; i++)
			if (wt[i] == last && wp[i] == wp[start])
				end = i
		if (!start || !end)
			exit 1
		top = y0[start]; bottom = y1[end]
		# every word of that page between the first line and the
		# last (its label too, wherever it is in reading order)
		left = 1e9; right = -1e9; half = 1e9
		c0 = (y0[start] + y1[start]) / 2; c1 = (y0[end] + y1[end]) / 2
		for (i = 1; i <= n; i++) {
			if (wp[i] != wp[start])
				continue
			m = (y0[i] + y1[i]) / 2
			if (m < top || m > bottom)
				continue
			if (x0[i] < left) left = x0[i]
			if (x1[i] > right) right = x1[i]
			if (m > c0 + 1 && (m - c0) / 2 < half)
				half = (m - c0) / 2
		}
		# the words of a reader are taller than the line pitch: cut
		# half a line above the first line and below the last
		if (half < 1e9) {
			top = c0 - half; bottom = c1 + half
		}
		sc = dpi / 72
		printf "%d %d %d %d %d\n", wp[start], (left - pad) * sc,
		    top * sc, (right - left + 2 * pad) * sc,
		    (bottom - top) * sc
	}' "$tmp/$1.html") ||
	    { echo "quality-picture: \"$FIRST ... $LAST\" not in $2" >&2; exit 1; }
	set -- "$1" "$2" $box
	pdftoppm -r "$DPI" -f "$3" -l "$3" -x "$4" -y "$5" -W "$6" -H "$7" \
	    -png -singlefile "$2" "$tmp/$1"
}
cut pdflatex "$tmp/decree.pdf"
cut naskah "$tmp/naskah.pdf"

# label LABEL NAME: a band above $tmp/NAME.png with LABEL in it
label() {
	"$IM" "$tmp/$2.png" -background white -gravity northwest \
	    -splice 0x30 -font "$FONT" -pointsize 18 -fill '#444444' \
	    -annotate +8+6 "$1" "$tmp/$2-l.png"
}
label "pdflatex + microtype, $NAME" pdflatex
label "naskah, $NAME" naskah
mkdir -p "$(dirname "$OUT")"
"$IM" "$tmp/pdflatex-l.png" "$tmp/naskah-l.png" -background white \
    -gravity northwest -splice 0x12 -append -bordercolor white -border 12 \
    -strip "$OUT"
echo "quality-picture: $OUT"
