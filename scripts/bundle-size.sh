#!/usr/bin/env bash
# Prints the release bundle's size: each wasm and js file in dist/, raw and gzip -9, and totals.
# With --budget KB it fails when the gzip total is over KB (issue 6: 350 KB, wasm + js).
set -euo pipefail
cd "$(dirname "$0")/.."
budget=""
if [ "${1:-}" = "--budget" ]; then
  budget="$2"
  shift 2
fi
dist="${1:-dist}"
shopt -s nullglob
files=("$dist"/*.wasm "$dist"/*.js)
if [ ${#files[@]} -eq 0 ]; then
  echo "bundle-size: no .wasm or .js in $dist (run trunk build --release first)" >&2
  exit 1
fi
raw_total=0
gz_total=0
printf '%-44s %10s %10s\n' "file" "raw B" "gzip-9 B"
for file in "${files[@]}"; do
  raw=$(wc -c <"$file")
  gz=$(gzip -9 -c "$file" | wc -c)
  raw_total=$((raw_total + raw))
  gz_total=$((gz_total + gz))
  printf '%-44s %10d %10d\n' "$(basename "$file")" "$raw" "$gz"
done
printf '%-44s %10d %10d\n' "total (wasm + js)" "$raw_total" "$gz_total"
printf 'bundle: %d KB raw, %d KB gzip -9\n' "$((raw_total / 1024))" "$((gz_total / 1024))"
if [ -n "$budget" ]; then
  limit=$((budget * 1024))
  if [ "$gz_total" -gt "$limit" ]; then
    echo "bundle-size: $gz_total B gzip is over the budget of $budget KB ($limit B); ARCHITECTURE.md, \"Bundle size\", says where the bytes go" >&2
    exit 1
  fi
  echo "within the budget of $budget KB gzip: $((limit - gz_total)) B to spare"
fi
