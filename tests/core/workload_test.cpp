#include "core/workload/workload.h"

#include <gtest/gtest.h>

#include <map>
#include <string>

namespace greenlight {
namespace {

Fleet twoSites()
{
    return parseFleetJson(R"({"name":"t","sites":[
      {"id":"a","name":"A","zone":"DE","jurisdiction":"EU","location":{"lat":50,"lon":8},"gpus":{"A100":8}},
      {"id":"b","name":"B","zone":"NO","jurisdiction":"NO","location":{"lat":60,"lon":10},"gpus":{"A100":24}}]})",
                          "t.json")
        .value();
}

constexpr const char* kHeader = "job_id,submit_time_utc,duration_s,gpus,status\n";

struct BadCase {
    const char* name;
    std::string rows;
    const char* error;
};

TEST(Workload, BadRowsNameTheFileAndLine)
{
    const BadCase cases[] = {
        {"negative duration", "j1,2023-01-01T00:00:00Z,-5,1,completed\n", "w.csv:2: duration_s '-5' must be a number"},
        {"not a number", "j1,2023-01-01T00:00:00Z,1800,1,completed\nj2,2023-01-01T00:00:00Z,nan,1,completed\n",
         "w.csv:3: duration_s 'nan' must be a number"},
        {"longer than a year", "j1,2023-01-01T00:00:00Z,1e30,4,completed\n", "w.csv:2: duration_s '1e30' is longer than a year"},
        {"fractional GPUs", "j1,2023-01-01T00:00:00Z,60,1.5,completed\n", "w.csv:2: gpus '1.5' must be a whole number"},
        {"GPUs beyond counting", "j1,2023-01-01T00:00:00Z,60,2147483648,completed\n", "w.csv:2: gpus '2147483648' is out of range"},
        {"bad time", "j1,2023-13-01T00:00:00Z,60,1,completed\n", "w.csv:2: bad submit_time_utc '2023-13-01T00:00:00Z'"},
        {"no zone", "j1,2023-01-01T00:00:00,60,1,completed\n",
         "w.csv:2: bad submit_time_utc '2023-01-01T00:00:00' (expected an ISO-8601 instant"},
        {"empty id", ",2023-01-01T00:00:00Z,60,1,completed\n", "w.csv:2: empty job_id"},
        {"repeated id", "j1,2023-01-01T00:00:00Z,60,1,completed\nj2,2023-01-01T00:01:00Z,60,1,completed\n"
                        "j1,2023-01-01T00:02:00Z,60,1,completed\n",
         "w.csv:4: job_id 'j1' is already on line 2"},
        {"short row", "j1,2023-01-01T00:00:00Z,60,1\n", "w.csv:2: expected 5 fields, found 4"},
    };
    for (const BadCase& c : cases) {
        SCOPED_TRACE(c.name);
        const Result<Workload> w = parseWorkloadCsv(std::string(kHeader) + c.rows, "w.csv", {}, twoSites());
        ASSERT_FALSE(w.ok());
        EXPECT_NE(w.status().message().find(c.error), std::string::npos) << w.status().message();
    }
    const Result<Workload> noHeader = parseWorkloadCsv("id,when\nj1,2023\n", "w.csv", {}, twoSites());
    ASSERT_FALSE(noHeader.ok());
    EXPECT_NE(noHeader.status().message().find("w.csv:1: wrong header"), std::string::npos);
}

TEST(Workload, SpreadsheetExportsReadTheSame)
{
    const std::string rows = "j1,2023-01-01T00:00:00Z,1800,4,completed\nj2,2023-01-01T01:00:00Z,600,2,completed\n";
    const Workload plain = parseWorkloadCsv(std::string(kHeader) + rows, "w.csv", {}, twoSites()).value();
    // Submit times with fractions of a second or a local offset are the same instants.
    const std::string exported = "j1,2023-01-01T01:00:00.250+01:00,1800,4,completed\nj2,2022-12-31T20:00:00-05:00,600,2,completed\n";
    const Result<Workload> local = parseWorkloadCsv(std::string(kHeader) + exported, "w.csv", {}, twoSites());
    ASSERT_TRUE(local.ok()) << local.status().message();
    ASSERT_EQ(local->jobs.size(), 2u);
    EXPECT_EQ(local->jobs[0].submit, plain.jobs[0].submit);
    EXPECT_EQ(local->jobs[1].submit, plain.jobs[1].submit);
    std::string crlf = std::string(kHeader) + rows;
    for (std::size_t i = 0; (i = crlf.find('\n', i)) != std::string::npos; i += 2)
        crlf.insert(i, "\r");
    const std::string bom = "\xEF\xBB\xBF" + std::string(kHeader) + rows;
    for (const std::string& text : {crlf, bom}) {
        const Result<Workload> w = parseWorkloadCsv(text, "w.csv", {}, twoSites());
        ASSERT_TRUE(w.ok()) << w.status().message();
        ASSERT_EQ(w->jobs.size(), plain.jobs.size());
        for (std::size_t i = 0; i < plain.jobs.size(); ++i) {
            EXPECT_EQ(w->jobs[i].id, plain.jobs[i].id);
            EXPECT_EQ(w->jobs[i].duration, plain.jobs[i].duration);
            EXPECT_EQ(w->jobs[i].homeSite, plain.jobs[i].homeSite);
        }
    }
}

TEST(Workload, RulesGiveDeadlinesCheckpointsAndSkipsWhatCannotRun)
{
    const std::string text = std::string(kHeader) +
                             "short,2023-01-02T00:00:00Z,3600,1,completed\n"   // not longer than 1 h: 4 h SLO
                             "long,2023-01-02T00:00:00Z,3601,1,completed\n"    // 24 h SLO
                             "day,2023-01-02T00:00:00Z,86400,8,completed\n"    // checkpoints
                             "cpu,2023-01-02T00:00:00Z,600,0,completed\n"
                             "never,2023-01-02T00:00:00Z,600,1,pending\n"
                             "zero,2023-01-02T00:00:00Z,0,1,completed\n"
                             "huge,2023-01-02T00:00:00Z,600,25,completed\n"   // more than any site
                             "early,2023-01-01T00:00:00Z,60,24,completed\n"   // only b is big enough
                             "svc,2023-01-02T00:00:00Z,4e7,0,completed\n"     // a CPU service: skipped, however long
                             "again,2023-01-02T00:00:00Z,600,1,pending\n"     // logged before it ran ...
                             "again,2023-01-02T00:10:00Z,600,1,completed\n";  // ... under the same id
    WorkloadRules rules;
    rules.shiftWeeks = 52;
    const Workload w = parseWorkloadCsv(text, "w.csv", rules, twoSites()).value();
    EXPECT_EQ(w.skippedCpuOnly, 2u);
    EXPECT_EQ(w.skippedNeverStarted, 2u);
    EXPECT_EQ(w.skippedZeroDuration, 1u);
    EXPECT_EQ(w.skippedTooLarge, 1u);
    ASSERT_EQ(w.jobs.size(), 5u);
    EXPECT_EQ(w.jobs.back().id, "again");
    EXPECT_EQ(w.jobs[0].id, "early"); // sorted by submit
    EXPECT_EQ(w.jobs[0].submit, *parseIsoUtc("2023-01-01T00:00:00Z") + Days{364});
    EXPECT_EQ(w.jobs[0].homeSite, 1u);
    // Jobs submitted in the same second in the order of their ids, whatever the rows' order.
    EXPECT_EQ(w.jobs[1].id, "day");
    EXPECT_EQ(w.jobs[2].id, "long");
    EXPECT_EQ(w.jobs[3].id, "short");
    EXPECT_EQ(w.jobs[3].maxDelay, Hours{4});
    EXPECT_EQ(w.jobs[2].maxDelay, Hours{24});
    EXPECT_FALSE(w.jobs[2].interruptible);
    EXPECT_TRUE(w.jobs[1].interruptible);
    EXPECT_EQ(w.jobs[1].checkpointOverhead, Seconds{300});
    EXPECT_DOUBLE_EQ(w.jobs[1].dataSizeGb, 160.0);
}

// A queue column of Kubernetes QoS classes (Alibaba's openb pods) gives priorities: latency-
// sensitive services (LS, Guaranteed) start when submitted and are never paused; best-effort
// pods (BE) give way. Other queue values (Philly's virtual clusters) and no queue: normal.
TEST(Workload, QosClassesGivePrioritiesAndServicesDoNotWait)
{
    const std::string text = "job_id,submit_time_utc,duration_s,gpus,status,queue\n"
                             "ls,2023-01-02T00:00:00Z,90000,1,running,LS\n"
                             "guaranteed,2023-01-02T00:01:00Z,600,1,running,Guaranteed\n"
                             "be,2023-01-02T00:02:00Z,90000,1,completed,BE\n"
                             "burst,2023-01-02T00:03:00Z,600,1,completed,Burstable\n"
                             "vc,2023-01-02T00:04:00Z,600,1,completed,7f04ca\n";
    const Workload w = parseWorkloadCsv(text, "w.csv", {}, twoSites()).value();
    ASSERT_EQ(w.jobs.size(), 5u);
    EXPECT_EQ(w.latencySensitive, 2u);
    EXPECT_EQ(w.bestEffort, 1u);
    for (int i : {0, 1}) {
        EXPECT_EQ(w.jobs[i].priority, kPriorityLatencySensitive) << w.jobs[i].id;
        EXPECT_EQ(w.jobs[i].maxDelay, Seconds{0}) << w.jobs[i].id;
        EXPECT_FALSE(w.jobs[i].interruptible) << w.jobs[i].id; // 25 h, but a service
        EXPECT_EQ(w.jobs[i].kind, JobKind::OnlineInference);
    }
    EXPECT_EQ(w.jobs[2].priority, kPriorityBestEffort);
    EXPECT_TRUE(w.jobs[2].interruptible);
    EXPECT_EQ(w.jobs[2].maxDelay, Hours{24});
    EXPECT_EQ(w.jobs[3].priority, kPriorityNormal);
    EXPECT_EQ(w.jobs[4].priority, kPriorityNormal);
    const Workload plain = parseWorkloadCsv(std::string(kHeader) + "j,2023-01-02T00:00:00Z,600,1,completed\n", "w.csv",
                                            {}, twoSites()).value();
    EXPECT_EQ(plain.jobs.front().priority, kPriorityNormal);
}

// A GPU-sharing pod (Alibaba's gpu_milli below 1000 on a 1-GPU pod) draws its share of the GPU's
// power; the column means nothing for larger pods, and a value out of range stops the load.
TEST(Workload, GpuSharingPodsDrawTheirShare)
{
    const std::string header = "job_id,submit_time_utc,duration_s,gpus,status,gpu_milli\n";
    const Workload w = parseWorkloadCsv(header + "shared,2023-01-02T00:00:00Z,600,1,running,460\n"
                                                 "whole,2023-01-02T00:01:00Z,600,1,running,1000\n"
                                                 "eight,2023-01-02T00:02:00Z,600,8,running,1000\n",
                                        "w.csv", {}, twoSites()).value();
    ASSERT_EQ(w.jobs.size(), 3u);
    EXPECT_DOUBLE_EQ(w.jobs[0].gpuShare, 0.46);
    EXPECT_DOUBLE_EQ(w.jobs[1].gpuShare, 1.0);
    EXPECT_DOUBLE_EQ(w.jobs[2].gpuShare, 1.0);
    EXPECT_EQ(w.gpuSharing, 1u);
    const Result<Workload> bad = parseWorkloadCsv(header + "odd,2023-01-02T00:00:00Z,600,1,running,1500\n", "w.csv", {},
                                                  twoSites());
    ASSERT_FALSE(bad.ok());
    EXPECT_NE(bad.status().message().find("w.csv:2: gpu_milli '1500'"), std::string::npos) << bad.status().message();
}

// A job too large for some sites is homed among the sites that can hold it, in proportion to
// their GPUs. (It used to be drawn among all sites and moved to the largest when the draw fell
// on one too small, in whatever jurisdiction: UK work "pinned" at home ran in the EU.)
TEST(Workload, AJobIsHomedAmongTheSitesThatCanHoldIt)
{
    const Fleet fleet = parseFleetJson(R"({"name":"t","sites":[
      {"id":"lon","name":"L","zone":"GB","jurisdiction":"UK","location":{"lat":51,"lon":0},"gpus":{"A100":60}},
      {"id":"man","name":"M","zone":"GB","jurisdiction":"UK","location":{"lat":53,"lon":-2},"gpus":{"A100":64}},
      {"id":"fra","name":"F","zone":"DE","jurisdiction":"EU","location":{"lat":50,"lon":8},"gpus":{"A100":64}}]})",
                                       "t.json")
                           .value();
    std::string rows = kHeader;
    for (int i = 0; i < 2000; ++i)
        rows += "big-" + std::to_string(i) + ",2023-01-01T00:00:00Z,3600,64,completed\n";
    WorkloadRules rules;
    rules.sovereignShare = 1.0;
    const Workload w = parseWorkloadCsv(rows, "w.csv", rules, fleet).value();
    std::size_t atMan = 0;
    for (const Job& job : w.jobs) {
        ASSERT_NE(job.homeSite, 0u) << job.id; // lon cannot hold 64 GPUs
        atMan += job.homeSite == 1;
        EXPECT_EQ(job.allowedJurisdictions,
                  std::vector<std::string>{fleet.sites()[job.homeSite].jurisdiction});
    }
    // man and fra have 64 GPUs each: half each (the old rule sent lon's share to man too: 66 %).
    const double share = static_cast<double>(atMan) / static_cast<double>(w.jobs.size());
    EXPECT_NEAR(share, 0.5, 0.05);
}

// Homes are drawn in proportion to the sites' GPUs, and neither the order of the sites in the fleet
// file nor the order of the rows changes any job's home or the order jobs are decided in (the
// sites reversed moved homes enough to change Philly's baseline from 159.7 to 150.5 t).
TEST(Workload, HomesDoNotDependOnTheOrderOfSitesOrRows)
{
    const char* sites[] = {
        R"({"id":"a","name":"A","zone":"DE","jurisdiction":"EU","location":{"lat":50,"lon":8},"gpus":{"A100":10}})",
        R"({"id":"b","name":"B","zone":"FR","jurisdiction":"EU","location":{"lat":48,"lon":2},"gpus":{"A100":30}})",
        R"({"id":"c","name":"C","zone":"NO","jurisdiction":"NO","location":{"lat":60,"lon":10},"gpus":{"A100":60}})"};
    auto fleetOf = [&](std::initializer_list<int> order) {
        std::string json = R"({"name":"t","sites":[)";
        bool first = true;
        for (const int i : order) {
            json += (first ? "" : ",") + std::string(sites[i]);
            first = false;
        }
        return parseFleetJson(json + "]}", "t.json").value();
    };
    const Fleet forward = fleetOf({0, 1, 2});
    const Fleet backward = fleetOf({2, 1, 0});
    std::vector<std::string> rows;
    for (int i = 0; i < 20000; ++i)
        rows.push_back("j" + std::to_string(i) + ",2023-01-01T0" + std::to_string(i % 3) + ":00:00Z,3600,1,completed\n");
    std::string text = kHeader;
    std::string reversed = kHeader;
    for (const std::string& row : rows)
        text += row;
    for (auto it = rows.rbegin(); it != rows.rend(); ++it)
        reversed += *it;
    const Workload w = parseWorkloadCsv(text, "w.csv", {}, forward).value();
    const Workload again = parseWorkloadCsv(reversed, "w.csv", {}, backward).value();
    ASSERT_EQ(w.jobs.size(), again.jobs.size());
    std::map<std::string, int> homes;
    for (std::size_t i = 0; i < w.jobs.size(); ++i) {
        ASSERT_EQ(w.jobs[i].id, again.jobs[i].id) << i; // decided in the same order
        const std::string& home = forward.sites()[w.jobs[i].homeSite].id;
        ASSERT_EQ(home, backward.sites()[again.jobs[i].homeSite].id) << w.jobs[i].id;
        ++homes[home];
    }
    // 10 / 30 / 60 % of the GPUs: as many of the homes, within sampling noise.
    EXPECT_NEAR(homes["a"] / 20000.0, 0.10, 0.01);
    EXPECT_NEAR(homes["b"] / 20000.0, 0.30, 0.015);
    EXPECT_NEAR(homes["c"] / 20000.0, 0.60, 0.015);
    // Without site a, only a's jobs move, in proportion to b's and c's GPUs (rendezvous hashing).
    std::vector<std::size_t> withoutA;
    for (std::size_t s = 0; s < forward.sites().size(); ++s) {
        if (forward.sites()[s].id != "a")
            withoutA.push_back(s);
    }
    int movedToB = 0;
    for (const Job& job : w.jobs) {
        const std::size_t drawn = *drawSiteByCapacity(job.id, forward, withoutA);
        if (forward.sites()[job.homeSite].id != "a")
            ASSERT_EQ(drawn, job.homeSite) << job.id;
        else
            movedToB += forward.sites()[drawn].id == "b";
    }
    EXPECT_NEAR(movedToB / static_cast<double>(homes["a"]), 1.0 / 3.0, 0.05);
}

// Another draw of homes (--home-draw) moves homes but keeps the shares, and re-homing follows it.
TEST(Workload, AnotherDrawOfHomesKeepsTheShares)
{
    const Fleet fleet = parseFleetJson(R"({"name":"t","sites":[
      {"id":"a","name":"A","zone":"DE","jurisdiction":"EU","location":{"lat":50,"lon":8},"gpus":{"A100":20}},
      {"id":"b","name":"B","zone":"FR","jurisdiction":"EU","location":{"lat":48,"lon":2},"gpus":{"A100":80}}]})",
                                       "t.json")
                           .value();
    std::string text = kHeader;
    for (int i = 0; i < 10000; ++i)
        text += "j" + std::to_string(i) + ",2023-01-01T00:00:00Z,3600,1,completed\n";
    WorkloadRules other;
    other.homeDraw = 3;
    const Workload standard = parseWorkloadCsv(text, "w.csv", {}, fleet).value();
    const Workload drawn = parseWorkloadCsv(text, "w.csv", other, fleet).value();
    int differ = 0;
    int atA = 0;
    for (std::size_t i = 0; i < drawn.jobs.size(); ++i) {
        differ += drawn.jobs[i].homeSite != standard.jobs[i].homeSite;
        atA += drawn.jobs[i].homeSite == 0;
        EXPECT_FALSE(drawn.jobs[i].homeDrawKey.empty());
        EXPECT_TRUE(standard.jobs[i].homeDrawKey.empty());
    }
    EXPECT_GT(differ, 1000); // 2 × 0.2 × 0.8 of them, roughly
    EXPECT_NEAR(atA / 10000.0, 0.2, 0.015);
}

} // namespace
} // namespace greenlight
