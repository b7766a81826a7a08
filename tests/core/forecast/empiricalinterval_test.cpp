// Prediction intervals from past errors.
#include "core/forecast/empiricalinterval.h"

#include <gtest/gtest.h>

namespace greenlight {
namespace {

TEST(EmpiricalInterval, UsesThe10thAnd90thPercentileOfErrorsPerLead)
{
    std::vector<double> errors;
    for (int i = -50; i <= 50; ++i)
        errors.push_back(static_cast<double>(i)); // 101 values: p10 = -40, p90 = +40
    const EmpiricalInterval band = EmpiricalInterval::fromResiduals({errors, {-1.0, 3.0}});
    EXPECT_EQ(band.leads(), 2u);
    const auto [low, high] = band.bounds(100.0, 1);
    EXPECT_DOUBLE_EQ(low, 60.0);
    EXPECT_DOUBLE_EQ(high, 140.0);
    // Two errors: interpolated quantiles -1 + 0.1 × 4 and -1 + 0.9 × 4.
    const auto [low2, high2] = band.bounds(100.0, 2);
    EXPECT_DOUBLE_EQ(low2, 99.4);
    EXPECT_DOUBLE_EQ(high2, 102.6);
    // Later leads borrow the last one.
    EXPECT_EQ(band.bounds(100.0, 9), band.bounds(100.0, 2));
}

TEST(EmpiricalInterval, KeepsZeroBelowTheMeanAndTheMeanInside)
{
    const EmpiricalInterval biased = EmpiricalInterval::fromResiduals({{5.0, 6.0, 7.0}, {-9.0, -8.0}});
    // All errors positive: the mean is the low end.
    EXPECT_EQ(biased.bounds(10.0, 1).first, 10.0);
    EXPECT_GT(biased.bounds(10.0, 1).second, 10.0);
    // All errors negative and large: low clamps at zero, high at the mean.
    EXPECT_EQ(biased.bounds(4.0, 2).first, 0.0);
    EXPECT_EQ(biased.bounds(4.0, 2).second, 4.0);
}

TEST(EmpiricalInterval, LeadsWithoutErrorsBorrowTheNearestAndNoneGiveAnEmptyBand)
{
    const EmpiricalInterval gaps = EmpiricalInterval::fromResiduals({{}, {-2.0, 2.0}, {}});
    EXPECT_EQ(gaps.bounds(50.0, 1), gaps.bounds(50.0, 2));
    EXPECT_EQ(gaps.bounds(50.0, 3), gaps.bounds(50.0, 2));
    const EmpiricalInterval none;
    EXPECT_EQ(none.bounds(50.0, 1), std::make_pair(50.0, 50.0));
}

TEST(EmpiricalInterval, FromPredictorReadsOnlyIssuePointsBeforeTheEnd)
{
    // Perfect predictor on indices < 20; any read of index >= 20 would inject a huge error.
    std::vector<double> y(30, 1.0);
    for (std::size_t i = 20; i < y.size(); ++i)
        y[i] = 1e9;
    const EmpiricalInterval band = EmpiricalInterval::fromPredictor(
        y, 20, 1, 100, 1, 3, [](std::size_t, std::size_t) { return 1.0; });
    for (std::size_t lead = 1; lead <= 3; ++lead)
        EXPECT_EQ(band.bounds(1.0, lead), std::make_pair(1.0, 1.0));
}

TEST(EmpiricalInterval, CoversTwoDaysWhateverTheStep)
{
    EXPECT_EQ(EmpiricalInterval::leadsFor(Hours{1}), 48u);
    EXPECT_EQ(EmpiricalInterval::leadsFor(std::chrono::minutes{15}), 192u);
    EXPECT_EQ(EmpiricalInterval::leadsFor(std::chrono::minutes{5}), 576u);
    EXPECT_EQ(EmpiricalInterval::leadsFor(std::chrono::minutes{7}), 412u); // rounded up
    EXPECT_EQ(EmpiricalInterval::leadsFor(Days{1}), 48u); // never fewer than 48 leads
}

} // namespace
} // namespace greenlight
