#!/bin/sh
# SPDX-License-Identifier: ISC
# tests/inputs.sh - the documents make check renders whole, one path a
# line: the regression inputs, the examples and the page tests, less
# the files that are only included by others (no "naskah:" line).
# Their figures are in tests/regress/STATS, their dumps in the goldens.
for y in tests/regress/*.yaml examples/*.yaml tests/pages/*.yaml; do
	[ -f "$y" ] && grep -q '^naskah:' "$y" && echo "$y"
done
exit 0
