#!/bin/sh
# SPDX-License-Identifier: ISC
# tests/api.sh BIN OUTDIR - libnaskah as an installed product:
#
# 1. libnaskah.so exports exactly the functions include/naskah.h marks
#    NASKAH_API (nm -D), nothing else, and libnaskah.a has no other
#    global symbol (nm -g)
# 2. make install DESTDIR=... PREFIX=/usr/local installs the program, the
#    header, the libraries, naskah.pc, the data and the manuals
# 3. tests/api/api_test.c (and its harness.c), built ONLY from what was installed (pkg-config
#    with PKG_CONFIG_PATH and PKG_CONFIG_SYSROOT_DIR into DESTDIR, run
#    with LD_LIBRARY_PATH into it), gives the installed naskah program's
#    bytes for the same inputs
# 4. make uninstall leaves no file behind
# (under make valgrind, api_test runs under memcheck, and under helgrind
# too)
#
# CC, CFLAGS, LDFLAGS and MAKE come from make check.  Run from the
# tree's root.  Prints "api: N passed, N failed".
BIN=$1
OUT=$2/api
RUN=${NASKAH_RUN:-}
MAKE=${MAKE:-make}
CC=${CC:-cc}
rm -rf "$OUT"
mkdir -p "$OUT"
OUT=$(cd "$OUT" && pwd)
INST=$OUT/inst
PREFIX=/usr/local
pass=0
fail=0
t() {	# t NAME STATUS
	if [ "$2" = 0 ]; then pass=$((pass + 1)); echo "ok: $1"
	else fail=$((fail + 1)); echo "FAIL: $1"; fi
}

# --- 1. the exported symbols are the header's ------------------------
sed -n 's/^NASKAH_API[^(]*[	 *]\(naskah_[a-z_]*\)(.*/\1/p' include/naskah.h |
    sort > "$OUT/want.syms"
nm -D --defined-only libnaskah.so | awk '{ print $NF }' | sort > "$OUT/got.syms"
implemented=yes
if [ ! -s "$OUT/want.syms" ]; then
	t "include/naskah.h declares NASKAH_API functions" 1
elif [ ! -s "$OUT/got.syms" ]; then
	implemented=no
	echo "skipped: the exported symbols and tests/api/api_test.c," \
	    "because libnaskah.so defines none of include/naskah.h's" \
	    "$(wc -l < "$OUT/want.syms") functions yet (branch i11-lib implements them)"
else
	diff -u "$OUT/want.syms" "$OUT/got.syms" > "$OUT/syms.diff"
	t "libnaskah.so exports exactly the NASKAH_API functions of naskah.h" $?
	sed -n '3,$p' "$OUT/syms.diff"
	nm -g --defined-only libnaskah.a | awk 'NF == 3 { print $3 }' | sort \
	    > "$OUT/got-a.syms"
	diff -u "$OUT/want.syms" "$OUT/got-a.syms" > "$OUT/syms-a.diff"
	t "libnaskah.a defines exactly the same global symbols" $?
	sed -n '3,$p' "$OUT/syms-a.diff"
fi

# --- 1b. man/naskah.3 names every function, lints clean --------------
for fn in $(cat "$OUT/want.syms"); do
	grep -q "^\.F[no] $fn\( \|\$\)" man/naskah.3 || echo "  man/naskah.3 lacks $fn"
done > "$OUT/man.missing"
cat "$OUT/man.missing"
[ ! -s "$OUT/man.missing" ] && [ -s "$OUT/want.syms" ]
t "man/naskah.3's SYNOPSIS has every function of naskah.h" $?
if command -v mandoc > /dev/null 2>&1; then
	mandoc -Tlint -W warning man/naskah.3
	t "mandoc -Tlint -W warning man/naskah.3" $?
else
	echo "skipped: mandoc -Tlint of man/naskah.3, because mandoc is not installed"
fi

# --- 2. make install -------------------------------------------------
$MAKE -s install DESTDIR="$INST" PREFIX=$PREFIX > "$OUT/install.log" 2>&1
t "make install DESTDIR=... PREFIX=$PREFIX" $?
cat > "$OUT/want.files" <<EOF
$PREFIX/bin/naskah
$PREFIX/include/naskah.h
$PREFIX/lib/libnaskah.a
$PREFIX/lib/libnaskah.so
$PREFIX/lib/libnaskah.so.0
$PREFIX/lib/libnaskah.so.0.1.0
$PREFIX/lib/pkgconfig/naskah.pc
$PREFIX/share/man/man1/naskah.1
$PREFIX/share/man/man3/naskah.3
$PREFIX/share/man/man5/naskah.5
$PREFIX/share/man/man7/naskah-aturan.7
$PREFIX/share/man/man7/naskah-serve.7
$PREFIX/share/naskah/color
$PREFIX/share/naskah/fonts
$PREFIX/share/naskah/hyphen
$PREFIX/share/naskah/templates
EOF
(cd "$INST" && find . \( -type f -o -type l \) | sed 's|^\.||' |
    sed 's|\(/share/naskah/[a-z]*\)/.*|\1|' | sort -u) > "$OUT/got.files"
diff -u "$OUT/want.files" "$OUT/got.files"
t "make install installs what it should, nothing else" $?
for f in templates/keputusan.yaml hyphen/hyph_id_ID.dic; do
	cmp -s "$f" "$INST$PREFIX/share/naskah/$f"
	t "the installed $f is the tree's" $?
done
[ "$(readlink "$INST$PREFIX/lib/libnaskah.so")" = libnaskah.so.0 ] &&
    [ "$(readlink "$INST$PREFIX/lib/libnaskah.so.0")" = libnaskah.so.0.1.0 ]
t "libnaskah.so -> libnaskah.so.0 -> libnaskah.so.0.1.0" $?
readelf -d "$INST$PREFIX/lib/libnaskah.so.0.1.0" | grep -q 'SONAME.*\[libnaskah\.so\.0\]'
t "the soname is libnaskah.so.0" $?

# naskah.pc has the paths of make install, whatever make was given
$MAKE -s install DESTDIR="$OUT/inst2" PREFIX=/opt/naskah > "$OUT/install2.log" 2>&1 &&
    grep -q '^prefix=/opt/naskah$' "$OUT/inst2/opt/naskah/lib/pkgconfig/naskah.pc" &&
    grep -q '^libdir=/opt/naskah/lib$' "$OUT/inst2/opt/naskah/lib/pkgconfig/naskah.pc" &&
    grep -q '^datadir=/opt/naskah/share/naskah$' "$OUT/inst2/opt/naskah/lib/pkgconfig/naskah.pc"
t "make install PREFIX=/opt/naskah writes naskah.pc with /opt/naskah's paths" $?
rm -rf "$OUT/inst2"

# --- 3. the API test, built against the installed library ------------
# (a function, left early when there is nothing to test or no way to)
api_test() {
	PKG_CONFIG_PATH=$INST$PREFIX/lib/pkgconfig
	PKG_CONFIG_SYSROOT_DIR=$INST
	export PKG_CONFIG_PATH PKG_CONFIG_SYSROOT_DIR
	version=$(pkg-config --modversion naskah)
	t "pkg-config finds the installed naskah.pc ($version)" $?
	pkg-config --cflags --libs naskah > "$OUT/pc.flags"
	grep -q -- "-I$INST$PREFIX/include" "$OUT/pc.flags" &&
	    grep -q -- "-L$INST$PREFIX/lib" "$OUT/pc.flags"
	t "its flags point into DESTDIR: $(cat "$OUT/pc.flags")" $?
	pkg-config --static --libs naskah | grep -q -- '-lyaml.*-lz\|-lz.*-lyaml'
	t "pkg-config --static adds the private dependencies" $?
	datadir=$(pkg-config --variable=datadir naskah)
	[ "$datadir" = "$INST$PREFIX/share/naskah" ]
	t "pkg-config --variable=datadir naskah is the installed data: $datadir" $?
	# the EXAMPLES program of naskah.3 builds against the installed header
	sed -n '/^\.Sh EXAMPLES/,/^\.Sh/p' man/naskah.3 | sed -n '/^\.Bd -literal/,/^\.Ed/p' |
	    sed -e '1d' -e '$d' -e 's/\\e/\\/g' > "$OUT/example.c"
	# shellcheck disable=SC2046
	$CC -std=c11 -Wall -Wextra -pedantic -Werror -c -o "$OUT/example.o" \
	    "$OUT/example.c" $(pkg-config --cflags naskah)
	t "the EXAMPLES program of man/naskah.3 compiles" $?
	# a C++ caller includes the header as it is (not with -Wshadow: there
	# the functions naskah_layout and naskah_diff hide their structs' names)
	if command -v "${CXX:-c++}" > /dev/null 2>&1; then
		printf '#include <naskah.h>\nint main() { return naskah_version() == 0; }\n' \
		    > "$OUT/cxx.cc"
		# shellcheck disable=SC2046
		${CXX:-c++} -std=c++11 -Wall -Wextra -pedantic -Werror -fsyntax-only \
		    "$OUT/cxx.cc" $(pkg-config --cflags naskah)
		t "naskah.h compiles as C++" $?
	else
		echo "skipped: naskah.h as C++, because no C++ compiler is installed"
	fi
	[ $implemented = yes ] || return 0
	# shellcheck disable=SC2046
	$CC -std=c11 -Wall -Wextra -pedantic -Wstrict-prototypes -Werror \
	    ${CFLAGS:-} -pthread -o "$OUT/api_test" tests/api/api_test.c tests/api/harness.c \
	    $(pkg-config --cflags --libs naskah) ${LDFLAGS:-} > "$OUT/cc.log" 2>&1
	rc=$?
	t "tests/api/api_test.c builds against the installed naskah.h and library" $rc
	cat "$OUT/cc.log"
	if [ $rc = 0 ]; then
		readelf -d "$OUT/api_test" > "$OUT/api_test.dyn"
		grep -q 'NEEDED.*\[libnaskah\.so\.0\]' "$OUT/api_test.dyn" &&
		    ! grep -q 'RPATH\|RUNPATH' "$OUT/api_test.dyn"
		t "api_test needs libnaskah.so.0, found through LD_LIBRARY_PATH" $?
		# what the installed program writes for the same inputs (it finds
		# the data beside itself, in ../share/naskah); naskah diff heads its
		# list with a line naming the two files and ends it with the count,
		# which the library's list has not
		N=$INST$PREFIX/bin/naskah
		D=examples/pasar-manna-2024.yaml
		cli=$OUT/cli
		mkdir -p "$cli"
		$N render "$D" -o "$cli/decree.pdf" &&
		    $N render examples/pasar-manna-2024-buku.yaml -o "$cli/book.pdf" &&
		    $N render --dump=tree "$D" > "$cli/decree.tree" &&
		    $N render --dump=layout "$D" > "$cli/decree.layout" &&
		    $N render --dump=paragraphs "$D" > "$cli/decree.paragraphs" &&
		    $N diff "$D" examples/pasar-manna-2024-perubahan.yaml > "$cli/diff.out" &&
		    sed -e '1{/^naskah diff /d;}' -e '${/^[0-9][0-9]* /d;}' "$cli/diff.out" \
		        > "$cli/diff.txt" &&
		    sed -n '$s/^\([0-9][0-9]*\) .*/\1/p' "$cli/diff.out" > "$cli/diff.count" &&
		    $N diff --pdf "$cli/diff.pdf" "$D" \
		        examples/pasar-manna-2024-perubahan.yaml > /dev/null
		t "the installed naskah renders what api_test compares with" $?
		# (under valgrind, api_test skips its test with a memory limit)
		[ -n "$RUN" ] && NASKAH_API_NO_RLIMIT=1 && export NASKAH_API_NO_RLIMIT
		LD_LIBRARY_PATH=$INST$PREFIX/lib $RUN "$OUT/api_test" "$version" \
		    "$datadir" "$cli" > "$OUT/api_test.log" 2>&1
		rc=$?
		cat "$OUT/api_test.log"
		p=$(sed -n 's/^api_test: \([0-9]*\) passed, \([0-9]*\) failed$/\1/p' "$OUT/api_test.log")
		f=$(sed -n 's/^api_test: \([0-9]*\) passed, \([0-9]*\) failed$/\2/p' "$OUT/api_test.log")
		if [ -z "$p" ] || { [ "$rc" != 0 ] && [ "${f:-0}" = 0 ]; }; then
			t "api_test ran to its end (exit $rc)" 1
		fi
		pass=$((pass + ${p:-0}))
		fail=$((fail + ${f:-0}))
		# under make valgrind, also helgrind: the two contexts of the two
		# threads share no mutable state (about a minute, so not in make
		# check)
		if [ -n "$RUN" ] && command -v valgrind > /dev/null 2>&1; then
			LD_LIBRARY_PATH=$INST$PREFIX/lib valgrind --tool=helgrind -q \
			    --error-exitcode=99 "$OUT/api_test" "$version" "$datadir" \
			    "$cli" > "$OUT/helgrind.log" 2>&1
			t "api_test under helgrind: no data race (see $OUT/helgrind.log)" $?
		fi
	fi

	# --- 3b. the same test linked with the installed libnaskah.a ---------
	# (libnaskah.a's objects, then naskah.pc's private dependencies)
	if [ $rc = 0 ]; then
		# shellcheck disable=SC2046
		$CC ${CFLAGS:-} -pthread -o "$OUT/api_test_static" tests/api/api_test.c \
		    tests/api/harness.c \
		    $(pkg-config --cflags naskah) "$INST$PREFIX/lib/libnaskah.a" \
		    $(pkg-config --static --libs naskah | sed 's/ -lnaskah / /') \
		    ${LDFLAGS:-} > "$OUT/cc-static.log" 2>&1
		rc=$?
		t "api_test links with libnaskah.a and pkg-config --static --libs" $rc
		cat "$OUT/cc-static.log"
		if [ $rc = 0 ]; then
			! readelf -d "$OUT/api_test_static" | grep -q 'libnaskah'
			t "... and needs no libnaskah.so" $?
			$RUN "$OUT/api_test_static" "$version" "$datadir" \
			    "$cli" > "$OUT/api_test_static.log" 2>&1
			t "api_test linked with libnaskah.a passes (see $OUT/api_test_static.log)" $?
		fi
	fi
}
if command -v pkg-config > /dev/null 2>&1; then
	api_test
else
	echo "skipped: building tests/api/api_test.c against the installed library," \
	    "because pkg-config is not installed"
fi

# --- 4. make uninstall -----------------------------------------------
unset PKG_CONFIG_PATH PKG_CONFIG_SYSROOT_DIR
$MAKE -s uninstall DESTDIR="$INST" PREFIX=$PREFIX > "$OUT/uninstall.log" 2>&1
t "make uninstall" $?
left=$(cd "$INST" && find . \( -type f -o -type l \))
[ -z "$left" ]
t "make uninstall leaves no file: $left" $?

echo "api: $pass passed, $fail failed"
