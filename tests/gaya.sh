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

echo "gaya: $pass passed, $fail failed"
[ "$fail" = 0 ]
