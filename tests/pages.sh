#!/bin/sh
# tests/pages.sh BIN OUTDIR - the pages of a decree and of a book, read
# back from --dump=layout and from the PDF's text: kata penyambung,
# label lists, organisation charts.  Prints "pages: N passed, N failed".
BIN=$1
OUT=$2/pages
RUN=${NASKAH_RUN:-}
mkdir -p "$OUT"
pass=0
fail=0
t() {	# t NAME STATUS
	if [ "$2" = 0 ]; then pass=$((pass + 1)); echo "ok: $1"
	else fail=$((fail + 1)); echo "FAIL: $1"; fi
}
BOOK=examples/pasar-manna-2024-buku.yaml

# dump YAML NAME: its --dump=layout into $OUT/NAME.layout
dump() {
	$RUN $BIN render --lang=en --dump=layout "$1" > "$OUT/$2.layout" 2> "$OUT/$2.err"
}

# --- kata penyambung --------------------------------------------------
# the decree inside the book ends its pages as the decree alone does
$RUN $BIN render --lang=en "$BOOK" -o "$OUT/buku.pdf" 2> /dev/null &&
    pdftotext -f 2 -l 2 -layout "$OUT/buku.pdf" - 2> /dev/null |
    grep -v '^[[:space:]]*$' | tail -n 1 | grep -q '[^ ] \. \. \.$'
t "the book's decree: a kata penyambung on its first page" $?

# --- label lists ("Maju : ...") ---------------------------------------
# every colon of a list of terms stands on the baseline of a line to its
# left on the same page (the term), none alone at a page's foot
colons() {
	awk '/^page / { p = $2; next }
	    $1 == "line" && $NF == "\":\"" { c[++n] = p " " $3; cx[n] = $2; next }
	    $1 == "line" { at[p " " $3] = at[p " " $3] " " $2 }
	    END { if (n == 0) exit 1
		for (i = 1; i <= n; i++) {
			k = split(at[c[i]], xs, " "); ok = 0
			for (j = 1; j <= k; j++) if (xs[j] + 0 < cx[i] + 0) ok = 1
			if (!ok) { print "colon alone: page/y " c[i]; bad = 1 } }
		exit bad }' "$1"
}
dump tests/pages/terms-break.yaml terms && colons "$OUT/terms.layout"
t "terms over pages: each colon on its term's baseline and page" $?
dump "$BOOK" buku && colons "$OUT/buku.layout"
t "the book's visi/misi: each colon on its term's baseline and page" $?

echo "pages: $pass passed, $fail failed"
