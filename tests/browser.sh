#!/bin/sh
# SPDX-License-Identifier: ISC
# tests/browser.sh BIN OUT - naskah serve's editor page in a real
# browser (issue 16): Debian's chromium, headless, driven by
# playwright-core from npm (tests/browser/, installed there by
# "npm ci"; .ci/run does it).  The server runs on a free port of
# loopback over a copy of examples/; tests/browser/test.mjs opens
# pasar-manna-2024.yaml, types a YAML error and finds it at its line in
# the gutter and the list, fixes it and sees the preview change, keeps
# the preview's scroll position across a redraw, times keystroke to
# preview over 20 edits, applies a reviewer's fix and checks that only
# that line of the file changed, and saves from two tabs to see the
# conflict; it makes a new document from a starter (Dokumen baru).
# Then tests/browser/walk.mjs, on a server of its own over a fresh copy
# of examples/, walks the issue's "Done when" as one scenario: the IKU
# decree opened in the form, a year's target changed in the IKU grid,
# the preview following it, a reviewer's mark fixed with "Terapkan
# saran", saved, the PDF downloaded and read with pdftotext.
# Screenshots go to $SHOTS (OUT/browser by default; make
# screenshots sets doc/img for the README).
# Without chromium, node or playwright-core it says why it is skipped;
# tests/browser/fix.mjs (web/editor.js's fixes put in place) needs only
# node.
# Prints "browser: N passed, N failed" last.
BIN=$1
OUT=$2/browser
SHOTS=${SHOTS:-$OUT}
rm -rf "$OUT"
mkdir -p "$OUT" "$SHOTS"
CHROMIUM=${CHROMIUM:-$(command -v chromium || command -v chromium-browser)}
# web/editor.js's fixes need node only (tests/browser/fix.mjs)
fixp=0
fixf=0
if command -v node >/dev/null 2>&1; then
	node tests/browser/fix.mjs > "$OUT/fix.log" 2>&1
	grep -v '^fix: ' "$OUT/fix.log"
	fixp=$(sed -n 's/^fix: \([0-9]*\) passed, \([0-9]*\) failed$/\1/p' "$OUT/fix.log")
	fixf=$(sed -n 's/^fix: \([0-9]*\) passed, \([0-9]*\) failed$/\2/p' "$OUT/fix.log")
	[ -n "$fixp" ] || { echo "FAIL: browser: tests/browser/fix.mjs: $(tail -n 3 "$OUT/fix.log")"; fixp=0; fixf=1; }
fi
why=
if [ -z "$CHROMIUM" ]; then why="chromium is not installed (Debian: apt-get install chromium)"
elif ! command -v node >/dev/null 2>&1; then why="node is not installed (Debian: apt-get install nodejs npm)"
elif [ ! -f tests/browser/node_modules/playwright-core/package.json ]; then
	why="playwright-core is not installed (cd tests/browser && npm ci)"
fi
if [ -n "$why" ]; then
	echo "skipped: tests/browser.sh's page in a browser because $why"
	echo "browser: $fixp passed, $fixf failed"
	exit 0
fi
export CHROMIUM

PIDS=
trap 'for p in $PIDS; do kill $p 2>/dev/null; done' EXIT
p=$fixp
f=$fixf
# run NAME SCRIPT WHO: naskah serve on a fresh copy of examples/ in
# OUT/NAME, SCRIPT (tests/browser/SCRIPT.mjs) driving the page; its
# count ("WHO: N passed, N failed") added to p and f
run() {
	D=$(cd "$OUT" && pwd)/$1
	mkdir -p "$D"
	cp examples/*.yaml examples/*.png "$D/"
	"$BIN" serve --port 0 "$D" > "$OUT/$1.out" 2> "$OUT/$1.err" &
	PID=$!
	PIDS="$PIDS $PID"
	URL=
	i=0
	while [ $i -lt 100 ] && [ -z "$URL" ]; do
		URL=$(sed -n 's|.*\(http://[^ ]*/\).*|\1|p' "$OUT/$1.out")
		[ -n "$URL" ] || sleep 0.1
		i=$((i + 1))
	done
	if [ -z "$URL" ]; then
		echo "FAIL: browser: naskah serve did not start: $(cat "$OUT/$1.err")"
		f=$((f + 1))
		return
	fi
	timeout 300 node "tests/browser/$2.mjs" "$URL" "$D" "$SHOTS" > "$OUT/$2.log" 2>&1
	rc=$?
	grep -v "^$3: [0-9]* passed, [0-9]* failed\$" "$OUT/$2.log"
	sp=$(sed -n "s/^$3: \\([0-9]*\\) passed, \\([0-9]*\\) failed\$/\\1/p" "$OUT/$2.log")
	sf=$(sed -n "s/^$3: \\([0-9]*\\) passed, \\([0-9]*\\) failed\$/\\2/p" "$OUT/$2.log")
	if [ -z "$sp" ]; then
		echo "FAIL: browser: tests/browser/$2.mjs exited $rc without its count"
		sp=0
		sf=1
	fi
	p=$((p + sp))
	f=$((f + sf))
	kill $PID 2>/dev/null
	wait $PID 2>/dev/null
	[ -s "$OUT/$1.err" ] && echo "note: the server's stderr: $(head -c 500 "$OUT/$1.err")"
}
run docs test page
# issue 16: the "Done when" as one walk (it reads the PDFs with pdftotext)
if command -v pdftotext >/dev/null 2>&1; then
	run walk walk walk
else
	echo "skipped: tests/browser/walk.mjs because pdftotext is not installed (Debian: apt-get install poppler-utils)"
fi
echo "browser: $p passed, $f failed"
exit 0
