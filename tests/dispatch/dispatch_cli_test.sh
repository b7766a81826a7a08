#!/usr/bin/env bash
# Approve-then-dispatch end to end through greenlight-cli, on the real test cluster (sshd + Slurm
# from cluster.sh): dry run, role check, deferral, migration between partitions, no duplicates on
# a repeat, every action journaled and the audit chain intact.
#   dispatch_cli_test.sh <greenlight-cli> <fixtures/store> <cluster.env>
set -euo pipefail
cli=$1
fixtures=$2
# shellcheck disable=SC1090
source "$3"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export GREENLIGHT_DB=$work/ops.db
as() { local who=$1; shift; USER=$who "$cli" "$@"; }
remote() { ssh -q -i "$GREENLIGHT_TEST_SSH_KEY" -p "$GREENLIGHT_TEST_SSH_PORT" -o BatchMode=yes \
    -o UserKnownHostsFile="$GREENLIGHT_TEST_KNOWN_HOSTS" -o GlobalKnownHostsFile=/dev/null \
    "$GREENLIGHT_TEST_SSH_USER@$GREENLIGHT_TEST_SSH_HOST" "$@"; }
jobs_with() { remote "squeue --me -h -o '%k %P %T'" | grep -c "^greenlight:$1 " || true; }

cat >"$work/clusters.json" <<JSON
{"clusters": [
  {"site": "fra1", "kind": "slurm-ssh", "host": "$GREENLIGHT_TEST_SSH_HOST", "port": $GREENLIGHT_TEST_SSH_PORT,
   "user": "$GREENLIGHT_TEST_SSH_USER", "identity": "$GREENLIGHT_TEST_SSH_KEY",
   "known_hosts": "$GREENLIGHT_TEST_KNOWN_HOSTS", "partition": "site-a"},
  {"site": "osl1", "kind": "slurm-ssh", "host": "$GREENLIGHT_TEST_SSH_HOST", "port": $GREENLIGHT_TEST_SSH_PORT,
   "user": "$GREENLIGHT_TEST_SSH_USER", "identity": "$GREENLIGHT_TEST_SSH_KEY",
   "known_hosts": "$GREENLIGHT_TEST_KNOWN_HOSTS", "partition": "site-b"}
]}
JSON

as ada store info >/dev/null
as ada users add olga --role operator >/dev/null
as ada users add vic --role viewer >/dev/null
as olga proposals file --file "$fixtures/proposal-long-deferral.json" >/dev/null
as olga proposals file --file "$fixtures/proposal-migration.json" >/dev/null

# A dry run of a proposal still awaiting approval: the exact commands, nothing sent.
as olga dispatch P-job-7-defer --clusters "$work/clusters.json" --command "sleep 600" --dry-run >"$work/dry.txt"
grep -q "'--begin=2030-01-01T06:00:00'" "$work/dry.txt" || { cat "$work/dry.txt"; exit 1; }
grep -q "'--comment=greenlight:P-job-7-defer'" "$work/dry.txt"
# A dry run changes nothing: a proposal long past its deadline stays as it was (one dry run
# expired every overdue proposal); a real action, such as an approval, expires it.
python3 - "$fixtures/proposal-long-deferral.json" "$work/old.json" <<'PY'
import json, sys
d = json.load(open(sys.argv[1]))
d.update(id="P-job-old", job="job-old", original_start="2020-01-01T01:00:00Z",
         planned_start="2020-01-01T06:00:00Z", deadline="2020-01-01T20:00:00Z")
json.dump(d, open(sys.argv[2], "w"))
PY
as olga proposals file --file "$work/old.json" >/dev/null
as olga dispatch P-job-7-defer --clusters "$work/clusters.json" --command "sleep 600" --dry-run >/dev/null
as olga proposals show P-job-old | grep -q "^P-job-old  proposed" || { echo "FAIL: a dry run expired P-job-old"; exit 1; }
if as olga proposals approve P-job-old --reason "late" 2>"$work/err.txt"; then
    echo "FAIL: approved a proposal past its deadline"; exit 1
fi
grep -q "is expired, not proposed" "$work/err.txt" || { cat "$work/err.txt"; exit 1; }
# The job's GPUs are asked for (the sbatch line had no --gres: Slurm would start it on none).
as olga proposals file --file "$fixtures/proposal-gpus.json" >/dev/null
as olga dispatch P-job-9-gpus --clusters "$work/clusters.json" --command "sleep 600" --dry-run >"$work/dry-gpus.txt"
grep -q "'--gres=gpu:4'" "$work/dry-gpus.txt" || { echo "FAIL: no --gres"; cat "$work/dry-gpus.txt"; exit 1; }
[ "$(jobs_with P-job-7-defer)" = 0 ] || { echo "FAIL: the dry run created a job"; exit 1; }
# The sbatch line asks for a time limit: twice the expected 2 h run (time_limit_factor 2).
grep -q "'--time=240'" "$work/dry-gpus.txt" || { echo "FAIL: no --time"; cat "$work/dry-gpus.txt"; exit 1; }
# A migration's dry run shows what happens at the source too (it showed only the new submit).
as olga dispatch P-job-9-migrate --clusters "$work/clusters.json" --command "sleep 600" --checkpoint --dry-run \
    >"$work/dry-move.txt"
grep -q "^  # at site-a, the job with key P-job-9-migrate or else named [^,]*, if queued or running: scancel --batch --signal=USR1" \
    "$work/dry-move.txt" || { echo "FAIL: no source-side step"; cat "$work/dry-move.txt"; exit 1; }

# Not approved yet: refused. A viewer: refused, and audited.
if as olga dispatch P-job-7-defer --clusters "$work/clusters.json" --command "sleep 600" 2>"$work/err.txt"; then
    echo "FAIL: dispatched an unapproved proposal"; exit 1
fi
grep -q "only approved proposals are dispatched" "$work/err.txt"
as olga proposals approve P-job-7-defer --reason "fits the SLO" >/dev/null
if as vic dispatch P-job-7-defer --clusters "$work/clusters.json" --command "sleep 600" 2>"$work/err.txt"; then
    echo "FAIL: a viewer dispatched"; exit 1
fi
grep -q "may not dispatch-proposal" "$work/err.txt"

# Another dispatch of the proposal holds its claim (the console, another operator): refused before
# anything is sent; once that claim lapses, this one proceeds.
sqlite3 "$GREENLIGHT_DB" "INSERT INTO dispatch_claims VALUES ('P-job-7-defer', 'bob (pid 1 on ops2)', 'x',
    strftime('%s','now') - 10, strftime('%s','now') + 3600)"
if as olga dispatch P-job-7-defer --clusters "$work/clusters.json" --command "sleep 600" 2>"$work/err.txt"; then
    echo "FAIL: dispatched while another dispatch held the claim"; exit 1
fi
grep -q "is being dispatched by bob (pid 1 on ops2) since .*; nothing was sent" "$work/err.txt" || { cat "$work/err.txt"; exit 1; }
[ "$(jobs_with P-job-7-defer)" = 0 ] || { echo "FAIL: a job was submitted under another's claim"; exit 1; }
sqlite3 "$GREENLIGHT_DB" "UPDATE dispatch_claims SET expires_at = strftime('%s','now') - 1"

# The deferral: submitted with its begin time, confirmed, exactly one job; a repeat changes nothing.
as olga dispatch P-job-7-defer --clusters "$work/clusters.json" --command "sleep 600" >"$work/out.txt"
grep -q "^P-job-7-defer confirmed" "$work/out.txt" || { cat "$work/out.txt"; exit 1; }
remote "squeue --me -h -o '%k %P %T %r'" >"$work/queue.txt"
grep -q "^greenlight:P-job-7-defer site-a PENDING BeginTime" "$work/queue.txt" || { cat "$work/queue.txt"; exit 1; }
if as olga dispatch P-job-7-defer --clusters "$work/clusters.json" --command "sleep 600" 2>/dev/null; then
    echo "FAIL: a confirmed proposal was dispatched again"; exit 1
fi
[ "$(jobs_with P-job-7-defer)" = 1 ] || { echo "FAIL: duplicate job"; exit 1; }
[ "$(sqlite3 "$GREENLIGHT_DB" "SELECT count(*) FROM dispatch_claims")" = 0 ] || { echo "FAIL: a claim outlived its dispatch"; exit 1; }

# The migration (EU → NO: a human approved it), from site-a to site-b.
as olga proposals approve P-job-9-migrate --reason "hydro, data may leave the EU for this job" >/dev/null
as olga dispatch P-job-9-migrate --clusters "$work/clusters.json" --command "sleep 600" --checkpoint >"$work/out.txt"
grep -q "^P-job-9-migrate confirmed" "$work/out.txt" || { cat "$work/out.txt"; exit 1; }
remote "squeue --me -h -o '%k %P'" >"$work/queue.txt"
grep -q "^greenlight:P-job-9-migrate site-b" "$work/queue.txt" || { cat "$work/queue.txt"; exit 1; }

as olga proposals show P-job-9-migrate >"$work/show.txt"
grep -q "confirmed" "$work/show.txt"
actions=$(sqlite3 "$GREENLIGHT_DB" "SELECT count(*) FROM dispatch_actions WHERE outcome = 'ok'")
[ "$actions" -ge 3 ] || { echo "FAIL: only $actions journaled actions"; exit 1; }
as vic audit verify >"$work/verify.txt"
grep -q "audit chain intact" "$work/verify.txt" || { cat "$work/verify.txt"; exit 1; }

# Queue and capacity per site.
"$cli" clusters --clusters "$work/clusters.json" >"$work/status.txt"
grep -q "^fra1  partition site-a: nodes 1/1 up" "$work/status.txt" || { cat "$work/status.txt"; exit 1; }
grep -Eq "^osl1  partition site-b: .*(pending 1|running 1)" "$work/status.txt" || { cat "$work/status.txt"; exit 1; }

# Roll the migration back: cancelled at site-b, back at site-a; the proposal says so.
# A roll-back without its reason is refused, not taken for a dispatch.
if as olga dispatch P-job-9-migrate --clusters "$work/clusters.json" --command "sleep 600" --roll-back 2>"$work/err.txt"; then
    echo "FAIL: a roll-back without a reason ran"; exit 1
fi
grep -q "error: --roll-back needs a value" "$work/err.txt" || { cat "$work/err.txt"; exit 1; }
as olga dispatch P-job-9-migrate --clusters "$work/clusters.json" --roll-back "NO grid got dirtier" \
    --command "sleep 600" >"$work/out.txt"
grep -q "^P-job-9-migrate rolled-back" "$work/out.txt" || { cat "$work/out.txt"; exit 1; }
remote "squeue --me -h -o '%k %P %T'" >"$work/queue.txt"
grep -q "^greenlight:P-job-9-migrate site-a" "$work/queue.txt" || { cat "$work/queue.txt"; exit 1; }
if grep -q "^greenlight:P-job-9-migrate site-b \(PENDING\|RUNNING\)" "$work/queue.txt"; then
    echo "FAIL: still at site-b"; cat "$work/queue.txt"; exit 1
fi
as vic audit verify >"$work/verify.txt"
grep -q "audit chain intact" "$work/verify.txt"

# Roll the deferral back: the job keeps running at site-a with its original start (it used to be
# cancelled and left running nowhere).
as olga dispatch P-job-7-defer --clusters "$work/clusters.json" --roll-back "the deadline moved" >"$work/out.txt"
grep -q "^P-job-7-defer rolled-back: .*as first planned" "$work/out.txt" || { cat "$work/out.txt"; exit 1; }
remote "squeue --me -h -o '%k %P %T'" >"$work/queue.txt"
grep -q "^greenlight:P-job-7-defer site-a \(PENDING\|RUNNING\)" "$work/queue.txt" \
    || { echo "FAIL: the deferred job is gone"; cat "$work/queue.txt"; exit 1; }
[ "$(jobs_with P-job-7-defer)" = 1 ] || { echo "FAIL: duplicate job after roll-back"; exit 1; }

remote "scancel --me" || true
echo "dispatch CLI: ok"
