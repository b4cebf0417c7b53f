#!/bin/sh
# SPDX-License-Identifier: ISC
# tests/structure.sh BIN OUT - the shape of the source tree:
#  - no source file over 800 lines, no function over 120 lines;
#  - includes run one way between the stage folders
#    (base <- yaml <- model <- load <- review <- font <- layout <- render,
#    sign (issue 17, beside render) <- lib <- serve <- cli), the command line includes only the public header, its
#    own files and the helpers of base/ (allocation, UTF-8, files,
#    the wording of messages) and serve/'s header, naskah serve (issue
#    16) only the public header, its own files and base/, the model, font, layout and render
#    include nothing of yaml/ or load/, only render/ includes hpdf.h
#    and only yaml/ yaml.h, only sign/ OpenSSL's headers;
#  - no two objects use each other's symbols (a cycle between files),
#    and no object uses a symbol of a later stage (read with nm);
#  - the header dependencies of Makefile.depend are current.
# Prints "structure: N passed, N failed" last.
out=$2
pass=0
fail=0
ok() { pass=$((pass + 1)); echo "ok: $*"; }
ko() { fail=$((fail + 1)); echo "FAIL: $*"; }

rank() {
	case $1 in
	base) echo 0 ;; yaml) echo 1 ;; model) echo 2 ;; load) echo 3 ;;
	review) echo 4 ;; font) echo 5 ;; layout) echo 6 ;; render) echo 7 ;;
	sign) echo 7 ;; lib) echo 8 ;; serve) echo 9 ;; cli) echo 10 ;; *) echo 99 ;;
	esac
}

# lengths
long=$(find src include -name '*.[ch]' -o -name '*.def' 2>/dev/null |
    xargs wc -l | awk '$2 != "total" && $1 > 800 { print $2 " (" $1 " lines)" }')
if [ -z "$long" ]; then ok "no source file over 800 lines"
else ko "files over 800 lines: $long"; fi
# a function opens with "{" alone in column 1 and closes with "}" there
funcs=$(find src -name '*.c' | xargs awk '
	FNR == 1 { start = 0 }
	/^[a-z_][a-z0-9_]*\(/ { name = $0; sub(/\(.*/, "", name) }
	/^\{/ { start = FNR }
	/^\}/ && start { n = FNR - start + 1
		if (n > 120) print FILENAME ":" start ": " name " (" n " lines)"
		start = 0 }')
if [ -z "$funcs" ]; then ok "no function over 120 lines"
else ko "functions over 120 lines:"; echo "$funcs"; fi

# includes between folders
bad=
for f in $(find src -name '*.[ch]' -o -name '*.def'); do
	dir=${f#src/}
	dir=${dir%%/*}
	r=$(rank "$dir")
	for inc in $(sed -n 's/^#include "\([^"]*\)".*/\1/p' "$f"); do
		case $inc in
		*/*) to=${inc%%/*} ;;
		*) continue ;;	# its own folder's or the public header
		esac
		if [ "$dir" = cli ]; then
			[ "$to" = cli ] || [ "$to" = base ] || [ "$inc" = serve/serve.h ] || bad="$bad
$f includes $inc (the command line uses only naskah.h, cli/, base/ and serve/serve.h)"
			continue
		fi
		# issue 16: the server stands on the public API alone
		if [ "$dir" = serve ]; then
			[ "$to" = serve ] || [ "$to" = base ] || bad="$bad
$f includes $inc (naskah serve uses only naskah.h, serve/ and base/)"
			continue
		fi
		[ "$(rank "$to")" -le "$r" ] || bad="$bad
$f includes $inc"
		# the model knows no YAML; layout and render see the model
		case $dir:$to in
		model:yaml | model:load | font:yaml | font:load | \
		layout:yaml | layout:load | render:yaml | render:load)
			bad="$bad
$f includes $inc (the $dir knows no YAML)" ;;
		esac
	done
	# one library per folder: libharu in render/, libyaml in yaml/
	grep -q '^#include <hpdf' "$f" && [ "$dir" != render ] &&
	    bad="$bad
$f includes hpdf.h (only render/ may)"
	grep -q '^#include <yaml.h>' "$f" && [ "$dir" != yaml ] &&
	    bad="$bad
$f includes yaml.h (only yaml/ may)"
	grep -q '^#include <openssl/' "$f" && [ "$dir" != sign ] &&
	    bad="$bad
$f includes OpenSSL (only sign/ may)"
done
if [ -z "$bad" ]; then ok "includes run one way between the stage folders"
else ko "includes against the stage order:$bad"; fi

# symbols between objects: who defines what, who uses what
objs=$(find src -name '*.o' | sort)
if [ -z "$objs" ] || ! command -v nm >/dev/null; then
	echo "skipped: symbol cycles, because no objects are built or there is no nm"
else
	for o in $objs; do
		nm "$o" | awk -v o="$o" '$2 ~ /^[TDBR]$/ { print "def", $3, o }
		    $1 == "U" { print "use", $2, o }'
	done > "$out/structure.syms"
	awk '
	$1 == "def" { def[$2] = $3 }
	$1 == "use" { use[n++] = $2 " " $3 }
	function folder(p) { sub(/^src\//, "", p); sub(/\/.*/, "", p); return p }
	END {
		rank["base"] = 0; rank["yaml"] = 1; rank["model"] = 2
		rank["load"] = 3; rank["review"] = 4; rank["font"] = 5
		rank["layout"] = 6; rank["render"] = 7; rank["lib"] = 8
		rank["serve"] = 9; rank["cli"] = 10
		for (i = 0; i < n; i++) {
			split(use[i], u, " ")
			if (!(u[1] in def) || def[u[1]] == u[2]) continue
			edge[u[2] " " def[u[1]]] = u[1]
			if (rank[folder(def[u[1]])] > rank[folder(u[2])])
				print "upward: " u[2] " uses " u[1] " of " def[u[1]]
		}
		for (e in edge) {
			split(e, p, " ")
			if ((p[2] " " p[1]) in edge && p[1] < p[2])
				print "cycle: " p[1] " (" edge[e] ") <-> " p[2] " (" edge[p[2] " " p[1]] ")"
		}
	}' "$out/structure.syms" | sort > "$out/structure.bad"
	if [ -s "$out/structure.bad" ]; then
		ko "objects that depend on each other or on a later stage:"
		cat "$out/structure.bad"
	else
		ok "no cycle between objects, no use of a later stage"
	fi
fi

# Makefile.depend
if command -v cc >/dev/null && [ -f Makefile.depend ]; then
	cp Makefile.depend "$out/Makefile.depend.old"
	if make -s depend >/dev/null 2>&1 &&
	    cmp -s Makefile.depend "$out/Makefile.depend.old"; then
		ok "Makefile.depend is current"
	else
		ko "Makefile.depend is not current (run make depend):"
		diff "$out/Makefile.depend.old" Makefile.depend | head -20
		cp "$out/Makefile.depend.old" Makefile.depend
	fi
else
	echo "skipped: the Makefile.depend check, because there is no cc or no Makefile.depend"
fi
echo "structure: $pass passed, $fail failed"
