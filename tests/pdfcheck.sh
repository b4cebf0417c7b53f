#!/bin/sh
# SPDX-License-Identifier: ISC
# tests/pdfcheck.sh BIN OUTDIR - render the example and read the PDF back
# with poppler-utils and qpdf.  Prints "pdfcheck: N passed, N failed".
BIN=$1
OUT=$2
RUN=${NASKAH_RUN:-}
EX=examples/pasar-manna-2024.yaml
PDF=$OUT/example.pdf
pass=0
fail=0
t() {	# t NAME STATUS
	if [ "$2" = 0 ]; then pass=$((pass + 1)); echo "ok: $1"
	else fail=$((fail + 1)); echo "FAIL: $1"; fi
}

$RUN $BIN render --tanpa-tinjau --lang=en "$EX" -o "$PDF" 2> "$OUT/render.err"
t "render exits 0" $?
[ ! -s "$OUT/render.err" ]
t "render --tanpa-tinjau prints no diagnostics on the example (the review: tests/review.sh)" $?
qpdf --check "$PDF" > "$OUT/qpdf.log" 2>&1
t "qpdf --check" $?
# every stream compressed; the pages' content, the font files and
# (issue 17) the files it carries by naskah itself (its /Filter is a
# name, libharu's an array)
[ "$(grep -a -c '^stream' "$PDF")" = "$(grep -a -c '^/Filter ' "$PDF")" ] &&
    [ "$(grep -a -c '^/Filter /FlateDecode$' "$PDF")" = \
    "$(($(pdfinfo "$PDF" | sed -n 's/^Pages: *//p') + \
    $(grep -a -c '^/FontFile2 ' "$PDF") + \
    $(grep -a -c '^/Type /EmbeddedFile$' "$PDF")))" ]
t "every stream compressed, each page's content, font file and file carried by naskah" $?
pdfinfo "$PDF" > "$OUT/info" 2>&1
grep -q '^Page size: *609.449 x 935.433 pts' "$OUT/info"
t "page size is F4 215x330 mm" $?
grep -q '^Title: *Keputusan Kecamatan Pasar Manna tentang Penetapan Indikator Kinerja Utama Tahun 2024$' "$OUT/info"
t "Title from metadata.judul" $?
grep -q '^Subject: *Penetapan Indikator Kinerja Utama Kecamatan Pasar Manna Kabupaten Bengkulu Selatan$' "$OUT/info"
t "Subject from metadata.subjek" $?
grep -q '^Author: *Kecamatan Pasar Manna$' "$OUT/info"
t "Author from metadata.penulis" $?
! grep -q 'CreationDate' "$OUT/info"
t "no creation date unless the YAML asks" $?
pdffonts "$PDF" > "$OUT/fonts" 2>&1
[ "$(awk 'NR > 2 && $(NF-4) != "yes"' "$OUT/fonts" | wc -l)" = 0 ] &&
    [ "$(awk 'NR > 2' "$OUT/fonts" | wc -l)" -ge 2 ]
t "every font embedded" $?
[ "$(awk 'NR > 2 && ($(NF-3) != "yes" || $(NF-2) != "yes")' "$OUT/fonts" | wc -l)" = 0 ]
t "every font subset, with a ToUnicode map" $?
pdftotext "$PDF" "$OUT/text.txt" 2> "$OUT/pdftotext.err"
t "pdftotext reads it" $?
[ ! -s "$OUT/pdftotext.err" ]
t "pdftotext gives no warnings (valid ToUnicode CMap)" $?
# a long identifier broken after "/" (PER/09/M.PAN/5/2007) reads whole
# when the lines are joined there, as pdftotext joins hyphenated words
awk '{ if (held != "") { $0 = held $0; held = "" } if ($0 ~ /[^ ]\/$/) held = $0; else print }
	END { if (held != "") print held }' "$OUT/text.txt" > "$OUT/joined.txt"
# every word of the YAML's texts comes out: the decree's in reading
# order, each table cell's words in order within the cell
$BIN render --dump=tree "$EX" | grep -v '^metadata' | awk '
	/^lampiran / { tab = 1 }
	match($0, /^ *[a-z_.]* @[0-9]*:[0-9]* "/) {
		s = substr($0, RLENGTH + 1); sub(/"$/, "", s); gsub(/\\"/, "\"", s)
		if (s != "") print (tab ? "L " : "G ") s }' > "$OUT/want.txt"
awk -v want="$OUT/want.txt" '
	function find(w, from,   k) {	# index of word w at or after from
		for (k = from; k <= ng; k++)
			if (G[k] == w || G[k] == w "," || G[k] == w ".") return k
		return 0 }
	{ m = split($0, g, /[ \t\302\240]+/); for (i = 1; i <= m; i++) if (g[i] != "") G[++ng] = g[i] }
	END { j = 1; miss = 0
		while ((getline line < want) > 0) {
			kind = substr(line, 1, 1); n = split(substr(line, 3), w, /[ \t]+/)
			from = kind == "G" ? j : 1
			for (i = 1; i <= n; i++) {
				if (w[i] == "") continue
				k = find(w[i], from)
				if (k == 0) { if (miss++ < 5) print "missing or out of order: " w[i] > "/dev/stderr"; continue }
				from = k + 1
			}
			if (kind == "G") j = from
		}
		exit miss != 0 }' "$OUT/joined.txt"
t "pdftotext gives every word of the YAML in reading order" $?
# a hyphenated word: the hyphen drawn is U+002D at the line's end (the
# last string of a line's TJ array ends in it), and
# the word's two parts read as the whole word and as nothing
# (ActualText), so no part is left ending in a hyphen
pdftotext -bbox-layout "$PDF" "$OUT/bbox.html" 2>/dev/null
qpdf --qdf --object-streams=disable "$PDF" "$OUT/qdf.pdf" 2>/dev/null
grep -a -q -E -- '-\)\]TJ$' "$OUT/qdf.pdf" &&
    grep -a -q '^/Span <</ActualText <feff>>> BDC' "$OUT/qdf.pdf" &&
    ! grep -q '[a-z]-</word>' "$OUT/bbox.html" &&
    ! grep -q '[a-z]‐</word>' "$OUT/bbox.html"
t "added hyphens are U+002D, their words read whole (ActualText)" $?
w=$($BIN render --dump=layout "$EX" | awk '
	/^  line .* hyphen / { n = split($0, a, " "); last = a[n]; sub(/"$/, "", last)
		sub(/-$/, "", last); want = 1; next }
	want && /^  line / { split($0, b, "\""); split(b[2], c, " "); print last c[1]; exit }')
[ -n "$w" ] && grep -q -- "$w" "$OUT/text.txt"
t "a hyphenated word copies out whole ($w)" $?
grep -q '2016–2024' "$OUT/text.txt"
t "non-ASCII (en dash) copies out as U+2013" $?
grep -q '×' "$OUT/text.txt"
t "multiplication sign copies out" $?
pdftotext -layout -f 2 -l 2 "$PDF" - | head -n 1 | grep -q '^ *‐ *2 *‐ *$' &&
    ! pdftotext -layout -f 1 -l 1 "$PDF" - | head -n 1 | grep -q '1'
t "page numbers from page 2 on" $?
$RUN $BIN render "$EX" -o "$OUT/again.pdf" 2>/dev/null && cmp -s "$PDF" "$OUT/again.pdf"
t "byte-identical on a second run" $?
$BIN render "$EX" -o - 2>/dev/null | cmp -s - "$PDF"
t "-o - writes the same PDF to standard output" $?
# an error leaves the previous output untouched
printf 'OLD' > "$OUT/keep.pdf"
printf 'naskah: 1\njenis: keputusan\nkertas: A9\n' > "$OUT/broken.yaml"
$BIN render "$OUT/broken.yaml" -o "$OUT/keep.pdf" 2>/dev/null
rc=$?
[ "$rc" = 1 ] && [ "$(cat "$OUT/keep.pdf")" = OLD ]
t "a document error exits 1 and leaves the old PDF" $?
# several files in one run: each written into -d, a failing one reported
# with its name and its old PDF kept, the ones after it still written
mkdir -p "$OUT/many"
printf 'OLD' > "$OUT/many/broken.pdf"
$BIN render --lang=en -d "$OUT/many" "$EX" "$OUT/broken.yaml" \
    tests/regress/include.yaml 2> "$OUT/many.err"
rc=$?
[ "$rc" = 1 ] && [ "$(cat "$OUT/many/broken.pdf")" = OLD ] &&
    cmp -s "$OUT/many/pasar-manna-2024.pdf" "$PDF" &&
    [ -s "$OUT/many/include.pdf" ] &&
    grep -q "^naskah: $OUT/broken.yaml:3:9: error" "$OUT/many.err"
t "render -d of 3 files, the 2nd broken: 2 PDFs, old one kept, exit 1" $?
$BIN render "$EX" -o "$OUT/no-such-dir/x.pdf" 2>/dev/null
[ $? = 3 ]
t "an unwritable output exits 3" $?
! ls "$OUT" | grep -q 'tmp'
t "no temporary file left behind" $?
# text beyond Windows-1252 goes through a UTF-8 font and copies out too
$BIN render tests/regress/mixed-scripts.yaml -o "$OUT/mixed.pdf" 2>/dev/null &&
    pdftotext "$OUT/mixed.pdf" - 2>/dev/null | tr '\n' ' ' | grep -q 'nilai ≤ 80 dan ≥ 70 → baik; Žižek ő “kutip” – — € ™ *…;' &&
    [ "$(pdffonts "$OUT/mixed.pdf" | grep -c 'CID TrueType')" = 1 ]
t "single-byte and UTF-8 fonts side by side copy out right" $?
$BIN render 2>/dev/null; [ $? = 2 ]
t "no input is a usage error (exit 2)" $?
$BIN render --frobnicate "$EX" 2>/dev/null; [ $? = 2 ]
t "unknown option is a usage error (exit 2)" $?
# a long value in the command line's own message is quoted as the
# library quotes (30 characters … 29, a bad byte counting one)
rep() { i=0; while [ $i -lt "$2" ]; do printf '%s' "$1"; i=$((i + 1)); done; }
v=$(printf '\377'; rep é 34; rep x 30)
q=$(printf '\377'; rep é 29; printf '…'; rep x 29)
$BIN --lang=en render --dump="$v" "$EX" 2> "$OUT/quote.en"; s1=$?
$BIN --lang=id render --dump="$v" "$EX" 2> "$OUT/quote.id"; s2=$?
[ $s1 = 2 ] && [ $s2 = 2 ] &&
    [ "$(cat "$OUT/quote.en")" = "naskah: error: --dump: '$q' is not tree or layout" ] &&
    [ "$(cat "$OUT/quote.id")" = "naskah: error: --dump: '$q' bukan tree atau layout" ]
t "a long option value is quoted as 30 characters … 29, in English and Indonesian" $?
# issue 14, a decree's lampiran with melintang: its page turned between
# the decree's upright page and an upright lampiran, its text set in the
# landscape width (words right of an upright page's edge)
$RUN $BIN render tests/regress/lampiran-melintang.yaml -o "$OUT/lm.pdf" 2>/dev/null &&
    pdfinfo -f 1 -l 3 "$OUT/lm.pdf" 2>/dev/null | grep '^Page.*size:' | tr -s ' ' |
    cut -d' ' -f4-6 | tr '\n' '/' | grep -qx '595.276 x 841.89/841.89 x 595.276/595.276 x 841.89/' &&
    pdftotext -f 2 -l 2 -bbox "$OUT/lm.pdf" - | grep -q '>LAMPIRAN<' &&
    pdftotext -f 2 -l 2 -bbox "$OUT/lm.pdf" - | grep -q '>BUDI<' &&
    pdftotext -f 2 -l 2 -bbox "$OUT/lm.pdf" - | sed -n 's/.*xMax="\([0-9]*\).*/\1/p' |
    sort -n | tail -n 1 | awk '{ exit !($1 > 600 && $1 < 842 - 70) }'
t "a melintang lampiran: a landscape page between upright ones, set in its width" $?
$BIN --version | grep -q '^naskah [0-9]'
t "--version" $?
$BIN --help | grep -q 'usage: naskah render'
t "--help" $?
LC_ALL= LANG=C $BIN check "$OUT/broken.yaml" 2>&1 | grep -q "error: 'kertas' must be one of"
t "LANG=C gives English" $?
LANG= LC_ALL= $BIN check "$OUT/broken.yaml" 2>&1 | grep -q "error: 'kertas' harus salah satu dari"
t "Indonesian by default" $?
echo "pdfcheck: $pass passed, $fail failed"
