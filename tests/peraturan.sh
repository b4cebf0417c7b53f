#!/bin/sh
# SPDX-License-Identifier: ISC
# tests/peraturan.sh BIN OUT - a Peraturan (jenis: peraturan, naskah.5
# PERATURAN; doc/peraturan.md) read back from its PDF with pdftotext:
#
# 1. examples/peraturan-bupati-contoh-raya-iku.yaml: BAB I to IV, each
#    with its title on the next line; Bagian Kesatu to Ketiga, Paragraf
#    1 and 2; "Pasal 1" to "Pasal 11" in order, each heading centred on
#    the text area; an ayat's "(1)" at the left margin and its text
#    hanging right of it;
# 2. its penutup as the template words it, then "Ditetapkan di" at the
#    right, "Diundangkan di" at the left margin under it, and the BERITA
#    DAERAH line last;
# 3. tests/regress/peraturan-walikota.yaml: the deeper labels a) and 1),
#    and the BERITA DAERAH words changed by its templat_ubah;
# 4. so that 1 to 3 can fail: the Keputusan example has no Pasal heading
#    and no BERITA DAERAH line.
#
# Prints "peraturan: N passed, N failed" last.
BIN=$1
OUT=$2/peraturan
RUN=${NASKAH_RUN:-}
rm -rf "$OUT"
mkdir -p "$OUT"
SUITE=peraturan
. tests/lib.sh
# text NAME YAML: YAML's PDF, its text (NAME.txt, a line a line) and its
# words with their boxes (NAME.box: page xmin xmax ymin word)
text() {
	$RUN "$BIN" render --lang=en "$2" -o "$OUT/$1.pdf" 2> "$OUT/$1.err" &&
	    pdftotext "$OUT/$1.pdf" "$OUT/$1.txt" &&
	    pdftotext -bbox "$OUT/$1.pdf" - | awk '
		/<page / { p++ }
		/<word / {
			match($0, /xMin="[0-9.]*"/); x0 = substr($0, RSTART + 6, RLENGTH - 7)
			match($0, /xMax="[0-9.]*"/); x1 = substr($0, RSTART + 6, RLENGTH - 7)
			match($0, /yMin="[0-9.]*"/); y = substr($0, RSTART + 6, RLENGTH - 7)
			w = $0; sub(/.*">/, "", w); sub(/<\/word>.*/, "", w)
			print p, x0, x1, y, w
		}' > "$OUT/$1.box"
}
# in_order NAME LINE...: OUT/NAME.txt has these whole lines, in this
# order (each found after the one before)
in_order() {
	n=$1
	shift
	for l in "$@"; do printf '%s\n' "$l"; done > "$OUT/want"
	awk 'NR == FNR { w[++nw] = $0; next }
		i < nw && $0 == w[i + 1] { i++ }
		END { exit i != nw }' "$OUT/want" "$OUT/$n.txt"
}
# lines NAME: OUT/NAME.box as lines: page y xmin xmax nwords words...
lines() {
	awk 'function out() { if (n) print p, y, x0, x1, n, ws }
		$1 != p || $4 != y { out(); p = $1; y = $4; x0 = $2; n = 0; ws = "" }
		{ x1 = $3; n++; ws = ws (n > 1 ? " " : "") $5 }
		END { out() }' "$OUT/$1.box"
}

EX=examples/peraturan-bupati-contoh-raya-iku.yaml
text contoh $EX
t "example: rendered" $?
in_order contoh "BAB I" "KETENTUAN UMUM" "BAB II" "INDIKATOR KINERJA UTAMA" \
    "Bagian Kesatu" "Penetapan" "Bagian Kedua" "Penggunaan" \
    "Bagian Ketiga" "Pengukuran dan Pelaporan" "Paragraf 1" "Pengukuran" \
    "Paragraf 2" "Pelaporan" "BAB III" "REVIU DAN PERUBAHAN" "BAB IV" \
    "KETENTUAN PENUTUP"
t "example: BAB, Bagian and Paragraf in order, each with its title" $?
grep -x 'Pasal [0-9]*' "$OUT/contoh.txt" > "$OUT/pasal"
seq 11 | sed 's/^/Pasal /' | cmp -s - "$OUT/pasal"
t "example: Pasal 1 to 11 through the whole text, in order" $?
# the text area of F4 with the default margins: 85.04 to 552.76 pt
lines contoh > "$OUT/contoh.lines"
awk '$5 == 2 && $6 == "Pasal" && $7 ~ /^[0-9]+$/ {
		n++; c = ($3 + $4) / 2
		if (c < 317.9 || c > 319.9) bad++
	}
	END { exit !(n == 11 && bad == 0) }' "$OUT/contoh.lines"
t "example: each Pasal heading centred on the text area" $?
awk '$6 == "(1)" { n++; if ($3 < 84.5 || $3 > 85.6) bad++; p = $1; y = $2 }
	END { exit !(n == 3 && bad == 0) }' "$OUT/contoh.lines" &&
    awk '$5 == "(1)" && $2 < 86 { p = $1; y = $4; next }
	p != "" && $1 == p && $4 == y { if ($2 < 100) bad++; n++ }
	{ p = "" }
	END { exit !(n == 3 && bad == 0) }' "$OUT/contoh.box"
t "example: ayat (1) at the left margin, its text hanging" $?
tr '\n' ' ' < "$OUT/contoh.txt" | grep -qF "Agar setiap orang mengetahuinya, memerintahkan pengundangan Peraturan Bupati ini dengan penempatannya dalam Berita Daerah Kabupaten Contoh Raya."
t "example: the penutup" $?
in_order contoh "Ditetapkan di Contoh Raya" "BUPATI CONTOH RAYA," \
    "ANDI SURYA PRATAMA" "Diundangkan di Contoh Raya" \
    "SEKRETARIS DAERAH" "KABUPATEN CONTOH RAYA," "RINA KARTIKASARI" \
    "BERITA DAERAH KABUPATEN CONTOH RAYA TAHUN 2024 NOMOR 7"
t "example: signature, pengundangan, BERITA DAERAH line, in order" $?
awk '$5 == "Ditetapkan" { d = $2 } $5 == "Diundangkan" { u = $2 }
	$5 == "BERITA" && !b { b = $2 }
	END { exit !(d > 300 && u > 84.5 && u < 85.6 && b > 84.5 && b < 85.6) }' \
    "$OUT/contoh.box"
t "example: the pengundangan and BERITA DAERAH at the left margin, the signature right" $?

text walikota tests/regress/peraturan-walikota.yaml
t "walikota: rendered" $?
grep -q '^a) perbandingan dengan target;$' "$OUT/walikota.txt" &&
    grep -q '^1) indikator yang sama; dan$' "$OUT/walikota.txt" &&
    grep -q '^2\. analisis capaian, yang terdiri atas:$' "$OUT/walikota.txt"
t "walikota: lists a. / 1. / a) / 1)" $?
grep -qx "BERITA DAERAH KOTA CONTOH TAHUN 2024 NOMOR 12 SERI E" "$OUT/walikota.txt"
t "walikota: the BERITA DAERAH words of its templat_ubah" $?

text keputusan examples/pasar-manna-2024.yaml
t "keputusan: rendered" $?
! grep -qx 'Pasal [0-9]*\|BERITA DAERAH.*' "$OUT/keputusan.txt"
t "keputusan: no Pasal heading, no BERITA DAERAH line" $?

echo "peraturan: $pass passed, $fail failed"
[ "$fail" = 0 ]
