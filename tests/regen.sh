#!/bin/sh
# SPDX-License-Identifier: ISC
# tests/regen.sh [--yes] - rewrite, on purpose, the goldens of
# tests/regress/ that the current ./naskah no longer matches: each
# NAME.tree and NAME.layout (of tests/regress/NAME.yaml or
# examples/NAME.yaml) and each line of tests/regress/STATS.  For every
# golden or STATS line that would change, it shows the diff (through
# $PAGER, "less -FRX" by default, on a terminal) and asks: y rewrites
# it, n leaves it, q leaves it and every one after it.  Nothing is
# rewritten without a yes.  --yes answers yes to each, for a scripted
# run, and still prints each diff.
#
# Only goldens that exist are rewritten; to add one, create it empty
# (touch tests/regress/NAME.layout) and run this.  A STATS line is
# offered for each document of tests/inputs.sh that has none, and its
# removal for each line naming a document no longer there.
# Run from the top of the tree after make; read git diff before
# committing.  Exits 1 when a dump fails, 2 on a usage error.
LC_ALL=C.UTF-8
export LC_ALL
unset LANG LC_MESSAGES NASKAH_DATADIR
BIN=./naskah
STATS=tests/regress/STATS
yes=0
case ${1:-} in
--yes)	yes=1 ;;
'')	;;
*)	echo "usage: sh tests/regen.sh [--yes]" >&2; exit 2 ;;
esac
if [ ! -x "$BIN" ] || [ ! -d tests/regress ]; then
	echo "regen: run it from the top of the tree, after make" >&2
	exit 2
fi
if [ "$yes" = 0 ] && ! (: < /dev/tty) 2> /dev/null; then
	echo "regen: no terminal to ask on; --yes accepts every change (and prints each diff)" >&2
	exit 2
fi
tmp=$(mktemp -d "${TMPDIR:-/tmp}/regen.XXXXXX") || exit 2
trap 'rm -rf "$tmp"' EXIT
trap 'exit 2' HUP INT PIPE TERM
rewritten=0
kept=0
failed=0
quit=0
stats_yes=0

# show FILE: a diff, paged on a terminal; nothing after a q
show() {
	if [ "$quit" = 1 ]; then
		return
	elif [ -t 1 ] && [ "$yes" = 0 ]; then
		${PAGER:-less -FRX} < "$1"
	else
		cat "$1"
	fi
}
# ask WHAT: y (status 0), n (1) or q (2, and every later question is
# answered n)
ask() {
	[ "$quit" = 1 ] && return 1
	if [ "$yes" = 1 ]; then
		echo "regen: $1: yes (--yes)"
		return 0
	fi
	while :; do
		printf 'regen: rewrite %s? [y/n/q] ' "$1" > /dev/tty
		read -r a < /dev/tty || { quit=1; return 2; }
		case $a in
		y|Y|yes) return 0 ;;
		n|N|no) return 1 ;;
		q|Q|quit) quit=1; return 2 ;;
		esac
	done
}
# offer GOLDEN NEW: when NEW differs from GOLDEN, show the diff and
# replace GOLDEN with NEW on a yes
offer() {
	if cmp -s "$1" "$2"; then
		return
	fi
	diff -u "$1" "$2" | sed "2s|^+++ [^	]*|+++ $1 (new)|" > "$tmp/diff"
	show "$tmp/diff"
	if ask "$1"; then
		cp "$2" "$1"
		rewritten=$((rewritten + 1))
	else
		kept=$((kept + 1))
	fi
}

# --- the dumps --------------------------------------------------------
for g in tests/regress/*.tree tests/regress/*.layout; do
	[ -f "$g" ] || continue
	name=$(basename "${g%.*}")
	k=${g##*.}
	y=tests/regress/$name.yaml
	[ -f "$y" ] || y=examples/$name.yaml
	if [ ! -f "$y" ]; then
		echo "regen: $g: no tests/regress/$name.yaml or examples/$name.yaml; left as it is" >&2
		failed=$((failed + 1))
		continue
	fi
	if ! $BIN render --lang=en --dump=$k "$y" > "$tmp/new" 2> "$tmp/err"; then
		cat "$tmp/err" >&2
		echo "regen: $y --dump=$k fails; $g left as it is" >&2
		failed=$((failed + 1))
		continue
	fi
	offer "$g" "$tmp/new"
done

# --- tests/regress/STATS, line by line --------------------------------
# the new file: STATS's comment lines, then for each document either its
# new line (accepted) or its old one
sh tests/inputs.sh > "$tmp/inputs"
grep '^#' "$STATS" > "$tmp/stats" 2> /dev/null
for y in $(cat "$tmp/inputs"); do
	old=$(awk -v n="$y" '$1 == n' "$STATS" 2> /dev/null)
	if ! $BIN render --lang=en --dump=layout "$y" 2> "$tmp/err" |
	    sh tests/stats.sh "$y" > "$tmp/line"; then
		cat "$tmp/err" >&2
		echo "regen: $y: no figures from --dump=layout; its STATS line left as it is" >&2
		failed=$((failed + 1))
		[ -n "$old" ] && printf '%s\n' "$old" >> "$tmp/stats"
		continue
	fi
	if [ "$old" = "$(cat "$tmp/line")" ]; then
		printf '%s\n' "$old" >> "$tmp/stats"
		continue
	fi
	{ echo "--- $STATS: $y"; [ -n "$old" ] && printf '%s%s\n' - "$old"
	  printf '+%s\n' "$(cat "$tmp/line")"; } > "$tmp/diff"
	show "$tmp/diff"
	if ask "the STATS line of $y"; then
		cat "$tmp/line" >> "$tmp/stats"
		rewritten=$((rewritten + 1))
		stats_yes=1
	else
		[ -n "$old" ] && printf '%s\n' "$old" >> "$tmp/stats"
		kept=$((kept + 1))
	fi
done
# lines naming documents tests/inputs.sh no longer lists
for y in $(awk '!/^#/ && NF { print $1 }' "$STATS" 2> /dev/null); do
	grep -qx "$y" "$tmp/inputs" && continue
	old=$(awk -v n="$y" '$1 == n' "$STATS")
	printf '%s %s: %s, no longer rendered\n-%s\n' --- "$STATS" "$y" "$old" > "$tmp/diff"
	show "$tmp/diff"
	if ask "STATS without the line of $y"; then
		rewritten=$((rewritten + 1))
		stats_yes=1
	else
		printf '%s\n' "$old" >> "$tmp/stats"
		kept=$((kept + 1))
	fi
done
# written only when a change was accepted
[ "$stats_yes" = 1 ] && cp "$tmp/stats" "$STATS"

echo "regen: $rewritten rewritten, $kept left as they were, $failed failed"
git status --short tests/regress
[ "$failed" = 0 ]
