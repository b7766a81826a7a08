// A grid zone (Electricity Maps zone key) and the catalogue of zones the console knows about.
//
//   Result<ZoneCatalog> zones = loadZoneCatalog(dataDir / "carbon/zones.csv",
//                                               dataDir / "zone_locations.csv");
//   const Zone* de = zones->find("DE");
#pragma once

#include "status.h"

#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

namespace greenlight {

struct GeoPoint {
    double latitudeDeg = 0.0;
    double longitudeDeg = 0.0;
};

// A zone key names a trace file (<ZONE>.csv): not empty, and not a path (no '/' or '\\', no
// leading '.'), which would read some other file.
bool isZoneKeyShaped(std::string_view key);

struct Zone {
    std::string key;          // "DE", "US-CAL-CISO", "NO-NO1"
    std::string name;         // "Germany", "California Independent System Operator"
    std::string countryName;  // "Germany", "United States"
    int countryIsoNumeric = 0; // ISO 3166-1 numeric, the id of the country in the map geometry
    GeoPoint location;        // representative point (largest city or load centre)
    std::string locationName;

    // A zone covering part of a country (a US balancing authority, a Nordic bidding zone, …).
    // We have no sub-national shapes, so the map draws these as markers.
    bool isSubnational() const { return key.find('-') != std::string::npos; }
};

class ZoneCatalog {
public:
    explicit ZoneCatalog(std::vector<Zone> zones);

    const std::vector<Zone>& zones() const { return m_zones; }
    const Zone* find(std::string_view key) const;
    // The zone that covers the whole country, if there is one.
    const Zone* nationalZone(int countryIsoNumeric) const;

private:
    std::vector<Zone> m_zones; // sorted by key
};

// zones.csv (the index of shared/data/carbon) joined with zone_locations.csv
// (zone,latitude,longitude,place). Every zone must have a location; errors name file and line.
Result<ZoneCatalog> parseZoneCatalog(std::string_view zonesCsv, std::string_view locationsCsv);
Result<ZoneCatalog> loadZoneCatalog(const std::filesystem::path& zonesCsv,
                                    const std::filesystem::path& locationsCsv);

} // namespace greenlight
