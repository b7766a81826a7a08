// Run preparation shared by the CLI, the plan feed and the what-if: sites without intensity data
// for the jobs' period are dropped and the jobs re-homed on the rest, and PUE(t) comes from the
// weather over the ledger and every hour the traces cover, with its model in words.
#include "schedulertestfixture.h"

#include "core/simulation/runpreparation.h"

#include <gtest/gtest.h>

namespace greenlight {
namespace {

using testing::makeJob;
using testing::t0;

// Traces for zones ZA and ZB only: site "c" (ZC) of the small fleet has no data.
TraceLibrary tracesWithoutZc()
{
    std::vector<IntensitySeries> series;
    for (const char* zone : {"ZA", "ZB"}) {
        IntensitySeries::Columns c;
        c.lifecycleGPerKwh.assign(24 * 14, 200.0);
        series.push_back(IntensitySeries::create(zone, t0() - Days{7}, Hours{1}, c).value());
    }
    return TraceLibrary(std::move(series));
}

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
    EXPECT_EQ(sizes, (std::vector<std::size_t>{3, 2})); // loaded again on the kept sites
    ASSERT_EQ(usable->fleet.sites().size(), 2u);
    EXPECT_EQ(usable->fleet.sites()[1].id, "b");
    EXPECT_EQ(usable->jobs.size(), 2u);
    ASSERT_EQ(usable->setup.excludedSites.size(), 1u);
    EXPECT_EQ(usable->setup.excludedSites[0].rfind("c: ZC", 0), 0u) << usable->setup.excludedSites[0];
    EXPECT_EQ(usable->setup.siteHasData, (std::vector<bool>{true, true}));
    // The fleet keeps what is not about its sites.
    EXPECT_EQ(usable->fleet.name(), fleet.name());
    EXPECT_EQ(usable->fleet.residualMixFor("ZA"), std::optional<double>(400.0));
    ASSERT_TRUE(usable->fleet.carbonBudget());
    EXPECT_EQ(usable->fleet.carbonBudget()->dailyKg, std::optional<double>(100.0));

    // Every site with data: loaded once, nothing excluded.
    sizes.clear();
    const Fleet two = fleet.withSites({fleet.sites()[0], fleet.sites()[1]});
    const Result<UsableFleet> all = keepSitesWithData(two, traces, oneJobPerSite(&sizes));
    ASSERT_TRUE(all.ok());
    EXPECT_EQ(sizes, (std::vector<std::size_t>{2}));
    EXPECT_TRUE(all->setup.excludedSites.empty());
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
    EXPECT_NE(m.find("Whole weeks keep weekday and hour: shifting the workload by -4 weeks gives 2 of 3 sites data"),
              std::string::npos) << m;
    // Longer than any trace: no shift helps, and the message says so.
    const Result<UsableFleet> tooLong = keepSitesWithData(fleet, tracesWithoutZc(), [](const Fleet&) -> Result<std::vector<Job>> {
        return std::vector<Job>{makeJob("a", 1, Hours{2}, t0() - Days{30}, Hours{4}),
                                makeJob("b", 1, Hours{2}, t0() + Days{30}, Hours{4})};
    });
    EXPECT_NE(tooLong.status().message().find("no trace of the fleet's zones is that long"), std::string::npos)
        << tooLong.status().message();
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
