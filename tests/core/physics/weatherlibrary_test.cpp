#include "core/physics/weatherlibrary.h"

#include <gtest/gtest.h>

#include <filesystem>

namespace greenlight {
namespace {

const TimeWindow kYear2023{startOfYear(2023), startOfYear(2024)};

Fleet fleetOf(const std::string& sites)
{
    return parseFleetJson(R"({"name": "t", "sites": [)" + sites + "]}", "t.json").value();
}

std::string site(const std::string& id, const std::string& zone, double lat, double lon,
                 const std::string& extra = "")
{
    return R"({"id": ")" + id + R"(", "name": "x", "zone": ")" + zone +
           R"(", "jurisdiction": "EU", "location": {"lat": )" + std::to_string(lat) +
           R"(, "lon": )" + std::to_string(lon) + R"(}, "gpus": {"A100": 8}, "pue": 1.3,
           "cooling": "air-economizer")" +
           extra + "}";
}

const WeatherLibrary& bundled()
{
    static const WeatherLibrary library =
        WeatherLibrary::loadDirectory(std::filesystem::path(GREENLIGHT_DATA_DIR) / "weather")
            .value();
    return library;
}

TEST(WeatherLibrary, PicksTheZoneStationOnlyWhenItIsNearTheSite)
{
    const Fleet fleet =
        fleetOf(site("fra1", "DE", 50.1, 8.7) + "," + site("ber1", "DE", 52.5, 13.4) + "," +
                site("osl1", "NO", 59.9, 10.7));
    std::string why;
    EXPECT_NE(bundled().forSite(fleet.sites()[0], &why), nullptr);
    EXPECT_EQ(bundled().forSite(fleet.sites()[1], &why), nullptr); // Berlin is ~420 km away
    EXPECT_NE(why.find("km from the site"), std::string::npos) << why;
    EXPECT_EQ(bundled().forSite(fleet.sites()[2], &why), nullptr);
    EXPECT_NE(why.find("no weather file for zone NO"), std::string::npos) << why;
    const FleetPhysics physics = bundled().physicsFor(fleet, kYear2023).value();
    EXPECT_EQ(physics.sites[0].source(), PueSource::HourlyWeather);
    EXPECT_EQ(physics.sites[1].source(), PueSource::Constant);
    EXPECT_NE(physics.sites[1].note().find("constant design PUE 1.30"), std::string::npos);
}

TEST(WeatherLibrary, NamedWeatherOverridesAndAMissingOneIsAnError)
{
    const Fleet named = fleetOf(site("ber1", "DE", 52.5, 13.4, R"(, "weather": "DE")"));
    EXPECT_EQ(bundled().physicsFor(named, kYear2023)->sites[0].source(), PueSource::HourlyWeather);
    const Fleet missing = fleetOf(site("ber1", "DE", 52.5, 13.4, R"(, "weather": "XX")"));
    const Result<FleetPhysics> r = bundled().physicsFor(missing, kYear2023);
    ASSERT_FALSE(r.ok());
    EXPECT_NE(r.status().message().find("site ber1: weather XX not found"), std::string::npos)
        << r.status().message();
    const Fleet off = fleetOf(site("fra1", "DE", 50.1, 8.7, R"(, "weather": "none")"));
    EXPECT_EQ(bundled().physicsFor(off, kYear2023)->sites[0].source(), PueSource::Constant);
}

TEST(WeatherLibrary, ClimatologyIsTheFallbackAndNamesItsSource)
{
    // Test inputs, not data: a cold half year and a warm one.
    const std::string climate = R"(, "climate": {
        "temperature_c": [-5, -5, 0, 5, 10, 30, 30, 30, 10, 5, 0, -5],
        "relative_humidity_pct": [80, 80, 80, 70, 70, 60, 60, 60, 70, 80, 80, 80],
        "source": "test table"})";
    const Fleet fleet = fleetOf(site("osl1", "NO", 59.9, 10.7, climate));
    const SitePhysics p = bundled().physicsFor(fleet, kYear2023)->sites[0];
    EXPECT_EQ(p.source(), PueSource::Climatology);
    EXPECT_NE(p.note().find("test table"), std::string::npos);
    // January free-cools at the overhead floor; July needs the chiller.
    EXPECT_NEAR(p.pueAt(*parseIsoUtc("2023-01-15T12:00:00Z")), 1.16, 1e-12);
    EXPECT_GT(p.pueAt(*parseIsoUtc("2023-07-15T12:00:00Z")), 1.17);
}

} // namespace
} // namespace greenlight
