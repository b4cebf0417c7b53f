#!/bin/sh
# SPDX-License-Identifier: ISC
# tests/review.sh BIN OUT - the reviewer from the command line (issue
# 15; naskah.1 REVIEW, naskah-aturan.7), with the sample rule
# menimbang-bahwa on a small decree whose second Menimbang does not
# begin with "bahwa":
#
# 1. check prints the finding as "FILE:L:C: peringatan [RULE]: ..." and
#    in English as "warning [RULE]", exit 0; --ketat makes it an error,
#    exit 1; a decree without the departure is silent;
# 2. render prints the finding and still writes the PDF (--tinjau, the
#    old way to ask for it, the same); with --tanpa-tinjau it writes the
#    PDF silently; with --ketat it writes none (exit 1);
# 3. --format=json: one object a line with severity, id, file, line,
#    column, text and fix, each line parsed back by python3 -m json.tool
#    (or jq when python3 is missing; neither: skipped); a document error
#    has its message id;
# 4. --aturan lists menimbang-bahwa with its family and source, in both
#    languages and as JSON; man/naskah-aturan.7 has an item for every
#    rule it lists, and no item for a rule it does not, and is what
#    tools/aturan-man.py makes of it, sources included;
# 5. abaikan: with its alasan the rule is silent; without alasan, an
#    error; an unknown name, an error with "did you mean"; tingkat:
#    galat makes the finding an error; a template's abaikan silences
#    it in the documents written with it; a book's decree is reviewed;
# 8. an LKjIP's rows (a finding in the file of rows it includes, once)
#    and a Peraturan's last Pasal (pasal-berlaku) are reviewed.
#
# Prints "review: N passed, N failed" last.
BIN=$1
OUT=$2/review
RUN=${NASKAH_RUN:-}
rm -rf "$OUT"
mkdir -p "$OUT"
SUITE=review
. tests/lib.sh

# decree FILE [EXTRA]: a small decree whose Menimbang b (line 10) does
# not begin with "bahwa", EXTRA (lines) appended
decree() {
	cat > "$1" <<'YAML'
naskah: 1
jenis: keputusan
keputusan:
  judul: KEPUTUSAN CAMAT CONTOH
  tahun: 2025
  tentang: UJI PERIKSA
  pejabat: CAMAT CONTOH,
menimbang:
  - bahwa untuk mengukur kinerja perlu ditetapkan indikator;
  - berdasarkan pertimbangan huruf a, perlu menetapkan Keputusan Camat;
mengingat:
  - Undang-Undang Nomor 23 Tahun 2014 tentang Pemerintahan Daerah
    (Lembaran Negara Republik Indonesia Tahun 2014 Nomor 244, Tambahan
    Lembaran Negara Republik Indonesia Nomor 5587);
menetapkan: KEPUTUSAN CAMAT CONTOH TENTANG UJI PERIKSA.
diktum:
  - Keputusan ini mulai berlaku pada tanggal ditetapkan.
penetapan: {tempat: Contoh, tanggal: 2025-01-02}
penandatangan: {jabatan: "CAMAT CONTOH,", nama: NAMA CAMAT, pangkat: Pembina, nip: 19700101 199003 1 001}
YAML
	[ -n "$2" ] && printf '%s\n' "$2" >> "$1"
	return 0
}
D=$OUT/d.yaml
decree "$D"

# --- 1. check ------------------------------------------------------------
$RUN "$BIN" check --lang=id "$D" 2> "$OUT/id.err"
rc=$?
[ $rc = 0 ] && [ "$(cat "$OUT/id.err")" = "naskah: $D:10:5: peringatan [menimbang-bahwa]: butir Menimbang diawali kata \"bahwa\"
  saran: 'bahwa berdasarkan pertimbangan huruf a, perlu menetapkan Keputusan Camat;'" ]
t "check: the finding with its rule in Indonesian, exit 0 (exit $rc: $(cat "$OUT/id.err"))" $?
$RUN "$BIN" check --lang=en "$D" 2> "$OUT/en.err"
rc=$?
[ $rc = 0 ] && [ "$(cat "$OUT/en.err")" = "naskah: $D:10:5: warning [menimbang-bahwa]: a Menimbang point begins with \"bahwa\"
  fix: 'bahwa berdasarkan pertimbangan huruf a, perlu menetapkan Keputusan Camat;'" ]
t "check --lang=en: warning [menimbang-bahwa] (exit $rc: $(cat "$OUT/en.err"))" $?
$RUN "$BIN" check --lang=en --ketat "$D" 2> "$OUT/ketat.err"
rc=$?
[ $rc = 1 ] && grep -q "^naskah: $D:10:5: error \[menimbang-bahwa\]: " "$OUT/ketat.err"
t "check --ketat: the finding is an error, exit 1 (exit $rc)" $?
sed 's/  - berdasarkan pertimbangan/  - bahwa berdasarkan pertimbangan/' "$D" > "$OUT/good.yaml"
$RUN "$BIN" check --lang=en --ketat "$OUT/good.yaml" 2> "$OUT/good.err"
rc=$?
[ $rc = 0 ] && [ ! -s "$OUT/good.err" ]
t "check --ketat of a decree without the departure: silent, exit 0 (exit $rc)" $?

# --- 2. render --------------------------------------------------------------
$RUN "$BIN" render --lang=en "$D" -o "$OUT/d.pdf" 2> "$OUT/r.err"
rc=$?
[ $rc = 0 ] && [ -s "$OUT/d.pdf" ] && cmp -s "$OUT/r.err" "$OUT/en.err"
t "render prints the finding and still writes the PDF (exit $rc)" $?
rm -f "$OUT/d.pdf"
$RUN "$BIN" render --lang=en --tinjau "$D" -o "$OUT/d.pdf" 2> "$OUT/r.err"
rc=$?
[ $rc = 0 ] && [ -s "$OUT/d.pdf" ] && cmp -s "$OUT/r.err" "$OUT/en.err"
t "render --tinjau: the same (exit $rc)" $?
rm -f "$OUT/d.pdf"
$RUN "$BIN" render --lang=en --tanpa-tinjau "$D" -o "$OUT/d.pdf" 2> "$OUT/r.err"
rc=$?
[ $rc = 0 ] && [ -s "$OUT/d.pdf" ] && [ ! -s "$OUT/r.err" ]
t "render --tanpa-tinjau writes the PDF and reviews nothing (exit $rc)" $?
rm -f "$OUT/d.pdf"
rm -f "$OUT/d.pdf"
$RUN "$BIN" render --lang=en --ketat "$D" -o "$OUT/d.pdf" 2> "$OUT/r.err"
rc=$?
[ $rc = 1 ] && [ ! -e "$OUT/d.pdf" ] && grep -q 'error \[menimbang-bahwa\]' "$OUT/r.err"
t "render --ketat: an error, no PDF (exit $rc)" $?

# --- 3. --format=json -------------------------------------------------------
if command -v python3 > /dev/null 2>&1; then
	parse() { python3 -m json.tool > /dev/null 2>&1; }
	field() { python3 -c 'import json, sys; print(json.loads(sys.stdin.read())[sys.argv[1]])' "$1"; }
elif command -v jq > /dev/null 2>&1; then
	parse() { jq . > /dev/null 2>&1; }
	field() { jq -r ".$1"; }
else
	parse=
fi
$RUN "$BIN" check --lang=en --format=json "$D" 2> "$OUT/j.err"
rc=$?
if ! command -v python3 > /dev/null 2>&1 && ! command -v jq > /dev/null 2>&1; then
	echo "skipped: --format=json read back, because neither python3 nor jq is installed"
else
	n=0
	good=0
	while IFS= read -r line; do
		n=$((n + 1))
		printf '%s\n' "$line" | parse && good=$((good + 1))
	done < "$OUT/j.err"
	[ $rc = 0 ] && [ $n = 1 ] && [ $good = 1 ]
	t "--format=json: one line, parsed back (exit $rc, $good of $n lines)" $?
	l=$(cat "$OUT/j.err")
	[ "$(printf '%s' "$l" | field severity)" = warning ] &&
	    [ "$(printf '%s' "$l" | field id)" = menimbang-bahwa ] &&
	    [ "$(printf '%s' "$l" | field file)" = "$D" ] &&
	    [ "$(printf '%s' "$l" | field line)" = 10 ] &&
	    [ "$(printf '%s' "$l" | field column)" = 5 ] &&
	    [ "$(printf '%s' "$l" | field text)" = 'a Menimbang point begins with "bahwa"' ] &&
	    [ "$(printf '%s' "$l" | field fix)" = 'bahwa berdasarkan pertimbangan huruf a, perlu menetapkan Keputusan Camat;' ]
	t "--format=json: severity, id, file, line, column, text, fix: $l" $?
	# a document error, a quote and a tab in its text: its id, escaped
	printf 'naskah: 1\njenis: "ke\\"putusan\\t"\n' > "$OUT/bad.yaml"
	$RUN "$BIN" check --lang=en --format=json "$OUT/bad.yaml" 2> "$OUT/jb.err"
	rc=$?
	l=$(head -n 1 "$OUT/jb.err")
	[ $rc = 1 ] && printf '%s\n' "$l" | parse &&
	    [ "$(printf '%s' "$l" | field severity)" = error ] &&
	    [ "$(printf '%s' "$l" | field id)" = JENIS ]
	t "--format=json: a document error with its message id, escaped (exit $rc): $l" $?
	$RUN "$BIN" render --lang=en --format=json "$D" -o "$OUT/d.pdf" 2> "$OUT/jr.err"
	rc=$?
	[ $rc = 0 ] && cmp -s "$OUT/jr.err" "$OUT/j.err"
	t "render --format=json: the same line (exit $rc)" $?
fi

# --- 4. --aturan ------------------------------------------------------------
$RUN "$BIN" --aturan --lang=id > "$OUT/aturan.id" 2>&1
rc=$?
[ $rc = 0 ] && grep -q '^menimbang-bahwa (bentuk, peringatan): butir Menimbang diawali kata "bahwa" \[UU 12/2011 Lampiran II (B.3 Konsiderans)\]$' "$OUT/aturan.id"
t "--aturan lists menimbang-bahwa with its family and source (exit $rc)" $?
$RUN "$BIN" --aturan --lang=en > "$OUT/aturan.en" 2>&1
grep -q '^menimbang-bahwa (bentuk, warning): a Menimbang point begins with "bahwa" \[UU 12/2011' "$OUT/aturan.en"
t "--aturan --lang=en: in English" $?
$RUN "$BIN" --aturan --format=json > "$OUT/aturan.json" 2>&1
if [ -n "${parse-x}" ]; then
	bad=0
	while IFS= read -r line; do
		printf '%s\n' "$line" | parse || bad=$((bad + 1))
	done < "$OUT/aturan.json"
	[ $bad = 0 ] && [ "$(wc -l < "$OUT/aturan.json")" = "$(wc -l < "$OUT/aturan.id")" ] &&
	    grep -q '"name": "menimbang-bahwa", "family": "bentuk"' "$OUT/aturan.json"
	t "--aturan --format=json: a rule a line, parsed back" $?
fi
# the manual has a row for every rule, and only for those
sed 's/ .*//' "$OUT/aturan.id" | sort > "$OUT/rules.bin"
sed -n 's/^\.It Sy \([a-z0-9-]*\) Pq .*/\1/p' man/naskah-aturan.7 | sort > "$OUT/rules.man"
comm -23 "$OUT/rules.bin" "$OUT/rules.man" > "$OUT/rules.missing"
comm -13 "$OUT/rules.bin" "$OUT/rules.man" > "$OUT/rules.stale"
[ -s "$OUT/rules.bin" ] && [ ! -s "$OUT/rules.missing" ]
t "man/naskah-aturan.7 has every rule of naskah --aturan (missing: $(tr '\n' ' ' < "$OUT/rules.missing"))" $?
[ ! -s "$OUT/rules.stale" ]
t "man/naskah-aturan.7 names no rule naskah --aturan lacks (stale: $(tr '\n' ' ' < "$OUT/rules.stale"))" $?
# its family and severity as naskah --aturan says them
sed -n 's/^\([a-z0-9-]*\) (\([a-z-]*\), \([a-z]*\)): .*/\1 \2 \3/p' "$OUT/aturan.id" | sort > "$OUT/fam.bin"
sed -n 's/^\.It Sy \([a-z0-9-]*\) Pq \([a-z-]*\), \([a-z]*\)$/\1 \2 \3/p' man/naskah-aturan.7 | sort > "$OUT/fam.man"
cmp -s "$OUT/fam.bin" "$OUT/fam.man"
t "man/naskah-aturan.7 gives each rule the family and severity of naskah --aturan" $?
# and its list is the one tools/aturan-man.py makes from naskah --aturan,
# sources included (the page is regenerated, not edited by hand)
if command -v python3 > /dev/null 2>&1; then
	cp man/naskah-aturan.7 "$OUT/aturan.7"
	python3 tools/aturan-man.py "$BIN" "$OUT/aturan.7" &&
	    cmp -s man/naskah-aturan.7 "$OUT/aturan.7"
	t "man/naskah-aturan.7 is what tools/aturan-man.py makes of naskah --aturan (its sources too)" $?
else
	echo "skipped: man/naskah-aturan.7 against tools/aturan-man.py, because python3 is not installed"
fi

# --- 5. abaikan -------------------------------------------------------------
decree "$OUT/a.yaml" 'abaikan:
  - aturan: menimbang-bahwa
    alasan: the decree is reproduced word for word'
$RUN "$BIN" check --lang=en --ketat "$OUT/a.yaml" 2> "$OUT/a.err"
rc=$?
[ $rc = 0 ] && [ ! -s "$OUT/a.err" ]
t "abaikan with its alasan silences the rule, under --ketat too (exit $rc: $(cat "$OUT/a.err"))" $?
decree "$OUT/b.yaml" 'abaikan:
  - aturan: menimbang-bahwa'
$RUN "$BIN" check --lang=en "$OUT/b.yaml" 2> "$OUT/b.err"
rc=$?
[ $rc = 1 ] && [ "$(cat "$OUT/b.err")" = "naskah: $OUT/b.yaml:21:5: error: 'abaikan[1]' needs the key 'alasan'" ]
t "abaikan without alasan: an error (exit $rc: $(cat "$OUT/b.err"))" $?
decree "$OUT/c.yaml" 'abaikan:
  - aturan: menimbang-bahwah
    alasan: x'
$RUN "$BIN" check --lang=en "$OUT/c.yaml" 2> "$OUT/c.err"
rc=$?
[ $rc = 1 ] && [ "$(cat "$OUT/c.err")" = "naskah: $OUT/c.yaml:21:13: error: abaikan: 'menimbang-bahwah' is not a rule; did you mean 'menimbang-bahwa'? (naskah --aturan lists them)" ]
t "abaikan of an unknown rule: an error with a hint (exit $rc: $(cat "$OUT/c.err"))" $?
$RUN "$BIN" render --lang=en "$OUT/c.yaml" -o "$OUT/c.pdf" 2> "$OUT/cr.err"
rc=$?
[ $rc = 1 ] && [ ! -e "$OUT/c.pdf" ] && cmp -s "$OUT/c.err" "$OUT/cr.err"
t "render: the same error, no PDF (exit $rc)" $?
$RUN "$BIN" render --lang=en --tanpa-tinjau "$OUT/c.yaml" -o "$OUT/c.pdf" 2> /dev/null
rc=$?
[ $rc = 0 ] && [ -s "$OUT/c.pdf" ]
t "render --tanpa-tinjau does not read abaikan's names (exit $rc)" $?
decree "$OUT/g.yaml" 'abaikan:
  - aturan: menimbang-bahwa
    alasan: the region wants every Menimbang so
    tingkat: galat'
$RUN "$BIN" check --lang=en "$OUT/g.yaml" 2> "$OUT/g.err"
rc=$?
[ $rc = 1 ] && grep -q "^naskah: $OUT/g.yaml:10:5: error \[menimbang-bahwa\]: " "$OUT/g.err"
t "abaikan with tingkat: galat makes the finding an error (exit $rc)" $?
# a regional template that does not follow the rule
cp templates/keputusan.yaml "$OUT/daerah.yaml"
printf '\nabaikan:\n  - aturan: menimbang-bahwa\n    alasan: the region writes its Menimbang so\n' >> "$OUT/daerah.yaml"
decree "$OUT/t.yaml" 'templat: daerah.yaml'
$RUN "$BIN" check --lang=en --ketat "$OUT/t.yaml" 2> "$OUT/t.err"
rc=$?
[ $rc = 0 ] && [ ! -s "$OUT/t.err" ]
t "a template's abaikan silences the rule (exit $rc: $(cat "$OUT/t.err"))" $?
printf '  - aturan: menimbang-bahw\n    alasan: x\n' >> "$OUT/daerah.yaml"
$RUN "$BIN" check --lang=en "$OUT/t.yaml" 2> "$OUT/t.err"
rc=$?
[ $rc = 1 ] && grep -q "daerah.yaml:.*did you mean 'menimbang-bahwa'" "$OUT/t.err"
t "a template's abaikan of an unknown rule: an error at the template (exit $rc: $(cat "$OUT/t.err"))" $?
# a book: its decree is reviewed, in its own file
cat > "$OUT/buku.yaml" <<'YAML'
naskah: 1
jenis: buku
bagian:
  - keputusan: d.yaml
YAML
$RUN "$BIN" check --lang=en "$OUT/buku.yaml" 2> "$OUT/buku.err"
rc=$?
[ $rc = 0 ] && grep -q "d.yaml:10:5: warning \[menimbang-bahwa\]" "$OUT/buku.err"
t "a book's decree is reviewed (exit $rc: $(cat "$OUT/buku.err"))" $?
printf 'abaikan:\n  - aturan: menimbang-bahwa\n    alasan: the book keeps the decree as it is\n' >> "$OUT/buku.yaml"
$RUN "$BIN" check --lang=en "$OUT/buku.yaml" 2> "$OUT/buku.err"
rc=$?
[ $rc = 0 ] && [ ! -s "$OUT/buku.err" ]
t "a book's abaikan silences its decree's finding (exit $rc: $(cat "$OUT/buku.err"))" $?

# --- 6. the examples: the real decree's departures, the corrected copy --
# (issue 15: the real document keeps its words; its corrected copy
# checks clean under --ketat)
$RUN "$BIN" check --lang=en examples/pasar-manna-2024.yaml 2> "$OUT/pm.err"
rc=$?
missing=
for r in judul-jabatan pejabat-jabatan menetapkan-kosong menimbang-titik-koma \
    mengingat-titik-koma lampiran-kapital jabatan-kapital jabatan-koma \
    ttd-gelar satuan-ganda; do
	grep -q "warning \[$r\]" "$OUT/pm.err" || missing="$missing $r"
done
[ $rc = 0 ] && [ -z "$missing" ]
t "the Pasar Manna decree: the departures issue 15 names, each found (exit $rc, missing:${missing:- none})" $?
$RUN "$BIN" check --lang=en --ketat examples/pasar-manna-2024-benar.yaml 2> "$OUT/benar.err"
rc=$?
[ $rc = 0 ] && [ ! -s "$OUT/benar.err" ]
t "its corrected copy checks clean under --ketat (exit $rc: $(head -3 "$OUT/benar.err"))" $?
for y in examples/keputusan-bupati-contoh-raya.yaml \
    examples/peraturan-bupati-contoh-raya-iku.yaml; do
	$RUN "$BIN" check --lang=en --ketat "$y" 2> "$OUT/contoh.err"
	rc=$?
	[ $rc = 0 ] && [ ! -s "$OUT/contoh.err" ]
	t "$y checks clean under --ketat (exit $rc: $(head -3 "$OUT/contoh.err"))" $?
done

# --- 7. a mechanical fix: on the line after its finding, and in JSON ------
decree "$OUT/fix.yaml" 'lampiran:
  - judul: [INDIKATOR KINERJA UTAMA]
    iku:
      - sasaran: Meningkatnya pelayanan
        indikator: Indeks kepuasan masyarakat
        formulasi: Hasil survei
        satuan: indeks
        target: "87.5"'
$RUN "$BIN" check --lang=id "$OUT/fix.yaml" 2> "$OUT/fix.err"
rc=$?
[ $rc = 0 ] && grep -A1 "peringatan \[koma-desimal\]" "$OUT/fix.err" | tail -n 1 | grep -qx "  saran: '87,5'"
t "koma-desimal: its fix on the next line, '  saran: 87,5' (exit $rc: $(cat "$OUT/fix.err"))" $?
$RUN "$BIN" check --lang=en --format=json "$OUT/fix.yaml" 2> "$OUT/fix.json"
grep '"koma-desimal"' "$OUT/fix.json" | grep -q '"fix": "87,5"'
t "koma-desimal: its fix in JSON ($(cat "$OUT/fix.json"))" $?

# --- 8. the fixes of struktur and bentuk, end to end on the example -------
# (issue 15, rvfix): each finding's saran on the line after it, and
# the same fix in JSON; a finding with no mechanical fix has "fix": null
E=examples/pasar-manna-2024.yaml
$RUN "$BIN" check --lang=id "$E" 2> "$OUT/ex.err"
$RUN "$BIN" check --lang=id --format=json "$E" 2> "$OUT/ex.json"
json=1
if ! command -v python3 > /dev/null 2>&1 && ! command -v jq > /dev/null 2>&1; then
	json=0
	echo "skipped: the JSON fixes of the example, because neither python3 nor jq is installed"
fi
while IFS='|' read -r at rule fix; do
	grep -A1 "^naskah: $E:$at: peringatan \[$rule\]" "$OUT/ex.err" |
	    sed -n 2p | grep -qxF "  saran: '$fix'"
	t "$rule at $at: saran '$fix'" $?
	[ $json = 1 ] || continue
	l=$(grep "\"id\": \"$rule\", \"file\": \"$E\", \"line\": ${at%:*}, \"column\": ${at#*:}," "$OUT/ex.json")
	[ -n "$l" ] && [ "$(printf '%s' "$l" | field fix)" = "$fix" ]
	t "$rule at $at: JSON fix '$fix'" $?
done <<'FIXES'
20:20|judul-jabatan|KEPUTUSAN CAMAT PASAR MANNA KABUPATEN BENGKULU SELATAN
24:12|pejabat-jabatan|CAMAT PASAR MANNA KABUPATEN BENGKULU SELATAN,
96:5|menetapkan-kosong|KEPUTUSAN CAMAT PASAR MANNA KABUPATEN BENGKULU SELATAN TENTANG PENETAPAN INDIKATOR KINERJA UTAMA KECAMATAN PASAR MANNA KABUPATEN BENGKULU SELATAN.
39:37|menimbang-titik-koma|bahwa berdasarkan pertimbangan sebagaimana dimaksud huruf a dan huruf b di atas, perlu menetapkan Keputusan Kecamatan Pasar Manna Kabupaten Bengkulu Selatan tentang Penetapan Indikator Kinerja Utama (IKU) di Kecamatan Pasar Manna Kabupaten Bengkulu Selatan;
93:68|mengingat-titik-koma|Peraturan Daerah Kabupaten Bengkulu Selatan Nomor 9 Tahun 2016 tentang Pembentukan dan Susunan Perangkat Daerah Kabupaten Bengkulu Selatan (Lembaran Daerah Kabupaten Bengkulu Selatan Tahun 2016 Nomor 9);
127:9|lampiran-kapital|INDIKATOR KINERJA UTAMA KECAMATAN PASAR MANNA KABUPATEN BENGKULU SELATAN
128:9|lampiran-kapital|TAHUN ANGGARAN 2024
119:12|jabatan-kapital|CAMAT PASAR MANNA
119:28|jabatan-koma|CAMAT PASAR MANNA,
FIXES
grep -A1 "\[ttd-gelar\]" "$OUT/ex.err" | sed -n 2p | grep -q "saran:"
[ $? != 0 ] && grep '"ttd-gelar"' "$OUT/ex.json" | grep -q '"fix": null'
t "ttd-gelar has no mechanical fix: no saran line, \"fix\": null" $?

# --- 9. acuan-diktum follows the template's gaya.diktum (rvfix) -------------
# pertama: "Diktum PERTAMA" is right, "Diktum KESATU" is not; pasal: a
# diktum is "Pasal n"
y=tests/regress/templat-ubah-daftar.yaml
$RUN "$BIN" check --lang=en "$y" 2> "$OUT/gaya.err"
! grep -q "acuan-diktum" "$OUT/gaya.err"
t "gaya.diktum: pertama, 'Diktum PERTAMA': silent ($(cat "$OUT/gaya.err"))" $?
sed 's/Diktum PERTAMA digunakan/Diktum KESATU digunakan/' "$y" > "$OUT/gaya1.yaml"
$RUN "$BIN" check --lang=en "$OUT/gaya1.yaml" 2> "$OUT/gaya.err"
grep -q "^naskah: $OUT/gaya1.yaml:33:63: warning \[acuan-diktum\]: 'Diktum KESATU' refers to a diktum this decree does not have (it has 3)$" "$OUT/gaya.err"
t "gaya.diktum: pertama, 'Diktum KESATU': a finding ($(cat "$OUT/gaya.err"))" $?
y=tests/regress/diktum-pasal.yaml
$RUN "$BIN" check --lang=en "$y" 2> "$OUT/gaya.err"
! grep -q "acuan-diktum" "$OUT/gaya.err"
t "gaya.diktum: pasal, 'Pasal 1': silent ($(cat "$OUT/gaya.err"))" $?
sed 's/dalam Pasal 1 digunakan/dalam Pasal 4 digunakan/' "$y" > "$OUT/gaya2.yaml"
$RUN "$BIN" check --lang=en "$OUT/gaya2.yaml" 2> "$OUT/gaya.err"
grep -q "^naskah: $OUT/gaya2.yaml:30:56: warning \[acuan-diktum\]: 'Pasal 4' refers to a diktum this decree does not have (it has 3)$" "$OUT/gaya.err"
t "gaya.diktum: pasal, 'Pasal 4' of 3: a finding ($(cat "$OUT/gaya.err"))" $?

# --- 10. every kind (rv-kinds): an LKjIP's rows, a Peraturan's Pasal ------
# the LKjIP includes the IKU rows of the decree in four tables: the unit
# written twice is found in the rows' file, once
$RUN "$BIN" check --lang=en examples/lkjip-pasar-manna-2024.yaml 2> "$OUT/lkjip.err"
rc=$?
[ $rc = 0 ] && [ "$(grep -c '^naskah: examples/iku-pasar-manna-2024.yaml:49:45: warning \[satuan-ganda\]: ' "$OUT/lkjip.err")" = 1 ]
t "the LKjIP: satuan-ganda at iku-pasar-manna-2024.yaml:49:45, once (exit $rc: $(head -3 "$OUT/lkjip.err"))" $?
cat > "$OUT/perbup.yaml" <<'YAML'
naskah: 1
jenis: peraturan
peraturan:
  judul: PERATURAN BUPATI CONTOH
  nomor: "7"
  tahun: 2024
  tentang: UJI PERIKSA
  pejabat: BUPATI CONTOH,
  rahmat: ya
  sebutan: Peraturan Bupati
menimbang:
  - bahwa untuk mengukur kinerja perlu ditetapkan indikator;
mengingat:
  - Undang-Undang Nomor 23 Tahun 2014 tentang Pemerintahan Daerah
    (Lembaran Negara Republik Indonesia Tahun 2014 Nomor 244, Tambahan
    Lembaran Negara Republik Indonesia Nomor 5587);
menetapkan: PERATURAN BUPATI TENTANG UJI PERIKSA.
batang_tubuh:
  pasal:
    - teks: Indikator kinerja ditetapkan setiap tahun.
    - teks: Peraturan Bupati ini ditetapkan untuk diuji.
penetapan: {tempat: Contoh, tanggal: 2024-01-02}
penandatangan: {jabatan: "BUPATI CONTOH,", nama: NAMA BUPATI}
pengundangan:
  tempat: Contoh
  tanggal: 2024-01-02
  jabatan: SEKRETARIS DAERAH KABUPATEN CONTOH,
  nama: NAMA SEKDA
  berita_daerah: {daerah: Kabupaten Contoh, tahun: 2024, nomor: "7"}
YAML
$RUN "$BIN" check --lang=en "$OUT/perbup.yaml" 2> "$OUT/perbup.err"
rc=$?
[ $rc = 0 ] && [ "$(cat "$OUT/perbup.err")" = "naskah: $OUT/perbup.yaml:21:13: warning [pasal-berlaku]: the last Pasal says when the Peraturan takes effect (\"mulai berlaku pada tanggal diundangkan\")" ]
t "a Peraturan: pasal-berlaku at its last Pasal, 21:13 (exit $rc: $(cat "$OUT/perbup.err"))" $?
sed 's/ditetapkan untuk diuji/mulai berlaku pada tanggal diundangkan/' "$OUT/perbup.yaml" > "$OUT/perbup-ok.yaml"
$RUN "$BIN" check --lang=en --ketat "$OUT/perbup-ok.yaml" 2> "$OUT/perbup-ok.err"
rc=$?
[ $rc = 0 ] && [ ! -s "$OUT/perbup-ok.err" ]
t "the Peraturan with its last Pasal saying so: silent under --ketat (exit $rc: $(head -3 "$OUT/perbup-ok.err"))" $?

echo "review: $pass passed, $fail failed"
