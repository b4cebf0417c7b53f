#!/bin/sh
# SPDX-License-Identifier: ISC
# tests/serve.sh BIN OUT - naskah serve (issue 16; naskah-serve.7) on a
# free port of loopback, over a copy of examples/ (with a subfolder, a
# symlink out of it, a file outside it), driven with curl:
#
# 1. the page (with its CSRF token) and its files; the documents listed
#    sorted, the subfolder's included, hidden folders and symlinks out
#    left out; one read with its version; the PDF rendered in-process
#    is the command line's, byte for byte; check in Indonesian and
#    --lang=en; a render with an error answers 422 and the message;
# 2. save: atomic, the previous bytes in .naskah-riwayat/, a save based
#    on an old version refused with 409 and the current text (the file
#    unchanged); the history listed, one version read and restored;
# 3. security: bound to 127.0.0.1; paths with "..", absolute, through
#    a symlink out or not .yaml refused (400), also for a save; a
#    posted document's sertakan and logo outside DIR are document
#    errors; a body over 2 MiB is 413; a foreign Origin, Host or
#    Sec-Fetch-Site refused; a POST or PUT without the CSRF token
#    refused; --bind 0.0.0.0 prints a token and wants it on every
#    request (header, or ?token= kept in a cookie); an idle connection
#    is closed after --timeout; no program is run (strace, when there);
# 4. the form mode (issue 16, form): /api/form's fields, lists and the
#    IKU grid from the included file; /api/edit's set (one line
#    changed, comments kept), insert/delete/move round trips, a grid
#    edit of the included file saved, quoting, a new key, bad paths;
# 5. a new document (issue 16): POST /api/new from each starter gives
#    naskah init's bytes and the schema beside it, never over a file
#    (409), a perubahan only of a decree in its folder, names confined
#    to DIR, the CSRF token asked.
# 6. the port (issue 18): a second server on the default port takes the
#    next free one, a port given and taken is an error (3); --open
#    starts xdg-open (a stand-in here) on the address, and reaps it
#    when it ends; nothing without.
#
# Needs curl (else skipped, with a message); python3 for the exact
# text and the idle connection (else those checks are skipped).
# Prints "serve: N passed, N failed" last.
BIN=$1
OUT=$2/serve
rm -rf "$OUT"
mkdir -p "$OUT"
SUITE=serve
. tests/lib.sh

if ! command -v curl >/dev/null 2>&1; then
	echo "skipped: tests/serve.sh because curl is not installed"
	echo "serve: 0 passed, 0 failed"
	exit 0
fi
have_py=0
command -v python3 >/dev/null 2>&1 && have_py=1

D=$(cd "$OUT" && pwd)/docs
mkdir -p "$D" "$OUT/outside/dir"
cp examples/*.yaml examples/*.png "$D/" 2>/dev/null
mkdir -p "$D/sub" "$D/.hidden"
cp examples/pasar-manna-2024.yaml "$D/sub/"
cp examples/iku-pasar-manna-2024.yaml "$D/sub/"
cp examples/pasar-manna-2024.yaml "$D/.hidden/"
echo 'rahasia: 1' > "$OUT/outside/secret.yaml"
cp examples/pasar-manna-2024.yaml "$OUT/outside/dir/x.yaml"
ln -s "$(cd "$OUT" && pwd)/outside/secret.yaml" "$D/keluar.yaml"
ln -s "$(cd "$OUT" && pwd)/outside/dir" "$D/folder-keluar"
cp "$OUT/outside/secret.yaml" "$OUT/secret.before"

PIDS=
# start NAME ARGS...: naskah serve ARGS in the background; its address
# into $URL (empty when it did not start within 10 s)
start() {
	name=$1
	shift
	"$BIN" serve "$@" > "$OUT/$name.out" 2> "$OUT/$name.err" &
	PID=$!
	PIDS="$PIDS $PID"
	URL=
	i=0
	while [ $i -lt 100 ] && [ -z "$URL" ]; do
		URL=$(sed -n 's|.*\(http://[^ ]*/\).*|\1|p' "$OUT/$name.out")
		[ -n "$URL" ] || sleep 0.1
		i=$((i + 1))
	done
}
stop() { kill "$1" 2>/dev/null; wait "$1" 2>/dev/null; }
trap 'for p in $PIDS; do kill $p 2>/dev/null; done' EXIT

# code ARGS...: the HTTP status of curl ARGS, the body in $OUT/body
code() { curl -s -o "$OUT/body" -w '%{http_code}' "$@"; }

start main --port 0 --lang=en "$D"
MAIN=$PID
# every program the server runs, from here to its end
strace_ok=0
# (not under ASan: LeakSanitizer cannot run under ptrace)
if [ -n "$URL" ] && command -v strace >/dev/null 2>&1 &&
    [ -z "${NASKAH_RUN:-}" ] && [ -z "${ASAN_OPTIONS:-}" ]; then
	strace -f -q -e trace=execve,execveat -o "$OUT/strace.log" -p "$MAIN" 2> "$OUT/strace.err" &
	STRACE=$!
	sleep 0.5
	kill -0 "$STRACE" 2>/dev/null && strace_ok=1
fi
U=$URL
case $U in
http://127.0.0.1:[0-9]*/) t "bound to 127.0.0.1 by default, address printed" 0 ;;
*) t "bound to 127.0.0.1 by default, address printed ($U)" 1
   cat "$OUT/main.err"
   echo "serve: $pass passed, $fail failed"
   exit 1 ;;
esac
HOSTPORT=${U#http://}
HOSTPORT=${HOSTPORT%/}

# --- 1. the page, the documents ---------------------------------------
[ "$(code "$U")" = 200 ] && grep -q 'name="naskah-csrf" content="[0-9a-f]\{32\}"' "$OUT/body"
t "GET / is the page, with a CSRF token" $?
CSRF=$(sed -n 's/.*naskah-csrf" content="\([0-9a-f]*\)".*/\1/p' "$OUT/body")
[ "$(code "${U}app.js")" = 200 ] && grep -q 'X-Naskah-CSRF' "$OUT/body"
t "GET /app.js" $?
curl -s -I "$U" | grep -qi "^content-security-policy: default-src 'self'"
t "the page has a Content-Security-Policy" $?

[ "$(code "${U}api/docs")" = 200 ]
t "GET /api/docs" $?
want=$(cd "$D" && find . -path ./.hidden -prune -o -name '*.yaml' -type f -print |
    sed 's|^\./||' | LC_ALL=C sort | sed 's/.*/"&"/' | tr '\n' ',' | sed 's/,$//')
grep -q "^{\"docs\": \[$want\]}" "$OUT/body"
t "the documents listed sorted, sub/ in, .hidden/ and symlinks out left out" $?

[ "$(code "${U}api/doc?path=sub/pasar-manna-2024.yaml")" = 200 ] &&
    grep -q '"version": "[0-9a-f]*-[0-9a-f]\{16\}"' "$OUT/body"
t "GET /api/doc: a document of a subfolder, with its version" $?
if [ $have_py = 1 ]; then
	python3 -c 'import json,sys; sys.stdout.write(json.load(open(sys.argv[1]))["text"])' \
	    "$OUT/body" > "$OUT/read.yaml"
	cmp -s "$OUT/read.yaml" "$D/sub/pasar-manna-2024.yaml"
	t "GET /api/doc: its text, byte for byte" $?
else
	echo "skipped: the text of GET /api/doc byte for byte, because python3 is not installed"
fi

P=pasar-manna-2024.yaml
[ "$(code -H "X-Naskah-CSRF: $CSRF" --data-binary @"$D/$P" \
    "${U}api/render?path=$P")" = 200 ]
t "POST /api/render" $?
cp "$OUT/body" "$OUT/served.pdf"
"$BIN" render "$D/$P" -o "$OUT/cli.pdf" 2>/dev/null
cmp -s "$OUT/served.pdf" "$OUT/cli.pdf"
t "the PDF rendered in-process is the command line's, byte for byte" $?
[ "$(code "${U}api/pdf?path=$P")" = 200 ] && cmp -s "$OUT/body" "$OUT/cli.pdf" &&
    curl -s -D - -o /dev/null "${U}api/pdf?path=$P" |
    grep -qi 'content-disposition: attachment; filename="pasar-manna-2024.pdf"'
t "GET /api/pdf: the saved file's PDF, as a download" $?

[ "$(code -H "X-Naskah-CSRF: $CSRF" --data-binary @"$D/$P" \
    "${U}api/check?path=$P")" = 200 ] &&
    grep -q '"id": "judul-jabatan", "file": "pasar-manna-2024.yaml", "line": 20' "$OUT/body" &&
    grep -q 'judul menyebut jabatan' "$OUT/body"
t "POST /api/check: the reviewer's findings, Indonesian by default" $?
if [ $have_py = 1 ]; then
	ABIN=$(cd "$(dirname "$BIN")" && pwd)/$(basename "$BIN")
	for f in "$P" sub/pasar-manna-2024.yaml; do
		(cd "$D" && "$ABIN" check --lang=id --format=json "$f") 2> "$OUT/cli.json"
		code -H "X-Naskah-CSRF: $CSRF" --data-binary @"$D/$f" \
		    "${U}api/check?path=$f" > /dev/null
		python3 -c '
import json, sys
cli = [json.loads(l) for l in open(sys.argv[1])]
srv = json.load(open(sys.argv[2]))["messages"]
sys.exit(0 if cli == srv and len(cli) > 0 else 1)' "$OUT/cli.json" "$OUT/body"
		t "POST /api/check?path=$f: the messages of naskah check --format=json in DIR, one for one" $?
	done
else
	echo "skipped: the check messages against naskah check --format=json, because python3 is not installed"
fi
code -H "X-Naskah-CSRF: $CSRF" --data-binary @"$D/$P" \
    "${U}api/check?path=$P&lang=en" > /dev/null
grep -q '"id": "judul-jabatan"' "$OUT/body" && ! grep -q 'judul menyebut' "$OUT/body"
t "POST /api/check?lang=en: in English" $?
printf 'naskah: 1\njenis: keputusan\n\tx: 1\n' > "$OUT/tab.yaml"
[ "$(code -H "X-Naskah-CSRF: $CSRF" --data-binary @"$OUT/tab.yaml" \
    "${U}api/render?path=baru.yaml")" = 422 ] &&
    grep -q '"status": 1, "messages": \[{"severity": "error", "id": "YAML_TAB", "file": "baru.yaml", "line": 3, "column": 1' "$OUT/body"
t "POST /api/render of a broken text: 422 and the error at its line" $?
# 1 500 words too wide for the page (a warning each), then a chart too
# deep for a page (an error, found after them): the first 1 000
# warnings are sent and the rest counted, the error is sent
{ printf 'naskah: 1\njenis: buku\nkertas: A4\nbagian:\n  - bab:\n'
  printf '      judul: SATU\n      isi:\n        - "'
  awk 'BEGIN { w = sprintf("%150s", ""); gsub(/ /, "x", w)
	for (i = 0; i < 1500; i++) printf "%s ", w }'
  printf 'akhir."\n  - bab:\n      judul: DUA\n      isi:\n        - bagan:\n'
  echo "            - {id: a0, jabatan: C}"
  awk 'BEGIN { for (i = 1; i < 100; i++)
	printf "            - {id: a%d, jabatan: S, atasan: a%d}\n", i, i - 1 }'
} > "$OUT/many.yaml"
code -H "X-Naskah-CSRF: $CSRF" --data-binary @"$OUT/many.yaml" \
    "${U}api/check?path=baru.yaml&lang=en" > /dev/null
[ "$(grep -o '"severity": "warning"' "$OUT/body" | wc -l)" = 1000 ] &&
    grep -q '"severity": "error", "id": "CHART_BIG"' "$OUT/body" &&
    grep -q '^{"status": 1, ' "$OUT/body" && grep -q '"dropped": 500}$' "$OUT/body"
t "POST /api/check of 1 500 warnings and an error: 1 000 warnings sent, 500 counted, the error sent" $?

# --- 2. save, conflict, history, restore ------------------------------
code "${U}api/doc?path=$P" > /dev/null
V0=$(sed -n 's/.*"version": "\([^"]*\)".*/\1/p' "$OUT/body")
cp "$D/$P" "$OUT/v0.yaml"
{ cat "$OUT/v0.yaml"; echo '# suntingan 1'; } > "$OUT/v1.yaml"
{ cat "$OUT/v0.yaml"; echo '# suntingan tab lain'; } > "$OUT/v2.yaml"
[ "$(code -X PUT -H "X-Naskah-CSRF: $CSRF" --data-binary @"$OUT/v1.yaml" \
    "${U}api/doc?path=$P&base=$V0")" = 200 ] && cmp -s "$D/$P" "$OUT/v1.yaml"
t "PUT /api/doc: saved" $?
V1=$(sed -n 's/.*"version": "\([^"]*\)".*/\1/p' "$OUT/body")
[ -n "$V1" ] && [ "$V1" != "$V0" ]
t "the save answers the new version" $?
n=$(ls "$D/.naskah-riwayat/$P" 2>/dev/null | wc -l)
[ "$n" = 1 ] && cmp -s "$D/.naskah-riwayat/$P/$(ls "$D/.naskah-riwayat/$P")" "$OUT/v0.yaml"
t "the previous version kept in .naskah-riwayat/$P/" $?
ls -a "$D" | grep -q "^\.$P\." && r=1 || r=0
t "no temporary file left beside it" $r
[ "$(code -X PUT -H "X-Naskah-CSRF: $CSRF" --data-binary @"$OUT/v2.yaml" \
    "${U}api/doc?path=$P&base=$V0")" = 409 ] && cmp -s "$D/$P" "$OUT/v1.yaml" &&
    grep -q "\"version\": \"$V1\"" "$OUT/body" && grep -q 'suntingan 1' "$OUT/body"
t "a save based on an old version: 409 with the current text, the file unchanged" $?
[ "$(code -X PUT -H "X-Naskah-CSRF: $CSRF" --data-binary @"$OUT/v2.yaml" \
    "${U}api/doc?path=$P")" = 400 ] && cmp -s "$D/$P" "$OUT/v1.yaml"
t "a save without base: 400" $?
[ "$(code -X PUT -H "X-Naskah-CSRF: $CSRF" --data-binary @"$OUT/v2.yaml" \
    "${U}api/doc?path=sub/baru.yaml&base=")" = 200 ] && cmp -s "$D/sub/baru.yaml" "$OUT/v2.yaml"
t "a new document saved with base empty" $?
[ "$(code -X PUT -H "X-Naskah-CSRF: $CSRF" --data-binary @"$OUT/v1.yaml" \
    "${U}api/doc?path=sub/baru.yaml&base=")" = 409 ] && cmp -s "$D/sub/baru.yaml" "$OUT/v2.yaml"
t "a new document over an existing one: 409" $?

[ "$(code "${U}api/history?path=$P")" = 200 ]
ID=$(sed -n 's/.*"versions": \["\([^"]*\)".*/\1/p' "$OUT/body")
case $ID in 20[0-9]*T[0-9]*Z.yaml) r=0 ;; *) r=1 ;; esac
t "GET /api/history: the versions ($ID)" $r
[ "$(code "${U}api/history?path=$P&id=$ID")" = 200 ] && grep -q '"text": "# Keputusan' "$OUT/body"
t "GET /api/history?id=: one version" $?
[ "$(code -X POST -H "X-Naskah-CSRF: $CSRF" \
    "${U}api/restore?path=$P&id=$ID&base=$V1")" = 200 ] && cmp -s "$D/$P" "$OUT/v0.yaml" &&
    [ "$(ls "$D/.naskah-riwayat/$P" | wc -l)" = 2 ]
t "POST /api/restore: the version back, the replaced one kept" $?
[ "$(code -X POST -H "X-Naskah-CSRF: $CSRF" \
    "${U}api/restore?path=$P&id=$ID&base=$V1")" = 409 ]
t "a restore based on an old version: 409" $?
[ "$(code "${U}api/history?path=$P&id=../../$P")" = 400 ]
t "a history id with a path: 400" $?

# --- 3. security -------------------------------------------------------
for p in '../secret.yaml' '%2e%2e/outside/secret.yaml' "$D/$P" '/etc/passwd' \
    'keluar.yaml' 'folder-keluar/x.yaml' 'sub/../../x.yaml' '.hidden/pasar-manna-2024.yaml' \
    'pasar-manna-2024.pdf' 'sub//pasar-manna-2024.yaml'; do
	[ "$(code "${U}api/doc?path=$p")" = 400 ] && ! grep -q rahasia "$OUT/body"
	t "GET /api/doc?path=$p refused" $?
done
[ "$(code -X PUT -H "X-Naskah-CSRF: $CSRF" --data-binary @"$OUT/v1.yaml" \
    "${U}api/doc?path=keluar.yaml&base=")" = 400 ] &&
    cmp -s "$OUT/outside/secret.yaml" "$OUT/secret.before"
t "a save through a symlink out: refused, the file outside unchanged" $?
[ "$(code -X PUT -H "X-Naskah-CSRF: $CSRF" --data-binary @"$OUT/v1.yaml" \
    "${U}api/doc?path=folder-keluar/baru.yaml&base=")" = 400 ] &&
    [ ! -e "$OUT/outside/dir/baru.yaml" ]
t "a save into a folder that is a symlink out: refused" $?
[ "$(code -X PUT -H "X-Naskah-CSRF: $CSRF" --data-binary @"$OUT/v1.yaml" \
    "${U}api/doc?path=../baru.yaml&base=")" = 400 ] && [ ! -e "$OUT/baru.yaml" ]
t "a save to ../: refused" $?

sed 's|sertakan: iku-pasar-manna-2024.yaml|sertakan: ../outside/secret.yaml|' \
    "$OUT/v0.yaml" > "$OUT/inc.yaml"
code -H "X-Naskah-CSRF: $CSRF" --data-binary @"$OUT/inc.yaml" "${U}api/check?path=$P" > /dev/null
grep -q '"severity": "error", "id": "OUTSIDE"' "$OUT/body" && ! grep -q rahasia "$OUT/body"
t "a posted document's sertakan outside DIR: a document error" $?
sed "s|sertakan: iku-pasar-manna-2024.yaml|sertakan: $(cd "$OUT" && pwd)/outside/secret.yaml|" \
    "$OUT/v0.yaml" > "$OUT/inc3.yaml"
code -H "X-Naskah-CSRF: $CSRF" --data-binary @"$OUT/inc3.yaml" "${U}api/check?path=$P" > /dev/null
grep -q '"severity": "error", "id": "OUTSIDE"' "$OUT/body" && ! grep -q rahasia "$OUT/body"
t "a posted document's sertakan by an absolute path outside DIR: a document error" $?
sed 's|sertakan: iku-pasar-manna-2024.yaml|sertakan: folder-keluar/x.yaml|' \
    "$OUT/v0.yaml" > "$OUT/inc2.yaml"
code -H "X-Naskah-CSRF: $CSRF" --data-binary @"$OUT/inc2.yaml" "${U}api/check?path=$P" > /dev/null
grep -q '"id": "OUTSIDE"' "$OUT/body"
t "a posted document's sertakan through a symlink out: a document error" $?
awk '{ print } /^kop:/ && !done { print "  logo: /etc/passwd"; done = 1 }' \
    "$OUT/v0.yaml" > "$OUT/logo.yaml"
grep -q 'logo: /etc/passwd' "$OUT/logo.yaml" &&
    [ "$(code -H "X-Naskah-CSRF: $CSRF" --data-binary @"$OUT/logo.yaml" \
    "${U}api/render?path=$P")" = 422 ] && grep -q '"id": "OUTSIDE"' "$OUT/body"
t "a posted document's logo outside DIR: a document error, no PDF" $?
code -H "X-Naskah-CSRF: $CSRF" --data-binary @"$OUT/v0.yaml" "${U}api/check?path=sub/pasar-manna-2024.yaml" > /dev/null
! grep -q '"severity": "error"' "$OUT/body"
t "sertakan resolved beside the document's path in DIR (sub/)" $?

head -c 3000000 /dev/zero | tr '\0' 'a' > "$OUT/big"
[ "$(code -H "X-Naskah-CSRF: $CSRF" --data-binary @"$OUT/big" "${U}api/check")" = 413 ]
t "a body over 2 MiB: 413" $?
[ "$(code -H "X-Naskah-CSRF: $CSRF" -H 'Transfer-Encoding: chunked' \
    --data-binary @"$OUT/big" "${U}api/check")" = 413 ]
t "a chunked body over 2 MiB: 413" $?
[ "$(code -H 'Origin: http://evil.example' "${U}api/docs")" = 403 ]
t "a foreign Origin: 403" $?
[ "$(code -H "Origin: http://$HOSTPORT" "${U}api/docs")" = 200 ]
t "the server's own Origin: 200" $?
[ "$(code -H 'Host: evil.example' "${U}api/docs")" = 421 ]
t "a foreign Host (DNS rebinding): 421" $?
[ "$(code -H "Host: localhost:${HOSTPORT#*:}" "${U}api/docs")" = 200 ]
t "Host localhost:PORT on loopback: 200" $?
[ "$(code -H 'Sec-Fetch-Site: cross-site' "${U}api/docs")" = 403 ]
t "Sec-Fetch-Site: cross-site: 403" $?
[ "$(code --data-binary @"$OUT/v0.yaml" "${U}api/check")" = 403 ]
t "a POST without the CSRF token: 403" $?
[ "$(code -X PUT -H 'X-Naskah-CSRF: 0123' --data-binary @"$OUT/v2.yaml" \
    "${U}api/doc?path=$P&base=$V0")" = 403 ] && cmp -s "$D/$P" "$OUT/v0.yaml"
t "a PUT with a wrong CSRF token: 403, nothing written" $?
[ "$(code -X DELETE "${U}api/doc?path=$P")" = 405 ] && [ -f "$D/$P" ]
t "DELETE: 405" $?

if [ $have_py = 1 ]; then
	start idle --port 0 --timeout 1 "$D"
	python3 - "${URL#http://}" <<'PY' > "$OUT/idle.log" 2>&1
import socket, sys, time
host, port = sys.argv[1].rstrip('/').split(':')
s = socket.create_connection((host, int(port)))
s.sendall(b'GET /api/docs HTTP/1.1\r\nHost: ')	# and nothing more
s.settimeout(10)
t0 = time.time()
d = s.recv(100)
print('closed' if d == b'' else 'data', round(time.time() - t0, 1))
PY
	stop "$PID"
	grep -q '^closed [1-5]\.' "$OUT/idle.log"
	t "an idle connection closed after --timeout ($(cat "$OUT/idle.log"))" $?
else
	echo "skipped: the idle connection's timeout, because python3 is not installed"
fi

start open --bind 0.0.0.0 --port 0 "$D"
TOK=$(sed -n 's/.*token: \([0-9a-f]\{32\}\) .*/\1/p' "$OUT/open.out")
UO=$(echo "$URL" | sed 's|0\.0\.0\.0|127.0.0.1|')
[ -n "$TOK" ] && grep -q "?token=$TOK" "$OUT/open.out"
t "--bind 0.0.0.0: a token made and printed" $?
[ "$(code "${UO%%\?*}api/docs")" = 401 ] && [ "$(code "${UO%%\?*}")" = 401 ]
t "--bind 0.0.0.0: a request without the token: 401" $?
[ "$(code -H "Authorization: Bearer $TOK" "${UO%%\?*}api/docs")" = 200 ]
t "--bind 0.0.0.0: with the token: 200" $?
[ "$(code -H "Authorization: Bearer x$TOK" "${UO%%\?*}api/docs")" = 401 ]
t "--bind 0.0.0.0: with a wrong token: 401" $?
curl -s -c "$OUT/cookies" -o /dev/null "${UO%%\?*}?token=$TOK" &&
    [ "$(code -b "$OUT/cookies" "${UO%%\?*}api/docs")" = 200 ]
t "--bind 0.0.0.0: ?token= on the page kept in a cookie" $?
stop "$PID"
start tok --bind 127.0.0.1 --port 0 --token abcdefgh12345678 "$D"
[ "$(code "${URL}api/docs")" = 401 ] &&
    [ "$(code -H 'X-Naskah-Token: abcdefgh12345678' "${URL}api/docs")" = 200 ]
t "--token on loopback: asked too" $?
stop "$PID"
"$BIN" serve --token 'a b' "$D" > /dev/null 2>&1
[ $? = 2 ]
t "--token with a space: usage error" $?
"$BIN" serve --bind nowhere --port 0 "$D" > /dev/null 2>&1
[ $? = 2 ]
t "--bind that is no address: usage error" $?
"$BIN" serve --port 0 "$OUT/none" > /dev/null 2>&1
[ $? = 2 ]
t "a DIR that is not there: usage error" $?

# --- 4. the form mode (issue 16, form) --------------------------------
# edit FILE OPS: POST /api/edit of FILE's text with the JSON list OPS;
# its status echoed, the new text in $OUT/edited.yaml
edit() {
	python3 -c 'import json,sys; sys.stdout.write(json.dumps({"text": open(sys.argv[1], encoding="utf-8").read(), "ops": json.loads(sys.argv[2])}))' \
	    "$1" "$2" > "$OUT/edit.json"
	c=$(code -H "X-Naskah-CSRF: $CSRF" --data-binary @"$OUT/edit.json" \
	    "${U}api/edit?path=$P")
	rm -f "$OUT/edited.yaml"
	[ "$c" != 200 ] || python3 -c 'import json,sys; sys.stdout.buffer.write(json.load(open(sys.argv[1], encoding="utf-8"))["text"].encode())' \
	    "$OUT/body" > "$OUT/edited.yaml"
	echo "$c"
}
# form FILE PATH EXPR: POST /api/form of FILE as PATH; EXPR (python, j
# the answer) must hold
form() {
	[ "$(code -H "X-Naskah-CSRF: $CSRF" --data-binary @"$1" \
	    "${U}api/form?path=$2")" = 200 ] &&
	    python3 -c 'import json,sys; j=json.load(open(sys.argv[1], encoding="utf-8")); sys.exit(0 if eval(sys.argv[2]) else 1)' \
	    "$OUT/body" "$3"
}
# changed A B: the number of lines of B that differ from A's (same count)
changed() {
	python3 -c 'import sys; a=open(sys.argv[1],"rb").read().split(b"\n"); b=open(sys.argv[2],"rb").read().split(b"\n"); print(sum(x!=y for x,y in zip(a,b)) if len(a)==len(b) else -1)' "$1" "$2"
}
if [ $have_py = 1 ]; then
	F="$D/$P"
	form "$F" "$P" 'any(f["path"]=="penandatangan.nama" and f["value"]=="MIMI HERAWATI" and f["line"]==120 and f["label"]=="Nama" and f["file"]=="'"$P"'" for f in j["fields"]) and [len(l["items"]) for l in j["lists"]]==[3,13,4]'
	t "POST /api/form: the fields with path, label, value, line and file; the lists" $?
	form "$F" "$P" 'j["grids"][0]["file"]=="iku-pasar-manna-2024.yaml" and len(j["grids"][0]["rows"])==7 and any(c["path"]=="[3].target.2024" and c["value"]=="80" and c["line"]==31 for c in j["grids"][0]["rows"][3]["cells"])'
	t "POST /api/form: the IKU grid from the file its sertakan names" $?
	form "$D/iku-pasar-manna-2024.yaml" iku-pasar-manna-2024.yaml 'len(j["grids"][0]["rows"])==7 and j["grids"][0]["path"]==""'
	t "POST /api/form of the IKU file itself: its rows" $?

	[ "$(edit "$F" '[{"op": "set", "path": "penandatangan.nama", "value": "BUDI SANTOSO"}]')" = 200 ] &&
	    [ "$(changed "$F" "$OUT/edited.yaml")" = 1 ] &&
	    grep -q '^  nama: BUDI SANTOSO$' "$OUT/edited.yaml" &&
	    [ "$(grep '#' "$F")" = "$(grep '#' "$OUT/edited.yaml")" ]
	t "POST /api/edit: a set of penandatangan.nama changes that one line, comments kept" $?

	[ "$(edit "$F" '[{"op": "insert", "path": "menimbang[1]", "value": "bahwa butir baru;"}]')" = 200 ] &&
	    form "$OUT/edited.yaml" "$P" '[i["value"] for i in j["lists"][0]["items"]][1]=="bahwa butir baru;" and len(j["lists"][0]["items"])==4' &&
	    cp "$OUT/edited.yaml" "$OUT/ins.yaml" &&
	    [ "$(edit "$OUT/ins.yaml" '[{"op": "delete", "path": "menimbang[1]"}]')" = 200 ] &&
	    cmp -s "$OUT/edited.yaml" "$F"
	t "menimbang: an item inserted, then deleted: the file as it was" $?
	form "$F" "$P" 'True' && python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["lists"][0]["items"][2]["value"])' "$OUT/body" > "$OUT/third" &&
	    [ "$(edit "$F" '[{"op": "move", "path": "menimbang[2]", "to": 0}]')" = 200 ] &&
	    form "$OUT/edited.yaml" "$P" 'j["lists"][0]["items"][0]["value"]==open("'"$OUT/third"'").read().strip()' &&
	    cp "$OUT/edited.yaml" "$OUT/moved.yaml" &&
	    [ "$(edit "$OUT/moved.yaml" '[{"op": "move", "path": "menimbang[0]", "to": 2}]')" = 200 ] &&
	    cmp -s "$OUT/edited.yaml" "$F"
	t "menimbang: the last item moved first, and back" $?

	I=iku-pasar-manna-2024.yaml
	code "${U}api/doc?path=$I" > /dev/null
	V=$(python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["version"])' "$OUT/body")
	[ "$(edit "$D/$I" '[{"op": "set", "path": "[3].target.2024", "value": "81,5"}]')" = 200 ] &&
	    [ "$(changed "$D/$I" "$OUT/edited.yaml")" = 1 ] &&
	    grep -q '2024: "81,5", 2025' "$OUT/edited.yaml" &&
	    [ "$(code -X PUT -H "X-Naskah-CSRF: $CSRF" --data-binary @"$OUT/edited.yaml" \
	    "${U}api/doc?path=$I&base=$V")" = 200 ] &&
	    form "$F" "$P" 'any(c["path"]=="[3].target.2024" and c["value"]=="81,5" for c in j["grids"][0]["rows"][3]["cells"])'
	t "the grid: a target of the included IKU file edited, saved, read back through the decree" $?
	cp examples/$I "$D/$I"

	[ "$(edit "$F" '[{"op": "set", "path": "keputusan.tentang", "value": "A: B # c, [d]"}]')" = 200 ] &&
	    grep -q '^  tentang: "A: B # c, \[d\]"$' "$OUT/edited.yaml" &&
	    form "$OUT/edited.yaml" "$P" 'any(f["path"]=="keputusan.tentang" and f["value"]=="A: B # c, [d]" for f in j["fields"])'
	t "a value that needs quotes is quoted, and reads back" $?
	[ "$(edit "$F" '[{"op": "set", "path": "penandatangan.pangkat", "value": "Pembina (IV/a)"}]')" = 200 ] &&
	    [ "$(diff "$F" "$OUT/edited.yaml" | grep -c '^[<>]')" = 1 ] &&
	    grep -q '^  pangkat: Pembina (IV/a)$' "$OUT/edited.yaml"
	t "a missing key added as one line" $?

	[ "$(edit "$F" '[{"op": "set", "path": "menimbang[9]", "value": "x"}]')" = 400 ] &&
	    grep -q "daftar itu berisi 3 butir, butir 9 tidak ada" "$OUT/body" &&
	    [ "$(edit "$F" '[{"op": "set", "path": "a..b", "value": "x"}]')" = 400 ] &&
	    grep -q "bukan jalur" "$OUT/body"
	t "an invalid path: 400 with the message" $?
	[ "$(code -H "X-Naskah-CSRF: $CSRF" --data-binary '{"ops": 1}' "${U}api/edit")" = 400 ] &&
	    [ "$(code -H "X-Naskah-CSRF: $CSRF" --data-binary '{"text": "a: 1", "ops": [{"op": "hapus", "path": "a"}]}' "${U}api/edit")" = 400 ] &&
	    [ "$(code -H "X-Naskah-CSRF: $CSRF" --data-binary @"$F" "${U}api/form?path=../x.yaml")" = 400 ] &&
	    [ "$(edit "$F" "[$(python3 -c 'print(",".join(["{\"op\": \"set\", \"path\": \"a\", \"value\": \"1\"}"] * 65))')]")" = 400 ] &&
	    [ "$(edit "$F" "[$(python3 -c 'print(",".join(["{\"op\": \"set\", \"path\": \"penetapan.tempat\", \"value\": \"Manna\"}"] * 64))')]")" = 200 ]
	t "a body that is no edit, more than 64 edits, a path out of DIR: 400" $?
	[ "$(code --data-binary @"$OUT/edit.json" "${U}api/edit")" = 403 ]
	t "POST /api/edit without the CSRF token refused" $?
else
	echo "skipped: the form mode's checks, because python3 is not installed"
fi

# --- 5. a new document from a starter (issue 16) ---------------------
ABIN=$(cd "$(dirname "$BIN")" && pwd)/$(basename "$BIN")
AOUT=$(cd "$OUT" && pwd)
# new ARGS: the status of POST /api/new?ARGS with the CSRF token
new() { code -X POST -H "X-Naskah-CSRF: $CSRF" "${U}api/new?$1"; }
rm -f "$D/naskah.schema.json"
for j in keputusan buku lkjip; do
	(cd "$AOUT" && "$ABIN" init "$j" - > "$AOUT/init-$j.yaml" 2>/dev/null)
	[ "$(new "path=baru-$j.yaml&jenis=$j")" = 200 ] &&
	    cmp -s "$D/baru-$j.yaml" "$OUT/init-$j.yaml" &&
	    grep -q "\"path\": \"baru-$j.yaml\", \"version\": \"[0-9a-f]*-" "$OUT/body"
	t "POST /api/new jenis=$j: naskah init's text, and its version" $?
done
"$BIN" schema > "$OUT/schema.json"
cmp -s "$D/naskah.schema.json" "$OUT/schema.json"
t "POST /api/new: the schema its modeline names written beside it" $?
[ "$(code "${U}api/pdf?path=baru-keputusan.yaml")" = 200 ]
t "the new keputusan renders" $?
(cd "$D" && "$ABIN" init perubahan "$P" - > "$AOUT/init-perubahan.yaml" 2>/dev/null)
[ "$(new "path=$P-baru.yaml&jenis=perubahan&asal=$P")" = 200 ] &&
    cmp -s "$D/$P-baru.yaml" "$OUT/init-perubahan.yaml" &&
    grep -q "^  berkas: $P\$" "$D/$P-baru.yaml"
t "POST /api/new jenis=perubahan asal=$P: naskah init perubahan's text" $?
cp "$D/baru-buku.yaml" "$OUT/buku.before"
[ "$(new "path=baru-buku.yaml&jenis=keputusan")" = 409 ] &&
    grep -q "sudah ada" "$OUT/body" && cmp -s "$D/baru-buku.yaml" "$OUT/buku.before"
t "POST /api/new over an existing file: 409 in words, the file unchanged" $?
[ "$(new "path=keluar.yaml&jenis=keputusan")" = 409 ] &&
    [ "$(new "path=../baru.yaml&jenis=keputusan")" = 400 ] &&
    [ "$(new "path=/tmp/baru.yaml&jenis=keputusan")" = 400 ] &&
    [ "$(new "path=folder-keluar/baru.yaml&jenis=keputusan")" = 400 ] &&
    [ "$(new "path=.hidden/baru.yaml&jenis=keputusan")" = 400 ] &&
    [ "$(new "path=baru.txt&jenis=keputusan")" = 400 ] &&
    [ ! -e "$OUT/baru.yaml" ] && [ ! -e "$OUT/outside/dir/baru.yaml" ]
t "POST /api/new: a symlink out, '..', an absolute path, a symlinked or hidden folder, not .yaml refused" $?
[ "$(new "path=b.yaml&jenis=surat")" = 400 ] && grep -q "tidak dikenal" "$OUT/body" &&
    [ "$(new "path=b.yaml&jenis=perubahan")" = 400 ] &&
    [ "$(new "path=sub/b.yaml&jenis=perubahan&asal=$P")" = 400 ] &&
    grep -q "di folder keputusan" "$OUT/body" &&
    [ "$(new "path=b.yaml&jenis=perubahan&asal=pasar-manna-2024-buku.yaml")" = 422 ] &&
    grep -q "bukan keputusan" "$OUT/body" &&
    [ "$(new "path=b.yaml&jenis=perubahan&asal=iku-pasar-manna-2024.yaml")" = 422 ] &&
    [ "$(new "path=b.yaml&jenis=perubahan&asal=tidak-ada.yaml")" = 404 ] &&
    [ ! -e "$D/b.yaml" ] && [ ! -e "$D/sub/b.yaml" ]
t "POST /api/new: an unknown starter, a perubahan without asal, in another folder, of no decree: refused in words, nothing written" $?
[ "$(code -X POST "${U}api/new?path=c.yaml&jenis=keputusan")" = 403 ] && [ ! -e "$D/c.yaml" ]
t "POST /api/new without the CSRF token refused" $?
[ "$(new "path=sub/lkjip-baru.yaml&jenis=lkjip&lang=en")" = 200 ] &&
    [ "$(new "path=sub/lkjip-baru.yaml&jenis=lkjip&lang=en")" = 409 ] &&
    grep -q "exists already" "$OUT/body"
t "POST /api/new in a subfolder; in English" $?

# --- 6. the port (issue 18): the default one taken, the next free;
# one given, kept ---------------------------------------------------------
start porta "$D"
PA=$PID
UA=$URL
start portb "$D"
PB=$PID
UB=$URL
case $UA in http://127.0.0.1:80[0-9][0-9]/) r=0 ;; *) r=1 ;; esac
[ $r = 0 ] && [ -n "$UB" ] && [ "$UA" != "$UB" ] &&
    [ "$(code "${UA}api/docs")" = 200 ] && [ "$(code "${UB}api/docs")" = 200 ]
t "two servers on the default port: the second takes the next free one ($UA, $UB)" $?
PORTA=${UA#http://127.0.0.1:}
"$BIN" serve --port "${PORTA%/}" "$D" > "$OUT/portc.out" 2> "$OUT/portc.err"
[ $? = 3 ] && grep -q "port ${PORTA%/}" "$OUT/portc.err"
t "a port given and taken: exit 3, said ($(cat "$OUT/portc.err"))" $?
stop "$PA"
stop "$PB"
# --open: the page in the browser (xdg-open, a stand-in on PATH here).
# The stand-in is a C program: a shell clears the signal mask it is
# started with (dash does), and would hide one the server left blocked.
mkdir -p "$OUT/bin"
# (by an absolute name: the server runs in DIR)
SIGS="$(cd "$OUT" && pwd)/sigs"
OPENED="$(cd "$OUT" && pwd)/opened"
cat > "$OUT/opener.c" << 'EOF'
#include <stdio.h>
#include <string.h>

/* Write this process's SigBlk and SigIgn to SIGS, then its arguments
 * to OPENED (the test waits for that file). */
int
main(int argc, char **argv)
{
	FILE *in = fopen("/proc/self/status", "r"), *out = fopen(SIGS, "w");
	char line[256];
	int i;

	if (in == NULL || out == NULL)
		return 1;
	while (fgets(line, sizeof(line), in) != NULL)
		if (strncmp(line, "SigBlk:", 7) == 0 ||
		    strncmp(line, "SigIgn:", 7) == 0)
			fputs(line, out);
	fclose(in);
	if (fclose(out) != 0 || (out = fopen(OPENED, "w")) == NULL)
		return 1;
	for (i = 1; i < argc; i++)
		fprintf(out, "%s%s", argv[i], i + 1 < argc ? " " : "\n");
	return fclose(out) != 0;
}
EOF
if ! ${CC:-cc} -o "$OUT/bin/xdg-open" -DSIGS="\"$SIGS\"" \
    -DOPENED="\"$OPENED\"" "$OUT/opener.c" 2> "$OUT/opener.err"; then
	echo "skipped: the signal mask xdg-open starts with, because no C compiler builds the stand-in ($(head -1 "$OUT/opener.err"))"
	printf '#!/bin/sh\ngrep -E "^SigIgn" /proc/$$/status > "%s"\nprintf "%%s\\n" "$*" > "%s"\n' \
	    "$SIGS" "$OPENED" > "$OUT/bin/xdg-open"
	chmod +x "$OUT/bin/xdg-open"
fi
rm -f "$OUT/opened"
PATH="$(cd "$OUT" && pwd)/bin:$PATH" start opener --port 0 --open "$D"
i=0
while [ $i -lt 50 ] && [ ! -s "$OUT/opened" ]; do sleep 0.1; i=$((i + 1)); done
[ -n "$URL" ] && [ "$(cat "$OUT/opened" 2>/dev/null)" = "$URL" ]
t "--open: xdg-open started on the address ($(cat "$OUT/opened" 2>/dev/null))" $?
# with no signal blocked and SIGPIPE not ignored, as the server has them
# (what xdg-open starts, a browser, inherits them)
blk=$(sed -n 's/^SigBlk:[[:space:]]*//p' "$OUT/sigs" 2>/dev/null)
ign=$(sed -n 's/^SigIgn:[[:space:]]*//p' "$OUT/sigs" 2>/dev/null)
{ [ -z "$blk" ] || [ $((0x$blk)) = 0 ]; } && [ -n "$ign" ] &&
    [ $((0x$ign & 0x1000)) = 0 ]
t "--open: xdg-open with no signal blocked, SIGPIPE not ignored ($(tr '\n' ' ' < "$OUT/sigs" 2>/dev/null))" $?
# and reaped once it has ended: no child of the server left a zombie
# (/proc/N/stat: "N (name) STATE PPID ...")
zombies() {
	cat /proc/[0-9]*/stat 2> /dev/null |
	    sed -n "s/^.*) Z $1 .*/Z/p" | wc -l
}
i=0
while [ $i -lt 50 ] && [ "$(zombies "$PID")" != 0 ]; do sleep 0.1; i=$((i + 1)); done
[ "$(zombies "$PID")" = 0 ]
t "--open: xdg-open reaped when it ends, no zombie left while serve runs" $?
stop "$PID"
rm -f "$OUT/opened"
PATH="$(cd "$OUT" && pwd)/bin:$PATH" start opener2 --port 0 "$D"
sleep 0.5
[ -n "$URL" ] && [ ! -e "$OUT/opened" ]
t "without --open no browser is started on Linux" $?
stop "$PID"

stop "$MAIN"
if [ $strace_ok = 1 ]; then
	wait "$STRACE" 2>/dev/null
	n=$(grep -c 'execve' "$OUT/strace.log")
	[ "$n" = 0 ] && grep -q 'exited\|killed' "$OUT/strace.log"
	t "no program run by the server (execve traced: $n)" $?
else
	echo "skipped: the check that no program is run, because strace is missing, cannot trace here, or the build has ASan"
fi
# (a sanitizer's report, a leak among them, would be there)
[ ! -s "$OUT/main.err" ]
t "the server wrote nothing on stderr" $?
cmp -s "$OUT/outside/secret.yaml" "$OUT/secret.before" &&
    [ "$(find "$OUT/outside" -type f | wc -l)" = 2 ]
t "nothing outside DIR written" $?
if command -v mandoc >/dev/null 2>&1; then
	mandoc -Tlint -W warning man/naskah-serve.7
	t "mandoc -Tlint -W warning man/naskah-serve.7" $?
else
	echo "skipped: mandoc -Tlint of man/naskah-serve.7, because mandoc is not installed"
fi
echo "serve: $pass passed, $fail failed"
[ "$fail" = 0 ]
