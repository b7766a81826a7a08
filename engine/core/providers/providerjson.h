// Checks shared by the provider parsers: the body really is JSON, fields have the right type,
// times are UTC, values are finite and plausible. Every error names the provider and the field.
//
//   Result<JsonValue> doc = parseProviderJson(body, kWattTime);
//   Result<UtcTime> t = requireTime(point.get("point_time"), kWattTime, "data[3].point_time");
#pragma once

#include "core/json/json.h"
#include "core/status.h"
#include "core/utctime.h"

#include <optional>
#include <string>
#include <string_view>

namespace greenlight {

// Above any grid on Earth (lignite, life-cycle: ~1,200 g/kWh); a larger value is a broken feed.
inline constexpr double kMaxPlausibleGPerKwh = 3000.0;

// Ok, or InvalidArgument for an empty body or an HTML page (a proxy's or gateway's error page).
Status checkLooksLikeJson(std::string_view body, std::string_view provider);

// JSON, or InvalidArgument saying what came instead (an HTML error page, an empty body, …).
Result<JsonValue> parseProviderJson(std::string_view body, std::string_view provider);

// ISO-8601 UTC with optional fractional seconds ("2024-03-06T19:00:00.000Z",
// "2023-03-15T12:00Z", "2024-05-28T14:20:00+00:00"); fractions are dropped.
std::optional<UtcTime> parseProviderTime(std::string_view text);

Result<UtcTime> requireTime(const JsonValue& v, std::string_view provider, const std::string& field);
// A finite number in [min, max].
Result<double> requireNumber(const JsonValue& v, std::string_view provider, const std::string& field,
                             double min, double max);
Result<std::string> requireString(const JsonValue& v, std::string_view provider,
                                  const std::string& field);

Status fieldError(std::string_view provider, const std::string& field, const std::string& what);

} // namespace greenlight
