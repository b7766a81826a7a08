#!/usr/bin/env bash
# The same jobs decided again differently (another policy here; another fleet or forecast alike):
# the proposals filed before stand, and the run says which decisions were not filed (they were
# counted as "filed before", and a move now across jurisdictions never reached a human).
#   proposal_refile_test.sh <greenlight-cli> <small workload>
set -euo pipefail
cli=$1
workload=$2
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export GREENLIGHT_DB=$work/ops.db
"$cli" users add op --role operator > /dev/null
first=$(USER=op "$cli" simulate --workload "$workload" --policy carbon-window --bound-iterations 1 --propose)
grep -q "0 filed before (of" <<<"$first" || { echo "FAIL: first filing: $first"; exit 1; }
again=$(USER=op "$cli" simulate --workload "$workload" --policy carbon-window --bound-iterations 1 --propose)
grep -q "filed before (of" <<<"$again" && ! grep -q "decided differently" <<<"$again" \
    || { echo "FAIL: the same decisions again: $again"; exit 1; }
other=$(USER=op "$cli" simulate --workload "$workload" --policy spatiotemporal --bound-iterations 1 --propose)
grep -q "decided differently from the proposal filed before for the job" <<<"$other" \
    || { echo "FAIL: other decisions: $other"; exit 1; }
grep -q "filed defer .* now .*-migrate" <<<"$other" || { echo "FAIL: no differing decision listed: $other"; exit 1; }
echo "ok"
