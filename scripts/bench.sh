#!/usr/bin/env bash
# Benchmarks factlint against grep on corpora made from ../shared/bench:
# wall time, MB/s, files/s and peak RSS for each size, side by side in one
# run. Usage: scripts/bench.sh [SIZES...]   (default: 1000 10000 100000)
set -euo pipefail
cd "$(dirname "$0")/.."
shared=../shared/bench
[ -d "$shared/corpus" ] || { echo "bench: $shared/corpus not found" >&2; exit 2; }
command -v /usr/bin/time >/dev/null || { echo "bench: needs GNU time (apt-get install time)" >&2; exit 2; }
sizes=("$@"); [ ${#sizes[@]} -gt 0 ] || sizes=(1000 10000 100000)
work=$(mktemp -d); trap 'rm -rf "$work"' EXIT
go build -o "$work/factlint" ./cmd/factlint

measure() { # label command... → "wall_s rss_kib"
  /usr/bin/time -f '%e %M' -o "$work/time" "$@" >/dev/null 2>&1 || true
  cat "$work/time"
}

printf '%s\n' "| files | MB | tool | wall s | MB/s | files/s | peak RSS MiB | ratio to grep |" "|--:|--:|---|--:|--:|--:|--:|--:|"
for n in "${sizes[@]}"; do
  corpus="$work/c$n"
  bash "$shared/scale.sh" "$n" "$corpus" >/dev/null
  bytes=$(find "$corpus" -type f -printf '%s\n' | awk '{s+=$1} END {print s}')
  mb=$(awk -v b="$bytes" 'BEGIN {printf "%.1f", b/1e6}')
  measure grep -rcE '[0-9]+' "$corpus" >/dev/null # warm the cache
  read -r gw grss < <(measure grep -rcE '[0-9]+' "$corpus")
  read -r fw frss < <(measure "$work/factlint" check --fail-on none --format json "$corpus")
  # the opt-in cache: a first run fills it, a second over the unchanged corpus reads it
  rm -rf "$work/cache"
  read -r cw crss < <(measure "$work/factlint" check --fail-on none --format json --cache "$work/cache" "$corpus")
  read -r ww wrss < <(measure "$work/factlint" check --fail-on none --format json --cache "$work/cache" "$corpus")
  rm -rf "$work/cache"
  for row in "grep $gw $grss" "factlint $fw $frss" "factlint_--cache_(filling) $cw $crss" "factlint_--cache_(unchanged) $ww $wrss"; do
    set -- $row
    awk -v n="$n" -v mb="$mb" -v b="$bytes" -v t="$1" -v w="$2" -v r="$3" -v g="$gw" 'BEGIN {
      w = (w < 0.001 ? 0.001 : w)
      gsub(/_/, " ", t); printf "| %d | %s | %s | %.3f | %.1f | %.0f | %.1f | %.1f |\n", n, mb, t, w, b/1e6/w, n/w, r/1024, w/(g < 0.001 ? 0.001 : g) }'
  done
  rm -rf "$corpus"
done
echo
echo "machine: $(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GiB", $2/1048576}' /proc/meminfo), $(go version | cut -d' ' -f3)"
