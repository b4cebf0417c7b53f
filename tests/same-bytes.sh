#!/bin/sh
# SPDX-License-Identifier: ISC
# tests/same-bytes.sh OLD NEW - does commit NEW's naskah write what
# commit OLD's writes, byte for byte?  Each commit is checked out in a
# temporary worktree (git worktree add --detach; removed afterwards),
# built with "make naskah" and run there, on its own copy of the inputs
# (so the paths in messages are the same), over:
#
#   - every example, tests/regress and tests/pages file: render --lang=en
#     (the PDF, the messages, the exit status), --dump=tree and
#     --dump=layout (the text, the messages, the exit status);
#   - naskah diff --pdf of the revision example, and naskah diff of each
#     tests/diff case in English and Indonesian;
#   - every file of the bad-input corpus (tests/bad): check in English
#     and Indonesian, render in English (messages and exit status).
#
# An input file found in one commit only is named and not compared; one
# that differs between them is named (its outputs are compared).
#
# Prints each difference (a few lines of diff for text) and ends
# "same-bytes: N same, N different"; exits 0 when nothing differs, 1
# when something does (the outputs are then kept, and their place
# named), 2 on a usage error or a failed build.  Run by make same-bytes
# OLD=commit NEW=commit.
LC_ALL=C.UTF-8
export LC_ALL
unset LANG LC_MESSAGES NASKAH_DATADIR MAKEFLAGS MFLAGS MAKELEVEL
if [ $# != 2 ] || [ -z "$1" ] || [ -z "$2" ]; then
	echo "usage: sh tests/same-bytes.sh OLD NEW, or make same-bytes OLD=commit NEW=commit" >&2
	exit 2
fi
top=$(git rev-parse --show-toplevel) || exit 2
tmp=$(mktemp -d "${TMPDIR:-/tmp}/same-bytes.XXXXXX") || exit 2
keep=0
cleanup() {
	for side in old new; do
		[ -d "$tmp/$side" ] && git -C "$top" worktree remove --force "$tmp/$side"
	done
	git -C "$top" worktree prune
	if [ "$keep" = 1 ]; then
		rm -rf "$tmp/old" "$tmp/new"
	else
		rm -rf "$tmp"
	fi
}
trap cleanup EXIT
trap 'exit 2' HUP INT PIPE TERM

# inputs SIDE: the input files of SIDE's tree, one path a line
inputs() {
	(cd "$tmp/$1" && ls examples/*.yaml tests/regress/*.yaml tests/pages/*.yaml \
	    tests/bad/*.yaml tests/diff/*/old.yaml 2> /dev/null)
}

# cli: the command line itself, from the current directory into $o:
# usage errors, --help, --version, the language taken from the
# environment, several files, standard input and output, -d; files are
# written under the same name ($tmp/w) for both commits, then moved
cli() {
	w=$tmp/w
	rm -rf "$w"
	mkdir -p "$w/d"
	bad=$tmp/cli/bad.yaml
	ex=examples/pasar-manna-2024.yaml
	i=0
	while read -r args; do
		i=$((i + 1))
		printf '%s\n' "$args" > "$o/cli-$i.cmd"
		case $args in	# standard input: the file named, or none
		*'<'*)	eval "run cli-$i $args" ;;
		*)	eval "run cli-$i $args" < /dev/null ;;
		esac
	done <<END
./naskah
./naskah --help
./naskah --version
./naskah bogus
./naskah render
./naskah check
./naskah diff $ex
./naskah render --lang=xx $ex
./naskah render --dump=bogus $ex
./naskah render --bogus $ex
./naskah check $bad
./naskah check $tmp/cli/missing.yaml
env -u LC_ALL LANG=id_ID.UTF-8 ./naskah check $bad
env -u LC_ALL LC_MESSAGES=en_US.UTF-8 LANG=id_ID.UTF-8 ./naskah check $bad
env -u LC_ALL LANG=fr_FR.UTF-8 ./naskah check $bad
env -u LC_ALL -u LANG -u LC_MESSAGES ./naskah check $bad
./naskah check $ex examples/pasar-manna-2024-buku.yaml $bad
./naskah check --lang=en - < $bad
./naskah render --lang=en -o - $ex
./naskah render --lang=en -o - - < $ex
./naskah render --lang=en -d $w/d $ex examples/pasar-manna-2024-buku.yaml
./naskah render --lang=en -o $w/tpl.pdf --template templates/keputusan.yaml $ex
./naskah render --lang=en -o $w/root.pdf --root $tmp/cli $ex
./naskah render --lang=en -o $w/dd.pdf --data-dir $tmp/cli $ex
./naskah diff --lang=id $ex examples/pasar-manna-2024-buku.yaml
./naskah diff --lang=en --pdf $w/same.pdf $ex $ex
./naskah check --lang=en --dump=tree $ex
./naskah check --lang=en --dump=layout $ex
./naskah render --lang=en --dump=layout $ex examples/pasar-manna-2024-buku.yaml
./naskah render --lang=en --dump=tree -o $w/dump.txt $ex
END
	for f in $(cd "$w" && find . -type f | sort); do
		mv "$w/$f" "$o/cli-w-$(echo "${f#./}" | tr / _)"
	done
}

# outputs SIDE: run SIDE's naskah over the inputs of both trees
# ($tmp/inputs) into $tmp/out-SIDE, one file per output, named by the
# input's path
outputs() {
	o=$tmp/out-$1
	mkdir -p "$o"
	cd "$tmp/$1" || exit 2
	# run NAME CMD...: CMD's stdout in NAME.out, its stderr and exit
	# status in NAME.err
	run() {
		n=$1
		shift
		"$@" > "$o/$n.out" 2> "$o/$n.err"
		echo "exit $?" >> "$o/$n.err"
	}
	run diff-pdf ./naskah diff --lang=en --pdf "$o/diff.pdf" \
	    examples/pasar-manna-2024.yaml examples/pasar-manna-2024-perubahan.yaml
	cli
	exec < /dev/null
	for y in $(cat "$tmp/inputs"); do
		b=$(echo "$y" | tr / _)
		case $y in
		tests/diff/*/old.yaml)
			c=${y%old.yaml}
			for lang in en id; do
				run "$b.$lang" ./naskah diff --lang=$lang "$y" "${c}new.yaml"
			done ;;
		tests/bad/*)
			run "$b.check-en" ./naskah check --lang=en "$y"
			run "$b.check-id" ./naskah check --lang=id "$y"
			run "$b.render" ./naskah render --lang=en "$y" -o "$o/$b.pdf" ;;
		*)
			run "$b.render" ./naskah render --lang=en "$y" -o "$o/$b.pdf"
			run "$b.tree" ./naskah render --lang=en --dump=tree "$y"
			run "$b.layout" ./naskah render --lang=en --dump=layout "$y" ;;
		esac
	done
	cd "$top" || exit 2
}

for side in old new; do
	rev=$1
	[ "$side" = new ] && rev=$2
	echo "same-bytes: $side is $rev ($(git -C "$top" rev-parse --short "$rev^{commit}" 2>/dev/null))"
	if ! git -C "$top" worktree add -q --detach "$tmp/$side" "$rev^{commit}"; then
		echo "same-bytes: no commit $rev" >&2
		exit 2
	fi
	# the commit (naskah --version) is what differs by design
	if ! nice make -j2 -C "$tmp/$side" naskah GIT_COMMIT=none \
	    > "$tmp/make-$side.log" 2>&1; then
		tail -n 20 "$tmp/make-$side.log"
		echo "same-bytes: make naskah fails at $rev" >&2
		exit 2
	fi
	inputs "$side" > "$tmp/inputs-$side"
done
# an input of one commit only is named, not compared; one that differs
# between the commits is named, and its outputs compared
comm -12 "$tmp/inputs-old" "$tmp/inputs-new" > "$tmp/inputs"
comm -3 "$tmp/inputs-old" "$tmp/inputs-new" | awk -F '\t' '
    $1 != "" { print "same-bytes: not compared: " $1 ", an input of the old commit only" }
    $2 != "" { print "same-bytes: not compared: " $2 ", an input of the new commit only" }'
for y in $(cat "$tmp/inputs"); do
	cmp -s "$tmp/old/$y" "$tmp/new/$y" ||
	    echo "same-bytes: note: the input $y differs between the commits"
done
# a document with an error, a warning and a duplicate key, for cli
mkdir -p "$tmp/cli"
cat > "$tmp/cli/bad.yaml" <<'END'
naskah: 1
jenis: keputusan
keputusan:
  judul: KEPUTUSAN CAMAT CONTOH
  judul: KEPUTUSAN CAMAT CONTOH LAGI
  tahun: dua ribu
  tentang: CONTOH
  warna: merah
END
for side in old new; do
	(outputs "$side")
done

same=0
different=0
for f in $( (cd "$tmp/out-old" && ls; cd "$tmp/out-new" && ls) | sort -u); do
	a=$tmp/out-old/$f
	b=$tmp/out-new/$f
	if [ ! -f "$a" ] || [ ! -f "$b" ]; then
		side=new
		[ -f "$a" ] && side=old
		echo "different: $f only in $side"
	elif cmp -s "$a" "$b"; then
		same=$((same + 1))
		continue
	else
		echo "different: $f"
		case $f in
		cli-[0-9]*.*)	echo "    command: $(cat "$tmp/out-new/${f%%.*}.cmd")" ;;
		esac
		case $f in
		*.pdf)	cmp "$a" "$b" | sed "s|$tmp/||g; s/^/    /" ;;
		*)	diff -u "$a" "$b" | sed -n '3,22s/^/    /p' ;;
		esac
	fi
	different=$((different + 1))
done
echo "same-bytes: $same same, $different different"
if [ "$different" != 0 ]; then
	keep=1
	echo "same-bytes: the outputs are kept in $tmp/out-old and $tmp/out-new"
	exit 1
fi
exit 0
