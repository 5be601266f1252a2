#!/usr/bin/env bash
# check-metainfo.sh METAINFO SCREENSHOT_DIR HOMEPAGE: every screenshot the configured AppStream
# metainfo lists is a PNG in the tree (resources/screenshots/) with the size it states, under the
# homepage; then appstreamcli validates the file (when installed; the package test always does).
set -euo pipefail
metainfo=$1 dir=$2 homepage=$3
fail() { echo "FAIL: $*" >&2; exit 1; }

images=$(grep -o '<image [^>]*>[^<]*</image>' "$metainfo") || fail "no <image> in $metainfo"
count=0
while read -r image; do
  url=$(sed 's/.*>\(.*\)<\/image>/\1/' <<<"$image")
  width=$(sed -n 's/.*width="\([0-9]*\)".*/\1/p' <<<"$image")
  height=$(sed -n 's/.*height="\([0-9]*\)".*/\1/p' <<<"$image")
  case "$url" in "$homepage"/screenshots/*.png) ;; *) fail "$url is not under $homepage/screenshots/" ;; esac
  file=$dir/${url##*/}
  [ -f "$file" ] || fail "$url: no $file"
  # The PNG header's IHDR: width and height, big-endian, at bytes 16 and 20.
  read -r w1 w2 w3 w4 h1 h2 h3 h4 < <(od -An -tu1 -j16 -N8 "$file")
  actual_w=$(((w1 << 24) + (w2 << 16) + (w3 << 8) + w4))
  actual_h=$(((h1 << 24) + (h2 << 16) + (h3 << 8) + h4))
  [ "$actual_w x $actual_h" = "$width x $height" ] ||
    fail "$file is ${actual_w}x$actual_h, the metainfo says ${width}x$height"
  size=$(stat -c %s "$file")
  [ "$size" -le 150000 ] || fail "$file is $size bytes: optimise it (optipng -o7)"
  echo "$url: $file ${width}x$height, $size bytes"
  count=$((count + 1))
done <<<"$images"
echo "$count screenshots"
if command -v appstreamcli >/dev/null; then
  appstreamcli validate --no-net --explain "$metainfo"
fi
