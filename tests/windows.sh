#!/bin/sh
# SPDX-License-Identifier: ISC
# tests/windows.sh EXE BIN OUT - naskah.exe (make windows, issue 18)
# under wine against the Linux build BIN, in OUT:
#  1. every example (examples/*.yaml) rendered by both, the PDFs the
#     same byte for byte, and naskah diff --pdf's the same;
#  2. the bad-input corpus (tests/bad/*.yaml) through the exe: the
#     messages of NAME.err and NAME.id.err and the exit status of its
#     "# exit: N" line, the reviewer's findings left out, as tests/run.sh
#     compares them for BIN (but include-nul.yaml: its sertakan/nul.yaml
#     is the device NUL on Windows, which naskah must say is not a file);
#  3. a document whose directory and name are not ASCII
#     ("dir-ñ/keputusan-camat-é.yaml") renders, beside it, to the same
#     PDF, and a missing one is named in its message as it was given;
#     a PDF written onto standard output is the same;
#     the exe in "program-é" with its data beside it renders the
#     document with a logo to the same PDF; one with no data beside it
#     renders the decree from NASKAH_DATADIR="data-ā" (a name outside
#     the ANSI code page), and says it has none without it;
#  4. render --watch renders again when a file the document includes
#     is saved (the same size, within its second);
#  5. naskah serve under wine: tests/windows-serve.sh.
#  6. naskah sign: the TTE decree signed by the exe with a test
#     certificate (tools/cert-uji.sh) verifies (pdfsig: valid, the
#     signer's name, the whole file; openssl cms -verify over its
#     ByteRange), also from a PKCS#12 file as OpenSSL made them before
#     3.0 (RC2-40, the legacy provider); a wrong passphrase gives the Linux build's message
#     and exit status, and no PDF; a PDF, certificate and passphrase
#     file (CR LF) whose names are not ASCII sign too.  Skipped, saying
#     why, without openssl or pdfsig.
# Needs wine64 (Debian: wine64; WINE names another); without it, or
# without EXE, says "skipped: ..." and counts one skipped.  A prefix of
# its own (build/windows/wine, or $WINEPREFIX) is made on the first run.
# Prints "windows: N passed, N failed, N skipped" last; exits 1 if
# anything failed.
EXE=$1
BIN=$2
OUT=$3
pass=0
fail=0
skipped=0
ok() { pass=$((pass + 1)); }
ko() { fail=$((fail + 1)); echo "FAIL: $*"; }
check() { if [ "$1" = 0 ]; then ok; else ko "$2"; fi; }
end() {
	echo "windows: $pass passed, $fail failed, $skipped skipped"
	[ "$fail" = 0 ]
	exit
}

WINE=${WINE:-}
if [ -z "$WINE" ]; then
	for w in wine64 /usr/lib/wine/wine64 wine; do
		command -v "$w" > /dev/null 2>&1 && { WINE=$w; break; }
	done
fi
if [ -z "$WINE" ] || ! command -v "$WINE" > /dev/null 2>&1; then
	echo "skipped: tests/windows.sh because wine64 is missing (Debian: apt-get install wine64)"
	skipped=1
	end
fi
if [ ! -f "$EXE" ]; then
	echo "skipped: tests/windows.sh because $EXE is not built (make windows)"
	skipped=1
	end
fi
WINEDEBUG=-all
WINEPREFIX=${WINEPREFIX:-$(pwd)/build/windows/wine}
export WINEDEBUG WINEPREFIX
LC_ALL=C.UTF-8
export LC_ALL
rm -rf "$OUT"
mkdir -p "$OUT/linux" "$OUT/exe" "$WINEPREFIX"
# the prefix made (its messages go), and one wineserver for every run
"$WINE" "$EXE" --version > "$OUT/version" 2> "$OUT/wine-setup.log"
check $? "$EXE --version under $WINE: $(cat "$OUT/version" "$OUT/wine-setup.log")"
wineserver=$(dirname "$(command -v "$WINE")")/wineserver
[ -x "$wineserver" ] || wineserver=wineserver
"$wineserver" -p 10 2> /dev/null

# --- 1. the examples, byte for byte ---------------------------------
nex=0
for y in examples/*.yaml; do
	b=$(basename "$y" .yaml)
	"$BIN" render --lang=en "$y" -o "$OUT/linux/$b.pdf" > /dev/null 2> "$OUT/linux/$b.err"
	lrc=$?
	"$WINE" "$EXE" render --lang=en "$y" -o "$OUT/exe/$b.pdf" > /dev/null 2> "$OUT/exe/$b.err"
	wrc=$?
	[ "$lrc" = "$wrc" ] && cmp -s "$OUT/linux/$b.err" "$OUT/exe/$b.err"
	check $? "$y: exit $wrc and messages under wine, exit $lrc on Linux"
	[ ! -f "$OUT/linux/$b.pdf" ] && continue	# an include, not a document
	nex=$((nex + 1))
	cmp "$OUT/linux/$b.pdf" "$OUT/exe/$b.pdf"
	check $? "$y: the PDFs differ"
done
for r in linux exe; do
	run=$BIN
	[ $r = exe ] && run="$WINE $EXE"
	$run diff --lang=en --pdf "$OUT/$r/diff.pdf" examples/pasar-manna-2024.yaml \
	    examples/pasar-manna-2024-perubahan.yaml > "$OUT/$r/diff.txt" 2>&1
	echo "rc=$?" >> "$OUT/$r/diff.txt"
done
cmp "$OUT/linux/diff.pdf" "$OUT/exe/diff.pdf" && cmp "$OUT/linux/diff.txt" "$OUT/exe/diff.txt"
check $? "naskah diff --pdf: the PDFs or the messages differ"
echo "windows: $nex examples rendered the same, and diff --pdf"

# --- 2. the bad-input corpus ----------------------------------------
nbad=0
for y in tests/bad/*.yaml; do
	base=${y%.yaml}
	want=$(sed -n 's/^# exit: \([0-9]\).*/\1/p' "$y" | head -n 1)
	[ -n "$want" ] || want=1
	nbad=$((nbad + 1))
	for lang in en id; do
		exp=$base.err
		[ "$lang" = id ] && exp=$base.id.err
		[ -f "$exp" ] || continue
		"$WINE" "$EXE" check --lang=$lang "$y" > /dev/null 2> "$OUT/bad.all"
		rc=$?
		awk '/^naskah: .* \[[a-z0-9-]+\]: / { f = 1; next }
		    f && /^  (saran|fix): / { next } { f = 0; print }' \
		    "$OUT/bad.all" > "$OUT/bad.err"
		if [ "$y" = tests/bad/include-nul.yaml ]; then
			# NUL is a device name on Windows, with any extension:
			# sertakan/nul.yaml is the NUL device there
			[ "$rc" = "$want" ] && grep -q "nul.yaml.*not a regular file" "$OUT/bad.err"
			check $? "$y ($lang): exit $rc, want $want and NUL named a device: $(cat "$OUT/bad.err")"
		elif [ "$rc" != "$want" ]; then
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
echo "windows: bad-input corpus, $nbad files"

# --- 3. names that are not ASCII ------------------------------------
d="$OUT/dir-ñ"
mkdir -p "$d"
cp examples/pasar-manna-2024.yaml "$d/keputusan-camat-é.yaml"
cp examples/iku-pasar-manna-2024.yaml "$d/"
# the PDF carries its YAML under the file's own name (issue 17): the
# Linux build renders the same file for the bytes to compare
"$BIN" render "$d/keputusan-camat-é.yaml" -o "$OUT/linux/camat.pdf" > /dev/null 2>&1
"$WINE" "$EXE" render "$d/keputusan-camat-é.yaml" > /dev/null 2>&1
check $? "$d/keputusan-camat-é.yaml: does not render under wine"
cmp "$d/keputusan-camat-é.pdf" "$OUT/linux/camat.pdf"
check $? "$d/keputusan-camat-é.pdf: not the Linux build's PDF of it"
# again, over the PDF it wrote (the output replaced, not its input)
"$WINE" "$EXE" render "$d/keputusan-camat-é.yaml" > /dev/null 2>&1 &&
    cmp -s "$d/keputusan-camat-é.pdf" "$OUT/linux/camat.pdf"
check $? "$d/keputusan-camat-é.yaml: rendering over its PDF fails under wine"
"$BIN" render --lang=id "$d/tidak-ada-é.yaml" > "$OUT/linux/missing.out" 2>&1
lrc=$?
"$WINE" "$EXE" render --lang=id "$d/tidak-ada-é.yaml" > "$OUT/exe/missing.out" 2>&1
wrc=$?
[ "$lrc" = "$wrc" ] && cmp -s "$OUT/linux/missing.out" "$OUT/exe/missing.out"
check $? "a missing tidak-ada-é.yaml: exit $wrc, $(cat "$OUT/exe/missing.out"); on Linux exit $lrc"
# a PDF onto standard output, binary (no CR put before each LF)
f=tests/regress/baris-nomor.yaml
"$BIN" render - < "$f" > "$OUT/linux/stdout.pdf" 2> /dev/null
"$WINE" "$EXE" render - < "$f" > "$OUT/exe/stdout.pdf" 2> /dev/null &&
    cmp "$OUT/linux/stdout.pdf" "$OUT/exe/stdout.pdf"
check $? "render - < $f: the PDF on standard output differs"
# issue 17: the archival PDF (its sRGB profile read beside the exe) and
# the TTE decree (its QR code) the same bytes as Linux's
for a in "--arsip examples/pasar-manna-2024.yaml" "examples/pasar-manna-2024-tte.yaml"; do
	"$BIN" render --tanpa-tinjau $a -o "$OUT/linux/i17.pdf" > /dev/null 2>&1
	"$WINE" "$EXE" render --tanpa-tinjau $a -o "$OUT/i17.pdf" > /dev/null 2>&1 &&
	    cmp -s "$OUT/i17.pdf" "$OUT/linux/i17.pdf"
	check $? "render $a: naskah.exe's PDF differs from Linux's"
done
# the exe in a folder whose name is not ASCII, its data beside it (as
# the zip unpacks): libharu opens the fonts there, a logo is read
p="$OUT/program-é"
mkdir -p "$p/templates" "$p/fonts" "$p/hyphen"
cp "$EXE" "$p/naskah.exe"
cp -R templates/. "$p/templates/"
cp fonts/*.ttf "$p/fonts/"
cp hyphen/hyph_id_ID.dic hyphen/hyph_id_ID.hyb "$p/hyphen/"
"$WINE" "$p/naskah.exe" render examples/keputusan-bupati-contoh-raya.yaml \
    -o "$p/logo.pdf" > /dev/null 2>&1 &&
    cmp "$p/logo.pdf" "$OUT/linux/keputusan-bupati-contoh-raya.pdf"
check $? "$p/naskah.exe: the document with a logo, its fonts read from beside the exe, differs"
# NASKAH_DATADIR naming a folder whose name the ANSI code page cannot
# hold ("data-ā"): read in UTF-8, not through the C library's getenv;
# the exe in a folder without data beside it, run from there (so that
# neither its folder nor the current one has templates)
top=$(pwd)
b="$top/$OUT/bare"
dd="$top/$OUT/data-ā"
mkdir -p "$b" "$dd"
cp "$EXE" "$b/naskah.exe"
cp -R "$p/templates" "$p/fonts" "$p/hyphen" "$dd/"
(cd "$b" && "$WINE" ./naskah.exe render "$top/examples/pasar-manna-2024.yaml" \
    -o none.pdf > none.out 2>&1)
[ $? = 3 ] && [ ! -f "$b/none.pdf" ]
check $? "$b/naskah.exe without its data: not exit 3 ($(cat "$b/none.out"))"
(cd "$b" && NASKAH_DATADIR=$dd "$WINE" ./naskah.exe render \
    "$top/examples/pasar-manna-2024.yaml" -o data.pdf > data.out 2>&1) &&
    cmp "$b/data.pdf" "$OUT/linux/pasar-manna-2024.pdf"
check $? "NASKAH_DATADIR=$dd: the decree not rendered from there ($(cat "$b/data.out"))"
# --- 4. render --watch: a save of an included file renders again ----
# (the same size, within a second of the render: the poll hashes the
# bytes, as Windows' times have whole seconds)
wd="$OUT/watch-é"
mkdir -p "$wd"
cp examples/pasar-manna-2024.yaml examples/iku-pasar-manna-2024.yaml "$wd/"
"$WINE" "$EXE" render --watch --tanpa-tinjau "$wd/pasar-manna-2024.yaml" -o "$wd/out.pdf" \
    > "$OUT/watch.out" 2> "$OUT/watch.err" &
WATCH=$!
i=0
while [ $i -lt 300 ] && ! grep -q "poll" "$OUT/watch.err" 2> /dev/null; do sleep 0.1; i=$((i + 1)); done
first=$(cksum < "$wd/out.pdf" 2> /dev/null)
sed 's/2024: 80,/2024: 87,/' examples/iku-pasar-manna-2024.yaml > "$wd/iku-pasar-manna-2024.yaml"
"$BIN" render --tanpa-tinjau "$wd/pasar-manna-2024.yaml" -o "$OUT/linux/watch.pdf" > /dev/null 2>&1
i=0
while [ $i -lt 100 ] && ! cmp -s "$wd/out.pdf" "$OUT/linux/watch.pdf"; do sleep 0.1; i=$((i + 1)); done
[ -n "$first" ] && ! cmp -s examples/iku-pasar-manna-2024.yaml "$wd/iku-pasar-manna-2024.yaml" &&
    cmp -s "$wd/out.pdf" "$OUT/linux/watch.pdf" &&
    [ "$(cksum < "$wd/out.pdf")" != "$first" ]
check $? "render --watch under wine: the change of an included file not rendered again: $(cat "$OUT/watch.err")"
kill "$WATCH" 2> /dev/null
wait "$WATCH" 2> /dev/null

# --- 5. naskah serve (tests/windows-serve.sh says what) ---------------
. tests/windows-serve.sh

# --- 6. naskah sign (OpenSSL's libcrypto built in) ------------------
if ! command -v openssl > /dev/null 2>&1 || ! command -v pdfsig > /dev/null 2>&1; then
	echo "skipped: naskah sign under wine, because openssl or pdfsig is missing (Debian: openssl, poppler-utils)"
	skipped=$((skipped + 1))
	end
fi
c="$OUT/cert"
sh tools/cert-uji.sh "$c" > "$OUT/cert.log" 2>&1
check $? "tools/cert-uji.sh: $(cat "$OUT/cert.log")"
cn="Camat Pasar Manna (sertifikat uji)"
"$BIN" render --tanpa-tinjau examples/pasar-manna-2024-tte.yaml -o "$OUT/tte.pdf" > /dev/null 2>&1
# pdfsig's verdict on PDF: valid, by the test certificate, over the
# whole file, the unsigned PDF the first bytes of it
sig_ok() {
	pdfsig "$1" > "$1.sig" 2>&1 &&
	    grep -q 'Signature Validation: Signature is Valid' "$1.sig" &&
	    grep -q "Signer Certificate Common Name: $cn\$" "$1.sig" &&
	    grep -q 'Total document signed' "$1.sig" &&
	    head -c "$(wc -c < "$OUT/tte.pdf")" "$1" | cmp -s - "$OUT/tte.pdf"
}
"$WINE" "$EXE" sign "$OUT/tte.pdf" -o "$OUT/exe/tte-ttd.pdf" --p12 "$c/uji.p12" \
    --pass-file "$c/sandi" > "$OUT/exe/sign.out" 2>&1
check $? "naskah.exe sign under wine: $(cat "$OUT/exe/sign.out")"
[ ! -s "$OUT/exe/sign.out" ] && sig_ok "$OUT/exe/tte-ttd.pdf"
check $? "naskah.exe sign: pdfsig does not find a valid signature by '$cn': $(cat "$OUT/exe/sign.out" "$OUT/exe/tte-ttd.pdf.sig" 2>&1)"
# the signature itself, by OpenSSL on Linux: the signed bytes (the
# ByteRange) against the CMS in /Contents, the certificate's chain to
# the test CA
python3 - "$OUT/exe/tte-ttd.pdf" "$OUT/exe/signed.bin" "$OUT/exe/cms.der" <<'PY'
import re, sys
b = open(sys.argv[1], 'rb').read()
r = [int(x) for x in re.findall(rb'/ByteRange\s*\[\s*(\d+)\s+(\d+)\s+(\d+)\s+(\d+)', b)[-1]]
open(sys.argv[2], 'wb').write(b[r[0]:r[0] + r[1]] + b[r[2]:r[2] + r[3]])
h = b[r[0] + r[1]:r[2]].strip(b'<>')
open(sys.argv[3], 'wb').write(bytes.fromhex(h.decode()))
PY
openssl cms -verify -binary -inform DER -in "$OUT/exe/cms.der" -content "$OUT/exe/signed.bin" \
    -CAfile "$c/ca.pem" -purpose any -out /dev/null > "$OUT/exe/cms.log" 2>&1
check $? "openssl cms -verify of naskah.exe's signature: $(cat "$OUT/exe/cms.log")"
# a PKCS#12 file as OpenSSL before 3.0 made them (-legacy: the
# certificates under RC2-40, the key under 3DES, a SHA-1 MAC): the
# legacy provider, built into the exe, reads it, as the Linux build's
openssl pkcs12 -export -legacy -inkey "$c/uji.key" -in "$c/uji.pem" -certfile "$c/ca.pem" \
    -passout file:"$c/sandi" -out "$OUT/legacy.p12" > "$OUT/legacy.log" 2>&1
for r in linux exe; do
	run=$BIN
	[ $r = exe ] && run="$WINE $EXE"
	$run sign "$OUT/tte.pdf" -o "$OUT/$r/tte-ttd-legacy.pdf" --p12 "$OUT/legacy.p12" \
	    --pass-file "$c/sandi" > "$OUT/$r/legacy.out" 2>&1
	echo "exit $?" >> "$OUT/$r/legacy.out"
done
openssl pkcs12 -in "$OUT/legacy.p12" -info -noout -passin file:"$c/sandi" -legacy 2>&1 |
    grep -q 'RC2' &&
    sig_ok "$OUT/exe/tte-ttd-legacy.pdf" && sig_ok "$OUT/linux/tte-ttd-legacy.pdf"
check $? "a legacy PKCS#12 file (RC2-40): under wine $(cat "$OUT/exe/legacy.out"); on Linux $(cat "$OUT/linux/legacy.out")"
# a wrong passphrase: the Linux build's message and exit status
printf 'salah\n' > "$OUT/salah"
for r in linux exe; do
	run=$BIN
	[ $r = exe ] && run="$WINE $EXE"
	$run sign --lang=id "$OUT/tte.pdf" -o "$OUT/$r/salah.pdf" --p12 "$c/uji.p12" \
	    --pass-file "$OUT/salah" > "$OUT/$r/salah.err" 2>&1
	echo "exit $?" >> "$OUT/$r/salah.err"
done
grep -q 'kata sandi salah' "$OUT/linux/salah.err" && grep -q 'exit 1' "$OUT/linux/salah.err" &&
    cmp -s "$OUT/linux/salah.err" "$OUT/exe/salah.err" && [ ! -e "$OUT/exe/salah.pdf" ]
check $? "a wrong passphrase under wine: $(cat "$OUT/exe/salah.err"); on Linux: $(cat "$OUT/linux/salah.err")"
# names that are not ASCII: the PDF, the certificate, the passphrase
# file (written by Notepad: CR LF) and the output
d="$OUT/dir-ñ"
cp "$OUT/tte.pdf" "$d/keputusan-é.pdf"
cp "$c/uji.p12" "$d/sertifikat-ñ.p12"
printf '%s\r\n' "$(cat "$c/sandi")" > "$d/sandi-é.txt"
"$WINE" "$EXE" sign "$d/keputusan-é.pdf" -o "$d/keputusan-é-ttd.pdf" --p12 "$d/sertifikat-ñ.p12" \
    --pass-file "$d/sandi-é.txt" > "$OUT/exe/sign-e.out" 2>&1 &&
    cp "$d/keputusan-é-ttd.pdf" "$OUT/exe/tte-ttd-e.pdf" && sig_ok "$OUT/exe/tte-ttd-e.pdf"
check $? "naskah.exe sign with names not ASCII: $(cat "$OUT/exe/sign-e.out" "$OUT/exe/tte-ttd-e.pdf.sig" 2>&1)"
echo "windows: naskah sign under wine"
end
