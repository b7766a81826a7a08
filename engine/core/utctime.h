// UTC instants and windows. Every time in the engine is a UTC instant with one-second resolution;
// names carry units (durations are std::chrono types, never bare integers).
//
//   std::optional<UtcTime> t = parseIsoUtc("2022-03-01T12:00:00Z");
//   TimeWindow next24h{*t, *t + std::chrono::hours(24)};
#pragma once

#include <chrono>
#include <optional>
#include <string>
#include <string_view>

namespace greenlight {

using UtcTime = std::chrono::sys_seconds;
using Seconds = std::chrono::seconds;
using Hours = std::chrono::hours;
using Days = std::chrono::days;

// Half-open interval [begin, end).
struct TimeWindow {
    UtcTime begin;
    UtcTime end;

    Seconds length() const { return end - begin; }
    bool isEmpty() const { return end <= begin; }
    bool contains(UtcTime t) const { return t >= begin && t < end; }
    bool contains(const TimeWindow& w) const { return w.begin >= begin && w.end <= end; }
    friend bool operator==(const TimeWindow&, const TimeWindow&) = default;
};

// Strict ISO-8601 UTC parser: "YYYY-MM-DDTHH:MM:SSZ", "YYYY-MM-DDTHH:MMZ" or the same with
// "+00:00". Rejects out-of-range fields (month 13, 30 February, hour 24) and any other offset.
std::optional<UtcTime> parseIsoUtc(std::string_view text);

// An ISO-8601 instant as cluster exports write it, in UTC: the strict forms above plus
// fractional seconds (dropped: ".250Z") and any offset ("+02:00", "-0500"), converted. A time
// without Z or an offset is refused: its zone is unknown.
std::optional<UtcTime> parseIsoInstant(std::string_view text);
// What parseIsoInstant takes, for error messages.
inline constexpr const char* kIsoInstantForm =
    "expected an ISO-8601 instant such as 2023-09-01T12:00:00Z or 2023-09-01T14:00:00.5+02:00";

// "YYYY-MM-DDTHH:MM:SSZ"
std::string formatIsoUtc(UtcTime t);

// Start of the calendar year `year` in UTC.
UtcTime startOfYear(int year);

// Calendar parts of an instant (UTC).
struct UtcParts {
    int year;
    unsigned month;   // 1..12
    unsigned day;     // 1..31
    unsigned weekday; // 0 = Sunday .. 6 = Saturday
    unsigned dayOfYear; // 0-based
    Seconds timeOfDay;
};
UtcParts splitUtc(UtcTime t);

} // namespace greenlight
