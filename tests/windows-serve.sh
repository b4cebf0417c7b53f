# SPDX-License-Identifier: ISC
# tests/windows-serve.sh - naskah serve in naskah.exe under wine (issue
# 18), sourced by tests/windows.sh (its WINE, EXE, BIN, OUT, $p (the exe
# with its data beside it), ok/ko/check):
#  a. the exe serves a folder whose name is not ASCII, holding a
#     document whose name is not ASCII: the page, the list of documents
#     and the PDF of POST /api/render are what the Linux build's serve
#     answers over the same folder, byte for byte;
#  b. a save (PUT /api/doc) replaces the file and keeps the version
#     before it; a save over a changed file is refused (409); a new
#     document from a starter is written once, then refused (409);
#  c. --open starts the default browser on the printed address (wine
#     hands ShellExecute's URL to xdg-open: a stand-in on PATH records
#     it), and --no-open does not;
#  d. tools/windows/naskah-serve.bat, as the zip unpacks it, started by
#     wine's cmd: the browser opened on the address of a server over
#     the zip's examples/.  With playwright-core and chromium
#     (tests/browser/), that page is photographed, once its preview is
#     drawn, into $SHOTS/serve-windows.png ($OUT/shots by default; make
#     screenshots-windows writes doc/img/, which the README shows).
# Each server is stopped at the end of its part.

# background NAME TENTHS PROGRAM ARGS...: PROGRAM ARGS (a naskah serve) in the
# background, its PID in BGPID, its address in BGURL (empty when none
# came within TENTHS tenths of a second)
background() {
	n=$1 tenths=$2
	shift 2
	"$@" > "$OUT/$n.out" 2> "$OUT/$n.err" &
	BGPID=$!
	BGURL=
	i=0
	while [ $i -lt "$tenths" ] && [ -z "$BGURL" ]; do
		BGURL=$(sed -n 's|.*\(http://[^ ]*/\).*|\1|p' "$OUT/$n.out")
		[ -n "$BGURL" ] || sleep 0.1
		i=$((i + 1))
	done
}
# wserve NAME ARGS...: naskah.exe serve ARGS (WPID, WURL); lserve: the
# Linux build's (LPID, LURL)
wserve() {
	n=$1
	shift
	background "$n" 300 "$WINE" "$EXE" serve --port 0 "$@"
	WPID=$BGPID WURL=$BGURL
}
lserve() {
	n=$1
	shift
	background "$n" 100 "$BIN" serve --port 0 "$@"
	LPID=$BGPID LURL=$BGURL
}
# get URL FILE [CURL ARGS]: the status; the body into FILE
get() {
	u=$1 f=$2
	shift 2
	curl -s -m 60 -o "$f" -w '%{http_code}' "$@" "$u"
}
csrf() { sed -n 's/.*naskah-csrf" content="\([0-9a-f]*\)".*/\1/p' "$1"; }
stop() { kill "$1" 2> /dev/null; wait "$1" 2> /dev/null; }

if ! command -v curl > /dev/null 2>&1; then
	echo "skipped: naskah serve under wine because curl is missing (Debian: apt-get install curl)"
	skipped=$((skipped + 1))
	return 0
fi

# --- a. the same answers as the Linux build --------------------------
S="$OUT/serve-ñ"
mkdir -p "$S/w" "$S/l"
for d in w l; do
	cp examples/*.yaml examples/*.png "$S/$d/"
	cp examples/pasar-manna-2024.yaml "$S/$d/keputusan-é.yaml"
done
wserve wserve --no-open "$S/w"
lserve lserve "$S/l"
if [ -z "$WURL" ] || [ -z "$LURL" ]; then
	ko "naskah serve: no address from the exe ($(cat "$OUT/wserve.out" "$OUT/wserve.err")) or Linux ($(cat "$OUT/lserve.err"))"
	stop "$WPID"
	stop "$LPID"
	return 0
fi
ok
[ "$(get "$WURL" "$S/w.html")" = 200 ] && [ "$(get "$LURL" "$S/l.html")" = 200 ] &&
    [ -n "$(csrf "$S/w.html")" ] &&
    [ "$(sed 's/naskah-csrf" content="[0-9a-f]*"//' "$S/w.html")" = \
      "$(sed 's/naskah-csrf" content="[0-9a-f]*"//' "$S/l.html")" ]
check $? "serve: the exe's page is not the Linux build's (CSRF token aside)"
WC=$(csrf "$S/w.html")
LC=$(csrf "$S/l.html")
[ "$(get "${WURL}api/docs" "$S/w.docs")" = 200 ] &&
    [ "$(get "${LURL}api/docs" "$S/l.docs")" = 200 ] && cmp -s "$S/w.docs" "$S/l.docs" &&
    grep -q '"keputusan-é.yaml"' "$S/w.docs"
check $? "serve: the exe's list of documents $(cat "$S/w.docs") is not Linux's $(cat "$S/l.docs")"
for f in pasar-manna-2024.yaml keputusan-%C3%A9.yaml; do
	[ "$(get "${WURL}api/render?path=$f" "$S/w.pdf" -H "X-Naskah-CSRF: $WC" \
	    --data-binary @"$S/w/pasar-manna-2024.yaml")" = 200 ] &&
	    [ "$(get "${LURL}api/render?path=$f" "$S/l.pdf" -H "X-Naskah-CSRF: $LC" \
	    --data-binary @"$S/l/pasar-manna-2024.yaml")" = 200 ] &&
	    cmp -s "$S/w.pdf" "$S/l.pdf" && [ "$(head -c 5 "$S/w.pdf")" = %PDF- ]
	check $? "serve: POST /api/render?path=$f: the exe's PDF is not the Linux build's"
done
stop "$LPID"

# --- b. saving, conflicts, a new document -----------------------------
P=keputusan-%C3%A9.yaml
get "${WURL}api/doc?path=$P" "$S/doc.json" > /dev/null
V0=$(sed -n 's/.*"version": "\([^"]*\)".*/\1/p' "$S/doc.json")
{ cat "$S/w/keputusan-é.yaml"; echo '# suntingan di Windows'; } > "$S/v1.yaml"
[ -n "$V0" ] && [ "$(get "${WURL}api/doc?path=$P&base=$V0" "$S/put.json" -X PUT \
    -H "X-Naskah-CSRF: $WC" --data-binary @"$S/v1.yaml")" = 200 ] &&
    cmp -s "$S/w/keputusan-é.yaml" "$S/v1.yaml" &&
    cmp -s "$S/w/.naskah-riwayat/keputusan-é.yaml/"* examples/pasar-manna-2024.yaml
check $? "serve: PUT /api/doc under wine: the file saved, its old version kept ($(cat "$S/put.json"))"
ls -a "$S/w" | grep -q '^\.keputusan-é' && r=1 || r=0
check $r "serve: a temporary file left beside the saved one under wine"
[ "$(get "${WURL}api/doc?path=$P&base=$V0" "$S/put2.json" -X PUT \
    -H "X-Naskah-CSRF: $WC" --data-binary @examples/pasar-manna-2024.yaml)" = 409 ] &&
    cmp -s "$S/w/keputusan-é.yaml" "$S/v1.yaml"
check $? "serve: a save over a changed file under wine is not refused (409)"
[ "$(get "${WURL}api/new?path=baru-%C3%A9.yaml&jenis=keputusan" "$S/new.json" -X POST \
    -H "X-Naskah-CSRF: $WC")" = 200 ] &&
    cmp -s "$S/w/baru-é.yaml" templates/awal/keputusan.yaml &&
    [ "$(get "${WURL}api/new?path=baru-%C3%A9.yaml&jenis=keputusan" "$S/new2.json" -X POST \
    -H "X-Naskah-CSRF: $WC")" = 409 ] && cmp -s "$S/w/baru-é.yaml" templates/awal/keputusan.yaml
check $? "serve: POST /api/new under wine: written once, then 409 ($(cat "$S/new.json" "$S/new2.json"))"
stop "$WPID"

# --- c. --open: the default browser --------------------------------------
# (names made absolute: the browser's stand-in and the .bat run elsewhere)
A=$(cd "$OUT" && pwd)
B="$A/browser-bin"
mkdir -p "$B"
printf '#!/bin/sh\nprintf "%%s\\n" "$*" >> "%s"\n' "$A/opened" > "$B/xdg-open"
chmod +x "$B/xdg-open"
rm -f "$A/opened"
PATH="$B:$PATH" wserve wopen --open "$S/w"
i=0
while [ $i -lt 100 ] && [ ! -s "$A/opened" ]; do sleep 0.1; i=$((i + 1)); done
[ -n "$WURL" ] && [ "$(cat "$A/opened" 2> /dev/null)" = "$WURL" ]
check $? "serve --open: the browser was not started on $WURL (it got: $(cat "$A/opened" 2> /dev/null))"
stop "$WPID"
rm -f "$A/opened"
PATH="$B:$PATH" wserve wnoopen --no-open "$S/w"
sleep 2
[ -n "$WURL" ] && [ ! -e "$A/opened" ]
check $? "serve --no-open: a browser was started ($(cat "$A/opened" 2> /dev/null))"
stop "$WPID"

# --- d. the .bat of the zip ---------------------------------------------
mkdir -p "$p/examples"
cp examples/*.yaml examples/*.png "$p/examples/"
cp tools/windows/naskah-serve.bat "$p/"
rm -f "$A/opened"
(cd "$p" && PATH="$B:$PATH" exec "$WINE" cmd /c naskah-serve.bat < /dev/null > "$A/bat.out" 2>&1) &
BAT=$!
i=0
while [ $i -lt 300 ] && [ ! -s "$A/opened" ]; do sleep 0.1; i=$((i + 1)); done
BURL=$(head -n 1 "$A/opened" 2> /dev/null)
[ -n "$BURL" ] && [ "$(get "${BURL}api/docs" "$OUT/bat.docs")" = 200 ] &&
    grep -q '"pasar-manna-2024.yaml"' "$OUT/bat.docs"
check $? "naskah-serve.bat: no browser opened on a server of examples/ ($(cat "$OUT/bat.out"))"
SHOTS=${SHOTS:-$OUT/shots}
if [ -n "$BURL" ] && [ -f tests/browser/node_modules/playwright-core/package.json ] &&
    command -v node > /dev/null 2>&1; then
	mkdir -p "$SHOTS"
	node tests/browser/shot.mjs "$BURL" pasar-manna-2024.yaml "$SHOTS/serve-windows.png" > "$OUT/shot.log" 2>&1
	check $? "naskah-serve.bat: the page it opened could not be photographed: $(tail -n 3 "$OUT/shot.log")"
else
	echo "skipped: the photograph of the page naskah-serve.bat opened, because playwright-core (cd tests/browser && npm ci), node or chromium is missing"
	skipped=$((skipped + 1))
fi
# the server the .bat started, a process of wine's own: every process of
# this prefix ended (the next wine call starts its server again)
"$wineserver" -k 2> /dev/null
stop "$BAT"
"$wineserver" -p 10 2> /dev/null
