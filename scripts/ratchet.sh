#!/usr/bin/env bash
# The precision ratchet: scores the dev sets gva and gvc of ../shared/eval
# with a fresh build and fails when a metric is worse than its floor in
# scripts/ratchet.floors. Without ../shared/eval it says so and passes: the
# sets are not part of the repository. Usage: scripts/ratchet.sh
set -euo pipefail
cd "$(dirname "$0")/.."
eval=../shared/eval
if [ ! -x "$eval/score" ] || [ ! -d "$eval/dev/gva" ] || [ ! -d "$eval/dev/gvc" ]; then
  echo "ratchet: skipped: $eval/score and its dev sets gva and gvc are not here"
  exit 0
fi
command -v python3 >/dev/null || { echo "ratchet: needs python3 (the scorer is Python)" >&2; exit 2; }
work=$(mktemp -d); trap 'rm -rf "$work"' EXIT
go build -o "$work/factlint" ./cmd/factlint
for set in gva gvc; do
  "$eval/score" "$eval/dev/$set" "$work/factlint" >"$work/$set.out" 2>"$work/$set.err" &
done
wait
python3 - "$work" scripts/ratchet.floors <<'PY'
import re, sys
work, floors = sys.argv[1], sys.argv[2]
def summary(name):
    lines = [l for l in open(f"{work}/{name}.out").read().splitlines() if l.startswith(name + ":")]
    if not lines:
        sys.exit(f"ratchet: the {name} scorer printed no summary line:\n" + open(f"{work}/{name}.err").read()[-2000:])
    return lines[-1]
got = {}
for name in ("gva", "gvc"):
    line = summary(name)
    print(line)
    for k, v in re.findall(r"(\S+?)=(\S+)", line):
        got[f"{name}.{k}"] = v
def metric(key):
    aliases = {"gva.within_err_per_100": "gva.within_err/100"}
    if key in ("gva.zero_false_killed", "gva.zero_false_injured"):
        parts = got["gva.zero_false"].split("/")  # killed/of/injured/of
        return float(parts[0] if key.endswith("killed") else parts[2])
    if key == "gvc.false_flags":
        return float(got[key].split("/")[0])
    return float(got[aliases.get(key, key)])
bad = []
for line in open(floors):
    line = line.split("#", 1)[0].strip() if line.lstrip().startswith("#") else line.strip()
    if not line:
        continue
    key, bound, floor = line.split()[:3]
    try:
        value = metric(key)
    except (KeyError, ValueError, IndexError):
        bad.append(f"{key}: not in the scorer's summary")
        continue
    if bound == "max" and value > float(floor) or bound == "min" and value < float(floor):
        bad.append(f"{key} = {value:g}, worse than its floor {floor} ({bound})")
if bad:
    print("ratchet: FAILED\n  " + "\n  ".join(bad) + "\n(a floor moves only in a commit that says why: scripts/ratchet.floors)")
    sys.exit(1)
print("ratchet: every metric at or better than its floor (scripts/ratchet.floors)")
PY
