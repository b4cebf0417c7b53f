#!/bin/sh
# SPDX-License-Identifier: ISC
# tests/susun.sh BIN OUT - the template's susun section (naskah.5,
# TEMPLATES, "susun (optional)") reaches the layout and the PDF:
#
# 1. tests/regress/susun-mati.yaml, whose template says
#    susun: {ekspansi: 0, gantung: tidak, pemenggalan: tidak}, has in
#    its --dump=layout no expanded line (expand), no scaled text (tz), no
#    hanging punctuation (hang) and no line ending in an added hyphen;
#    its PDF has no Tz operator;
# 2. so that 1 can fail: the same text with the shipped template
#    (--template templates/keputusan.yaml), and the example decree, have
#    each of them, and the example's PDF has Tz operators;
# 3. a book follows its book template's susun, its decree part the
#    decree's template's;
# 4. one run laying out the example, susun-mati and the example again
#    (one context, its caches shared) gives each the dump it has alone:
#    no paragraph set under one susun is served to the other.
#
# Prints "susun: N passed, N failed" last.
BIN=$1
OUT=$2/susun
RUN=${NASKAH_RUN:-}
rm -rf "$OUT"
mkdir -p "$OUT"
SUITE=susun
. tests/lib.sh
OFF=tests/regress/susun-mati.yaml
DECREE=examples/pasar-manna-2024.yaml

# count FILE KIND: the records of the dump FILE that show KIND
count() {
	case $2 in
	expand)	grep -c '^  line [^"]* expand[-+]' "$1" ;;
	tz)	grep -c '^  text [^"]* tz[0-9]' "$1" ;;
	hang)	grep -c '^  line [^"]* hang[0-9]' "$1" ;;
	hyphen)	grep -c '^  line [^"]* hyphen' "$1" ;;
	esac
}

$RUN $BIN render --dump=layout "$OFF" > "$OUT/off.layout" 2> "$OUT/off.err"
t "$OFF: --dump=layout" $?
$RUN $BIN render --template templates/keputusan.yaml --dump=layout "$OFF" \
    > "$OUT/on.layout" 2> "$OUT/on.err"
t "$OFF with the shipped template: --dump=layout" $?
$RUN $BIN render --dump=layout "$DECREE" > "$OUT/decree.layout" \
    2> "$OUT/decree.err"
t "$DECREE: --dump=layout" $?
for k in expand tz hang hyphen; do
	n=$(count "$OUT/off.layout" $k)
	[ "$n" = 0 ]
	t "$OFF: no $k record (found $n)" $?
	n=$(count "$OUT/on.layout" $k)
	[ "$n" -gt 0 ]
	t "$OFF with the shipped template: $k records ($n)" $?
	n=$(count "$OUT/decree.layout" $k)
	[ "$n" -gt 0 ]
	t "$DECREE: $k records ($n)" $?
done

# the PDFs' content streams, uncompressed: a Tz operator ends its line
tz() {	# tz PDF: the Tz operators of PDF
	qpdf --qdf --object-streams=disable "$1" "$1.qdf" 2> /dev/null
	grep -a -c ' Tz$' "$1.qdf" 2> /dev/null
	return 0	# a count of 0 is an answer too; none: no file
}
if ! command -v qpdf > /dev/null 2>&1; then
	echo "skipped: the Tz operators of the PDFs, because qpdf is not installed"
else
	$RUN $BIN render "$OFF" -o "$OUT/off.pdf" 2> "$OUT/off-pdf.err" &&
	    n=$(tz "$OUT/off.pdf") && [ "$n" = 0 ]
	t "$OFF: no Tz operator in the PDF (found ${n:-none})" $?
	n=
	$RUN $BIN render "$DECREE" -o "$OUT/decree.pdf" \
	    2> "$OUT/decree-pdf.err" && n=$(tz "$OUT/decree.pdf") &&
	    [ "$n" -gt 0 ]
	t "$DECREE: Tz operators in the PDF (${n:-none})" $?
fi

# a book: its own parts as its template says, its decree part as the
# decree's: with a book template whose susun turns all off, the book has
# the records of its decree alone, and the shipped one has more
B=$OUT/book
mkdir -p "$B"
cp examples/pasar-manna-2024.yaml examples/iku-pasar-manna-2024.yaml "$B/"
cp templates/buku.yaml "$B/buku-mati.yaml"
echo 'susun: {ekspansi: 0, gantung: tidak, pemenggalan: tidak}' \
    >> "$B/buku-mati.yaml"
{ sed -n '1,/^jenis:/p' examples/pasar-manna-2024-buku.yaml
  echo 'templat: buku-mati.yaml'
  sed '1,/^jenis:/d' examples/pasar-manna-2024-buku.yaml; } > "$B/buku.yaml"
$RUN $BIN render --dump=layout "$B/buku.yaml" > "$OUT/book-off.layout" \
    2> "$OUT/book-off.err"
t "the book with buku-mati.yaml: --dump=layout" $?
$RUN $BIN render --dump=layout examples/pasar-manna-2024-buku.yaml \
    > "$OUT/book-on.layout" 2> "$OUT/book-on.err"
t "the book: --dump=layout" $?
for k in expand hang hyphen; do
	d=$(count "$OUT/decree.layout" $k)
	n=$(count "$OUT/book-off.layout" $k)
	[ "$n" = "$d" ]
	t "the book with buku-mati.yaml: $k records only in its decree ($n, the decree $d)" $?
	n=$(count "$OUT/book-on.layout" $k)
	[ "$n" -gt "$d" ]
	t "the book: $k records beyond its decree's ($n, the decree $d)" $?
done

# one context for three documents: each as it is alone
$RUN $BIN render --dump=layout "$DECREE" "$OFF" "$DECREE" \
    > "$OUT/three.layout" 2> "$OUT/three.err"
t "$DECREE $OFF $DECREE in one run: --dump=layout" $?
awk -v d="$OUT" '/^layout / { n++ } { print > (d "/part" n) }' \
    "$OUT/three.layout"
cmp -s "$OUT/part1" "$OUT/decree.layout"
t "the first decree of the run is laid out as alone" $?
cmp -s "$OUT/part2" "$OUT/off.layout"
t "$OFF after the decree in one run: as alone, no stale lines" $?
cmp -s "$OUT/part3" "$OUT/decree.layout"
t "the decree after $OFF in one run: as alone" $?

echo "susun: $pass passed, $fail failed"
[ "$fail" = 0 ]
