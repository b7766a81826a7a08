// Scope 2 emissions of one site's hourly electricity, both ways the GHG Protocol requires
// (Scope 2 Guidance, 2015): location-based, Σ E_t × CI_t with the grid's hourly *average*
// intensity (never a marginal one); and market-based, where the site's own instruments cover
// what they can (hourly PPAs hour by hour, then annual PPAs and certificates), the rest at the
// zone's residual mix, or the grid average when no residual mix is configured. Also the hourly
// carbon-free-energy share (CFE): hourly-matched carbon-free contracts plus the grid's
// carbon-free share of the rest.
//
//   Scope2Result r = scope2Hourly({facilityKwh, gridGPerKwh, gridCfePct, start}, site.instruments,
//   {}); double kg = r.marketGrams / 1000.0;
#pragma once

#include "energyinstrument.h"

#include "core/utctime.h"

#include <optional>
#include <span>
#include <string>
#include <vector>

namespace greenlight {

struct HourlyConsumption {
    std::span<const double> facilityKwh;       // electricity per hour from `start`
    std::span<const double> gridGPerKwh;       // the grid's average intensity, same hours
    std::span<const double> gridCarbonFreePct; // empty when the zone has no such column
    UtcTime start{};                           // whole hour
};

struct InstrumentClaim {
    std::string id;
    double kwh = 0.0;
};

struct Scope2Result {
    double consumedKwh = 0.0;
    double locationGrams = 0.0;
    double marketGrams = 0.0;
    double instrumentKwh = 0.0; // covered by any instrument
    double renewableKwh = 0.0;  // covered by renewable instruments (REF)
    double residualKwh = 0.0;   // left for the residual mix (or grid average)
    std::string residualBasis;  // "residual mix 523 g/kWh" or "grid average (no residual mix)"
    std::optional<double> carbonFreeKwh; // hourly matched; nullopt without the grid's CFE column
    std::vector<InstrumentClaim> claims; // what each instrument covered in this period
};

// Annual PPAs and certificates are spread evenly over their year: a period gets volume × its
// share of the year's hours, and what it does not use lapses, so that no kWh is claimed in two
// periods (or, since each instrument belongs to one site, at two sites).
Scope2Result scope2Hourly(const HourlyConsumption& consumption,
                          const std::vector<EnergyInstrument>& instruments,
                          std::optional<double> residualMixGPerKwh);

} // namespace greenlight
