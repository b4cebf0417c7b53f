#!/bin/sh
# SPDX-License-Identifier: ISC
# tests/regen.sh - rewrite the golden dumps in tests/regress/ from the
# current program.  Run it only after a deliberate change of output, and
# read the diff (git diff tests/regress) before committing it.
LC_ALL=C.UTF-8
export LC_ALL
for y in tests/regress/*.yaml examples/*.yaml; do
	grep -q "^naskah:" "$y" || continue	# a file only included
	base=tests/regress/$(basename "${y%.yaml}")
	for k in tree layout; do
		if ! ./naskah render --lang=en --dump=$k "$y" > "$base.$k.new"; then
			echo "regen: $y --dump=$k failed; $base.$k left as it was" >&2
			rm -f "$base.$k.new"
			continue
		fi
		mv "$base.$k.new" "$base.$k"
	done
done
git status --short tests/regress
