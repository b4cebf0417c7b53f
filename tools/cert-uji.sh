#!/bin/sh
# SPDX-License-Identifier: ISC
# tools/cert-uji.sh DIR - a test certificate to sign examples with
# (make examples): DIR/uji.p12, its passphrase in DIR/sandi, issued by
# a throw-away certification authority DIR/ca.pem that nobody trusts.
# Made once with openssl; kept while it is valid for 30 more days.  Not
# a BSrE certificate: a PDF signed with it proves only that signing
# works.
set -e
dir=$1
[ -n "$dir" ] || { echo "usage: tools/cert-uji.sh DIR" >&2; exit 2; }
command -v openssl > /dev/null 2>&1 ||
    { echo "cert-uji: openssl is missing (Debian: apt-get install openssl)" >&2; exit 3; }
if [ -f "$dir/uji.p12" ] && [ -f "$dir/sandi" ] &&
    openssl x509 -in "$dir/uji.pem" -noout -checkend 2592000 > /dev/null 2>&1; then
	exit 0
fi
mkdir -p "$dir"
cat > "$dir/uji.cnf" <<CNF
[ signer ]
keyUsage = critical, digitalSignature, nonRepudiation
basicConstraints = CA:FALSE
CNF
openssl req -x509 -newkey rsa:2048 -nodes -keyout "$dir/ca.key" -out "$dir/ca.pem" \
    -days 3650 -subj "/CN=naskah CA uji (bukan BSrE)" 2> /dev/null
openssl req -newkey rsa:2048 -nodes -keyout "$dir/uji.key" -out "$dir/uji.csr" \
    -subj "/CN=Camat Pasar Manna (sertifikat uji)" 2> /dev/null
openssl x509 -req -in "$dir/uji.csr" -CA "$dir/ca.pem" -CAkey "$dir/ca.key" \
    -CAcreateserial -days 365 -sha256 -extfile "$dir/uji.cnf" -extensions signer \
    -out "$dir/uji.pem" 2> /dev/null
printf 'sandi-uji\n' > "$dir/sandi"
openssl pkcs12 -export -inkey "$dir/uji.key" -in "$dir/uji.pem" -certfile "$dir/ca.pem" \
    -passout file:"$dir/sandi" -out "$dir/uji.p12"
