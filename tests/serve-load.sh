#!/bin/sh
# SPDX-License-Identifier: ISC
# tests/serve-load.sh BIN [CLIENTS [SECONDS]] - naskah serve under load
# on loopback (make bench-serve; not part of make check): CLIENTS
# (default 50) clients, each with its own copy of the example decree
# in a temporary copy of examples/, edit it for SECONDS (default 30):
# check and render the edited text, and save it every fifth round
# (PUT against the version it read).  Prints the requests made, the
# failed ones (any status but 200, or no answer), the p50 and p99
# latency and the server's peak RSS (VmHWM of /proc/PID/status).
# Needs python3 (its http.client, one thread a client).
BIN=${1:-./naskah}
CLIENTS=${2:-50}
SECONDS_=${3:-30}
if ! command -v python3 >/dev/null 2>&1; then
	echo "skipped: tests/serve-load.sh because python3 is not installed"
	exit 0
fi
T=$(mktemp -d)
trap 'kill $PID 2>/dev/null; rm -rf "$T"' EXIT
cp -R examples "$T/docs"
i=0
while [ $i -lt "$CLIENTS" ]; do
	cp examples/pasar-manna-2024.yaml "$T/docs/beban-$i.yaml"
	i=$((i + 1))
done
"$BIN" serve --port 0 "$T/docs" > "$T/out" 2> "$T/err" &
PID=$!
i=0
while [ $i -lt 100 ] && ! grep -q 'http://' "$T/out"; do sleep 0.1; i=$((i + 1)); done
URL=$(sed -n 's|.*\(http://[^ ]*/\).*|\1|p' "$T/out")
[ -n "$URL" ] || { echo "serve-load: the server did not start"; cat "$T/err"; exit 1; }
python3 - "$URL" "$CLIENTS" "$SECONDS_" "$PID" <<'PY'
import http.client, json, re, sys, threading, time
url, n, secs, pid = sys.argv[1], int(sys.argv[2]), float(sys.argv[3]), sys.argv[4]
host, port = url[len('http://'):].rstrip('/').split(':')
page = http.client.HTTPConnection(host, int(port)); page.request('GET', '/')
csrf = re.search(rb'naskah-csrf" content="([0-9a-f]+)"', page.getresponse().read()).group(1).decode()
lat, fails, lock = [], [], threading.Lock()
end = time.time() + secs

def req(c, method, path, body=None):
    h = {'X-Naskah-CSRF': csrf} if method != 'GET' else {}
    t0 = time.time()
    try:
        c.request(method, path, body=body, headers=h)
        r = c.getresponse(); data = r.read(); status = r.status
    except Exception as e:
        data, status = str(e).encode(), 0
    dt = time.time() - t0
    with lock:
        lat.append(dt)
        if status != 200: fails.append((method, path, status, data[:200]))
    return status, data

def client(k):
    c = http.client.HTTPConnection(host, int(port), timeout=120)
    p = 'beban-%d.yaml' % k
    st, d = req(c, 'GET', '/api/doc?path=' + p)
    doc = json.loads(d); text, ver = doc['text'], doc['version']
    r = 0
    while time.time() < end:
        r += 1
        t = text + '# suntingan %d\n' % r
        req(c, 'POST', '/api/check?path=' + p, t.encode())
        req(c, 'POST', '/api/render?path=' + p, t.encode())
        if r % 5 == 0:
            st, d = req(c, 'PUT', '/api/doc?path=%s&base=%s' % (p, ver), t.encode())
            if st == 200: ver = json.loads(d)['version']
            else: c = http.client.HTTPConnection(host, int(port), timeout=120)

ths = [threading.Thread(target=client, args=(k,)) for k in range(n)]
t0 = time.time()
for t in ths: t.start()
for t in ths: t.join()
wall = time.time() - t0
lat.sort()
q = lambda f: lat[min(len(lat) - 1, int(f * len(lat)))] * 1000
hwm = re.search(r'VmHWM:\s*(\d+) kB', open('/proc/%s/status' % pid).read()).group(1)
print('serve-load: %d clients, %.0f s: %d requests (%.1f/s), %d failed' %
      (n, wall, len(lat), len(lat) / wall, len(fails)))
print('serve-load: latency p50 %.0f ms, p99 %.0f ms, max %.0f ms' % (q(.5), q(.99), lat[-1] * 1000))
print('serve-load: server peak RSS %.1f MiB' % (int(hwm) / 1024))
for f in fails[:5]: print('serve-load: failed:', f)
sys.exit(1 if fails else 0)
PY
