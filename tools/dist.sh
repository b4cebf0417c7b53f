#!/bin/sh
# SPDX-License-Identifier: ISC
# tools/dist.sh [OUTDIR] - the source tarball naskah-VERSION.tar.gz of
# the commit checked out (HEAD), into OUTDIR (default: the current
# directory): every tracked file under naskah-VERSION/, in git's order
# (sorted by path), each with the commit's time as its mtime, owner and
# group 0, modes 644/755 (git archive with tar.umask 022), compressed by
# gzip -n -9 (no name or time in its header).  The same commit gives the
# same bytes on any machine: nothing of the checkout, the clock or the
# user goes in.  Changes not committed are not in it: it says so.
set -e
out=${1:-.}
[ -d .git ] || [ -f .git ] || git rev-parse --git-dir > /dev/null 2>&1 || {
	echo "dist: not a git checkout: the tarball is made from a commit" >&2
	exit 2
}
v=$(cat VERSION)
name=naskah-$v
git diff --quiet HEAD -- 2> /dev/null ||
	echo "dist: note: changes not committed are not in $name.tar.gz" >&2
mkdir -p "$out"
git -c tar.umask=022 archive --format=tar --prefix="$name/" HEAD |
    gzip -n -9 > "$out/$name.tar.gz.tmp"
mv "$out/$name.tar.gz.tmp" "$out/$name.tar.gz"
echo "$out/$name.tar.gz"
