// WattTime API v3 bodies → provider readings. Plain functions over bytes (fuzzable). Emission
// rates arrive in lbs CO₂/MWh and leave in g/kWh (× 0.453592); `signal-index` is a percentile of
// the marginal rate and is labelled so: it is never an emission rate.
//
//   auto forecast = parseWattTimeData(body, now, ValueKind::Forecast); // GET /v3/forecast
//   std::string token = parseWattTimeLogin(loginBody).value();         // GET /login
#pragma once

#include "core/providers/providerreading.h"
#include "core/status.h"

#include <string>
#include <string_view>
#include <vector>

namespace greenlight {

struct WattTimeRegion {
    std::string region;     // "CAISO_NORTH"
    std::string fullName;   // "California ISO Northern"
    std::string signalType; // "co2_moer"
};

// GET /login (HTTP Basic) → {"token": "…"}.
Result<std::string> parseWattTimeLogin(std::string_view body);
// GET /v3/region-from-loc → the region that serves a latitude/longitude.
Result<WattTimeRegion> parseWattTimeRegion(std::string_view body);
// The v3 data envelope {data:[{point_time, value}], meta:{region, signal_type, units, …}} of
// /v3/forecast, /v3/historical and /v3/signal-index. `kind` says whether the points are actual
// (historical, signal-index) or forecast; forecasts are issued at meta.generated_at.
Result<std::vector<ProviderReading>> parseWattTimeData(std::string_view body, UtcTime fetchedTime,
                                                       ValueKind kind);

} // namespace greenlight
