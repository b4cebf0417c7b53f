#!/bin/sh
# SPDX-License-Identifier: ISC
# tests/tte.sh BIN OUT - the appearance of an electronic signature
# (penandatangan.tte, issue 17; naskah.5), read back from the PDF:
#
# 1. examples/pasar-manna-2024-tte.yaml: the QR code on the page of the
#    decree's signature, decoded from the page image (pdftoppm, zbarimg),
#    is the YAML's tautan, and so is the lampiran's; the template's
#    words "Ditandatangani secara elektronik" beside it; the BSrE
#    statement at the foot of every page (pdftotext, page by page), and
#    no UU ITE sentence (the template's default);
# 2. --dump=layout: one qr box per signature, holding the address,
#    about 22 mm square;
# 3. the decree without tte (examples/pasar-manna-2024.yaml): no QR code
#    on any page, no statement, no "Ditandatangani secara elektronik";
# 4. tte.uu_ite: ya: the UU ITE sentence before the statement on every
#    page;
# 5. the template's tte section through templat_ubah: its own statement
#    and no words beside the QR code (keterangan: "");
# 6. a Peraturan (examples/peraturan-bupati-contoh-raya-iku.yaml) with a
#    tte: the QR code and the statement on every page;
# 7. a book whose decree has a tte (examples/pasar-manna-2024-buku.yaml):
#    the statement on the decree's pages and not on the cover; its QR
#    code decoded.
# A draft (status: konsep, paraf; issue 17 too):
# 8. the example decree with status: konsep and three paraf: KONSEP
#    across every page (pdftotext -raw reads the turned word a letter
#    a line), the PDF's title "[KONSEP] ..." (pdfinfo), the paraf box on
#    every page, its rows in the order given; --dump=layout: one
#    watermark a page; examples/pasar-manna-2024-konsep.yaml likewise;
# 9. the same with status: final: neither the word, nor the box, nor
#    KONSEP in the title;
# 10. a draft of the TTE example: the box and the statement on every
#    page, the box above the statement.
# Without zbarimg (Debian zbar-tools) the decoding checks are skipped,
# and say so.  Bad values are tests/bad/tte-*.yaml's and
# tests/bad/konsep-*.yaml's.
#
# Prints "tte: N passed, N failed" last.
BIN=$1
OUT=$2/tte
RUN=${NASKAH_RUN:-}
rm -rf "$OUT"
mkdir -p "$OUT/ex"
SUITE=tte
. tests/lib.sh
EX=examples/pasar-manna-2024-tte.yaml
URL=$(sed -n 's/^    tautan: //p' $EX)
STMT="Dokumen ini telah ditandatangani secara elektronik menggunakan sertifikat elektronik yang diterbitkan oleh Balai Besar Sertifikasi Elektronik (BSrE), Badan Siber dan Sandi Negara (BSSN)."
UUITE='UU ITE No. 11 Tahun 2008 Pasal 5 ayat (1): "Informasi Elektronik dan/atau Dokumen Elektronik dan/atau hasil cetaknya merupakan alat bukti hukum yang sah."'
ZBAR=1
command -v zbarimg > /dev/null 2>&1 || ZBAR=0
command -v pdftoppm > /dev/null 2>&1 || ZBAR=0
[ "$ZBAR" = 1 ] ||
    echo "skipped: decoding the QR codes, because zbarimg or pdftoppm is missing (Debian: zbar-tools, poppler-utils)"

# render NAME YAML [ARG...]: YAML to OUT/NAME.pdf, messages in NAME.err
render() {
	n=$1
	y=$2
	shift 2
	$RUN "$BIN" render --lang=en "$@" "$y" -o "$OUT/$n.pdf" 2> "$OUT/$n.err"
}
# pages NAME: the number of pages of OUT/NAME.pdf
pages() {
	pdfinfo "$OUT/$1.pdf" | sed -n 's/^Pages: *//p'
}
# page NAME P: the text of page P of OUT/NAME.pdf on one line
page() {
	pdftotext -f "$2" -l "$2" "$OUT/$1.pdf" - | tr '\n' ' ' |
	    sed 's/  */ /g'
}
# every NAME TEXT: every page of OUT/NAME.pdf holds TEXT
every() {
	np=$(pages "$1")
	[ "${np:-0}" -gt 0 ] || return 1
	p=1
	while [ "$p" -le "$np" ]; do
		page "$1" $p | grep -qF "$2" || return 1
		p=$((p + 1))
	done
}
# none NAME TEXT: no page of OUT/NAME.pdf holds TEXT
none() {
	! pdftotext "$OUT/$1.pdf" - | tr '\n' ' ' | sed 's/  */ /g' |
	    grep -qF "$2"
}
# codes NAME: the QR codes of every page of OUT/NAME.pdf, one a line,
# page by page
codes() {
	rm -f "$OUT/$1"-img-*.png
	pdftoppm -r 150 -png "$OUT/$1.pdf" "$OUT/$1-img"
	for f in "$OUT/$1"-img-*.png; do
		zbarimg -q --raw "$f" 2> /dev/null
	done
}

# --- 1. the example ----------------------------------------------------
render tte $EX
t "the TTE example renders" $?
[ -n "$URL" ]
t "the example has a tautan" $?
if [ "$ZBAR" = 1 ]; then
	codes tte > "$OUT/tte.codes"
	[ "$(cat "$OUT/tte.codes")" = "$(printf '%s\n%s' "$URL" "$URL")" ]
	t "its two QR codes (decree, lampiran) decode to the tautan" $?
fi
every tte "$STMT"
t "the BSrE statement on every page" $?
[ "$(pages tte)" -ge 3 ]
t "the example has pages to check (3 or more)" $?
page tte 3 | grep -qF "Ditandatangani secara elektronik MIMI HERAWATI"
t "the keterangan beside the QR code, before the name" $?
none tte "UU ITE"
t "no UU ITE sentence by default" $?

# --- 2. the layout -----------------------------------------------------
$RUN "$BIN" render --lang=en --dump=layout $EX > "$OUT/tte.layout" 2> /dev/null
awk -v url="\"$URL\"" '
	$1 == "qr" { n++; w = ($4 - $2) * 25.4 / 72; h = ($5 - $3) * 25.4 / 72
		if ($6 != url || w < 21.9 || w > 22.1 || h < 21.9 || h > 22.1) bad = 1 }
	END { exit !(n == 2 && !bad) }' "$OUT/tte.layout"
t "--dump=layout: two qr boxes of the address, 22 mm square" $?

# --- 3. without tte ----------------------------------------------------
render biasa examples/pasar-manna-2024.yaml
t "the decree without tte renders" $?
none biasa "Balai Besar Sertifikasi Elektronik" &&
    none biasa "Ditandatangani secara elektronik"
t "without tte: no statement, no keterangan" $?
if [ "$ZBAR" = 1 ]; then
	[ -z "$(codes biasa)" ]
	t "without tte: no QR code on any page" $?
fi

# the example's files beside the copies made from it
cp examples/*.yaml examples/*.png "$OUT/ex/"

# --- 4. tte.uu_ite -----------------------------------------------------
sed 's|^    tautan: .*|&\n    uu_ite: ya|' $EX > "$OUT/ex/uu.yaml"
render uu "$OUT/ex/uu.yaml"
t "tte.uu_ite: ya renders" $?
every uu "$UUITE $STMT"
t "tte.uu_ite: ya: the UU ITE sentence, then the statement, on every page" $?

# --- 5. the template's words (templat_ubah) ----------------------------
sed 's|^kop:$|templat_ubah:\n  tte:\n    keterangan: ""\n    catatan_kaki: Ditandatangani secara elektronik melalui SRIKANDI.\n\n&|' \
    $EX > "$OUT/ex/kata.yaml"
render kata "$OUT/ex/kata.yaml"
t "a template's tte section renders" $?
every kata "Ditandatangani secara elektronik melalui SRIKANDI." &&
    none kata "BSrE" && ! page kata 3 | grep -qF "Ditandatangani secara elektronik MIMI"
t "the template's statement, no keterangan" $?

# --- 6. a Peraturan ----------------------------------------------------
sed 's|^  nama: ANDI SURYA PRATAMA$|&\n  tte:\n    tautan: https://jdih.contohraya.go.id/tte/perbup-2024-7|' \
    examples/peraturan-bupati-contoh-raya-iku.yaml > "$OUT/ex/perbup.yaml"
render perbup "$OUT/ex/perbup.yaml"
t "a Peraturan with tte renders" $?
every perbup "$STMT"
t "a Peraturan: the statement on every page" $?
if [ "$ZBAR" = 1 ]; then
	codes perbup | grep -qxF "https://jdih.contohraya.go.id/tte/perbup-2024-7"
	t "a Peraturan: its QR code decodes to its tautan" $?
fi

# --- 7. a book's decree ------------------------------------------------
sed 's|^  - keputusan: pasar-manna-2024.yaml|  - keputusan: pasar-manna-2024-tte.yaml|' \
    examples/pasar-manna-2024-buku.yaml > "$OUT/ex/buku.yaml"
render buku "$OUT/ex/buku.yaml"
t "a book with a TTE decree renders" $?
! page buku 1 | grep -qF "BSrE" && page buku 2 | grep -qF "$STMT"
t "a book: the statement on the decree's pages, not on the cover" $?
if [ "$ZBAR" = 1 ]; then
	codes buku | grep -qxF "$URL"
	t "a book: the decree's QR code decodes to its tautan" $?
fi

# --- 8. a draft ----------------------------------------------------------
# konsep STATUS IN OUTNAME: IN with status: STATUS and three paraf
konsep() {
	sed -e "s|^naskah: 1\$|&\nstatus: $1|" -e 's|^lampiran:$|paraf:\n  - jabatan: Sekretaris Camat Pasar Manna\n    nama: RUSDI HARTONO\n  - jabatan: Kepala Seksi Pemerintahan\n    nama: DEWI ANGGRAINI\n  - jabatan: Kepala Subbagian Perencanaan dan Keuangan\n\n&|' \
	    "$2" > "$OUT/ex/$3.yaml"
}
# raw NAME P: the text of page P as pdftotext -raw reads it (in the
# order it is drawn), lines joined by $RAW (default: nothing)
raw() {
	pdftotext -raw -f "$2" -l "$2" "$OUT/$1.pdf" - | tr '\n' '\001' |
	    sed "s/\x01/${RAW:-}/g"
}
# everyraw NAME TEXT: every page's joined raw text holds TEXT
everyraw() {
	np=$(pages "$1")
	[ "${np:-0}" -gt 0 ] || return 1
	p=1
	while [ "$p" -le "$np" ]; do
		raw "$1" $p | grep -qF "$2" || return 1
		p=$((p + 1))
	done
}
konsep konsep examples/pasar-manna-2024.yaml konsep
render konsep "$OUT/ex/konsep.yaml"
t "a draft renders" $?
everyraw konsep "KONSEP"
t "a draft: KONSEP across every page" $?
pdfinfo "$OUT/konsep.pdf" | grep -qx "Title: *\[KONSEP\] Keputusan Kecamatan Pasar Manna tentang Penetapan Indikator Kinerja Utama Tahun 2024"
t "a draft: [KONSEP] before the PDF's title" $?
RAW=" "
everyraw konsep "No. Jabatan Nama Paraf 1. Sekretaris Camat Pasar Manna RUSDI HARTONO 2. Kepala Seksi Pemerintahan DEWI ANGGRAINI 3. Kepala Subbagian Perencanaan dan Keuangan"
t "a draft: the paraf box on every page, in the order given" $?
RAW=
$RUN "$BIN" render --lang=en --dump=layout "$OUT/ex/konsep.yaml" > "$OUT/konsep.layout" 2> /dev/null
[ "$(grep -c '^  watermark .* "KONSEP"$' "$OUT/konsep.layout")" = "$(pages konsep)" ]
t "a draft: --dump=layout has one watermark a page" $?

render konsepex examples/pasar-manna-2024-konsep.yaml &&
    pdfinfo "$OUT/konsepex.pdf" | grep -q "^Title: *\[KONSEP\] " &&
    everyraw konsepex "KONSEP" && every konsepex "1. Sekretaris Camat Pasar Manna RUSDI HARTONO"
t "examples/pasar-manna-2024-konsep.yaml: a draft, its paraf on every page" $?

# --- 9. final ------------------------------------------------------------
konsep final examples/pasar-manna-2024.yaml final
render final "$OUT/ex/final.yaml"
t "status: final with paraf renders" $?
! pdftotext -raw "$OUT/final.pdf" - | tr -d '\n' | grep -qF KONSEP &&
    none final "RUSDI HARTONO" && none final "Paraf" &&
    ! pdfinfo "$OUT/final.pdf" | grep -q "^Title:.*KONSEP"
t "status: final: no KONSEP, no paraf box, no KONSEP in the title" $?
# (the PDFs differ in their /ID, made from the YAML's bytes)
$RUN "$BIN" render --lang=en --dump=layout "$OUT/ex/final.yaml" > "$OUT/final.layout" 2> /dev/null &&
    $RUN "$BIN" render --lang=en --dump=layout examples/pasar-manna-2024.yaml > "$OUT/biasa.layout" 2> /dev/null &&
    cmp -s "$OUT/final.layout" "$OUT/biasa.layout"
t "status: final with paraf: the layout of the decree without either" $?

# --- 10. a draft with tte ----------------------------------------------
konsep konsep $EX konsep-tte
render konseptte "$OUT/ex/konsep-tte.yaml"
t "a draft with tte renders" $?
every konseptte "$STMT" && every konseptte "1. Sekretaris Camat Pasar Manna"
t "a draft with tte: the box and the statement on every page" $?
$RUN "$BIN" render --lang=en --dump=layout "$OUT/ex/konsep-tte.yaml" > "$OUT/konsep-tte.layout" 2> /dev/null
awk '/^page / { if (n) exit; n = 1 }
	/"Paraf"$/ { paraf = $3 } /"Dokumen ini/ { stmt = $3 }
	END { exit !(paraf > 0 && stmt > paraf + 20) }' "$OUT/konsep-tte.layout"
t "a draft with tte: the box above the statement" $?

echo "tte: $pass passed, $fail failed"
