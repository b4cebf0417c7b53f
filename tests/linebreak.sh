#!/bin/sh
# SPDX-License-Identifier: ISC
# tests/linebreak.sh BIN OUTDIR - the line breaker's promises (issue 10):
#
# 1. one long word costs linear time: a clause with a word of 2 000,
#    5 000, 20 000 and 100 000 letters renders in under a second of CPU
#    (user + system; the machine may be shared), and the word is broken
#    at the column's edge: no line wider than the text, no overfull
#    line, one warning;
# 2. decrees made from the example with longer kecamatan names
#    (tests/kecamatan.sh, 60 of them) have no overfull line;
# 3. every example and every regression input: "overfull 0" in the
#    --dump=layout stats, one line per file;
# 4. --dump=paragraphs (what make quality gives pdflatex to set): the
#    decree's paragraphs whole, in order, a word broken across lines
#    whole, a clause's label a paragraph of its own.
#
# Prints "linebreak: N passed, N failed" last.
BIN=$1
OUT=$2
RUN=${NASKAH_RUN:-}
pass=0
fail=0
t() {	# t NAME STATUS
	if [ "$2" = 0 ]; then pass=$((pass + 1)); echo "ok: $1"
	else fail=$((fail + 1)); echo "FAIL: $1"; fi
}

# CPU seconds a second is allowed; more under valgrind or sanitizers
limit=1
if [ -n "$RUN" ] || grep -q __asan_init "$BIN" 2>/dev/null; then
	limit=20
fi
sizes="2000 5000 20000 100000"
if [ -n "$RUN" ]; then
	sizes=2000
	echo "skipped: words of 5 000, 20 000 and 100 000 letters, because the run is under valgrind (too slow there)"
fi

# cputime CMD...: run CMD (20 s at most), print its exit status and the
# CPU seconds (user + system) it took, from the shell's `times`
cputime() {
	( timeout 20 "$@"; echo "rc $?"; times ) | awk '
	    /^rc / { rc = $2; next }
	    { line = $0 }
	    END {	# the last line of times: the children, "XmY.YYYs XmY.YYYs"
		split(line, f, " ")
		t = 0
		for (i = 1; i <= 2; i++) {
			m = f[i]; sub(/m.*/, "", m)
			s = f[i]; sub(/.*m/, "", s); sub(/s$/, "", s)
			t += m * 60 + s
		}
		printf "%s %.2f\n", rc, t }'
}

# the right edge of the text: the widest line of the example
EDGE=$($BIN render --lang=en --dump=layout examples/pasar-manna-2024.yaml \
    2>/dev/null | awk '$1 == "line" { x = $2 + substr($4, 2); if (x > m) m = x }
    END { printf "%.2f\n", m }')

# --- 1. long words ---------------------------------------------------
for n in $sizes; do
	y=$OUT/word-$n.yaml
	awk -v n="$n" 'BEGIN {
		split("ka ta ra ma na sa la pa ba da", s, " ")
		w = ""
		for (i = 0; i < n / 2; i++)
			w = w s[1 + i % 10]
		print "naskah: 1\njenis: keputusan\nkeputusan:"
		print "  judul: KEPUTUSAN CAMAT CONTOH\n  tahun: 2025"
		print "  tentang: KATA PANJANG\n  pejabat: CAMAT CONTOH,"
		print "menimbang:\n  - bahwa kata " w " harus dipenggal;"
		print "mengingat:\n  - Undang-Undang Nomor 1 Tahun 2000;"
		print "diktum:\n  - Keputusan ini mulai berlaku pada tanggal ditetapkan."
		print "penetapan: {tempat: Contoh, tanggal: 2025-01-02}"
		print "penandatangan: {jabatan: \"CAMAT CONTOH,\", nama: NAMA CAMAT, nip: 197001011990031001}"
	}' > "$y"
	s0=$(date +%s%N)
	cpu=$(cputime $RUN $BIN render --lang=en "$y" -o "$OUT/word-$n.pdf" \
	    2> "$OUT/word-$n.err")
	s1=$(date +%s%N)
	rc=${cpu% *}
	cpu=${cpu#* }
	echo "linebreak: a $n-letter word: ${cpu} s CPU, $(( (s1 - s0) / 1000000 )) ms wall"
	[ "$rc" = 0 ]
	t "$n-letter word renders (exit $rc)" $?
	awk -v c="$cpu" -v l="$limit" 'BEGIN { exit !(c < l) }'
	t "$n-letter word: ${cpu} s CPU, under $limit s" $?
	: > "$OUT/word-$n.layout"
	[ "$rc" = 0 ] && timeout 20 $BIN render --lang=en --dump=layout "$y" \
	    > "$OUT/word-$n.layout" 2>/dev/null
	grep -q ' overfull 0 ' "$OUT/word-$n.layout"
	t "$n-letter word: overfull 0" $?
	awk -v e="$EDGE" '$1 == "line" && $2 + substr($4, 2) > e + 0.01 { bad = 1 }
	    END { exit bad || NR == 0 }' "$OUT/word-$n.layout"
	t "$n-letter word: no line past x = $EDGE" $?
	[ "$(grep -c 'is wider than its column: broken' "$OUT/word-$n.err")" = 1 ]
	t "$n-letter word: warned once" $?
done

# a factor of a fraction of 20 000 words and a line break: measured on
# one line a million points wide, each of its two stretches one line
y=$OUT/kali.yaml
awk '{
	if ($0 ~ /formulasi: \{pembilang/) {
		w = "100 %"
		for (i = 0; i < 20000; i++)
			w = w " kata"
		print "        formulasi: {pembilang: Jumlah laporan, penyebut: Jumlah, kali: \"" w "\\nx\"}"
	} else
		print
}' tests/regress/hard-60-letters.yaml > "$y"
cpu=$(cputime $RUN $BIN check --lang=en "$y" 2> /dev/null)
echo "linebreak: a 20000-word factor of a fraction: ${cpu#* } s CPU"
awk -v c="${cpu#* }" -v l="$limit" 'BEGIN { exit !(c < l) }'
t "a 20000-word factor of a fraction: ${cpu#* } s CPU, under $limit s" $?

# --- 2. longer kecamatan names ----------------------------------------
OUT=$OUT NASKAH="$RUN $BIN" sh tests/kecamatan.sh 60 > "$OUT/kecamatan.log" 2>&1
t "$(tail -n 1 "$OUT/kecamatan.log")" $?

# --- 3. every example and regression input: overfull 0 ---------------
for y in examples/*.yaml tests/regress/*.yaml; do
	grep -q '^naskah:' "$y" || continue	# a file only included
	of=$($RUN $BIN render --lang=en --dump=layout "$y" 2>/dev/null |
	    sed -n 's/^stats .* overfull \([0-9]*\) .*/\1/p')
	[ "$of" = 0 ]
	t "$y: overfull ${of:-?}" $?
done

# --- 4. --dump=paragraphs ---------------------------------------------
D=examples/pasar-manna-2024.yaml
$RUN $BIN render --tanpa-tinjau --dump=paragraphs "$D" > "$OUT/paras" 2>&1
t "--dump=paragraphs of $D" $?
# the layout sets "Pe-" / "rangkat": the paragraph has the word whole
$RUN $BIN render --tanpa-tinjau --dump=layout "$D" > "$OUT/layout" 2>&1
grep -q '"Peraturan Pemerintah Nomor 18 Tahun 2016 tentang Pe-"$' "$OUT/layout" &&
    grep -q '^para [0-9]* page 2 w342.99 s12 justify "Peraturan Pemerintah Nomor 18 Tahun 2016 tentang Perangkat Daerah (Lembaran Negara Republik Indonesia Tahun 2016 Nomor 114, Tambahan Lembaran Negara Republik Indonesia Nomor 5887);"$' "$OUT/paras"
t "a paragraph broken at 'Pe-' is dumped with 'Perangkat' whole" $?
# numbered in the order set: 1, 2, 3, ... with no gap
awk '$1 == "para" && $2 != ++n { exit 1 }' "$OUT/paras"
t "paragraphs numbered 1, 2, ... in the order set" $?
grep -q '^para [0-9]* page 1 w[0-9.]* s12 left "a\."$' "$OUT/paras" &&
    grep -q '^para [0-9]* page 1 w342.99 s12 justify "bahwa dalam rangka meningkatkan akuntabilitas kinerja Pemerintah Kabupaten Bengkulu Selatan, perlu menetapkan Indikator Kinerja Utama sebagai dasar pengukuran keberhasilan pencapaian suatu tujuan dan sasaran strategis yang telah ditetapkan;"$' "$OUT/paras"
t "a clause's label apart, its text one paragraph" $?
# every text the layout set is in a paragraph: the words of the lines
# are the words of the paragraphs, hyphens of broken words aside
sed -n 's/^  line .*"\(.*\)"$/\1/p' "$OUT/layout" | sed 's/-$//' | tr -s ' ' '\n' |
    wc -l > "$OUT/nl"
sed -n 's/^para .*"\(.*\)"$/\1/p' "$OUT/paras" | tr -s ' ' '\n' | wc -l > "$OUT/np"
[ "$(cat "$OUT/nl")" -ge "$(cat "$OUT/np")" ] && [ "$(cat "$OUT/np")" -gt 500 ]
t "the paragraphs hold the lines' words ($(cat "$OUT/np") words, $(cat "$OUT/nl") line pieces)" $?

echo "linebreak: $pass passed, $fail failed"
