#include "zone.h"

#include "csvtable.h"
#include "traceloader.h"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <map>

namespace greenlight {

bool isZoneKeyShaped(std::string_view key)
{
    return !key.empty() && key.find_first_of("/\\") == std::string_view::npos && key.front() != '.';
}
namespace {

constexpr const char* kSource = "zone catalog";

std::optional<double> toDouble(const std::string& s)
{
    double value = 0.0;
    const auto [ptr, ec] = std::from_chars(s.data(), s.data() + s.size(), value);
    if (ec != std::errc() || ptr != s.data() + s.size() || !std::isfinite(value))
        return std::nullopt;
    return value;
}

Status rowError(const CsvTable& table, std::size_t row, const std::string& what)
{
    return Status(StatusCode::InvalidArgument,
                  table.fileLabel + ":" + std::to_string(table.lineNumbers[row]) + ": " + what,
                  kSource);
}

Status missingColumn(const CsvTable& table, const char* name)
{
    return Status(StatusCode::InvalidArgument,
                  table.fileLabel + ":1: wrong header: column '" + name + "' is missing", kSource);
}

} // namespace

ZoneCatalog::ZoneCatalog(std::vector<Zone> zones) : m_zones(std::move(zones))
{
    std::sort(m_zones.begin(), m_zones.end(),
              [](const Zone& a, const Zone& b) { return a.key < b.key; });
}

const Zone* ZoneCatalog::find(std::string_view key) const
{
    const auto it = std::lower_bound(m_zones.begin(), m_zones.end(), key,
                                     [](const Zone& z, std::string_view k) { return z.key < k; });
    return it != m_zones.end() && it->key == key ? &*it : nullptr;
}

const Zone* ZoneCatalog::nationalZone(int countryIsoNumeric) const
{
    for (const Zone& zone : m_zones) {
        if (zone.countryIsoNumeric == countryIsoNumeric && !zone.isSubnational())
            return &zone;
    }
    return nullptr;
}

Result<ZoneCatalog> parseZoneCatalog(std::string_view zonesCsv, std::string_view locationsCsv)
{
    Result<CsvTable> locations = parseCsvTable(locationsCsv, "zone_locations.csv");
    if (!locations.ok())
        return locations.status();
    const auto locZone = locations->column("zone");
    const auto locLat = locations->column("latitude");
    const auto locLon = locations->column("longitude");
    const auto locPlace = locations->column("place");
    if (!locZone || !locLat || !locLon || !locPlace)
        return missingColumn(locations.value(), "zone, latitude, longitude or place");
    std::map<std::string, std::pair<GeoPoint, std::string>> byZone;
    for (std::size_t r = 0; r < locations->rows.size(); ++r) {
        const auto& row = locations->rows[r];
        const auto lat = toDouble(row[*locLat]);
        const auto lon = toDouble(row[*locLon]);
        if (!lat || *lat < -90.0 || *lat > 90.0)
            return rowError(locations.value(), r, "latitude '" + row[*locLat] + "' is not in -90..90");
        if (!lon || *lon < -180.0 || *lon > 180.0)
            return rowError(locations.value(), r,
                            "longitude '" + row[*locLon] + "' is not in -180..180");
        if (!byZone.emplace(row[*locZone], std::pair{GeoPoint{*lat, *lon}, row[*locPlace]}).second)
            return rowError(locations.value(), r, "zone " + row[*locZone] + " appears twice");
    }

    Result<CsvTable> table = parseCsvTable(zonesCsv, "zones.csv");
    if (!table.ok())
        return table.status();
    const auto colZone = table->column("zone");
    const auto colName = table->column("zone_name");
    const auto colCountry = table->column("country");
    const auto colIso = table->column("country_iso_numeric");
    if (!colZone || !colName || !colCountry || !colIso)
        return missingColumn(table.value(), "zone, zone_name, country or country_iso_numeric");

    std::vector<Zone> zones;
    for (std::size_t r = 0; r < table->rows.size(); ++r) {
        const auto& row = table->rows[r];
        Zone zone;
        zone.key = row[*colZone];
        zone.name = row[*colName];
        zone.countryName = row[*colCountry];
        const auto iso = toDouble(row[*colIso]);
        if (zone.key.empty())
            return rowError(table.value(), r, "empty zone key");
        if (!iso || *iso <= 0 || *iso > 999 || std::floor(*iso) != *iso)
            return rowError(table.value(), r,
                            "country_iso_numeric '" + row[*colIso] + "' is not a number 1..999");
        zone.countryIsoNumeric = static_cast<int>(*iso);
        const auto location = byZone.find(zone.key);
        if (location == byZone.end())
            return rowError(table.value(), r,
                            "zone " + zone.key + " has no row in zone_locations.csv");
        zone.location = location->second.first;
        zone.locationName = location->second.second;
        zones.push_back(std::move(zone));
    }
    return ZoneCatalog(std::move(zones));
}

Result<ZoneCatalog> loadZoneCatalog(const std::filesystem::path& zonesCsv,
                                    const std::filesystem::path& locationsCsv)
{
    Result<std::string> zones = readTextFile(zonesCsv);
    if (!zones.ok())
        return zones.status();
    Result<std::string> locations = readTextFile(locationsCsv);
    if (!locations.ok())
        return locations.status();
    return parseZoneCatalog(zones.value(), locations.value());
}

} // namespace greenlight
