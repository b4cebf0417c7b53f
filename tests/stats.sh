#!/bin/sh
# SPDX-License-Identifier: ISC
# tests/stats.sh NAME < DUMP - the line of tests/regress/STATS for the
# input NAME, from its --dump=layout on standard input: the page count
# and first page's size (the "layout" line) and the typesetting figures
# (the "stats" line).  Exits 1, printing nothing, when the dump lacks
# either line.  tests/run.sh compares each line with STATS, figure by
# figure; tests/regen.sh offers to rewrite the lines that changed.
awk -v name="$1" '
	$1 == "layout" && $3 == "pages" { pages = $2; size = $4 }
	$1 == "stats" {
		for (i = 2; i < NF; i += 2) v[$i] = $(i + 1)
		got = 1
	}
	END {
		if (pages == "" || !got) exit 1
		printf "%-44s pages=%s size=%s justified=%s max_ratio=%s", name, pages, size,
		    v["justified-lines"], v["max-space-ratio"]
		printf " hyphens=%s overfull=%s widows=%s orphans=%s forced=%s\n",
		    v["hyphens"], v["overfull"], v["widows"], v["orphans"], v["forced-breaks"]
	}'
