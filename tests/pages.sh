#!/bin/sh
# SPDX-License-Identifier: ISC
# tests/pages.sh BIN OUTDIR - the pages of a decree and of a book, read
# back from --dump=layout and from the PDF's text: kata penyambung,
# label lists, organisation charts.  Prints "pages: N passed, N failed".
BIN=$1
OUT=$2/pages
RUN=${NASKAH_RUN:-}
mkdir -p "$OUT"
pass=0
fail=0
t() {	# t NAME STATUS
	if [ "$2" = 0 ]; then pass=$((pass + 1)); echo "ok: $1"
	else fail=$((fail + 1)); echo "FAIL: $1"; fi
}
BOOK=examples/pasar-manna-2024-buku.yaml

# dump YAML NAME: its --dump=layout into $OUT/NAME.layout
dump() {
	$RUN $BIN render --lang=en --dump=layout "$1" > "$OUT/$2.layout" 2> "$OUT/$2.err"
}

# --- kata penyambung --------------------------------------------------
# the decree inside the book ends its pages as the decree alone does
$RUN $BIN render --lang=en "$BOOK" -o "$OUT/buku.pdf" 2> /dev/null &&
    pdftotext -f 2 -l 2 -layout "$OUT/buku.pdf" - 2> /dev/null |
    grep -v '^[[:space:]]*$' | tail -n 1 | grep -q '[^ ] \. \. \.$'
t "the book's decree: a kata penyambung on its first page" $?

# ... in the words of the decree's own template (its page numbers too)
$RUN $BIN render --lang=en tests/pages/buku-templat.yaml -o "$OUT/bt.pdf" 2> /dev/null &&
    pdftotext -layout "$OUT/bt.pdf" - 2> /dev/null > "$OUT/bt.txt" &&
    grep -q '21\. Undang-Undang (bersambung)$' "$OUT/bt.txt" &&
    grep -q ' halaman 2$' "$OUT/bt.txt" && ! grep -q '\. \. \.$' "$OUT/bt.txt"
t "the book's decree: its own template's kata penyambung and page numbers" $?

# every kata penyambung of a decree's layout dump: inside the text area
# (its descent above the bottom margin, 25 mm), under the page's last
# line, flush right, and the first word of the next page, or a list
# marker and its first word ("21. Undang-Undang"); exit 1 when none
penyambung() {
	awk 'function word(s) { sub(/ .*/, "", s); return s }
	    NR == 1 { bottom = substr($4, index($4, "x") + 1) - 25 * 72 / 25.4 }
	    /^page / { p = $2; next }
	    # a text split where kerning moves a glyph: its pieces in a row
	    $1 == "text" { s = $0; sub(/^[^"]*"/, "", s); sub(/"$/, "", s)
		if (run != "" && $3 == ry && $2 - rx2 < 3 && rx2 - $2 < 3) run = run s; else run = s
		ry = $3; rx2 = $2 + substr($5, 2) }
	    $1 != "text" { run = "" }
	    $1 == "text" && $0 ~ / \. \. \."$/ { n++; s = run; sub(/ \. \. \.$/, "", s)
		want[p] = s; y = $3 + 0; size = substr($4, 2) + 0
		if (y + 0.25 * size > bottom) { print "page " p ": penyambung at " y " below the text area (" bottom ")"; bad = 1 }
		py[p] = y; next }
	    $1 == "line" { y = $3 + 0; t = $0; sub(/^[^"]*"/, "", t); sub(/"$/, "", t)
		if (!(p in top) || y < top[p] - 0.01) { top[p] = y; fx[p] = $2 + 0; ft[p] = t; sx[p] = 1e9; st[p] = "" }
		else if (y < top[p] + 0.01) {
			if ($2 + 0 < fx[p]) { sx[p] = fx[p]; st[p] = ft[p]; fx[p] = $2 + 0; ft[p] = t }
			else if ($2 + 0 < sx[p]) { sx[p] = $2 + 0; st[p] = t } }
		if (y > low[p]) low[p] = y }
	    END { if (n == 0) exit 1
		for (q in want) {
			w = word(ft[q + 1])
			if (w ~ /^([0-9]+|[a-z][a-z]?)[.)]$/ && st[q + 1] != "") w = w " " word(st[q + 1])
			if (want[q] != w) { print "page " q ": penyambung \"" want[q] "\", next page starts \"" w "\""; bad = 1 }
			if (py[q] < low[q] - 0.01) { print "page " q ": penyambung above the last line"; bad = 1 } }
		exit bad }' "$1"
}
dump tests/pages/penyambung-penuh.yaml penuh && penyambung "$OUT/penuh.layout"
t "full pages: kata penyambung inside the text area, \"21. Undang-Undang . . .\"" $?
dump tests/regress/hard-page-end.yaml page-end && penyambung "$OUT/page-end.layout"
t "hard-page-end: kata penyambung in the text area, numbered point" $?
dump examples/pasar-manna-2024.yaml decree && penyambung "$OUT/decree.layout"
t "the example decree: kata penyambung in the text area" $?

# a first word wider than the column (a 70 000-letter token, broken at
# the column's edge): its kata penyambung is a start of it that fits
cp examples/iku-pasar-manna-2024.yaml "$OUT/"
awk '/^  alamat: / { printf "  alamat: Jl. "; for (i = 0; i < 70000; i++) printf "a"; print ""; next } { print }' \
    examples/pasar-manna-2024.yaml > "$OUT/long-kop.yaml"
dump "$OUT/long-kop.yaml" long-kop &&
    awk 'NR == 1 { w = substr($4, index($4, "x") + 1) }
	$1 == "text" && $0 ~ / \. \. \."$/ { n++; x = $2 + 0; wd = substr($5, 2) + 0
		if (x < 85.03 || x + wd > w - 56.69 + 0.01) { print "penyambung from " x " to " x + wd " outside the text area"; bad = 1 } }
	END { exit n == 0 || bad }' "$OUT/long-kop.layout"
t "a kata penyambung of a word wider than the column stays in the text area" $?

# --- label lists ("Maju : ...") ---------------------------------------
# every colon of a list of terms stands on the baseline of a line to its
# left on the same page (the term), none alone at a page's foot
colons() {
	awk '/^page / { p = $2; next }
	    $1 == "line" && $NF == "\":\"" { c[++n] = p " " $3; cx[n] = $2; next }
	    $1 == "line" { at[p " " $3] = at[p " " $3] " " $2 }
	    END { if (n == 0) exit 1
		for (i = 1; i <= n; i++) {
			k = split(at[c[i]], xs, " "); ok = 0
			for (j = 1; j <= k; j++) if (xs[j] + 0 < cx[i] + 0) ok = 1
			if (!ok) { print "colon alone: page/y " c[i]; bad = 1 } }
		exit bad }' "$1"
}
dump tests/pages/terms-break.yaml terms && colons "$OUT/terms.layout"
t "terms over pages: each colon on its term's baseline and page" $?
dump "$BOOK" buku && colons "$OUT/buku.layout"
t "the book's visi/misi: each colon on its term's baseline and page" $?

# the change list's "Menjadi : ..." (naskah diff --pdf): each colon's box
# has the baseline of the word before it in the PDF (pdftotext -bbox)
$RUN $BIN diff --pdf "$OUT/daftar.pdf" examples/pasar-manna-2024.yaml \
    examples/pasar-manna-2024-perubahan.yaml > /dev/null 2>&1 &&
    pdftotext -bbox "$OUT/daftar.pdf" - 2> /dev/null |
    awk -F'"' '/<word / { w = $0; sub(/.*">/, "", w); sub(/<.*/, "", w)
	    if (w == ":") { n++; if (prev == "" || $8 - ymax > 0.01 || ymax - $8 > 0.01) {
		print "colon off the line of " prev ": " $8 " vs " ymax; bad = 1 } }
	    prev = w; ymax = $8 }
	END { exit bad || n < 2 }'
t "the change list: Semula and Menjadi with their colons on one baseline" $?

# --- organisation charts ------------------------------------------------
# chart YAML NAME: every text at 8 pt or more, every NIP whole (its 18
# digits on the line of "NIP." or the next one), every box, rule and text inside the
# text area of its page (A4 book margins: 30/20 mm across a portrait
# page, 20/25 mm across a turned one; a book's F4 decree pages are not
# read)
chart() {
	$RUN $BIN render --lang=en "$1" -o "$OUT/$2.pdf" 2> "$OUT/$2.err" &&
	    dump "$1" "$2" &&
	    pdfinfo -f 1 -l 999 "$OUT/$2.pdf" 2> /dev/null |
	    awk '/^Page .* size:/ { print $2, $4 }' > "$OUT/$2.sizes" &&
	    awk 'FNR == NR { w[$1] = $2; next }
	    /^page / { p = $2; l = w[p] > 600 ? 20 : 30; r = w[p] > 600 ? 25 : 20
		left = l * 72 / 25.4 - 0.01; right = w[p] - r * 72 / 25.4 + 0.01
		skip = w[p] != 595.276 && w[p] != 841.89; next }	# a decree: F4
	    skip { next }
	    $1 == "text" && substr($4, 2) + 0 < 8 { print "page " p ": " $4 " text " $0; bad = 1 }
	    # a line, and its texts, may reach past the text by its hang
	    # (punctuation hanging into the margin)
	    $1 == "line" { hang = 0; for (i = 5; i <= NF; i++) if ($i ~ /^hang[0-9.]+$/) hang = substr($i, 5) + 0 }
	    ($1 == "text" || $1 == "line") && ($2 < left || $2 + substr($4 $5, index($4 $5, "w") + 1) > right + hang) {
		print "page " p ": outside the text area: " $0; bad = 1 }
	    $1 == "rule" && ($2 < left || $4 > right || $4 < left || $2 > right) {
		print "page " p ": rule outside the text area: " $0; bad = 1 }
	    $1 == "line" { d = $0; sub(/^[^"]*"/, "", d); gsub(/[^0-9]/, "", d)
		if (nip && length(d) < 18) { print "page " p ": NIP broken: " $0; bad = 1 }
		nip = $0 ~ /"NIP/ && length(d) < 18 }
	    END { exit bad || nip }' "$OUT/$2.sizes" "$OUT/$2.layout"
}
chart tests/pages/chart-kecamatan.yaml kecamatan
t "a kecamatan's chart with NIPs: 8 pt or more, NIPs whole, inside the text area" $?
chart tests/regress/chart-wide.yaml wide
t "chart-wide: 8 pt or more, NIP whole, inside the text area" $?
chart tests/regress/chart-deep.yaml deep
t "chart-deep: 8 pt or more, inside the text area" $?
chart tests/regress/chart-landscape.yaml landscape
t "chart-landscape: 8 pt or more, NIP whole, inside the text area" $?
chart "$BOOK" book
t "the book example: 8 pt or more, NIPs whole, inside the text area" $?

# units UNITS...: a book whose chart has one head over UNITS units
# (a number), or over units that each have that many units of their own
# (a list), with long titles, names and NIPs, after /work/notes/c15.py
units() {
	printf 'naskah: 1\njenis: buku\nkertas: A4\nbagian:\n  - bab:\n      judul: S\n      isi:\n        - bagan:\n'
	printf '            - {id: k, jabatan: CAMAT PASAR MANNA KABUPATEN BENGKULU SELATAN, nama: MIMI HERAWATI, nip: 19730305 200803 2 001}\n'
	[ $# -gt 1 ] && printf '            - {id: f, jabatan: KELOMPOK JABATAN FUNGSIONAL, atasan: k, staf: ya}\n'
	for u in $(seq 1 $#); do
		n=$(eval echo \${$u})
		p=k
		if [ $# -gt 1 ]; then
			printf '            - {id: u%d, jabatan: KEPALA BIDANG %d, atasan: k, nama: NAMA KEPALA BIDANG %d, nip: 19750101 200001 1 00%d}\n' $u $u $u $((u % 10))
			p=u$u
		fi
		for i in $(seq 1 $n); do
			printf '            - {id: %s-%d, jabatan: KEPALA SEKSI PEMBERDAYAAN MASYARAKAT DESA %d, atasan: %s, nama: NAMA PEGAWAI YANG CUKUP PANJANG %d, nip: 19800101 200501 1 00%d}\n' $p $i $i $p $i $((i % 10))
		done
	done
}
# wide NAME: chart NAME's checks and no overfull line; or, exit 1
# with one positioned error that asks to split the chart (allowed
# with ERR=1)
wide() {
	rm -f "$OUT/$1.layout"
	chart "$OUT/$1.yaml" "$1" && grep -q '^stats .* overfull 0 ' "$OUT/$1.layout" && return 0
	[ "${ERR:-0}" = 1 ] && ! [ -s "$OUT/$1.layout" ] || return 1
	$RUN $BIN render --tanpa-tinjau --lang=en "$OUT/$1.yaml" -o "$OUT/$1.pdf" 2> "$OUT/$1.err"
	[ $? = 1 ] && [ "$(wc -l < "$OUT/$1.err")" = 1 ] &&
	    grep -Eq "^naskah: $OUT/$1.yaml:[0-9]+:[0-9]+: error: .*split it into a chart per unit" "$OUT/$1.err"
}
for n in 9 15 25; do
	units $n > "$OUT/units$n.yaml"
	wide units$n
	t "a head over $n units: in columns, 8 pt or more, NIPs whole, inside the text area, no overfull line" $?
done
units 60 > "$OUT/units60.yaml"
ERR=1 wide units60
t "a head over 60 units: 8 pt or more, NIPs whole, inside the text area, or an error that asks to split the chart" $?
units 2 9 > "$OUT/mix.yaml"
wide mix
t "a head, a staf and units over 2 and 9 units: 8 pt or more, NIPs whole, inside the text area, no overfull line" $?

# --- naskah diff: a changed IKU row named by indikator and numbers -----
# (the terminal's list: tests/diff/pindah/expected.txt)
$RUN $BIN diff --pdf "$OUT/pindah.pdf" tests/diff/pindah/old.yaml \
    tests/diff/pindah/new.yaml > /dev/null 2>&1 &&
    pdftotext -layout "$OUT/pindah.pdf" - 2> /dev/null | tr -s ' \n' '  ' |
    grep -q 'IKU 2 → 3 (Per-* *sentase'
t "the change list's Bagian: \"IKU 2 → 3 (Persentase ...)\"" $?

echo "pages: $pass passed, $fail failed"
