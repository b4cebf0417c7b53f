#!/bin/sh
# SPDX-License-Identifier: ISC
# tests/pdfa.sh BIN OUTDIR - the archival PDF of issue 17 (arsip: ya,
# --arsip).  No PDF/A validator is packaged in Debian; what PDF/A asks
# beyond an ordinary naskah PDF is checked point by point:
#  1. the decree with --arsip: PDF 1.7; an XMP stream (well-formed XML,
#     not compressed) that says part 3 conformance B and repeats the
#     Info dictionary's title, author and subject; an sRGB output
#     intent whose profile is color/sRGB.icc byte for byte; /AF naming
#     every file carried (as many as pdfdetach lists), each with its
#     /AFRelationship; qpdf --check; the same bytes twice;
#  2. with sumber: tidak: part 2, no /AF, no embedded file;
#  3. the key arsip: ya in the document does what --arsip does; a book
#     with arsip: its links printable (/F 4); a title with & < > escaped;
#  4. without either: no /Metadata, no /OutputIntents, PDF 1.x as before.
# Prints "pdfa: N passed, N failed" last.
BIN=$1
OUT=$2/pdfa
RUN=${NASKAH_RUN:-}
pass=0
fail=0
t() {	# t NAME STATUS
	if [ "$2" = 0 ]; then pass=$((pass + 1)); echo "ok: $1"
	else fail=$((fail + 1)); echo "FAIL: $1"; fi
}
rm -rf "$OUT"
mkdir -p "$OUT"
for tool in qpdf pdfinfo pdfdetach python3; do
	if ! command -v $tool > /dev/null 2>&1; then
		echo "skipped: the archival PDF, because $tool is not installed"
		echo "pdfa: $pass passed, $fail failed"
		exit 0
	fi
done
# qdf NAME: OUT/NAME.pdf uncompressed, one object a line group
qdf() {
	qpdf --qdf --object-streams=disable "$OUT/$1.pdf" "$OUT/$1.qdf" 2> /dev/null
}
# xmp NAME: the XMP packet of OUT/NAME.pdf into OUT/NAME.xmp
xmp() {
	pdfinfo -meta "$OUT/$1.pdf" > "$OUT/$1.xmp" 2> /dev/null
}

# --- 1. the decree, --arsip --------------------------------------------
D=examples/pasar-manna-2024.yaml
$RUN $BIN render --tanpa-tinjau --arsip "$D" -o "$OUT/a.pdf" 2> "$OUT/a.err"
t "render --arsip: exit 0, no message" $([ $? = 0 ] && [ ! -s "$OUT/a.err" ]; echo $?)
pdfinfo "$OUT/a.pdf" > "$OUT/a.info" 2>&1
grep -q '^PDF version: *1\.7$' "$OUT/a.info"
t "PDF version 1.7" $?
grep -q '^Metadata Stream: *yes$' "$OUT/a.info"
t "a metadata stream in the catalog" $?
xmp a
python3 - "$OUT/a.xmp" "$OUT/a.info" > "$OUT/a.xmpcheck" 2>&1 <<'EOF'
import sys, xml.etree.ElementTree as ET
x = open(sys.argv[1], encoding='utf-8').read()
info = {}
for line in open(sys.argv[2], encoding='utf-8', errors='replace'):
    k, _, v = line.partition(':')
    info[k.strip()] = v.strip()
root = ET.fromstring(x[x.index('<x:xmpmeta'):x.index('</x:xmpmeta>') + 12])
ns = {'rdf': 'http://www.w3.org/1999/02/22-rdf-syntax-ns#',
      'dc': 'http://purl.org/dc/elements/1.1/',
      'pdfaid': 'http://www.aiim.org/pdfa/ns/id/',
      'pdf': 'http://ns.adobe.com/pdf/1.3/'}
d = root.find('rdf:RDF/rdf:Description', ns)
got = {
    'part': d.findtext('pdfaid:part', None, ns),
    'conformance': d.findtext('pdfaid:conformance', None, ns),
    'Title': d.findtext('dc:title/rdf:Alt/rdf:li', None, ns),
    'Author': d.findtext('dc:creator/rdf:Seq/rdf:li', None, ns),
    'Subject': d.findtext('dc:description/rdf:Alt/rdf:li', None, ns),
    'Producer': d.findtext('pdf:Producer', None, ns),
}
bad = [k for k in ('Title', 'Author', 'Subject', 'Producer')
       if (info.get(k) or None) != got[k]]
print(got['part'], got['conformance'], ' '.join(bad) or 'same')
EOF
grep -qx '3 B same' "$OUT/a.xmpcheck"
t "the XMP: well-formed, PDF/A-3 B, title, author, subject and producer as Info ($(cat "$OUT/a.xmpcheck" | tail -n 1))" $?
qdf a
grep -a -q '/GTS_PDFA1' "$OUT/a.qdf" && grep -a -q '/OutputConditionIdentifier (sRGB IEC61966-2.1)' "$OUT/a.qdf"
t "an output intent GTS_PDFA1, sRGB IEC61966-2.1" $?
python3 - "$OUT/a.pdf" color/sRGB.icc > "$OUT/a.icc" 2>&1 <<'EOF'
import sys, subprocess, json
j = json.loads(subprocess.run(['qpdf', '--json', '--json-stream-data=inline',
    '--decode-level=generalized', sys.argv[1]], capture_output=True).stdout)
objs = j['qpdf'][1]
cat = next(v['value'] for v in objs.values()
           if isinstance(v.get('value'), dict) and v['value'].get('/Type') == '/Catalog')
oi = cat['/OutputIntents'][0]
oi = objs['obj:' + oi]['value'] if isinstance(oi, str) else oi
prof = objs['obj:' + oi['/DestOutputProfile']]['stream']
import base64
data = base64.b64decode(prof['data'])
print('same' if data == open(sys.argv[2], 'rb').read() and prof['dict'].get('/N') == 3 else 'differs')
print(len(cat.get('/AF', [])))
EOF
[ "$(sed -n 1p "$OUT/a.icc")" = same ]
t "its profile is color/sRGB.icc byte for byte, /N 3" $?
n=$(pdfdetach -list "$OUT/a.pdf" 2> /dev/null | sed -n 's/^\([0-9]*\) embedded files*$/\1/p')
[ -n "$n" ] && [ "$n" -gt 0 ] && [ "$(sed -n 2p "$OUT/a.icc")" = "$n" ]
t "/AF names the $n files carried" $?
[ "$(grep -a -c '/AFRelationship' "$OUT/a.qdf")" = "$n" ]
t "each file specification has its /AFRelationship" $?
qpdf --check "$OUT/a.pdf" > "$OUT/a.qpdf" 2>&1
t "qpdf --check" $?
$RUN $BIN render --tanpa-tinjau --arsip "$D" -o "$OUT/a2.pdf" 2> /dev/null &&
    cmp -s "$OUT/a.pdf" "$OUT/a2.pdf"
t "the same bytes twice" $?

# --- 2. sumber: tidak: PDF/A-2b ----------------------------------------
$RUN $BIN render --tanpa-tinjau --arsip --tanpa-sumber "$D" -o "$OUT/b.pdf" 2> /dev/null
xmp b
qdf b
grep -q '<pdfaid:part>2</pdfaid:part>' "$OUT/b.xmp" && ! grep -a -q '/AF \[' "$OUT/b.qdf" &&
    ! grep -a -q '/EmbeddedFile' "$OUT/b.qdf"
t "without its source: PDF/A-2b, no /AF, nothing embedded" $?

# --- 3. the key, a book's links, a title to escape ------------------------
mkdir -p "$OUT/doc"
cp -R examples/. "$OUT/doc/"
sed 's/^naskah: 1$/naskah: 1\narsip: ya/' "$D" > "$OUT/doc/arsip.yaml"
$RUN $BIN render --tanpa-tinjau "$OUT/doc/arsip.yaml" -o "$OUT/c.pdf" 2> "$OUT/c.err"
xmp c
grep -q '<pdfaid:part>3</pdfaid:part>' "$OUT/c.xmp"
t "arsip: ya in the document: PDF/A-3b ($(head -n 1 "$OUT/c.err"))" $?
sed 's/^naskah: 1$/naskah: 1\narsip: ya/' examples/pasar-manna-2024-buku.yaml > "$OUT/doc/buku-arsip.yaml"
$RUN $BIN render --tanpa-tinjau "$OUT/doc/buku-arsip.yaml" -o "$OUT/d.pdf" 2> /dev/null
qdf d
links=$(grep -a -c '/Subtype /Link' "$OUT/d.qdf")
printable=$(awk '/ 0 obj$/ { link = 0; f = 0 } /\/Subtype \/Link/ { link = 1 }
    /^  \/F 4$/ { f = 1 } /^endobj/ { n += link && f } END { print n + 0 }' "$OUT/d.qdf")
[ "$links" -gt 0 ] && [ "$printable" = "$links" ]
t "a book with arsip: its $links links printable (/F 4)" $?
grep -a -q '/GTS_PDFA1' "$OUT/d.qdf"
t "a book with arsip: its output intent" $?
awk '/^metadata:/ { skip = 1; next } skip && /^  / { next } { skip = 0; print }' \
    "$OUT/doc/arsip.yaml" > "$OUT/doc/tmp.yaml"
sed 's/^naskah: 1$/naskah: 1\nmetadata:\n  judul: "IKU <2024> \& \\"Pasar\\" Manna"/' "$OUT/doc/tmp.yaml" \
    > "$OUT/doc/escape.yaml"
$RUN $BIN render --tanpa-tinjau "$OUT/doc/escape.yaml" -o "$OUT/e.pdf" 2> "$OUT/e.err"
xmp e
grep -q 'IKU &lt;2024&gt; &amp; &quot;Pasar&quot; Manna' "$OUT/e.xmp"
t "a title with < > & \" escaped in the XMP ($(head -n 1 "$OUT/e.err"))" $?

# --- 4. without arsip: nothing of it --------------------------------------
$RUN $BIN render --tanpa-tinjau "$D" -o "$OUT/n.pdf" 2> /dev/null
qdf n
! grep -a -q '/OutputIntents\|/Metadata' "$OUT/n.qdf" && ! head -c 8 "$OUT/n.pdf" | grep -q '1\.7'
t "without arsip: no metadata, no output intent, not 1.7" $?

echo "pdfa: $pass passed, $fail failed"
[ $fail = 0 ]
