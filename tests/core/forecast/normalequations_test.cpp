// The small least-squares solver under the ridge model.
#include "core/forecast/normalequations.h"

#include <gtest/gtest.h>

#include <cmath>

namespace greenlight {
namespace {

TEST(NormalEquations, RecoversExactLinearCoefficients)
{
    NormalEquations ls(2);
    for (int i = 0; i < 50; ++i) {
        const double a = std::sin(i * 0.7) * 300.0 + 1000.0; // large offsets: the shift keeps precision
        const double b = std::cos(i * 1.3) * 2.0;
        const std::vector<double> x = {a, b};
        ls.add(x, 5.0 + 0.25 * a - 3.0 * b);
    }
    const auto beta = ls.solve(0.0);
    ASSERT_TRUE(beta);
    EXPECT_NEAR((*beta)[0], 5.0, 1e-7);
    EXPECT_NEAR((*beta)[1], 0.25, 1e-10);
    EXPECT_NEAR((*beta)[2], -3.0, 1e-9);
}

TEST(NormalEquations, ColumnsAndRowsGiveTheSameAnswerWithWeights)
{
    NormalEquations rows(3);
    NormalEquations columns(3);
    std::vector<double> column(3 * 40);
    std::vector<double> y(40);
    std::vector<double> w(40);
    for (std::size_t i = 0; i < 40; ++i) {
        const double x[3] = {std::sin(i * 0.3), std::cos(i * 0.11) * 5.0, static_cast<double>(i % 7)};
        y[i] = 1.0 + x[0] - 0.5 * x[1] + 0.1 * x[2] + 0.01 * std::sin(i * 2.1);
        w[i] = 1.0 + static_cast<double>(i % 3);
        rows.add(x, y[i], w[i]);
        for (std::size_t k = 0; k < 3; ++k)
            column[k * 40 + i] = x[k];
    }
    columns.addColumns(column, y, w);
    const auto a = rows.solve(1e-3);
    const auto b = columns.solve(1e-3);
    ASSERT_TRUE(a && b);
    for (std::size_t k = 0; k < 4; ++k)
        EXPECT_NEAR((*a)[k], (*b)[k], 1e-10);
    EXPECT_EQ(columns.rows(), 40u);
}

TEST(NormalEquations, ConstantFeaturesGetZeroAndCollinearOnesNeedTheRidge)
{
    NormalEquations ls(3);
    for (int i = 0; i < 20; ++i) {
        const std::vector<double> x = {static_cast<double>(i), 7.0, 2.0 * i};
        ls.add(x, 3.0 * i + 1.0);
    }
    EXPECT_FALSE(ls.solve(0.0)); // features 0 and 2 are collinear
    const auto beta = ls.solve(1e-6);
    ASSERT_TRUE(beta);
    EXPECT_EQ((*beta)[2], 0.0); // the constant one
    EXPECT_NEAR((*beta)[1] + 2.0 * (*beta)[3], 3.0, 1e-4);
    EXPECT_NEAR((*beta)[0], 1.0, 1e-3);
}

TEST(NormalEquations, RidgeShrinksTowardsTheMeanAndNoRowsGivesNothing)
{
    NormalEquations empty(1);
    EXPECT_FALSE(empty.solve(1.0));
    NormalEquations ls(1);
    for (int i = 0; i < 10; ++i) {
        const std::vector<double> x = {static_cast<double>(i)};
        ls.add(x, 2.0 * i);
    }
    const double exact = (*ls.solve(0.0))[1];
    const double shrunk = (*ls.solve(1.0))[1];
    EXPECT_NEAR(exact, 2.0, 1e-12);
    EXPECT_NEAR(shrunk, 1.0, 1e-12); // correlation 1, penalty 1: half the slope
}

} // namespace
} // namespace greenlight
