#!/usr/bin/env bash
# Installs the build into a scratch prefix and runs the installed programs from there: they must
# find their data at <prefix>/share/greenlight/data without any hint.
set -euo pipefail
build="$1"
prefix="$2"
with_ui="$3"
rm -rf "$prefix"
cmake --install "$build" --prefix "$prefix" >/dev/null
test -f "$prefix/share/greenlight/data/ATTRIBUTION.md"
unset GREENLIGHT_DATA_DIR
"$prefix/bin/greenlight-cli" check-traces | tail -1
if [ "$with_ui" = "1" ]; then
    test -f "$prefix/share/applications/greenlight.desktop"
    export XDG_CONFIG_HOME="$prefix/config" XDG_DATA_HOME="$prefix/data" XDG_RUNTIME_DIR="$prefix/runtime"
    mkdir -p "$XDG_RUNTIME_DIR" && chmod 700 "$XDG_RUNTIME_DIR"
    xvfb-run -a -s "-screen 0 1280x800x24" "$prefix/bin/greenlight" --screenshot "$prefix/shot.png"
fi
echo "installed tree ok"
