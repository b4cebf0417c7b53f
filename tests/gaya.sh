#!/bin/sh
# SPDX-License-Identifier: ISC
# tests/gaya.sh BIN OUT - house styles in one line each (issue 14): the
# optional template keys (template.def OT, OC, ON) and what they print.
#
# 1. gaya.butir_tunggal: tests/regress/butir-tunggal.yaml (tanpa, by
#    templat_ubah) prints no label before its single Menimbang and
#    Memperhatikan, whose text starts where a labelled point's does (the
#    x of its Mengingat points' text), while the same decree without the
#    line prints "a." and "1." there; its Mengingat keeps 1., 2., 3.
# 2. kata.baris_nomor: tests/regress/baris-nomor.yaml ("NOMOR : {nomor}")
#    prints "NOMOR : 800/12/KPTS/2024" under the title and the number
#    alone in the lampiran's NOMOR row; "Nomor : {nomor}" likewise; the
#    default's own pattern written out ("NOMOR {nomor} TAHUN {tahun}")
#    gives the bytes of a template without the key for a nomor that ends
#    in the year, one that does not, none, and one with a blank part;
#    "Nomor {nomor} Tahun {tahun}" and a nomor "7" give "Nomor 7 Tahun
#    2024", and the lampiran row "7 Tahun 2024".
#
# Prints "gaya: N passed, N failed" last.
BIN=$1
OUT=$2/gaya
RUN=${NASKAH_RUN:-}
rm -rf "$OUT"
mkdir -p "$OUT"
SUITE=gaya
. tests/lib.sh

# x of the layout's line whose text starts with $2, in dump $1
x_of() {
	sed -n "s/^  line \([0-9.]*\) [0-9.]* .*\"$2.*/\1/p" "$1" | head -n 1
}

B=tests/regress/butir-tunggal.yaml
$RUN $BIN render --dump=layout "$B" > "$OUT/bt.layout" 2> "$OUT/bt.err"
t "$B: --dump=layout" $?
[ ! -s "$OUT/bt.err" ]
t "$B: no message" $?
# the same decree without its templat_ubah: lines
sed -e '/^templat_ubah:/,/^    butir_tunggal:/d' "$B" > "$OUT/berlabel.yaml"
! grep -q "^ *butir_tunggal:" "$OUT/berlabel.yaml"
t "$B without templat_ubah" $?
$RUN $BIN render --dump=layout "$OUT/berlabel.yaml" > "$OUT/bl.layout" \
    2> /dev/null
t "$B without templat_ubah: --dump=layout" $?
! grep -q '^  line [0-9. ]*w[0-9.]* r[0-9.]* "a\."$' "$OUT/bt.layout" &&
    grep -q '^  line [0-9. ]*w[0-9.]* r[0-9.]* "a\."$' "$OUT/bl.layout"
t "$B: Menimbang without a. (with it when berlabel)" $?
[ "$(grep -c '^  line [0-9. ]*w[0-9.]* r[0-9.]* "1\."$' "$OUT/bt.layout")" = 1 ] &&
    [ "$(grep -c '^  line [0-9. ]*w[0-9.]* r[0-9.]* "1\."$' "$OUT/bl.layout")" = 2 ]
t "$B: one 1. (Mengingat), two when berlabel (and Memperhatikan)" $?
grep -q '^  line [0-9. ]*w[0-9.]* r[0-9.]* "3\."$' "$OUT/bt.layout"
t "$B: Mengingat keeps 3." $?
xb=$(x_of "$OUT/bt.layout" "bahwa untuk")
xh=$(x_of "$OUT/bt.layout" "Hasil rapat")
xu=$(x_of "$OUT/bt.layout" "Undang-Undang")
xl=$(x_of "$OUT/bl.layout" "bahwa untuk")
[ -n "$xb" ] && [ "$xb" = "$xu" ] && [ "$xh" = "$xu" ] && [ "$xl" = "$xu" ]
t "$B: the unlabelled text where labelled text starts ($xb $xh $xu $xl)" $?

N=tests/regress/baris-nomor.yaml
# has line $2 (exactly) in dump $1
has_line() {
	grep -q "^  line [0-9. ]*w[0-9.]* r[0-9.]* \"$2\"\$" "$1"
}
$RUN $BIN render --dump=layout "$N" > "$OUT/bn.layout" 2> "$OUT/bn.err"
t "$N: --dump=layout" $?
[ ! -s "$OUT/bn.err" ]
t "$N: no message" $?
has_line "$OUT/bn.layout" "NOMOR : 800/12/KPTS/2024" &&
    has_line "$OUT/bn.layout" "800/12/KPTS/2024" &&
    ! grep -q '"NOMOR [^"]*TAHUN' "$OUT/bn.layout"
t "$N: NOMOR : 800/12/KPTS/2024, the number alone in the lampiran" $?
sed -e 's|"NOMOR : {nomor}"|"Nomor : {nomor}"|' "$N" > "$OUT/bn-nomor.yaml"
$RUN $BIN render --dump=layout "$OUT/bn-nomor.yaml" > "$OUT/bn-nomor.layout" \
    2> /dev/null
has_line "$OUT/bn-nomor.layout" "Nomor : 800/12/KPTS/2024" &&
    has_line "$OUT/bn-nomor.layout" "800/12/KPTS/2024"
t "$N with Nomor : {nomor}" $?
# the default written out, over four nomor
printf 'dasar: keputusan\nkata:\n  baris_nomor: "NOMOR {nomor} TAHUN {tahun}"\n' \
    > "$OUT/bn-default.yaml"
sed -e '/^templat_ubah:/,/^    baris_nomor:/d' "$N" > "$OUT/bn-0.yaml"
for nomor in 800/12/KPTS/2024 7 '""' /KPTS/2024; do
	sed -e "s|^  nomor: .*|  nomor: $nomor|" "$OUT/bn-0.yaml" > "$OUT/bn-1.yaml"
	$RUN $BIN render "$OUT/bn-1.yaml" -o "$OUT/bn-a.pdf" 2> /dev/null &&
	    $RUN $BIN render --template "$OUT/bn-default.yaml" \
	    "$OUT/bn-1.yaml" -o "$OUT/bn-b.pdf" 2> /dev/null &&
	    cmp -s "$OUT/bn-a.pdf" "$OUT/bn-b.pdf"
	t "nomor $nomor: the default written out gives the same bytes" $?
done
printf 'dasar: keputusan\nkata:\n  baris_nomor: "Nomor {nomor} Tahun {tahun}"\n' \
    > "$OUT/bn-kecil.yaml"
sed -e "s|^  nomor: .*|  nomor: 7|" "$OUT/bn-0.yaml" > "$OUT/bn-1.yaml"
$RUN $BIN render --template "$OUT/bn-kecil.yaml" --dump=layout \
    "$OUT/bn-1.yaml" > "$OUT/bn-kecil.layout" 2> /dev/null
has_line "$OUT/bn-kecil.layout" "Nomor 7 Tahun 2024" &&
    has_line "$OUT/bn-kecil.layout" "7 Tahun 2024"
t "Nomor {nomor} Tahun {tahun}, nomor 7" $?

echo "gaya: $pass passed, $fail failed"
[ "$fail" = 0 ]
