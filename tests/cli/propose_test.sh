#!/usr/bin/env bash
# A policy's decisions become proposals in the operations database: simulate --propose, as an
# operator; filing the same run again adds nothing.
#   propose_test.sh <greenlight-cli> <workload.csv>
set -euo pipefail
cli=$1
workload=$2
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export GREENLIGHT_DB=$work/ops.db USER=olga
"$cli" users grant olga --role operator >/dev/null # olga is the first user: admin, now operator too
"$cli" simulate --workload "$workload" --policy spatiotemporal --propose --propose-limit 5 >"$work/run.txt"
grep -Eq "^proposals: [0-9]+ auto-approved, [0-9]+ awaiting an operator, 0 filed before \(of 5\)" "$work/run.txt" \
    || { cat "$work/run.txt"; exit 1; }
"$cli" proposals list --json >"$work/list.json"
[ "$(grep -c '"policy": "spatiotemporal"' "$work/list.json")" = 5 ] || { cat "$work/list.json"; exit 1; }
grep -q '"reasons": \[' "$work/list.json"
"$cli" simulate --workload "$workload" --policy spatiotemporal --propose --propose-limit 5 >"$work/again.txt"
grep -q "5 filed before (of 5)" "$work/again.txt" || { cat "$work/again.txt"; exit 1; }
"$cli" audit verify | grep -q "audit chain intact"
echo "propose: ok"
