// A grid zone seen as the home of a new site: what its recorded hourly intensity, its weather and
// its distance to the fleet's users say about it over one analysis period. The site planner ranks
// these (siteranking.h) and picks complementary ones (portfolio.h).
//
//   Result<std::vector<CandidateZone>> zones = profileZones(catalog, traces, &weather, fleet, {});
//   std::cout << zones->front().zoneKey << " p10 " << zones->front().p10GPerKwh;
#pragma once

#include "core/fleet/fleet.h"
#include "core/physics/weatherlibrary.h"
#include "core/status.h"
#include "core/tracelibrary.h"
#include "core/zone.h"

#include <optional>
#include <string>
#include <vector>

namespace greenlight {

struct SitingOptions {
    // Every bundled zone has 2022; a whole year weighs every season alike.
    TimeWindow period{startOfYear(2022), startOfYear(2023)};
    // An hour counts as low-carbon at or below this lifecycle intensity.
    double lowCarbonGPerKwh = 100.0;
};

struct CandidateZone {
    std::string zoneKey;
    std::string name;  // "Norway", "California Independent System Operator"
    std::string place; // "Oslo, Norway"
    GeoPoint location;
    std::string jurisdiction; // jurisdictionOfZone()
    bool inFleet = false;     // a fleet site already draws from this zone

    double meanGPerKwh = 0.0;
    double p10GPerKwh = 0.0;      // 10th percentile of the hourly values
    double lowCarbonShare = 0.0;  // share of hours ≤ SitingOptions::lowCarbonGPerKwh
    // Mean of the trace's carbon_free_percentage column, where the trace has one (informative;
    // most bundled traces do not, so it is not a ranking criterion).
    std::optional<double> carbonFreePct;
    // Economiser hours of an air-economizer plant with default parameters, from the zone's
    // bundled hourly weather; nullopt when the zone has none (weatherNote says why).
    std::optional<double> freeCoolingHours;
    std::string weatherNote;
    std::vector<double> latencyMsByRegion; // estimated round trip to each fleet user region
    double meanLatencyMs = 0.0;
    std::vector<float> hourlyGPerKwh; // one value per hour of the period, for the portfolio
};

// Every zone of the catalogue whose trace covers the period, in key order. Zones whose trace does
// not cover it are left out and named in `skipped` (when given).
Result<std::vector<CandidateZone>> profileZones(const ZoneCatalog& catalog, const TraceLibrary& traces,
                                                const WeatherLibrary* weather, const Fleet& fleet,
                                                const SitingOptions& options,
                                                std::vector<std::string>* skipped = nullptr);

} // namespace greenlight
