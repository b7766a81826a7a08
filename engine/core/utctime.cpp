#include "utctime.h"

#include <cstdio>

namespace greenlight {
namespace {

// Parses exactly `width` ASCII digits; returns -1 on anything else.
int digits(std::string_view s, size_t pos, size_t width)
{
    if (pos + width > s.size())
        return -1;
    int value = 0;
    for (size_t i = pos; i < pos + width; ++i) {
        const char c = s[i];
        if (c < '0' || c > '9')
            return -1;
        value = value * 10 + (c - '0');
    }
    return value;
}

} // namespace

std::optional<UtcTime> parseIsoUtc(std::string_view s)
{
    // YYYY-MM-DDTHH:MM
    if (s.size() < 16 || s[4] != '-' || s[7] != '-' || (s[10] != 'T' && s[10] != ' ') ||
        s[13] != ':')
        return std::nullopt;
    const int year = digits(s, 0, 4);
    const int month = digits(s, 5, 2);
    const int day = digits(s, 8, 2);
    const int hour = digits(s, 11, 2);
    const int minute = digits(s, 14, 2);
    if (year < 0 || month < 1 || month > 12 || day < 1 || hour < 0 || hour > 23 || minute < 0 ||
        minute > 59)
        return std::nullopt;
    size_t pos = 16;
    int second = 0;
    if (pos < s.size() && s[pos] == ':') {
        second = digits(s, pos + 1, 2);
        if (second < 0 || second > 59)
            return std::nullopt;
        pos += 3;
    }
    const std::string_view zone = s.substr(pos);
    if (zone != "Z" && zone != "+00:00")
        return std::nullopt;

    const std::chrono::year_month_day ymd{std::chrono::year{year},
                                          std::chrono::month{static_cast<unsigned>(month)},
                                          std::chrono::day{static_cast<unsigned>(day)}};
    if (!ymd.ok())
        return std::nullopt;
    return UtcTime{std::chrono::sys_days{ymd}} + Hours{hour} + std::chrono::minutes{minute} +
           Seconds{second};
}

std::optional<UtcTime> parseIsoInstant(std::string_view s)
{
    // The date and time up to the seconds (or minutes), then fractional seconds, then the zone.
    std::size_t pos = s.size() >= 19 && s[16] == ':' ? 19 : 16;
    if (s.size() < pos)
        return std::nullopt;
    std::string_view fraction;
    if (pos == 19 && pos < s.size() && (s[pos] == '.' || s[pos] == ',')) {
        std::size_t end = pos + 1;
        while (end < s.size() && s[end] >= '0' && s[end] <= '9')
            ++end;
        if (end == pos + 1)
            return std::nullopt; // a separator without digits
        fraction = s.substr(pos, end - pos);
    }
    const std::string_view zone = s.substr(pos + fraction.size());
    Seconds offset{0};
    if (zone != "Z" && zone != "z") {
        // ±HH:MM or ±HHMM; a time without a zone is ambiguous and refused.
        if (zone.size() != 6 && zone.size() != 5)
            return std::nullopt;
        if (zone[0] != '+' && zone[0] != '-')
            return std::nullopt;
        const bool colon = zone.size() == 6;
        if (colon && zone[3] != ':')
            return std::nullopt;
        const int hh = digits(zone, 1, 2);
        const int mm = digits(zone, colon ? 4 : 3, 2);
        if (hh < 0 || hh > 23 || mm < 0 || mm > 59)
            return std::nullopt;
        offset = Hours{hh} + std::chrono::minutes{mm};
        if (zone[0] == '-')
            offset = -offset;
    }
    std::string local(s.substr(0, pos));
    local += 'Z';
    const std::optional<UtcTime> wall = parseIsoUtc(local);
    if (!wall)
        return std::nullopt;
    // Fractions of a second are dropped (the engine counts whole seconds); the offset is the
    // local time's lead on UTC.
    return *wall - offset;
}

std::string formatIsoUtc(UtcTime t)
{
    const UtcParts p = splitUtc(t);
    const long long secs = p.timeOfDay.count();
    char buffer[64];
    std::snprintf(buffer, sizeof buffer, "%04d-%02u-%02uT%02lld:%02lld:%02lldZ", p.year, p.month,
                  p.day, secs / 3600, (secs / 60) % 60, secs % 60);
    return buffer;
}

UtcTime startOfYear(int year)
{
    return UtcTime{std::chrono::sys_days{std::chrono::year{year} / std::chrono::January / 1}};
}

UtcParts splitUtc(UtcTime t)
{
    const auto day = std::chrono::floor<Days>(t);
    const std::chrono::year_month_day ymd{day};
    const std::chrono::weekday wd{day};
    const int year = static_cast<int>(ymd.year());
    const auto dayOfYear = (day - std::chrono::sys_days{ymd.year() / std::chrono::January / 1}).count();
    return UtcParts{year,
                    static_cast<unsigned>(ymd.month()),
                    static_cast<unsigned>(ymd.day()),
                    wd.c_encoding(),
                    static_cast<unsigned>(dayOfYear),
                    t - UtcTime{day}};
}

} // namespace greenlight
