#!/usr/bin/env bash
# Writes a copy of content/ with every topic page present 10 times: the original and 9 numbered copies.
# Used by bench/run.sh and bench/search.sh to measure the site at 10 times its size.
#
#   bash bench/grow-content.sh SOURCE_CONTENT_DIR TARGET_DIR
#
# A copy gets a later order and "(copy k)" in its title, and loses its aliases (an old address has one
# page) and its figure blocks (a figure has one permanent place).
set -euo pipefail
SRC=${1:?usage: grow-content.sh SOURCE_CONTENT_DIR TARGET_DIR}
DST=${2:?usage: grow-content.sh SOURCE_CONTENT_DIR TARGET_DIR}
rm -rf "$DST"
cp -r "$SRC" "$DST"
n=0
for f in "$SRC"/topics/*.md; do
    slug=$(basename "$f" .md)
    for k in $(seq 1 9); do
        n=$((n + 1))
        sed -e "0,/^order: .*/s//order: $((100 + n))/" -e "0,/^title: \(.*\)/s//title: \1 (copy $k)/" \
            -e '/^aliases:/d' -e '/^```figure/,/^```$/d' "$f" >"$DST/topics/$slug-copy-$k.md"
    done
done
