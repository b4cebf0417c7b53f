#!/bin/sh
# SPDX-License-Identifier: ISC
# tests/extract.sh BIN OUTDIR - issue 17, the source inside the PDF:
# every example's PDF carries its YAML and the files it names
# (pdfdetach -list shows them), naskah extract gives them back byte for
# byte, rendering the extracted YAML gives the same PDF, extract never
# writes over a file and refuses a name that would leave its directory,
# sumber: tidak and --tanpa-sumber carry nothing, naskah diff takes
# PDFs for YAML files.  Prints "extract: N passed, N failed".
BIN=$1
OUT=$2/extract
RUN=${NASKAH_RUN:-}
# the program from another directory too
case $BIN in /*) ;; *) BIN=$(pwd)/$BIN ;; esac
rm -rf "$OUT"
mkdir -p "$OUT"
OUT=$(cd "$OUT" && pwd)
SUITE=extract
. tests/lib.sh
nsk() { $RUN "$BIN" "$@"; }
DOC=examples/pasar-manna-2024.yaml
NEW=examples/pasar-manna-2024-perubahan.yaml

# --- every example: carried, extracted, rendered again, the same bytes
for y in examples/pasar-manna-2024.yaml examples/pasar-manna-2024-benar.yaml \
    examples/pasar-manna-2024-perubahan.yaml examples/pasar-manna-2024-buku.yaml \
    examples/keputusan-bupati-contoh-raya.yaml examples/lkjip-pasar-manna-2024.yaml \
    examples/peraturan-bupati-contoh-raya-iku.yaml; do
	b=$(basename "$y" .yaml)
	nsk render --tanpa-tinjau "$y" -o "$OUT/$b.pdf" 2> "$OUT/$b.err"
	t "$y renders" $?
	nsk extract "$OUT/$b.pdf" -d "$OUT/x-$b" > "$OUT/$b.list" 2> "$OUT/$b.xerr"
	rc=$?
	t "$y: naskah extract exits 0 ($rc: $(cat "$OUT/$b.xerr"))" $rc
	main=$(head -n 1 "$OUT/$b.list")
	# the document first, under its own name
	case "$main" in */"$b.yaml") s=0 ;; *) s=1 ;; esac
	t "$y: extract names the document first ($main)" $s
	# every file it wrote is the one the document read, byte for byte
	s=0
	n=0
	while read -r f; do
		n=$((n + 1))
		rel=${f#"$OUT/x-$b/"}
		# a name that climbed out of examples/ starts above it
		case "$rel" in
		examples/* | templates/*) src=$rel ;;
		*) src=examples/$rel ;;
		esac
		cmp -s "$f" "$src" || { echo "differs: $f $src"; s=1; }
	done < "$OUT/$b.list"
	[ "$n" -ge 1 ] || s=1
	t "$y: the $n files extracted are the files read, byte for byte" $s
	[ "$(pdfdetach -list "$OUT/$b.pdf" | sed -n 's/^\([0-9]*\) embedded files*$/\1/p')" = "$n" ]
	t "$y: pdfdetach -list shows the $n files" $?
	nsk render --tanpa-tinjau "$main" -o "$OUT/$b-again.pdf" 2> "$OUT/$b.err2"
	[ $? = 0 ] && cmp -s "$OUT/$b.pdf" "$OUT/$b-again.pdf"
	t "$y: the extracted YAML renders the same PDF, byte for byte" $?
done

# the names pdfdetach shows: relative, the includes beside the decree
pdfdetach -list "$OUT/pasar-manna-2024.pdf" > "$OUT/list" 2>&1
grep -qx '1: iku-pasar-manna-2024.yaml' "$OUT/list" &&
    grep -qx '2: pasar-manna-2024.yaml' "$OUT/list"
t "pdfdetach -list: iku-pasar-manna-2024.yaml, pasar-manna-2024.yaml" $?
# a name that climbs out (templat: ../templates/...): no "..", the
# directories named
pdfdetach -list "$OUT/keputusan-bupati-contoh-raya.pdf" > "$OUT/list" 2>&1
grep -qx '1: examples/keputusan-bupati-contoh-raya.yaml' "$OUT/list" &&
    grep -qx '2: examples/lambang-contoh-raya.png' "$OUT/list" &&
    grep -qx '3: templates/keputusan-bupati.yaml' "$OUT/list" &&
    ! grep -q '\.\.' "$OUT/list"
t "pdfdetach -list: a template from ../templates is templates/..., beside examples/" $?
qpdf --check "$OUT/keputusan-bupati-contoh-raya.pdf" > "$OUT/qpdf.log" 2>&1
t "qpdf --check of a PDF with a picture and a template carried" $?
# the stream's /Params /Size and type
qpdf --qdf --object-streams=disable "$OUT/pasar-manna-2024.pdf" - 2> /dev/null |
    tr -d '\r' > "$OUT/qdf"
grep -q '/Subtype /application#2fx-yaml' "$OUT/qdf" &&
    grep -q "/Size $(wc -c < examples/pasar-manna-2024.yaml)" "$OUT/qdf" &&
    grep -q '/AFRelationship /Source' "$OUT/qdf"
t "an embedded file has /Subtype application/x-yaml, /Params /Size, the document /Source" $?

# --- never over a file -------------------------------------------------
x=$OUT/x-pasar-manna-2024
cp "$x/iku-pasar-manna-2024.yaml" "$OUT/keep.yaml"
echo "mine" > "$x/pasar-manna-2024.yaml"
nsk extract --lang=en "$OUT/pasar-manna-2024.pdf" -d "$x" > "$OUT/out" 2> "$OUT/err"
rc=$?
[ $rc = 1 ] && grep -q "pasar-manna-2024.yaml' exists already" "$OUT/err" &&
    [ "$(cat "$x/pasar-manna-2024.yaml")" = mine ] &&
    cmp -s "$x/iku-pasar-manna-2024.yaml" "$OUT/keep.yaml" && [ ! -s "$OUT/out" ]
t "extract over an existing file: exit 1, names it, writes nothing ($rc: $(cat "$OUT/err"))" $?
nsk extract --lang=id "$OUT/pasar-manna-2024.pdf" -d "$x" 2> "$OUT/err"
[ $? = 1 ] && grep -q "sudah ada: naskah extract tidak pernah menimpa" "$OUT/err"
t "extract over an existing file, in Indonesian" $?
# a symbolic link where a directory of a name is: not followed
mkdir -p "$OUT/link/elsewhere" "$OUT/link/d"
ln -s ../elsewhere "$OUT/link/d/examples"
nsk extract "$OUT/keputusan-bupati-contoh-raya.pdf" -d "$OUT/link/d" > /dev/null 2>&1
rc=$?
[ $rc != 0 ] && [ -z "$(ls -A "$OUT/link/elsewhere")" ]
t "extract does not write through a symbolic link to a directory ($rc)" $?
# the current directory by default
mkdir "$OUT/here"
(cd "$OUT/here" && $RUN "$BIN" extract ../pasar-manna-2024.pdf > ../here.list 2>&1)
[ $? = 0 ] && [ "$(head -n 1 "$OUT/here.list")" = pasar-manna-2024.yaml ] &&
    cmp -s "$OUT/here/pasar-manna-2024.yaml" "$DOC"
t "extract without -d writes into the current directory" $?

# --- a crafted PDF: a name with "..", an absolute one --------------------
# (the same length as the name it replaces: the offsets stay right)
craft() {	# craft FROM TO OUT
	perl -0777 -pe "s/\\Q$1\\E/$2/g" "$OUT/pasar-manna-2024.pdf" > "$3"
}
craft '(iku-pasar-manna-2024.yaml)' '(..\/iku-pasar-manna-24.yml)' "$OUT/dotdot.pdf"
grep -a -q '(\.\./iku-pasar-manna-24\.yml)' "$OUT/dotdot.pdf"
t "the crafted PDF has the name ../iku-pasar-manna-24.yml" $?
mkdir "$OUT/crafted"
nsk extract --lang=en "$OUT/dotdot.pdf" -d "$OUT/crafted" > /dev/null 2> "$OUT/err"
rc=$?
[ $rc = 1 ] && grep -q "a file named '../iku-pasar-manna-24.yml', which would not stay inside" "$OUT/err" &&
    [ -z "$(ls -A "$OUT/crafted")" ] && [ ! -e "$OUT/iku-pasar-manna-24.yml" ]
t "a name with '..' is refused, nothing extracted ($rc: $(cat "$OUT/err"))" $?
craft '(iku-pasar-manna-2024.yaml)' '(\/tmp\/iku-pasar-manna-24.yml)' "$OUT/abs.pdf"
nsk extract --lang=en "$OUT/abs.pdf" -d "$OUT/crafted" > /dev/null 2> "$OUT/err"
[ $? = 1 ] && grep -q "'/tmp/iku-pasar-manna-24.yml', which would not stay" "$OUT/err" &&
    [ -z "$(ls -A "$OUT/crafted")" ]
t "an absolute name is refused, nothing extracted" $?
craft '(iku-pasar-manna-2024.yaml)' '(pasar-manna-2024.yaml)' "$OUT/twice.pdf"
nsk extract --lang=en "$OUT/twice.pdf" -d "$OUT/crafted" > /dev/null 2> "$OUT/err"
[ $? = 1 ] && grep -q "two files named 'pasar-manna-2024.yaml'" "$OUT/err" &&
    [ -z "$(ls -A "$OUT/crafted")" ]
t "a name given twice is refused, nothing extracted" $?
nsk extract --lang=en "$DOC" -d "$OUT/crafted" > /dev/null 2> "$OUT/err"
[ $? = 1 ] && grep -q "cannot read the files" "$OUT/err" && [ -z "$(ls -A "$OUT/crafted")" ]
t "extract of a file that is no PDF: exit 1 ($(cat "$OUT/err"))" $?
# hostile PDFs (tests/fuzz/found/pdf/): refused over a bound, quickly
for c in "flate-bomb-65m:a file larger than naskah reads" \
    "name-5000-bytes:a file name too long" \
    "names-shared-million:a name tree too deep or too large" \
    "xref-stream-bomb:a cross-reference or object stream, which naskah does not write"; do
	f=${c%%:*}
	nsk extract --lang=en "tests/fuzz/found/pdf/$f.pdf" -d "$OUT/crafted" > /dev/null 2> "$OUT/err"
	[ $? = 1 ] && grep -q "${c#*:}" "$OUT/err" && [ -z "$(ls -A "$OUT/crafted")" ]
	t "extract of $f.pdf: exit 1, ${c#*:} ($(cat "$OUT/err"))" $?
done
nsk extract "$OUT/pasar-manna-2024.pdf" "$OUT/abs.pdf" 2> "$OUT/err"
[ $? = 2 ]
t "extract of two PDFs is a usage error" $?

# --- sumber: tidak, --tanpa-sumber: nothing carried ----------------------
mkdir "$OUT/opt"
cp examples/iku-pasar-manna-2024.yaml "$OUT/opt/"
{ cat "$DOC"; echo "sumber: tidak"; } > "$OUT/opt/sk.yaml"
nsk render --tanpa-tinjau "$OUT/opt/sk.yaml" -o "$OUT/opt/sk.pdf" 2> "$OUT/err"
[ $? = 0 ] && pdfdetach -list "$OUT/opt/sk.pdf" | grep -qx '0 embedded files' &&
    ! grep -a -q 'EmbeddedFile' "$OUT/opt/sk.pdf"
t "sumber: tidak: the PDF carries no file" $?
nsk extract --lang=en "$OUT/opt/sk.pdf" -d "$OUT/crafted" > /dev/null 2> "$OUT/err"
[ $? = 1 ] && grep -q "carries no source files" "$OUT/err"
t "extract of a PDF that carries nothing: exit 1, says so" $?
# a book, an LKjIP appendix, a Peraturan take it too (from standard
# input, in examples/ for what they name)
for y in pasar-manna-2024-buku lkjip-pasar-manna-2024 peraturan-bupati-contoh-raya-iku; do
	(cd examples && { cat $y.yaml; echo "sumber: tidak"; } |
	    $RUN "$BIN" render --tanpa-tinjau - -o "$OUT/opt/no-$y.pdf") 2> "$OUT/err" &&
	    pdfdetach -list "$OUT/opt/no-$y.pdf" | grep -qx '0 embedded files'
	t "sumber: tidak in $y.yaml: no file carried" $?
done
nsk render --tanpa-tinjau --tanpa-sumber "$DOC" -o "$OUT/opt/nosrc.pdf" 2> "$OUT/err"
[ $? = 0 ] && pdfdetach -list "$OUT/opt/nosrc.pdf" | grep -qx '0 embedded files'
t "--tanpa-sumber: the PDF carries no file" $?
# the pages are those of the PDF that carries its source
pdftotext "$OUT/opt/nosrc.pdf" "$OUT/opt/a.txt" && pdftotext "$OUT/pasar-manna-2024.pdf" "$OUT/opt/b.txt" &&
    cmp -s "$OUT/opt/a.txt" "$OUT/opt/b.txt" &&
    [ "$(pdfinfo "$OUT/opt/nosrc.pdf" | grep Pages)" = "$(pdfinfo "$OUT/pasar-manna-2024.pdf" | grep Pages)" ]
t "the source carried changes nothing on the pages" $?
{ cat "$DOC"; echo "sumber: mungkin"; } > "$OUT/opt/bad.yaml"
nsk check --lang=en "$OUT/opt/bad.yaml" 2> "$OUT/err"
[ $? = 1 ] && grep -q "sumber" "$OUT/err"
t "sumber: mungkin is an error" $?
nsk schema | grep -q '"sumber"'
t "naskah schema knows sumber" $?

# --- standard input: carried as naskah.yaml ------------------------------
(cd examples && $RUN "$BIN" render --tanpa-tinjau - -o "$OUT/stdin.pdf" < pasar-manna-2024.yaml) 2> "$OUT/err"
mkdir "$OUT/stdin"
nsk extract "$OUT/stdin.pdf" -d "$OUT/stdin" > "$OUT/stdin.list" 2>&1 &&
    [ "$(head -n 1 "$OUT/stdin.list")" = "$OUT/stdin/naskah.yaml" ] &&
    cmp -s "$OUT/stdin/naskah.yaml" "$DOC"
t "a document from standard input is carried as naskah.yaml" $?

# --- naskah diff of PDFs --------------------------------------------------
nsk diff --lang=en "$DOC" "$NEW" > "$OUT/diff.yaml" 2> "$OUT/diff.err1"
nsk diff --lang=en "$OUT/pasar-manna-2024.pdf" "$OUT/pasar-manna-2024-perubahan.pdf" \
    > "$OUT/diff.pdf.txt" 2> "$OUT/diff.err2"
rc=$?
[ $rc = 0 ] && [ "$(wc -l < "$OUT/diff.yaml")" -gt 3 ] &&
    [ "$(sed 1d "$OUT/diff.yaml")" = "$(sed 1d "$OUT/diff.pdf.txt")" ]
t "diff OLD.pdf NEW.pdf lists what diff OLD.yaml NEW.yaml lists ($rc: $(cat "$OUT/diff.err2"))" $?
nsk diff --lang=en "$DOC" "$OUT/pasar-manna-2024-perubahan.pdf" > "$OUT/diff.mix" 2>&1
[ $? = 0 ] && [ "$(sed 1d "$OUT/diff.yaml")" = "$(sed 1d "$OUT/diff.mix")" ]
t "diff OLD.yaml NEW.pdf too" $?
nsk diff --lang=en --pdf "$OUT/changes-pdf.pdf" "$OUT/pasar-manna-2024.pdf" \
    "$OUT/pasar-manna-2024-perubahan.pdf" > /dev/null 2>&1 &&
    nsk diff --lang=en --pdf "$OUT/changes-yaml.pdf" "$DOC" "$NEW" > /dev/null 2>&1 &&
    cmp -s "$OUT/changes-pdf.pdf" "$OUT/changes-yaml.pdf"
t "diff --pdf of the PDFs writes the page of the YAML files, byte for byte" $?
ls "${TMPDIR:-/tmp}" > "$OUT/tmp.before"
TMPDIR=$OUT/tmp && mkdir "$TMPDIR" && export TMPDIR
nsk diff "$OUT/pasar-manna-2024.pdf" "$OUT/pasar-manna-2024-perubahan.pdf" > /dev/null 2>&1
[ $? = 0 ] && [ -z "$(ls -A "$TMPDIR")" ]
t "diff of PDFs leaves nothing in \$TMPDIR" $?
unset TMPDIR
nsk diff --lang=en "$OUT/opt/sk.pdf" "$NEW" > /dev/null 2> "$OUT/err"
[ $? = 1 ] && grep -q "carries no source files" "$OUT/err"
t "diff of a PDF that carries nothing: exit 1, says so" $?

echo "extract: $pass passed, $fail failed"
