#!/usr/bin/env bash
# Checks that a change to the extractor changes no claim: runs
# `factlint claims --format json` with an old and a new binary over the
# bench corpus and every dev set, and compares the outputs byte for byte,
# ignoring only the "by" and "speaker_by" fields (the names of the pattern
# that produced a claim and of the reading that found a quote's speaker),
# which the old binary may lack.
#
# Usage: scripts/claims-identical.sh OLD_BINARY [NEW_BINARY]
#   NEW_BINARY defaults to a fresh build of ./cmd/factlint.
# Build an old binary at a commit with e.g.
#   git worktree add /tmp/old <commit> && (cd /tmp/old && go build -o /tmp/factlint-old ./cmd/factlint)
# Exits 0 when every output is identical, 1 when one differs (the first
# differing lines are printed), 2 on a tool error.
set -euo pipefail
cd "$(dirname "$0")/.."
[ $# -ge 1 ] || { echo "usage: $0 OLD_BINARY [NEW_BINARY]" >&2; exit 2; }
old=$1
work=$(mktemp -d); trap 'rm -rf "$work"' EXIT
if [ $# -ge 2 ]; then new=$2; else new=$work/factlint-new; go build -o "$new" ./cmd/factlint; fi
command -v python3 >/dev/null || { echo "claims-identical: needs python3" >&2; exit 2; }

shared=${SHARED:-../shared}
sets=(
  "$shared/bench/corpus"
  "$shared/eval/dev/gva/articles"
  "$shared/eval/dev/gvc/articles"
  "$shared/eval/dev/polnear/articles"
  "$shared/eval/dev/polnear-train/articles"
  "$shared/eval/dev/newsquant"
)

# strip deletes every `"by": "…"` and `"speaker_by": "…"` line of an indented JSON output, and the
# comma it leaves on the line before when it was an object's last field, so
# the result is what the binary would print without the field.
strip() {
  python3 - "$1" "$2" <<'PY'
import re, sys
src, dst = sys.argv[1], sys.argv[2]
by = re.compile(rb'^\s*"(?:speaker_)?by": "(?:[^"\\]|\\.)*"(,?)\n$')
out = []
with open(src, 'rb') as f:
    for line in f:
        m = by.match(line)
        if not m:
            out.append(line)
            continue
        if m.group(1) == b'' and out and out[-1].endswith(b',\n'):
            out[-1] = out[-1][:-2] + b'\n'
with open(dst, 'wb') as f:
    f.writelines(out)
PY
}

status=0
for set in "${sets[@]}"; do
  [ -d "$set" ] || { echo "claims-identical: $set not found" >&2; exit 2; }
  name=$(echo "$set" | sed 's|.*/shared/||; s|/|_|g')
  "$old" claims --format json "$set" >"$work/$name.old" || { echo "claims-identical: old binary failed on $set" >&2; exit 2; }
  "$new" claims --format json "$set" >"$work/$name.new" || { echo "claims-identical: new binary failed on $set" >&2; exit 2; }
  strip "$work/$name.old" "$work/$name.old.s"
  strip "$work/$name.new" "$work/$name.new.s"
  n=$(grep -c '^      "kind"' "$work/$name.old.s" || true)
  if cmp -s "$work/$name.old.s" "$work/$name.new.s"; then
    echo "identical  $set ($n claims, $(wc -c <"$work/$name.old.s") bytes)"
  else
    echo "DIFFERENT  $set"
    diff "$work/$name.old.s" "$work/$name.new.s" | head -40
    status=1
  fi
done
exit $status
