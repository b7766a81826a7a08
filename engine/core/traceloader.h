// Reads a zone's carbon-intensity trace in the CSV layout of shared/data/carbon (and carbon-5min)
// and validates every row. Any defect is an error naming the file and the line; nothing is skipped
// silently.
//
//   Result<IntensitySeries> de = loadIntensityCsv("resources/data/carbon/DE.csv");
//   if (!de.ok()) report(de.status().message()); // "DE.csv:17: duplicate timestamp ..."
#pragma once

#include "intensityseries.h"
#include "status.h"

#include <filesystem>
#include <string>
#include <string_view>

namespace greenlight {

// Parses CSV text. `fileLabel` names the file in error messages; `zoneKey` names the series.
// Header: timestamp_utc, carbon_intensity_gco2_per_kwh, then optionally any of
// carbon_intensity_direct_gco2_per_kwh, carbon_free_percentage, renewable_percentage,
// is_estimated. Rows must be strictly increasing at one constant step. A gap of up to
// kMaxFilledGap (a feed's outage, a missing hour at a clock change) is filled with the last value
// before it (never with a later one: forecasts read the series), the filled steps flagged estimated and counted
// (IntensitySeries::filledSteps); a longer gap is an error.
inline constexpr Hours kMaxFilledGap{6};

Result<IntensitySeries> parseIntensityCsv(std::string_view text, std::string_view fileLabel,
                                          std::string zoneKey);

// Reads the file whole and parses it; the zone key is the file name without ".csv".
Result<IntensitySeries> loadIntensityCsv(const std::filesystem::path& path);

// Reads a whole file into memory; an error names the path.
Result<std::string> readTextFile(const std::filesystem::path& path);

} // namespace greenlight
