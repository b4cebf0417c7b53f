#!/bin/sh
# SPDX-License-Identifier: ISC
# tests/loader.sh BIN OUTDIR - the loader's limits: number words past
# every old limit, readers of regular files only, included-file errors,
# line numbers after NEL, confinement, duplicate keys, quoting, size.
# Prints "loader: N passed, N failed".
BIN=$1
OUT=$2/loader
RUN=${NASKAH_RUN:-}
rm -rf "$OUT"
mkdir -p "$OUT"
pass=0
fail=0
t() {	# t NAME STATUS
	if [ "$2" = 0 ]; then pass=$((pass + 1)); echo "ok: $1"
	else fail=$((fail + 1)); echo "FAIL: $1"; fi
}
# the head of a decree, without diktum and lampiran
head_decree() {
	cat <<'YAML'
naskah: 1
jenis: keputusan
keputusan:
  judul: KEPUTUSAN CAMAT CONTOH
  tahun: 2025
  tentang: PENETAPAN INDIKATOR KINERJA UTAMA
  pejabat: CAMAT CONTOH,
menimbang: [bahwa perlu;]
mengingat: [Undang-Undang Nomor 23 Tahun 2014;]
penetapan: {tempat: Contoh, tanggal: 2025-01-06}
penandatangan: {jabatan: Camat Contoh, nama: NAMA CAMAT}
YAML
}
# run CMD...: the command under timeout (a hang fails), status in $rc
run() {
	timeout 60 "$@"
	rc=$?
}

# --- number words and numerals past their old limits ----------------
{ head_decree; echo "diktum:"
  awk 'BEGIN { for (i = 1; i <= 1001; i++) print "  - Diktum nomor " i "." }'
} > "$OUT/diktum-1001.yaml"
{ head_decree; echo "diktum: [Menetapkan.]"; echo "lampiran:"
  awk 'BEGIN { for (i = 1; i <= 4001; i++) {
	print "  - judul: [TABEL " i "]"; print "    iku:"
	print "      - {sasaran: S, indikator: I, formulasi: F, target: \"80\"}" } }'
} > "$OUT/lampiran-4001.yaml"
{ echo "naskah: 1"; echo "jenis: buku"; echo "bagian:"; echo "  - daftar_isi:"
  awk 'BEGIN { for (i = 1; i <= 4001; i++) {
	print "  - bab:"; print "      judul: [JUDUL " i "]"; print "      isi: [Isi.]" } }'
} > "$OUT/bab-4001.yaml"
for y in diktum-1001 lampiran-4001 bab-4001; do
	run $RUN $BIN check --lang=en "$OUT/$y.yaml" 2> "$OUT/$y.err"
	t "$y: check exits 0" "$rc"
	run $RUN $BIN render --lang=en "$OUT/$y.yaml" -o "$OUT/$y.pdf" 2> "$OUT/$y.err"
	t "$y: render exits 0" "$rc"
	pdftotext "$OUT/$y.pdf" "$OUT/$y.txt" 2> /dev/null
	[ -s "$OUT/$y.txt" ] && ! grep -q 'null' "$OUT/$y.txt"
	t "$y: no (null) in the text" $?
done
# each label beside its own text; a label wider than the label
# column's cap (40% of the text width) wraps under its first line
pdftotext -layout "$OUT/diktum-1001.pdf" "$OUT/diktum-1001.lay" 2> /dev/null
awk 'prev ~ /^KESEMBILAN RATUS +: +Diktum nomor 999\.$/ &&
    /^SEMBILAN PULUH SEMBILAN$/ { f = 1 } { prev = $0 }
    END { exit !f }' "$OUT/diktum-1001.lay" &&
    grep -q '^KESERIBU  *:  *Diktum nomor 1000\.$' "$OUT/diktum-1001.lay" &&
    grep -q '^KESERIBU SATU  *:  *Diktum nomor 1001\.$' "$OUT/diktum-1001.lay"
t "diktum 999, 1000, 1001 are KESEMBILAN RATUS ..., KESERIBU, KESERIBU SATU" $?
grep -q '^LAMPIRAN MMMCMXCIX$' "$OUT/lampiran-4001.txt" &&
    grep -q '^LAMPIRAN 4000$' "$OUT/lampiran-4001.txt" &&
    grep -q '^LAMPIRAN 4001$' "$OUT/lampiran-4001.txt"
t "lampiran 3999, 4000, 4001 are MMMCMXCIX, 4000, 4001" $?
grep -q '^.\{0,1\}BAB MMMCMXCIX$' "$OUT/bab-4001.txt" &&
    grep -q '^.\{0,1\}BAB 4000$' "$OUT/bab-4001.txt" &&
    grep -q '^BAB 4001 JUDUL 4001 ' "$OUT/bab-4001.txt"
t "bab 3999, 4000 and the daftar isi's 4001 are MMMCMXCIX, 4000, 4001" $?

# --- duplicate keys are checked in linear time ------------------------
# the bound: 5 s (15 s under make asan); unbounded under valgrind
limit=5000
[ -n "${ASAN_OPTIONS:-}" ] && limit=15000
# 80 000 keys in one mapping, the last one given twice: took minutes
# when each key was compared with every earlier one
{ head_decree; echo "diktum: [Menetapkan.]"; echo "kop:"
  awk 'BEGIN { for (i = 0; i < 80000; i++) printf "  k%d: x\n", i; print "  k5: y" }'
} > "$OUT/keys-80000.yaml"
t0=$(date +%s%N)
run $RUN $BIN check --lang=en "$OUT/keys-80000.yaml" 2> "$OUT/keys.err"
t1=$(date +%s%N)
ms=$(( (t1 - t0) / 1000000 ))
echo "keys-80000: ${ms} ms"
[ "$rc" = 1 ] && grep -q "keys-80000.yaml:80014:3: error: duplicate key 'k5' (first given on line 19)" "$OUT/keys.err"
t "80 000 keys: the duplicate is reported at its line" $?
if [ -n "$RUN" ]; then
	echo "skipped: 80 000 keys checked in under $((limit / 1000)) s, because the run is under valgrind"
else
	[ "$ms" -lt "$limit" ]
	t "80 000 keys: checked in under $((limit / 1000)) s (${ms} ms)" $?
fi
# ... and where an included file's keys join a mapping
{ head_decree; echo "diktum: [Menetapkan.]"; echo "kop:"
  echo "  k5: y"; echo "  sertakan: keys-inc.yaml"
} > "$OUT/keys-inc-top.yaml"
awk 'BEGIN { for (i = 0; i < 80000; i++) printf "k%d: x\n", i }' > "$OUT/keys-inc.yaml"
t0=$(date +%s%N)
run $RUN $BIN check --lang=en "$OUT/keys-inc-top.yaml" 2> "$OUT/keys.err"
t1=$(date +%s%N)
ms=$(( (t1 - t0) / 1000000 ))
echo "keys-inc: ${ms} ms"
[ "$rc" = 1 ] && grep -q "keys-inc.yaml:6:1: error: 'k5' is given both" "$OUT/keys.err"
t "80 000 included keys: the clash is reported" $?
if [ -n "$RUN" ]; then
	echo "skipped: 80 000 included keys merged in under $((limit / 1000)) s, because the run is under valgrind"
else
	[ "$ms" -lt "$limit" ]
	t "80 000 included keys: merged in under $((limit / 1000)) s (${ms} ms)" $?
fi

# --- messages quote at most about 60 characters ------------------------
{ head_decree; echo "diktum: [Menetapkan.]"
  awk 'BEGIN { printf "kertas: "; for (i = 0; i < 100000; i++) printf "a"; print "" }'
} > "$OUT/long-word.yaml"
run $RUN $BIN check --lang=en "$OUT/long-word.yaml" 2> "$OUT/long-word.err"
[ "$rc" = 1 ] && [ "$(wc -l < "$OUT/long-word.err")" = 1 ] &&
    [ "$(wc -c < "$OUT/long-word.err")" -lt 200 ] &&
    grep -q "error: 'kertas' must be one of F4, F4-210, A4, not 'a\{30\}…a\{29\}'$" "$OUT/long-word.err"
t "a 100 000-letter word is quoted as 30 letters … 29 letters" $?

# --- readers open regular files only -----------------------------------
# a FIFO named by logo, sertakan, templat or huruf is refused at once
# (it blocked forever), at the line that names it, with exit status 1
mkfifo "$OUT/pipa" || echo "cannot make a FIFO"
for k in logo sertakan templat huruf; do
	{ head_decree; echo "diktum: [Menetapkan.]"
	  case $k in
	  logo) printf 'kop:\n  instansi: KECAMATAN CONTOH\n  logo: pipa\n' ;;
	  sertakan) printf 'kop:\n  sertakan: pipa\n' ;;
	  templat) printf 'templat: pipa\n' ;;
	  huruf) printf 'huruf:\n  biasa: pipa\n' ;;
	  esac
	} > "$OUT/fifo-$k.yaml"
	run timeout 10 $RUN $BIN check --lang=en "$OUT/fifo-$k.yaml" 2> "$OUT/fifo.err"
	[ "$rc" = 1 ] && grep -q "fifo-$k.yaml:1[3-5]:[0-9]*: error: .*'pipa'.*: not a regular file" "$OUT/fifo.err"
	t "$k: a FIFO is refused at its line with exit 1 (exit $rc)" $?
done
# logo: /dev/stdin while standard input is a pipe that stays open
{ head_decree; echo "diktum: [Menetapkan.]"
  printf 'kop:\n  instansi: KECAMATAN CONTOH\n  logo: /dev/stdin\n'
} > "$OUT/stdin-logo.yaml"
exec 3<> "$OUT/pipa"	# a FIFO with a writer: reads would wait
run timeout 10 $RUN $BIN check --lang=en "$OUT/stdin-logo.yaml" 2> "$OUT/fifo.err" <&3
exec 3>&-
[ "$rc" = 1 ] && grep -q "stdin-logo.yaml:15:9: error: cannot open logo '/dev/stdin': not a regular file" "$OUT/fifo.err"
t "logo: /dev/stdin on an open pipe is refused (exit $rc)" $?
rm -f "$OUT/pipa"

# --- an included file over the size limit is named -------------------
{ head_decree; echo "diktum: [Menetapkan.]"; printf 'kop:\n  sertakan: besar.yaml\n'
} > "$OUT/include-big.yaml"
awk 'BEGIN { print "instansi: KECAMATAN CONTOH"; for (i = 0; i < 140000; i++) printf "# %060d\n", i }' \
    > "$OUT/besar.yaml"
run $RUN $BIN check --lang=en "$OUT/include-big.yaml" 2> "$OUT/big.err"
[ "$rc" = 1 ] && [ "$(cat "$OUT/big.err")" = "naskah: $OUT/besar.yaml: error: file is larger than 8192 KiB" ]
t "an included file over 8 MiB is named in the error" $?
# the limit is per file and larger than 1 MiB: 5 000 IKU rows in two
# files of 1.4 MiB each load
{ head_decree; echo "diktum: [Menetapkan.]"; echo "lampiran:"
  echo "  - judul: [INDIKATOR KINERJA UTAMA]"
  echo "    iku:"; echo "      sertakan: [iku-1.yaml, iku-2.yaml]"
} > "$OUT/iku-5000.yaml"
for f in 1 2; do
	awk -v f=$f 'BEGIN { for (i = 1; i <= 2500; i++) {
	  printf "- sasaran: Meningkatnya kualitas pelayanan publik kecamatan nomor %d-%d yang cepat, tepat, mudah, murah dan terjangkau oleh seluruh lapisan masyarakat\n", f, i
	  printf "  indikator: Indeks kepuasan masyarakat atas pelayanan administrasi terpadu kecamatan nomor %d-%d\n", f, i
	  printf "  formulasi:\n    pembilang: Jumlah nilai persepsi masyarakat atas seluruh unsur pelayanan kecamatan\n"
	  printf "    penyebut: Jumlah unsur pelayanan yang dinilai oleh responden survei kepuasan\n    kali: 100 %%\n"
	  printf "  target: \"80\"\n" } }' > "$OUT/iku-$f.yaml"
done
run $RUN $BIN check --lang=en "$OUT/iku-5000.yaml" 2> "$OUT/iku.err"
t "5 000 IKU rows in two included files check (exit $rc, $(wc -c < "$OUT/iku-1.yaml") bytes each)" "$rc"

# --- confinement: --root DIR -------------------------------------------
R=$OUT/akar
mkdir -p "$R/sub"
printf 'instansi: KECAMATAN LUAR\nalamat: [Jalan di luar]\n' > "$OUT/kop-luar.yaml"
printf 'instansi: KECAMATAN DALAM\n' > "$R/sub/kop.yaml"
ln -s ../../kop-luar.yaml "$R/sub/tautan.yaml"
abs=$(cd "$OUT" && pwd)
conf() {	# conf NAME KEY-LINES...: a decree in $R with these lines
	n=$1; shift
	{ head_decree; echo "diktum: [Menetapkan.]"; printf '%s\n' "$@"; } > "$R/$n.yaml"
}
conf dalam 'kop:' '  sertakan: sub/kop.yaml'
conf naik 'kop:' '  sertakan: ../kop-luar.yaml'
conf mutlak 'kop:' "  sertakan: $abs/kop-luar.yaml"
conf tautan 'kop:' '  sertakan: sub/tautan.yaml'
conf logo 'kop:' '  instansi: KECAMATAN CONTOH' "  logo: $(pwd)/examples/buku-sampul.png"
conf huruf "huruf: $(pwd)/fonts/bonum-regular.ttf"
conf templat "templat: $(pwd)/templates/keputusan.yaml"
# a book's cover logo and a gambar's berkas
{ echo "naskah: 1"; echo "jenis: buku"; echo "bagian:"
  echo "  - sampul:"; echo "      judul: [BUKU]"; echo "      logo: $(pwd)/examples/buku-sampul.png"
} > "$R/sampul.yaml"
{ echo "naskah: 1"; echo "jenis: buku"; echo "bagian:"
  echo "  - bab:"; echo "      judul: [SATU]"
  echo "      isi:"; echo "        - gambar:"; echo "            berkas: ../gambar.png"
} > "$R/gambar.yaml"
cp examples/buku-sampul.png "$OUT/gambar.png"
run $RUN $BIN check --lang=en --root "$R" "$R/dalam.yaml" 2> "$OUT/root.err"
t "--root: a file inside the tree is read (exit $rc)" "$rc"
for n in naik mutlak tautan logo huruf templat sampul gambar; do
	run $RUN $BIN check --lang=en --root "$R" "$R/$n.yaml" 2> "$OUT/root.err"
	[ "$rc" = 1 ] && grep -q "$n.yaml:[0-9]*:[0-9]*: error: '.*' is outside the directory '$abs/akar' that this document may read from" "$OUT/root.err"
	t "--root: $n outside the tree is an error at its line (exit $rc)" $?
done
run $RUN $BIN check --lang=id --root "$R" "$R/naik.yaml" 2> "$OUT/root.err"
[ "$(cat "$OUT/root.err")" = "naskah: $R/naik.yaml:14:13: error: '../kop-luar.yaml' berada di luar direktori '$abs/akar' yang boleh dibaca dokumen ini" ]
t "--root: the Indonesian message" $?
run $RUN $BIN check --lang=en "$R/naik.yaml" 2> "$OUT/root.err"
t "without --root every path may be read (exit $rc)" "$rc"
run $RUN $BIN check --lang=en --root "$OUT/tidak-ada" "$R/dalam.yaml" 2> "$OUT/root.err"
[ "$rc" = 2 ]
t "--root naming no directory is a usage error (exit $rc)" $?

echo "loader: $pass passed, $fail failed"
