// Small hand-made worlds for scheduler tests: a two- or three-site fleet on synthetic hourly
// traces whose cheapest plans can be worked out by hand or by brute force.
#pragma once

#include "core/fleet/fleet.h"
#include "core/scheduler/capacityledger.h"
#include "core/scheduler/framework.h"
#include "core/scheduler/intensityoutlook.h"
#include "core/tracelibrary.h"
#include "core/workload/job.h"

#include <string>
#include <utility>
#include <vector>

namespace greenlight::testing {

inline UtcTime t0()
{
    return *parseIsoUtc("2023-03-06T00:00:00Z");
}

// Sites "a" (zone ZA, jurisdiction EU, home of every job), "b" (zone ZB, EU), "c" (zone ZC, US).
inline Fleet smallFleet(int gpusA = 8, int gpusB = 8, int gpusC = 8)
{
    const std::string json = R"({"name":"test","sites":[
      {"id":"a","name":"A","zone":"ZA","jurisdiction":"EU","location":{"lat":50,"lon":8},
       "gpus":{"A100":)" + std::to_string(gpusA) + R"(},"power_per_gpu_kw":0.5,"pue":1.2,"migration_kwh_per_gb":0.01},
      {"id":"b","name":"B","zone":"ZB","jurisdiction":"EU","location":{"lat":60,"lon":10},
       "gpus":{"A100":)" + std::to_string(gpusB) + R"(},"power_per_gpu_kw":0.5,"pue":1.1,"migration_kwh_per_gb":0.01},
      {"id":"c","name":"C","zone":"ZC","jurisdiction":"US","location":{"lat":40,"lon":-90},
       "gpus":{"A100":)" + std::to_string(gpusC) + R"(},"power_per_gpu_kw":0.5,"pue":1.5,"migration_kwh_per_gb":0.01}]})";
    return parseFleetJson(json, "test-fleet.json").value();
}

// 14 days of hourly values from a generator f(zoneIndex, hour).
template <typename F>
TraceLibrary syntheticTraces(F f)
{
    std::vector<IntensitySeries> series;
    const char* zones[] = {"ZA", "ZB", "ZC"};
    for (int z = 0; z < 3; ++z) {
        IntensitySeries::Columns c;
        for (int h = 0; h < 24 * 14; ++h)
            c.lifecycleGPerKwh.push_back(f(z, h));
        // Start a week early so that forecasters have history.
        series.push_back(IntensitySeries::create(zones[z], t0() - Days{7}, Hours{1}, c).value());
    }
    return TraceLibrary(std::move(series));
}

// ZC (site c, the only US site) at 20 g/kWh is the cleanest by far; ZA and ZB at 500.
inline double onlyCClean(int zone, int)
{
    return zone == 2 ? 20.0 : 500.0;
}

// ZA: 500 g/kWh, except 100 from 10:00 to 14:00 every day. ZB: 50. ZC: 20 (US, other jurisdiction).
inline double handWorld(int zone, int hour)
{
    const int hourOfDay = hour % 24;
    if (zone == 0)
        return hourOfDay >= 10 && hourOfDay < 14 ? 100.0 : 500.0;
    return zone == 1 ? 50.0 : 20.0;
}

// A fleet on synthetic traces from `generator`, the actual intensities as the outlook, an empty
// 72-hour ledger from t0 and a context where every site has data and it is t0. Tests change
// ctx (now, siteHasData) or the ledger as they need. Members refer to each other: not copyable.
struct World {
    explicit World(double (*generator)(int, int) = handWorld, Fleet f = smallFleet(8, 8, 8))
        : fleet(std::move(f)), traces(syntheticTraces(generator))
    {
    }
    World(const World&) = delete;
    World& operator=(const World&) = delete;

    Fleet fleet;
    TraceLibrary traces;
    ActualOutlook outlook{fleet, traces};
    CapacityLedger ledger{fleet, t0(), 72};
    PlanningContext ctx{fleet, outlook, ledger, ApprovalRules::defaults(), {true, true, true}, t0()};
};

inline Job makeJob(std::string id, int gpus, Seconds duration, UtcTime submit, Seconds maxDelay)
{
    Job job;
    job.id = std::move(id);
    job.gpus = gpus;
    job.duration = duration;
    job.submit = submit;
    job.maxDelay = maxDelay;
    job.homeSite = 0;
    job.dataSizeGb = 0.0;
    return job;
}

// A job that may only run at C (its home, the only US site), submitted at `submit`, that may
// wait `maxDelay` (by default not at all).
inline Job pinnedToC(std::string id, int gpus, Seconds duration, UtcTime submit, Seconds maxDelay = Seconds{0})
{
    Job job = makeJob(std::move(id), gpus, duration, submit, maxDelay);
    job.homeSite = 2;
    job.allowedJurisdictions = {"US"};
    return job;
}

} // namespace greenlight::testing
