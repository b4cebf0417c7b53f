#!/bin/sh
# SPDX-License-Identifier: ISC
# tests/schema.sh BIN OUT - naskah schema, the JSON Schema for editors
# (issue 16), checked with a real validator (Debian's python3-jsonschema,
# YAML read by python3-yaml as YAML 1.2, as yaml-language-server does;
# tests/schema_check.py):
#
# 1. its output is a valid draft-07 schema, every key has a
#    description, in Indonesian: every entry of naskah.5 that
#    src/load/keys.c names has its '.\" id:' lines (tools/keydoc.py),
#    and no description reads as English; examples/naskah.schema.json (the file the
#    examples' modeline names) and src/load/keydoc.inc (the descriptions,
#    from man/naskah.5 by tools/keydoc.py) are current;
# 2. it accepts every example document and every document of
#    tests/regress/ that naskah check accepts, and the included IKU rows
#    (examples/iku-*.yaml) as definitions.iku_daftar; every example
#    document ends with the modeline "# yaml-language-server:
#    $schema=naskah.schema.json" (a file of IKU rows, with
#    "#/definitions/iku_daftar" after it: yaml-language-server resolves
#    the path from the document's directory and keeps the fragment);
# 3. it rejects every document of the bad-input corpus
#    (tests/bad/) that the loader rejects, in the file itself, for a
#    key or a type (unknown or missing key, a text, list, mapping,
#    number, ya/tidak or choice of the wrong kind, an empty value, a
#    part of more than one key, an unknown version or jenis),
#    but those listed in GAPS below, with the reason it cannot.
#
# Of a book and an LKjIP appendix the schema describes the blocks of
# isi too (src/load/keys.c, KM_BLOCK and after: the loader checks their
# keys from the same table).
#
# Prints "schema: N passed, N failed" last.
BIN=$1
OUT=$2/schema
RUN=${NASKAH_RUN:-}
rm -rf "$OUT"
mkdir -p "$OUT"
SUITE=schema
. tests/lib.sh

# what the schema cannot see: the order of perbandingan_kinerja's years
# (JSON Schema has no "ascending").  (templat_ubah's keys are in it since
# issue 16 put the decree template's keys, model/template.def, in it.)
GAPS="lkjip-years-order"

$RUN "$BIN" schema > "$OUT/schema.json" 2> "$OUT/schema.err"
t "naskah schema: exit 0, nothing on stderr ($(cat "$OUT/schema.err"))" \
    $(test $? = 0 && test ! -s "$OUT/schema.err"; echo $?)
cmp -s "$OUT/schema.json" examples/naskah.schema.json
t "examples/naskah.schema.json is current (naskah schema > examples/naskah.schema.json)" $?
if command -v python3 > /dev/null 2>&1; then
	python3 tools/keydoc.py man/naskah.5 > "$OUT/keydoc.inc" &&
	    cmp -s "$OUT/keydoc.inc" src/load/keydoc.inc
	t "src/load/keydoc.inc is current (python3 tools/keydoc.py man/naskah.5 > src/load/keydoc.inc)" $?
fi
if ! python3 -c 'import jsonschema, yaml' 2> /dev/null; then
	echo "skipped: validating against the schema: python3-jsonschema or python3-yaml is not installed (Debian: apt-get install python3-jsonschema python3-yaml)"
	echo "schema: $pass passed, $fail failed"
	exit 0
fi

# --- 1. a schema, with a description for every key ---------------------
python3 - "$OUT/schema.json" > "$OUT/nodesc.txt" <<'PY'
import json, sys
import jsonschema
d = json.load(open(sys.argv[1]))
jsonschema.Draft7Validator.check_schema(d)
for n, m in d['definitions'].items():
    if 'description' not in m:
        print(n)
    for k, v in m.get('properties', {}).items():
        if 'description' not in v and k != 'sertakan':
            print(n + '.' + k)
PY
t "a draft-07 schema, every key described ($(tr '\n' ' ' < "$OUT/nodesc.txt"))" \
    $(test $? = 0 && test ! -s "$OUT/nodesc.txt"; echo $?)
# issue 16: the descriptions in Indonesian, one per entry of naskah.5
python3 - src/load/keys.c src/load/keydoc.inc > "$OUT/noid.txt" <<'PY'
import re, sys
used = set(re.findall(r'"([A-Z][A-Z ()]*/[^"]*)"', open(sys.argv[1]).read()))
have = set(re.findall(r'^\{ "([^"]*)",', open(sys.argv[2]).read(), re.M))
for d in sorted(used - have):
    print(d)
PY
t "every entry of naskah.5 that keys.c names has an Indonesian description ($(tr '\n' ';' < "$OUT/noid.txt"))" \
    $(test $? = 0 && test ! -s "$OUT/noid.txt"; echo $?)
python3 - "$OUT/schema.json" > "$OUT/english.txt" <<'PY'
import json, re, sys
def walk(v, path):
    if isinstance(v, dict):
        for k, x in v.items():
            if k == 'description' and isinstance(x, str) and \
                    re.search(r'\b(the|is|are|of|must|with|which|optional|required)\b', x):
                print(path + ': ' + x[:60])
            walk(x, path + '.' + k)
    elif isinstance(v, list):
        for i, x in enumerate(v):
            walk(x, path + '[%d]' % i)
walk(json.load(open(sys.argv[1])), '')
PY
t "no description of the schema reads as English ($(head -n 3 "$OUT/english.txt" | tr '\n' ';'))" \
    $(test $? = 0 && test ! -s "$OUT/english.txt"; echo $?)

# --- 2. what the loader accepts, the schema accepts --------------------
docs=
for y in examples/*.yaml; do
	case $y in examples/iku-*) continue ;; esac
	docs="$docs $y"
	tail -n 1 "$y" | grep -qx '# yaml-language-server: $schema=naskah.schema.json'
	t "$y: ends with the modeline" $?
done
for y in tests/regress/*.yaml; do
	$RUN "$BIN" check "$y" > /dev/null 2>&1 && docs="$docs $y"
done
python3 tests/schema_check.py "$OUT/schema.json" valid $docs > "$OUT/valid.log"
while read -r line; do
	t "accepted: $line" $(case $line in ok:*) echo 0 ;; *) echo 1 ;; esac)
done < "$OUT/valid.log"
for y in examples/iku-*.yaml; do
	tail -n 1 "$y" | grep -qx '# yaml-language-server: $schema=naskah.schema.json#/definitions/iku_daftar'
	t "$y: ends with the modeline of a file of IKU rows" $?
done
python3 tests/schema_check.py "$OUT/schema.json" valid:iku_daftar examples/iku-*.yaml > "$OUT/iku.log"
while read -r line; do
	t "accepted as IKU rows: $line" $(case $line in ok:*) echo 0 ;; *) echo 1 ;; esac)
done < "$OUT/iku.log"

# the shipped templates (issue 16: their keys from model/template*.def),
# each by its definition; a key misspelt in a copy is rejected
tpls=
for f in templates/*.yaml; do
	case $f in
	templates/buku.yaml) d=templat_buku ;;
	templates/perubahan.yaml) d=templat_perubahan ;;
	# read by code of their own (load/template.c's naskah_ltpl_load,
	# model/capaian.c's scales): not in the table of keys
	templates/lkjip.yaml | templates/predikat-*) continue ;;
	*) d=templat_keputusan ;;
	esac
	python3 tests/schema_check.py "$OUT/schema.json" "valid:$d" "$f" > "$OUT/tpl.log"
	grep -q '^ok:' "$OUT/tpl.log"
	t "accepted as $d: $f ($(cat "$OUT/tpl.log"))" $?
	tpls="$tpls $f"
done
test -n "$tpls"
t "the shipped templates checked" $?
sed 's/^  menetapkan:/  menetapkn:/' templates/keputusan.yaml > "$OUT/tpl-typo.yaml"
sed 's/^  bab:/  babb:/' templates/buku.yaml > "$OUT/btpl-typo.yaml"
! cmp -s templates/keputusan.yaml "$OUT/tpl-typo.yaml" && ! cmp -s templates/buku.yaml "$OUT/btpl-typo.yaml" &&
    python3 tests/schema_check.py "$OUT/schema.json" invalid:templat_keputusan "$OUT/tpl-typo.yaml" | grep -q '^ok:' &&
    python3 tests/schema_check.py "$OUT/schema.json" invalid:templat_buku "$OUT/btpl-typo.yaml" | grep -q '^ok:'
t "a template key misspelt (kata.menetapkn; buku's kata.babb) is rejected" $?

# --- 3. what the loader rejects for a key or a type, the schema too ----
keytype='must hold exactly one key\|naskah version\|unknown document kind\|unknown key\|needs the key\|must be text\|must be a list\|must be a mapping\|must be a whole number\|must be a number\|must be ya or tidak\|must be one of\|is empty: write'
bad=
for y in tests/bad/*.yaml; do
	e=${y%.yaml}.err
	# in the file itself, not in its template or an included file; a
	# key a template's column needs is the template's business (a
	# book's and an LKjIP's blocks too since issue 16 put them in the
	# table of keys)
	grep "^naskah: $y:" "$e" | grep -v 'the column' |
	    grep -q "$keytype" || continue
	n=$(basename "$y" .yaml)
	case " $GAPS " in
	*" $n "*) echo "note: $y: the loader rejects it, the schema cannot (see GAPS)"; continue ;;
	esac
	bad="$bad $y"
done
python3 tests/schema_check.py "$OUT/schema.json" invalid $bad > "$OUT/invalid.log"
while read -r line; do
	t "rejected: $line" $(case $line in ok:*) echo 0 ;; *) echo 1 ;; esac)
done < "$OUT/invalid.log"
test "$(wc -l < "$OUT/invalid.log")" -ge 25
t "at least 25 bad inputs checked ($(wc -l < "$OUT/invalid.log"))" $?

echo "schema: $pass passed, $fail failed"
