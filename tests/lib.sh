# SPDX-License-Identifier: ISC
# tests/lib.sh - what the shell suites share, sourced after SUITE (the
# suite's name, or empty) is set: t NAME STATUS counts a check (status
# 0: passed) and says it, "ok: NAME" or "FAIL: SUITE: NAME"; the suite
# prints "SUITE: $pass passed, $fail failed" at its end itself.
pass=0
fail=0
t() {	# t NAME STATUS
	if [ "$2" = 0 ]; then pass=$((pass + 1)); echo "ok: $1"
	else fail=$((fail + 1)); echo "FAIL: ${SUITE:+$SUITE: }$1"; fi
}
