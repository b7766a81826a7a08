// Zone profiles from the bundled real traces and weather.
#include "core/siting/candidatezone.h"
#include "core/traceloader.h"

#include <gtest/gtest.h>

#include <algorithm>

using namespace greenlight;

TEST(CandidateZone, ProfilesEveryBundledZoneFromItsTraceAndWeather)
{
    const std::filesystem::path data = GREENLIGHT_DATA_DIR;
    const Result<ZoneCatalog> catalog = loadZoneCatalog(data / "carbon/zones.csv", data / "zone_locations.csv");
    ASSERT_TRUE(catalog.ok()) << catalog.status().message();
    const TraceLoadReport traces = loadTraceDirectory(data / "carbon", 2);
    const Result<WeatherLibrary> weather = WeatherLibrary::loadDirectory(data / "weather");
    ASSERT_TRUE(weather.ok());
    const Result<Fleet> fleet = loadFleetFile(data / "../fleets/demo-fleet.json");
    ASSERT_TRUE(fleet.ok());
    std::vector<std::string> skipped;
    const Result<std::vector<CandidateZone>> zones =
        profileZones(catalog.value(), traces.library, &weather.value(), fleet.value(), SitingOptions{}, &skipped);
    ASSERT_TRUE(zones.ok()) << zones.status().message();
    EXPECT_EQ(zones->size(), traces.library.size()); // every bundled zone has 2022
    EXPECT_TRUE(skipped.empty());
    std::size_t withWeather = 0;
    for (const CandidateZone& z : zones.value()) {
        ASSERT_EQ(z.hourlyGPerKwh.size(), 8760u) << z.zoneKey;
        EXPECT_LE(z.p10GPerKwh, z.meanGPerKwh) << z.zoneKey;
        EXPECT_GE(z.lowCarbonShare, 0.0);
        EXPECT_LE(z.lowCarbonShare, 1.0);
        EXPECT_EQ(z.latencyMsByRegion.size(), fleet->userRegions().size());
        if (z.freeCoolingHours) {
            ++withWeather;
            EXPECT_GE(*z.freeCoolingHours, 0.0);
            EXPECT_LE(*z.freeCoolingHours, 8760.0);
        }
    }
    EXPECT_EQ(withWeather, 11u); // the bundled weather cities
    const auto find = [&](const std::string& key) {
        return *std::find_if(zones->begin(), zones->end(), [&](const CandidateZone& z) { return z.zoneKey == key; });
    };
    const CandidateZone gb = find("GB");
    EXPECT_TRUE(gb.freeCoolingHours.has_value());
    EXPECT_GT(*gb.freeCoolingHours, *find("SG").freeCoolingHours); // London vs Singapore
    EXPECT_EQ(gb.jurisdiction, "UK");
    EXPECT_TRUE(gb.inFleet);
    EXPECT_FALSE(find("NO-NO1").freeCoolingHours.has_value()); // no Nordic weather is bundled
    EXPECT_FALSE(find("NO-NO1").inFleet);
    EXPECT_GT(find("NO-NO1").lowCarbonShare, 0.9);
    EXPECT_TRUE(gb.carbonFreePct.has_value()); // GB's trace has the column, NO-NO1's does not
    EXPECT_FALSE(find("NO-NO1").carbonFreePct.has_value());
}
