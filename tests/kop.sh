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
# The kop of a kepala daerah (template kop.jenis: kepala_daerah; issue
# 14, daerah):
# 5. tests/regress/keputusan-bupati.yaml (templat/bupati.yaml over the
#    shipped keputusan-bupati): the jabatan is the first line, then the
#    title; DENGAN RAHMAT from the template; the signature ends with
#    the name, no NIP; in --dump=layout the lambang 18 mm wide, centred
#    over the jabatan line, 4 mm above it, and no rule before the title;
# 6. the same with keputusan.rahmat: tidak: no DENGAN RAHMAT line;
# 7. the same with an alamat and a telepon: each is a warning naming
#    the kind, and neither is printed; exit 0;
# 8. a kop.wilayah in an instansi's kop (the example decree): a warning;
# 9. examples/keputusan-bupati-contoh-raya.yaml: the jabatan and the
#    wilayah are the first two lines; no NIP, no pangkat;
# 10. the kind and the rahmat set in the document (templat_ubah) over
#    the shipped keputusan template: the same head, and naskah check
#    names an unprinted alamat too.
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

# --- the kop of a kepala daerah (issue 14, daerah) ---
KD=tests/regress/keputusan-bupati.yaml
text kd $KD
t "keputusan-bupati: rendered" $?
sed -n 1p "$OUT/kd.txt" | grep -qxF "BUPATI CONTOH RAYA" &&
    sed -n 2,3p "$OUT/kd.txt" | grep -qxF "KEPUTUSAN BUPATI CONTOH RAYA"
t "keputusan-bupati: the jabatan first, then the title" $?
has kd "DENGAN RAHMAT TUHAN YANG MAHA ESA"
t "keputusan-bupati: DENGAN RAHMAT from the template" $?
! grep -q "NIP" "$OUT/kd.txt" &&
    [ "$(grep -v '^[[:space:]]*$' "$OUT/kd.txt" | tail -n 1)" = "ANDI SETIAWAN" ]
t "keputusan-bupati: the signature ends with the name, no NIP" $?
$RUN "$BIN" render --lang=en --dump=layout $KD > "$OUT/kd.layout" 2>&1
awk '
	$1 == "image" && !img { x1 = $2; y1 = $3; x2 = $4; y2 = $5; img = 1 }
	$1 == "line" && !jab { w = substr($4, 2); cx = $2 + w / 2; by = $3; jab = 1 }
	$1 == "rule" && !title { rule = 1 }
	/"KEPUTUSAN BUPATI CONTOH RAYA"/ { title = 1 }
	END {
		mm = 72 / 25.4
		if (!img || !jab || !title || rule) exit 1
		if ((x2 - x1) / mm < 17.99 || (x2 - x1) / mm > 18.01) exit 1
		if ((x1 + x2) / 2 - cx > 0.01 || cx - (x1 + x2) / 2 > 0.01) exit 1
		# the baseline below the lambang: its gap, then the line
		if (by - y2 < 4 * mm) exit 1
	}' "$OUT/kd.layout"
t "keputusan-bupati: the lambang 18 mm wide, centred over the jabatan, below it; no rule" $?
sed 's/^  pejabat: BUPATI CONTOH RAYA,$/&\n  rahmat: tidak/' $KD > "$OUT/kd-tanpa.yaml"
cp tests/regress/lambang.jpg "$OUT/" && mkdir -p "$OUT/templat" &&
    cp tests/regress/templat/bupati.yaml "$OUT/templat/"
text kdtanpa "$OUT/kd-tanpa.yaml" &&
    ! grep -q "DENGAN RAHMAT" "$OUT/kdtanpa.txt" && has kdtanpa "BUPATI CONTOH RAYA,"
t "keputusan-bupati: keputusan.rahmat: tidak wins over the template" $?
sed 's/^  instansi: BUPATI CONTOH RAYA$/&\n  alamat: Jalan Contoh Nomor 1\n  telepon: (0123) 456/' $KD > "$OUT/kd-alamat.yaml"
text kdalamat "$OUT/kd-alamat.yaml" &&
    grep -qF "'kop.alamat' is not printed in a kop of kind kepala_daerah" "$OUT/kdalamat.err" &&
    grep -qF "'kop.telepon' is not printed in a kop of kind kepala_daerah" "$OUT/kdalamat.err" &&
    ! grep -q "Jalan Contoh\|Telepon" "$OUT/kdalamat.txt"
t "keputusan-bupati: an alamat and a telepon are warnings, not printed" $?
sed 's/^  instansi: KECAMATAN PASAR MANNA$/&\n  wilayah: PROVINSI BENGKULU/' \
    examples/pasar-manna-2024.yaml > "$OUT/instansi-wilayah.yaml"
cp examples/iku-pasar-manna-2024.yaml "$OUT/"
text iwil "$OUT/instansi-wilayah.yaml" &&
    grep -qF "'kop.wilayah' is not printed in a kop of kind instansi" "$OUT/iwil.err" &&
    ! grep -q "PROVINSI BENGKULU" "$OUT/iwil.txt"
t "an instansi's kop: a wilayah is a warning, not printed" $?
text kdcontoh examples/keputusan-bupati-contoh-raya.yaml
t "keputusan-bupati-contoh-raya: rendered" $?
sed -n 1,2p "$OUT/kdcontoh.txt" | tr '\n' '|' | grep -qxF "BUPATI CONTOH RAYA|PROVINSI NUSA CONTOH|"
t "keputusan-bupati-contoh-raya: the jabatan and the wilayah first" $?
pdftotext "$OUT/kdcontoh.pdf" "$OUT/kdcontoh-all.txt" &&
    ! grep -q "NIP\|Pembina\|(IV/" "$OUT/kdcontoh-all.txt" &&
    grep -qxF "ANDI SETIAWAN" "$OUT/kdcontoh-all.txt"
t "keputusan-bupati-contoh-raya: signed with the name alone" $?
sed 's#^templat: templat/bupati.yaml$#templat_ubah: {kop: {jenis: kepala_daerah}, pembukaan: {rahmat: ya}}#' \
    "$OUT/kd-alamat.yaml" > "$OUT/kd-ubah.yaml"
text kdubah "$OUT/kd-ubah.yaml" &&
    sed -n 1p "$OUT/kdubah.txt" | grep -qxF "BUPATI CONTOH RAYA" &&
    has kdubah "DENGAN RAHMAT TUHAN YANG MAHA ESA" &&
    $RUN "$BIN" check --lang=en "$OUT/kd-ubah.yaml" 2>&1 |
    grep -qF "'kop.alamat' is not printed in a kop of kind kepala_daerah"
t "templat_ubah: kop.jenis and pembukaan.rahmat in the document; check warns" $?

echo "kop: $pass passed, $fail failed"
[ "$fail" = 0 ]
