#!/bin/sh
# SPDX-License-Identifier: ISC
# tests/large.sh [NASKAH [OUTDIR]] - documents with large counts, which
# the fuzzers do not reach: many items, keys, lampiran, bab, rows and
# pages, long words, deep nesting, long lists compared by naskah diff.
# Each case is generated here, then rendered (or compared) with a time
# bound (timeout) and a memory bound (ulimit -v) of its own, and must:
#   - exit 0, or 1 with an "error:" line (no crash, hang, or system
#     error);
#   - never print "(null)", in its messages or in the PDF's text;
#   - when it exits 0, leave a PDF whose text has the case's marker
#     (naskah diff: print a list that has it).
# Run by make large (normal build; ulimit -v does not mix with ASan).
# Prints one line per case (CPU seconds and peak KiB when /usr/bin/time
# is there, else wall seconds) and "large: N passed, N failed" last.
# The bounds are for a linear naskah on a slow machine: several times
# what it needs, far below what a quadratic cost needs.
LC_ALL=C.UTF-8
export LC_ALL
unset LANG LC_MESSAGES NASKAH_DATADIR
BIN=${1:-./naskah}
OUT=${2:-tests/out}/large
SLACK=${LARGE_SLACK:-1}	# multiplies every CPU bound (slow machines)
rm -rf "$OUT"
mkdir -p "$OUT"
pass=0
fail=0
TIME=
[ -x /usr/bin/time ] && TIME="/usr/bin/time -f %U:%S:%M -o $OUT/usage"

# the parts of a decree around its lists
head_decree() {
	cat <<'Y'
naskah: 1
jenis: keputusan
keputusan:
  judul: KEPUTUSAN CAMAT CONTOH
  tahun: 2025
  tentang: BANYAK BUTIR
  pejabat: CAMAT CONTOH,
Y
}
tail_decree() {
	cat <<'Y'
penetapan: {tempat: Contoh, tanggal: 2025-01-02}
penandatangan: {jabatan: "CAMAT CONTOH,", nama: NAMA CAMAT, nip: 197001011990031001}
Y
}
# awk program $1 prints n ($2) items
decree() {
	head_decree
	case $1 in menimbang) ;; *) echo "menimbang: [bahwa perlu;]";; esac
	case $1 in mengingat) ;; *) echo "mengingat: [Pancasila;]";; esac
	case $1 in diktum) ;; *) echo "diktum: [Berlaku., Mulai berlaku.]";; esac
	echo "$1:"
	awk -v n="$2" -v w="$3" 'BEGIN { for (i = 1; i <= n; i++) printf "  - %s no%d.\n", w, i }'
	tail_decree
}
book_head() {
	printf 'naskah: 1\njenis: buku\nkertas: A4\nbagian:\n'
}

# a Peraturan Bupati about TENTANG up to its batang_tubuh's first key,
# and what follows its batang_tubuh
perbup_head() {
	cat <<Y
naskah: 1
jenis: peraturan
peraturan: {judul: PERATURAN BUPATI CONTOH RAYA, nomor: "7", tahun: 2024, tentang: $1, pejabat: "BUPATI CONTOH RAYA,", sebutan: Peraturan Bupati}
menimbang: [bahwa perlu;]
mengingat: [Pancasila;]
menetapkan: PERATURAN BUPATI TENTANG $1.
batang_tubuh:
Y
}
perbup_tail() {
	cat <<'Y'
penetapan: {tempat: Contoh Raya, tanggal: 2024-02-12}
penandatangan: {jabatan: "BUPATI CONTOH RAYA,", nama: ANDI SURYA PRATAMA}
pengundangan: {tempat: Contoh Raya, tanggal: 2024-02-12, jabatan: "SEKRETARIS DAERAH,", nama: RINA, berita_daerah: {daerah: Kabupaten Contoh Raya, tahun: 2024, nomor: "7"}}
Y
}

# bounded NAME CPU MIB COMMAND...: run COMMAND in CPU seconds and MIB
# of virtual memory (and, when STACK is set, a stack of STACK KiB), its
# output in $OUT/NAME.out and messages in $OUT/NAME.err; sets rc, use
# (what it took) and why (what went wrong, empty when nothing did yet)
STACK=
bounded() {
	name=$1 mem=$(($3 * 1024)) mib=$3
	cpu=$(awk -v s="$2" -v k="$SLACK" 'BEGIN { printf "%d", s * k + 0.999 }')
	shift 3
	start=$(date +%s.%N)
	( ulimit -t "$cpu"; ulimit -v "$mem"
	  if [ -n "$STACK" ]; then ulimit -s "$STACK" || exit 125; fi
	  exec timeout $((cpu * 10 + 30)) \
	    $TIME "$@" ) > "$OUT/$name.out" 2> "$OUT/$name.err"
	rc=$?
	end=$(date +%s.%N)
	use=$(awk -v a="$start" -v b="$end" 'BEGIN { printf "%.2f s wall", b - a }')
	if [ -s "$OUT/usage" ] && tail -n 1 "$OUT/usage" | grep -q '^[0-9.]*:[0-9.]*:[0-9]*$'; then
		use=$(tail -n 1 "$OUT/usage" | awk -F: '{ printf "%.2f s CPU, %d KiB", $1 + $2, $3 }')
	fi
	rm -f "$OUT/usage"
	why=
	if [ "$rc" = 124 ]; then why="over $((cpu * 10 + 30)) s wall"
	elif [ "$rc" = 152 ] || [ "$rc" = 137 ]; then why="over $cpu s of CPU"
	elif [ "$rc" = 3 ] && grep -q -i 'memory' "$OUT/$name.err"; then
		why="over $mib MiB"
	elif [ "$rc" = 125 ] && [ -n "$STACK" ]; then
		why="no stack of $STACK KiB to be had"
	elif [ "$rc" != 0 ] && [ "$rc" != 1 ]; then why="exit $rc"
	elif [ "$rc" = 1 ] && ! grep -q 'error:' "$OUT/$name.err"; then
		why="exit 1 without an error"
	elif grep -q '(null)' "$OUT/$name.err"; then why="(null) in a message"
	fi
}
# a case's line: ok, or FAIL and why with its first messages
report() {
	if [ -z "$why" ]; then
		pass=$((pass + 1))
		echo "ok: $name: exit $rc, $use"
	else
		fail=$((fail + 1))
		echo "FAIL: $name: $why ($use)"
		grep -v '^ *$' "$OUT/$name.err" | head -n 3 | cut -c 1-200
	fi
	rm -f "$OUT/$name.out"
}

# case NAME CPU MIB MARKER: render $OUT/NAME.yaml (made before) in CPU
# seconds and MIB of virtual memory
case_run() {
	bounded "$1" "$2" "$3" "$BIN" render --lang=en -o "$OUT/$1.pdf" \
	    "$OUT/$1.yaml"
	marker=$4
	if [ -z "$why" ] && [ "$rc" = 0 ]; then
		pdftotext "$OUT/$name.pdf" "$OUT/$name.txt" 2>/dev/null
		if grep -q '(null)' "$OUT/$name.txt"; then why="(null) in the PDF"
		elif ! grep -q -- "$marker" "$OUT/$name.txt"; then
			why="no '$marker' in the PDF"
		fi
	fi
	report
	rm -f "$OUT/$name.pdf" "$OUT/$name.txt"
}

# diff_run NAME CPU MIB MARKER: naskah diff of $OUT/NAME-old.yaml and
# $OUT/NAME-new.yaml in CPU seconds and MIB; both load, so it exits 0,
# and its list has MARKER
diff_run() {
	bounded "$1" "$2" "$3" "$BIN" diff --lang=en "$OUT/$1-old.yaml" \
	    "$OUT/$1-new.yaml"
	if [ -z "$why" ] && [ "$rc" != 0 ]; then why="exit $rc"
	elif [ -z "$why" ] && grep -q '(null)' "$OUT/$name.out"; then
		why="(null) in the list"
	elif [ -z "$why" ] && ! grep -q -- "$4" "$OUT/$name.out"; then
		why="no '$4' in the list"
	fi
	report
}

# --- items --------------------------------------------------------
decree diktum 1200 "Ketentuan nomor" > "$OUT/diktum-1200.yaml"
case_run diktum-1200 5 64 "no1200"
# 20 000 diktum: the label column stops at 40% of the text width and
# longer labels wrap, so the text of each keeps its room (24 s and
# 16 890 pages before, each new label narrowing every diktum's text)
decree diktum 20000 "Ketentuan nomor" > "$OUT/diktum-20000.yaml"
case_run diktum-20000 3 384 "no20000"
# 16 000 diktum each naming a label none has ("Diktum KEBANYAKAN"): each
# reference is read against the sorted labels (5.4 s before, each
# compared with all 48 000)
decree diktum 16000 "Sebagaimana dimaksud dalam Diktum KEBANYAKAN nomor" \
    > "$OUT/diktum-refs-16000.yaml"
case_run diktum-refs-16000 3 256 "no16000"
decree menimbang 5000 "bahwa pertimbangan" > "$OUT/menimbang-5000.yaml"
case_run menimbang-5000 5 128 "no5000"
decree mengingat 5000 "Peraturan" > "$OUT/mengingat-5000.yaml"
case_run mengingat-5000 5 128 "no5000"
{ decree menimbang 1 x | sed '/^penetapan:/,$d'; echo "tembusan:"
  awk 'BEGIN { for (i = 1; i <= 3000; i++) printf "  - Kepala Dinas no%d\n", i }'; tail_decree; } \
    > "$OUT/tembusan-3000.yaml"
case_run tembusan-3000 5 64 "no3000"
# all on one line, a flow list: the position of each item is found in
# bounded time (5 s before, from the line's start each time)
{ decree menimbang 1 x | sed '/^penetapan:/,$d'; printf 'tembusan: ['
  awk 'BEGIN { for (i = 1; i <= 10000; i++) printf "%sKepala Dinas no%d", (i > 1 ? ", " : ""), i }'
  echo ']'; tail_decree; } > "$OUT/tembusan-line-10000.yaml"
case_run tembusan-line-10000 2 64 "no10000"

# --- lampiran and rows --------------------------------------------
{ decree menimbang 1 x; echo "lampiran:"
  awk 'BEGIN { for (i = 1; i <= 4000; i++) printf "  - judul: IKU BAGIAN%d\n    iku:\n      - {sasaran: Sasaran %d, indikator: Indikator %d, formulasi: Rumus, target: 1}\n", i, i, i }'; } \
    > "$OUT/lampiran-4000.yaml"
case_run lampiran-4000 20 256 "BAGIAN4000"
{ decree menimbang 1 x; echo "lampiran:"; echo "  - judul: IKU"; echo "    iku:"
  awk 'BEGIN { for (i = 1; i <= 5000; i++) printf "      - {sasaran: Meningkatnya Pelayanan Publik, indikator: Indikator%d, formulasi: Rumus, target: %d}\n", i, i }'; } \
    > "$OUT/sasaran-5000.yaml"
case_run sasaran-5000 5 128 "Indikator5000"
# one sasaran of 160 000 lines, a row over 2 355 pages: each page's
# piece is cut from it in what the page holds (6.2 s before, the rest
# of the row moved at every page)
{ decree menimbang 1 x; echo "lampiran:"; echo "  - judul: IKU"; echo "    iku:"
  echo "      - sasaran: |"
  awk 'BEGIN { for (i = 1; i <= 160000; i++) printf "          b%d\n", i }'
  printf '        indikator: Indikator\n        formulasi: Rumus\n        target: 1\n'; } \
    > "$OUT/tall-cell-160000.yaml"
case_run tall-cell-160000 3 512 "b160000"
# a fraction of 8 000 words over 8 000: its two-line width is searched
# only up to the page's measure (6.6 s before, each line of the search
# holding thousands of words)
{ decree menimbang 1 x; echo "lampiran:"; echo "  - judul: IKU"; echo "    iku:"
  printf '      - {sasaran: Sasaran, indikator: Indikator, target: 1, formulasi: {pembilang: "'
  awk 'BEGIN { for (i = 0; i < 8000; i++) printf "a " }'; printf 'atas", penyebut: "'
  awk 'BEGIN { for (i = 0; i < 8000; i++) printf "b " }'; printf 'bawah"}}\n'; } \
    > "$OUT/fraction-8000.yaml"
case_run fraction-8000 2 128 "atas"
# many messages into one long text: each position is found through an
# index of the text once more than 8 are asked (naskah_spancur), not by
# scanning it from its start (a paragraph of 4 000 words too wide for
# the page: 14.9 s before; 8 000 references to missing Pasal in one
# Pasal: 9.9 s)
{ book_head; echo "  - bab:"; echo "      judul: SATU"; echo "      isi:"
  printf "        - '"; awk 'BEGIN { w = sprintf("%150s", ""); gsub(/ /, "x", w)
	for (i = 0; i < 4000; i++) printf "%s ", w }'; echo "akhirXYZ.'"; } \
    > "$OUT/overfull-words-4000.yaml"
case_run overfull-words-4000 5 512 "akhirXYZ"
{ perbup_head "BANYAK PASAL"; cat <<'Y'
  bab:
    - judul: SATU
      pasal:
Y
  printf '        - Hal'
  awk 'BEGIN { for (i = 0; i < 8000; i++) printf " sebagaimana dimaksud dalam Pasal %d ayat (9),", 8005 + i }'
  echo ' berlaku.'
  cat <<'Y'
        - Peraturan Bupati ini mulai berlaku pada tanggal diundangkan.
Y
  perbup_tail; } > "$OUT/pasal-refs-8000.yaml"
case_run pasal-refs-8000 1 128 "Pasal 16004"
# one book paragraph of 300 000 short lines (a block value): its length
# is taken once, not at each line (10.9 s before, the whole text read at
# each of its lines)
{ book_head; echo "  - bab:"; echo "      judul: SATU"; echo "      isi:"
  echo '        - |'; awk 'BEGIN { for (i = 0; i < 300000; i++) printf "          b%d\n", i }'; } \
    > "$OUT/paragraph-lines-300000.yaml"
case_run paragraph-lines-300000 5 768 "b299999"
# files hold at most 1 MiB: the rows come from 5 included files
for k in 1 2 3 4 5; do
	awk -v k=$k 'BEGIN { for (i = (k - 1) * 10000 + 1; i <= k * 10000; i++) printf "- [\"%d\", Uraian baris%d]\n", i, i }' \
	    > "$OUT/rows-$k.yaml"
done
{ book_head; echo "  - bab:"; echo "      judul: [TABEL]"; echo "      isi:"
  echo "        - tabel:"; echo "            kolom: [{judul: No., lebar: 15}, {judul: Uraian}]"
  echo "            baris: {sertakan: [rows-1.yaml, rows-2.yaml, rows-3.yaml, rows-4.yaml, rows-5.yaml]}"; } \
    > "$OUT/table-50000.yaml"
# 50 000 rows of two columns take about 170 MB today (layout, PDF
# streams and YAML): bounded here, lowered by the speed issue
case_run table-50000 10 512 "baris50000"

# a tabel_iku that names its two columns 8 000 times: each repeat is one
# error, found in a set of the names seen (11 s before, each repeat
# compared with all those before it and an error made for each match)
{ book_head; echo "  - bab:"; echo "      judul: SATU"; echo "      isi:"
  printf '        - tabel_iku: {lampiran: 1, kolom: ['
  awk 'BEGIN { for (i = 0; i < 8000; i++) printf "%s%s", (i ? ", " : ""), (i % 2 ? "indikator" : "nomor") }'
  echo ']}'; } > "$OUT/kolom-twice-8000.yaml"
case_run kolom-twice-8000 1 64 "-"

# a decree whose templat_ubah gives the IKU table 400 columns: a table
# of more than 32 columns is not searched for better widths (7.2 s
# before, each move of the search trying every pair of columns, and
# every column with every pair of donors: the fourth power)
{ decree menimbang 1 x | sed '/^penetapan:/,$d'; echo "templat_ubah:"; echo "  kolom_iku:"
  awk 'BEGIN { for (i = 0; i < 400; i++) { k = i % 3
	if (k == 0) print "    - {isi: nomor, judul: No., lebar: 10}"
	else if (k == 1) print "    - {isi: indikator, judul: Indikator Kinerja Utama, rata: kiri}"
	else print "    - {isi: target, judul: \"Target {tahun}\", lebar: 25}" } }'
  tail_decree; echo "lampiran:"; echo "  - judul: IKU"; echo "    iku:"
  echo "      - {sasaran: Meningkatnya Pelayanan, indikator: Indeks Kepuasan Masyarakat (IKM) kolom, formulasi: Rumus, satuan: indeks, target: {2025: \"82,5\"}}"; } \
    > "$OUT/kolom-iku-400.yaml"
case_run kolom-iku-400 1 64 "kolom"
# a tabel of 40 000 columns, every other one short of its minimum: the
# shortfalls, sorted once, are met from a heap of the columns with
# width to spare (153 s before: each donor found by a scan of all the
# columns, and the search's loops over every pair and three of them)
{ book_head; echo "  - bab:"; echo "      judul: SATU"; echo "      isi:"
  printf '        - tabel:\n            kolom: ['
  awk 'BEGIN { for (i = 0; i < 40000; i++) printf "%s{judul: K, lebar: %d}", (i ? ", " : ""), (i % 2 ? 3 : 30) }'
  printf ']\n            baris:\n              - ['
  awk 'BEGIN { for (i = 0; i < 40000; i++) printf "%s%s", (i ? ", " : ""), (i % 2 ? "Kependudukan" : "1") }'
  echo ']'; } > "$OUT/columns-short-40000.yaml"
case_run columns-short-40000 6 768 "Kependudukan"

# --- parts, pages -------------------------------------------------
{ book_head
  awk 'BEGIN { for (i = 1; i <= 4000; i++) printf "  - bab:\n      judul: [JUDUL%d]\n      isi: [Isi.]\n", i }'; } \
    > "$OUT/bab-4000.yaml"
case_run bab-4000 20 256 "JUDUL4000"
for k in 1 2 3 4; do
	awk -v k=$k 'BEGIN { for (i = (k - 1) * 5000 + 1; i <= k * 5000; i++) printf "- Paragraf nomor%d tentang pelayanan publik di kecamatan yang cukup panjang untuk satu baris penuh.\n", i }' \
	    > "$OUT/para-$k.yaml"
done
{ book_head; echo "  - bab:"; echo "      judul: [PANJANG]"
  echo "      isi: {sertakan: [para-1.yaml, para-2.yaml, para-3.yaml, para-4.yaml]}"; } \
    > "$OUT/pages-20000.yaml"
case_run pages-20000 10 256 "nomor20000"

# --- charts --------------------------------------------------------
# a bagan of 32 000 posts in one chain, each the atasan of the next: ids
# are found through one sorted index and each post is walked once to
# check for loops (7.7 s before, each id compared with all the others
# and each post walked up to the head); it is then too big for a page
{ book_head; echo "  - bab:"; echo "      judul: SATU"; echo "      isi:"
  echo "        - bagan:"; echo "            - {id: a0, jabatan: C}"
  awk 'BEGIN { for (i = 1; i < 32000; i++) printf "            - {id: a%d, jabatan: S, atasan: a%d}\n", i, i - 1 }'; } \
    > "$OUT/chart-chain-32000.yaml"
passed=$pass
case_run chart-chain-32000 3 256 "a31999"
if [ "$pass" != "$passed" ] &&
    ! grep -q 'error: the organisation chart does not fit one page' "$OUT/chart-chain-32000.err"; then
	pass=$((pass - 1)) fail=$((fail + 1))
	echo "FAIL: chart-chain-32000: not loaded whole (no error of its size)"
fi

# as deep as an 8 MiB input allows (170 000 posts, written tight), with
# long titles: a chart deeper than the rows a page holds is refused
# before any box is set; before, the tree was placed by a recursion as
# deep as the chain, which overflowed an 8 MiB stack at 105 000 posts
# and a 1 MiB one at about 13 000 (a crash), and 32 000 posts with
# 70-letter titles took 15 s
{ book_head; echo "- bab:"; echo "   judul: S"; echo "   isi:"
  echo "   - bagan:"; echo "     - {id: 0, jabatan: C}"
  awk 'BEGIN { for (i = 1; i < 170000; i++) printf "     - {id: %d, jabatan: S, atasan: %d}\n", i, i - 1 }'; } \
    > "$OUT/chart-deep-170000.yaml"
{ book_head; echo "  - bab:"; echo "      judul: SATU"; echo "      isi:"
  echo "        - bagan:"; echo "            - {id: a0, jabatan: C}"
  awk 'BEGIN { for (i = 1; i < 32000; i++) printf "            - {id: a%d, jabatan: Kepala Seksi Pemberdayaan Masyarakat dan Kesejahteraan Sosial Nomor %d, atasan: a%d}\n", i, i, i - 1 }'; } \
    > "$OUT/chart-titles-32000.yaml"
STACK=1024	# the main thread's on Windows: 13 000 posts crashed there
for c in chart-deep-170000 chart-titles-32000; do
	passed=$pass
	case_run $c 5 768 "S"
	if [ "$pass" != "$passed" ] &&
	    ! grep -q 'error: the organisation chart does not fit one page' "$OUT/$c.err"; then
		pass=$((pass - 1)) fail=$((fail + 1))
		echo "FAIL: $c: no error of its size"
	fi
done
STACK=

# --- long words, keys, nesting ------------------------------------
{ decree menimbang 1 x | sed '/^diktum:/d; /^penetapan:/,$d'; printf 'diktum:\n  - "'
  awk 'BEGIN { for (i = 0; i < 100000; i++) printf "%c", 97 + i % 26 }'; printf '"\n  - Berlaku.\n'
  tail_decree; } > "$OUT/word-100000.yaml"
case_run word-100000 5 128 "Berlaku"
# a decree that revokes one about 60 000 words, each followed by 100
# spaces (6.1 MB): its title is put in title case with each word's
# digits looked for in the word (14.4 s before, in the rest of the
# text at each word).  768 MiB: the paragraph reserves about 48 bytes
# of address space a byte of its text (290 MB here), a third of it used
{ decree menimbang 1 x | sed '/^penetapan:/,$d'; echo "mencabut:"; echo "  nomor: 800/21/KPTS/2019"
  echo "  tanggal: 2019-02-05"; printf '  tentang: '
  awk 'BEGIN { s = sprintf("%100s", ""); for (i = 0; i < 60000; i++) printf "PENETAPAN%s", s }'; echo "AKHIRXYZ"; tail_decree; } \
    > "$OUT/mencabut-spaces-60000.yaml"
case_run mencabut-spaces-60000 4 768 "Akhirxyz"
# 100 000 asterisks that open and never close: an error, each found in
# bounded time (13 s before, a scan to the end at each one)
{ decree menimbang 1 x | sed '/^diktum:/d; /^penetapan:/,$d'; printf 'diktum:\n  - "bahwa'
  awk 'BEGIN { for (i = 0; i < 100000; i++) printf " *a" }'; printf ';"\n  - Berlaku.\n'
  tail_decree; } > "$OUT/asterisks-100000.yaml"
case_run asterisks-100000 2 128 "-"
{ decree menimbang 1 x; echo "metadata:"
  awk 'BEGIN { for (i = 1; i <= 80000; i++) printf "  k%d: x\n", i }'; } \
    > "$OUT/keys-80000.yaml"
case_run keys-80000 5 128 "Berlaku"
# 65 536 keys whose 32-bit FNV-1a hashes agree in their low 18 bits,
# made by walking the hash back from the end (its low bits depend on
# the low bits only): a mapping's keys were checked for repeats in a
# hash table, where these took 10.5 s (quadratic); a crit-bit tree now
if command -v python3 > /dev/null; then
	{ decree menimbang 1 x; echo "metadata:"
	  python3 - 65536 18 <<'PY' | sed 's/^/  /; s/$/: x/'; } > "$OUT/keys-collide-65536.yaml"
import sys
n, bits = int(sys.argv[1]), int(sys.argv[2])
mask, prime = (1 << bits) - 1, 16777619
inv = pow(prime, -1, 1 << bits)
abc = b"abcdefghijklmnopqrstuvwxyz0123456789"
back = {}	# the low bits before three letters that end at 0
for a in abc:
    for b in abc:
        for c in abc:
            h = 0
            for x in (c, b, a):
                h = ((h * inv) & mask) ^ x
            back.setdefault(h, bytes((a, b, c)))
i = made = 0
while made < n:
    key, h = b"k%d" % i, 2166136261
    i += 1
    for x in key:
        h = ((h ^ x) * prime) & 0xffffffff
    if h & mask in back:
        print((key + back[h & mask]).decode())
        made += 1
PY
	case_run keys-collide-65536 2 128 "Berlaku"
else
	echo "skip: keys-collide-65536: python3 is not installed"
fi
{ decree menimbang 1 x | sed '/^diktum:/d; /^penetapan:/,$d'; printf 'diktum:\n  - "'
  awk 'BEGIN { for (i = 0; i < 20000; i++) printf "**"; printf "kata"; for (i = 0; i < 20000; i++) printf "**" }'
  printf '"\n  - Berlaku.\n'; tail_decree; } > "$OUT/markup-20000.yaml"
# (80 MiB of address space: the limit counts the shared libraries mapped
# too, and libcrypto and libqrencode (issue 17) add 8 MiB of them to every
# run: measured, the binary before them rendered this at 64 MiB and not
# at 60, the one with them at 72 and not at 68; its resident set is
# 28 MiB either way)
case_run markup-20000 5 80 "Berlaku"
# nesting: flow lists 2 000 deep (YAML), and included files 20 deep
{ book_head; echo "  - bab:"; echo "      judul: [DAFTAR]"; printf "      isi: [{daftar_huruf: "
  awk 'BEGIN { for (i = 1; i <= 2000; i++) printf "[{teks: butir %d, daftar: ", i
    printf "[akhir]"; for (i = 1; i <= 2000; i++) printf "}]" }'; echo "}]"; } > "$OUT/nesting-2000.yaml"
case_run nesting-2000 5 64 "butir 1"
for k in $(seq 1 20); do echo "sertakan: inc-$((k + 1)).yaml" > "$OUT/inc-$k.yaml"; done
echo "instansi: KECAMATAN DALAM" > "$OUT/inc-21.yaml"
{ decree menimbang 1 x; echo "kop: {sertakan: inc-1.yaml}"; } > "$OUT/include-20.yaml"
passed=$pass
case_run include-20 5 64 "Berlaku"
if [ "$pass" != "$passed" ] &&
    ! grep -q "error: 'inc-16.yaml' would make a chain of 17 files, each including the next: a chain holds at most 16" "$OUT/include-20.err"; then
	pass=$((pass - 1)) fail=$((fail + 1))
	echo "FAIL: include-20: not refused at its 17th file as a chain too long"
fi
# a chain of 16 files, the most: the kop its last file gives is set
for k in $(seq 1 14); do echo "sertakan: in16-$((k + 1)).yaml" > "$OUT/in16-$k.yaml"; done
echo "instansi: KECAMATAN PALING DALAM" > "$OUT/in16-15.yaml"
{ decree menimbang 1 x; echo "kop: {sertakan: in16-1.yaml}"; } > "$OUT/include-16.yaml"
case_run include-16 5 64 "PALING DALAM"
# the deepest trees includes make: each of 16 files nests 63 deep (the
# most a file may), 945 levels in all, under a 1 MiB stack (the main
# thread's on Windows; naskah serve renders on threads of the default
# size).  Every walk of the YAML tree and of the model recurses once a
# level at most; 263 KiB and 271 KiB of stack were enough for these.
# A templat_ubah: its keys, copied over the template and its texts
for k in $(seq 1 15); do
	last="{sertakan: deep-$((k + 1)).yaml}"
	[ "$k" = 15 ] && last=x
	awk -v l="$last" 'BEGIN { for (i = 0; i < 63; i++) printf "["
	    printf "%s", l; for (i = 0; i < 63; i++) printf "]"; print "" }' \
	    > "$OUT/deep-$k.yaml"
done
{ decree menimbang 1 x; echo "templat_ubah: {x: {sertakan: deep-1.yaml}}"; } \
    > "$OUT/include-deep-945.yaml"
STACK=1024
case_run include-deep-945 2 128 "-"
# a Pasal's huruf lists 465 deep (31 a file): loaded, checked, set,
# reviewed
for k in $(seq 1 15); do
	last="{sertakan: huruf-$((k + 1)).yaml}"
	[ "$k" = 15 ] && last="[akhir]"
	awk -v l="$last" 'BEGIN { for (i = 0; i < 31; i++) printf "[{teks: butir, huruf: "
	    printf "%s", l; for (i = 0; i < 31; i++) printf "}]"; print "" }' \
	    > "$OUT/huruf-$k.yaml"
done
{ perbup_head "HURUF DALAM"; cat <<'Y'
  pasal:
    - teks: Pasal dalam.
      huruf: {sertakan: huruf-1.yaml}
    - Peraturan Bupati ini mulai berlaku pada tanggal diundangkan.
Y
  perbup_tail; } > "$OUT/perda-huruf-465.yaml"
case_run perda-huruf-465 5 256 "Pasal dalam"
STACK=
# a templat_ubah key of 4 MiB over a mapping of 100 000 texts: the
# dump's paths of its texts are kept up to 8 MiB in all (out of memory
# before, each text's path a copy of the key: 400 GB asked; at 8 MiB,
# 358 000 texts, out of memory at 4 GiB after 24 s, 1.5 TB asked)
{ decree menimbang 1 x; printf 'templat_ubah:\n  ? '
  awk 'BEGIN { k = "k"; while (length(k) < 4194304) k = k k; printf "%s", k }'
  printf '\n  : {'
  awk 'BEGIN { for (i = 0; i < 100000; i++) printf "a%d: x, ", i; print "z: x}" }'; } \
    > "$OUT/templat-ubah-key-4m.yaml"
case_run templat-ubah-key-4m 5 512 "-"

# --- naskah diff ----------------------------------------------------
# 16 000 diktum in each version, none shared: beyond 4 Mi cells the
# lists are cut at the clauses once in each (none here) instead of
# tabled whole (15 s and 2 GiB before, the table of 16 000 x 16 000)
decree diktum 16000 "Ketentuan lama" > "$OUT/diktum-diff-16000-old.yaml"
decree diktum 16000 "Ketentuan baru" > "$OUT/diktum-diff-16000-new.yaml"
diff_run diktum-diff-16000 2 256 'diktum 16000: "Ketentuan lama no16000." -> "Ketentuan baru no16000."'
# 8 000 IKU rows in each version, none alike: rows are looked up by
# their fields, sorted once (30 s and 540 MiB before, each row compared
# with every other six times)
for v in old new; do
	{ decree menimbang 1 x; echo "lampiran:"; echo "  - judul: IKU"; echo "    iku:"
	  awk -v v=$v 'BEGIN { for (i = 1; i <= 8000; i++) printf "      - {sasaran: Sasaran %s%d, indikator: Indikator %s%d, formulasi: Rumus %s%d, target: %d}\n", v, i, v, i, v, i % 7, i }'; } \
	    > "$OUT/iku-diff-8000-$v.yaml"
done
diff_run iku-diff-8000 2 256 '+ iku 8000: "Indikator new8000"'

echo "large: $pass passed, $fail failed"
[ "$fail" = 0 ]
