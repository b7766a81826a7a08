// Forecaster figures (engine/core/forecast): what a scheduler pays per forecast() call, what a
// weekly ridge refit costs, and what a year of hourly decisions or a back-test costs per zone.
//   build/bin/forecast_bench
#include "core/forecast/backtest.h"
#include "core/forecast/forecasterregistry.h"
#include "core/forecast/ridgemodel.h"
#include "core/traceloader.h"

#include <benchmark/benchmark.h>

namespace greenlight {
namespace {

const std::filesystem::path kData = GREENLIGHT_DATA_DIR;

const IntensitySeries& germany()
{
    static const IntensitySeries kSeries = loadIntensityCsv(kData / "carbon" / "DE.csv").value();
    return kSeries;
}

const std::vector<std::string>& modelNames()
{
    static const std::vector<std::string> kNames = forecasterNames();
    return kNames;
}

// Steady state: 48-step forecasts at every hour of one week, the week's fit already cached.
void BM_ForecastCall(benchmark::State& state)
{
    const std::string& name = modelNames()[static_cast<std::size_t>(state.range(0))];
    state.SetLabel(name);
    const auto model = makeForecaster(name).value();
    const UtcTime monday = *parseIsoUtc("2023-06-05T00:00:00Z");
    if (!model->forecast(germany(), monday, 48).ok()) {
        state.SkipWithError("forecast failed");
        return;
    }
    long long hour = 0;
    for (auto _ : state) {
        Result<Forecast> f = model->forecast(germany(), monday + Hours{hour++ % 168}, 48);
        benchmark::DoNotOptimize(f);
    }
}
BENCHMARK(BM_ForecastCall)->DenseRange(0, 4)->Unit(benchmark::kMicrosecond);

// One weekly refit of the ridge model on a year of history.
void BM_RidgeFit(benchmark::State& state)
{
    const IntensitySeries& de = germany();
    const std::size_t end = *de.indexAt(*parseIsoUtc("2023-06-05T00:00:00Z"));
    for (auto _ : state) {
        RidgeModel model = RidgeModel::fit(de.lifecycle(), de.step(), end, {});
        benchmark::DoNotOptimize(model);
    }
}
BENCHMARK(BM_RidgeFit)->Unit(benchmark::kMillisecond);

// The same refit on a 5-minute trace (West Denmark 2024): 576 leads instead of 48.
void BM_RidgeFitFiveMinute(benchmark::State& state)
{
    static const IntensitySeries kDk1 = loadIntensityCsv(kData / "carbon-5min" / "DK-DK1.csv").value();
    const std::size_t end = *kDk1.indexAt(*parseIsoUtc("2024-06-03T00:00:00Z"));
    for (auto _ : state) {
        RidgeModel model = RidgeModel::fit(kDk1.lifecycle(), kDk1.step(), end, {});
        benchmark::DoNotOptimize(model);
    }
}
BENCHMARK(BM_RidgeFitFiveMinute)->Unit(benchmark::kMillisecond);

// What a scheduler does for one zone over a simulated year: a 48-step forecast at every hour,
// with a cold cache (so the 52 weekly fits are included). Reported per call.
void BM_HourlyForecastsForAYear(benchmark::State& state)
{
    const std::string& name = modelNames()[static_cast<std::size_t>(state.range(0))];
    state.SetLabel(name);
    const UtcTime from = startOfYear(2023);
    for (auto _ : state) {
        const auto model = makeForecaster(name).value();
        for (long long h = 0; h < 8760 - 48; ++h) {
            Result<Forecast> f = model->forecast(germany(), from + Hours{h}, 48);
            benchmark::DoNotOptimize(f);
        }
    }
    state.counters["per_call_us"] = benchmark::Counter(
        static_cast<double>(state.iterations()) * (8760 - 48),
        benchmark::Counter::kIsRate | benchmark::Counter::kInvert, benchmark::Counter::kIs1000);
}
BENCHMARK(BM_HourlyForecastsForAYear)->Arg(1)->Arg(3)->Unit(benchmark::kMillisecond)->Iterations(1);

// A year of back-testing one zone (2023, horizons 1..48), issuing every 24 h or every 5 h.
void BM_BacktestYear(benchmark::State& state)
{
    const std::string& name = modelNames()[static_cast<std::size_t>(state.range(0))];
    const Hours every{state.range(1)};
    state.SetLabel(name + ", issued every " + std::to_string(every.count()) + " h");
    for (auto _ : state) {
        const auto model = makeForecaster(name).value();
        Result<BacktestReport> r =
            backtest(germany(), *model, {{startOfYear(2023), startOfYear(2024)}, every, 48});
        benchmark::DoNotOptimize(r);
    }
}
BENCHMARK(BM_BacktestYear)
    ->Args({1, 24})
    ->Args({3, 24})
    ->Args({1, 5})
    ->Args({3, 5})
    ->Unit(benchmark::kMillisecond)
    ->Iterations(1);

} // namespace
} // namespace greenlight
