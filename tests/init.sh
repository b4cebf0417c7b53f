#!/bin/sh
# SPDX-License-Identifier: ISC
# tests/init.sh BIN OUT - naskah init (issue 16): a new document from a
# starter of templates/awal/:
#
# 1. init keputusan, buku and lkjip (in one directory: the book reads
#    keputusan.yaml) write JENIS.yaml and naskah.schema.json beside it;
#    each starter checks with no message at all, renders a PDF, ends
#    with the schema's modeline and, with python3-jsonschema, validates
#    against the schema;
# 2. never over an existing file: a second init exits 1, says so, and
#    the file keeps its bytes; FILE "-" writes onto stdout;
# 3. init perubahan OLD [NEW]: a copy of the decree that revokes it
#    (mencabut: berkas: OLD), beside it: it checks without an error and
#    naskah diff OLD NEW runs; a revision of a revision revokes the
#    latest only; outside OLD's directory, exit 2; of a book, exit 1;
# 4. an unknown starter, or a missing OLD, is a usage error (exit 2).
#
# Prints "init: N passed, N failed" last.
BIN=$1
case $BIN in /*) ;; *) BIN=$(pwd)/$BIN ;; esac	# init runs in OUT/a too
OUT=$2/init
RUN=${NASKAH_RUN:-}
rm -rf "$OUT"
mkdir -p "$OUT/a" "$OUT/p" "$OUT/q"
SUITE=init
. tests/lib.sh
DATA=$(pwd)
N="$RUN $BIN --data-dir $DATA --lang=en"
MODELINE='# yaml-language-server: $schema=naskah.schema.json'

# --- 1. the starters ---------------------------------------------------
for j in keputusan buku lkjip; do
	(cd "$OUT/a" && $N init $j) > "$OUT/$j.out" 2> "$OUT/$j.err"
	rc=$?
	[ $rc = 0 ] && [ -f "$OUT/a/$j.yaml" ] && [ ! -s "$OUT/$j.err" ] &&
	    grep -q "wrote $j.yaml" "$OUT/$j.out"
	t "init $j: exit 0, $j.yaml written, said on stdout (exit $rc: $(cat "$OUT/$j.err"))" $?
	$N check "$OUT/a/$j.yaml" > /dev/null 2> "$OUT/$j.check"
	rc=$?
	[ $rc = 0 ] && [ ! -s "$OUT/$j.check" ]
	t "init $j: the starter checks with no message (exit $rc: $(head -c 600 "$OUT/$j.check"))" $?
	$N render "$OUT/a/$j.yaml" -o "$OUT/a/$j.pdf" 2> "$OUT/$j.render"
	[ $? = 0 ] && [ -s "$OUT/a/$j.pdf" ]
	t "init $j: the starter renders ($(cat "$OUT/$j.render"))" $?
	[ "$(tail -n 1 "$OUT/a/$j.yaml")" = "$MODELINE" ]
	t "init $j: ends with the schema's modeline" $?
done
$RUN "$BIN" schema | cmp -s - "$OUT/a/naskah.schema.json"
t "init writes naskah.schema.json beside the file (naskah schema's output)" $?
if python3 -c 'import jsonschema, yaml' 2> /dev/null; then
	python3 tests/schema_check.py "$OUT/a/naskah.schema.json" valid \
	    "$OUT/a/keputusan.yaml" "$OUT/a/buku.yaml" "$OUT/a/lkjip.yaml"
	t "the starters validate against the schema" $?
else
	echo "skipped: the starters against the schema: python3-jsonschema or python3-yaml is not installed"
fi

# --- 2. never over a file ----------------------------------------------
echo "# mine" > "$OUT/a/mine.yaml"
cp "$OUT/a/mine.yaml" "$OUT/mine.before"
$N init keputusan "$OUT/a/mine.yaml" > /dev/null 2> "$OUT/exists.err"
rc=$?
[ $rc = 1 ] && grep -q "exists already" "$OUT/exists.err" &&
    cmp -s "$OUT/a/mine.yaml" "$OUT/mine.before"
t "init over an existing file: exit 1, said, the file unchanged (exit $rc: $(cat "$OUT/exists.err"))" $?
(cd "$OUT/a" && $N init keputusan) > /dev/null 2>&1
t "init keputusan a second time: exit 1" $(test $? = 1; echo $?)
$N init keputusan - > "$OUT/stdout.yaml" 2> "$OUT/stdout.err"
[ $? = 0 ] && cmp -s "$OUT/stdout.yaml" templates/awal/keputusan.yaml
t "init keputusan -: the starter onto stdout" $?

# --- 3. perubahan --------------------------------------------------------
cp examples/pasar-manna-2024.yaml examples/iku-pasar-manna-2024.yaml "$OUT/p/"
$N init perubahan "$OUT/p/pasar-manna-2024.yaml" > /dev/null 2> "$OUT/p.err"
rc=$?
new=$OUT/p/pasar-manna-2024-perubahan.yaml
[ $rc = 0 ] && [ -f "$new" ] && grep -q '^  berkas: pasar-manna-2024.yaml$' "$new"
t "init perubahan OLD: OLD-perubahan.yaml revokes OLD (exit $rc: $(cat "$OUT/p.err"))" $?
$N check "$new" > /dev/null 2> "$OUT/p.check"
rc=$?
[ $rc = 0 ] && ! grep -q ': error' "$OUT/p.check"
t "init perubahan: the copy checks without an error (exit $rc: $(grep ': error' "$OUT/p.check"))" $?
$N diff "$OUT/p/pasar-manna-2024.yaml" "$new" > "$OUT/p.diff" 2>&1
t "init perubahan: naskah diff OLD NEW runs ($(head -n 2 "$OUT/p.diff" | tr "\n" " "))" $?
$N init perubahan "$new" "$OUT/p/kedua.yaml" > /dev/null 2>&1 &&
    [ "$(grep -c '^mencabut:' "$OUT/p/kedua.yaml")" = 1 ] &&
    grep -q '^  berkas: pasar-manna-2024-perubahan.yaml$' "$OUT/p/kedua.yaml" &&
    $N check "$OUT/p/kedua.yaml" > /dev/null 2>&1
t "init perubahan of a revision: one mencabut, of the revision, and it checks" $?
$N init perubahan "$OUT/p/pasar-manna-2024.yaml" "$OUT/q/x.yaml" > /dev/null 2> "$OUT/dir.err"
rc=$?
[ $rc = 2 ] && [ ! -f "$OUT/q/x.yaml" ]
t "init perubahan into another directory: exit 2, nothing written (exit $rc: $(cat "$OUT/dir.err"))" $?
cp examples/pasar-manna-2024-buku.yaml "$OUT/p/buku.yaml"
$N init perubahan "$OUT/p/buku.yaml" > /dev/null 2> "$OUT/book.err"
rc=$?
[ $rc = 1 ] && grep -q "is not a decree" "$OUT/book.err" &&
    [ ! -f "$OUT/p/buku-perubahan.yaml" ]
t "init perubahan of a book: exit 1, said, nothing written (exit $rc: $(cat "$OUT/book.err"))" $?

# --- 4. usage --------------------------------------------------------------
$N init surat > /dev/null 2> "$OUT/u.err"
t "init surat: exit 2 ($(cat "$OUT/u.err"))" $(test $? = 2; echo $?)
$N init perubahan > /dev/null 2> "$OUT/u2.err"
t "init perubahan without OLD: exit 2 ($(cat "$OUT/u2.err"))" $(test $? = 2; echo $?)
$N init > /dev/null 2>&1
t "init alone: exit 2" $(test $? = 2; echo $?)

echo "init: $pass passed, $fail failed"
