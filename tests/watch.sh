#!/bin/sh
# SPDX-License-Identifier: ISC
# tests/watch.sh BIN OUT - naskah render --watch (issue 16), with each
# of its ways to wait (inotify, and NASKAH_WATCH=poll, the fallback), on
# a copy of the example in a directory of its own:
#
# 1. it renders at once and says it watches; a save in place (written
#    in two parts 50 ms apart: one render), a save by rename (a new
#    file moved over the old), a save of the included IKU file, a new
#    sertakan in a new folder and a save of that file each render it
#    again, the PDF changed; a mistake in the YAML: the message and a
#    line saying the PDF was not written, the PDF byte for byte the
#    last good one; a mistake in the included file, fixed there; the
#    mistakes undone: the PDF of before, byte for byte;
# 2. one line "written" per render, no render more than the saves;
#    idle, it uses no CPU (no busy loop); SIGTERM, and SIGINT, end it
#    with status 0 and leave no temporary file;
# 3. a symbolic link watched: a save of the file it names is seen;
#    --watch with check, diff, two files, standard input or output, a
#    dump: usage errors.
#
# Every wait has a limit (10 s), so that the test cannot hang.
# Prints "watch: N passed, N failed" last.
case $1 in /*) BIN=$1 ;; *) BIN=$(pwd)/$1 ;; esac
ROOT=$(pwd)
RUN=${NASKAH_RUN:-}
rm -rf "$2/watch"
mkdir -p "$2/watch"
OUT=$(cd "$2/watch" && pwd)
SUITE=watch
. tests/lib.sh
# naskah with the signals a background job of sh ignores restored; $!
# of "$NSK ... &" is naskah itself (env execs it)
NSK="env --default-signal=INT,TERM,HUP $RUN $BIN"
PID=
trap '[ -n "$PID" ] && kill $PID 2>/dev/null' EXIT

# within TEST: wait until the shell test "$@" holds, at most 10 s
within() {
	i=0
	while [ $i -lt 200 ]; do
		"$@" && return 0
		sleep 0.05
		i=$((i + 1))
	done
	return 1
}
# lines of $D/err matching $1
lines() { grep -c -- "$1" "$D/err"; }
# has NAME N: at least N lines "NAME written" in err
has_written() { [ "$(lines "doc.pdf written")" -ge "$1" ]; }
has_kept() { [ "$(lines "doc.pdf not written")" -ge "$1" ]; }
differs() { ! cmp -s "$D/doc.pdf" "$1"; }
gone() { ! kill -0 "$1" 2>/dev/null; }
# in place: the same file (inode) rewritten, in two writes 50 ms apart
inplace() {
	n=$(wc -l < "$2")
	{ head -n $((n / 2)) "$2"; sleep 0.05; tail -n +$((n / 2 + 1)) "$2"; } > "$1"
}
# by rename: a new file moved over the old, as editors save
renamed() { cp "$2" "$1.tmp~" && mv "$1.tmp~" "$1"; }
# ticks of CPU (user and system) process $1 has used
ticks() { awk '{ print $14 + $15 }' "/proc/$1/stat"; }

# run BACKEND: the steps of 1 and 2 with NASKAH_WATCH=BACKEND
run() {
	be=$1
	D=$OUT/$be
	mkdir -p "$D/sub"
	cp "$ROOT/examples/pasar-manna-2024.yaml" "$D/doc.yaml"
	cp "$ROOT/examples/iku-pasar-manna-2024.yaml" "$D/"
	cd "$D" || return
	NASKAH_WATCH=$be $NSK render --watch --lang=en doc.yaml 2> err &
	PID=$!
	within grep -q "watching doc.yaml" err
	t "$be: renders at once and says it watches" $?
	grep -q "watching doc.yaml and the files it reads ($be)" err && has_written 1
	t "$be: the PDF written and said, waiting with $be" $?
	grep -q "warning \[" err
	t "$be: the review's findings are printed as render prints them" $?
	cp doc.pdf p0.pdf
	cp doc.yaml y0.yaml

	sed 's/Jl\. Pangeran Duayu/Jl. Pangeran Duayu No. 1/' y0.yaml > y1.yaml
	inplace doc.yaml y1.yaml
	within has_written 2 && within differs p0.pdf
	t "$be: a save in place renders it again" $?
	cp doc.pdf p1.pdf

	sed 's/Jl\. Pangeran Duayu/Jl. Pangeran Duayu No. 2/' y0.yaml > y2.yaml
	renamed doc.yaml y2.yaml
	within has_written 3 && within differs p1.pdf
	t "$be: a save by rename renders it again" $?
	cp doc.pdf p2.pdf

	cp iku-pasar-manna-2024.yaml i0.yaml
	sed 's/formulasi: Hasil evaluasi AKIP/formulasi: Hasil evaluasi AKIP tahunan/' i0.yaml > i1.yaml
	renamed iku-pasar-manna-2024.yaml i1.yaml
	within has_written 4 && within differs p2.pdf
	t "$be: a save of the included file renders it again" $?
	cp doc.pdf p3.pdf

	# a new sertakan, in a folder not watched before
	sed 's/sertakan: iku-pasar-manna-2024.yaml/sertakan: sub\/iku-baru.yaml/' y2.yaml > y3.yaml
	cp i1.yaml sub/iku-baru.yaml
	renamed doc.yaml y3.yaml
	within has_written 5 && within differs p3.pdf
	t "$be: the document with a new sertakan renders" $?
	cp doc.pdf p4.pdf
	inplace sub/iku-baru.yaml i0.yaml
	within has_written 6 && within differs p4.pdf
	t "$be: a save of the newly included file renders it again" $?
	cp doc.pdf p4.pdf

	# a mistake: the message, the line, the last good PDF kept
	sed 's/^jenis: keputusan/jenis: [keputusan/' y3.yaml > bad.yaml
	renamed doc.yaml bad.yaml
	within has_kept 1
	t "$be: a mistake: 'not written' said" $?
	grep -q "doc.yaml:5:8: error: .*never closed" err
	t "$be: a mistake: its message at its line" $?
	cmp -s doc.pdf p4.pdf
	t "$be: a mistake: the previous PDF stays, byte for byte" $?
	renamed doc.yaml y3.yaml
	within has_written 7
	t "$be: fixed, it renders again" $?
	cmp -s doc.pdf p4.pdf
	t "$be: fixed: the PDF of the same text, byte for byte" $?

	# a mistake in the included file, fixed there
	sed 's/^- sasaran:/- sasaran: [/' i0.yaml > ibad.yaml
	renamed sub/iku-baru.yaml ibad.yaml
	within has_kept 2
	t "$be: a mistake in the included file: 'not written'" $?
	grep -q "iku-baru.yaml:[0-9]*:[0-9]*: error" err
	t "$be: a mistake in the included file: its message names it" $?
	renamed sub/iku-baru.yaml i0.yaml
	within has_written 8
	t "$be: fixed in the included file, it renders again" $?
	cmp -s doc.pdf p4.pdf
	t "$be: (the PDF byte for byte as before the mistake)" $?

	# one render per save: nothing more comes
	sleep 1.5
	[ "$(lines "doc.pdf written")" = 8 ] && [ "$(lines "doc.pdf not written")" = 2 ]
	t "$be: one render per save (8 written, 2 not; $(lines "doc.pdf written"), $(lines "doc.pdf not written"))" $?
	if [ -r "/proc/$PID/stat" ] && [ -z "$RUN" ]; then
		a=$(ticks $PID)
		sleep 2
		b=$(ticks $PID)
		[ $((b - a)) -le 2 ]
		t "$be: idle, no busy loop ($((b - a)) ticks of CPU in 2 s)" $?
	else
		echo "skipped: $be: the CPU of an idle watch, because there is no /proc or it runs under \$NASKAH_RUN"
	fi
	kill -TERM $PID
	within gone $PID
	t "$be: SIGTERM ends it" $?
	wait $PID
	t "$be: SIGTERM: exit status 0" $?
	PID=
	[ -z "$(ls -A | grep '^\.nsk')" ]
	t "$be: no temporary file left" $?
	cd "$ROOT" || exit 1
}

run inotify
run poll

# SIGINT (Ctrl+C) ends it too, with status 0
D=$OUT/int
mkdir -p "$D"
cp examples/pasar-manna-2024.yaml "$D/doc.yaml"
cp examples/iku-pasar-manna-2024.yaml "$D/"
$NSK render --watch --lang=en --tanpa-tinjau "$D/doc.yaml" 2> "$D/err" &
PID=$!
within grep -q "watching" "$D/err"
t "SIGINT: it watches" $?
kill -INT $PID
within gone $PID
t "SIGINT ends it" $?
wait $PID
t "SIGINT: exit status 0" $?
PID=
grep -q "doc.pdf written (4 pages)" "$D/err"
t "--tanpa-tinjau: one line for the render" $?

# a symbolic link watched: a save of the file it names is seen
D=$OUT/link
mkdir -p "$D/real"
cp examples/pasar-manna-2024.yaml "$D/real/doc.yaml"
cp examples/iku-pasar-manna-2024.yaml "$D/"
ln -s real/doc.yaml "$D/doc.yaml"
(cd "$D" && exec $NSK render --watch --lang=en --tanpa-tinjau doc.yaml 2> err) &
PID=$!
within grep -q "watching" "$D/err"
cp "$D/doc.pdf" "$D/p0.pdf"
sed 's/Jl\. Pangeran Duayu/Jl. Pangeran Duayu No. 3/' "$D/real/doc.yaml" > "$D/y1.yaml"
mv "$D/y1.yaml" "$D/real/doc.yaml"
within has_written 2 && within differs "$D/p0.pdf"
t "a symbolic link: a save by rename of the file it names renders it again" $?
kill -TERM $PID
within gone $PID
wait $PID
t "a symbolic link: SIGTERM: exit status 0" $?
PID=

# usage: one YAML file into a PDF file
for a in "check $D/doc.yaml" "diff $D/doc.yaml $D/doc.yaml" \
    "render $D/doc.yaml $D/doc.yaml" "render -" "render -o - $D/doc.yaml" \
    "render --dump=tree $D/doc.yaml"; do
	# shellcheck disable=SC2086
	$RUN "$BIN" --lang=en --watch $a < /dev/null > /dev/null 2> "$OUT/usage.err"
	s=$?
	[ $s = 2 ] && grep -q "error: --watch watches one YAML file" "$OUT/usage.err"
	t "--watch $a: usage error (exit $s)" $?
done

echo "watch: $pass passed, $fail failed"
