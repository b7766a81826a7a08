// What the fleet-based subcommands (simulate, route) load the same way: the fleet file and the
// intensity trace of every zone it uses, from --fleet, --carbon-dir and --data-dir (defaults:
// the bundled demo fleet and carbon folder next to the executable).
//
//   Result<FleetInputs> in = loadFleetInputs(args);
//   if (!in.ok()) { err << "error: " << in.status().message() << '\n'; return 1; }
#pragma once

#include "cliargs.h"

#include "core/fleet/fleet.h"
#include "core/physics/weatherlibrary.h"
#include "core/status.h"
#include "core/tracelibrary.h"

namespace greenlight::cli {

struct FleetInputs {
    Fleet fleet;
    TraceLibrary traces; // one trace per zone of the fleet
};

// Where loadFleetInputs and loadWeatherOption read from: the fleet file, the carbon folder and
// the weather folder (options that write files keep clear of them).
struct FleetInputPaths {
    std::filesystem::path fleetFile;
    std::filesystem::path carbonDir;
    std::filesystem::path weatherDir;
};
FleetInputPaths fleetInputPaths(const CliArgs& args);

// Errors name the file (and line, for a malformed fleet) or the site whose zone has no trace.
Result<FleetInputs> loadFleetInputs(const CliArgs& args);

// The recorded weather for site physics, from --weather-dir (default: weather/ in the data
// folder). The default folder may be absent (every site then runs on its design PUE); a folder
// the user names must exist, or the PUEs would change without an error.
Result<WeatherLibrary> loadWeatherOption(const CliArgs& args);

} // namespace greenlight::cli
