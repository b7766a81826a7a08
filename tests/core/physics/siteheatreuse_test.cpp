#include "core/physics/siteheatreuse.h"
#include "core/physics/weatherseries.h"

#include <gtest/gtest.h>

#include <filesystem>

namespace greenlight {
namespace {

const std::filesystem::path kWeatherDir = std::filesystem::path(GREENLIGHT_DATA_DIR) / "weather";

Site connectedSite()
{
    Site site;
    site.id = "fra1";
    site.cooling = CoolingType::DirectToChip;
    site.heatReuse.contractedKwTh = 25.0;
    return site;
}

TEST(SiteHeatReuse, EveryHourIsTheModelsHourAndTheTotalsAddUp)
{
    const WeatherSeries weather = loadWeatherCsv(kWeatherDir / "DE.csv").value();
    const Site site = connectedSite();
    const TimeWindow week{*parseIsoUtc("2023-01-09T00:00:00Z"), *parseIsoUtc("2023-01-16T00:00:00Z")};
    const SitePhysics physics = SitePhysics::compute(site, &weather, week);
    const SiteHeatReuse heat = siteHeatReuse(site, physics, 40.0);
    ASSERT_TRUE(heat.connected);
    ASSERT_EQ(heat.hours.size(), 168u);
    const HeatReuseModel model(site.heatReuse, defaultCoolingParams(site.cooling));
    double reused = 0.0, facility = 0.0;
    for (std::size_t h = 0; h < heat.hours.size(); ++h) {
        const HeatReuseHour expected = model.hour(40.0, physics.outdoorC()[h]);
        EXPECT_DOUBLE_EQ(heat.hours[h].reusedKwhTh, expected.reusedKwhTh) << h;
        EXPECT_DOUBLE_EQ(heat.hours[h].supplyC, expected.supplyC) << h;
        reused += expected.reusedKwhTh;
        facility += 40.0 * physics.pue()[h];
    }
    EXPECT_NEAR(heat.reusedKwhTh, reused, 1e-9);
    EXPECT_NEAR(heat.erf(), reused / facility, 1e-12);
    // A January week in Frankfurt: the network takes heat every hour, at 45–60 °C.
    EXPECT_GT(heat.erf(), 0.0);
    EXPECT_LE(heat.erf(), 1.0);
    EXPECT_GE(heat.meanSupplyC(), site.heatReuse.networkSupplyMinC);
    EXPECT_LE(heat.meanSupplyC(), site.heatReuse.networkSupplyMaxC);
}

TEST(SiteHeatReuse, NoContractOrNoWeatherMeansNotConnectedAndNothingInvented)
{
    const WeatherSeries weather = loadWeatherCsv(kWeatherDir / "DE.csv").value();
    const TimeWindow day{*parseIsoUtc("2023-01-09T00:00:00Z"), *parseIsoUtc("2023-01-10T00:00:00Z")};
    Site noContract = connectedSite();
    noContract.heatReuse.contractedKwTh = 0.0;
    const SiteHeatReuse a = siteHeatReuse(noContract, SitePhysics::compute(noContract, &weather, day), 40.0);
    EXPECT_FALSE(a.connected);
    EXPECT_TRUE(a.hours.empty());
    EXPECT_EQ(a.reusedKwhTh, 0.0);
    EXPECT_GT(a.facilityKwh, 0.0);

    const Site site = connectedSite();
    const SiteHeatReuse b = siteHeatReuse(site, SitePhysics::compute(site, nullptr, day), 40.0);
    EXPECT_FALSE(b.connected);
    EXPECT_EQ(b.erf(), 0.0);
}

} // namespace
} // namespace greenlight
