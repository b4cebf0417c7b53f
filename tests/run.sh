#!/bin/sh
# SPDX-License-Identifier: ISC
# tests/run.sh - every test of naskah, one total at the end.
#
#   sh tests/run.sh UNIT_TEST_BINARY...
#
# 1. cmocka unit tests (the binaries given as arguments)
# 2. bad-input corpus: tests/bad/NAME.yaml must give exactly the
#    diagnostics in NAME.err (with --lang=en) and the exit status named
#    by a "# exit: N" comment in the file (default 1); NAME.id.err, when
#    present, holds the Indonesian messages for the same input; the
#    reviewer's findings (issue 15) are left out of the comparison
# 3. every document make check renders (tests/inputs.sh): its layout
#    figures against its line of tests/regress/STATS, its --dump=tree
#    against NAME.tree and, for the hard cases kept, its --dump=layout
#    against NAME.layout (tests/regress/README.md says which and why;
#    regenerate on purpose with tests/regen.sh)
# 4. the example rendered and read back with poppler-utils and qpdf;
#    naskah diff --pdf read back the same way (tests/diffpdf.sh); where
#    output files go, signals, render - (tests/output.sh)
#
# A check that cannot run here says "skipped: WHAT because WHY" and
# counts as skipped, neither passed nor failed.
#
# NASKAH_RUN, when set, prefixes every program run (valgrind).
# Prints "N passed, N failed, N skipped" last; exits 1 if anything
# failed.

LC_ALL=C.UTF-8
export LC_ALL
unset LANG LC_MESSAGES NASKAH_DATADIR
RUN=${NASKAH_RUN:-}
# LeakSanitizer cannot run under ptrace: a naskah built with ASan that
# strace follows runs without it (the other checks have it)
NOLSAN="env ASAN_OPTIONS=${ASAN_OPTIONS:+$ASAN_OPTIONS:}detect_leaks=0"
BIN=./naskah
OUT=tests/out
rm -rf "$OUT"
mkdir -p "$OUT"
pass=0
fail=0
skipped=0

ok() { pass=$((pass + 1)); }
ko() { fail=$((fail + 1)); echo "FAIL: $*"; }
skip() { skipped=$((skipped + 1)); echo "skipped: $*"; }
check() { if [ "$1" = 0 ]; then ok; else shift; ko "$@"; fi; }
# suite NAME [ARG...]: run tests/NAME.sh "$BIN" "$OUT" ARG..., show its
# log (less its "ok:" lines) and add its closing "NAME: N passed, N
# failed" to the totals, and its "skipped: ..." lines to the skipped;
# no closing line counts as a failure.
suite() {
	name=$1
	shift
	sh "tests/$name.sh" "$BIN" "$OUT" "$@" > "$OUT/$name.log" 2>&1
	grep -v '^ok: ' "$OUT/$name.log"
	p=$(sed -n "s/^$name: \([0-9]*\) passed, \([0-9]*\) failed\$/\1/p" "$OUT/$name.log")
	f=$(sed -n "s/^$name: \([0-9]*\) passed, \([0-9]*\) failed\$/\2/p" "$OUT/$name.log")
	[ -n "$p" ] || f=1
	pass=$((pass + ${p:-0}))
	fail=$((fail + ${f:-0}))
	skipped=$((skipped + $(grep -c '^skipped: ' "$OUT/$name.log")))
}

# the PDF read-back needs these; without one its checks fail, and the
# reason is said once here
for tool in qpdf pdftotext pdfinfo pdffonts; do
	command -v $tool > /dev/null 2>&1 ||
	    ko "$tool is not installed (Debian: qpdf, poppler-utils): the checks that read PDFs back with it fail"
done

# --- 1. unit tests ---------------------------------------------------
for t in "$@"; do
	out=$($RUN "$t" 2>&1)
	rc=$?
	printf '%s\n' "$out"
	p=$(printf '%s\n' "$out" | sed -n 's/^\[  PASSED  \] \([0-9]*\) test(s)\./\1/p')
	f=$(printf '%s\n' "$out" | sed -n 's/^\[  FAILED  \] \([0-9]*\) test(s), listed below:/\1/p')
	[ "$rc" -ne 0 ] && [ -z "$f" ] && f=1
	pass=$((pass + ${p:-0}))
	fail=$((fail + ${f:-0}))
	[ -n "$f" ] && [ "$f" != 0 ] && echo "FAIL: $t"
done

# --- 2. bad input ----------------------------------------------------
# generated cases: too big, too deep
# (over 8 MiB, the limit of each file)
awk 'BEGIN { print "naskah: 1"; for (i = 0; i < 140000; i++) printf "# %060d\n", i }' \
    > "$OUT/too-big.yaml"
awk 'BEGIN { printf "naskah: "; for (i = 0; i < 100000; i++) printf "["; for (i = 0; i < 100000; i++) printf "]"; print "" }' \
    > "$OUT/deep-100000.yaml"
for y in "$OUT/too-big.yaml" "$OUT/deep-100000.yaml"; do
	$RUN $BIN check --lang=en "$y" > /dev/null 2> "$OUT/gen.err"
	rc=$?
	[ "$rc" = 1 ] && grep -q 'error: \(file is larger than 8192 KiB\|nesting deeper\)' "$OUT/gen.err"
	check $? "$y: want exit 1 and an error, got $rc: $(cat "$OUT/gen.err")"
done
nbad=0
noid=0
for y in tests/bad/*.yaml; do
	[ -f "$y" ] || continue
	nbad=$((nbad + 1))
	base=${y%.yaml}
	[ -f "$base.err" ] || ko "$y: no $base.err (the English messages it must give)"
	[ -f "$base.id.err" ] || noid=$((noid + 1))
	want=$(sed -n 's/^# exit: \([0-9]\).*/\1/p' "$y" | head -n 1)
	[ -n "$want" ] || want=1
	for lang in en id; do
		exp=$base.err
		[ "$lang" = id ] && exp=$base.id.err
		[ -f "$exp" ] || continue
		# the reviewer's findings (a [rule] after the severity, and
		# their saran/fix lines) are tests/review.sh's and the unit
		# tests', not this corpus's
		$RUN $BIN check --lang=$lang "$y" > /dev/null 2> "$OUT/bad.all"
		rc=$?
		awk '/^naskah: .* \[[a-z0-9-]+\]: / { f = 1; next }
		    f && /^  (saran|fix): / { next } { f = 0; print }' \
		    "$OUT/bad.all" > "$OUT/bad.err"
		if [ "$rc" != "$want" ]; then
			ko "$y ($lang): exit $rc, want $want"
			cat "$OUT/bad.err"
		elif ! diff -u "$exp" "$OUT/bad.err" > "$OUT/bad.diff"; then
			ko "$y ($lang): diagnostics differ"
			cat "$OUT/bad.diff"
		else
			ok
		fi
	done
done
echo "bad-input corpus: $nbad files, $noid of them without Indonesian messages to check (no NAME.id.err)"
# the faces but the regular one are read when first set: the decree's
# layout reads the regular and bold faces, not the two italic ones
if [ -n "$RUN" ] || ! strace -qq -o /dev/null true 2> /dev/null; then
	skip "the faces a decree reads, because strace is missing or cannot trace here (or naskah runs under valgrind)"
else
	$NOLSAN strace -qq -e trace=openat -o "$OUT/faces.trace" $BIN check examples/pasar-manna-2024.yaml
	[ $? = 0 ] && [ "$(grep '\.ttf' "$OUT/faces.trace" | sed 's/.*fonts\/\([a-z-]*\)\.ttf.*/\1/' | tr '\n' ' ')" = "bonum-regular bonum-bold " ]
	check $? "check of the decree reads other faces than bonum-regular and bonum-bold: $(grep '\.ttf' "$OUT/faces.trace")"
fi

# --- 2b. the loader's limits (tests/loader.sh) ------------------------
suite loader

# --- 3. layout figures and golden dumps ------------------------------
# every document of tests/inputs.sh: its figures (tests/stats.sh) against
# its line of tests/regress/STATS, figure by figure; its dumps against
# tests/regress/NAME.tree and, where kept, NAME.layout
STATS=tests/regress/STATS
# stats_check INPUT DUMP: INPUT's line of $STATS against its figures in
# DUMP, naming each figure that changed
stats_check() {
	want=$(awk -v n="$1" '$1 == n' "$STATS")
	got=$(sh tests/stats.sh "$1" < "$2")
	if [ -z "$want" ]; then
		ko "$1: no line in $STATS (add it with tests/regen.sh)"
		return
	elif [ -z "$got" ]; then
		ko "$1: its --dump=layout has no layout or stats line"
		return
	fi
	changed=$(printf '%s\n%s\n' "$want" "$got" | awk '
	    { for (i = 2; i <= NF; i++) {
		k = substr($i, 1, index($i, "=") - 1); v = substr($i, index($i, "=") + 1)
		if (NR == 1) { want[k] = v; order[++n] = k } else got[k] = v } }
	    END { for (i = 1; i <= n; i++) { k = order[i]
		if (!(k in got)) printf "%s%s is not in the dump (STATS says %s)", sep, k, want[k]
		else if (got[k] != want[k]) printf "%s%s is %s, STATS says %s", sep, k, got[k], want[k]
		else continue
		sep = "; " } }')
	if [ -n "$changed" ]; then ko "$1: $changed"; else ok; fi
}
sh tests/inputs.sh > "$OUT/inputs"
for y in $(cat "$OUT/inputs"); do
	base=tests/regress/$(basename "${y%.yaml}")
	for k in tree layout; do
		[ "$k" = layout ] || [ -f "$base.$k" ] || continue
		$RUN $BIN render --lang=en --dump=$k "$y" > "$OUT/dump.$k" 2> "$OUT/dump.err" < /dev/null
		rc=$?
		if [ "$rc" != 0 ]; then
			ko "$y: --dump=$k exits $rc"
			cat "$OUT/dump.err"
			continue
		fi
		[ "$k" = layout ] && stats_check "$y" "$OUT/dump.$k"
		[ -f "$base.$k" ] || continue
		if ! diff -u "$base.$k" "$OUT/dump.$k" > "$OUT/dump.diff"; then
			ko "$y: --dump=$k differs from $base.$k"
			head -n 40 "$OUT/dump.diff"
		else
			ok
		fi
	done
done
# every line of STATS names a document that is rendered
for y in $(awk '!/^#/ && NF { print $1 }' "$STATS"); do
	grep -qx "$y" "$OUT/inputs"
	check $? "$STATS names $y, which tests/inputs.sh does not list"
done

# every regression document renders to a PDF that qpdf accepts
for y in tests/regress/*.yaml; do
	[ -f "$y" ] || continue
	$RUN $BIN render --lang=en "$y" -o "$OUT/regress.pdf" 2> "$OUT/regress.err"
	rc=$?
	if [ "$rc" != 0 ]; then
		ko "$y: render exits $rc"
		cat "$OUT/regress.err"
	elif ! qpdf --check "$OUT/regress.pdf" > /dev/null 2>&1; then
		ko "$y: qpdf --check fails"
	else
		ok
	fi
done

# --- 3b. naskah diff: tests/diff/CASE/{old,new}.yaml against
# expected.txt (--lang=en) and, when present, expected.id.txt
for c in tests/diff/*/; do
	for lang in en id; do
		exp=${c}expected.txt
		[ $lang = id ] && exp=${c}expected.id.txt
		[ -f "$exp" ] || continue
		$RUN $BIN diff --lang=$lang "${c}old.yaml" "${c}new.yaml" \
		    > "$OUT/diff" 2> "$OUT/diff.err"
		rc=$?
		if [ "$rc" != 0 ] || [ -s "$OUT/diff.err" ]; then
			ko "$c ($lang): diff exits $rc"
			cat "$OUT/diff.err"
		elif ! diff -u "$exp" "$OUT/diff" > "$OUT/diff.diff"; then
			ko "$c ($lang): diff output differs"
			cat "$OUT/diff.diff"
		else
			ok
		fi
	done
done
$RUN $BIN diff --lang=en examples/pasar-manna-2024.yaml \
    examples/pasar-manna-2024-buku.yaml > /dev/null 2> "$OUT/diff.err"
if [ $? = 1 ] && grep -q "diff compares decrees, not 'buku'" "$OUT/diff.err"; then
	ok
else
	ko "diff of a book is not refused"
fi
# the diff shown in the README is what naskah prints today
awk '/^\$ naskah diff --lang=en examples/ { on = 1; next } on && /^```/ { exit }
    on' README.md > "$OUT/readme-diff"
$BIN diff --lang=en examples/pasar-manna-2024.yaml \
    examples/pasar-manna-2024-perubahan.yaml 2>&1 | diff -u "$OUT/readme-diff" - > "$OUT/readme-diff.diff"
if [ $? = 0 ] && [ -s "$OUT/readme-diff" ]; then ok; else
	ko "the README's naskah diff output is stale"; cat "$OUT/readme-diff.diff"; fi
$RUN $BIN diff --lang=en examples/pasar-manna-2024.yaml > /dev/null 2>&1
if [ $? = 2 ]; then ok; else ko "diff with one file is not a usage error"; fi

# --- 4. the example as a PDF, read back ------------------------------
suite pdfcheck

# --- 4a. every word where the layout put it (tests/positions.sh) -------
suite positions

# --- 4b. naskah diff --pdf, read back ---------------------------------
suite diffpdf

# --- 4c. output files: -o rules, signals, render - (tests/output.sh) ---
suite output

# --- 4d. the line breaker: long words, no overfull line ----------------
suite linebreak

# --- 4d'. issue 13's ten hard paragraphs, figures against limits -------
suite hardpara

# --- 4d''. the template's susun section, on and off (tests/susun.sh) ---
suite susun

# --- 4d'''. the kop's contact lines (tests/kop.sh) -------------------
suite kop

# --- 4d''''. a template over its base, dasar: (tests/dasar.sh) ----
suite dasar

# --- 4d'''''. house styles in one line each (tests/gaya.sh) -------
suite gaya

# --- 4d''''''. jenis: peraturan, read back (tests/peraturan.sh) ------
suite peraturan

# --- 4d (issue 17, tte). penandatangan.tte: the QR code and the footer,
# read back (tests/tte.sh)
suite tte

# --- 4d'''''''. naskah check, the reviewer (tests/review.sh; issue 15, cli)
suite review
suite review-cases

# --- 4d (issue 16). naskah schema against a JSON Schema validator, naskah
# init's starters (tests/schema.sh, tests/init.sh)
suite schema
suite init

# --- 4d (issue 17). naskah sign, checked with pdfsig (tests/sign.sh) --
suite sign
# the archival PDF (tests/pdfa.sh; issue 17)
suite pdfa

# --- 4d (issue 18). one version, make dist reproducible (tests/release.sh;
# make release checks the .deb and the tarball too)
suite release

# --- 5. the book example, read back -----------------------------------
suite bookcheck "${NASKAH_SEED:-../shared/seed/iku-pasar-manna-2024.txt}"

# --- 6. pages: kata penyambung, label lists, charts (tests/pages.sh) ---
suite pages

# --- 7. tables at scale, Jumlah rows, text of cells (tests/tables.sh) --
suite tables

# --- 7b. libnaskah installed, and its API test (tests/api.sh) ---------
suite api

# --- 7b'. one context for many documents (tests/batch.sh) ------------
suite batch
# issue 17, embed: the source inside the PDF, naskah extract
suite extract
# issue 16: naskah serve's API and its security, with curl
suite serve
# issue 16, watch: naskah render --watch, and an unknown command names
# every command the usage text has
suite watch
$RUN $BIN --lang=id frob > /dev/null 2> "$OUT/cmd.err"
s=$?
cmds=$($BIN --help | sed -n 's/^.*naskah \([a-z][a-z]*\).*/\1/p' | sort -u)
[ "$(echo "$cmds" | wc -l)" -ge 4 ] || s=1
for c in $cmds; do
	grep -q "^naskah: error: perintah 'frob' tidak dikenal (.*$c" "$OUT/cmd.err" || s=1
done
if [ $s = 2 ]; then ok; else
	ko "an unknown command: exit 2 and the message naming every command"; cat "$OUT/cmd.err"; fi
# issue 16, page: the editor page in a real browser (chromium, playwright-core)
suite browser

# --- 7b''. the static command line, when make static built it ---------
if [ ! -x ./naskah-static ]; then
	skip "tests/static.sh because ./naskah-static is not built (make static)"
elif [ ./naskah -nt ./naskah-static ]; then
	skip "tests/static.sh because ./naskah-static is older than ./naskah (make static)"
else
	suite static ./naskah-static
fi

# --- 7c. the source tree: sizes, stage order, cycles (tests/structure.sh)
suite structure

# --- 5c. large counts: items, keys, pages, nesting (tests/large.sh) ---
# its bounds are ulimit -v and CPU time, meaningless under ASan/valgrind
if [ -n "$RUN" ] || [ -n "${ASAN_OPTIONS:-}" ]; then
	skip "tests/large.sh because it runs under valgrind or ASan (its memory and time bounds do not apply there)"
else
	suite large
fi

# --- 5d. make bench, run once with small sizes so that it cannot rot --
# (its figures mean nothing under valgrind or ASan, and it takes minutes)
if [ -n "$RUN" ] || [ -n "${ASAN_OPTIONS:-}" ]; then
	skip "tests/bench.sh smoke run because it runs under valgrind or ASan (it times programs; make bench is for a normal build)"
else
	sh tests/bench.sh 1 3 50 > "$OUT/bench.log" 2>&1
	if [ $? = 0 ] && tail -n 1 "$OUT/bench.log" | grep -q '^bench: ok$' &&
	    grep -q '^decree, CLI  *1 ' "$OUT/bench.log"; then ok; else
		ko "tests/bench.sh 1 3 50 (make bench's smoke run):"; cat "$OUT/bench.log"; fi
	grep '^skipped: ' "$OUT/bench.log" | while read -r line; do echo "$line"; done
	skipped=$((skipped + $(grep -c '^skipped: ' "$OUT/bench.log")))
fi

# --- 6. the fuzz targets over their seeds and past findings ----------
sh tests/fuzz/check.sh "$OUT" > "$OUT/fuzzcheck.log" 2>&1
cat "$OUT/fuzzcheck.log"
p=$(sed -n 's/^fuzzcheck: \([0-9]*\) passed, \([0-9]*\) failed$/\1/p' "$OUT/fuzzcheck.log")
f=$(sed -n 's/^fuzzcheck: \([0-9]*\) passed, \([0-9]*\) failed$/\2/p' "$OUT/fuzzcheck.log")
[ -n "$p" ] || f=1
pass=$((pass + ${p:-0}))
fail=$((fail + ${f:-0}))

echo "$pass passed, $fail failed, $skipped skipped"
[ "$fail" = 0 ]
