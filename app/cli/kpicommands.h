// `greenlight-cli kpis`: data-centre KPIs per site and for the fleet over a period — PUE from
// cooling and real weather, free-cooling hours, WUE, heat reuse (ERF, ERE), location- and
// market-based Scope 2, CUE, REF and hourly CFE %.
//
//   greenlight-cli kpis --fleet resources/fleets/demo-fleet.json --json
//   greenlight-cli kpis --from 2023-07-01T00:00:00Z --to 2023-08-01T00:00:00Z
#pragma once

#include "cliargs.h"

#include <ostream>

namespace greenlight::cli {

int runKpis(const CliArgs& args, std::ostream& out, std::ostream& err);

} // namespace greenlight::cli
