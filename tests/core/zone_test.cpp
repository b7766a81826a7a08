#include "core/zone.h"

#include <gtest/gtest.h>

namespace greenlight {
namespace {

constexpr const char* kZones =
    "zone,zone_name,country,country_iso2,country_iso_numeric\n"
    "DE,Germany,Germany,DE,276\n"
    "US-SE-SOCO,\"Southern Company Services, Inc. - Trans\",United States,US,840\n"
    "NO,Norway,Norway,NO,578\n"
    "NO-NO1,Southeast Norway,Norway,NO,578\n";
constexpr const char* kLocations = "zone,latitude,longitude,place\n"
                                   "DE,50.1,8.7,Frankfurt\n"
                                   "US-SE-SOCO,33.75,-84.39,\"Atlanta, GA\"\n"
                                   "NO,59.9,10.75,Oslo\n"
                                   "NO-NO1,59.9,10.75,Oslo\n";

TEST(ZoneCatalog, JoinsZonesWithLocations)
{
    const auto catalog = parseZoneCatalog(kZones, kLocations);
    ASSERT_TRUE(catalog.ok()) << catalog.status().message();
    ASSERT_EQ(catalog->zones().size(), 4u);
    const Zone* soco = catalog->find("US-SE-SOCO");
    ASSERT_NE(soco, nullptr);
    EXPECT_EQ(soco->name, "Southern Company Services, Inc. - Trans");
    EXPECT_EQ(soco->countryIsoNumeric, 840);
    EXPECT_TRUE(soco->isSubnational());
    EXPECT_DOUBLE_EQ(soco->location.longitudeDeg, -84.39);
    EXPECT_FALSE(catalog->find("DE")->isSubnational());
    EXPECT_EQ(catalog->nationalZone(578)->key, "NO");
    EXPECT_EQ(catalog->nationalZone(840), nullptr);
    EXPECT_EQ(catalog->find("FR"), nullptr);
}

TEST(ZoneCatalog, RejectsBadRowsWithFileAndLine)
{
    struct Case {
        std::string zones;
        std::string locations;
        const char* expected;
    };
    const std::string header = "zone,zone_name,country,country_iso2,country_iso_numeric\n";
    const std::string locHeader = "zone,latitude,longitude,place\n";
    for (const Case& c :
         {Case{header + "DE,Germany,Germany,DE,276\nFR,France,France,FR,250\n",
               locHeader + "DE,50,8,F\n", "zones.csv:3: zone FR has no row in zone_locations.csv"},
          Case{header + "DE,Germany,Germany,DE,abc\n", locHeader + "DE,50,8,F\n",
               "zones.csv:2: country_iso_numeric 'abc'"},
          Case{header + "DE,Germany,Germany,DE,276\n", locHeader + "DE,95,8,F\n",
               "zone_locations.csv:2: latitude '95'"},
          Case{header + "DE,Germany,Germany,DE,276\n", locHeader + "DE,50,8,F\nDE,50,8,F\n",
               "zone_locations.csv:3: zone DE appears twice"},
          Case{"zone,name\nDE,Germany\n", locHeader + "DE,50,8,F\n", "zones.csv:1: wrong header"}}) {
        const auto catalog = parseZoneCatalog(c.zones, c.locations);
        ASSERT_FALSE(catalog.ok()) << c.expected;
        EXPECT_EQ(catalog.status().message().rfind(c.expected, 0), 0u) << catalog.status().message();
    }
}

} // namespace
} // namespace greenlight
