#!/usr/bin/env bash
# Files a run writes never replace its inputs: --records naming the workload, the fleet file or a
# file in the carbon folder is refused before the run and the input is left as it was (the
# records once replaced the workload they were computed from). audit export --out likewise
# never replaces the database.
#   records_guard_test.sh <greenlight-cli> <workload.csv> <data dir>
set -euo pipefail
cli=$1
workload=$2
data=$3
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cp "$workload" "$work/w.csv"
cp "$data/../fleets/demo-fleet.json" "$work/fleet.json"
mkdir "$work/carbon"
cp "$data"/carbon/*.csv "$work/carbon/"
cp "$work/w.csv" "$work/w.orig"
cp "$work/fleet.json" "$work/fleet.orig"
cp "$work/carbon/DE.csv" "$work/DE.orig"

refused() { # <records path> <what the message says>
    if "$cli" simulate --workload "$work/w.csv" --fleet "$work/fleet.json" --carbon-dir "$work/carbon" \
        --policy baseline --records "$1" >"$work/out.txt" 2>"$work/err.txt"; then
        echo "FAIL: --records $1 was accepted"; exit 1
    fi
    grep -q "$2" "$work/err.txt" || { cat "$work/err.txt"; exit 1; }
}
refused "$work/w.csv" "is an input of this run"
refused "$work/fleet.json" "is an input of this run"
refused "$work/carbon/DE.csv" "lies in an input folder of this run"
refused "$work/carbon/new.csv" "lies in an input folder of this run"
cmp -s "$work/w.csv" "$work/w.orig" || { echo "FAIL: the workload changed"; exit 1; }
cmp -s "$work/fleet.json" "$work/fleet.orig" || { echo "FAIL: the fleet file changed"; exit 1; }
cmp -s "$work/carbon/DE.csv" "$work/DE.orig" || { echo "FAIL: a trace changed"; exit 1; }
# Elsewhere the records are written.
"$cli" simulate --workload "$work/w.csv" --fleet "$work/fleet.json" --carbon-dir "$work/carbon" \
    --policy baseline --records "$work/records.csv" >/dev/null
head -1 "$work/records.csv" | grep -q "^job_id," || { echo "FAIL: no records"; exit 1; }

export GREENLIGHT_DB=$work/ops.db USER=ada
"$cli" store info >/dev/null
cp "$GREENLIGHT_DB" "$work/ops.orig"
if "$cli" audit export --out "$GREENLIGHT_DB" 2>"$work/err.txt"; then
    echo "FAIL: the export replaced the database"; exit 1
fi
grep -q "is an input of this run" "$work/err.txt" || { cat "$work/err.txt"; exit 1; }
if "$cli" audit export --out "$GREENLIGHT_DB-wal" 2>"$work/err.txt"; then
    echo "FAIL: the export was written as the database's -wal file"; exit 1
fi
# Records over the database (with or without --propose) or over the approval rules: refused.
echo '{"rules": [{"policy": "*"}]}' >"$work/rules.json"
cp "$work/rules.json" "$work/rules.orig"
refused "$GREENLIGHT_DB" "is an input of this run"
if "$cli" simulate --workload "$work/w.csv" --fleet "$work/fleet.json" --carbon-dir "$work/carbon" --policy baseline \
    --propose --records "$GREENLIGHT_DB" 2>"$work/err.txt" >/dev/null; then
    echo "FAIL: records over the database with --propose"; exit 1
fi
if "$cli" simulate --workload "$work/w.csv" --fleet "$work/fleet.json" --carbon-dir "$work/carbon" --policy baseline \
    --approval-rules "$work/rules.json" --records "$work/rules.json" 2>"$work/err.txt" >/dev/null; then
    echo "FAIL: records over the approval rules"; exit 1
fi
cmp -s "$work/rules.json" "$work/rules.orig" || { echo "FAIL: the rules changed"; exit 1; }
cmp -s "$GREENLIGHT_DB" "$work/ops.orig" || { echo "FAIL: the database changed"; exit 1; }
echo "records guard: ok"
