#!/bin/sh
# SPDX-License-Identifier: ISC
# tests/diffpdf.sh BIN OUTDIR - naskah diff --pdf: the page of changes
# for every tests/diff case and the example's revision, read back with
# poppler-utils and qpdf.  Prints "diffpdf: N passed, N failed".
BIN=$1
OUT=$2/diffpdf
RUN=${NASKAH_RUN:-}
mkdir -p "$OUT"
pass=0
fail=0
t() {	# t NAME STATUS
	if [ "$2" = 0 ]; then pass=$((pass + 1)); echo "ok: $1"
	else fail=$((fail + 1)); echo "FAIL: $1"; fi
}

# every value the change list quotes, as the page writes it: dates in
# words (2024-01-15: 15 Januari 2024), a moved row as "IKU n"
values() {
	awk 'BEGIN { split("Januari Februari Maret April Mei Juni Juli Agustus September Oktober November Desember", M, " ") }
	function date(s,   p) {
		if (s ~ /^[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]$/) {
			split(s, p, "-"); return (p[3] + 0) " " M[p[2] + 0] " " p[1] }
		if (s ~ /^[0-9][0-9][0-9][0-9]-[0-9][0-9]$/) {
			split(s, p, "-"); return M[p[2] + 0] " " p[1] }
		return s }
	/^  > / { sub(/:$/, "", $6); print "IKU " $3; print "IKU " $6; next }
	/^  [-+~] / { s = $0
		while (match(s, /"[^"]*"/)) {
			print date(substr(s, RSTART + 1, RLENGTH - 2)); s = substr(s, RSTART + RLENGTH) } }' "$1"
}

# is every line of file $1 in the text of PDF $2 (spaces aside), read in
# the order it is drawn (-raw): a cell of the table whole, not merged
# line by line with the cell beside it when their baselines meet?
all_in() {
	pdftotext -raw "$2" - 2>/dev/null | awk -v want="$1" '
		{ gsub(/[ \t\302\240]/, ""); text = text $0 }
		END { miss = 0
			while ((getline w < want) > 0) {
				gsub(/[ \t]/, "", w)
				if (w != "" && index(text, w) == 0) {
					print "missing: " w > "/dev/stderr"; miss++ } }
			exit miss != 0 }'
}

n=0
for c in tests/diff/*/ example; do
	if [ "$c" = example ]; then
		old=examples/pasar-manna-2024.yaml
		new=examples/pasar-manna-2024-perubahan.yaml
	else
		old=${c}old.yaml
		new=${c}new.yaml
	fi
	n=$((n + 1))
	pdf=$OUT/$n.pdf
	$BIN diff --lang=en "$old" "$new" > "$OUT/$n.want" 2>/dev/null
	$RUN $BIN diff --lang=en --pdf "$pdf" "$old" "$new" > "$OUT/$n.txt" 2> "$OUT/$n.err"
	rc=$?
	[ "$rc" = 0 ] && [ ! -s "$OUT/$n.err" ] && cmp -s "$OUT/$n.want" "$OUT/$n.txt"
	t "$c: --pdf exits 0, prints the same change list" $?
	qpdf --check "$pdf" > /dev/null 2>&1
	t "$c: qpdf --check" $?
	pdffonts "$pdf" > "$OUT/$n.fonts" 2>&1
	[ "$(awk 'NR > 2 && $(NF-4) != "yes"' "$OUT/$n.fonts" | wc -l)" = 0 ] &&
	    [ "$(awk 'NR > 2' "$OUT/$n.fonts" | wc -l)" -ge 2 ]
	t "$c: every font embedded" $?
	values "$OUT/$n.txt" > "$OUT/$n.values"
	echo "DAFTAR PERUBAHAN IKU" >> "$OUT/$n.values"
	if grep -q '^no changes$' "$OUT/$n.txt"; then
		echo "Tidak ada perubahan." >> "$OUT/$n.values"
	fi
	all_in "$OUT/$n.values" "$pdf"
	t "$c: the page has the heading and every old and new value ($(wc -l < "$OUT/$n.values") texts)" $?
	if ! grep -q '^no changes$' "$OUT/$n.txt"; then
		! pdftotext "$pdf" - | grep -q 'Tidak ada perubahan'
		t "$c: a page with changes does not say there are none" $?
	fi
	$RUN $BIN diff --pdf "$OUT/again.pdf" "$old" "$new" > /dev/null 2>&1 &&
	    cmp -s "$pdf" "$OUT/again.pdf"
	t "$c: byte-identical on a second run" $?
done

EX=examples/pasar-manna-2024.yaml
REV=examples/pasar-manna-2024-perubahan.yaml
pdfinfo "$OUT/$n.pdf" 2>/dev/null | grep -q '^Page size: *609.449 x 935.433 pts'
t "the page is the new decree's paper (F4)" $?
pdftotext "$OUT/$n.pdf" - | head -n 3 | grep -q 'KECAMATAN PASAR MANNA'
t "under the new decree's kop" $?
$BIN diff --pdf - "$EX" "$REV" 2>/dev/null | cmp -s - "$OUT/$n.pdf"
t "--pdf - writes the same PDF (and only it) to standard output" $?
# an error leaves the previous PDF untouched
printf 'OLD' > "$OUT/keep.pdf"
printf 'naskah: 1\njenis: keputusan\nkertas: A9\n' > "$OUT/broken.yaml"
$RUN $BIN diff --pdf "$OUT/keep.pdf" "$EX" "$OUT/broken.yaml" > /dev/null 2>&1
rc=$?
[ "$rc" = 1 ] && [ "$(cat "$OUT/keep.pdf")" = OLD ]
t "a broken decree exits 1 and leaves the old PDF" $?
$BIN diff --pdf "$OUT/no-such-dir/x.pdf" "$EX" "$REV" > /dev/null 2>&1
[ $? = 3 ]
t "an unwritable --pdf exits 3" $?
! ls "$OUT" | grep -q 'tmp'
t "no temporary file left behind" $?
$BIN diff "$EX" "$REV" --pdf > /dev/null 2>&1
[ $? = 2 ]
t "--pdf without a file is a usage error (exit 2)" $?
cp "$EX" "$OUT/old.yaml"
$BIN diff --pdf "$OUT/old.yaml" "$REV" "$EX" > /dev/null 2>&1
[ $? = 2 ] && cmp -s "$EX" "$OUT/old.yaml"
t "--pdf naming a YAML file is a usage error and writes nothing" $?
$BIN render --pdf=x.pdf "$EX" > /dev/null 2>&1
[ $? = 2 ] && [ ! -e x.pdf ]
t "--pdf with render is a usage error" $?
# the dates as the new decree's template writes them (its tanggal
# section: "01 Nopember 2021"), however the YAML wrote them
sed "s|^templat: templat/|templat: $(pwd)/tests/regress/templat/|" \
    tests/regress/tanggal-lama.yaml > "$OUT/tgl-old.yaml"
sed 's|tanggal: 1 Nopember 2021|tanggal: 2021-11-03|' "$OUT/tgl-old.yaml" \
    > "$OUT/tgl-new.yaml"
$RUN $BIN diff --pdf "$OUT/tgl.pdf" "$OUT/tgl-old.yaml" "$OUT/tgl-new.yaml" \
    > /dev/null 2>&1
pdftotext "$OUT/tgl.pdf" - 2>/dev/null | tr -s ' \n' '  ' > "$OUT/tgl.txt"
grep -q '01 Nopember 2021' "$OUT/tgl.txt" &&
    grep -q '03 Nopember 2021' "$OUT/tgl.txt" &&
    ! grep -q 'November' "$OUT/tgl.txt"
t "dates on the page as the decree's template writes them" $?
echo "diffpdf: $pass passed, $fail failed"
