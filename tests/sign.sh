#!/bin/sh
# SPDX-License-Identifier: ISC
# tests/sign.sh BIN OUTDIR - naskah sign (issue 17): a throw-away CA and
# signer certificate made with openssl at test time; the decree signed
# and checked with pdfsig (poppler-utils) and qpdf:
#  1. the signature is valid, PAdES (ETSI.CAdES.detached), SHA-256, the
#     whole file but the signature covered, and the bytes before the
#     update are the unsigned PDF's;
#  2. one byte changed after signing: pdfsig reports it invalid;
#  3. an expired certificate, one not for signatures, a wrong
#     passphrase, a file that is no certificate: clear errors (exit 1),
#     no output; no passphrase source: exit 2;
#  4. never over its input; a PDF signed once is refused again; not a
#     PDF: exit 1; the previous OUT stays when signing fails.
# Prints "sign: N passed, N failed" last.
BIN=$1
OUT=$2/sign
RUN=${NASKAH_RUN:-}
pass=0
fail=0
t() {	# t NAME STATUS
	if [ "$2" = 0 ]; then pass=$((pass + 1)); echo "ok: $1"
	else fail=$((fail + 1)); echo "FAIL: $1"; fi
}
rm -rf "$OUT"
mkdir -p "$OUT"
for tool in openssl pdfsig qpdf; do
	if ! command -v $tool > /dev/null 2>&1; then
		echo "skipped: naskah sign, because $tool is not installed"
		echo "sign: $pass passed, $fail failed"
		exit 0
	fi
done

# --- a CA, a signer, an expired signer, a TLS-only one ----------------
C=$OUT/ca
mkdir -p "$C/new"
: > "$C/index.txt"
echo 1000 > "$C/serial"
cat > "$C/ca.cnf" <<EOF
[ ca ]
default_ca = test
[ test ]
dir = $C
database = $C/index.txt
new_certs_dir = $C/new
serial = $C/serial
default_md = sha256
policy = any
copy_extensions = none
unique_subject = no
[ any ]
commonName = supplied
[ signer ]
keyUsage = critical, digitalSignature, nonRepudiation
basicConstraints = CA:FALSE
[ tls ]
keyUsage = critical, keyEncipherment
extendedKeyUsage = serverAuth
basicConstraints = CA:FALSE
EOF
{
	openssl req -x509 -newkey rsa:2048 -nodes -keyout "$C/ca.key" \
	    -out "$C/ca.pem" -days 30 -subj "/CN=Uji CA naskah" &&
	for who in signer expired tls; do
		openssl req -newkey rsa:2048 -nodes -keyout "$C/$who.key" \
		    -out "$C/$who.csr" -subj "/CN=Camat Uji $who" || exit 1
	done &&
	openssl ca -batch -config "$C/ca.cnf" -cert "$C/ca.pem" \
	    -keyfile "$C/ca.key" -in "$C/signer.csr" -out "$C/signer.pem" \
	    -extensions signer -days 30 &&
	openssl ca -batch -config "$C/ca.cnf" -cert "$C/ca.pem" \
	    -keyfile "$C/ca.key" -in "$C/expired.csr" -out "$C/expired.pem" \
	    -extensions signer -startdate 20200101000000Z \
	    -enddate 20210101000000Z &&
	openssl ca -batch -config "$C/ca.cnf" -cert "$C/ca.pem" \
	    -keyfile "$C/ca.key" -in "$C/tls.csr" -out "$C/tls.pem" \
	    -extensions tls -days 30 &&
	for who in signer expired tls; do
		openssl pkcs12 -export -inkey "$C/$who.key" -in "$C/$who.pem" \
		    -certfile "$C/ca.pem" -passout pass:rahasia-uji \
		    -out "$C/$who.p12" || exit 1
	done
} > "$OUT/ca.log" 2>&1
t "a throw-away CA and certificates made with openssl" $?
printf 'rahasia-uji\n' > "$OUT/pass"
printf 'salah\n' > "$OUT/wrong"

# --- 1. signed and valid ----------------------------------------------
D=examples/pasar-manna-2024.yaml
$RUN $BIN render --tanpa-tinjau "$D" -o "$OUT/iku.pdf" 2> "$OUT/render.err"
t "render the decree" $?
$RUN $BIN sign "$OUT/iku.pdf" -o "$OUT/signed.pdf" --p12 "$C/signer.p12" \
    --pass-file "$OUT/pass" --alasan "Penetapan IKU 2024" \
    --lokasi "Manna" > "$OUT/sign.out" 2> "$OUT/sign.err"
t "naskah sign exits 0, prints nothing ($(cat "$OUT/sign.err"))" \
    $([ $? = 0 ] && [ ! -s "$OUT/sign.err" ] && [ ! -s "$OUT/sign.out" ]; echo $?)
n=$(wc -c < "$OUT/iku.pdf")
head -c "$n" "$OUT/signed.pdf" | cmp -s - "$OUT/iku.pdf"
t "the signed PDF begins with the unsigned one, byte for byte ($n bytes)" $?
pdfsig "$OUT/signed.pdf" > "$OUT/pdfsig.txt" 2>&1
grep -q 'Signature Validation: Signature is Valid' "$OUT/pdfsig.txt"
t "pdfsig: Signature is Valid" $?
grep -q 'Signature Type: ETSI.CAdES.detached' "$OUT/pdfsig.txt"
t "pdfsig: Signature Type ETSI.CAdES.detached (PAdES)" $?
grep -q 'Signing Hash Algorithm: SHA-256' "$OUT/pdfsig.txt"
t "pdfsig: SHA-256" $?
grep -q 'Signer Certificate Common Name: Camat Uji signer' "$OUT/pdfsig.txt"
t "pdfsig: the signer's name" $?
grep -q 'Total document signed' "$OUT/pdfsig.txt"
t "pdfsig: the total document is signed" $?
qpdf --check "$OUT/signed.pdf" > "$OUT/qpdf.txt" 2>&1
t "qpdf --check of the signed PDF" $?
pdftotext "$OUT/signed.pdf" - 2> /dev/null | grep -q 'MEMUTUSKAN'
t "the signed PDF still reads (pdftotext)" $?

# --- 1b. on the TTE block -----------------------------------------------
T=examples/pasar-manna-2024-tte.yaml
$RUN $BIN render --tanpa-tinjau "$T" -o "$OUT/tte.pdf" 2> /dev/null &&
    $RUN $BIN render --tanpa-tinjau --dump=layout "$T" > "$OUT/tte.layout" 2> /dev/null &&
    $RUN $BIN sign "$OUT/tte.pdf" -o "$OUT/tte-signed.pdf" --p12 "$C/signer.p12" \
    --pass-file "$OUT/pass" 2> "$OUT/tte.err"
t "a TTE decree signed ($(head -n 1 "$OUT/tte.err"))" $?
pdfsig "$OUT/tte-signed.pdf" 2>&1 | grep -q 'Signature is Valid'
t "pdfsig: the TTE decree's signature is valid" $?
# the first QR code of the layout: its page and box, against the field's
awk '/^page / { p = $2 } /^  qr / && !q { q = 1; print p, $2, $3, $4, $5 }' \
    "$OUT/tte.layout" > "$OUT/tte.qr"
python3 - "$OUT/tte-signed.pdf" > "$OUT/tte.field" 2>&1 <<'EOF2'
import sys, json, subprocess
j = json.loads(subprocess.run(['qpdf', '--json', sys.argv[1]],
    capture_output=True).stdout)
objs = j['qpdf'][1]
pages = [p['object'] for p in j['pages']]
for k, v in objs.items():
    d = v.get('value')
    if isinstance(d, dict) and d.get('/FT') == '/Sig' and '/Rect' in d:
        print(pages.index(d['/P']) + 1 if d['/P'] in pages else -1,
              *('%.2f' % x for x in d['/Rect']))
EOF2
read qp qx1 qy1 qx2 qy2 < "$OUT/tte.qr"
read fp fx1 fy1 fx2 fy2 < "$OUT/tte.field"
h=$(sed -n 's/^layout [0-9]* pages [0-9.]*x\([0-9.]*\)$/\1/p' "$OUT/tte.layout")
[ "$fp" = "$qp" ] && [ "$fx1" = "$qx1" ] && [ "$fx2" = "$qx2" ] &&
    awk -v a="$fy1" -v b="$h" -v c="$qy2" 'BEGIN { d = a - (b - c); exit !(d < 0.02 && d > -0.02) }'
t "the signature field lies on the TTE block: page $fp, [$fx1 $fy1 $fx2 $fy2] (the QR code: page $qp, x $qx1-$qx2)" $?

# --- 2. a byte changed after signing ----------------------------------
off=$(grep -a -b -o 'MediaBox' "$OUT/signed.pdf" | head -n 1 | cut -d: -f1)
cp "$OUT/signed.pdf" "$OUT/changed.pdf"
printf 'X' | dd of="$OUT/changed.pdf" bs=1 seek="$off" conv=notrunc \
    2> /dev/null
pdfsig "$OUT/changed.pdf" > "$OUT/pdfsig-changed.txt" 2>&1
! grep -q 'Signature is Valid' "$OUT/pdfsig-changed.txt" &&
    grep -q 'Signature Validation:' "$OUT/pdfsig-changed.txt"
t "one byte changed after signing: pdfsig no longer finds it valid ($(sed -n 's/.*Signature Validation: //p' "$OUT/pdfsig-changed.txt"))" $?

# --- 3. certificates that must not sign -------------------------------
bad() {	# bad NAME EXIT PATTERN ARGS...: exits EXIT, says PATTERN, no file
	name=$1 want=$2 pat=$3
	shift 3
	rm -f "$OUT/bad.pdf"
	$RUN $BIN sign --lang=id "$OUT/iku.pdf" -o "$OUT/bad.pdf" "$@" > /dev/null \
	    2> "$OUT/bad.err" < /dev/null
	rc=$?
	[ $rc = "$want" ] && grep -q "$pat" "$OUT/bad.err" && [ ! -e "$OUT/bad.pdf" ]
	t "$name: exit $rc, $(head -n 1 "$OUT/bad.err")" $?
}
bad "an expired certificate" 1 "expired.p12: error: sertifikat sudah kedaluwarsa pada 2021-01-01" \
    --p12 "$C/expired.p12" --pass-file "$OUT/pass"
bad "a certificate not for signatures" 1 "bukan untuk tanda tangan digital" \
    --p12 "$C/tls.p12" --pass-file "$OUT/pass"
bad "a wrong passphrase" 1 "kata sandi salah" \
    --p12 "$C/signer.p12" --pass-file "$OUT/wrong"
bad "a file that is no certificate" 1 "bukan berkas sertifikat PKCS#12" \
    --p12 "$D" --pass-file "$OUT/pass"
bad "in English" 1 "expired.p12: error: the certificate expired on 2021-01-01" --lang=en \
    --p12 "$C/expired.p12" --pass-file "$OUT/pass"
if [ -r /dev/tty ] && (: < /dev/tty) 2> /dev/null; then
	echo "skipped: no passphrase source (exit 2), because this run has a terminal to ask on"
else
	bad "no --pass-file and no terminal" 2 "pass-file" --p12 "$C/signer.p12"
fi
bad "no --p12" 2 "naskah sign" --pass-file "$OUT/pass"

# --- 4. what it refuses ------------------------------------------------
cp "$OUT/iku.pdf" "$OUT/same.pdf"
$RUN $BIN sign "$OUT/same.pdf" -o "$OUT/same.pdf" --p12 "$C/signer.p12" \
    --pass-file "$OUT/pass" 2> "$OUT/same.err"
[ $? = 2 ] && cmp -s "$OUT/same.pdf" "$OUT/iku.pdf"
t "over its own input: exit 2, the input unchanged" $?
cp "$OUT/signed.pdf" "$OUT/in2.pdf"
$RUN $BIN sign --lang=id "$OUT/in2.pdf" -o "$OUT/again.pdf" --p12 "$C/signer.p12" \
    --pass-file "$OUT/pass" 2> "$OUT/again.err"
[ $? = 1 ] && grep -q 'formulir' "$OUT/again.err" && [ ! -e "$OUT/again.pdf" ]
t "a PDF signed once is not signed again: exit 1, no file" $?
$RUN $BIN sign --lang=id "$D" -o "$OUT/notpdf.pdf" --p12 "$C/signer.p12" \
    --pass-file "$OUT/pass" 2> "$OUT/notpdf.err"
[ $? = 1 ] && grep -q 'pasar-manna-2024.yaml: error: ini bukan berkas PDF' "$OUT/notpdf.err"
t "a YAML file is not a PDF: exit 1" $?
printf 'lama' > "$OUT/keep.pdf"
$RUN $BIN sign "$OUT/iku.pdf" -o "$OUT/keep.pdf" --p12 "$C/expired.p12" \
    --pass-file "$OUT/pass" 2> /dev/null
[ "$(cat "$OUT/keep.pdf")" = lama ]
t "a failed signing leaves the previous OUT as it was" $?

echo "sign: $pass passed, $fail failed"
[ $fail = 0 ]
