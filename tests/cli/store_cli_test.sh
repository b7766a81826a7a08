#!/usr/bin/env bash
# The headless store workflow end to end through greenlight-cli, acting as different OS users:
# roles enforced, refusals audited, tampering caught by `audit verify`.
#   store_cli_test.sh <greenlight-cli> <fixtures/store>
set -euo pipefail
cli=$1
fixtures=$2
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export GREENLIGHT_DB=$work/ops.db

as() { local who=$1; shift; USER=$who "$cli" "$@"; }
expect_fail() { # expect_fail PATTERN command...
    local pattern=$1; shift
    local output
    if output=$("$@" 2>&1); then echo "FAIL: expected an error from: $*"; echo "$output"; exit 1; fi
    grep -q -- "$pattern" <<<"$output" || { echo "FAIL: '$pattern' not in: $output"; exit 1; }
}
expect_out() { # expect_out PATTERN command...
    local pattern=$1; shift
    local output
    output=$("$@" 2>&1) || { echo "FAIL: $*"; echo "$output"; exit 1; }
    grep -q -- "$pattern" <<<"$output" || { echo "FAIL: '$pattern' not in: $output"; exit 1; }
}

expect_out "you       ada (admin)" as ada store info
expect_out "olga: operator" as ada users add olga --role operator
expect_out "eve: executive" as ada users add eve --role executive
expect_out "vic: viewer" as ada users add vic --role viewer

# Operators file; a 5 h deferral needs a human, a 1 h one is auto-approved by the default rule.
expect_fail "may not file-proposal" as vic proposals file --file "$fixtures/proposal-long-deferral.json"
expect_out "P-job-7-defer proposed" as olga proposals file --file "$fixtures/proposal-long-deferral.json"
expect_out "P-job-8-defer approved (auto-approved" as olga proposals file --file "$fixtures/proposal-short-deferral.json"

# Approval rules: a value of the wrong type is refused (it was read as the default and reported
# as set); a rule for a name no policy has is set, with a note (likely a typo).
printf '{"rules": [{"policy": "*", "maxDeferralHours": "4"}]}' > "$work/bad-rules.json"
expect_fail "maxDeferralHours must be a number" as ada rules set --file "$work/bad-rules.json"
printf '{"rules": [{"policy": "*"}, {"policy": "spatiotemprol", "maxDeferralHours": 1}]}' > "$work/typo-rules.json"
expect_out "note: no policy is named 'spatiotemprol'" as ada rules set --file "$work/typo-rules.json"
printf '{"rules": [{"policy": "*"}]}' > "$work/default-rules.json"
expect_out "1 rule(s) set" as ada rules set --file "$work/default-rules.json"

# A viewer cannot approve; an operator cannot edit users; both refusals are in the log.
expect_fail "vic (viewer) may not approve-proposal" as vic proposals approve P-job-7-defer --reason "looks fine"
expect_fail "may not edit-users" as olga users grant olga --role admin
expect_fail "a reason is required" as olga proposals approve P-job-7-defer --reason " "
# A reason that is not UTF-8 (typed on a Latin-1 terminal) is refused, and the approval with it.
expect_fail "not valid UTF-8" as olga proposals approve P-job-7-defer --reason "$(printf 'caf\xe9')"
expect_out "P-job-7-defer *proposed" as vic proposals list --state proposed
expect_out "P-job-7-defer approved by olga" as olga proposals approve P-job-7-defer --reason "fits the SLO"
expect_out '"decided_by": "olga"' as vic proposals show P-job-7-defer --json
expect_out "P-job-7-defer *approved" as vic proposals list --state approved

expect_fail "may not export-audit" as olga audit export
as eve audit export --format jsonl --out "$work/audit.jsonl" >/dev/null
denials=$(grep -c '"action":"access.denied"' "$work/audit.jsonl")
[ "$denials" -eq 4 ] || { echo "FAIL: expected 4 audited refusals, found $denials"; exit 1; }
# A folder as the target: refused before anything is written (it aborted after auditing an
# export that never happened, leaving a world-readable copy of the log beside it).
mkdir "$work/exports"
expect_fail "is a directory" as eve audit export --out "$work/exports"
[ ! -e "$work/exports.partial" ] || { echo "FAIL: a partial export was left behind"; exit 1; }
[ "$(stat -c %a "$work/audit.jsonl")" = 600 ] || { echo "FAIL: the export is readable by others"; exit 1; }
as eve audit export --format csv >"$work/audit.csv"
head -1 "$work/audit.csv" | grep -q '^seq,time,actor,role,action' || { echo "FAIL: CSV header"; exit 1; }

# The export re-verifies without Greenlight, from the documented encoding alone.
verifier="$(dirname "$0")/../../scripts/verify-audit-export.py"
"$verifier" "$work/audit.jsonl" >"$work/verifier.out"
grep -q "^intact: " "$work/verifier.out" || { cat "$work/verifier.out"; exit 1; }

head=$(as vic audit verify | sed -n 's/.*head \([0-9]*:[0-9a-f]*\).*/\1/p')
[ -n "$head" ] || { echo "FAIL: no head printed"; exit 1; }
expect_out "audit chain intact" as vic audit verify --anchor "$head"
# The same anchor copied in upper case is the same hash, not a rewritten chain.
expect_out "audit chain intact" as vic audit verify --anchor "${head^^}"
# The independent verifier takes the anchor in either case and either spelling, and refuses a
# malformed one instead of ignoring it (an ignored anchor reported "intact").
exported=$(sed -n 's/^intact: [0-9]* records, head \([0-9]*:[0-9a-f]*\)$/\1/p' "$work/verifier.out")
"$verifier" "$work/audit.jsonl" --anchor="${exported^^}" | grep -q "^intact: " || { echo "FAIL: verifier anchor"; exit 1; }
if "$verifier" "$work/audit.jsonl" --anchor "1:nothex" 2>/dev/null; then echo "FAIL: a bad anchor was ignored"; exit 1; fi

# A copy of the database edited with plain SQL must fail verification with the message given.
#   tampered NAME SQL EXPECTED-MESSAGE
tampered() {
    cp "$GREENLIGHT_DB" "$work/$1.db"
    sqlite3 "$work/$1.db" "$2"
    expect_fail "$3" as vic audit verify --db "$work/$1.db"
}
# Approve by editing the proposals table itself (no trigger to drop): the chain is untouched, but
# the proposal is no longer where its audited transitions left it.
tampered edited "UPDATE proposals SET state = 'rejected' WHERE id = 'P-job-7-defer';" \
    "P-job-7-defer is rejected in the proposals table, but its last audited transition .* left it approved"
# Re-point an approved proposal and forge who approved it: dispatch acts on those fields, so
# verify holds them against what was filed and decided (they passed as "intact").
tampered repointed "UPDATE proposals SET target_site = 'sto1', planned_start = planned_start + 10800 WHERE id = 'P-job-7-defer';" \
    "P-job-7-defer has target_site sto1 in the proposals table, but it was filed (record [0-9]*) with"
# What the cluster is asked for (GPUs, run length) is held against the filing too.
tampered resized "UPDATE proposals SET gpus = 64 WHERE id = 'P-job-7-defer';" \
    "P-job-7-defer has gpus 64 in the proposals table, but it was filed (record [0-9]*) with 0"
tampered lengthened "UPDATE proposals SET run_s = run_s + 3600 WHERE id = 'P-job-7-defer';" \
    "P-job-7-defer has run_s [0-9]* in the proposals table, but it was filed"
# What auto-approval judged by (the saving, its band, the budget state), and a deleted row.
tampered inflated "UPDATE proposals SET saving_low_g = saving_low_g + 5000 WHERE id = 'P-job-7-defer';" \
    "P-job-7-defer has saving_low_g [0-9.]* in the proposals table, but it was filed"
tampered relabelled "UPDATE proposals SET budget_state = 'CRITICAL' WHERE id = 'P-job-7-defer';" \
    "P-job-7-defer has budget_state CRITICAL in the proposals table, but it was filed"
tampered deleted "DELETE FROM proposal_events WHERE proposal_id = 'P-job-7-defer'; DELETE FROM proposals WHERE id = 'P-job-7-defer';" \
    "proposal P-job-7-defer was filed (record [0-9]*) but is not in the proposals table"
tampered forged "UPDATE proposals SET decided_by = 'bob' WHERE id = 'P-job-7-defer';" \
    "P-job-7-defer says it was decided by 'bob', but its last audited decision (record [0-9]*) was by 'olga'"

# Verifying changes nothing: a new auditor is not registered in the log being checked, a
# read-only copy verifies, and a file of an older schema is verified on an upgraded copy and left
# as it was.
records=$(sqlite3 "$GREENLIGHT_DB" "SELECT count(*) FROM audit_log")
expect_out "audit chain intact" as newcomer audit verify
[ "$(sqlite3 "$GREENLIGHT_DB" "SELECT count(*) FROM audit_log")" = "$records" ] || { echo "FAIL: verify wrote to the log"; exit 1; }
cp "$GREENLIGHT_DB" "$work/readonly.db"
chmod 0444 "$work/readonly.db"
expect_out "audit chain intact" as newcomer audit verify --db "$work/readonly.db"
sqlite3 "$work/old.db" <"$fixtures/schema-v2.sql"
expect_out "schema version 2: verified on an upgraded copy" as newcomer audit verify --db "$work/old.db"
[ "$(sqlite3 "$work/old.db" "PRAGMA user_version")" = 2 ] || { echo "FAIL: verify upgraded the file"; exit 1; }
expect_fail "no operations database at $work/missing.db" as vic audit verify --db "$work/missing.db"
[ ! -e "$work/missing.db" ] || { echo "FAIL: verify created a database"; exit 1; }

# Tamper with plain SQL: the approval now names someone else.
sqlite3 "$GREENLIGHT_DB" "DROP TRIGGER audit_log_no_update;
    UPDATE audit_log SET actor = 'mallory' WHERE action = 'proposal.approve' AND object_id = 'P-job-7-defer';"
expect_fail "BROKEN at record [0-9]*: record [0-9]* does not match its hash" as vic audit verify
as eve audit export --out "$work/tampered.jsonl" >/dev/null
if "$verifier" "$work/tampered.jsonl" >/dev/null; then
    echo "FAIL: the independent verifier missed the edit"; exit 1
fi

# A database from the future is refused, not damaged.
sqlite3 "$work/future.db" "PRAGMA application_id=1196575828; PRAGMA user_version=99; CREATE TABLE t(x);"
expect_fail "newer than this Greenlight" as ada store info --db "$work/future.db"
echo "store CLI: ok"
