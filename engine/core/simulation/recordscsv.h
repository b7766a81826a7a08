// A run's per-job records as CSV (RFC 4180: ids and reasons quoted when they need it), one row
// per job with every part it ran in, so that capacity can be checked from the file alone.
//
//   Status written = writeRecordsCsv("run.csv", fleet, run);
//   if (!written.isOk()) err << written.message(); // nothing half-written is left behind
#pragma once

#include "core/fleet/fleet.h"
#include "core/simulation/simulator.h"
#include "core/status.h"

#include <filesystem>
#include <string>

namespace greenlight {

std::string recordsCsv(const Fleet& fleet, const SimulationRun& run);

// Writes recordsCsv() to `path` through a temporary file beside it and a rename, so that a
// failure (a missing folder, no permission, a full disk) leaves any earlier file as it was.
Status writeRecordsCsv(const std::filesystem::path& path, const Fleet& fleet, const SimulationRun& run);

} // namespace greenlight
