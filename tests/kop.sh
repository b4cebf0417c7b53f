#!/bin/sh
# SPDX-License-Identifier: ISC
# tests/kop.sh BIN OUT - the kop's contact lines (naskah.5, kop; issue
# 14), read back from the PDF with pdftotext:
#
# 1. tests/regress/kop-lengkap.yaml: the alamat closed by the kode pos,
#    then telepon and faksimile, then laman and pos-el, in the shipped
#    template's words;
# 2. the same kop with a template copy that has no kop section
#    (tests/regress/templat/kolom-iku.yaml): the same lines, the
#    defaults' words;
# 3. tests/regress/kop-kata.yaml: a template's own words ("Telp.", a
#    space between parts), the others the defaults'; without alamat the
#    kode pos is its own line;
# 4. so that 1 to 3 can fail: the example decree, whose kop has no
#    contact fields, has none of these words.
#
# Prints "kop: N passed, N failed" last.
BIN=$1
OUT=$2/kop
RUN=${NASKAH_RUN:-}
rm -rf "$OUT"
mkdir -p "$OUT"
SUITE=kop
. tests/lib.sh
# text NAME YAML [ARG...]: the first page's text of YAML into OUT/NAME.txt
text() {
	n=$1
	y=$2
	shift 2
	$RUN "$BIN" render --lang=en "$@" "$y" -o "$OUT/$n.pdf" 2> "$OUT/$n.err" &&
	    pdftotext -l 1 "$OUT/$n.pdf" "$OUT/$n.txt"
}
# has NAME LINE: OUT/NAME.txt has the line LINE
has() {
	grep -qxF "$2" "$OUT/$1.txt"
}

FULL=tests/regress/kop-lengkap.yaml
for run in "lengkap $FULL" \
    "lama $FULL --template tests/regress/templat/kolom-iku.yaml"; do
	# shellcheck disable=SC2086
	text $run
	t "$run: rendered" $?
	n=${run%% *}
	has $n "Jalan Jenderal Sudirman Nomor 1 Manna, Kode Pos 38512"
	t "$n: the alamat closed by the kode pos" $?
	has $n "Telepon (0739) 21234, Faksimile (0739) 21235"
	t "$n: telepon and faksimile on the next line" $?
	grep -q "^Laman: pasarmanna.bengkuluselatankab.go.id," "$OUT/$n.txt" &&
	    grep -q "Pos-el: kec.pasarmanna@bengkuluselatankab.go.id$" \
	    "$OUT/$n.txt"
	t "$n: laman and pos-el after them" $?
done
text kata tests/regress/kop-kata.yaml
t "kop-kata: rendered" $?
has kata "Kode Pos 12345" && has kata "Telp. (021) 1234567 Faksimile (021) 1234568" &&
    has kata "Pos-el: kecamatan@contoh.go.id"
t "kop-kata: the template's words, the defaults for the rest" $?
text contoh examples/pasar-manna-2024.yaml
t "the example: rendered" $?
! grep -q "Telepon\|Faksimile\|Kode Pos\|Laman:\|Pos-el:" "$OUT/contoh.txt"
t "the example: no contact line" $?

echo "kop: $pass passed, $fail failed"
[ "$fail" = 0 ]
