#include "core/dispatch/slurmjson.h"

#include <gtest/gtest.h>

#include <fstream>
#include <sstream>

namespace greenlight {
namespace {

std::string fixture(const std::string& name)
{
    std::ifstream in(std::string(GREENLIGHT_FIXTURES_DIR) + "/dispatch/" + name);
    std::stringstream text;
    text << in.rdbuf();
    return text.str();
}

TEST(SlurmJson, Squeue2105FromARealCluster)
{
    auto jobs = parseSqueueJson(fixture("squeue--json_slurm-21.08.5.json"), "21.08");
    ASSERT_TRUE(jobs.ok()) << jobs.status().toString();
    ASSERT_EQ(jobs->size(), 2u);
    EXPECT_EQ(jobs.value()[0].id, "26515966");
    EXPECT_EQ(jobs.value()[0].state, ClusterJobState::Running);
    EXPECT_EQ(jobs.value()[0].partition, "hw-l");
    EXPECT_EQ(jobs.value()[0].eligibleTime, UtcTime{Seconds{1684114900}});
}

TEST(SlurmJson, Squeue2205FromOurTestCluster)
{
    auto jobs = parseSqueueJson(fixture("squeue--json_slurm-22.05.8.json"), "22.05");
    ASSERT_TRUE(jobs.ok()) << jobs.status().toString();
    ASSERT_EQ(jobs->size(), 2u);
    const ClusterJob& held = jobs.value()[0];
    EXPECT_EQ(held.name, "x'; touch /tmp/pwned #");
    EXPECT_EQ(held.comment, "greenlight:P-1");
    EXPECT_EQ(held.state, ClusterJobState::Held);
    EXPECT_EQ(held.reason, "JobHeldAdmin");
    EXPECT_EQ(held.eligibleTime, UtcTime{Seconds{1'893'456'000}}); // 2030-01-01T00:00:00Z, sent as UTC
    EXPECT_EQ(jobs.value()[1].state, ClusterJobState::Running);
    EXPECT_EQ(jobs.value()[1].partition, "site-b");
}

TEST(SlurmJson, Squeue2302StyleTimesAsObjectsAndStatesAsArrays)
{
    auto jobs = parseSqueueJson(fixture("squeue--json_schema-23.02-style.json"), "23.02");
    ASSERT_TRUE(jobs.ok()) << jobs.status().toString();
    ASSERT_EQ(jobs->size(), 3u);
    EXPECT_EQ(jobs.value()[0].state, ClusterJobState::Pending);
    EXPECT_EQ(jobs.value()[0].eligibleTime, UtcTime{Seconds{1'893'456'000}});
    EXPECT_FALSE(jobs.value()[0].startTime.has_value()) << "set: false";
    EXPECT_EQ(jobs.value()[0].cpus, 4);
    EXPECT_EQ(jobs.value()[1].state, ClusterJobState::Running);
    EXPECT_EQ(jobs.value()[1].rawState, "RUNNING,REQUEUED");
    EXPECT_EQ(jobs.value()[2].state, ClusterJobState::Held);
    EXPECT_FALSE(jobs.value()[2].eligibleTime.has_value()) << "infinite";
}

TEST(SlurmJson, SinfoInBothSchemasGivesCapacityPerPartition)
{
    auto old = parseSinfoJson(fixture("sinfo--json_slurm-21.08.5.json"), "21.08");
    ASSERT_TRUE(old.ok()) << old.status().toString();
    EXPECT_EQ(old->size(), 4u);
    auto ours = parseSinfoJson(fixture("sinfo--json_slurm-22.05.8.json"), "22.05");
    ASSERT_TRUE(ours.ok());
    const auto ourCapacity = capacityByPartition(ours.value());
    ASSERT_EQ(ourCapacity.size(), 2u);
    EXPECT_EQ(ourCapacity[0].partition, "site-a");
    EXPECT_EQ(ourCapacity[0].nodesUp, 1);

    auto modern = parseSinfoJson(fixture("sinfo--json_schema-23.02-style.json"), "23.02");
    ASSERT_TRUE(modern.ok());
    const auto capacity = capacityByPartition(modern.value());
    ASSERT_EQ(capacity.size(), 2u);
    EXPECT_EQ(capacity[0].partition, "site-a");
    EXPECT_EQ(capacity[0].nodes, 2);
    EXPECT_EQ(capacity[0].nodesUp, 1) << "gpu02 is DOWN";
    EXPECT_EQ(capacity[0].gpus, 16);
    EXPECT_EQ(capacity[0].allocatedCpus, 16);
    EXPECT_EQ(capacity[1].partition, "site-b");
}

TEST(SlurmJson, MalformedAndErrorOutputsAreClearErrors)
{
    EXPECT_FALSE(parseSqueueJson("squeue: error: Invalid user", "x").ok());
    EXPECT_NE(parseSqueueJson("{\"meta\":{}}", "x").status().message().find("no \"jobs\""), std::string::npos);
    auto reported = parseSqueueJson(R"({"jobs":[],"errors":[{"error":"Unable to contact slurm controller"}]})", "x");
    EXPECT_EQ(reported.status().code(), StatusCode::Unavailable);
    EXPECT_NE(reported.status().message().find("Unable to contact"), std::string::npos);
    EXPECT_FALSE(parseSqueueJson(R"({"jobs":[{"name":"no id"}]})", "x").ok());
    EXPECT_FALSE(parseSinfoJson("[]", "x").ok());
}

} // namespace
} // namespace greenlight
