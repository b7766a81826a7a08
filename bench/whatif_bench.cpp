// What-if runs as the console's what-if panel starts them: the bundled Alibaba-2023 trace on the
// demo fleet with the bundled traces and weather, scenario "carbon-window with a 15 % forecast
// bias" (fleet and jobs kept) and "sin1 removed" (its own fleet). Cold: fresh inputs (no pooled
// forecasters, nothing kept from earlier runs); warm: the inputs of an earlier run on the same
// period (pooled forecasters, the current plan's runs), as the WhatIfRunner keeps them.
//   build/bin/whatif_bench
#include "core/fleet/fleet.h"
#include "core/physics/weatherlibrary.h"
#include "core/traceloader.h"
#include "core/whatif/whatif.h"

#include <benchmark/benchmark.h>

namespace greenlight {
namespace {

const std::filesystem::path kData = GREENLIGHT_DATA_DIR;

const WhatIfInputs& loaded()
{
    static const WhatIfInputs in = [] {
        WhatIfInputs i;
        i.fleet = loadFleetFile(kData.parent_path() / "fleets" / "demo-fleet.json").value();
        i.workloadCsv = kData / "workloads" / "alibaba_gpu_openb_2023.csv";
        i.traces = std::make_shared<const TraceLibrary>(loadTraceDirectory(kData / "carbon").library);
        i.weather = std::make_shared<const WeatherLibrary>(WeatherLibrary::loadDirectory(kData / "weather").value());
        return i;
    }();
    return in;
}

Scenario scenario(int which)
{
    Scenario s;
    if (which == 0) {
        s.policy = "carbon-window";
        s.forecastError.biasPct = 15;
    } else {
        s.removedSites = {"sin1"};
    }
    return s;
}

void BM_WhatIfCold(benchmark::State& state)
{
    const Scenario s = scenario(static_cast<int>(state.range(0)));
    for (auto _ : state) {
        WhatIfInputs in = loaded();
        in.forecasters = std::make_shared<ForecasterPool>();
        Result<WhatIfComparison> r = runWhatIf(in, s);
        if (!r.ok())
            state.SkipWithError(r.status().message().c_str());
        benchmark::DoNotOptimize(r);
    }
}
BENCHMARK(BM_WhatIfCold)->Arg(0)->Arg(1)->Unit(benchmark::kMillisecond)->Iterations(2);

void BM_WhatIfWarm(benchmark::State& state)
{
    const Scenario s = scenario(static_cast<int>(state.range(0)));
    WhatIfInputs in = loaded();
    in.forecasters = std::make_shared<ForecasterPool>();
    in.currentPlans = std::make_shared<CurrentPlanCache>();
    Scenario other; // an earlier run on the same period
    other.policy = "wait-awhile";
    if (!runWhatIf(in, other).ok())
        state.SkipWithError("the warming run failed");
    for (auto _ : state) {
        Result<WhatIfComparison> r = runWhatIf(in, s);
        if (!r.ok())
            state.SkipWithError(r.status().message().c_str());
        benchmark::DoNotOptimize(r);
    }
}
BENCHMARK(BM_WhatIfWarm)->Arg(0)->Arg(1)->Unit(benchmark::kMillisecond)->Iterations(2);

} // namespace
} // namespace greenlight
