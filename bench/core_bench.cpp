// Engine core figures for the foundation issue: load every bundled trace, O(1) window integral.
//   build/bin/core_bench
#include "core/tracelibrary.h"

#include <benchmark/benchmark.h>

#include <random>

namespace greenlight {
namespace {

const std::filesystem::path kData = GREENLIGHT_DATA_DIR;

void BM_LoadAllBundledTraces(benchmark::State& state)
{
    const auto threads = static_cast<unsigned>(state.range(0));
    std::size_t samples = 0;
    for (auto _ : state) {
        TraceLoadReport report = loadTraceDirectory(kData / "carbon", threads);
        samples = report.library.totalSamples();
        benchmark::DoNotOptimize(report);
    }
    state.counters["samples"] = static_cast<double>(samples);
}
BENCHMARK(BM_LoadAllBundledTraces)->Arg(1)->Arg(2)->Unit(benchmark::kMillisecond);

void BM_WindowIntegral(benchmark::State& state)
{
    const TraceLoadReport report = loadTraceDirectory(kData / "carbon");
    const IntensitySeries& de = *report.library.find("DE");
    std::mt19937 rng(1);
    std::uniform_int_distribution<long long> offset(0, (static_cast<long long>(de.size()) - 49) * 3600);
    std::vector<TimeWindow> windows;
    for (int i = 0; i < 4096; ++i) {
        const UtcTime begin = de.start() + Seconds{offset(rng)};
        windows.push_back({begin, begin + Hours{48}});
    }
    std::size_t i = 0;
    for (auto _ : state) {
        benchmark::DoNotOptimize(de.integralGPerKwhHours(IntensitySignal::Lifecycle, windows[i++ & 4095]));
    }
}
BENCHMARK(BM_WindowIntegral)->Unit(benchmark::kNanosecond);

void BM_LookupByTime(benchmark::State& state)
{
    const TraceLoadReport report = loadTraceDirectory(kData / "carbon");
    const IntensitySeries& de = *report.library.find("DE");
    std::size_t i = 0;
    for (auto _ : state) {
        benchmark::DoNotOptimize(de.sampleAt(de.start() + Seconds{static_cast<long long>((i++ * 7919) % 94000000)}));
    }
}
BENCHMARK(BM_LookupByTime)->Unit(benchmark::kNanosecond);

} // namespace
} // namespace greenlight
