#!/usr/bin/env bash
# The order of a fleet file's sites and of a workload's rows changes nothing: the same sites and
# jobs listed in another order give the same run, to the gram (homes were drawn by walking the
# sites in file order, and jobs submitted in the same second were decided in row order).
#   order_test.sh <greenlight-cli> <workload.csv> <fleet.json> [simulate options…]
set -euo pipefail
cli=$1
workload=$2
fleet=$3
shift 3
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
python3 - "$fleet" "$work/reversed.json" <<'PY'
import json, sys
fleet = json.load(open(sys.argv[1]))
fleet["sites"].reverse()
json.dump(fleet, open(sys.argv[2], "w"), indent=1)
PY
{ head -1 "$workload"; tail -n +2 "$workload" | tac; } >"$work/reversed.csv"
summary() { python3 -c 'import json,sys; d=json.load(sys.stdin); print(round(d["emissions_kg"], 6), d["deadline_misses"], round(d["baseline_emissions_kg"], 6), round(d["bound_emissions_kg"], 6))'; }
for policy in baseline first-fit threshold-migrate spatiotemporal oracle; do
    a=$("$cli" simulate --workload "$workload" --fleet "$fleet" --policy $policy --json --bound-iterations 5 "$@" | summary)
    b=$("$cli" simulate --workload "$work/reversed.csv" --fleet "$work/reversed.json" --policy $policy --json \
        --bound-iterations 5 "$@" | summary)
    [ "$a" = "$b" ] || { echo "FAIL: $policy gives $a in file order but $b reversed"; exit 1; }
done
echo "order: ok"
