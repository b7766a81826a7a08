#include "weatherseries.h"

#include "core/traceloader.h"

#include <charconv>
#include <cmath>

namespace greenlight {

Result<WeatherSeries> WeatherSeries::create(std::string label, UtcTime start,
                                            std::vector<double> dryBulbC,
                                            std::vector<double> relativeHumidityPct)
{
    if (dryBulbC.size() != relativeHumidityPct.size() || dryBulbC.size() < 2)
        return Status(StatusCode::InvalidArgument,
                      label + ": temperature and humidity need the same number of hours (≥ 2)",
                      "weather");
    WeatherSeries series;
    series.m_label = std::move(label);
    series.m_origin = WeatherOrigin::Hourly;
    series.m_start = start;
    series.m_dryBulbC = std::move(dryBulbC);
    series.m_relativeHumidityPct = std::move(relativeHumidityPct);
    return series;
}

Result<WeatherSeries> WeatherSeries::fromClimate(std::string label, const MonthlyClimate& climate,
                                                 int firstYear, int lastYear)
{
    for (std::size_t m = 0; m < 12; ++m) {
        if (climate.dryBulbC[m] < -90 || climate.dryBulbC[m] > 60 ||
            climate.relativeHumidityPct[m] < 0 || climate.relativeHumidityPct[m] > 100)
            return Status(StatusCode::InvalidArgument,
                          label + ": monthly climate " + std::to_string(m + 1) +
                              " out of range (−90..60 °C, 0..100 %)",
                          "weather");
    }
    const UtcTime begin = startOfYear(firstYear);
    const UtcTime end = startOfYear(lastYear + 1);
    std::vector<double> t;
    std::vector<double> rh;
    for (UtcTime h = begin; h < end; h += Hours{1}) {
        const unsigned month = splitUtc(h).month - 1;
        t.push_back(climate.dryBulbC[month]);
        rh.push_back(climate.relativeHumidityPct[month]);
    }
    Result<WeatherSeries> series = create(std::move(label), begin, std::move(t), std::move(rh));
    if (series.ok())
        series->m_origin = WeatherOrigin::Climatology;
    return series;
}

std::optional<std::size_t> WeatherSeries::wrappedIndex(UtcTime t) const
{
    constexpr Hours kYear{364 * 24};
    const auto n = static_cast<long long>(size());
    long long hour = std::chrono::floor<Hours>(t - m_start).count();
    if (hour < 0 || hour >= n) {
        if (n < kYear.count())
            return std::nullopt;
        // Whole 52-week blocks keep the season and the weekday; jump straight there.
        if (hour < 0)
            hour += ((-hour + kYear.count() - 1) / kYear.count()) * kYear.count();
        else
            hour -= ((hour - n) / kYear.count() + 1) * kYear.count();
    }
    return static_cast<std::size_t>(hour);
}

std::optional<WeatherHour> WeatherSeries::hourAt(UtcTime t) const
{
    const auto index = wrappedIndex(t);
    if (!index)
        return std::nullopt;
    return WeatherHour{m_dryBulbC[*index], m_relativeHumidityPct[*index]};
}

namespace {

bool parseNumber(std::string_view field, double& out)
{
    // "nan" parses, and passes every range check (comparisons with NaN are false).
    const auto [end, ec] = std::from_chars(field.data(), field.data() + field.size(), out);
    return ec == std::errc() && end == field.data() + field.size() && std::isfinite(out);
}

} // namespace

Result<WeatherSeries> parseWeatherCsv(std::string_view text, std::string_view fileLabel)
{
    const std::string label(fileLabel);
    auto fail = [&](std::size_t line, const std::string& what) {
        return Status(StatusCode::InvalidArgument, label + ":" + std::to_string(line) + ": " + what,
                      "weather");
    };
    constexpr std::string_view kHeader = "timestamp_utc,temperature_2m_c,relative_humidity_2m_pct";
    std::size_t pos = 0;
    std::size_t lineNo = 0;
    std::vector<double> t;
    std::vector<double> rh;
    UtcTime start{};
    UtcTime previous{};
    while (pos < text.size()) {
        std::size_t eol = text.find('\n', pos);
        if (eol == std::string_view::npos)
            eol = text.size();
        std::string_view line = text.substr(pos, eol - pos);
        pos = eol + 1;
        ++lineNo;
        if (!line.empty() && line.back() == '\r')
            line.remove_suffix(1);
        if (lineNo == 1) {
            if (line != kHeader)
                return fail(1, "header must be \"" + std::string(kHeader) + "\"");
            continue;
        }
        if (line.empty())
            return fail(lineNo, "empty line");
        const std::size_t c1 = line.find(',');
        const std::size_t c2 = c1 == std::string_view::npos ? c1 : line.find(',', c1 + 1);
        if (c2 == std::string_view::npos || line.find(',', c2 + 1) != std::string_view::npos)
            return fail(lineNo, "expected 3 fields");
        const std::optional<UtcTime> time = parseIsoUtc(line.substr(0, c1));
        if (!time)
            return fail(lineNo, "bad UTC timestamp '" + std::string(line.substr(0, c1)) + "'");
        double temperature = 0.0;
        double humidity = 0.0;
        if (!parseNumber(line.substr(c1 + 1, c2 - c1 - 1), temperature) || temperature < -90 ||
            temperature > 60)
            return fail(lineNo, "temperature must be a number in −90..60 °C");
        if (!parseNumber(line.substr(c2 + 1), humidity) || humidity < 0 || humidity > 100)
            return fail(lineNo, "relative humidity must be a number in 0..100 %");
        if (t.empty())
            start = *time;
        else if (*time != previous + Hours{1})
            return fail(lineNo, "rows must follow each other at one hour, without gaps");
        previous = *time;
        t.push_back(temperature);
        rh.push_back(humidity);
    }
    if (t.size() < 2)
        return fail(lineNo, "fewer than two hours of weather (" + std::to_string(t.size()) + " rows)");
    std::string name = label;
    if (name.size() > 4 && name.ends_with(".csv"))
        name.resize(name.size() - 4);
    return WeatherSeries::create(std::move(name), start, std::move(t), std::move(rh));
}

Result<WeatherSeries> loadWeatherCsv(const std::filesystem::path& path)
{
    Result<std::string> text = readTextFile(path);
    if (!text.ok())
        return text.status();
    return parseWeatherCsv(text.value(), path.filename().string());
}

} // namespace greenlight
