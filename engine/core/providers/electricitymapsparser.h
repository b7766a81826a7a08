// Electricity Maps API v3 bodies → provider readings. Plain functions over bytes, no I/O, so a
// fuzzer can call them (tests/fuzz). Formats: tests/fixtures/providers/electricitymaps/SOURCE.md.
//
//   auto latest = parseElectricityMapsLatest(body, now);   // GET /v3/carbon-intensity/latest
//   if (!latest.ok()) showError(latest.status());          // names the field that was wrong
#pragma once

#include "core/providers/generationmix.h"
#include "core/providers/providerreading.h"
#include "core/status.h"

#include <string_view>
#include <vector>

namespace greenlight {

// GET /v3/carbon-intensity/latest: one actual reading. A null carbonIntensity (the zone has no
// value for this hour) is NotFound.
Result<std::vector<ProviderReading>> parseElectricityMapsLatest(std::string_view body,
                                                                UtcTime fetchedTime);
// GET /v3/carbon-intensity/history: the past 24 hours; entries with a null value are skipped.
Result<std::vector<ProviderReading>> parseElectricityMapsHistory(std::string_view body,
                                                                 UtcTime fetchedTime);
// GET /v3/carbon-intensity/forecast (paid tier): forecast readings issued at `updatedAt`.
Result<std::vector<ProviderReading>> parseElectricityMapsForecast(std::string_view body,
                                                                  UtcTime fetchedTime);
// GET /v3/power-breakdown/latest: consumption shares by source, in percent of the total.
Result<GenerationMix> parseElectricityMapsPowerBreakdown(std::string_view body, UtcTime fetchedTime);

} // namespace greenlight
