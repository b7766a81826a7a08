// UK Carbon Intensity API (NESO, api.carbonintensity.org.uk, no key) bodies → provider readings
// and generation mixes. Plain functions over bytes (fuzzable). National values are zone "GB";
// regional ones "GB-REGION-<regionid>" (1–17; 18 England, 19 Scotland, 20 Wales).
//
//   UkCarbonBatch now = parseUkNational(body, fetched).value();   // /intensity, /intensity/{from}/fw48h
//   UkCarbonBatch reg = parseUkRegional(body, fetched).value();   // /regional…, either shape
#pragma once

#include "core/providers/generationmix.h"
#include "core/providers/providerreading.h"
#include "core/status.h"

#include <string>
#include <string_view>
#include <vector>

namespace greenlight {

struct UkCarbonBatch {
    std::vector<ProviderReading> readings;
    std::vector<GenerationMix> mixes;
    std::vector<std::pair<std::string, std::string>> regionNames; // zone → "South West England"
};

// {"data":[{from, to, intensity:{forecast, actual, index}}]}. A period with a non-null `actual`
// gives an actual reading as well as the forecast one. The API says gCO₂/kWh of generation
// (operational, not life-cycle), so the signal is AverageDirect.
Result<UkCarbonBatch> parseUkNational(std::string_view body, UtcTime fetchedTime);

// Regional endpoints come in two shapes and both are accepted:
//  - period-keyed: {"data":[{from, to, regions:[{regionid, shortname, intensity, generationmix}]}]}
//    (/regional, /regional/england, /regional/intensity/{from}/fw24h)
//  - region-keyed: {"data":{regionid, shortname, data:[{from, to, intensity, generationmix}]}} or
//    {"data":[{regionid, …, data:[…]}]} (/regional/regionid/{id}, /regional/postcode/{pc},
//    /regional/intensity/{from}/fw48h/regionid/{id}).
Result<UkCarbonBatch> parseUkRegional(std::string_view body, UtcTime fetchedTime);

// /generation: {"data":{from, to, generationmix:[{fuel, perc}]}} (or an array of such periods).
Result<UkCarbonBatch> parseUkGeneration(std::string_view body, UtcTime fetchedTime);

std::string ukRegionZone(int regionId); // "GB-REGION-13"

} // namespace greenlight
