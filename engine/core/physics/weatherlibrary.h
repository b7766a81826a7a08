// The weather every site of a fleet is computed with: the bundled hourly files by key (station
// coordinates from weather/sites.csv), picked per site by the fleet file's "weather" field or, by
// default, the site's zone when the station is near the site; else the site's monthly
// climatology; else nothing, and the site runs on its design PUE. The choice is said in words.
//
//   WeatherLibrary weather = WeatherLibrary::loadDirectory(dataDir / "weather").value();
//   FleetPhysics physics = weather.physicsFor(fleet, {startOfYear(2022), startOfYear(2023)});
#pragma once

#include "sitephysics.h"
#include "weatherseries.h"

#include "core/fleet/fleet.h"
#include "core/status.h"

#include <filesystem>
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace greenlight {

// Hourly physics per site of a fleet, in the fleet's site order.
struct FleetPhysics {
    std::vector<SitePhysics> sites;
};

class WeatherLibrary {
public:
    WeatherLibrary() = default;
    // Every <KEY>.csv in the folder (sites.csv gives the station locations). A folder that does
    // not exist gives an empty library; a malformed file is an error naming file and line.
    static Result<WeatherLibrary> loadDirectory(const std::filesystem::path& dir);

    void add(WeatherSeries series, std::optional<GeoPoint> station = std::nullopt);
    const WeatherSeries* find(const std::string& key) const;

    // A default weather file is used only within this distance of the site.
    static constexpr double kNearbyKm = 150.0;

    // The series for a site, or null; `why` says which and why (or why none).
    const WeatherSeries* forSite(const Site& site, std::string* why = nullptr) const;
    // Physics of every site over the window. An explicitly named weather file that is missing
    // is an error; climatologies are built on the fly.
    Result<FleetPhysics> physicsFor(const Fleet& fleet, TimeWindow window) const;

private:
    struct Entry {
        WeatherSeries series;
        std::optional<GeoPoint> station;
    };
    std::map<std::string, Entry> m_entries;
};

} // namespace greenlight
