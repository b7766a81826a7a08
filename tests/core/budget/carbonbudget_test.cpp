#include "core/budget/carbonbudget.h"

#include <gtest/gtest.h>

namespace greenlight {
namespace {

UtcTime at(const char* iso)
{
    return *parseIsoUtc(iso);
}

struct StateCase {
    double usedKg;
    BudgetState expected;
};

class BudgetStateAt : public ::testing::TestWithParam<StateCase> {};

TEST_P(BudgetStateAt, FollowsTheRemainingShare)
{
    CarbonBudget budget({.dailyKg = 100.0, .monthlyKg = std::nullopt, .teamMonthlyKg = {}});
    ASSERT_TRUE(budget.reserve("d", "", at("2023-05-10T08:00:00Z"), GetParam().usedKg).isOk());
    EXPECT_EQ(budget.state(at("2023-05-10T12:00:00Z")), GetParam().expected) << GetParam().usedKg;
}

// Boundaries as specified: NORMAL > 50 % left, TIGHTENING 25–50 %, RESTRICTED 10–25 %, CRITICAL ≤ 10 %.
INSTANTIATE_TEST_SUITE_P(Thresholds, BudgetStateAt,
                         ::testing::Values(StateCase{0, BudgetState::Normal}, StateCase{49.9, BudgetState::Normal},
                                           StateCase{50, BudgetState::Tightening}, StateCase{74.9, BudgetState::Tightening},
                                           StateCase{75, BudgetState::Restricted}, StateCase{89.9, BudgetState::Restricted},
                                           StateCase{90, BudgetState::Critical}, StateCase{150, BudgetState::Critical}));

// Work over midnight counts on both days in proportion to its time there, as its emissions
// fall (and as the budget panel books them): an 8 kg job from 20:00 to 04:00 is 4 kg a day, not
// 8 kg on its start day (which put that day in CRITICAL and left the next looking empty). The
// same over a month's end; settling keeps the shares.
TEST(CarbonBudget, AHoldOverSeveralDaysCountsOnEachDayProRata)
{
    CarbonBudget budget({.dailyKg = 7.0, .monthlyKg = 100.0, .teamMonthlyKg = {}});
    ASSERT_TRUE(budget.reserve("m", "", {{at("2023-01-31T20:00:00Z"), at("2023-02-01T04:00:00Z")}}, 8.0).isOk());
    EXPECT_DOUBLE_EQ(budget.status(BudgetPeriod::Day, at("2023-01-31T12:00:00Z")).reservedKg, 4.0);
    EXPECT_DOUBLE_EQ(budget.status(BudgetPeriod::Day, at("2023-02-01T12:00:00Z")).reservedKg, 4.0);
    EXPECT_DOUBLE_EQ(budget.status(BudgetPeriod::Month, at("2023-01-15T00:00:00Z")).reservedKg, 4.0);
    EXPECT_DOUBLE_EQ(budget.status(BudgetPeriod::Month, at("2023-02-15T00:00:00Z")).reservedKg, 4.0);
    // 3 of 7 kg left on each day: TIGHTENING on both, not CRITICAL then NORMAL.
    EXPECT_EQ(budget.state(at("2023-01-31T21:00:00Z")), BudgetState::Tightening);
    EXPECT_EQ(budget.state(at("2023-02-01T21:00:00Z")), BudgetState::Tightening);
    ASSERT_TRUE(budget.settle("m", 10.0).isOk());
    EXPECT_DOUBLE_EQ(budget.status(BudgetPeriod::Day, at("2023-01-31T12:00:00Z")).actualKg, 5.0);
    EXPECT_DOUBLE_EQ(budget.status(BudgetPeriod::Day, at("2023-02-01T12:00:00Z")).actualKg, 5.0);
    EXPECT_DOUBLE_EQ(budget.status(BudgetPeriod::Day, at("2023-02-01T12:00:00Z")).reservedKg, 0.0);
    // Parts with a pause between them: by the time run in each day (3 h and 1 h).
    ASSERT_TRUE(budget.reserve("p", "", {{at("2023-03-01T21:00:00Z"), at("2023-03-01T23:00:00Z")},
                                         {at("2023-03-01T23:00:00Z") + Hours{1}, at("2023-03-02T02:00:00Z")}},
                               4.0).isOk());
    EXPECT_DOUBLE_EQ(budget.status(BudgetPeriod::Day, at("2023-03-01T12:00:00Z")).reservedKg, 2.0);
    EXPECT_DOUBLE_EQ(budget.status(BudgetPeriod::Day, at("2023-03-02T12:00:00Z")).reservedKg, 2.0);
    budget.unreserve("p");
    EXPECT_DOUBLE_EQ(budget.status(BudgetPeriod::Day, at("2023-03-02T12:00:00Z")).reservedKg, 0.0);
    EXPECT_FALSE(budget.reserve("none", "", std::vector<TimeWindow>{}, 1.0).isOk());
}

TEST(CarbonBudget, TheTightestPeriodWins)
{
    CarbonBudget budget({.dailyKg = 100.0, .monthlyKg = 1000.0, .teamMonthlyKg = {{"vision", 40.0}}});
    budget.reserve("a", "vision", at("2023-05-01T10:00:00Z"), 30.0);
    budget.reserve("b", "nlp", at("2023-05-02T10:00:00Z"), 10.0);
    const UtcTime now = at("2023-05-02T12:00:00Z");
    EXPECT_EQ(budget.status(BudgetPeriod::Day, now).state, BudgetState::Normal);    // 10 of 100
    EXPECT_EQ(budget.status(BudgetPeriod::Month, now).state, BudgetState::Normal);  // 40 of 1000
    EXPECT_EQ(budget.state(now), BudgetState::Normal);
    EXPECT_EQ(budget.state(now, "vision"), BudgetState::Restricted); // 30 of 40: 25 % left
    EXPECT_EQ(budget.state(now, "nlp"), BudgetState::Normal);        // no team cap
    budget.reserve("c", "nlp", at("2023-05-02T13:00:00Z"), 85.0);
    EXPECT_EQ(budget.state(now), BudgetState::Critical); // the day is now at 95 of 100
}

TEST(CarbonBudget, UnreserveIsIdempotentAndSettleReplacesTheHold)
{
    CarbonBudget budget({.dailyKg = 100.0, .monthlyKg = std::nullopt, .teamMonthlyKg = {}});
    const UtcTime t = at("2023-05-10T08:00:00Z");
    ASSERT_TRUE(budget.reserve("j", "", t, 60.0).isOk());
    EXPECT_FALSE(budget.reserve("j", "", t, 1.0).isOk());
    budget.unreserve("j");
    budget.unreserve("j");
    budget.unreserve("unknown");
    EXPECT_DOUBLE_EQ(budget.status(BudgetPeriod::Day, t).reservedKg, 0.0);
    ASSERT_TRUE(budget.reserve("k", "", t, 60.0).isOk());
    ASSERT_TRUE(budget.settle("k", 20.0).isOk());
    const PeriodStatus s = budget.status(BudgetPeriod::Day, t);
    EXPECT_DOUBLE_EQ(s.reservedKg, 0.0);
    EXPECT_DOUBLE_EQ(s.actualKg, 20.0);
    EXPECT_FALSE(budget.settle("k", 5.0).isOk());
    budget.unreserve("k"); // settled emissions happened: they stay
    EXPECT_DOUBLE_EQ(budget.status(BudgetPeriod::Day, t).actualKg, 20.0);
    EXPECT_EQ(budget.settle("missing", 1.0).code(), StatusCode::NotFound);
    EXPECT_FALSE(budget.reserve("neg", "", t, -1.0).isOk());
}

TEST(CarbonBudget, PeriodsFollowTheUtcCalendarAndPacing)
{
    CarbonBudget budget({.dailyKg = 240.0, .monthlyKg = 3100.0, .teamMonthlyKg = {}});
    budget.reserve("late-april", "", at("2023-04-30T23:00:00Z"), 500.0);
    budget.reserve("may", "", at("2023-05-01T01:00:00Z"), 60.0);
    const PeriodStatus day = budget.status(BudgetPeriod::Day, at("2023-05-01T06:00:00Z"));
    EXPECT_DOUBLE_EQ(day.reservedKg, 60.0);
    EXPECT_DOUBLE_EQ(day.elapsedFraction, 0.25);
    EXPECT_DOUBLE_EQ(day.paceRatio, 1.0); // a quarter used after a quarter of the day
    const PeriodStatus month = budget.status(BudgetPeriod::Month, at("2023-05-16T12:00:00Z"));
    EXPECT_DOUBLE_EQ(month.reservedKg, 60.0); // April stays in April
    EXPECT_EQ(formatIsoUtc(month.window.end), "2023-06-01T00:00:00Z");
}

TEST(CarbonBudget, TransitionsAreRecorded)
{
    CarbonBudget budget({.dailyKg = 100.0, .monthlyKg = std::nullopt, .teamMonthlyKg = {}});
    const UtcTime t = at("2023-05-10T08:00:00Z");
    EXPECT_EQ(budget.observe(t), BudgetState::Normal);
    budget.reserve("a", "", t, 60.0);
    EXPECT_EQ(budget.observe(t), BudgetState::Tightening);
    budget.reserve("b", "", t, 35.0);
    EXPECT_EQ(budget.observe(t), BudgetState::Critical);
    EXPECT_EQ(budget.observe(t + Days{1}), BudgetState::Normal); // a new day
    ASSERT_EQ(budget.transitions().size(), 3u);
    EXPECT_EQ(budget.transitions()[1].from, BudgetState::Tightening);
    EXPECT_EQ(budget.transitions()[1].to, BudgetState::Critical);
    EXPECT_EQ(budget.transitions()[2].to, BudgetState::Normal);
}

} // namespace
} // namespace greenlight
