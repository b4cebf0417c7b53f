#!/bin/sh
# SPDX-License-Identifier: ISC
# tests/bench.sh [N [BATCH [ROWS]]] - what naskah costs, measured
# honestly: CPU time (user + system of each child, from wait4's rusage,
# in microseconds: tests/bench/runstat), wall time and peak RSS, side by
# side with a peer, interleaved, in one run.  Run from the tree's root
# after make (make bench does both).
#
#   N      runs of each case (default 21): the decree and the book from
#          the command line (the decree by ./naskah-static too when make
#          static built it) and pdflatex on ../shared/reference/decree.tex
#          (the same decree by hand in LaTeX), interleaved A B C, C B A,
#          ... after one warm-up each; the in-process warm re-render
#          (tests/bench/rerender) N times
#   BATCH  different decrees made from the example (nomor, tanggal and
#          one word varied) rendered by one naskah render -d (default
#          300), min(N, 3) times
#   ROWS   rows of the generated IKU table (default 5000), each row its
#          own sasaran and all rows under one, min(N, 3) times each
#
# Prints the date and the machine first, then per case the median, min
# and max of CPU and wall ms and the peak RSS, the ratios of CPU
# medians, and issue 12's goals with "met" or "not yet".  Every run's
# exit status is checked: any failure prints "FAIL: ..." and the bench
# exits 1; it exits 0 after "bench: ok" otherwise.  pdflatex missing is
# "skipped: pdflatex, because ...", not a failure.
LC_ALL=C.UTF-8
export LC_ALL
unset LANG LC_MESSAGES NASKAH_DATADIR
N=${1:-21}
BATCH=${2:-300}
ROWS=${3:-5000}
BIN=./naskah
STAT=tests/bench/runstat
RERENDER=tests/bench/rerender
TEX=../shared/reference/decree.tex
DECREE=examples/pasar-manna-2024.yaml
BOOK=examples/pasar-manna-2024-buku.yaml
REPS=$((N < 3 ? N : 3))
for p in "$BIN" "$STAT" "$RERENDER"; do
	[ -x "$p" ] || { echo "FAIL: $p is not built (make bench builds it)"; exit 1; }
done
T=$(mktemp -d "${TMPDIR:-/tmp}/naskah-bench.XXXXXX") || exit 1
trap 'rm -rf "$T"' EXIT
trap 'exit 1' HUP INT TERM
failed=0
fail() { failed=1; echo "FAIL: $*"; }

# --- the date and the machine ------------------------------------------
cpu=$(sed -n 's/^model name[	 ]*: //p' /proc/cpuinfo 2>/dev/null | head -n 1)
echo "naskah bench $(date -u '+%Y-%m-%d %H:%M UTC'), $(git rev-parse --short HEAD 2>/dev/null || echo '?')"
echo "machine: $(nproc) CPUs, ${cpu:-unknown CPU}, $(uname -sr) $(uname -m)"
echo "runs: N=$N interleaved per case, batch $BATCH decrees, $ROWS-row tables ($REPS runs each)"

# run CASE [-C DIR] COMMAND...: one timed run, appended to $T/CASE.runs;
# its output goes to $T/CASE.out
run() {
	c=$1
	shift
	"$STAT" "$T/$c.runs" "$@" > "$T/$c.out" 2>&1
	rc=$?
	[ "$rc" = 0 ] || { fail "$c exited $rc:"; sed 's/^/  /' "$T/$c.out" | tail -n 20; }
}
# the cases of the interleaved CLI comparison
decree() { run decree "$BIN" render "$DECREE" -o "$T/decree.pdf"; }
book() { run book "$BIN" render "$BOOK" -o "$T/book.pdf"; }
pdflatex() {
	run pdflatex -C "$T/tex" pdflatex -interaction=batchmode -halt-on-error decree.tex
}
cases="decree book"
# make static's binary, when built: the decree again, interleaved too
if [ -x ./naskah-static ]; then
	cases="decree static book"
fi
static() { run static ./naskah-static render "$DECREE" -o "$T/static.pdf"; }
if ! command -v pdflatex > /dev/null 2>&1; then
	echo "skipped: pdflatex, because it is not installed (Debian: texlive-latex-base texlive-latex-recommended texlive-latex-extra texlive-fonts-recommended texlive-lang-other)"
elif [ ! -r "$TEX" ]; then
	echo "skipped: pdflatex, because $TEX is not there"
else
	# its warm-up decides: a pdflatex that cannot typeset the
	# reference here is skipped, not a failure of naskah's bench
	mkdir "$T/tex" && cp "$TEX" "$T/tex/decree.tex"
	"$STAT" "$T/warm.runs" -C "$T/tex" pdflatex -interaction=batchmode \
	    -halt-on-error decree.tex > "$T/pdflatex.out" 2>&1
	rc=$?
	if [ "$rc" = 0 ]; then
		cases="$cases pdflatex"
	else
		echo "skipped: pdflatex, because it exits $rc on $TEX here; its log says:"
		grep -A 2 '^!' "$T/tex/decree.log" 2>/dev/null | head -n 6 | sed 's/^/  /'
	fi
fi
rev=$(echo "$cases" | awk '{ for (i = NF; i > 0; i--) printf "%s ", $i }')
# one warm-up each (the peer's above), not counted
for c in $cases; do [ $c = pdflatex ] || $c; done
rm -f "$T"/*.runs
i=1
while [ $i -le "$N" ]; do
	if [ $((i % 2)) = 1 ]; then order=$cases; else order=$rev; fi
	for c in $order; do $c; done
	i=$((i + 1))
done

# --- the in-process re-render ------------------------------------------
# one word of the first menimbang changed and changed back, in turn
"$RERENDER" "$N" "$DECREE" meningkatkan memperkuat . > "$T/rerender.all" 2> "$T/rerender.err"
rc=$?
[ "$rc" = 0 ] || { fail "tests/bench/rerender exited $rc:"; cat "$T/rerender.err"; }
sed -n 's/^warm //p' "$T/rerender.all" > "$T/rerender.runs"
sed -n 's/^cold //p' "$T/rerender.all" > "$T/rerender-cold.runs"

# --- the batch: BATCH different decrees, one process -------------------
mkdir -p "$T/batch/out"
cp examples/iku-pasar-manna-2024.yaml "$T/batch/"
k=1
while [ $k -le "$BATCH" ]; do
	awk -v k=$k 'BEGIN { split("memperkuat mendorong menjamin memperbaiki meningkatkan", w, " ") }
	/^  nomor: ""/ { printf "  nomor: \"100.3.3/%03d/PM/2024\"\n", k; next }
	/^  tanggal: 2024-01 / { printf "  tanggal: 2024-%02d-%02d\n", k % 12 + 1, k % 28 + 1; next }
	!done && sub(/meningkatkan/, w[k % 5 + 1]) { done = 1 }
	{ print }' "$DECREE" > "$T/batch/d$k.yaml"
	k=$((k + 1))
done
i=1
while [ $i -le "$REPS" ]; do
	rm -f "$T/batch/out"/*.pdf
	run batch "$BIN" render -d "$T/batch/out" "$T"/batch/d*.yaml
	i=$((i + 1))
done
n=$(ls "$T/batch/out" | grep -c '\.pdf$')
[ "$n" = "$BATCH" ] || fail "batch: $n PDFs, not $BATCH"

# --- the large IKU table: ROWS rows, own sasaran and one ----------------
for kind in own one; do
	mkdir -p "$T/rows-$kind"
	cp "$DECREE" "$T/rows-$kind/"
	awk -v n="$ROWS" -v kind=$kind 'BEGIN { for (k = 1; k <= n; k++) {
		s = kind == "own" ? "Meningkatnya Sasaran Nomor " k : "Meningkatnya Kualitas Pelayanan Publik"
		printf "- {sasaran: %s, indikator: Indikator %d, formulasi: Hasil evaluasi, satuan: \"%%\", target: \"%d\"}\n", s, k, k % 100 } }' \
	    > "$T/rows-$kind/iku-pasar-manna-2024.yaml"
done
i=1
while [ $i -le "$REPS" ]; do
	for kind in own one; do
		run rows-$kind "$BIN" render "$T/rows-$kind/pasar-manna-2024.yaml" -o "$T/rows-$kind.pdf"
	done
	i=$((i + 1))
done

# --- the figures --------------------------------------------------------
for c in decree static book pdflatex rerender-cold rerender batch rows-own rows-one; do
	[ -s "$T/$c.runs" ] && awk -v c=$c '{ print c, $0 }' "$T/$c.runs"
done > "$T/all"
size=$(wc -c < "$T/decree.pdf" 2>/dev/null || echo 0)
awk -v batch="$BATCH" -v rows="$ROWS" -v pdfsize="$size" '
function med(a, n,   i, j, t) {	# sorts a[1..n]; its median
	for (i = 2; i <= n; i++) {
		t = a[i]
		for (j = i - 1; j > 0 && a[j] > t; j--) a[j + 1] = a[j]
		a[j + 1] = t
	}
	return n % 2 ? a[(n + 1) / 2] : (a[n / 2] + a[n / 2 + 1]) / 2
}
{
	c = $1; n[c]++
	cpu[c, n[c]] = $3 / 1000; wall[c, n[c]] = $4 / 1000
	if ($5 > rss[c]) rss[c] = $5
	if (!(c in seen)) { seen[c] = 1; order[++nc] = c }
}
END {
	name["decree"] = "decree, CLI"; name["book"] = "book, CLI"
	name["static"] = "decree, CLI, make static"
	name["pdflatex"] = "pdflatex decree.tex"
	name["rerender-cold"] = "decree in process, cold"
	name["rerender"] = "decree in process, warm re-render"
	name["batch"] = "batch of " batch ", render -d"
	name["rows-own"] = rows " rows, own sasaran"
	name["rows-one"] = rows " rows, one sasaran"
	printf "%-34s %5s %27s %27s %9s\n", "", "runs", "CPU ms: median  min  max", "wall ms: median  min  max", "peak MiB"
	for (k = 1; k <= nc; k++) {
		c = order[k]
		for (i = 1; i <= n[c]; i++) { x[i] = cpu[c, i]; y[i] = wall[c, i] }
		mc[c] = med(x, n[c]); mw[c] = med(y, n[c])
		printf "%-34s %5d %13.2f %6.2f %6.2f %13.2f %6.2f %6.2f %9.1f\n", name[c], n[c],
		    mc[c], x[1], x[n[c]], mw[c], y[1], y[n[c]], rss[c] / 1024
	}
	if ("book" in mc && mc["decree"] > 0)
		r_book = mc["book"] / mc["decree"]
	if ("pdflatex" in mc && mc["decree"] > 0)
		r_tex = mc["pdflatex"] / mc["decree"]
	printf "ratio of CPU medians: book/decree %.2f", r_book
	if ("pdflatex" in mc) printf ", pdflatex/decree %.1f", r_tex
	if ("static" in mc && mc["static"] > 0) {
		printf ", decree/static %.2f", mc["decree"] / mc["static"]
		if ("pdflatex" in mc) printf ", pdflatex/static %.1f", mc["pdflatex"] / mc["static"]
	}
	printf "\n"
	if ("batch" in mc)
		printf "batch: %.0f documents per second of CPU, %.0f per second of wall\n",
		    batch * 1000 / mc["batch"], batch * 1000 / mw["batch"]
	printf "decree PDF: %d bytes\n", pdfsize
	print "issue 12 goals (medians):"
	if ("pdflatex" in mc)
		goal(r_tex >= 30, sprintf("decree >= 30x less CPU than pdflatex: %.1fx", r_tex))
	else
		print "  skipped: decree against pdflatex, because pdflatex did not run"
	goal(r_book <= 1.5, sprintf("book <= 1.5x the decree: %.2fx", r_book))
	goal(mc["rerender"] <= 3, sprintf("warm re-render <= 3 ms CPU: %.2f ms", mc["rerender"]))
	goal(batch * 1000 / mc["batch"] >= 300, sprintf("batch >= 300 documents/s: %.0f/s (CPU)", batch * 1000 / mc["batch"]))
	for (k = 1; k <= 2; k++) {
		c = k == 1 ? "rows-own" : "rows-one"
		goal(mc[c] < 1000 && rss[c] < 64 * 1024, sprintf("%s in < 1 s and < 64 MiB: %.2f s, %.1f MiB", name[c], mc[c] / 1000, rss[c] / 1024))
	}
	goal(rss["decree"] < 8 * 1024, sprintf("decree peak RSS < 8 MiB: %.1f MiB", rss["decree"] / 1024))
	goal(pdfsize < 40 * 1024, sprintf("decree PDF < 40 KB: %.1f KB", pdfsize / 1024))
}
function goal(ok, what) { printf "  %-8s %s\n", ok ? "met:" : "not yet:", what }
' "$T/all"
if [ "$failed" = 0 ]; then echo "bench: ok"; else echo "bench: FAILED"; exit 1; fi
