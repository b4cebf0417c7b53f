#!/bin/sh
# SPDX-License-Identifier: ISC
# tests/dasar.sh BIN OUT - a template over its base (dasar:, naskah.5
# TEMPLATES) is the base with the keys it writes:
#
# 1. tests/regress/kolom-iku.yaml set with templat/dasar-kolom.yaml
#    (keputusan and a kolom_iku) gives the bytes it gives with its own
#    full copy, templat/kolom-iku.yaml;
# 2. a template of nothing but "dasar: keputusan" gives the bytes of the
#    shipped template, for the example decree;
# 3. so that 1 and 2 can fail: tests/regress/dasar.yaml, whose chain
#    letters Mengingat, sets "a." where the shipped template sets "1.";
# 4. one run setting kolom-iku.yaml (its full copy) and dasar.yaml (a
#    chain over keputusan), one context and its template cache, gives
#    each the bytes it has alone;
# 5. a decree's templat_ubah: (tests/regress/templat-ubah.yaml) lays out
#    as the same decree naming a template file with the same keys over
#    keputusan (templat/dasar-huruf.yaml), and not as without it;
# 6. one run setting templat-ubah.yaml and then a decree without
#    overrides gives each the bytes it has alone: the overrides stay
#    the document's, the shipped template in the context's cache as it
#    was;
# 7. a chain of 8 templates (7 files over keputusan) is read, one of 9
#    is an error that shows the chain;
# 8. under --root, a template inside the root takes no base from outside
#    it (an error at its dasar line), but may name a shipped one; the
#    same files without --root are read.
#
# Prints "dasar: N passed, N failed" last.
BIN=$1
OUT=$2/dasar
RUN=${NASKAH_RUN:-}
rm -rf "$OUT"
mkdir -p "$OUT"
SUITE=dasar
. tests/lib.sh
KI=tests/regress/kolom-iku.yaml
DECREE=examples/pasar-manna-2024.yaml

# (--tanpa-sumber: the one carries its template file, the other not:
# issue 17)
$RUN $BIN render --tanpa-tinjau --tanpa-sumber "$KI" -o "$OUT/copy.pdf" 2> "$OUT/copy.err"
t "$KI with its copy" $?
$RUN $BIN render --tanpa-tinjau --tanpa-sumber --template tests/regress/templat/dasar-kolom.yaml "$KI" \
    -o "$OUT/dasar.pdf" 2> "$OUT/dasar.err"
t "$KI with dasar-kolom.yaml" $?
cmp -s "$OUT/copy.pdf" "$OUT/dasar.pdf"
t "$KI: the dasar gives the copy's bytes" $?
[ ! -s "$OUT/dasar.err" ]
t "$KI with dasar-kolom.yaml: no message" $?

printf 'dasar: keputusan\n' > "$OUT/kosong.yaml"
$RUN $BIN render "$DECREE" -o "$OUT/decree.pdf" 2> /dev/null
t "$DECREE" $?
$RUN $BIN render --tanpa-tinjau --template "$OUT/kosong.yaml" "$DECREE" \
    -o "$OUT/kosong.pdf" 2> /dev/null
t "$DECREE over \"dasar: keputusan\"" $?
cmp -s "$OUT/decree.pdf" "$OUT/kosong.pdf"
t "$DECREE: \"dasar: keputusan\" alone gives the shipped bytes" $?

D=tests/regress/dasar.yaml
$RUN $BIN render --dump=layout "$D" > "$OUT/huruf.layout" 2> /dev/null
t "$D: --dump=layout" $?
$RUN $BIN render --tanpa-tinjau --template templates/keputusan.yaml --dump=layout "$D" \
    > "$OUT/angka.layout" 2> /dev/null
t "$D with the shipped template: --dump=layout" $?
# Menimbang has two items, Mengingat three: only a lettered Mengingat
# has a "c."
grep -q '^  text [^"]* "c\."' "$OUT/huruf.layout" &&
    ! grep -q '^  text [^"]* "c\."' "$OUT/angka.layout" &&
    grep -q '"MENETAPKAN"' "$OUT/huruf.layout" &&
    ! grep -q '"MENETAPKAN"' "$OUT/angka.layout"
t "$D: lettered and MENETAPKAN over its base, not with the shipped one" $?

$RUN $BIN render "$D" -o "$OUT/alone.pdf" 2> /dev/null
t "$D" $?
mkdir -p "$OUT/batch"
$RUN $BIN render -d "$OUT/batch" "$KI" "$D" 2> /dev/null
t "$KI and $D in one run" $?
$RUN $BIN render "$KI" -o "$OUT/ki-alone.pdf" 2> /dev/null
cmp -s "$OUT/batch/kolom-iku.pdf" "$OUT/ki-alone.pdf" &&
    cmp -s "$OUT/batch/dasar.pdf" "$OUT/alone.pdf"
t "$KI and $D in one run: each as alone" $?

U=tests/regress/templat-ubah.yaml
$RUN $BIN render --tanpa-tinjau --dump=layout "$U" > "$OUT/ubah.layout" 2> "$OUT/ubah.err"
t "$U: --dump=layout" $?
[ ! -s "$OUT/ubah.err" ]
t "$U: no message" $?
# the same text without them, set over a template file of its keys
# and over the shipped template
sed -e '/^templat_ubah:/,/^    menetapkan:/d' "$U" > "$OUT/plain.yaml"
$RUN $BIN render --tanpa-tinjau --template tests/regress/templat/dasar-huruf.yaml \
    --dump=layout "$OUT/plain.yaml" > "$OUT/file.layout" 2> /dev/null
t "$U as a template file: --dump=layout" $?
$RUN $BIN render --tanpa-tinjau --dump=layout "$OUT/plain.yaml" > "$OUT/plain.layout" \
    2> /dev/null
t "$U without templat_ubah: --dump=layout" $?
cmp -s "$OUT/ubah.layout" "$OUT/file.layout"
t "$U: laid out as over a template file of the same keys" $?
! cmp -s "$OUT/ubah.layout" "$OUT/plain.layout"
t "$U: not laid out as without templat_ubah" $?

P=tests/regress/hard-long-mengingat.yaml
$RUN $BIN render "$U" -o "$OUT/u-alone.pdf" 2> /dev/null &&
    $RUN $BIN render "$P" -o "$OUT/p-alone.pdf" 2> /dev/null
t "$U, $P alone" $?
mkdir -p "$OUT/batch2"
$RUN $BIN render -d "$OUT/batch2" "$U" "$P" "$U" 2> /dev/null
t "$U, $P, $U in one run" $?
cmp -s "$OUT/batch2/templat-ubah.pdf" "$OUT/u-alone.pdf" &&
    cmp -s "$OUT/batch2/hard-long-mengingat.pdf" "$OUT/p-alone.pdf"
t "$U, $P, $U in one run: each as alone" $?

# chain N: rantai/t1.yaml over t2 ... over tN over keputusan, and a
# decree naming t1
chain() {
	rm -rf "$OUT/rantai"
	mkdir -p "$OUT/rantai"
	i=1
	while [ "$i" -lt "$1" ]; do
		printf 'dasar: t%d.yaml\n' $((i + 1)) > "$OUT/rantai/t$i.yaml"
		i=$((i + 1))
	done
	printf 'dasar: keputusan\n' > "$OUT/rantai/t$1.yaml"
	sed -e 's|^kertas: A4$|kertas: A4\ntemplat: t1.yaml|' \
	    "$OUT/plain.yaml" > "$OUT/rantai/d.yaml"
	$RUN $BIN check "$OUT/rantai/d.yaml" 2> "$OUT/rantai.err"
}
chain 7
t "a chain of 8 templates" $?
chain 8
[ $? = 1 ] && grep -q 'more than 8 templates on a chain of dasar: .*t1.yaml -> .*t8.yaml -> .*templates/keputusan.yaml$' "$OUT/rantai.err"
t "a chain of 9 templates: an error" $?

R=$OUT/root
mkdir -p "$R/in"
printf 'dasar: ../luar.yaml\n' > "$R/in/t.yaml"
printf 'dasar: keputusan\n' > "$R/luar.yaml"
sed -e 's|^kertas: A4$|kertas: A4\ntemplat: t.yaml|' "$OUT/plain.yaml" \
    > "$R/in/d.yaml"
$RUN $BIN check --root "$R/in" "$R/in/d.yaml" 2> "$R/err"
[ $? = 1 ] && grep -q "t.yaml:1:8: error: '../luar.yaml' is outside the directory" "$R/err"
t "--root: a base outside the root is an error" $?
$RUN $BIN check "$R/in/d.yaml" 2> /dev/null
t "without --root: the same base is read" $?
printf 'dasar: keputusan\n' > "$R/in/t.yaml"
$RUN $BIN check --root "$R/in" "$R/in/d.yaml" 2> /dev/null
t "--root: a shipped base is read" $?

echo "dasar: $pass passed, $fail failed"
[ "$fail" = 0 ]
