#!/bin/sh
# SPDX-License-Identifier: ISC
# tests/gaya.sh BIN OUT - house styles in one line each (issue 14): the
# optional template keys (template.def OT, OC, ON) and what they print.
#
# 0. a full copy of templates/keputusan.yaml without the optional keys
#    (as one made before them) renders the example decree to the bytes
#    of the shipped template, and no message;
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
# 3. gaya.diktum: tests/regress/diktum-pasal.yaml (pasal) heads each
#    diktum with "Pasal n" centred on the text area, its text from the
#    left margin, no KESATU and no colon but Menetapkan's; pertama
#    prints PERTAMA, KEDUA, KETIGA in the label column; the change list
#    of diff --pdf names a changed diktum "Diktum Pasal 2" (and
#    "Diktum KEDUA" without the key).
# 4. gaya.huruf: tests/regress/gaya-huruf.yaml (arial) embeds only
#    NaskahSans faces; with the document's own huruf: times only
#    NaskahSerif, with its huruf: bookman only NaskahBonum (the
#    document wins); without the key NaskahBonum; diff --pdf of it sets
#    the change list in NaskahSans too.
# 5. the shipped regional templates, each named by a decree as
#    "templat: NAME" (tests/regress/templat-*.yaml): no message; under
#    --root too; kulon-progo's kop words and "MEMUTUSKAN :"; batam's
#    unlettered Menimbang; majalengka-2003's "NOMOR : 700 TAHUN 2024",
#    "TENTANG :" and unlettered Menimbang; surabaya's Arial; each is a
#    few lines over "dasar: keputusan" with a source comment per key.
# 6. --dump=tree shows a decree's templat_ubah, each key by its path with
#    the line and column of its value (tests/regress/templat-ubah-daftar:
#    a list's items numbered from 1); "MENETAPKAN" in capitals
#    (tests/regress/templat-ubah.yaml) widens the label column for every
#    heading: its colon stands in the one colon column with the others.
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

sed -e '/^gaya:/,/^$/{/^  \(butir_tunggal\|diktum\|huruf\): /d;}' \
    templates/keputusan.yaml > "$OUT/salinan.yaml"
[ "$(($(wc -l < templates/keputusan.yaml) - $(wc -l < "$OUT/salinan.yaml")))" = 3 ]
t "a copy of keputusan.yaml without its three optional keys" $?
$RUN $BIN render --tanpa-tinjau examples/pasar-manna-2024.yaml -o "$OUT/kirim.pdf" \
    2> /dev/null &&
    $RUN $BIN render --tanpa-tinjau --template "$OUT/salinan.yaml" \
    examples/pasar-manna-2024.yaml -o "$OUT/salinan.pdf" 2> "$OUT/salinan.err" &&
    cmp -s "$OUT/kirim.pdf" "$OUT/salinan.pdf" && [ ! -s "$OUT/salinan.err" ]
t "the copy without them gives the shipped template's bytes, no message" $?

B=tests/regress/butir-tunggal.yaml
$RUN $BIN render --tanpa-tinjau --dump=layout "$B" > "$OUT/bt.layout" 2> "$OUT/bt.err"
t "$B: --dump=layout" $?
[ ! -s "$OUT/bt.err" ]
t "$B: no message" $?
# the same decree without its templat_ubah: lines
sed -e '/^templat_ubah:/,/^    butir_tunggal:/d' "$B" > "$OUT/berlabel.yaml"
! grep -q "^ *butir_tunggal:" "$OUT/berlabel.yaml"
t "$B without templat_ubah" $?
$RUN $BIN render --tanpa-tinjau --dump=layout "$OUT/berlabel.yaml" > "$OUT/bl.layout" \
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
$RUN $BIN render --tanpa-tinjau --dump=layout "$N" > "$OUT/bn.layout" 2> "$OUT/bn.err"
t "$N: --dump=layout" $?
[ ! -s "$OUT/bn.err" ]
t "$N: no message" $?
has_line "$OUT/bn.layout" "NOMOR : 800/12/KPTS/2024" &&
    has_line "$OUT/bn.layout" "800/12/KPTS/2024" &&
    ! grep -q '"NOMOR [^"]*TAHUN' "$OUT/bn.layout"
t "$N: NOMOR : 800/12/KPTS/2024, the number alone in the lampiran" $?
sed -e 's|"NOMOR : {nomor}"|"Nomor : {nomor}"|' "$N" > "$OUT/bn-nomor.yaml"
$RUN $BIN render --tanpa-tinjau --dump=layout "$OUT/bn-nomor.yaml" > "$OUT/bn-nomor.layout" \
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
	    $RUN $BIN render --tanpa-tinjau --template "$OUT/bn-default.yaml" \
	    "$OUT/bn-1.yaml" -o "$OUT/bn-b.pdf" 2> /dev/null &&
	    cmp -s "$OUT/bn-a.pdf" "$OUT/bn-b.pdf"
	t "nomor $nomor: the default written out gives the same bytes" $?
done
printf 'dasar: keputusan\nkata:\n  baris_nomor: "Nomor {nomor} Tahun {tahun}"\n' \
    > "$OUT/bn-kecil.yaml"
sed -e "s|^  nomor: .*|  nomor: 7|" "$OUT/bn-0.yaml" > "$OUT/bn-1.yaml"
$RUN $BIN render --tanpa-tinjau --template "$OUT/bn-kecil.yaml" --dump=layout \
    "$OUT/bn-1.yaml" > "$OUT/bn-kecil.layout" 2> /dev/null
has_line "$OUT/bn-kecil.layout" "Nomor 7 Tahun 2024" &&
    has_line "$OUT/bn-kecil.layout" "7 Tahun 2024"
t "Nomor {nomor} Tahun {tahun}, nomor 7" $?

K=tests/regress/diktum-pasal.yaml
$RUN $BIN render --tanpa-tinjau --dump=layout "$K" > "$OUT/dp.layout" 2> "$OUT/dp.err"
t "$K: --dump=layout" $?
[ ! -s "$OUT/dp.err" ]
t "$K: no message" $?
# the text area, from the kop's rule
set -- $(sed -n 's/^  rule \([0-9.]*\) [0-9.]* \([0-9.]*\) .*/\1 \2/p' \
    "$OUT/dp.layout" | head -n 1)
left=$1 right=$2
for n in 1 2 3; do
	sed -n "s/^  line \([0-9.]*\) [0-9.]* w\([0-9.]*\) r[0-9.]* \"Pasal $n\"\$/\1 \2/p" \
	    "$OUT/dp.layout" | awk -v l="$left" -v r="$right" '
	    { c = $1 + $2 / 2; m = (l + r) / 2; d = c - m; if (d < 0) d = -d
	      n++; if (d > 0.05) bad = 1 }
	    END { exit !(n == 1 && !bad) }'
	t "$K: Pasal $n centred between $left and $right" $?
done
[ "$(x_of "$OUT/dp.layout" "Menetapkan Indikator")" = "$left" ] &&
    [ "$(x_of "$OUT/dp.layout" "Indikator Kinerja Utama sebagaimana")" = "$left" ] &&
    [ "$(x_of "$OUT/dp.layout" "Keputusan ini mulai")" = "$left" ]
t "$K: each diktum's text from the left margin" $?
! grep -q '"KESATU"\|"KEDUA"' "$OUT/dp.layout" &&
    [ "$(grep -c '^  line [0-9. ]*w[0-9.]* r[0-9.]* ":"$' "$OUT/dp.layout")" = 3 ]
t "$K: no KESATU, no colon after a Pasal" $?
sed -e 's|^    diktum: pasal|    diktum: pertama|' "$K" > "$OUT/pertama.yaml"
$RUN $BIN render --tanpa-tinjau --dump=layout "$OUT/pertama.yaml" > "$OUT/pertama.layout" \
    2> /dev/null
has_line "$OUT/pertama.layout" PERTAMA && has_line "$OUT/pertama.layout" KEDUA &&
    has_line "$OUT/pertama.layout" KETIGA &&
    ! grep -q '"KESATU"\|"Pasal 1"' "$OUT/pertama.layout" &&
    [ "$(grep -c '^  line [0-9. ]*w[0-9.]* r[0-9.]* ":"$' "$OUT/pertama.layout")" = 6 ]
t "$K with pertama: PERTAMA, KEDUA, KETIGA, each with its colon" $?
sed -e 's|dalam penyusunan rencana kinerja|dalam penyusunan rencana strategis|' \
    "$K" > "$OUT/dp-baru.yaml"
$RUN $BIN diff --pdf "$OUT/dp-diff.pdf" "$K" "$OUT/dp-baru.yaml" \
    > /dev/null 2>&1
pdftotext -raw "$OUT/dp-diff.pdf" - 2> /dev/null | tr '\n' ' ' |
    grep -q 'Diktum Pasal 2 '
t "diff --pdf of $K: Diktum Pasal 2" $?
sed -e '/^templat_ubah:/,/^    diktum:/d' "$K" > "$OUT/dp-0.yaml"
sed -e '/^templat_ubah:/,/^    diktum:/d' "$OUT/dp-baru.yaml" > "$OUT/dp-1.yaml"
$RUN $BIN diff --pdf "$OUT/dp-diff0.pdf" "$OUT/dp-0.yaml" "$OUT/dp-1.yaml" \
    > /dev/null 2>&1
pdftotext -raw "$OUT/dp-diff0.pdf" - 2> /dev/null | tr '\n' ' ' |
    grep -q 'Diktum KEDUA '
t "diff --pdf without gaya.diktum: Diktum KEDUA" $?

H=tests/regress/gaya-huruf.yaml
# the families of the fonts embedded in PDF $1, one per line
families() {
	pdffonts "$1" 2> /dev/null | sed -n 's/^[A-Z]*+\(Naskah[A-Za-z]*\)-.*/\1/p' |
	    sort -u
}
$RUN $BIN render --tanpa-tinjau "$H" -o "$OUT/gh.pdf" 2> "$OUT/gh.err"
t "$H" $?
[ ! -s "$OUT/gh.err" ] && [ "$(families "$OUT/gh.pdf")" = NaskahSans ]
t "$H: set in NaskahSans alone ($(families "$OUT/gh.pdf" | tr '\n' ' '))" $?
for f in times:NaskahSerif bookman:NaskahBonum; do
	sed -e "s|^kertas: A4|kertas: A4\nhuruf: ${f%%:*}|" "$H" > "$OUT/gh-${f%%:*}.yaml"
	$RUN $BIN render --tanpa-tinjau "$OUT/gh-${f%%:*}.yaml" -o "$OUT/gh-${f%%:*}.pdf" \
	    2> /dev/null &&
	    [ "$(families "$OUT/gh-${f%%:*}.pdf")" = "${f#*:}" ]
	t "$H with huruf: ${f%%:*}: the document's face, ${f#*:}" $?
done
sed -e '/^templat_ubah:/,/^    huruf:/d' "$H" > "$OUT/gh-0.yaml"
$RUN $BIN render "$OUT/gh-0.yaml" -o "$OUT/gh-0.pdf" 2> /dev/null &&
    [ "$(families "$OUT/gh-0.pdf")" = NaskahBonum ]
t "$H without the key: NaskahBonum" $?
sed -e 's|Menetapkan Indikator Kinerja Utama|Menetapkan IKU|' "$H" \
    > "$OUT/gh-baru.yaml"
$RUN $BIN diff --pdf "$OUT/gh-diff.pdf" "$H" "$OUT/gh-baru.yaml" \
    > /dev/null 2>&1 && [ "$(families "$OUT/gh-diff.pdf")" = NaskahSans ]
t "diff --pdf of $H: NaskahSans" $?

for r in kulon-progo batam surabaya majalengka; do
	R=tests/regress/templat-$r.yaml
	$RUN $BIN render --tanpa-tinjau --dump=layout "$R" > "$OUT/$r.layout" 2> "$OUT/$r.err"
	[ $? = 0 ] && [ ! -s "$OUT/$r.err" ]
	t "$R: no message" $?
	$RUN $BIN check --root tests/regress "$R" 2> /dev/null
	t "$R under --root tests/regress" $?
done
L=$OUT/kulon-progo.layout
has_line "$L" "Telp. (0274) 773001, Fax. (0274) 773002" &&
    has_line "$L" "MEMUTUSKAN :" && grep -q '"Email: kec.wates' "$L" &&
    grep -q '"Website: kecwates' "$L" && ! grep -q 'Kode Pos' "$L"
t "kulon-progo: Telp., Fax., Website:, Email:, MEMUTUSKAN :" $?
L=$OUT/batam.layout
! has_line "$L" "a." && has_line "$L" "3." &&
    [ "$(x_of "$L" "bahwa untuk")" = "$(x_of "$L" "Undang-Undang Nomor 23")" ]
t "batam: the single Menimbang unlettered, where lettered text starts" $?
L=$OUT/majalengka.layout
has_line "$L" "NOMOR : 700 TAHUN 2024" && has_line "$L" "TENTANG :" &&
    ! has_line "$L" "a."
t "majalengka-2003: NOMOR : 700 TAHUN 2024, TENTANG :, no a." $?
$RUN $BIN render --tanpa-tinjau tests/regress/templat-surabaya.yaml -o "$OUT/sby.pdf" \
    2> /dev/null && [ "$(families "$OUT/sby.pdf")" = NaskahSans ]
t "surabaya: set in NaskahSans" $?
for f in templates/kulon-progo.yaml templates/batam.yaml \
    templates/surabaya.yaml templates/majalengka-2003.yaml; do
	# every key line (indented "key: value") follows a comment line
	awk '/^dasar: keputusan$/ { d = 1 }
	    /^  [a-z_]*: / { if (prev !~ /^ *#/) bad = 1 }
	    { prev = $0 }
	    END { exit !(d && !bad) }' "$f" &&
	    [ "$(grep -c '^  [a-z_]*: ' "$f")" -le 6 ]
	t "$f: over keputusan, a source comment above each of its keys" $?
done

U=tests/regress/templat-ubah-daftar.yaml
$RUN $BIN render --dump=tree "$U" > "$OUT/tud.tree" 2> /dev/null
t "$U: --dump=tree" $?
grep -q '^templat_ubah$' "$OUT/tud.tree" &&
    grep -q '^  gaya.diktum @11:13 "pertama"$' "$OUT/tud.tree" &&
    grep -q '^  kolom_iku\[3\].judul @15:28 "Target {tahun}"$' "$OUT/tud.tree"
t "$U: templat_ubah in the tree, by path, line and column" $?
$RUN $BIN render --dump=tree tests/regress/butir-tunggal.yaml 2> /dev/null |
    grep -q '^templat_ubah$' &&
    ! $RUN $BIN render --dump=tree "$OUT/berlabel.yaml" 2> /dev/null |
    grep -q '^templat_ubah$'
t "templat_ubah in the tree only when the decree has it" $?
M=tests/regress/templat-ubah.yaml
$RUN $BIN render --dump=layout "$M" > "$OUT/tu.layout" 2> /dev/null
cx=$(sed -n 's/^  line \([0-9.]*\) [0-9.]* w[0-9.]* r[0-9.]* ":"$/\1/p' \
    "$OUT/tu.layout" | sort -u)
mx=$(sed -n 's/^  line \([0-9.]*\) [0-9.]* w\([0-9.]*\) r[0-9.]* "MENETAPKAN"$/\1 \2/p' \
    "$OUT/tu.layout")
[ "$(printf '%s\n' "$cx" | wc -l)" = 1 ] && [ -n "$mx" ] &&
    echo "$mx $cx" | awk '{ exit !($1 + $2 < $3) }'
t "$M: MENETAPKAN's colon in the colon column, after the word ($mx | $cx)" $?

echo "gaya: $pass passed, $fail failed"
[ "$fail" = 0 ]
