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
# What was not filed is said, with why.
grep -Eq "^  not filed: [0-9]+ beyond --propose-limit 5" "$work/run.txt" || { cat "$work/run.txt"; exit 1; }
grep -q "approvals by operations database" "$work/run.txt" || { cat "$work/run.txt"; exit 1; }
# Recorded history plans windows already past: said, as the inbox will expire them at once.
grep -Eq "^  note: 5 of them can no longer meet their deadline" "$work/run.txt" || { cat "$work/run.txt"; exit 1; }
"$cli" proposals list --json >"$work/list.json"
[ "$(grep -c '"policy": "spatiotemporal"' "$work/list.json")" = 5 ] || { cat "$work/list.json"; exit 1; }
grep -q '"reasons": \[' "$work/list.json"
"$cli" simulate --workload "$workload" --policy spatiotemporal --propose --propose-limit 5 >"$work/again.txt"
grep -q "5 filed before (of 5)" "$work/again.txt" || { cat "$work/again.txt"; exit 1; }
"$cli" audit verify | grep -q "audit chain intact"

# approvals_needed counts by the rules given: rules that approve every move within a jurisdiction
# and every deferral leave only moves across jurisdictions to a human.
"$cli" simulate --workload "$workload" --policy spatiotemporal --no-budget --json >"$work/default.json"
cat >"$work/rules.json" <<'JSON'
{"rules": [{"policy": "*", "allowMigrations": true, "maxDeferralHours": 24, "minSlackMinutes": 0,
            "requireBandSaving": false}]}
JSON
"$cli" simulate --workload "$workload" --policy spatiotemporal --no-budget --approval-rules "$work/rules.json" \
    --json >"$work/lenient.json"
python3 - "$work/default.json" "$work/lenient.json" <<'PY'
import json, sys
default, lenient = (json.load(open(p)) for p in sys.argv[1:3])
assert default["approval_rules"] == "default rule", default["approval_rules"]
assert lenient["approval_rules"].endswith("rules.json"), lenient["approval_rules"]
assert 0 < lenient["approvals_needed"] < default["approvals_needed"], (lenient["approvals_needed"], default["approvals_needed"])
assert lenient["approvals_needed_budget_only"] == 0
PY
if "$cli" simulate --workload "$workload" --policy spatiotemporal --approval-rules "$work/none.json" 2>"$work/err.txt"; then
    echo "FAIL: a missing rules file was accepted"; exit 1
fi
grep -q "cannot read .*none.json" "$work/err.txt" || { cat "$work/err.txt"; exit 1; }
echo "propose: ok"
