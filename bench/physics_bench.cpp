// Site physics and accounting: a year of hourly KPIs for the 16 demo sites — PUE(t) from each
// site's weather and cooling, heat reuse, water, location/market-based Scope 2, CFE — from loaded
// inputs (fleet, traces, weather) to the fleet row. Goal: ≤ 20 ms.
//   build/bin/physics_bench
#include "core/accounting/sitekpis.h"
#include "core/fleet/fleet.h"
#include "core/physics/weatherlibrary.h"
#include "core/tracelibrary.h"

#include <benchmark/benchmark.h>

namespace greenlight {
namespace {

const std::filesystem::path kData = GREENLIGHT_DATA_DIR;

// allWeather = 1: every site gets one of the 11 weather files (round robin), so that all 16 run
// the full cooling model; 0: the demo fleet as is (5 sites on their design PUE).
void BM_YearOfHourlyKpis16Sites(benchmark::State& state)
{
    Fleet fleet = loadFleetFile(kData.parent_path() / "fleets" / "demo-fleet.json").value();
    if (state.range(0) == 1) {
        const char* const cities[] = {"AU-NSW",      "BR-CS",      "CA-ON",      "DE",
                                      "GB",          "IN-WE",      "JP-TK",      "SG",
                                      "US-CAL-CISO", "US-NY-NYIS", "US-TEX-ERCO"};
        std::vector<Site> sites = fleet.sites();
        for (std::size_t s = 0; s < sites.size(); ++s)
            sites[s].weatherKey = cities[s % 11];
        Fleet everywhere(fleet.name(), std::move(sites), fleet.userRegions());
        everywhere.setResidualMix(fleet.residualMixGPerKwh());
        fleet = std::move(everywhere);
    }
    const TraceLoadReport traces = loadTraceDirectory(kData / "carbon");
    const WeatherLibrary weather = WeatherLibrary::loadDirectory(kData / "weather").value();
    const TimeWindow year{startOfYear(2022), startOfYear(2023)};
    const auto hours = static_cast<std::size_t>(year.length() / Hours{1});
    std::vector<std::vector<double>> itKwh;
    for (const Site& site : fleet.sites())
        itKwh.emplace_back(hours, site.totalGpus() * site.powerPerGpu.value * 0.6);
    double fleetPue = 0.0;
    for (auto _ : state) {
        const FleetPhysics physics = weather.physicsFor(fleet, year).value();
        SiteKpis total;
        for (std::size_t s = 0; s < fleet.sites().size(); ++s) {
            const Site& site = fleet.sites()[s];
            const Result<SiteKpis> k =
                computeSiteKpis({site, physics.sites[s], *traces.library.find(site.zoneKey),
                                 itKwh[s], fleet.residualMixFor(site.zoneKey)},
                                year);
            total.add(k.value());
        }
        fleetPue = total.pue();
        benchmark::DoNotOptimize(total);
    }
    state.counters["sites"] = static_cast<double>(fleet.sites().size());
    state.counters["site_hours"] = static_cast<double>(fleet.sites().size() * hours);
    state.counters["fleet_pue"] = fleetPue;
}
BENCHMARK(BM_YearOfHourlyKpis16Sites)
    ->ArgName("allWeather")
    ->Arg(0)
    ->Arg(1)
    ->Unit(benchmark::kMillisecond);

} // namespace
} // namespace greenlight
