// libssh against a real sshd on 127.0.0.1 (tests/dispatch/cluster.sh): host keys checked before
// anything is sent, one connection reused, commands with exit codes and both output streams.
#include "clustertestenv.h"

#include "dispatch/sshhostworker.h"
#include "dispatch/sshsession.h"

#include <gtest/gtest.h>

#include <filesystem>

namespace greenlight {
namespace {

using testing::ClusterTestEnv;

class SshTest : public ::testing::Test {
protected:
    void SetUp() override
    {
        auto env = testing::loadClusterEnv();
        ASSERT_TRUE(env) << "the test cluster is not up: GREENLIGHT_TEST_CLUSTER_ENV (ctest starts it)";
        m_env = *env;
    }
    ClusterTestEnv m_env;
};

TEST_F(SshTest, RunsACommandWithBothStreamsAndItsExitStatus)
{
    auto session = SshSession::connect(m_env.target());
    ASSERT_TRUE(session.ok()) << session.status().toString();
    auto r = session.value()->run("echo hello; echo oops >&2; exit 3", Seconds{10});
    ASSERT_TRUE(r.ok()) << r.status().toString();
    EXPECT_EQ(r->out, "hello\n");
    EXPECT_EQ(r->err, "oops\n");
    EXPECT_EQ(r->exitStatus, 3);
}

TEST_F(SshTest, AnUnknownHostKeyIsRefusedWithItsFingerprint)
{
    auto session = SshSession::connect(m_env.target("GREENLIGHT_TEST_KNOWN_HOSTS_EMPTY"));
    ASSERT_FALSE(session.ok());
    EXPECT_EQ(session.status().code(), StatusCode::FailedPrecondition);
    EXPECT_NE(session.status().message().find("not trusted yet; its fingerprint is SHA256:"), std::string::npos)
        << session.status().message();
}

TEST_F(SshTest, AChangedHostKeyIsRefusedLoudly)
{
    auto session = SshSession::connect(m_env.target("GREENLIGHT_TEST_KNOWN_HOSTS_WRONG"));
    ASSERT_FALSE(session.ok());
    EXPECT_NE(session.status().message().find("HOST KEY CHANGED"), std::string::npos) << session.status().message();
    EXPECT_EQ(SshSession::probeHostKey(m_env.target("GREENLIGHT_TEST_KNOWN_HOSTS_WRONG")).verdict,
              HostKeyVerdict::Changed);
}

TEST_F(SshTest, AnAdminAcceptsAnUnknownKeyOnlyWithItsFingerprint)
{
    const auto knownHosts = std::filesystem::temp_directory_path() / ("gl-known-" + testing::uniqueKey("kh"));
    SshTarget target = m_env.target();
    target.knownHosts = knownHosts;
    const HostKeyCheck probe = SshSession::probeHostKey(target);
    ASSERT_EQ(probe.verdict, HostKeyVerdict::Unknown) << probe.message;
    EXPECT_FALSE(SshSession::acceptHostKey(target, "SHA256:not-the-right-one").isOk());
    EXPECT_FALSE(SshSession::connect(target).ok());
    ASSERT_TRUE(SshSession::acceptHostKey(target, probe.fingerprint).isOk());
    auto session = SshSession::connect(target);
    EXPECT_TRUE(session.ok()) << session.status().toString();
    std::filesystem::remove(knownHosts);
}

TEST_F(SshTest, ADeadHostIsAClearRetryableError)
{
    SshTarget target = m_env.target();
    target.port = 1; // nothing listens there
    target.connectTimeout = Seconds{3};
    auto session = SshSession::connect(target);
    ASSERT_FALSE(session.ok());
    EXPECT_EQ(session.status().code(), StatusCode::Unavailable);
    EXPECT_NE(session.status().message().find("cannot connect"), std::string::npos);
}

TEST_F(SshTest, TheWorkerReusesOneConnectionAndKeepsOrder)
{
    SshHostWorker worker(m_env.target());
    std::vector<std::future<Result<CommandResult>>> results;
    for (int i = 0; i < 20; ++i)
        results.push_back(worker.post("echo " + std::to_string(i), CommandKind::Query));
    for (int i = 0; i < 20; ++i) {
        auto r = results[static_cast<std::size_t>(i)].get();
        ASSERT_TRUE(r.ok()) << r.status().toString();
        EXPECT_EQ(r->out, std::to_string(i) + "\n");
    }
    EXPECT_EQ(worker.connectionsOpened(), 1);
}

TEST_F(SshTest, TheWorkerReconnectsAfterADroppedConnectionForQueries)
{
    SshHostWorker worker(m_env.target());
    ASSERT_TRUE(worker.run("true", CommandKind::Query).ok());
    worker.dropConnectionDuringNextChange();
    EXPECT_EQ(worker.run("true", CommandKind::Change).status().code(), StatusCode::Unavailable)
        << "a change whose answer was lost is reported, never resent blindly";
    auto again = worker.run("echo back", CommandKind::Query);
    ASSERT_TRUE(again.ok()) << again.status().toString();
    EXPECT_EQ(again->out, "back\n");
    EXPECT_EQ(worker.connectionsOpened(), 2);
}

} // namespace
} // namespace greenlight
