#!/bin/sh
# SPDX-License-Identifier: ISC
# tests/fuzz/check.sh OUTDIR - the fuzz targets in make check: each
# target, built without libFuzzer (tests/fuzz/replay_*), runs once over
# its seeds (tests/fuzz/seeds.sh) and over the inputs of the findings
# fixed so far (tests/fuzz/found/TARGET/, also among the seeds).  A
# crash, a sanitizer report under make asan, a render that exits 0
# without a whole PDF, or no input at all fails.
# Prints "fuzzcheck: N passed, N failed" last.
out=${1:?usage: check.sh OUTDIR}
pass=0
fail=0
sh tests/fuzz/seeds.sh "$out/fuzz" || fail=$((fail + 1))
for t in load pipeline ttf image pdf; do
	tests/fuzz/replay_$t "$out/fuzz/seed-$t" > "$out/fuzz/$t.out" 2> "$out/fuzz/$t.err"
	rc=$?
	n=$(sed -n 's/^replay: \([0-9]*\) inputs$/\1/p' "$out/fuzz/$t.out")
	if [ "$rc" = 0 ] && [ "${n:-0}" -gt 0 ]; then
		pass=$((pass + 1))
		echo "ok: fuzz target $t over $n inputs"
	else
		fail=$((fail + 1))
		echo "FAIL: fuzz target $t exits $rc after ${n:-0} inputs"
		tail -n 30 "$out/fuzz/$t.err"
	fi
done
echo "fuzzcheck: $pass passed, $fail failed"
