#include "core/physics/siteheatreuse.h"
#include "core/physics/sitephysics.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <map>

namespace greenlight {
namespace {

const std::filesystem::path kWeatherDir = std::filesystem::path(GREENLIGHT_DATA_DIR) / "weather";
const TimeWindow kYear2023{startOfYear(2023), startOfYear(2024)};

const WeatherSeries& weather(const std::string& key)
{
    static std::map<std::string, WeatherSeries> cache;
    auto it = cache.find(key);
    if (it == cache.end()) {
        Result<WeatherSeries> w = loadWeatherCsv(kWeatherDir / (key + ".csv"));
        if (!w.ok())
            throw std::runtime_error(w.status().message());
        it = cache.emplace(key, std::move(w).value()).first;
    }
    return it->second;
}

SitePhysics physicsOf(CoolingType type, const std::string& weatherKey)
{
    Site site;
    site.id = "test";
    site.cooling = type;
    return SitePhysics::compute(site, &weather(weatherKey), kYear2023);
}

const char* const kCities[] = {"AU-NSW",      "BR-CS",      "CA-ON",      "DE",
                               "GB",          "IN-WE",      "JP-TK",      "SG",
                               "US-CAL-CISO", "US-NY-NYIS", "US-TEX-ERCO"};

TEST(SitePhysics, PueStaysInsideItsCoolingTypesRangeOverARealYear)
{
    // Published ranges (docs/site-physics.md), every hour of 2023 in every bundled city.
    struct Range {
        CoolingType type;
        double low;
        double high;
    };
    const Range ranges[] = {
        {CoolingType::Air, 1.5, 1.8},
        {CoolingType::AirEconomizer, 1.1, 1.5},
        {CoolingType::DirectToChip, 1.1, 1.3},
        {CoolingType::Immersion, 1.02, 1.08},
    };
    for (const Range& r : ranges) {
        for (const char* city : kCities) {
            const SitePhysics p = physicsOf(r.type, city);
            ASSERT_EQ(p.size(), 8760u);
            const auto [lo, hi] = std::minmax_element(p.pue().begin(), p.pue().end());
            EXPECT_GE(*lo, r.low) << coolingTypeName(r.type) << " " << city;
            EXPECT_LE(*hi, r.high) << coolingTypeName(r.type) << " " << city;
        }
    }
}

double freeCoolingHours(const SitePhysics& p)
{
    double hours = 0.0;
    for (const auto f : p.freeCooling())
        hours += f;
    return hours;
}

TEST(SitePhysics, FreeCoolingHoursHigherInColdClimatesThanInSingapore)
{
    // No Nordic city is bundled; Toronto, London and Frankfurt are the coldest real years here.
    for (const CoolingType type : {CoolingType::AirEconomizer, CoolingType::DirectToChip}) {
        const double singapore = freeCoolingHours(physicsOf(type, "SG"));
        for (const char* cold : {"CA-ON", "GB", "DE"}) {
            const double hours = freeCoolingHours(physicsOf(type, cold));
            EXPECT_GT(hours, 8000.0) << cold;
            EXPECT_GT(hours, singapore + 7000.0) << cold;
        }
        EXPECT_LT(singapore, 100.0);
    }
}

TEST(SitePhysics, HotHumidClimateUsesMoreWaterAndHigherPue)
{
    const SitePhysics sg = physicsOf(CoolingType::AirEconomizer, "SG");
    const SitePhysics gb = physicsOf(CoolingType::AirEconomizer, "GB");
    auto mean = [](std::span<const double> v) {
        double s = 0.0;
        for (const double x : v)
            s += x;
        return s / static_cast<double>(v.size());
    };
    EXPECT_GT(mean(sg.pue()), mean(gb.pue()) + 0.03);
    EXPECT_GT(mean(sg.waterLitresPerItKwh()), 5.0 * mean(gb.waterLitresPerItKwh()));
}

TEST(SitePhysics, SiteWithoutWeatherUsesItsDesignPueAndSaysSo)
{
    Site site;
    site.id = "osl1";
    site.pue = 1.25;
    const SitePhysics p = SitePhysics::compute(site, nullptr, kYear2023);
    EXPECT_EQ(p.source(), PueSource::Constant);
    EXPECT_FALSE(p.hasWeather());
    EXPECT_NE(p.note().find("no weather"), std::string::npos);
    EXPECT_DOUBLE_EQ(p.pueAt(*parseIsoUtc("2023-07-01T12:00:00Z")), 1.25);
}

// Weather that covers only part of the window: the other hours run on the design PUE, and the
// note and weatherComplete() say so (a January-only file gave March the design PUE, no water,
// and a note that named the hourly weather).
TEST(SitePhysics, WeatherThatDoesNotCoverTheWindowIsSaid)
{
    Site site;
    site.id = "x1";
    site.pue = 1.5;
    site.cooling = CoolingType::AirEconomizer;
    const UtcTime start = kYear2023.begin;
    const WeatherSeries january =
        WeatherSeries::create("JANONLY", start, std::vector<double>(31 * 24, 35.0), std::vector<double>(31 * 24, 50.0)).value();
    const SitePhysics p = SitePhysics::compute(site, &january, {start, start + Days{40}});
    EXPECT_TRUE(p.hasWeather());
    EXPECT_FALSE(p.weatherComplete());
    EXPECT_NE(p.note().find("design PUE 1.50 for 216 of 960 hours the weather does not cover"), std::string::npos)
        << p.note();
    EXPECT_DOUBLE_EQ(p.pueAt(start + Days{35}), 1.5);
    const SitePhysics covered = SitePhysics::compute(site, &january, {start, start + Days{31}});
    EXPECT_TRUE(covered.weatherComplete());
}

// A window that starts before the weather file (a year's window from 00:00 UTC, a Texan file from
// 05:00): each hour reads its own hour of the file. The walk from the first, wrapped hour stayed
// 52 weeks ahead all year, so "2022" was computed from 2023's weather.
TEST(SitePhysics, EachHourReadsItsOwnWeatherWhenTheWindowStartsBeforeTheFile)
{
    Site site;
    site.id = "x1";
    site.cooling = CoolingType::AirEconomizer;
    const UtcTime fileStart = kYear2023.begin + Hours{5};
    const std::size_t hours = 2 * 364 * 24;
    std::vector<double> temperature(hours);
    for (std::size_t i = 0; i < hours; ++i)
        temperature[i] = -20.0 + 50.0 * static_cast<double>(i) / static_cast<double>(hours); // each hour its own
    const WeatherSeries w = WeatherSeries::create("TX", fileStart, temperature, std::vector<double>(hours, 50.0)).value();
    const SitePhysics p = SitePhysics::compute(site, &w, {kYear2023.begin, kYear2023.begin + Days{30}});
    ASSERT_TRUE(p.weatherComplete());
    for (std::size_t h : {std::size_t{5}, std::size_t{6}, std::size_t{100}, std::size_t{700}})
        EXPECT_DOUBLE_EQ(p.outdoorC()[h], temperature[h - 5]) << h;
    // The five hours before the file read the same hours 52 weeks on.
    EXPECT_DOUBLE_EQ(p.outdoorC()[0], temperature[364 * 24 - 5]);
}

// Heat reuse counts no demand in hours the weather does not cover (they read 0 °C, and a
// January-only file doubled the year's delivered heat).
TEST(SitePhysics, HoursWithoutWeatherHaveNoHeatDemand)
{
    Site site;
    site.id = "h1";
    site.cooling = CoolingType::DirectToChip;
    site.heatReuse.contractedKwTh = 25.0;
    const UtcTime start = kYear2023.begin;
    const WeatherSeries january =
        WeatherSeries::create("JANONLY", start, std::vector<double>(31 * 24, 5.0), std::vector<double>(31 * 24, 80.0)).value();
    const SitePhysics all = SitePhysics::compute(site, &january, {start, start + Days{31}});
    const SitePhysics longer = SitePhysics::compute(site, &january, {start, start + Days{90}});
    ASSERT_EQ(longer.weatherKnown().size(), 90u * 24);
    EXPECT_EQ(longer.weatherKnown()[31 * 24 - 1], 1);
    EXPECT_EQ(longer.weatherKnown()[31 * 24], 0);
    const SiteHeatReuse january31 = siteHeatReuse(site, all, 100.0);
    const SiteHeatReuse ninety = siteHeatReuse(site, longer, 100.0);
    ASSERT_TRUE(january31.connected && ninety.connected);
    EXPECT_GT(january31.deliveredKwhTh, 0.0);
    EXPECT_NEAR(ninety.deliveredKwhTh, january31.deliveredKwhTh, 1e-6);
}

TEST(SitePhysics, PueAtReadsTheHourAndWrapsOutsideTheWindow)
{
    const SitePhysics p = physicsOf(CoolingType::AirEconomizer, "SG");
    const UtcTime t = *parseIsoUtc("2023-05-10T14:20:00Z");
    const auto hour =
        static_cast<std::size_t>((std::chrono::floor<Hours>(t) - kYear2023.begin) / Hours{1});
    EXPECT_DOUBLE_EQ(p.pueAt(t), p.pue()[hour]);
    EXPECT_DOUBLE_EQ(p.pueAt(t + Days{364}), p.pue()[hour]); // 52 weeks later: same hour
}

} // namespace
} // namespace greenlight
