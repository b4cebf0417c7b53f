#!/bin/sh
# SPDX-License-Identifier: ISC
# tests/review-cases.sh BIN OUT - every rule of the reviewer made to
# speak on a real document and shown silent on it (issue 15, "done
# when"): for each line of tests/review/cases, a copy of examples/ and
# tests/regress/ gets one departure from the rules; `naskah check` of
# the changed document names the rule, `naskah check` of the unchanged
# one does not.  Every rule `naskah --aturan` lists must have a case.
#
# Prints "review-cases: N passed, N failed" last.
BIN=$1
OUT=$2/review-cases
RUN=${NASKAH_RUN:-}
CASES=tests/review/cases
rm -rf "$OUT"
mkdir -p "$OUT"
pass=0
fail=0
t() {
	if [ "$2" = 0 ]; then pass=$((pass + 1)); echo "ok: $1"
	else fail=$((fail + 1)); echo "FAIL: $1"; fi
}

# a fresh copy of the documents and the templates they name
fresh() {
	rm -rf "$OUT/tree"
	mkdir -p "$OUT/tree/tests"
	cp -R examples templates fonts "$OUT/tree/" &&
	    cp -R tests/regress "$OUT/tree/tests/"
}

# replace FILE TEXT REPLACEMENT: the first TEXT (with "\n" for a new
# line) in FILE by REPLACEMENT; exit 1 when TEXT is not in FILE
replace() {
	awk -v from="$2" -v to="$3" '
	BEGIN { gsub(/\\n/, "\n", from); gsub(/\\n/, "\n", to); RS = "\001" }
	{ s = $0 }
	END {
		i = index(s, from)
		if (i == 0) exit 1
		printf "%s%s%s", substr(s, 1, i - 1), to,
		    substr(s, i + length(from))
	}' "$1" > "$1.new" && mv "$1.new" "$1"
}

"$BIN" --aturan --lang=en 2> /dev/null | sed -n 's/^\([a-z0-9-]*\) (.*/\1/p' |
    sort -u > "$OUT/rules"
[ -s "$OUT/rules" ]
t "naskah --aturan lists the rules ($(wc -l < "$OUT/rules"))" $?
grep -v '^#' "$CASES" | cut -d'|' -f1 | sort -u > "$OUT/covered"
comm -23 "$OUT/rules" "$OUT/covered" > "$OUT/missing"
[ ! -s "$OUT/missing" ]
t "every rule has a case in $CASES (missing: $(tr '\n' ' ' < "$OUT/missing"))" $?
comm -13 "$OUT/rules" "$OUT/covered" > "$OUT/unknown"
[ ! -s "$OUT/unknown" ]
t "every case names a rule (unknown: $(tr '\n' ' ' < "$OUT/unknown"))" $?

grep -v '^#' "$CASES" | while IFS='|' read -r rule file from to checked; do
	[ -n "$rule" ] || continue
	checked=${checked:-$file}
	fresh
	$RUN "$BIN" check --lang=en "$OUT/tree/$checked" > /dev/null 2> "$OUT/$rule.before"
	! grep -q "\[$rule\]" "$OUT/$rule.before"
	t "$rule: silent on $checked as it is" $?
	if replace "$OUT/tree/$file" "$from" "$to"; then
		$RUN "$BIN" check --lang=en "$OUT/tree/$checked" > /dev/null \
		    2> "$OUT/$rule.after"
		grep -q "\[$rule\]" "$OUT/$rule.after"
		t "$rule: speaks once $file is changed ($(grep "\[$rule\]" "$OUT/$rule.after" | head -n 1 | cut -c1-160))" $?
	else
		t "$rule: the case's text is in $file" 1
	fi
done > "$OUT/log"
cat "$OUT/log"
pass=$((pass + $(grep -c '^ok: ' "$OUT/log")))
fail=$((fail + $(grep -c '^FAIL: ' "$OUT/log")))
echo "review-cases: $pass passed, $fail failed"
[ "$fail" = 0 ]
