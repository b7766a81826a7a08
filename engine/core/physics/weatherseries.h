// A site's hourly outdoor air: dry-bulb temperature and relative humidity, from the bundled
// Open-Meteo (ERA5) files or, where a site has none, from a monthly climatology the operator
// supplies. The cooling model reads it hour by hour.
//
//   Result<WeatherSeries> fra = loadWeatherCsv(dataDir / "weather" / "DE.csv");
//   std::optional<WeatherHour> h = fra->hourAt(*parseIsoUtc("2023-07-01T12:00:00Z"));
#pragma once

#include "core/status.h"
#include "core/utctime.h"

#include <array>
#include <cstddef>
#include <filesystem>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace greenlight {

struct WeatherHour {
    double dryBulbC = 0.0;
    double relativeHumidityPct = 0.0;
};

// Twelve monthly means (January first) for a site without hourly weather, with where they come
// from; the cooling model then sees a year without diurnal swings, so peaks are underestimated.
struct MonthlyClimate {
    std::array<double, 12> dryBulbC{};
    std::array<double, 12> relativeHumidityPct{};
    std::string source; // e.g. "SMHI normals 1991–2020, Stockholm-Observatoriekullen"
};

enum class WeatherOrigin {
    Invalid,
    Hourly,      // recorded hourly weather
    Climatology, // monthly means spread over every hour of the month
};

class WeatherSeries {
public:
    // Hourly series; temperatures and humidities must be the same length, at least 2 hours.
    static Result<WeatherSeries> create(std::string label, UtcTime start,
                                        std::vector<double> dryBulbC,
                                        std::vector<double> relativeHumidityPct);
    // Every hour of the calendar years [firstYear, lastYear] from monthly means.
    static Result<WeatherSeries> fromClimate(std::string label, const MonthlyClimate& climate,
                                             int firstYear, int lastYear);

    const std::string& label() const { return m_label; }
    WeatherOrigin origin() const { return m_origin; }
    UtcTime start() const { return m_start; }
    std::size_t size() const { return m_dryBulbC.size(); }
    TimeWindow coverage() const
    {
        return {m_start, m_start + Hours{static_cast<long long>(size())}};
    }
    const std::vector<double>& dryBulbC() const { return m_dryBulbC; }
    const std::vector<double>& relativeHumidityPct() const { return m_relativeHumidityPct; }

    // The hour containing t; outside the coverage the same hour 52 weeks earlier or later (like
    // intensity traces), so a series of at least a year answers for any instant. nullopt only
    // for a series shorter than 52 weeks asked outside its coverage.
    std::optional<WeatherHour> hourAt(UtcTime t) const;
    std::optional<std::size_t> wrappedIndex(UtcTime t) const;

private:
    WeatherSeries() = default;

    std::string m_label;
    WeatherOrigin m_origin = WeatherOrigin::Invalid;
    UtcTime m_start{};
    std::vector<double> m_dryBulbC;
    std::vector<double> m_relativeHumidityPct;
};

// Parses "timestamp_utc,temperature_2m_c,relative_humidity_2m_pct" rows at a one-hour step
// without gaps; errors name the file and line. Temperatures −90..60 °C, humidity 0..100 %.
Result<WeatherSeries> parseWeatherCsv(std::string_view text, std::string_view fileLabel);
Result<WeatherSeries> loadWeatherCsv(const std::filesystem::path& path);

} // namespace greenlight
