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
# conflict.  Screenshots go to $SHOTS (OUT/browser by default; make
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

D=$(cd "$OUT" && pwd)/docs
mkdir -p "$D"
cp examples/*.yaml examples/*.png "$D/"
"$BIN" serve --port 0 "$D" > "$OUT/serve.out" 2> "$OUT/serve.err" &
PID=$!
trap 'kill $PID 2>/dev/null' EXIT
URL=
i=0
while [ $i -lt 100 ] && [ -z "$URL" ]; do
	URL=$(sed -n 's|.*\(http://[^ ]*/\).*|\1|p' "$OUT/serve.out")
	[ -n "$URL" ] || sleep 0.1
	i=$((i + 1))
done
if [ -z "$URL" ]; then
	echo "FAIL: browser: naskah serve did not start: $(cat "$OUT/serve.err")"
	echo "browser: $fixp passed, $((fixf + 1)) failed"
	exit 1
fi
timeout 300 node tests/browser/test.mjs "$URL" "$D" "$SHOTS" > "$OUT/test.log" 2>&1
rc=$?
grep -v '^page: [0-9]* passed, [0-9]* failed$' "$OUT/test.log"
p=$(sed -n 's/^page: \([0-9]*\) passed, \([0-9]*\) failed$/\1/p' "$OUT/test.log")
f=$(sed -n 's/^page: \([0-9]*\) passed, \([0-9]*\) failed$/\2/p' "$OUT/test.log")
if [ -z "$p" ]; then
	echo "FAIL: browser: tests/browser/test.mjs exited $rc without its count"
	p=0
	f=1
fi
echo "browser: $((fixp + p)) passed, $((fixf + f)) failed"
kill $PID 2>/dev/null
wait $PID 2>/dev/null
[ -s "$OUT/serve.err" ] && echo "note: the server's stderr: $(head -c 500 "$OUT/serve.err")"
exit 0
