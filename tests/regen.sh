#!/bin/sh
# tests/regen.sh - rewrite the golden dumps in tests/regress/ from the
# current program.  Run it only after a deliberate change of output, and
# read the diff (git diff tests/regress) before committing it.
LC_ALL=C.UTF-8
export LC_ALL
for y in tests/regress/*.yaml examples/*.yaml; do
	base=tests/regress/$(basename "${y%.yaml}")
	./naskah render --lang=en --dump=tree "$y" > "$base.tree"
	./naskah render --lang=en --dump=layout "$y" > "$base.layout"
done
git status --short tests/regress
