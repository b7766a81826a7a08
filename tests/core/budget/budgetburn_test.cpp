#include "core/budget/budgetburn.h"
#include "core/fleet/fleet.h"

#include <gtest/gtest.h>

namespace greenlight {
namespace {

UtcTime at(const char* iso)
{
    return *parseIsoUtc(iso);
}

TEST(HourlyKg, BooksEvenlyOverTheHoursAWindowTouches)
{
    HourlyKg h{at("2023-05-10T00:00:00Z"), {}};
    h.book({at("2023-05-10T00:30:00Z"), at("2023-05-10T02:30:00Z")}, 4.0); // 2 h: ½ h, 1 h, ½ h
    ASSERT_EQ(h.kg.size(), 3u);
    EXPECT_DOUBLE_EQ(h.kg[0], 1.0);
    EXPECT_DOUBLE_EQ(h.kg[1], 2.0);
    EXPECT_DOUBLE_EQ(h.kg[2], 1.0);
}

TEST(HourlyKg, SumsPartialHoursProRataAndIgnoresTimeOutsideTheSeries)
{
    const HourlyKg h{at("2023-05-10T00:00:00Z"), {2.0, 4.0}};
    EXPECT_DOUBLE_EQ(h.sumIn({at("2023-05-09T00:00:00Z"), at("2023-05-11T00:00:00Z")}), 6.0);
    EXPECT_DOUBLE_EQ(h.sumIn({at("2023-05-10T00:30:00Z"), at("2023-05-10T01:15:00Z")}), 1.0 + 1.0);
    EXPECT_DOUBLE_EQ(h.sumIn({at("2023-05-10T03:00:00Z"), at("2023-05-10T04:00:00Z")}), 0.0);
    EXPECT_DOUBLE_EQ(h.sumIn({at("2023-05-10T01:00:00Z"), at("2023-05-10T01:00:00Z")}), 0.0);
}

TEST(HourlyKg, AnInstantIsBookedInItsHour)
{
    HourlyKg h{at("2023-05-10T00:00:00Z"), {}};
    h.book({at("2023-05-10T01:20:00Z"), at("2023-05-10T01:20:00Z")}, 3.0);
    EXPECT_DOUBLE_EQ(h.sumIn({at("2023-05-10T01:00:00Z"), at("2023-05-10T02:00:00Z")}), 3.0);
}

// 1 kg every hour for the plan, 3 kg for the baseline, from the 1st of May.
struct Flat {
    HourlyKg planned{at("2023-05-01T00:00:00Z"), std::vector<double>(31 * 24, 1.0)};
    HourlyKg baseline{at("2023-05-01T00:00:00Z"), std::vector<double>(31 * 24, 3.0)};
};

TEST(BudgetBurn, TodayAndThisMonthAgainstTheBaselineUpToNow)
{
    const Flat f;
    const BudgetBurn burn = budgetBurnAt(f.planned, f.baseline, std::nullopt, at("2023-05-03T06:30:00Z"));
    EXPECT_DOUBLE_EQ(burn.day.actualKg, 6.5);
    EXPECT_DOUBLE_EQ(burn.day.baselineKg, 19.5);
    EXPECT_DOUBLE_EQ(burn.day.savedKg(), 13.0);
    EXPECT_DOUBLE_EQ(burn.month.actualKg, 54.5);
    EXPECT_DOUBLE_EQ(burn.month.baselineKg, 163.5);
    EXPECT_NEAR(burn.day.projectedKg, 24.0, 1e-9); // at 1 kg/h the day ends at 24 kg
    EXPECT_EQ(burn.state, BudgetState::Invalid);    // no budget set
    EXPECT_FALSE(burn.month.status.has_value());
}

TEST(BudgetBurn, CumulativeCurvesEndAtNowWithTheTotals)
{
    const Flat f;
    const BudgetBurn burn = budgetBurnAt(f.planned, f.baseline, std::nullopt, at("2023-05-03T06:30:00Z"));
    ASSERT_EQ(burn.day.times.size(), 8u); // 00:00, 01:00 … 06:00, 06:30
    EXPECT_EQ(burn.day.times.front(), at("2023-05-03T00:00:00Z"));
    EXPECT_EQ(burn.day.times.back(), at("2023-05-03T06:30:00Z"));
    EXPECT_DOUBLE_EQ(burn.day.cumulativeKg.back(), burn.day.actualKg);
    EXPECT_DOUBLE_EQ(burn.day.baselineCumulativeKg.back(), burn.day.baselineKg);
    for (std::size_t i = 1; i < burn.month.cumulativeKg.size(); ++i)
        EXPECT_GE(burn.month.cumulativeKg[i], burn.month.cumulativeKg[i - 1]);
}

struct CapCase {
    const char* now;
    double dailyKg;
    double monthlyKg;
    BudgetState expected;
};

class BudgetBurnState : public ::testing::TestWithParam<CapCase> {};

// 1 kg/h: by 12:00 on the 3rd the day has emitted 12 kg and holds 12 kg more for the rest of it;
// the month has emitted 60 kg and holds 684 kg (31 days × 24 kg in all). The state counts both,
// as the policies' own reservations do.
TEST_P(BudgetBurnState, TheTightestCappedPeriodWins)
{
    const Flat f;
    const CapCase& c = GetParam();
    const BudgetBurn burn = budgetBurnAt(f.planned, f.baseline, BudgetCaps{c.dailyKg, c.monthlyKg, {}}, at(c.now));
    EXPECT_EQ(burn.state, c.expected) << c.now << " day " << c.dailyKg << " month " << c.monthlyKg;
    ASSERT_TRUE(burn.month.status.has_value());
    EXPECT_DOUBLE_EQ(burn.month.status->actualKg, burn.month.actualKg);
    EXPECT_NEAR(burn.month.status->reservedKg, burn.month.plannedRestKg, 1e-9);
    EXPECT_NEAR(burn.day.plannedRestKg, 12.0, 1e-9);
}

INSTANTIATE_TEST_SUITE_P(Caps, BudgetBurnState,
                         ::testing::Values(CapCase{"2023-05-03T12:00:00Z", 100, 3000, BudgetState::Normal},
                                           CapCase{"2023-05-03T12:00:00Z", 40, 3000, BudgetState::Tightening},   // 40 % left
                                           CapCase{"2023-05-03T12:00:00Z", 30, 3000, BudgetState::Restricted},   // 20 % left
                                           CapCase{"2023-05-03T12:00:00Z", 100, 800, BudgetState::Critical},     // 7 % left
                                           // 12 of 20 kg emitted would leave 40 %, but the plan
                                           // holds 12 kg more today: the policies see CRITICAL.
                                           CapCase{"2023-05-03T12:00:00Z", 20, 3000, BudgetState::Critical},
                                           CapCase{"2023-05-03T12:00:00Z", 24, 3000, BudgetState::Critical}));   // spent

TEST(BudgetBurn, PaceAboveOneWhenBurningFasterThanAnEvenSpread)
{
    const Flat f;
    // By noon half the day has passed; 12 kg are gone and the plan holds 12 more of a 32 kg cap:
    // 24 kg committed in half the day, pace 1.5.
    const BudgetBurn burn = budgetBurnAt(f.planned, f.baseline, BudgetCaps{32.0, std::nullopt, {}},
                                         at("2023-05-03T12:00:00Z"));
    ASSERT_TRUE(burn.day.status.has_value());
    EXPECT_NEAR(burn.day.status->paceRatio, 1.5, 1e-9);
    EXPECT_NEAR(burn.day.status->remainingKg, 8.0, 1e-9);
}

TEST(FleetCarbonBudget, ReadFromTheFleetFile)
{
    const auto fleet = parseFleetJson(R"({"name": "f", "carbon_budget": {"daily_kg": 20, "monthly_kg": 400,
        "team_monthly_kg": {"vision": 100}},
        "sites": [{"id": "a", "name": "A", "zone": "DE", "jurisdiction": "EU",
                   "location": {"lat": 50, "lon": 8}, "gpus": {"A100": 8}, "pue": 1.2}]})",
                                      "fleet.json");
    ASSERT_TRUE(fleet.ok()) << fleet.status().message();
    ASSERT_TRUE(fleet->carbonBudget().has_value());
    EXPECT_EQ(fleet->carbonBudget()->dailyKg, 20.0);
    EXPECT_EQ(fleet->carbonBudget()->monthlyKg, 400.0);
    EXPECT_EQ(fleet->carbonBudget()->teamMonthlyKg.at("vision"), 100.0);
}

TEST(FleetCarbonBudget, AFleetCutToFewerSitesKeepsItsBudgetAndResidualMix)
{
    auto fleet = parseFleetJson(R"({"name": "f", "carbon_budget": {"daily_kg": 20},
        "residual_mix_g_per_kwh": {"DE": 612.5},
        "sites": [{"id": "a", "name": "A", "zone": "DE", "jurisdiction": "EU",
                   "location": {"lat": 50, "lon": 8}, "gpus": {"A100": 8}, "pue": 1.2},
                  {"id": "b", "name": "B", "zone": "FR", "jurisdiction": "EU",
                   "location": {"lat": 48, "lon": 2}, "gpus": {"A100": 8}, "pue": 1.2}]})",
                                "fleet.json");
    ASSERT_TRUE(fleet.ok()) << fleet.status().message();
    const Fleet cut = fleet->withSites({fleet->sites()[1]});
    ASSERT_EQ(cut.sites().size(), 1u);
    EXPECT_EQ(cut.sites()[0].id, "b");
    EXPECT_EQ(cut.name(), "f");
    ASSERT_TRUE(cut.carbonBudget().has_value());
    EXPECT_EQ(cut.carbonBudget()->dailyKg, 20.0);
    EXPECT_EQ(cut.residualMixFor("DE"), 612.5);
}

TEST(FleetCarbonBudget, BadCapsAreRefusedWithTheLine)
{
    for (const char* budget : {R"({"daily_kg": -5})", R"({"monthly_kg": "lots"})", R"({})", R"({"weekly_kg": 5})", "12"}) {
        const std::string text = std::string(R"({"name": "f",
"carbon_budget": )") + budget + R"(,
        "sites": [{"id": "a", "name": "A", "zone": "DE", "jurisdiction": "EU",
                   "location": {"lat": 50, "lon": 8}, "gpus": {"A100": 8}, "pue": 1.2}]})";
        const auto fleet = parseFleetJson(text, "fleet.json");
        ASSERT_FALSE(fleet.ok()) << budget;
        EXPECT_NE(fleet.status().message().find("fleet.json:2:"), std::string::npos) << fleet.status().message();
    }
}

} // namespace
} // namespace greenlight
