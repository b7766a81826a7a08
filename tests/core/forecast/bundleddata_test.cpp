// The goal on real data: on every bundled multi-year zone, "ridge" beats seasonal-naive-24h on
// 24 h-ahead MAPE over 2023, issuing forecasts every 11 h (every hour of the day and week) with
// fits only on data observed before each issue time.
#include "core/forecast/backtest.h"
#include "core/forecast/forecasterregistry.h"
#include "core/traceloader.h"

#include <gtest/gtest.h>

#include <thread>

namespace greenlight {
namespace {

const std::filesystem::path kData = GREENLIGHT_DATA_DIR;

TEST(BundledDataForecasts, RidgeBeatsSeasonalNaiveAt24HoursOnEveryMultiYearZone)
{
    const std::vector<std::string> zones = {"AU-NSW", "BR-CS", "CA-ON", "DE", "ES", "GB", "IN-WE",
                                            "JP-TK", "NO", "SG", "US-CAL-CISO", "US-NY-NYIS",
                                            "US-TEX-ERCO"};
    const BacktestOptions options{{startOfYear(2023), startOfYear(2024)}, Hours{11}, 24};
    struct Outcome {
        Status status = Status::ok();
        double ridge = 0.0;
        double naive = 0.0;
        double coverage = 0.0;
    };
    std::vector<Outcome> outcomes(zones.size());
    // Two threads share one instance of each model: forecast() is const and thread-safe.
    const auto ridge = makeForecaster("ridge").value();
    const auto naive = makeForecaster("seasonal-naive-24h").value();
    auto work = [&](std::size_t first) {
        for (std::size_t i = first; i < zones.size(); i += 2) {
            const Result<IntensitySeries> s = loadIntensityCsv(kData / "carbon" / (zones[i] + ".csv"));
            if (!s.ok()) {
                outcomes[i].status = s.status();
                continue;
            }
            EXPECT_EQ(s->size(), 26280u) << zones[i];
            const Result<BacktestReport> r = backtest(s.value(), *ridge, options);
            const Result<BacktestReport> n = backtest(s.value(), *naive, options);
            if (!r.ok() || !n.ok()) {
                outcomes[i].status = r.ok() ? n.status() : r.status();
                continue;
            }
            outcomes[i] = {Status::ok(), r->at(24)->mapePct, n->at(24)->mapePct, r->meanCoveragePct()};
        }
    };
    std::thread other(work, 1);
    work(0);
    other.join();
    for (std::size_t i = 0; i < zones.size(); ++i) {
        SCOPED_TRACE(zones[i]);
        ASSERT_TRUE(outcomes[i].status.isOk()) << outcomes[i].status.toString();
        EXPECT_LT(outcomes[i].ridge, outcomes[i].naive);
        // The nominal 80 % band should cover roughly that share.
        EXPECT_GT(outcomes[i].coverage, 65.0);
        EXPECT_LT(outcomes[i].coverage, 92.0);
        std::cout << "[ info ] " << zones[i] << " 24 h MAPE ridge " << outcomes[i].ridge
                  << " % vs seasonal-naive-24h " << outcomes[i].naive << " %, coverage "
                  << outcomes[i].coverage << " %\n";
    }
}

} // namespace
} // namespace greenlight
