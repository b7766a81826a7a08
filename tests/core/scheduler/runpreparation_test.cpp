// Run preparation shared by the CLI, the plan feed and the what-if: sites without intensity data
// for the jobs' period are dropped and the jobs re-homed on the rest, and PUE(t) comes from the
// weather over the ledger and every hour the traces cover, with its model in words.
#include "schedulertestfixture.h"

#include "core/simulation/runpreparation.h"

#include <gtest/gtest.h>

#include <set>

namespace greenlight {
namespace {

using testing::makeJob;
using testing::t0;

// Flat traces for `zones` only: the small fleet's sites in other zones have no data.
TraceLibrary tracesFor(std::initializer_list<const char*> zones)
{
    std::vector<IntensitySeries> series;
    for (const char* zone : zones) {
        IntensitySeries::Columns c;
        c.lifecycleGPerKwh.assign(24 * 14, 200.0);
        series.push_back(IntensitySeries::create(zone, t0() - Days{7}, Hours{1}, c).value());
    }
    return TraceLibrary(std::move(series));
}

// Site "c" (ZC, the only US site) of the small fleet has no data.
TraceLibrary tracesWithoutZc() { return tracesFor({"ZA", "ZB"}); }

// One job homed at each site of the fleet it is given.
std::function<Result<std::vector<Job>>(const Fleet&)> oneJobPerSite(std::vector<std::size_t>* fleetSizes)
{
    return [fleetSizes](const Fleet& fleet) -> Result<std::vector<Job>> {
        fleetSizes->push_back(fleet.sites().size());
        std::vector<Job> jobs;
        for (std::size_t s = 0; s < fleet.sites().size(); ++s) {
            jobs.push_back(makeJob("j" + std::to_string(s), 1, Hours{2}, t0() + Hours{static_cast<long long>(s)}, Hours{4}));
            jobs.back().homeSite = s;
        }
        return jobs;
    };
}

TEST(RunPreparation, SitesWithoutDataAreDroppedAndTheirJobsRehomed)
{
    Fleet fleet = testing::smallFleet();
    fleet.setResidualMix({{"ZA", 400.0}});
    fleet.setCarbonBudget(BudgetCaps{100.0, std::nullopt, {}});
    const TraceLibrary traces = tracesWithoutZc();
    std::vector<std::size_t> sizes;
    const Result<UsableFleet> usable = keepSitesWithData(fleet, traces, oneJobPerSite(&sizes));
    ASSERT_TRUE(usable.ok()) << usable.status().message();
    EXPECT_EQ(sizes, (std::vector<std::size_t>{3})); // homes drawn once, on the whole fleet
    ASSERT_EQ(usable->fleet.sites().size(), 2u);
    EXPECT_EQ(usable->fleet.sites()[1].id, "b");
    ASSERT_EQ(usable->jobs.size(), 3u);
    EXPECT_EQ(usable->jobs[0].homeSite, 0u);
    EXPECT_EQ(usable->jobs[1].homeSite, 1u);
    // c's job, not pinned, is drawn among the kept sites.
    EXPECT_LT(usable->jobs[2].homeSite, 2u);
    EXPECT_EQ(usable->rehomed, 1u);
    EXPECT_EQ(usable->rehomedPinned + usable->leftOut, 0u);
    EXPECT_NE(rehomingNote(usable.value()).find("1 job of dropped sites re-homed by capacity share (0 pinned"),
              std::string::npos) << rehomingNote(usable.value());
    ASSERT_EQ(usable->setup.excludedSites.size(), 1u);
    EXPECT_EQ(usable->setup.excludedSites[0].rfind("c: ZC", 0), 0u) << usable->setup.excludedSites[0];
    EXPECT_EQ(usable->setup.siteHasData, (std::vector<bool>{true, true}));
    // The fleet keeps what is not about its sites.
    EXPECT_EQ(usable->fleet.name(), fleet.name());
    EXPECT_EQ(usable->fleet.residualMixFor("ZA"), std::optional<double>(400.0));
    ASSERT_TRUE(usable->fleet.carbonBudget());
    EXPECT_EQ(usable->fleet.carbonBudget()->dailyKg, std::optional<double>(100.0));

    // Every site with data: loaded once, nothing excluded, nothing re-homed.
    sizes.clear();
    const Fleet two = fleet.withSites({fleet.sites()[0], fleet.sites()[1]});
    const Result<UsableFleet> all = keepSitesWithData(two, traces, oneJobPerSite(&sizes));
    ASSERT_TRUE(all.ok());
    EXPECT_EQ(sizes, (std::vector<std::size_t>{2}));
    EXPECT_TRUE(all->setup.excludedSites.empty());
    EXPECT_TRUE(rehomingNote(all.value()).empty());
}

// Dropping a site moves only its own jobs: pinned ones stay in their jurisdiction, the others
// are drawn among the kept sites, and work pinned to a jurisdiction with no site left is left
// out and counted, not sent abroad. (Jobs used to be loaded again on the kept sites, which
// re-drew every home from a changed capacity share: on a tester's 9-site fleet 414 pinned jobs
// changed jurisdiction.)
TEST(RunPreparation, DroppingASiteMovesOnlyItsOwnJobsAndPinnedOnesStayInTheirJurisdiction)
{
    const Fleet fleet = testing::smallFleet(8, 8, 8); // a, b: EU; c: US
    auto load = [](const Fleet&) -> Result<std::vector<Job>> {
        std::vector<Job> jobs;
        for (int i = 0; i < 40; ++i) {
            Job job = makeJob("j" + std::to_string(i), 1, Hours{2}, t0() + Hours{i % 24}, Hours{4});
            job.homeSite = static_cast<std::size_t>(i % 3);
            if (i % 2 == 0)
                job.allowedJurisdictions = {job.homeSite == 2 ? "US" : "EU"};
            jobs.push_back(std::move(job));
        }
        return jobs;
    };
    // b (EU) has no data: its pinned jobs go to a, the other EU site; its others to a or c;
    // a's and c's jobs keep their homes.
    const Result<UsableFleet> noB = keepSitesWithData(fleet, tracesFor({"ZA", "ZC"}), load);
    ASSERT_TRUE(noB.ok()) << noB.status().message();
    ASSERT_EQ(noB->jobs.size(), 40u);
    std::set<std::size_t> unpinnedHomes;
    for (std::size_t i = 0; i < noB->jobs.size(); ++i) {
        const Job& job = noB->jobs[i];
        if (i % 3 == 1 && i % 2 == 1)
            unpinnedHomes.insert(job.homeSite);
        else
            EXPECT_EQ(job.homeSite, i % 3 == 2 ? 1u : 0u) << job.id; // kept fleet: a, c
    }
    EXPECT_EQ(unpinnedHomes, (std::set<std::size_t>{0, 1})) << "b's unpinned jobs spread over a and c";
    EXPECT_EQ(noB->rehomed, 13u);
    EXPECT_EQ(noB->rehomedPinned, 6u); // i = 4, 10, … 34: i % 3 == 1, even
    EXPECT_EQ(noB->leftOut, 0u);

    // c (the only US site) has no data: its pinned jobs are left out, the others go to EU.
    const Result<UsableFleet> noC = keepSitesWithData(fleet, tracesWithoutZc(), load);
    ASSERT_TRUE(noC.ok()) << noC.status().message();
    EXPECT_EQ(noC->leftOut, 7u); // j2, j8, … j38: i % 3 == 2 and i even
    EXPECT_EQ(noC->rehomed, 6u); // the odd ones
    EXPECT_EQ(noC->rehomedPinned, 0u);
    EXPECT_EQ(noC->jobs.size(), 33u);
    for (const Job& job : noC->jobs) {
        if (!job.allowedJurisdictions.empty()) {
            EXPECT_EQ(job.allowedJurisdictions, std::vector<std::string>{"EU"}) << job.id;
        }
        EXPECT_LT(job.homeSite, 2u);
    }
    EXPECT_NE(rehomingNote(noC.value()).find("7 jobs left out"), std::string::npos) << rehomingNote(noC.value());

    // A what-if that removes a site with data moves only that site's jobs, the same way.
    const Result<UsableFleet> removed = keepSitesWithData(fleet, tracesFor({"ZA", "ZB", "ZC"}), load, {"a"});
    ASSERT_TRUE(removed.ok());
    EXPECT_TRUE(removed->setup.excludedSites.empty()); // removed, not excluded for want of data
    ASSERT_EQ(removed->fleet.sites().size(), 2u);
    EXPECT_EQ(removed->fleet.sites()[0].id, "b");
    EXPECT_EQ(removed->rehomed, 14u);
    for (std::size_t i = 0; i < removed->jobs.size(); ++i) {
        if (i % 3 != 0 || i % 2 == 0) {
            EXPECT_EQ(removed->jobs[i].homeSite, i % 3 == 2 ? 1u : 0u) << removed->jobs[i].id;
        }
    }

    // Everything pinned to dropped sites: an error, not an empty run.
    const Result<UsableFleet> nothing = keepSitesWithData(fleet, tracesFor({"ZA", "ZB"}),
        [](const Fleet&) -> Result<std::vector<Job>> {
            Job job = makeJob("us", 1, Hours{2}, t0(), Hours{4});
            job.homeSite = 2;
            job.allowedJurisdictions = {"US"};
            return std::vector<Job>{job};
        });
    EXPECT_EQ(nothing.status().code(), StatusCode::NotFound);
}

TEST(RunPreparation, NoSiteWithDataAndLoadErrorsAreErrors)
{
    const Fleet fleet = testing::smallFleet();
    std::vector<std::size_t> sizes;
    const Result<UsableFleet> none = keepSitesWithData(fleet, TraceLibrary{}, oneJobPerSite(&sizes));
    EXPECT_EQ(none.status().code(), StatusCode::OutOfRange);
    const Result<UsableFleet> failed = keepSitesWithData(fleet, tracesWithoutZc(), [](const Fleet&) -> Result<std::vector<Job>> {
        return Status(StatusCode::NotFound, "no jobs.csv");
    });
    EXPECT_EQ(failed.status().message(), "no jobs.csv");
}

TEST(RunPreparation, AWorkloadOutsideEveryTraceGetsTheShiftThatWouldFitIt)
{
    const Fleet fleet = testing::smallFleet();
    std::vector<std::size_t> sizes;
    // Four weeks after the traces (which cover t0 - 7 d .. t0 + 7 d): back by 4 weeks fits, 5
    // would too, and the nearer one is named.
    const Result<UsableFleet> late = keepSitesWithData(fleet, tracesWithoutZc(), [](const Fleet&) -> Result<std::vector<Job>> {
        return std::vector<Job>{makeJob("j", 1, Hours{2}, t0() + Days{28}, Hours{4})};
    });
    ASSERT_EQ(late.status().code(), StatusCode::OutOfRange);
    const std::string& m = late.status().message();
    EXPECT_NE(m.find("(2023-04-03T00:00:00Z .. 2023-04-03T01:00:00Z)"), std::string::npos) << m;
    EXPECT_NE(m.find("traces cover 2023-02-27T00:00:00Z .. 2023-03-13T00:00:00Z"), std::string::npos) << m;
    EXPECT_NE(m.find("Whole weeks keep weekday and hour: shifting the workload by -4 weeks (--shift-weeks -4) gives 2 of 3 "
                     "sites data"),
              std::string::npos) << m;
    // Jobs already moved by --shift-weeks 200: the option to pass is the total (it named -4,
    // the shift still missing, as if it were the option).
    const auto shifted = keepSitesWithData(
        fleet, tracesWithoutZc(),
        [](const Fleet&) -> Result<std::vector<Job>> { return std::vector<Job>{makeJob("j", 1, Hours{2}, t0() + Days{28}, Hours{4})}; },
        {}, 200);
    EXPECT_NE(shifted.status().message().find("shifting the workload by -4 weeks more (--shift-weeks 196)"), std::string::npos)
        << shifted.status().message();
    // Longer than any trace: no shift helps, and the message says so.
    const Result<UsableFleet> tooLong = keepSitesWithData(fleet, tracesWithoutZc(), [](const Fleet&) -> Result<std::vector<Job>> {
        return std::vector<Job>{makeJob("a", 1, Hours{2}, t0() - Days{30}, Hours{4}),
                                makeJob("b", 1, Hours{2}, t0() + Days{30}, Hours{4})};
    });
    EXPECT_NE(tooLong.status().message().find("no trace of the fleet's zones is that long"), std::string::npos)
        << tooLong.status().message();
}

// A trace under a week cannot be read whole weeks away, so it must cover every latest start:
// the refusal says so (it said "shifting by 0 weeks gives 1 of 1 sites data", which read as if
// nothing were wrong).
TEST(RunPreparation, AShortTraceThatMissesTheLatestStartsSaysSo)
{
    IntensitySeries::Columns c;
    c.lifecycleGPerKwh.assign(48, 300.0);
    const TraceLibrary traces({IntensitySeries::create("ZA", t0(), Hours{1}, c).value()});
    const Fleet fleet = testing::smallFleet().withSites({testing::smallFleet().sites()[0]});
    const Result<UsableFleet> usable = keepSitesWithData(fleet, traces, [](const Fleet&) -> Result<std::vector<Job>> {
        return std::vector<Job>{makeJob("j", 1, Hours{2}, t0() + Hours{40}, Hours{24})};
    });
    ASSERT_EQ(usable.status().code(), StatusCode::OutOfRange);
    EXPECT_NE(usable.status().message().find("the trace of ZA (2023-03-06T00:00:00Z .. 2023-03-08T00:00:00Z) covers the "
                                             "submits, but a trace shorter than a week"),
              std::string::npos) << usable.status().message();
    EXPECT_NE(usable.status().message().find("latest start (up to 2023-03-08T16:00:00Z)"), std::string::npos)
        << usable.status().message();
}

TEST(RunPreparation, PueFromWeatherOverTheTracesOrTheDesignFigure)
{
    const Fleet fleet = testing::smallFleet().withSites({testing::smallFleet().sites()[0], testing::smallFleet().sites()[1]});
    const TraceLibrary traces = tracesWithoutZc();
    const std::vector<Job> jobs = {makeJob("j", 1, Hours{2}, t0(), Hours{4})};
    const SimulationSetup setup = makeSetup(fleet, traces, jobs);
    // The window reaches back to the traces' start, a week before the ledger, and covers the
    // ledger, which runs past the traces' end.
    const TimeWindow window = physicsWindow(fleet, traces, setup);
    EXPECT_EQ(window.begin, t0() - Days{7});
    const UtcTime ledgerEnd = setup.origin + Hours{static_cast<long long>(setup.hours)};
    ASSERT_GT(ledgerEnd, t0() + Days{7});
    EXPECT_EQ(window.end, ledgerEnd);

    const Result<FacilitySetup> design = facilityFor(fleet, traces, setup, nullptr);
    ASSERT_TRUE(design.ok());
    EXPECT_FALSE(design->physics);
    EXPECT_FALSE(design->facility->hourly());
    EXPECT_DOUBLE_EQ(design->facility->pueAt(1, t0()), 1.1);
    EXPECT_EQ(design->pueModel, "design PUE of every site");

    WeatherLibrary weather;
    weather.add(WeatherSeries::create("ZA", t0() - Days{7}, std::vector<double>(24 * 14, 35.0),
                                      std::vector<double>(24 * 14, 50.0))
                    .value());
    const Result<FacilitySetup> hourly = facilityFor(fleet, traces, setup, &weather);
    ASSERT_TRUE(hourly.ok()) << hourly.status().message();
    ASSERT_TRUE(hourly->physics);
    EXPECT_EQ(hourly->physics->sites.size(), 2u);
    EXPECT_EQ(hourly->sitesWithWeather, 1);
    EXPECT_TRUE(hourly->facility->hourly());
    EXPECT_GT(hourly->facility->pueAt(0, t0() - Days{6}), 1.2); // hot weather, not the design 1.2
    EXPECT_EQ(hourly->pueModel, "hourly from cooling and weather at 1 of 2 sites, design PUE at the others");

    const WeatherLibrary empty;
    const Result<FacilitySetup> none = facilityFor(fleet, traces, setup, &empty);
    ASSERT_TRUE(none.ok());
    EXPECT_EQ(none->sitesWithWeather, 0);
    EXPECT_EQ(none->pueModel, "design PUE of every site (no weather for any site)");
}

} // namespace
} // namespace greenlight
