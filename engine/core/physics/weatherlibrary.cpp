#include "weatherlibrary.h"

#include "core/csvtable.h"
#include "core/traceloader.h"

#include <charconv>
#include <cmath>
#include <cstdio>

namespace greenlight {

Result<WeatherLibrary> WeatherLibrary::loadDirectory(const std::filesystem::path& dir)
{
    WeatherLibrary library;
    std::error_code ec;
    if (!std::filesystem::is_directory(dir, ec))
        return library;
    std::map<std::string, GeoPoint> stations;
    if (std::filesystem::exists(dir / "sites.csv")) {
        Result<std::string> text = readTextFile(dir / "sites.csv");
        if (!text.ok())
            return text.status();
        Result<CsvTable> table = parseCsvTable(text.value(), "sites.csv");
        if (!table.ok())
            return table.status();
        const auto zone = table->column("zone");
        const auto lat = table->column("latitude");
        const auto lon = table->column("longitude");
        if (!zone || !lat || !lon)
            return Status(StatusCode::InvalidArgument,
                          "sites.csv needs the columns zone, latitude, longitude", "weather");
        for (std::size_t r = 0; r < table->rows.size(); ++r) {
            const auto& row = table->rows[r];
            double latitude = 0.0;
            double longitude = 0.0;
            const std::string& a = row.at(*lat);
            const std::string& b = row.at(*lon);
            // In full, finite ("nan" passes every range check) and on the globe.
            auto number = [](const std::string& field, double& out) {
                const auto [end, parsed] = std::from_chars(field.data(), field.data() + field.size(), out);
                return parsed == std::errc() && end == field.data() + field.size() && std::isfinite(out);
            };
            const bool ok = number(a, latitude) && number(b, longitude) && std::abs(latitude) <= 90.0 &&
                            std::abs(longitude) <= 180.0;
            if (!ok)
                return Status(StatusCode::InvalidArgument,
                              "sites.csv:" + std::to_string(table->lineNumbers[r]) +
                                  ": latitude and longitude must be numbers within ±90 and ±180",
                              "weather");
            stations[row.at(*zone)] = {latitude, longitude};
        }
    }
    for (const auto& entry : std::filesystem::directory_iterator(dir)) {
        const std::filesystem::path& path = entry.path();
        if (path.extension() != ".csv" || path.filename() == "sites.csv")
            continue;
        Result<WeatherSeries> series = loadWeatherCsv(path);
        if (!series.ok())
            return series.status();
        const std::string key = path.stem().string();
        const auto station = stations.find(key);
        library.add(std::move(series).value(),
                    station == stations.end() ? std::nullopt : std::optional(station->second));
    }
    return library;
}

void WeatherLibrary::add(WeatherSeries series, std::optional<GeoPoint> station)
{
    const std::string key = series.label();
    m_entries.insert_or_assign(key, Entry{std::move(series), station});
}

const WeatherSeries* WeatherLibrary::find(const std::string& key) const
{
    const auto it = m_entries.find(key);
    return it == m_entries.end() ? nullptr : &it->second.series;
}

const WeatherSeries* WeatherLibrary::forSite(const Site& site, std::string* why) const
{
    auto say = [&](const std::string& text) {
        if (why)
            *why = text;
    };
    if (site.weatherKey == "none") {
        say("weather switched off in the fleet file");
        return nullptr;
    }
    if (!site.weatherKey.empty()) {
        const WeatherSeries* series = find(site.weatherKey);
        say(series ? "weather " + site.weatherKey + " (named in the fleet file)"
                   : "weather " + site.weatherKey + " not found");
        return series;
    }
    const auto it = m_entries.find(site.zoneKey);
    if (it == m_entries.end()) {
        say("no weather file for zone " + site.zoneKey);
        return nullptr;
    }
    if (it->second.station) {
        const double km = greatCircleKm(site.location, *it->second.station);
        if (km > kNearbyKm) {
            char buffer[160];
            std::snprintf(buffer, sizeof buffer,
                          "the %s weather station is %.0f km from the site (> %.0f km)",
                          site.zoneKey.c_str(), km, kNearbyKm);
            say(buffer);
            return nullptr;
        }
    }
    say("weather " + site.zoneKey + " (the zone's station)");
    return &it->second.series;
}

Result<FleetPhysics> WeatherLibrary::physicsFor(const Fleet& fleet, TimeWindow window) const
{
    FleetPhysics out;
    const int firstYear = splitUtc(window.begin).year;
    const int lastYear = splitUtc(window.end - Seconds{1}).year;
    for (const Site& site : fleet.sites()) {
        std::string why;
        const WeatherSeries* series = forSite(site, &why);
        if (!series && !site.weatherKey.empty() && site.weatherKey != "none")
            return Status(StatusCode::NotFound,
                          "site " + site.id + ": " + why + " in the weather folder", "weather");
        std::optional<WeatherSeries> climate;
        if (!series && site.climate) {
            Result<WeatherSeries> built = WeatherSeries::fromClimate(
                site.climate->source, *site.climate, firstYear, std::max(firstYear, lastYear));
            if (!built.ok())
                return Status(built.status().code(),
                              "site " + site.id + ": " + built.status().message(), "weather");
            climate = std::move(built).value();
            series = &*climate;
        }
        out.sites.push_back(SitePhysics::compute(site, series, window, why));
    }
    return out;
}

} // namespace greenlight
