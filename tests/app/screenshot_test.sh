#!/usr/bin/env bash
# Starts the real console under Xvfb on the bundled data, waits for the first map painted with
# data, saves a screenshot, and checks the start-up report. Then points it at a broken data
# folder and expects a clean failure with the file named.
set -euo pipefail
app="$1"
out="$2"
fixtures="$3"
mkdir -p "$out"
export XDG_CONFIG_HOME="$out/config" XDG_DATA_HOME="$out/data" XDG_RUNTIME_DIR="$out/runtime"
mkdir -p "$XDG_RUNTIME_DIR" && chmod 700 "$XDG_RUNTIME_DIR"
rm -f "$out/console.png"

log="$out/console.log"
xvfb-run -a -s "-screen 0 1400x900x24" "$app" --startup-report --select DE \
    --screenshot "$out/console.png" >"$log" 2>&1 || { cat "$log"; exit 1; }
cat "$log"
grep -q "^startup: first map painted with data [0-9]* ms after process start" "$log"
grep -q "screenshot saved" "$log"
size=$(stat -c %s "$out/console.png")
[ "$size" -gt 50000 ] || { echo "screenshot too small ($size bytes)"; exit 1; }

# Same at another language and projection: the translation loads and nothing breaks.
xvfb-run -a -s "-screen 0 1400x900x24" "$app" --lang de --projection equirectangular \
    --select US-CAL-CISO --screenshot "$out/console-de.png" >"$log" 2>&1 || { cat "$log"; exit 1; }

# The approval inbox on real proposals: the spatiotemporal policy's decisions on a small real trace.
cli="$(dirname "$app")/greenlight-cli"
inbox_db="$out/inbox.db"
rm -f "$inbox_db" "$inbox_db-wal" "$inbox_db-shm"
USER=ada GREENLIGHT_DB="$inbox_db" "$cli" users grant ada --role operator >/dev/null
USER=ada GREENLIGHT_DB="$inbox_db" "$cli" simulate --workload "$fixtures/workloads/small-2022.csv" \
    --policy spatiotemporal --propose --propose-limit 12 | grep "^proposals:"
# Those are for jobs of 2022 and expire at once; these two are for 2030 and await a decision.
for p in proposal-long-deferral proposal-migration; do
    USER=ada GREENLIGHT_DB="$inbox_db" "$cli" proposals file --file "$fixtures/store/$p.json" >/dev/null
done
USER=ada xvfb-run -a -s "-screen 0 1400x900x24" "$app" --db "$inbox_db" --panel inbox \
    --screenshot "$out/console-inbox.png" >"$log" 2>&1 || { cat "$log"; exit 1; }

# The job queue: the bundled GPU trace planned on the demo fleet, seen at the replayed now.
xvfb-run -a -s "-screen 0 1400x900x24" "$app" --panel jobs --screenshot "$out/console-jobs.png" >"$log" 2>&1 \
    || { cat "$log"; exit 1; }
grep -q "screenshot saved" "$log"

# A data folder of its own, with no fleets folder beside it: the plan views fall back to the
# demo fleet installed with the console instead of saying it is missing.
own="$out/own-data"
rm -rf "$own" && mkdir -p "$own" && cp -rL "$(dirname "$app")/../share/greenlight/data" "$own/"
xvfb-run -a -s "-screen 0 1400x900x24" "$app" --data-dir "$own/data" --panel jobs \
    --screenshot "$out/console-own-data.png" >"$log" 2>&1 || { cat "$log"; exit 1; }
grep -q "screenshot saved" "$log"
! grep -q "cannot open" "$log" || { cat "$log"; exit 1; }
rm -rf "$own"

# Cooling / PUE from the bundled weather.
xvfb-run -a -s "-screen 0 1400x900x24" "$app" --panel cooling --select DE --screenshot "$out/console-cooling.png" \
    >"$log" 2>&1 || { cat "$log"; exit 1; }

# The carbon budget: gauges, emissions against the baseline and the burn-down from the plan.
xvfb-run -a -s "-screen 0 1400x900x24" "$app" --panel budget --screenshot "$out/console-budget.png" \
    >"$log" 2>&1 || { cat "$log"; exit 1; }
grep -q "screenshot saved" "$log"

# The executive summary: the plan period's inventory against the baseline.
xvfb-run -a -s "-screen 0 1400x900x24" "$app" --panel executive --screenshot "$out/console-executive.png" \
    >"$log" 2>&1 || { cat "$log"; exit 1; }
grep -q "screenshot saved" "$log"

# Heat reuse: district heating from the sites' cooling loops.
xvfb-run -a -s "-screen 0 1400x900x24" "$app" --panel heat --screenshot "$out/console-heat.png" \
    >"$log" 2>&1 || { cat "$log"; exit 1; }
grep -q "screenshot saved" "$log"

# What-if: a saved scenario (threshold-migrate, Singapore removed, a cooling change, a noisy
# forecast) opened and run against the current plan on the bundled GPU trace.
xvfb-run -a -s "-screen 0 1400x900x24" "$app" --panel whatif --scenario "$fixtures/whatif/threshold-no-sin.json" \
    --screenshot "$out/console-whatif.png" >"$log" 2>&1 || { cat "$log"; exit 1; }
grep -q "screenshot saved" "$log"
! grep -q "^what-if:" "$log" || { cat "$log"; exit 1; }

# Site planner: every bundled zone ranked, the proposed portfolio.
xvfb-run -a -s "-screen 0 1400x900x24" "$app" --panel siteplanner --screenshot "$out/console-siteplanner.png" \
    >"$log" 2>&1 || { cat "$log"; exit 1; }
grep -q "screenshot saved" "$log"
! grep -q "^site planner:" "$log" || { cat "$log"; exit 1; }

# An operations database from a newer Greenlight: the console still shows the map and says why
# approvals are unavailable, and the file is left as it was.
sqlite3 "$out/future.db" "PRAGMA application_id=1196575828; PRAGMA user_version=99; CREATE TABLE IF NOT EXISTS t(x);"
xvfb-run -a -s "-screen 0 1400x900x24" "$app" --db "$out/future.db" --screenshot "$out/console-nodb.png" \
    >"$log" 2>&1 || { cat "$log"; exit 1; }
grep -q "operations database: .*newer than this Greenlight" "$log" || { cat "$log"; exit 1; }
[ "$(sqlite3 "$out/future.db" 'PRAGMA user_version')" = 99 ]

# A data folder whose zone catalogue is broken: exit 1 with the file and line named.
broken="$fixtures/broken-data"
if xvfb-run -a -s "-screen 0 1400x900x24" "$app" --data-dir "$broken" \
    --screenshot "$out/broken.png" >"$log" 2>&1; then
    cat "$log"; echo "console accepted a broken data folder"; exit 1
fi
cat "$log"
grep -q "zones.csv:3" "$log"
echo "screenshot test ok: $out/console.png ($size bytes)"
