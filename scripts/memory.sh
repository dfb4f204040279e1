#!/usr/bin/env bash
# Measures the memory of `factlint check` on one large draft: peak RSS
# (GNU time) over the draft's size, for drafts of 10 and 50 MB written by
# scripts/largedraft (synthetic news paragraphs: tolls, money, quotes,
# named officials). Issue 30 asks for a ratio under 10.
# Usage: scripts/memory.sh [MB...]   (default: 10 50)
#   FACTLINT=path/to/binary measures that binary instead of a fresh build.
set -euo pipefail
cd "$(dirname "$0")/.."
command -v /usr/bin/time >/dev/null || { echo "memory: needs GNU time (apt-get install time)" >&2; exit 2; }
sizes=("$@"); [ ${#sizes[@]} -gt 0 ] || sizes=(10 50)
work=$(mktemp -d); trap 'rm -rf "$work"' EXIT
bin=${FACTLINT:-}
if [ -z "$bin" ]; then bin=$work/factlint; go build -o "$bin" ./cmd/factlint; fi
go build -o "$work/largedraft" ./scripts/largedraft

printf '%s\n' "| draft MB | claims | exit | wall s | peak RSS MiB | RSS / size |" "|--:|--:|--:|--:|--:|--:|"
for mb in "${sizes[@]}"; do
  draft=$work/draft-$mb.md
  "$work/largedraft" "$mb" >"$draft"
  bytes=$(stat -c %s "$draft")
  # exit 1 is findings, 2 a tool or rule error: both still measure the run
  code=0
  /usr/bin/time -f '%e %M' -o "$work/time" "$bin" check --fail-on none --format json "$draft" >"$work/out" 2>"$work/err" || code=$?
  claims=$(grep -o '"claims": *[0-9]*' "$work/out" | tail -n 1 | grep -o '[0-9]*$' || echo 0)
  read -r wall rss < <(tail -n 1 "$work/time") # after time's "Command exited with non-zero status"
  awk -v mb="$mb" -v n="$claims" -v c="$code" -v w="$wall" -v r="$rss" -v b="$bytes" 'BEGIN {
    printf "| %d | %d | %d | %.2f | %.1f | %.1f |\n", mb, n, c, w, r/1024, r*1024/b }'
  [ "$code" -le 1 ] || sed 's/^/    /' "$work/err" | head -3 >&2
done
echo
echo "machine: $(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GiB", $2/1048576}' /proc/meminfo), $(go version | cut -d' ' -f3)"
