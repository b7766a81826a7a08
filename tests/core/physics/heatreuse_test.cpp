#include "core/physics/heatreuse.h"

#include <gtest/gtest.h>

namespace greenlight {
namespace {

HeatReuseParams contract(double kwTh)
{
    HeatReuseParams p;
    p.contractedKwTh = kwTh;
    return p;
}

TEST(HeatReuse, HandComputedHours)
{
    struct Case {
        const char* what;
        CoolingType cooling;
        double outdoorC;
        double reused;
        double delivered;
        double heatPump;
        double supplyC;
    };
    // 1,000 kW_th contract, 1,000 IT kWh. At 0 °C: heating share (15.5 − 0) / 25.5 = 0.60784,
    // demand 1000 × (0.15 + 0.85 × 0.60784) = 666.67 kWh_th, network at 45 + 15 × 0.60784 =
    // 54.118 °C. Direct-to-chip water leaves at 45 °C (43 °C after the exchanger): a heat pump
    // lifts it, COP capped at 10, so the site gives 666.67 × 0.9 = 600 kWh_th. At 20 °C only hot
    // water: 150 kWh_th at 45 °C; immersion (48 °C after the exchanger) supplies it directly.
    const Case cases[] = {
        {"d2c winter", CoolingType::DirectToChip, 0.0, 600.0, 666.6667, 66.6667, 54.1176},
        {"d2c summer", CoolingType::DirectToChip, 20.0, 135.0, 150.0, 15.0, 45.0},
        {"immersion summer", CoolingType::Immersion, 20.0, 150.0, 150.0, 0.0, 48.0},
    };
    for (const Case& c : cases) {
        const HeatReuseModel model(contract(1000.0), defaultCoolingParams(c.cooling));
        const HeatReuseHour h = model.hour(1000.0, c.outdoorC);
        EXPECT_NEAR(h.reusedKwhTh, c.reused, 1e-3) << c.what;
        EXPECT_NEAR(h.deliveredKwhTh, c.delivered, 1e-3) << c.what;
        EXPECT_NEAR(h.heatPumpKwh, c.heatPump, 1e-3) << c.what;
        EXPECT_NEAR(h.supplyC, c.supplyC, 1e-3) << c.what;
    }
}

TEST(HeatReuse, AirHeatIsLowGradeAndNeedsAHeatPump)
{
    const HeatReuseModel model(contract(500.0), defaultCoolingParams(CoolingType::AirEconomizer));
    EXPECT_DOUBLE_EQ(model.recoverableShare(), 1.0);
    EXPECT_DOUBLE_EQ(model.outletC(), 36.0);
    HeatReuseParams noPump = contract(500.0);
    noPump.heatPump = false;
    const HeatReuseModel without(noPump, defaultCoolingParams(CoolingType::AirEconomizer));
    EXPECT_EQ(without.hour(1000.0, 0.0).reusedKwhTh, 0.0);
    EXPECT_GT(model.hour(1000.0, 0.0).reusedKwhTh, 0.0);
}

TEST(HeatReuse, NoContractReusesNothing)
{
    const HeatReuseModel model(HeatReuseParams{}, defaultCoolingParams(CoolingType::Immersion));
    EXPECT_EQ(model.hour(1000.0, -5.0).reusedKwhTh, 0.0);
}

TEST(HeatReuse, BadParametersAreRejected)
{
    HeatReuseParams p = contract(-1.0);
    EXPECT_NE(p.validate().message().find("contracted_kw_th"), std::string::npos);
    p = contract(100.0);
    p.networkSupplyMaxC = 30.0; // below the summer supply
    EXPECT_NE(p.validate().message().find("network_supply_max_c"), std::string::npos);
    EXPECT_TRUE(contract(100.0).validate().isOk());
}

} // namespace
} // namespace greenlight
