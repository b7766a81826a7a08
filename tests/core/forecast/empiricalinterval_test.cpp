// Prediction intervals from past errors.
#include "core/forecast/empiricalinterval.h"

#include <gtest/gtest.h>

#include <random>

namespace greenlight {
namespace {

TEST(EmpiricalInterval, UsesTheRanksThatCover80PercentOfErrorsPerLead)
{
    std::vector<double> errors;
    for (int i = -50; i <= 50; ++i)
        errors.push_back(static_cast<double>(i)); // 101 values: ranks floor(0.1 × 102) = 10, ceil(0.9 × 102) = 92
    const EmpiricalInterval band = EmpiricalInterval::fromResiduals({errors, {-1.0, 3.0}});
    EXPECT_EQ(band.leads(), 2u);
    const auto [low, high] = band.bounds(100.0, 1);
    EXPECT_DOUBLE_EQ(low, 59.0);
    EXPECT_DOUBLE_EQ(high, 141.0);
    // Two errors: too few for 80 %, so the band spans both.
    const auto [low2, high2] = band.bounds(100.0, 2);
    EXPECT_DOUBLE_EQ(low2, 99.0);
    EXPECT_DOUBLE_EQ(high2, 103.0);
    // Later leads borrow the last one.
    EXPECT_EQ(band.bounds(100.0, 9), band.bounds(100.0, 2));
}

// Learned from 20 errors, the band covers a new error about 80 % of the time (the ranks' promise
// is (19 - 2) / 21 = 81 %). The interpolated 10th-90th percentiles used before covered about 72 %,
// and on the few dozen errors of a short history the back-tests measured 45-60 %.
TEST(EmpiricalInterval, CoversTheNominalShareOnFewErrors)
{
    std::mt19937 rng(11);
    std::normal_distribution<double> error(0.0, 10.0);
    double covered = 0.0;
    double tried = 0.0;
    for (int trial = 0; trial < 400; ++trial) {
        std::vector<double> learned(20);
        for (double& e : learned)
            e = error(rng);
        const EmpiricalInterval band = EmpiricalInterval::fromResiduals({learned});
        const auto [low, high] = band.bounds(1000.0, 1);
        for (int k = 0; k < 200; ++k) {
            const double actual = 1000.0 + error(rng);
            covered += actual >= low && actual <= high ? 1.0 : 0.0;
            tried += 1.0;
        }
    }
    EXPECT_GT(covered / tried, 0.78);
    EXPECT_LT(covered / tried, 0.86);
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
