#!/bin/sh
# SPDX-License-Identifier: ISC
# tests/bookcheck.sh BIN OUTDIR SEED - render the book example and read it
# back: every sentence of the seed (the IKU book the example transcribes)
# in the PDF's text, the daftar isi's numbers on the pages that hold the
# headings, page labels, bookmarks, qpdf.  Prints "bookcheck: N passed,
# N failed".  Without the seed file the sentence check is skipped, and
# says so ("skipped: ... because ...").
BIN=$1
OUT=$2
SEED=$3
RUN=${NASKAH_RUN:-}
EX=examples/pasar-manna-2024-buku.yaml
PDF=$OUT/buku.pdf
pass=0
fail=0
t() {
	if [ "$2" = 0 ]; then pass=$((pass + 1)); echo "ok: $1"
	else fail=$((fail + 1)); echo "FAIL: $1"; fi
}

$RUN $BIN render --tanpa-tinjau --lang=en "$EX" -o "$PDF" 2> "$OUT/buku.err"
t "the book renders (exit 0)" $?
[ ! -s "$OUT/buku.err" ]
t "no diagnostics on the book but the review's (render --tanpa-tinjau)" $?
qpdf --check "$PDF" > /dev/null 2>&1
t "qpdf --check on the book" $?
pdfinfo "$PDF" > "$OUT/buku.info" 2>&1
n=$(sed -n 's/^Pages: *//p' "$OUT/buku.info")
[ "${n:-0}" -ge 10 ]
t "the book has its pages ($n)" $?
pdfinfo -f 1 -l "$n" "$PDF" 2>/dev/null | grep -q 'Page *2 size: *609.449 x 935.433' &&
    pdfinfo -f 1 -l "$n" "$PDF" 2>/dev/null | grep -q 'Page *1 size: *595.276 x 841.89'
t "A4 book, F4 decree in one PDF" $?
qpdf --json --json-key=pagelabels "$PDF" > "$OUT/labels.json" 2>/dev/null
grep -q '"/S": "/r"' "$OUT/labels.json" && grep -q '"/S": "/D"' "$OUT/labels.json"
t "page labels: roman front matter, arabic body" $?
qpdf --json --json-key=outlines "$PDF" > "$OUT/outlines.json" 2>/dev/null
grep -q 'PENDAHULUAN' "$OUT/outlines.json" && grep -q 'LATAR BELAKANG' "$OUT/outlines.json"
t "bookmarks for chapters and sections" $?
# sections three levels deep nest in the bookmarks as in the book
$RUN $BIN render tests/regress/book-sections.yaml -o "$OUT/sections.pdf" 2>/dev/null &&
    qpdf --json --json-key=outlines "$OUT/sections.pdf" 2>/dev/null |
    grep '"title"' | awk '{ match($0, /^ */); w = $2; gsub(/"/, "", w); d[w] = RLENGTH }
	END { exit !(d["BAB"] < d["2.1"] && d["2.1"] < d["2.1.1"] &&
	    d["2.1.1"] < d["2.1.1.1"]) }'
t "bookmarks nest 2 > 2.1 > 2.1.1 > 2.1.1.1" $?
# a chart asked "melintang" stands on a landscape page between
# portrait ones
$RUN $BIN render tests/regress/chart-landscape.yaml -o "$OUT/land.pdf" 2>/dev/null &&
    pdfinfo -f 1 -l 3 "$OUT/land.pdf" 2>/dev/null | grep '^Page.*size:' | tr -s ' ' |
    cut -d' ' -f4-6 | tr '\n' '/' | grep -qx '595.276 x 841.89/841.89 x 595.276/595.276 x 841.89/'
t "landscape chart page between portrait pages" $?
# the template's places for page numbers, and the cover's title as the
# PDF's when there is no metadata
$RUN $BIN render tests/regress/book-page-numbers.yaml -o "$OUT/pn.pdf" 2>/dev/null &&
    pdfinfo "$OUT/pn.pdf" 2>/dev/null | grep -qx 'Title: *BUKU UJI NOMOR HALAMAN'
t "a book without metadata is titled as its cover" $?
# hand_figures YAML ROWS N: the last three figures of each table row of
# YAML's PDF (lines that match the awk pattern ROWS) are the N rows of
# figures its "#   " comment lines give, computed by hand
hand_figures() {
	base=$OUT/$(basename "${1%.yaml}")
	$RUN $BIN render "$1" -o "$base.pdf" 2>/dev/null &&
	    pdftotext -layout "$base.pdf" "$base.txt" 2>/dev/null &&
	    awk '/^#   / { n = split($0, w, / +/); print w[n - 2], w[n - 1], w[n] }' "$1" > "$base.want" &&
	    awk "$2"' { n = split($0, w, / +/); print w[n - 2], w[n - 1], w[n] }' "$base.txt" > "$base.got" &&
	    [ "$(wc -l < "$base.want")" -eq "$3" ] && cmp -s "$base.want" "$base.got"
}
# the perbandingan antar tahun table: each year's capaian
hand_figures tests/regress/lkjip-perbandingan.yaml '/^[0-9]+ /' 3
t "LKjIP capaian of three years as computed by hand" $?
# the realisasi anggaran: amounts and percentages, and the total
hand_figures tests/regress/lkjip-anggaran.yaml '/^[0-9]+ |Jumlah/' 4
t "LKjIP realisasi anggaran amounts and percentages as by hand" $?
# the perbandingan dengan target akhir Renstra: the 2024 realisasi
# against the target of 2026
hand_figures tests/regress/lkjip-renstra.yaml '/^[0-9]+ /' 3
t "LKjIP capaian against the Renstra's last target as by hand" $?
# a lkjip-lampiran is A4, on portrait pages when it says melintang: tidak
$RUN $BIN render tests/regress/lkjip-renstra.yaml -o "$OUT/rs.pdf" 2>/dev/null &&
    pdfinfo "$OUT/rs.pdf" 2>/dev/null | grep -q 'Page size: *595.276 x 841.89 pts (A4)'
t "lkjip-lampiran: A4, portrait when the document says so" $?
# the Perjanjian Kinerja: programs totalled, two signatures side by side
# with their names on one line
PK=$OUT/pk
$RUN $BIN render tests/regress/perjanjian-kinerja.yaml -o "$PK.pdf" 2>/dev/null &&
    pdftotext -layout "$PK.pdf" "$PK.txt" 2>/dev/null &&
    grep -Eq '^ *Jumlah +1\.625\.500\.000$' "$PK.txt" &&
    grep -Eq '^PIHAK KEDUA, +PIHAK PERTAMA,$' "$PK.txt" &&
    grep -Eq '^NAMA BUPATI +NAMA CAMAT, S\.Sos\.$' "$PK.txt"
t "Perjanjian Kinerja: total, Pihak Kedua and Pihak Pertama side by side" $?
# the example LKjIP appendix: landscape A4 (its template's), the five
# tables, each from the same IKU file
EX=$OUT/lkjip-ex
missing=0
$RUN $BIN render examples/lkjip-pasar-manna-2024.yaml -o "$EX.pdf" 2>/dev/null &&
    pdftotext -layout "$EX.pdf" "$EX.txt" 2>/dev/null &&
    pdfinfo "$EX.pdf" | grep -q 'Page size: *841.89 x 595.276 pts (A4)' &&
    for h in 'PENGUKURAN KINERJA TAHUN 2024' 'PERBANDINGAN REALISASI' \
	'TARGET AKHIR RENSTRA' 'REALISASI ANGGARAN' 'PERJANJIAN KINERJA' \
	'PIHAK PERTAMA'; do
	grep -q "$h" "$EX.txt" || missing=1
    done && [ "$missing" = 0 ]
t "the example LKjIP appendix: landscape A4, five tables, two signatures" $?
$RUN $BIN render examples/lkjip-pasar-manna-2024.yaml -o "$EX-2.pdf" 2>/dev/null &&
    cmp -s "$EX.pdf" "$EX-2.pdf" && qpdf --check "$EX.pdf" > /dev/null 2>&1 &&
    ! pdffonts "$EX.pdf" | awk 'NR > 2 && $(NF - 4) != "yes"' | grep -q .
t "the LKjIP appendix: byte-identical on a second run, qpdf-clean, fonts embedded" $?
# a chart with melintang in a landscape lkjip-lampiran is not turned
# back to portrait: every page is landscape
LC=$OUT/lkjip-chart
cat > "$LC.yaml" <<'EOF2'
naskah: 1
jenis: lkjip-lampiran
isi:
  - judul: STRUKTUR ORGANISASI
  - bagan:
      melintang: ya
      jabatan:
        - {id: camat, jabatan: CAMAT}
        - {id: sekcam, jabatan: SEKRETARIS, atasan: camat}
  - judul: SESUDAH BAGAN
EOF2
$RUN $BIN render "$LC.yaml" -o "$LC.pdf" 2>/dev/null &&
    pdfinfo -l 99 "$LC.pdf" | grep '^Page .*size:' > "$LC.sizes" &&
    [ "$(wc -l < "$LC.sizes")" -ge 2 ] &&
    ! grep -qv '841.89 x 595.276' "$LC.sizes"
t "a landscape chart in a landscape lkjip-lampiran stays landscape" $?
# the file identifier follows what the pages show: a changed target in
# an included IKU file gives another /ID, and so does the change list
# made from the same decree
IDD=$OUT/idtest
rm -rf "$IDD" && mkdir -p "$IDD" && cp examples/pasar-manna-2024.yaml \
    examples/iku-pasar-manna-2024.yaml "$IDD/" &&
    $RUN $BIN render "$IDD/pasar-manna-2024.yaml" -o "$IDD/a.pdf" 2>/dev/null &&
    sed -i '0,/2024: 80,/s//2024: 81,/' "$IDD/iku-pasar-manna-2024.yaml" &&
    $RUN $BIN render "$IDD/pasar-manna-2024.yaml" -o "$IDD/b.pdf" 2>/dev/null &&
    $RUN $BIN diff --pdf "$IDD/c.pdf" examples/pasar-manna-2024.yaml \
	"$IDD/pasar-manna-2024.yaml" > /dev/null 2>&1 &&
    a=$(grep -a '/ID' "$IDD/a.pdf") && b=$(grep -a '/ID' "$IDD/b.pdf") &&
    c=$(grep -a '/ID' "$IDD/c.pdf") &&
    [ -n "$a" ] && [ "$a" != "$b" ] && [ "$b" != "$c" ]
t "the PDF /ID follows the pages: an included file's change, the change list" $?
# a revoking decree says so in a diktum, from the revoked decree's file
$RUN $BIN render examples/pasar-manna-2024-perubahan.yaml -o "$OUT/rev.pdf" 2>/dev/null &&
    pdftotext "$OUT/rev.pdf" - | tr '\n' ' ' | sed 's/- //g; s/  */ /g' |
    grep -q 'Pada saat Keputusan ini mulai berlaku, Keputusan Kecamatan Pasar Manna Kabupaten Bengkulu Selatan Nomor 800/ *15/ *KPTS/2024 tanggal 15 Januari 2024 tentang Penetapan Indikator Kinerja Utama Kecamatan Pasar Manna Kabupaten Bengkulu Selatan dicabut dan dinyatakan tidak berlaku.'
t "mencabut: the revoking diktum, from the old decree's YAML" $?
# the capaian printed in an LKjIP table are the figures computed by hand
# in the comment of its YAML (naskah-dinas.md 2.4), row by row
LK=tests/regress/lkjip-pengukuran.yaml
$RUN $BIN render "$LK" -o "$OUT/lkjip.pdf" 2>/dev/null &&
    pdftotext -layout "$OUT/lkjip.pdf" "$OUT/lkjip.txt" 2>/dev/null &&
    sed -n 's/^#  .*[^0-9,]\([0-9][0-9]*,[0-9][0-9]\)  .*/\1/p' "$LK" > "$OUT/lkjip.want" &&
    awk '/^[0-9]+ / { g = ""; s = $0
	while (match(s, /[0-9]+,[0-9][0-9]/)) {
		g = substr(s, RSTART, RLENGTH); s = substr(s, RSTART + RLENGTH) }
	print g }' "$OUT/lkjip.txt" > "$OUT/lkjip.got" &&
    [ "$(wc -l < "$OUT/lkjip.want")" -eq 6 ] &&
    cmp -s "$OUT/lkjip.want" "$OUT/lkjip.got"
t "LKjIP capaian as computed by hand ($(tr '\n' ' ' < "$OUT/lkjip.got"))" $?

# every daftar isi entry: the page with that printed number holds the
# heading
pdftotext -layout "$PDF" "$OUT/buku.txt"
awk 'BEGIN { RS = "\f" } { gsub(/\n+$/, ""); print > ("'"$OUT"'/page." NR) }' "$OUT/buku.txt"
toc=$(grep -l 'DAFTAR ISI' "$OUT"/page.* | head -n 1)
bad=0
entries=0
while IFS= read -r line; do
	title=$(printf '%s\n' "$line" | sed 's/ *\.[ .]*[0-9ivx]* *$//; s/^ *//')
	label=$(printf '%s\n' "$line" | sed 's/.*[ .]\([0-9ivx][0-9ivx]*\) *$/\1/')
	[ -n "$title" ] || continue
	entries=$((entries + 1))
	found=0
	for p in "$OUT"/page.*; do
		last=$(grep -v '^ *$' "$p" | tail -n 1 | tr -d ' ')
		[ "$last" = "$label" ] || continue
		head=$(printf '%s\n' "$title" | sed 's/^BAB [IVX]* //; s/^[0-9.]* //')
		grep -q -- "$head" "$p" && found=1
	done
	if [ $found = 0 ]; then
		bad=$((bad + 1))
		echo "  daftar isi: '$title' on page '$label' not found"
	fi
done <<EOT
$(grep '[^.]\.[ .]*\.[ .]*[0-9ivx][0-9ivx]* *$' "$toc" | grep -v '^ *DAFTAR ISI *$')
EOT
[ $bad = 0 ] && [ $entries -ge 10 ]
t "daftar isi: $entries entries, each on the page it names" $?

# every sentence of the seed of six words or more, in order of the text
if [ -f "$SEED" ]; then
	pdftotext "$PDF" - | awk '
		# drop page numbers, kata penyambung, the diktum labels and
		# their colons (pdftotext may read a page'"'"'s labels before the
		# diktum that goes on from the page before), and join the lines
		{ gsub(/\f/, "") }
		/^ *[0-9ivx]+ *$/ { next }
		/^ *(KE[A-Z]+|:) *$/ { next }
		/^‐ ?[0-9]+ ?‐$/ { next }
		{ gsub(/[^ ]+ \. \. \.$/, ""); printf "%s ", $0 }' |
	    tr -s ' \n' ' ' | sed 's|/ |/|g' > "$OUT/buku.flat"
	awk -v flat="$OUT/buku.flat" '
		BEGIN { getline text < flat }
		/^DAFTAR ISI/ { skip = 1 } /^BAB I$/ { skip = 0 }
		skip || /\t|\$/ { next }
		{
			# each line of the seed is a paragraph: its sentences,
			# less markup and clause labels ("KEDUA :", "a.")
			gsub(/\*+/, ""); sub(/^ *- /, ""); gsub(/[ \t]+/, " ")
			sub(/^[A-Z][A-Za-z]* : /, ""); sub(/^[a-z0-9]+\. /, "")
			n = split($0, s, /\. /)
			for (i = 1; i <= n; i++) {
				x = s[i]; sub(/^ /, "", x); sub(/ $/, "", x)
				if (split(x, w, " ") < 6) continue
				checked++
				if (index(text, x) == 0) {
					missing++
					if (missing <= 5) print "  missing: " substr(x, 1, 100)
				}
			}
		}
		END {
			print "  sentences checked: " checked ", missing: " missing + 0
			exit missing != 0 || checked < 50 }' "$SEED"
	t "every sentence of the seed is in the book's text" $?
else
	echo "skipped: every sentence of the seed in the book's text, because the seed ${SEED:-(none given)} is missing"
fi
echo "bookcheck: $pass passed, $fail failed"
