#!/bin/sh
# SPDX-License-Identifier: ISC
# tests/kecamatan.sh [N] - N decrees (default 60) made from
# examples/pasar-manna-2024.yaml with other, mostly longer kecamatan
# names in place of "Pasar Manna"; each is laid out (--dump=layout) and
# its overfull lines counted.  Prints one line per decree that has any,
# then "kecamatan: N decrees, N with overfull lines, N overfull lines";
# exits 1 when any line is overfull.
n=${1:-60}
bin=${NASKAH:-./naskah}
out=${OUT:-tests/out}/kecamatan
rm -rf "$out"
mkdir -p "$out"
cp examples/iku-pasar-manna-2024.yaml "$out/"
# names from syllables, chosen by a fixed linear congruential sequence,
# so every run makes the same decrees
awk -v n="$n" 'BEGIN {
	split("ba be bu da di ka ke ko la li lu ma me mu na ni pa pe ra ri ru sa se si ta te tu ja jo ga go ng an ang ung ing ar ur", s, " ")
	split("Pasar Ulu Ilir Tanjung Air Kota Sungai Padang Kedurang Talo Seginim", w, " ")
	ns = 0; for (k in s) ns++
	nw = 0; for (k in w) nw++
	x = 12345
	for (i = 1; i <= n; i++) {
		name = ""
		words = 1 + i % 3
		for (j = 0; j < words; j++) {
			x = (x * 1103515245 + 12345) % 2147483648
			if (j == 0 && x % 2) {
				word = w[1 + int(x / 7) % nw]
			} else {
				word = ""
				syl = 2 + int(x / 13) % 4
				for (k = 0; k < syl; k++) {
					x = (x * 1103515245 + 12345) % 2147483648
					word = word s[1 + int(x / 11) % ns]
				}
				word = toupper(substr(word, 1, 1)) substr(word, 2)
			}
			name = name (j ? " " : "") word
		}
		print name
	}
}' > "$out/names"
i=0
bad=0
lines=0
while IFS= read -r name; do
	i=$((i + 1))
	up=$(printf '%s' "$name" | tr '[:lower:]' '[:upper:]')
	sed -e "s/Pasar Manna/$name/g" -e "s/PASAR MANNA/$up/g" \
	    examples/pasar-manna-2024.yaml > "$out/k$i.yaml"
	$bin render --lang=en --dump=layout "$out/k$i.yaml" \
	    > "$out/k$i.layout" 2> "$out/k$i.err"
	of=$(sed -n 's/.* overfull \([0-9]*\) .*/\1/p' "$out/k$i.layout")
	if [ -z "$of" ]; then
		echo "kecamatan: k$i ($name): no stats in the layout"
		of=1
	fi
	if [ "$of" != 0 ]; then
		bad=$((bad + 1))
		lines=$((lines + of))
		echo "kecamatan: k$i ($name): $of overfull: $(grep -m1 warning "$out/k$i.err")"
	fi
done < "$out/names"
echo "kecamatan: $i decrees, $bad with overfull lines, $lines overfull lines"
[ "$bad" = 0 ]
