// The generation (or consumption) mix of a zone for one period, as shares of the total, from
// Electricity Maps power-breakdown or the UK API's generationmix.
//
//   GenerationMix mix = parseElectricityMapsPowerBreakdown(body, now).value();
//   for (const FuelShare& f : mix.shares) show(f.fuel, f.percent);
#pragma once

#include "core/utctime.h"

#include <optional>
#include <string>
#include <vector>

namespace greenlight {

struct FuelShare {
    std::string fuel; // the provider's word: "wind", "gas", "hydro discharge", …
    double percent = 0.0;
};

struct GenerationMix {
    std::string provider;
    std::string zone;
    UtcTime validTime{};
    Seconds period{0};
    UtcTime fetchedTime{};
    std::optional<double> fossilFreePercent;
    std::optional<double> renewablePercent;
    bool estimated = false;
    std::vector<FuelShare> shares; // in the provider's order
};

} // namespace greenlight
