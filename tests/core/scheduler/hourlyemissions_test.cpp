#include "core/simulation/hourlyemissions.h"
#include "core/simulation/plannedjob.h"

#include <gtest/gtest.h>

namespace greenlight {
namespace {

UtcTime at(const char* iso)
{
    return *parseIsoUtc(iso);
}

SimulationRecord record(const char* start, const char* finish, double kg, double migrationKg = 0.0)
{
    SimulationRecord r;
    r.start = at(start);
    r.finish = at(finish);
    r.emissionsKg = kg;
    r.migrationKg = migrationKg;
    r.placed = true;
    return r;
}

TEST(HourlyEmissions, EveryPlacedKgIsBookedOnceInTheHoursTheJobRan)
{
    SimulationRun run;
    run.records.push_back(record("2023-05-10T01:30:00Z", "2023-05-10T03:30:00Z", 4.0));
    run.records.push_back(record("2023-05-10T02:00:00Z", "2023-05-10T02:20:00Z", 1.0, 0.25));
    SimulationRecord unplaced = record("2023-05-10T00:00:00Z", "2023-05-10T09:00:00Z", 100.0);
    unplaced.placed = false;
    run.records.push_back(unplaced);
    const HourlyKg kg = hourlyEmissions(run);
    EXPECT_EQ(kg.origin, at("2023-05-10T01:00:00Z"));
    ASSERT_EQ(kg.kg.size(), 3u);
    EXPECT_DOUBLE_EQ(kg.kg[0], 1.0);          // ½ h of the first job
    EXPECT_DOUBLE_EQ(kg.kg[1], 2.0 + 1.0);    // 1 h of it, all of the second incl. its data
    EXPECT_DOUBLE_EQ(kg.kg[2], 1.0);
}

TEST(HourlyEmissions, APausedJobIsBookedOverItsSegmentsOnly)
{
    SimulationRun run;
    SimulationRecord r = record("2023-05-10T00:00:00Z", "2023-05-10T06:00:00Z", 3.0);
    r.segments = {{at("2023-05-10T00:00:00Z"), at("2023-05-10T01:00:00Z")},
                  {at("2023-05-10T04:00:00Z"), at("2023-05-10T06:00:00Z")}};
    run.records.push_back(r);
    const HourlyKg kg = hourlyEmissions(run);
    ASSERT_EQ(kg.kg.size(), 6u);
    EXPECT_DOUBLE_EQ(kg.kg[0], 1.0);
    EXPECT_DOUBLE_EQ(kg.kg[1] + kg.kg[2] + kg.kg[3], 0.0);
    EXPECT_DOUBLE_EQ(kg.kg[4], 1.0);
    EXPECT_DOUBLE_EQ(kg.kg[5], 1.0);
}

TEST(HourlyEmissions, AnEmptyRunHasNoHours)
{
    EXPECT_TRUE(hourlyEmissions(SimulationRun{}).kg.empty());
}

} // namespace
} // namespace greenlight

namespace greenlight {
namespace {

PlannedJob planned(const char* home, const char* site, const char* submit, const char* start, const char* finish, int gpus)
{
    PlannedJob j;
    j.homeSite = home;
    j.site = site;
    j.submit = *parseIsoUtc(submit);
    j.plannedStart = *parseIsoUtc(start);
    j.plannedFinish = *parseIsoUtc(finish);
    j.gpus = gpus;
    j.placed = true;
    return j;
}

TEST(MigrationFlows, PendingAndRunningMovesGroupedBySitePair)
{
    const std::vector<PlannedJob> plan = {
        planned("fra1", "osl1", "2023-05-10T00:00:00Z", "2023-05-10T02:00:00Z", "2023-05-10T05:00:00Z", 8), // pending
        planned("fra1", "osl1", "2023-05-10T00:30:00Z", "2023-05-10T03:00:00Z", "2023-05-10T04:00:00Z", 2), // pending
        planned("fra1", "osl1", "2023-05-09T00:00:00Z", "2023-05-09T22:00:00Z", "2023-05-10T06:00:00Z", 4), // running
        planned("fra1", "fra1", "2023-05-10T00:00:00Z", "2023-05-10T02:00:00Z", "2023-05-10T05:00:00Z", 1), // home
        planned("lon1", "par1", "2023-05-10T02:00:00Z", "2023-05-10T03:00:00Z", "2023-05-10T05:00:00Z", 1), // not submitted
        planned("lon1", "par1", "2023-05-09T00:00:00Z", "2023-05-09T01:00:00Z", "2023-05-09T05:00:00Z", 1), // done
    };
    const std::vector<MigrationFlow> flows = migrationFlowsAt(plan, *parseIsoUtc("2023-05-10T01:00:00Z"));
    ASSERT_EQ(flows.size(), 2u);
    EXPECT_EQ(flows[0].fromSite, "fra1");
    EXPECT_EQ(flows[0].toSite, "osl1");
    EXPECT_FALSE(flows[0].running);
    EXPECT_EQ(flows[0].jobs, 2u);
    EXPECT_EQ(flows[0].gpus, 10);
    EXPECT_TRUE(flows[1].running);
    EXPECT_EQ(flows[1].jobs, 1u);
    EXPECT_EQ(flows[1].gpus, 4);
}

} // namespace
} // namespace greenlight
