#!/bin/sh
# SPDX-License-Identifier: ISC
# tests/fuzz/seeds.sh DIR - the fuzz targets' seed corpora, from every
# YAML, font and image in the tree (run from the top of the tree):
#
#   DIR/seed-load      every YAML
#   DIR/seed-pipeline  every YAML, each decree template as --template
#                      of the example decree ("#>> =template"), each
#                      diff case as a bundle ("#>> =baru"), the inputs
#                      of past findings
#   DIR/seed-ttf       fonts/*.ttf
#   DIR/seed-image     every PNG and JPEG, and a file that is neither
#   DIR/seed-pdf       tests/fuzz/pdf/*.pdf (PDFs naskah rendered from
#                      examples/, cut down, and hand-broken ones), the
#                      inputs of past findings
set -e
out=${1:?usage: seeds.sh DIR}
rm -rf "$out/seed-load" "$out/seed-pipeline" "$out/seed-ttf" "$out/seed-image" \
    "$out/seed-pdf"
mkdir -p "$out/seed-load" "$out/seed-pipeline" "$out/seed-ttf" "$out/seed-image" \
    "$out/seed-pdf"
# a name from the path, so files of the same name in two places stay
name() { printf '%s\n' "$1" | sed 's|^\./||; s|/|_|g'; }
find examples templates tests/regress tests/bad tests/diff -name '*.yaml' |
while read -r y; do
	cp "$y" "$out/seed-load/$(name "$y")"
	cp "$y" "$out/seed-pipeline/$(name "$y")"
done
for t in templates/keputusan.yaml tests/regress/templat/kolom-iku.yaml \
    tests/regress/templat/keputusan-susun.yaml \
    tests/bad/templat/*.yaml; do
	{ cat examples/pasar-manna-2024.yaml; echo '#>> =template'; cat "$t"; } \
	    > "$out/seed-pipeline/template_$(name "$t")"
done
for c in tests/diff/*/; do
	{ cat "${c}old.yaml"; echo '#>> =baru'; cat "${c}new.yaml"; } \
	    > "$out/seed-pipeline/diff_$(basename "$c")"
done
{ cat examples/pasar-manna-2024.yaml; echo '#>> =baru';
  cat examples/pasar-manna-2024-perubahan.yaml; } > "$out/seed-pipeline/diff_example"
for f in tests/fuzz/found/pipeline/*; do
	[ -f "$f" ] && cp "$f" "$out/seed-pipeline/found_$(basename "$f")"
done
cp fonts/*.ttf "$out/seed-ttf/"
for f in tests/fuzz/found/ttf/*; do
	[ -f "$f" ] && cp "$f" "$out/seed-ttf/found_$(basename "$f")"
done
find . -path ./build -prune -o \( -name '*.png' -o -name '*.jpg' \) -print |
while read -r i; do
	cp "$i" "$out/seed-image/$(name "$i")"
done
cp tests/bad/not-an-image.txt "$out/seed-image/"
for f in tests/fuzz/found/image/*; do
	[ -f "$f" ] && cp "$f" "$out/seed-image/found_$(basename "$f")"
done
cp tests/fuzz/pdf/*.pdf "$out/seed-pdf/"
for f in tests/fuzz/found/pdf/*; do
	[ -f "$f" ] && cp "$f" "$out/seed-pdf/found_$(basename "$f")"
done
exit 0
