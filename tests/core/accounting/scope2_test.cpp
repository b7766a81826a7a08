#include "core/accounting/scope2.h"

#include <gtest/gtest.h>

#include <numeric>

namespace greenlight {
namespace {

EnergyInstrument hourlyPpa(const char* id, double kw, double g = 0.0)
{
    EnergyInstrument i{id, InstrumentKind::PpaHourly};
    i.renewable = true;
    i.capacityKw = kw;
    i.gramsPerKwh = g;
    return i;
}

EnergyInstrument certificate(const char* id, double kwh, int vintage)
{
    EnergyInstrument i{id, InstrumentKind::Certificate};
    i.renewable = true;
    i.volumeKwh = kwh;
    i.vintageYear = vintage;
    return i;
}

TEST(Scope2, LocationBasedIsEnergyTimesHourlyAverageIntensity)
{
    const std::vector<double> energy{10.0, 20.0, 30.0};
    const std::vector<double> grid{100.0, 200.0, 50.0};
    const Scope2Result r = scope2Hourly({energy, grid, {}, startOfYear(2023)}, {}, std::nullopt);
    EXPECT_DOUBLE_EQ(r.locationGrams, 10 * 100 + 20 * 200 + 30 * 50); // 6,500 g
    EXPECT_DOUBLE_EQ(r.consumedKwh, 60.0);
}

TEST(Scope2, MarketEqualsLocationWithoutInstruments)
{
    std::vector<double> energy(8760);
    std::vector<double> grid(8760);
    for (std::size_t h = 0; h < energy.size(); ++h) {
        energy[h] = 100.0 + static_cast<double>(h % 24);
        grid[h] = 200.0 + 100.0 * static_cast<double>(h % 7);
    }
    const Scope2Result r = scope2Hourly({energy, grid, {}, startOfYear(2023)}, {}, std::nullopt);
    EXPECT_EQ(r.marketGrams, r.locationGrams);
    EXPECT_EQ(r.instrumentKwh, 0.0);
    EXPECT_NE(r.residualBasis.find("grid average"), std::string::npos);
}

TEST(Scope2, HourlyPpaCoversOnlyItsOwnHour)
{
    // 50 kW baseload PPA against 20, 80, 50 kWh: covers 20 + 50 + 50 = 120 kWh; the 30 kWh surplus
    // of the first hour does not carry over. Rest 30 kWh at 400 g = 12,000 g.
    const std::vector<double> energy{20.0, 80.0, 50.0};
    const std::vector<double> grid{400.0, 400.0, 400.0};
    const std::vector<double> cfe{10.0, 10.0, 10.0};
    const Scope2Result r = scope2Hourly({energy, grid, cfe, startOfYear(2023)},
                                        {hourlyPpa("ppa", 50.0)}, std::nullopt);
    EXPECT_DOUBLE_EQ(r.instrumentKwh, 120.0);
    EXPECT_DOUBLE_EQ(r.marketGrams, 12000.0);
    EXPECT_DOUBLE_EQ(r.locationGrams, 60000.0);
    // CFE: 120 kWh matched + 10 % of the 30 kWh from the grid = 123 kWh of 150.
    ASSERT_TRUE(r.carbonFreeKwh.has_value());
    EXPECT_DOUBLE_EQ(*r.carbonFreeKwh, 123.0);
}

TEST(Scope2, ResidualMixReplacesGridAverageForUncoveredEnergy)
{
    const std::vector<double> energy{100.0, 100.0};
    const std::vector<double> grid{300.0, 100.0};
    const Scope2Result r = scope2Hourly({energy, grid, {}, startOfYear(2023)}, {}, 500.0);
    EXPECT_DOUBLE_EQ(r.marketGrams, 200.0 * 500.0);
    EXPECT_DOUBLE_EQ(r.locationGrams, 40000.0);
}

TEST(Scope2, CertificatesOnlyCountInTheirVintageYear)
{
    const std::vector<double> energy(24, 10.0);
    const std::vector<double> grid(24, 300.0);
    const Scope2Result wrongYear = scope2Hourly({energy, grid, {}, startOfYear(2023)},
                                                {certificate("go-2022", 1e9, 2022)}, std::nullopt);
    EXPECT_EQ(wrongYear.instrumentKwh, 0.0);
    EXPECT_EQ(wrongYear.marketGrams, wrongYear.locationGrams);
}

TEST(Scope2, InstrumentsAreNeverClaimedTwiceAcrossPeriods)
{
    // 100 MWh of 2023 certificates against 20 kWh every hour of 2023 (175.2 MWh). Whole year:
    // 100 MWh claimed. Month by month: each month gets 100 MWh × its share of the year's hours
    // and the sum never exceeds the volume.
    const EnergyInstrument go = certificate("go-2023", 100'000.0, 2023);
    const std::vector<double> energy(8760, 20.0);
    const std::vector<double> grid(8760, 250.0);
    const Scope2Result year =
        scope2Hourly({energy, grid, {}, startOfYear(2023)}, {go}, std::nullopt);
    EXPECT_NEAR(year.instrumentKwh, 100'000.0, 1e-6);
    double monthly = 0.0;
    double monthlyMarket = 0.0;
    UtcTime t = startOfYear(2023);
    std::size_t offset = 0;
    for (int m = 1; m <= 12; ++m) {
        const UtcTime next = m == 12 ? startOfYear(2024)
                                     : *parseIsoUtc("2023-" + std::string(m + 1 < 10 ? "0" : "") +
                                                    std::to_string(m + 1) + "-01T00:00:00Z");
        const auto hours = static_cast<std::size_t>((next - t) / Hours{1});
        const std::span<const double> e(energy.data() + offset, hours);
        const std::span<const double> g(grid.data() + offset, hours);
        const Scope2Result part = scope2Hourly({e, g, {}, t}, {go}, std::nullopt);
        EXPECT_LE(part.instrumentKwh, 100'000.0 * static_cast<double>(hours) / 8760.0 + 1e-6);
        monthly += part.instrumentKwh;
        monthlyMarket += part.marketGrams;
        offset += hours;
        t = next;
    }
    EXPECT_NEAR(monthly, 100'000.0, 1e-6);
    EXPECT_NEAR(monthlyMarket, year.marketGrams, 1e-3);
    // And a second, overlapping request for the same year claims the same kWh, not more: the
    // allocation is a function of the period, not a running tally that could be spent twice.
    const Scope2Result again =
        scope2Hourly({energy, grid, {}, startOfYear(2023)}, {go}, std::nullopt);
    EXPECT_EQ(again.instrumentKwh, year.instrumentKwh);
}

TEST(Scope2, InstrumentsApplyInOrderAndNeverExceedConsumption)
{
    // 10 kWh per hour for 24 h of 2023 (240 kWh). Hourly PPA 4 kW: 96 kWh. Then certificates of
    // 1e9 kWh spread over the year: this day's share (1e9 / 365) exceeds the rest, so the other
    // 144 kWh are covered; nothing is left and market-based is zero.
    const std::vector<double> energy(24, 10.0);
    const std::vector<double> grid(24, 300.0);
    const Scope2Result r =
        scope2Hourly({energy, grid, {}, startOfYear(2023)},
                     {hourlyPpa("ppa", 4.0), certificate("go", 1e9, 2023)}, std::nullopt);
    ASSERT_EQ(r.claims.size(), 2u);
    EXPECT_DOUBLE_EQ(r.claims[0].kwh, 96.0);
    EXPECT_DOUBLE_EQ(r.claims[1].kwh, 144.0);
    EXPECT_DOUBLE_EQ(r.marketGrams, 0.0);
    EXPECT_DOUBLE_EQ(r.renewableKwh, 240.0);
}

} // namespace
} // namespace greenlight
