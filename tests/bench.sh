#!/bin/sh
# SPDX-License-Identifier: ISC
# tests/bench.sh N - render the example N times (after one warm-up) and
# print the median and minimum wall time of one whole run of naskah.
n=${1:-50}
doc=${2:-examples/pasar-manna-2024.yaml}
out=${TMPDIR:-/tmp}/naskah-bench.$$
mkdir -p "$out"
./naskah render "$doc" -o "$out/x.pdf" || exit 1
i=0
while [ $i -lt "$n" ]; do
	s=$(date +%s%N)
	./naskah render "$doc" -o "$out/x.pdf"
	e=$(date +%s%N)
	echo $(( (e - s) / 1000 ))
	i=$((i + 1))
done | sort -n > "$out/times"
awk -v n="$n" '{ t[NR] = $1 } END {
	m = (n % 2) ? t[(n + 1) / 2] : (t[n / 2] + t[n / 2 + 1]) / 2
	printf "bench: %d runs of %s: median %.2f ms, min %.2f ms\n", n, doc, m / 1000, t[1] / 1000 }' doc="$doc" "$out/times"
rm -rf "$out"
