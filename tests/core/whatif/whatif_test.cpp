// What-if runs on the bundled demo fleet, traces and weather with a small real-shaped trace:
// the unchanged scenario reproduces the current plan, site changes reach the fleet copy only,
// scenario errors are named, and a cancel stops the run.
#include "core/traceloader.h"
#include "core/whatif/whatif.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <numeric>

using namespace greenlight;

namespace {

const WhatIfInputs& inputs()
{
    static const WhatIfInputs in = [] {
        const std::filesystem::path data = GREENLIGHT_DATA_DIR;
        WhatIfInputs i;
        i.fleet = loadFleetFile(data / "../fleets/demo-fleet.json").value();
        i.workloadCsv = std::filesystem::path(GREENLIGHT_FIXTURES_DIR) / "workloads/small-2022.csv";
        i.traces = std::make_shared<const TraceLibrary>(loadTraceDirectory(data / "carbon", 2).library);
        i.weather = std::make_shared<const WeatherLibrary>(WeatherLibrary::loadDirectory(data / "weather").value());
        return i;
    }();
    return in;
}

double sum(const std::vector<double>& v) { return std::accumulate(v.begin(), v.end(), 0.0); }

} // namespace

TEST(WhatIf, TheUnchangedScenarioIsTheCurrentPlan)
{
    Scenario same;
    same.name = "same";
    const Result<WhatIfComparison> r = runWhatIf(inputs(), same);
    ASSERT_TRUE(r.ok()) << r.status().message();
    const WhatIfComparison& c = r.value();
    EXPECT_EQ(c.current.policy, "spatiotemporal");
    EXPECT_GT(c.current.jobs, 0u);
    EXPECT_DOUBLE_EQ(c.scenario.emissionsKg, c.current.emissionsKg);
    EXPECT_EQ(c.scenario.deadlineMisses, c.current.deadlineMisses);
    EXPECT_DOUBLE_EQ(c.scenario.baselineEmissionsKg, c.current.baselineEmissionsKg);
    EXPECT_GT(c.current.savingPct(), 0.0);
    // The daily series add up to the run's emissions, and both sides cover the same days.
    EXPECT_NEAR(sum(c.current.dailyEmissionsKg), c.current.emissionsKg, 1e-6 * c.current.emissionsKg);
    EXPECT_EQ(c.current.dailyEmissionsKg.size(), c.scenario.dailyEmissionsKg.size());
    double bySite = 0.0;
    for (const auto& [id, kg] : c.scenario.siteEmissionsKg)
        bySite += kg;
    EXPECT_NEAR(bySite, c.scenario.emissionsKg, 1e-9);
}

TEST(WhatIf, ScenarioKnobsChangeOnlyTheScenarioSide)
{
    Scenario s;
    s.policy = "baseline";
    s.removedSites = {"sin1"};
    s.addedSites.push_back({"new-no-no1", "NO-NO1", "NO", {59.91, 10.75}, 64, CoolingType::AirEconomizer, 1.2});
    s.coolingChanges["fra1"] = CoolingType::Immersion;
    s.maxDelayShortHours = 1;
    const Result<WhatIfComparison> r = runWhatIf(inputs(), s);
    ASSERT_TRUE(r.ok()) << r.status().message();
    EXPECT_EQ(r->current.sites, inputs().fleet.sites().size());
    EXPECT_EQ(r->scenario.sites, inputs().fleet.sites().size()); // one out, one in
    EXPECT_EQ(r->scenario.siteEmissionsKg.back().first, "new-no-no1");
    EXPECT_EQ(r->scenario.policy, "baseline");
    // The scenario is its own baseline: no saving.
    EXPECT_NEAR(r->scenario.savingPct(), 0.0, 1e-9);
    EXPECT_EQ(r->scenario.migrations, 0u);
    bool cooling = false;
    bool rehomed = false;
    for (const std::string& note : r->scenario.notes) {
        cooling = cooling || note.find("fra1: cooling air-economizer → immersion") != std::string::npos;
        // Only sin1's jobs get new homes; the note says how many.
        rehomed = rehomed || note.find("of dropped sites re-homed by capacity share") != std::string::npos;
    }
    EXPECT_TRUE(cooling);
    EXPECT_TRUE(rehomed);
}

TEST(WhatIf, ForecastErrorsAreReproducible)
{
    Scenario s;
    s.forecastError = {.biasPct = 15, .noisePct = 40, .seed = 3};
    const Result<WhatIfComparison> a = runWhatIf(inputs(), s);
    const Result<WhatIfComparison> b = runWhatIf(inputs(), s);
    ASSERT_TRUE(a.ok() && b.ok());
    EXPECT_DOUBLE_EQ(a->scenario.emissionsKg, b->scenario.emissionsKg);
    EXPECT_NE(a->scenario.forecast.find("noise 40 %"), std::string::npos) << a->scenario.forecast;
}

TEST(WhatIf, ScenariosThatDoNotFitTheFleetAreNamed)
{
    Scenario unknown;
    unknown.removedSites = {"atlantis1"};
    const Result<WhatIfComparison> r = runWhatIf(inputs(), unknown);
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.status().code(), StatusCode::InvalidArgument);
    EXPECT_NE(r.status().message().find("atlantis1"), std::string::npos);

    Scenario noTrace;
    noTrace.addedSites.push_back({"new-x", "XX-NOWHERE", "XX", {0, 0}, 8, CoolingType::Air, 1.5});
    EXPECT_NE(runWhatIf(inputs(), noTrace).status().message().find("XX-NOWHERE"), std::string::npos);

    Scenario empty;
    empty.from = parseIsoUtc("2030-01-01T00:00:00Z");
    EXPECT_NE(runWhatIf(inputs(), empty).status().message().find("no GPU jobs"), std::string::npos);
}

TEST(WhatIf, ACancelStopsTheRun)
{
    RunFeedback before;
    before.cancel();
    EXPECT_EQ(runWhatIf(inputs(), Scenario{}, &before).status().code(), StatusCode::Aborted);

    // Cancelled from inside, as soon as the first simulation reports progress.
    RunFeedback* self = nullptr;
    double last = 0.0;
    RunFeedback midway([&](double percent) {
        last = percent;
        if (percent > 3.0)
            self->cancel();
    });
    self = &midway;
    const Result<WhatIfComparison> r = runWhatIf(inputs(), Scenario{}, &midway);
    EXPECT_EQ(r.status().code(), StatusCode::Aborted);
    EXPECT_LT(last, 100.0);
}

TEST(WhatIf, TheCurrentPlanIsSimulatedOncePerPeriod)
{
    WhatIfInputs in = inputs();
    in.currentPlans = std::make_shared<CurrentPlanCache>();
    Scenario policy;
    policy.policy = "carbon-window";
    Scenario removed;
    removed.removedSites = {"sin1"};

    const Result<WhatIfComparison> fresh = runWhatIf(inputs(), removed);
    ASSERT_TRUE(fresh.ok()) << fresh.status().message();
    ASSERT_TRUE(runWhatIf(in, policy).ok());
    EXPECT_EQ(in.currentPlans->size(), 1u);

    // Kept: the same comparison as without the cache, with progress still rising to 100.
    std::vector<double> seen;
    RunFeedback feedback([&](double percent) { seen.push_back(percent); });
    const Result<WhatIfComparison> kept = runWhatIf(in, removed, &feedback);
    ASSERT_TRUE(kept.ok()) << kept.status().message();
    EXPECT_EQ(in.currentPlans->size(), 1u);
    EXPECT_DOUBLE_EQ(kept->current.emissionsKg, fresh->current.emissionsKg);
    EXPECT_DOUBLE_EQ(kept->current.baselineEmissionsKg, fresh->current.baselineEmissionsKg);
    EXPECT_EQ(kept->current.dailyEmissionsKg, fresh->current.dailyEmissionsKg);
    EXPECT_EQ(kept->current.notes, fresh->current.notes);
    EXPECT_DOUBLE_EQ(kept->scenario.emissionsKg, fresh->scenario.emissionsKg);
    EXPECT_DOUBLE_EQ(kept->scenario.baselineEmissionsKg, fresh->scenario.baselineEmissionsKg);
    EXPECT_EQ(kept->scenario.dailyEmissionsKg, fresh->scenario.dailyEmissionsKg);
    ASSERT_FALSE(seen.empty());
    EXPECT_TRUE(std::is_sorted(seen.begin(), seen.end()));
    EXPECT_DOUBLE_EQ(seen.back(), 100.0);

    // Another period is another current plan; a cancel still stops a run on a kept one.
    Scenario firstDay;
    firstDay.to = parseIsoUtc("2022-06-02T00:00:00Z");
    const Result<WhatIfComparison> shorter = runWhatIf(in, firstDay);
    ASSERT_TRUE(shorter.ok()) << shorter.status().message();
    EXPECT_LT(shorter->current.jobs, kept->current.jobs);
    EXPECT_EQ(in.currentPlans->size(), 2u);
    RunFeedback* self = nullptr;
    RunFeedback midway([&](double percent) {
        if (percent > 3.0)
            self->cancel();
    });
    self = &midway;
    EXPECT_EQ(runWhatIf(in, removed, &midway).status().code(), StatusCode::Aborted);
}
