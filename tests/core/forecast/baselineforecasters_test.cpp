// Persistence, seasonal-naive and the oracle on series whose answers can be worked out by hand.
#include "core/forecast/forecasterregistry.h"
#include "syntheticseries.h"

#include <gtest/gtest.h>

namespace greenlight {
namespace {

using testing::mondayStart;
using testing::seriesFrom;

// y[i] = i: every forecast value names the index it was copied from.
const IntensitySeries kRamp = seriesFrom(24 * 30, [](std::size_t i) { return static_cast<double>(i); });

std::unique_ptr<Forecaster> make(const std::string& name)
{
    return makeForecaster(name).value();
}

struct Case {
    const char* model;
    UtcTime issuedAt;
    std::size_t steps;
    UtcTime expectedStart;
    std::function<double(std::size_t)> expected; // mean of step k
};

// Issued after the data ends (a replay clock past a custom trace): refused with the reason, not
// forecast from memory beyond the series (persistence read y[n-1] of steps that do not exist).
TEST(BaselineForecasters, AnIssueAfterTheDataEndsIsRefused)
{
    const UtcTime end = mondayStart() + Hours{24 * 30};
    for (const char* model : {"persistence", "seasonal-naive-24h", "seasonal-naive-168h", "ridge"}) {
        SCOPED_TRACE(model);
        const Result<Forecast> atEnd = make(model)->forecast(kRamp, end, 24);
        EXPECT_TRUE(atEnd.ok()) << atEnd.status().toString(); // every step observed: fine
        const Result<Forecast> after = make(model)->forecast(kRamp, end + Hours{30}, 24);
        ASSERT_FALSE(after.ok());
        EXPECT_EQ(after.status().code(), StatusCode::FailedPrecondition);
        EXPECT_NE(after.status().message().find("no recent observations"), std::string::npos) << after.status().message();
    }
}

TEST(BaselineForecasters, CopyTheValuesTheirRuleNames)
{
    const UtcTime t0 = mondayStart();
    const std::vector<Case> cases = {
        // Issued on a boundary: 30 steps observed, the newest is index 29.
        {"persistence", t0 + Hours{30}, 48, t0 + Hours{30}, [](std::size_t) { return 29.0; }},
        // Mid-step: step 30 has not ended, so the newest observed value is still index 29 and the
        // forecast starts at the next boundary (index 31).
        {"persistence", t0 + Hours{30} + std::chrono::minutes{30}, 5, t0 + Hours{31},
         [](std::size_t) { return 29.0; }},
        // Same hour yesterday, repeating the last observed day beyond 24 steps.
        {"seasonal-naive-24h", t0 + Hours{30}, 48, t0 + Hours{30},
         [](std::size_t k) { return 6.0 + static_cast<double>(k % 24); }},
        {"seasonal-naive-24h", t0 + Hours{30} + std::chrono::minutes{1}, 3, t0 + Hours{31},
         [](std::size_t k) { return 7.0 + static_cast<double>(k); }},
        // Same hour last week.
        {"seasonal-naive-168h", t0 + Hours{200}, 48, t0 + Hours{200},
         [](std::size_t k) { return 32.0 + static_cast<double>(k); }},
        {"oracle", t0 + Hours{30}, 48, t0 + Hours{30},
         [](std::size_t k) { return 30.0 + static_cast<double>(k); }},
        {"oracle", t0 + Hours{30} + Seconds{1}, 2, t0 + Hours{31},
         [](std::size_t k) { return 31.0 + static_cast<double>(k); }},
    };
    for (const Case& c : cases) {
        SCOPED_TRACE(std::string(c.model) + " issued " + formatIsoUtc(c.issuedAt));
        const Result<Forecast> f = make(c.model)->forecast(kRamp, c.issuedAt, c.steps);
        ASSERT_TRUE(f.ok()) << f.status().toString();
        EXPECT_EQ(f->model(), c.model);
        EXPECT_EQ(f->zoneKey(), "TEST");
        EXPECT_EQ(f->issuedAt(), c.issuedAt);
        EXPECT_EQ(f->start(), c.expectedStart);
        EXPECT_EQ(f->step(), Hours{1});
        ASSERT_EQ(f->size(), c.steps);
        for (std::size_t k = 0; k < c.steps; ++k) {
            EXPECT_EQ(f->mean()[k], c.expected(k)) << "step " << k;
            EXPECT_LE(f->low()[k], f->mean()[k]);
            EXPECT_GE(f->high()[k], f->mean()[k]);
            EXPECT_GE(f->low()[k], 0.0);
        }
    }
}

TEST(BaselineForecasters, IntervalComesFromTheRulesOwnPastErrors)
{
    // A flat daily pattern: seasonal-naive-24h never errs, so its band is the value itself;
    // persistence errs by the hour-to-hour steps of the pattern, so its band is wider.
    const IntensitySeries daily = seriesFrom(24 * 40, [](std::size_t i) {
        return 200.0 + 10.0 * static_cast<double>(i % 24);
    });
    const UtcTime issuedAt = mondayStart() + Days{35};
    const Forecast naive = make("seasonal-naive-24h")->forecast(daily, issuedAt, 24).value();
    for (std::size_t k = 0; k < 24; ++k) {
        EXPECT_EQ(naive.low()[k], naive.mean()[k]);
        EXPECT_EQ(naive.high()[k], naive.mean()[k]);
    }
    const Forecast flat = make("persistence")->forecast(daily, issuedAt, 24).value();
    EXPECT_EQ(flat.mean()[0], 430.0);
    EXPECT_LT(flat.low()[12], flat.mean()[12]);
    EXPECT_GT(flat.high()[12], flat.mean()[12]);
}

TEST(BaselineForecasters, OracleReturnsTheActualFutureAndNothingBeyondIt)
{
    const auto oracle = make("oracle");
    EXPECT_TRUE(oracle->readsFuture());
    const UtcTime issuedAt = kRamp.end() - Hours{10};
    EXPECT_TRUE(oracle->forecast(kRamp, issuedAt, 10).ok());
    const Result<Forecast> past = oracle->forecast(kRamp, issuedAt, 11);
    ASSERT_FALSE(past.ok());
    EXPECT_EQ(past.status().code(), StatusCode::OutOfRange);
    EXPECT_NE(past.status().message().find("not in the series"), std::string::npos);
}

TEST(BaselineForecasters, BadRequestsGiveClearErrors)
{
    struct Bad {
        const char* model;
        UtcTime issuedAt;
        std::size_t steps;
        StatusCode code;
        const char* message;
    };
    const UtcTime t0 = mondayStart();
    const std::vector<Bad> cases = {
        {"persistence", t0 + Hours{5}, 0, StatusCode::InvalidArgument, "zero forecast steps"},
        {"persistence", t0, 4, StatusCode::FailedPrecondition,
         "persistence needs at least 1 h of history before the issue time 2024-01-01T00:00:00Z, "
         "but the TEST series starts at 2024-01-01T00:00:00Z"},
        {"persistence", t0 - Hours{3}, 4, StatusCode::FailedPrecondition, "needs at least 1 h"},
        {"seasonal-naive-24h", t0 + Hours{23}, 4, StatusCode::FailedPrecondition,
         "seasonal-naive-24h needs at least 24 h of history"},
        {"seasonal-naive-168h", t0 + Hours{100}, 4, StatusCode::FailedPrecondition,
         "needs at least 168 h of history"},
        {"ridge", t0 + Hours{20}, 4, StatusCode::FailedPrecondition, "ridge needs at least 24 h"},
        {"ridge", t0 + Hours{48}, 0, StatusCode::InvalidArgument, "zero forecast steps"},
        {"oracle", t0 + Hours{4}, 0, StatusCode::InvalidArgument, "zero forecast steps"},
        {"oracle", t0 - Hours{1}, 4, StatusCode::OutOfRange, "before the series starts"},
    };
    for (const Bad& c : cases) {
        SCOPED_TRACE(std::string(c.model) + " issued " + formatIsoUtc(c.issuedAt));
        const Result<Forecast> f = make(c.model)->forecast(kRamp, c.issuedAt, c.steps);
        ASSERT_FALSE(f.ok());
        EXPECT_EQ(f.status().code(), c.code);
        EXPECT_NE(f.status().message().find(c.message), std::string::npos) << f.status().message();
    }
}

TEST(BaselineForecasters, SeasonNotAWholeNumberOfStepsIsRejected)
{
    const IntensitySeries odd = seriesFrom(500, [](std::size_t) { return 1.0; }, std::chrono::minutes{7});
    const Result<Forecast> f = make("seasonal-naive-24h")->forecast(odd, odd.start() + Days{2}, 4);
    ASSERT_FALSE(f.ok());
    EXPECT_EQ(f.status().code(), StatusCode::InvalidArgument);
    const Result<Forecast> r = make("ridge")->forecast(odd, odd.start() + Days{2}, 4);
    ASSERT_FALSE(r.ok());
    EXPECT_NE(r.status().message().find("does not divide a day"), std::string::npos);
}

TEST(ForecasterRegistry, NamesEveryBuiltInModelAndRejectsUnknownOnes)
{
    const std::vector<std::string> expected = {"persistence", "seasonal-naive-24h",
                                               "seasonal-naive-168h", "ridge", "oracle"};
    EXPECT_EQ(forecasterNames(), expected);
    for (const std::string& name : forecasterNames()) {
        const auto model = makeForecaster(name);
        ASSERT_TRUE(model.ok()) << name;
        EXPECT_EQ(model.value()->name(), name);
        EXPECT_EQ(model.value()->readsFuture(), name == "oracle");
    }
    const auto unknown = makeForecaster("prophet");
    ASSERT_FALSE(unknown.ok());
    EXPECT_EQ(unknown.status().code(), StatusCode::NotFound);
    EXPECT_EQ(unknown.status().message(),
              "unknown forecaster 'prophet'; valid names: persistence, seasonal-naive-24h, "
              "seasonal-naive-168h, ridge, oracle");
}

} // namespace
} // namespace greenlight
