#include "core/accounting/sitekpis.h"

#include <gtest/gtest.h>

#include <filesystem>

namespace greenlight {
namespace {

const TimeWindow kYear2023{startOfYear(2023), startOfYear(2024)};

IntensitySeries constantTrace(double gPerKwh, double carbonFreePct)
{
    IntensitySeries::Columns columns;
    columns.lifecycleGPerKwh.assign(8760, gPerKwh);
    columns.carbonFreePct.assign(8760, carbonFreePct);
    return IntensitySeries::create("XX", kYear2023.begin, Hours{1}, std::move(columns)).value();
}

const WeatherSeries& frankfurt()
{
    static const WeatherSeries w =
        loadWeatherCsv(std::filesystem::path(GREENLIGHT_DATA_DIR) / "weather" / "DE.csv").value();
    return w;
}

Site heatSite()
{
    Site site;
    site.id = "fra1";
    site.cooling = CoolingType::DirectToChip;
    site.heatReuse.contractedKwTh = 300.0;
    return site;
}

// A trace finer than an hour: CFE is the share of each hour, the mean of its steps (it was
// left out, and simulate took the first step's).
TEST(SiteKpis, CfeOfAQuarterHourlyTraceIsTheHoursMean)
{
    const TimeWindow day{kYear2023.begin, kYear2023.begin + Hours{24}};
    IntensitySeries::Columns columns;
    for (int q = 0; q < 24 * 4; ++q) {
        columns.lifecycleGPerKwh.push_back(100.0 * (q % 4 + 1));
        columns.carbonFreePct.push_back(10.0 * (q % 4 + 1)); // 10, 20, 30, 40 %: 25 % an hour
    }
    const IntensitySeries trace =
        IntensitySeries::create("XQ", day.begin, std::chrono::minutes{15}, std::move(columns)).value();
    Site site;
    site.id = "q1";
    const SitePhysics physics = SitePhysics::compute(site, nullptr, day);
    const std::vector<double> it(24, 10.0);
    const Result<SiteKpis> k = computeSiteKpis({site, physics, trace, it, std::nullopt}, day);
    ASSERT_TRUE(k.ok()) << k.status().message();
    ASSERT_TRUE(k->cfePct().has_value());
    EXPECT_NEAR(*k->cfePct(), 25.0, 1e-9);
    EXPECT_NEAR(k->locationGrams, 24 * 10.0 * k->pue() * 250.0, 1e-6);
}

// Scope 2 counts generation only: direct factors where the trace has them (life-cycle factors add
// upstream emissions, Scope 3.3), and the basis says which. The energy is split by the grid's
// hourly mix for ESRS E1-5 (carbon-free = renewable + nuclear).
TEST(SiteKpis, Scope2UsesDirectFactorsWhereTheTraceHasThemAndSplitsTheMix)
{
    const TimeWindow day{kYear2023.begin, kYear2023.begin + Hours{24}};
    auto trace = [&](bool direct) {
        IntensitySeries::Columns c;
        c.lifecycleGPerKwh.assign(24, 400.0);
        if (direct)
            c.directGPerKwh.assign(24, 300.0);
        c.carbonFreePct.assign(24, 60.0);
        c.renewablePct.assign(24, 45.0);
        return IntensitySeries::create("XD", day.begin, Hours{1}, std::move(c)).value();
    };
    Site site;
    site.id = "d1";
    const SitePhysics physics = SitePhysics::compute(site, nullptr, day);
    const std::vector<double> it(24, 10.0);
    const IntensitySeries withDirect = trace(true);
    const IntensitySeries lifecycleOnly = trace(false);
    const Result<SiteKpis> d = computeSiteKpis({site, physics, withDirect, it, std::nullopt}, day);
    const Result<SiteKpis> l = computeSiteKpis({site, physics, lifecycleOnly, it, std::nullopt}, day);
    ASSERT_TRUE(d.ok() && l.ok());
    EXPECT_NEAR(d->locationGrams, d->facilityKwh * 300.0, 1e-6);
    EXPECT_EQ(d->gridFactors, kDirectFactors);
    EXPECT_NEAR(l->locationGrams, l->facilityKwh * 400.0, 1e-6);
    EXPECT_EQ(l->gridFactors, kLifecycleFactors);
    EXPECT_NEAR(d->gridMix.renewable, 0.45 * d->facilityKwh, 1e-9);
    EXPECT_NEAR(d->gridMix.nuclear, 0.15 * d->facilityKwh, 1e-9);
    EXPECT_NEAR(d->gridMix.fossil, 0.40 * d->facilityKwh, 1e-9);
    EXPECT_EQ(d->gridMix.unknown, 0.0);
    SiteKpis fleet;
    fleet.add(d.value());
    fleet.add(l.value());
    EXPECT_EQ(fleet.gridFactors, kMixedFactors);
    EXPECT_NEAR(fleet.gridMix.fossil, 0.40 * fleet.facilityKwh, 1e-9);
    // A grid whose data has no shares: its energy is of unknown source, not left out.
    IntensitySeries::Columns bare;
    bare.lifecycleGPerKwh.assign(24, 400.0);
    const IntensitySeries noShares = IntensitySeries::create("XB", day.begin, Hours{1}, std::move(bare)).value();
    const Result<SiteKpis> u = computeSiteKpis({site, physics, noShares, it, std::nullopt}, day);
    ASSERT_TRUE(u.ok());
    EXPECT_NEAR(u->gridMix.unknown, u->facilityKwh, 1e-9);
    fleet.add(u.value());
    const GridMixKwh& m = fleet.gridMix;
    EXPECT_NEAR(m.fossil + m.nuclear + m.renewable + m.unknown, fleet.facilityKwh, 1e-9);
}

TEST(SiteKpis, IdentitiesHoldOverARealYear)
{
    const Site site = heatSite();
    const SitePhysics physics = SitePhysics::compute(site, &frankfurt(), kYear2023);
    const IntensitySeries trace = constantTrace(380.0, 45.0);
    const std::vector<double> it(8760, 800.0); // 800 kW of IT all year
    const Result<SiteKpis> k = computeSiteKpis({site, physics, trace, it, std::nullopt}, kYear2023);
    ASSERT_TRUE(k.ok()) << k.status().message();
    EXPECT_DOUBLE_EQ(k->itKwh, 800.0 * 8760);
    // ERE = (1 − ERF) × PUE.
    EXPECT_GT(k->erf(), 0.05);
    EXPECT_NEAR(k->ere(), (1.0 - k->erf()) * k->pue(), 1e-12);
    // All energy electric and a constant grid: CUE = CI × PUE (kg/kWh).
    EXPECT_NEAR(k->cueLocation(), 0.380 * k->pue(), 1e-9);
    // No instruments: market-based = location-based, and CFE is the grid's share.
    EXPECT_DOUBLE_EQ(k->marketGrams, k->locationGrams);
    ASSERT_TRUE(k->cfePct().has_value());
    EXPECT_NEAR(*k->cfePct(), 45.0, 1e-9);
    EXPECT_DOUBLE_EQ(k->ref(), 0.0);
    // Frankfurt is cool: direct-to-chip free-cools nearly all year.
    EXPECT_GT(k->freeCoolingHours, 8000.0);
    EXPECT_GT(k->pue(), 1.1);
    EXPECT_LT(k->pue(), 1.15);
    ASSERT_TRUE(k->meanSupplyC().has_value());
    EXPECT_GE(*k->meanSupplyC(), 45.0);
    EXPECT_LE(*k->meanSupplyC(), 60.0);
}

TEST(SiteKpis, FleetTotalsAreSumsAndRatiosOfSums)
{
    const Site a = heatSite();
    Site b;
    b.id = "osl1";
    b.pue = 1.2;
    const SitePhysics pa = SitePhysics::compute(a, &frankfurt(), kYear2023);
    const SitePhysics pb = SitePhysics::compute(b, nullptr, kYear2023);
    const IntensitySeries trace = constantTrace(100.0, 90.0);
    const std::vector<double> itA(8760, 100.0);
    const std::vector<double> itB(8760, 300.0);
    const SiteKpis ka = computeSiteKpis({a, pa, trace, itA, std::nullopt}, kYear2023).value();
    const SiteKpis kb = computeSiteKpis({b, pb, trace, itB, std::nullopt}, kYear2023).value();
    SiteKpis fleet;
    fleet.siteId = "fleet";
    fleet.add(ka);
    fleet.add(kb);
    EXPECT_EQ(fleet.sites, 2);
    EXPECT_DOUBLE_EQ(fleet.itKwh, ka.itKwh + kb.itKwh);
    EXPECT_DOUBLE_EQ(fleet.locationGrams, ka.locationGrams + kb.locationGrams);
    EXPECT_NEAR(fleet.pue(), (ka.facilityKwh + kb.facilityKwh) / (ka.itKwh + kb.itKwh), 1e-12);
    EXPECT_FALSE(fleet.weatherKnown); // osl1 ran on a constant PUE
    EXPECT_DOUBLE_EQ(kb.pue(), 1.2);
}

TEST(SiteKpis, PeriodOutsideTheTraceIsAnErrorNamingTheSite)
{
    const Site site = heatSite();
    const TimeWindow y2022{startOfYear(2022), startOfYear(2023)};
    const SitePhysics physics = SitePhysics::compute(site, &frankfurt(), y2022);
    const IntensitySeries trace = constantTrace(100.0, 50.0); // 2023 only
    const std::vector<double> it(8760, 1.0);
    const Result<SiteKpis> k = computeSiteKpis({site, physics, trace, it, std::nullopt}, y2022);
    ASSERT_FALSE(k.ok());
    EXPECT_NE(k.status().message().find("site fra1"), std::string::npos);
    EXPECT_NE(k.status().message().find("XX"), std::string::npos);
}

TEST(SiteKpis, AvoidedEmissionsStayOutOfTheInventory)
{
    Site site = heatSite();
    EnergyInstrument ppa{"ppa", InstrumentKind::PpaHourly};
    ppa.capacityKw = 100.0;
    ppa.renewable = true;
    site.instruments.push_back(ppa);
    const SitePhysics physics = SitePhysics::compute(site, &frankfurt(), kYear2023);
    const IntensitySeries average = constantTrace(300.0, 40.0);
    const IntensitySeries marginal = constantTrace(700.0, 0.0); // a test signal, not data
    const std::vector<double> it(8760, 200.0);
    const SiteKpis without =
        computeSiteKpis({site, physics, average, it, std::nullopt}, kYear2023).value();
    const SiteKpis with =
        computeSiteKpis({site, physics, average, it, std::nullopt, &marginal}, kYear2023).value();
    EXPECT_FALSE(without.avoidedGrams.has_value());
    ASSERT_TRUE(with.avoidedGrams.has_value());
    EXPECT_DOUBLE_EQ(*with.avoidedGrams, 100.0 * 8760 * 700.0); // PPA deliveries × marginal
    // A gas PPA displaces the marginal plant but emits its own 450 g/kWh.
    Site gas = site;
    gas.instruments.front().gramsPerKwh = 450.0;
    gas.instruments.front().renewable = false;
    const SiteKpis net = computeSiteKpis({gas, physics, average, it, std::nullopt, &marginal}, kYear2023).value();
    EXPECT_NEAR(*net.avoidedGrams, 100.0 * 8760 * (700.0 - 450.0), 1e-3);
    EXPECT_EQ(with.locationGrams, without.locationGrams);
    EXPECT_EQ(with.marketGrams, without.marketGrams);
    // The PPA covers 100 kWh of every hour: market = location × (1 − 100 / facility kWh per hour)
    // hour by hour, and REF is its share.
    EXPECT_NEAR(with.instrumentKwh, 100.0 * 8760, 1e-6);
    EXPECT_NEAR(with.ref(), 100.0 * 8760 / with.facilityKwh, 1e-12);
    EXPECT_NEAR(with.marketGrams, (with.facilityKwh - 100.0 * 8760) * 300.0, 1e-3);
}

TEST(SiteKpis, SciIsEnergyTimesIntensityPlusEmbodiedPerUnit)
{
    // 2 kWh at 300 g/kWh plus 400 g embodied, over 1,000 requests: 1 g per request.
    EXPECT_DOUBLE_EQ(sciGramsPerUnit(2.0, 300.0, 400.0, 1000.0), 1.0);
    EXPECT_EQ(sciGramsPerUnit(2.0, 300.0, 0.0, 0.0), 0.0);
}

} // namespace
} // namespace greenlight
