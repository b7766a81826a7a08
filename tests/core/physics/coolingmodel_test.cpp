#include "core/physics/coolingmodel.h"

#include <gtest/gtest.h>

namespace greenlight {
namespace {

TEST(CoolingModel, EconomiserTrimsWithChillerOnWetBulbInAHotHour)
{
    // 30 °C, 50 %: Tw = 22.297, sink = Tw + 4 = 26.297 > 24 supply: share (26.297 − 24) / 12 =
    // 0.19140 needs the chiller; evaporating 12 °C, condensing 31.297 °C, COP = 0.45 × 285.15 /
    // 19.297 = 6.6497; PUE = 1.16 + 1.08 × 0.19140 / 6.6497 = 1.19109. Water: (1.08 + 0.03109)
    // kWh_th × 3.6 / 2.45 L × 4/3 (blow-down) = 2.17682 L per IT kWh.
    const CoolingModel model(defaultCoolingParams(CoolingType::AirEconomizer));
    const CoolingHour h = model.hour(30.0, 50.0);
    EXPECT_NEAR(h.pue, 1.191087, 1e-5);
    EXPECT_NEAR(h.mechanicalShare, 0.191403, 1e-5);
    EXPECT_FALSE(h.freeCooling);
    EXPECT_TRUE(h.evaporating);
    EXPECT_NEAR(h.waterLitresPerItKwh, 2.176823, 1e-5);
}

TEST(CoolingModel, ColdHourIsFreeCooledAtTheOverheadFloor)
{
    for (const CoolingType type :
         {CoolingType::AirEconomizer, CoolingType::DirectToChip, CoolingType::Immersion}) {
        const CoolingModel model(defaultCoolingParams(type));
        const CoolingHour h = model.hour(5.0, 80.0);
        EXPECT_TRUE(h.freeCooling) << coolingTypeName(type);
        EXPECT_DOUBLE_EQ(h.pue, model.floorPue()) << coolingTypeName(type);
        EXPECT_EQ(h.waterLitresPerItKwh, 0.0) << coolingTypeName(type);
    }
}

TEST(CoolingModel, LegacyAirRunsChillersAllYear)
{
    // 35 °C: condensing 35 + 2 + 5 = 42 °C, evaporating 6 °C, COP = 0.38 × 279.15 / 36 = 2.9466;
    // PUE = 1.30 + 1.16 / 2.9466 = 1.69368. Dry rejection: no water.
    const CoolingModel model(defaultCoolingParams(CoolingType::Air));
    const CoolingHour hot = model.hour(35.0, 40.0);
    EXPECT_NEAR(hot.pue, 1.693676, 1e-5);
    EXPECT_EQ(hot.waterLitresPerItKwh, 0.0);
    EXPECT_FALSE(model.hour(-20.0, 80.0).freeCooling);
}

// Evaporative assist pre-cools only as deep as the economiser needs: just above the set-point
// it evaporates a sliver of the load, and water grows smoothly with the heat (it jumped from 0 to
// 2.1 L/kWh at 22.1 °C to save a thousandth of a kWh).
TEST(CoolingModel, EvaporativeAssistEvaporatesOnlyTheShareItsPreCoolingNeeds)
{
    const CoolingModel model(defaultCoolingParams(CoolingType::AirEconomizer));
    // 22.1 °C, 50 %: dry sink 24.1 °C, 0.1 K above the 24 °C supply; Tw ≈ 15.9 + 4 = 19.9 °C, so
    // the pre-cooling stops at 24 °C: share 0.1 / (24.1 − 19.9) ≈ 2.4 % of the full 2.12 L.
    const CoolingHour justAbove = model.hour(22.1, 50.0);
    EXPECT_TRUE(justAbove.freeCooling); // pre-cooled to the set-point: no chiller
    EXPECT_GT(justAbove.waterLitresPerItKwh, 0.0);
    EXPECT_LT(justAbove.waterLitresPerItKwh, 0.1);
    EXPECT_EQ(model.hour(21.9, 50.0).waterLitresPerItKwh, 0.0);
    double previous = 0.0;
    for (double t = 20.0; t <= 40.0; t += 0.1) {
        const double water = model.hour(t, 50.0).waterLitresPerItKwh;
        EXPECT_LT(water - previous, 0.2) << "a step in water at " << t << " °C";
        previous = water;
    }
}

TEST(CoolingModel, PueNeverFallsWhenItGetsHotter)
{
    for (const CoolingType type : {CoolingType::Air, CoolingType::AirEconomizer,
                                   CoolingType::DirectToChip, CoolingType::Immersion}) {
        const CoolingModel model(defaultCoolingParams(type));
        double previous = 0.0;
        for (double t = -30.0; t <= 45.0; t += 0.5) {
            const double pue = model.hour(t, 60.0).pue;
            EXPECT_GE(pue, previous - 1e-12) << coolingTypeName(type) << " at " << t;
            previous = pue;
        }
    }
}

TEST(CoolingParams, BadParametersAreRejectedByName)
{
    struct Case {
        const char* what;
        void (*spoil)(CoolingParams&);
        const char* mentions;
    };
    const Case cases[] = {
        {"unknown type", [](CoolingParams& p) { p.type = CoolingType::Invalid; },
         "unknown cooling type"},
        {"negative losses", [](CoolingParams& p) { p.electricalLosses = -0.1; },
         "electrical_losses"},
        {"liquid share above 1", [](CoolingParams& p) { p.liquidShare = 1.5; }, "liquid_share"},
        {"chiller beyond Carnot", [](CoolingParams& p) { p.chillerCarnotFraction = 1.2; },
         "chiller_carnot_fraction"},
        {"no rejection", [](CoolingParams& p) { p.rejection = HeatRejection::Invalid; },
         "heat rejection"},
    };
    for (const Case& c : cases) {
        CoolingParams p = defaultCoolingParams(CoolingType::DirectToChip);
        ASSERT_TRUE(p.validate().isOk());
        c.spoil(p);
        const Status s = p.validate();
        EXPECT_EQ(s.code(), StatusCode::InvalidArgument) << c.what;
        EXPECT_NE(s.message().find(c.mentions), std::string::npos) << c.what << ": " << s.message();
    }
}

} // namespace
} // namespace greenlight
