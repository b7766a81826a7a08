#include "storetestsupport.h"

#include "store/emissionsrepository.h"
#include "store/operationsrecords.h"
#include "store/proposalrepository.h"
#include "store/readingrepository.h"
#include "store/storefile.h"

#include <gtest/gtest.h>

#include <cstdio>
#include <limits>
#include <map>

namespace greenlight {
namespace {

using testing::deferral;
using testing::kT0;
using testing::TempDir;

class RepositoriesTest : public ::testing::Test {
protected:
    void SetUp() override
    {
        Result<Database> db = openStore(m_dir.file("r.db"));
        ASSERT_TRUE(db.ok()) << db.status().toString();
        m_db = std::move(db.value());
    }
    TempDir m_dir;
    Database m_db;
};

TEST_F(RepositoriesTest, AReadingIsRevisedOnlyByALaterFetch)
{
    ReadingRepository readings(m_db);
    ASSERT_TRUE(readings.upsert({{"electricitymaps", "DE", "lifecycle", kT0, kT0 + Seconds{60}, 400.0, true}}).isOk());
    ASSERT_TRUE(readings.upsert({{"electricitymaps", "DE", "lifecycle", kT0, kT0 + Seconds{30}, 999.0, true}}).isOk());
    ASSERT_TRUE(readings.upsert({{"electricitymaps", "DE", "lifecycle", kT0, kT0 + Hours{2}, 410.0, false}}).isOk());
    auto stored = readings.range("electricitymaps", "DE", "lifecycle", {kT0, kT0 + Hours{1}});
    ASSERT_TRUE(stored.ok());
    ASSERT_EQ(stored->size(), 1u);
    EXPECT_DOUBLE_EQ(stored.value()[0].gPerKwh, 410.0);
    EXPECT_FALSE(stored.value()[0].estimated);
}

TEST_F(RepositoriesTest, ForecastsAreKeptAsIssuedAndReadWithoutLookAhead)
{
    ReadingRepository readings(m_db);
    auto issue = [](UtcTime issued, double value) {
        std::vector<StoredForecastPoint> points;
        for (int h = 1; h <= 3; ++h)
            points.push_back({"electricitymaps", "DE", "lifecycle", issued, issued + Hours{h}, value + h,
                              value + h - 20.0, value + h + 20.0});
        return points;
    };
    ASSERT_TRUE(readings.insertForecast(issue(kT0, 300.0)).isOk());
    ASSERT_TRUE(readings.insertForecast(issue(kT0 + Hours{1}, 500.0)).isOk());
    ASSERT_TRUE(readings.insertForecast(issue(kT0, 999.0)).isOk()); // the same issue again: ignored

    auto asOfHalfPast = readings.forecastAsOf("electricitymaps", "DE", "lifecycle", kT0 + Seconds{1800});
    ASSERT_TRUE(asOfHalfPast.ok());
    ASSERT_EQ(asOfHalfPast->size(), 3u);
    EXPECT_DOUBLE_EQ(asOfHalfPast.value()[0].gPerKwh, 301.0);
    EXPECT_DOUBLE_EQ(*asOfHalfPast.value()[0].lowerGPerKwh, 281.0);
    auto later = readings.forecastAsOf("electricitymaps", "DE", "lifecycle", kT0 + Hours{5});
    EXPECT_DOUBLE_EQ(later.value()[0].gPerKwh, 501.0);
    EXPECT_TRUE(readings.forecastAsOf("electricitymaps", "DE", "lifecycle", kT0 - Seconds{1})->empty());

    auto issues = readings.forecastIssues("electricitymaps", "DE", "lifecycle", {kT0, kT0 + Hours{2}});
    ASSERT_TRUE(issues.ok());
    ASSERT_EQ(issues->size(), 6u) << "both issues, three points each";
    EXPECT_EQ(issues.value()[0].issuedAt, kT0);
    EXPECT_EQ(issues.value()[5].issuedAt, kT0 + Hours{1});
    EXPECT_EQ(readings.forecastIssues("electricitymaps", "DE", "lifecycle", {kT0 + Seconds{1}, kT0 + Hours{1}})->size(), 0u);
}

TEST_F(RepositoriesTest, EmissionsAggregateBySiteAndCalendarMonth)
{
    EmissionsRepository emissions(m_db);
    const UtcTime jan31late = kT0 + Days{30} + Hours{23};
    ASSERT_TRUE(emissions.append({{"j1", "fra1", kT0, 10.0, 13.0, 5000.0, 4000.0},
                                  {"j1", "fra1", jan31late, 10.0, 13.0, 6000.0, 4000.0},
                                  {"j2", "fra1", jan31late + Hours{1}, 1.0, 1.3, 100.0, 90.0},
                                  {"j3", "osl1", kT0, 20.0, 22.0, 600.0, 0.0}}).isOk());
    auto months = emissions.monthlyBySite({kT0, kT0 + Days{365}});
    ASSERT_TRUE(months.ok());
    ASSERT_EQ(months->size(), 3u);
    EXPECT_EQ(months.value()[0].siteId, "fra1");
    EXPECT_EQ(months.value()[0].month, "2025-01");
    EXPECT_DOUBLE_EQ(months.value()[0].locationBasedG, 11000.0);
    EXPECT_EQ(months.value()[0].entries, 2);
    EXPECT_EQ(months.value()[1].month, "2025-02");
    EXPECT_DOUBLE_EQ(months.value()[1].facilityKwh, 1.3);
    EXPECT_EQ(months.value()[2].siteId, "osl1");
}

TEST_F(RepositoriesTest, RollUpAndHourlyRowsAgreeForAnyWindow)
{
    EmissionsRepository emissions(m_db);
    std::vector<EmissionEntry> entries;
    for (int h = 0; h < 24 * 100; h += 7) // ~3 months of irregular entries at two sites
        entries.push_back({"j", h % 2 ? "fra1" : "osl1", kT0 + Hours{h}, 1.0, 1.25, 100.0 + h, 50.0});
    ASSERT_TRUE(emissions.append(entries).isOk());
    const TimeWindow windows[] = {
        {kT0, kT0 + Days{100}},                               // starts on a month boundary
        {kT0 + Days{10} + Hours{5}, kT0 + Days{75} + Hours{3}}, // partial months at both ends
        {kT0 + Days{33}, kT0 + Days{40}},                     // inside one month
        {kT0 - Days{30}, kT0 + Days{31}},                     // January whole, plus nothing before
    };
    for (const TimeWindow& w : windows) {
        std::map<std::pair<std::string, std::string>, double> expected;
        for (const EmissionEntry& e : entries) {
            if (!w.contains(e.hour))
                continue;
            const UtcParts parts = splitUtc(e.hour);
            char month[16];
            std::snprintf(month, sizeof month, "%04d-%02u", parts.year, parts.month);
            expected[{e.siteId, month}] += e.locationBasedG;
        }
        auto months = emissions.monthlyBySite(w);
        ASSERT_TRUE(months.ok());
        ASSERT_EQ(months->size(), expected.size()) << formatIsoUtc(w.begin);
        for (const MonthlySiteEmissions& m : months.value())
            EXPECT_DOUBLE_EQ(m.locationBasedG, (expected[{m.siteId, m.month}])) << m.siteId << " " << m.month;
    }
    EXPECT_FALSE(m_db.exec("UPDATE emissions SET location_g = 0").isOk()) << "settled entries are append-only";
    EXPECT_FALSE(m_db.exec("DELETE FROM emissions").isOk());
}

TEST_F(RepositoriesTest, ABadRowRollsBackTheWholeBatch)
{
    ReadingRepository readings(m_db);
    // NaN is stored as NULL by SQLite, which the NOT NULL column refuses.
    const double nan = std::numeric_limits<double>::quiet_NaN();
    Status s = readings.upsert({{"replay", "FR", "lifecycle", kT0, kT0, 50.0, false},
                                {"replay", "FR", "lifecycle", kT0 + Hours{1}, kT0, nan, false}});
    EXPECT_FALSE(s.isOk());
    EXPECT_TRUE(readings.range("replay", "FR", "lifecycle", {kT0, kT0 + Hours{2}})->empty());
}

TEST_F(RepositoriesTest, StateChangesAreCompareAndSet)
{
    ProposalRepository proposals(m_db);
    Proposal withGpus = deferral("P-1");
    withGpus.gpus = 8;
    ASSERT_TRUE(proposals.insert(withGpus).isOk());
    EXPECT_EQ(proposals.get("P-1")->gpus, 8); // kept for dispatch (schema 5)
    ASSERT_TRUE(proposals.transition("P-1", ProposalState::Proposed, ProposalState::Approved, kT0, "olga", "go").isOk());
    // A second operator who still saw it as proposed loses.
    Status late = proposals.transition("P-1", ProposalState::Proposed, ProposalState::Rejected, kT0, "otto", "no");
    EXPECT_EQ(late.code(), StatusCode::Aborted);
    EXPECT_EQ(proposals.get("P-1")->decidedBy, "olga");
    EXPECT_EQ(proposals.events("P-1")->size(), 1u);
    EXPECT_EQ(proposals.transition("P-1", ProposalState::Approved, ProposalState::Proposed, kT0, "x", "").code(),
              StatusCode::FailedPrecondition);
    EXPECT_EQ(proposals.get("P-nope").status().code(), StatusCode::NotFound);
}

// Every proposal is listed unless a limit is asked for (the list stopped at 1,000 without a word,
// and operators never saw the rest).
TEST_F(RepositoriesTest, ListingReturnsEveryProposalUnlessLimited)
{
    ProposalRepository proposals(m_db);
    ASSERT_TRUE(m_db.exec("BEGIN").isOk());
    for (int i = 0; i < 1005; ++i)
        ASSERT_TRUE(proposals.insert(deferral("P-" + std::to_string(i))).isOk());
    ASSERT_TRUE(m_db.exec("COMMIT").isOk());
    EXPECT_EQ(proposals.list()->size(), 1005u);
    EXPECT_EQ(proposals.list(ProposalState::Proposed)->size(), 1005u);
    EXPECT_EQ(proposals.list(std::nullopt, 10)->size(), 10u);
}

TEST_F(RepositoriesTest, LedgerSnapshotsAndDispatchActionsRoundTrip)
{
    OperationsRecords records(m_db);
    ASSERT_TRUE(records.appendLedger({kT0, "fleet", LedgerKind::Reserve, "j1", "", 3.0}).isOk());
    ASSERT_TRUE(records.appendLedger({kT0 + Hours{1}, "fleet", LedgerKind::Release, "j1", "", 1.0}).isOk());
    ASSERT_TRUE(records.appendLedger({kT0 + Days{40}, "fleet", LedgerKind::Settle, "j2", "", 9.0}).isOk());
    EXPECT_DOUBLE_EQ(records.ledgerNetKg("fleet", {kT0, kT0 + Days{31}}).value(), 2.0);

    ASSERT_TRUE(records.saveFleetSnapshot("demo", "{\"sites\":[1]}", kT0).ok());
    EXPECT_EQ(records.latestFleetSnapshot().value()->fleetJson, "{\"sites\":[1]}");

    ProposalRepository proposals(m_db);
    ASSERT_TRUE(proposals.insert(deferral("P-1")).isOk());
    Result<std::int64_t> id = records.startDispatch({0, "P-1", "fra1", "defer", "P-1",
                                                     "sbatch --parsable --begin=2025-01-01T02:00:00", false,
                                                     kT0, std::nullopt, "pending", ""});
    ASSERT_TRUE(id.ok()) << id.status().toString();
    ASSERT_TRUE(records.finishDispatch(id.value(), "ok", "4242", kT0 + Seconds{2}).isOk());
    auto actions = records.dispatchesFor("P-1");
    ASSERT_EQ(actions->size(), 1u);
    EXPECT_EQ(actions.value()[0].outcome, "ok");
    EXPECT_EQ(actions.value()[0].finishedAt, kT0 + Seconds{2});
    EXPECT_EQ(records.finishDispatch(999, "ok", "", kT0).code(), StatusCode::NotFound);
}

TEST_F(RepositoriesTest, ATamperedFleetSnapshotIsReportedAsDataLoss)
{
    OperationsRecords records(m_db);
    ASSERT_TRUE(records.saveFleetSnapshot("demo", "{\"sites\":[]}", kT0).ok());
    ASSERT_TRUE(m_db.exec("UPDATE fleet_snapshots SET fleet_json = '{\"sites\":[666]}'").isOk());
    EXPECT_EQ(records.latestFleetSnapshot().status().code(), StatusCode::DataLoss);
}

} // namespace
} // namespace greenlight
