// Dispatch on a real single-node Slurm reached over a real sshd (tests/dispatch/cluster.sh), with
// partitions site-a and site-b standing in for two sites.
#include "clustertestenv.h"

#include "../core/dispatch/hostilenames.h"
#include "dispatch/dryrunrunner.h"
#include "dispatch/slurmdispatcher.h"
#include "dispatch/sshhostworker.h"
#include "store/auditlog.h"
#include "store/proposalrepository.h"
#include "store/storefile.h"

#include <gtest/gtest.h>

#include <chrono>
#include <filesystem>
#include <functional>
#include <thread>
#include <unistd.h>

namespace greenlight {
namespace {

const UtcTime k2030 = UtcTime{Seconds{1'893'456'000}}; // 2030-01-01T00:00:00Z
const UtcTime k2031 = UtcTime{Seconds{1'924'992'000}}; // 2031-01-01T00:00:00Z

// Polls a condition of the real cluster (Slurm schedules asynchronously); fails after 30 s.
bool eventually(const std::function<bool()>& condition)
{
    const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(30);
    while (std::chrono::steady_clock::now() < deadline) {
        if (condition())
            return true;
        std::this_thread::sleep_for(std::chrono::milliseconds(200));
    }
    return condition();
}

class SlurmDispatchTest : public ::testing::Test {
protected:
    void SetUp() override
    {
        auto env = testing::loadClusterEnv();
        ASSERT_TRUE(env) << "the test cluster is not up: GREENLIGHT_TEST_CLUSTER_ENV (ctest starts it)";
        m_worker = std::make_unique<SshHostWorker>(env->target());
    }

    ClusterJobSpec spec(const std::string& label, std::optional<UtcTime> begin = k2030)
    {
        ClusterJobSpec s;
        s.idempotencyKey = testing::uniqueKey(label);
        s.name = label;
        s.command = "sleep 600";
        s.begin = begin;
        m_keys.push_back(s.idempotencyKey);
        return s;
    }

    void TearDown() override
    {
        // Leave the two-CPU test node free for the next test.
        for (const char* partition : {"site-a", "site-b"}) {
            SlurmDispatcher d(*m_worker, partition);
            for (const std::string& key : m_keys)
                (void)d.cancel(key);
        }
    }

    std::unique_ptr<SshHostWorker> m_worker;
    std::vector<std::string> m_keys;
};

TEST_F(SlurmDispatchTest, DeferHoldReleaseUpdateStartCancelOnRealSlurm)
{
    SlurmDispatcher siteA(*m_worker, "site-a");
    const ClusterJobSpec s = spec("cycle");
    DispatchOutcome submitted = siteA.submit(s);
    ASSERT_TRUE(submitted.status.isOk()) << submitted.status.toString();
    EXPECT_FALSE(submitted.alreadyDone);

    auto job = siteA.findByKey(s.idempotencyKey);
    ASSERT_TRUE(job.ok() && job.value()) << job.status().toString();
    EXPECT_EQ(job.value()->id, submitted.jobId);
    EXPECT_EQ(job.value()->state, ClusterJobState::Pending);
    EXPECT_EQ(job.value()->reason, "BeginTime");
    EXPECT_EQ(job.value()->eligibleTime, k2030) << "the begin time reaches Slurm as UTC";

    ASSERT_TRUE(siteA.hold(s.idempotencyKey).status.isOk());
    EXPECT_EQ(siteA.findByKey(s.idempotencyKey).value()->state, ClusterJobState::Held);
    EXPECT_TRUE(siteA.hold(s.idempotencyKey).alreadyDone) << "holding twice sends nothing";

    ASSERT_TRUE(siteA.release(s.idempotencyKey).status.isOk());
    EXPECT_EQ(siteA.findByKey(s.idempotencyKey).value()->state, ClusterJobState::Pending);
    EXPECT_EQ(siteA.findByKey(s.idempotencyKey).value()->eligibleTime, k2030) << "release keeps the begin time";

    DispatchOutcome moved = siteA.updateStart(s.idempotencyKey, k2031);
    ASSERT_TRUE(moved.status.isOk()) << moved.status.toString();
    EXPECT_EQ(siteA.findByKey(s.idempotencyKey).value()->eligibleTime, k2031);
    EXPECT_TRUE(siteA.updateStart(s.idempotencyKey, k2031).alreadyDone);

    ASSERT_TRUE(siteA.cancel(s.idempotencyKey).status.isOk());
    EXPECT_FALSE(siteA.findByKey(s.idempotencyKey).value().has_value());
    EXPECT_TRUE(siteA.cancel(s.idempotencyKey).alreadyDone) << "cancelling twice is harmless";
    EXPECT_EQ(siteA.hold(s.idempotencyKey).status.code(), StatusCode::NotFound);
}

TEST_F(SlurmDispatchTest, ARetriedSubmitAfterACutConnectionDoesNotDuplicateTheJob)
{
    SlurmDispatcher siteA(*m_worker, "site-a");
    const ClusterJobSpec s = spec("retry");
    m_worker->dropConnectionDuringNextChange();
    DispatchOutcome first = siteA.submit(s);
    EXPECT_EQ(first.status.code(), StatusCode::Unavailable) << "the answer never came back";

    // The sbatch did reach Slurm before the cut; wait until the controller lists it.
    ASSERT_TRUE(eventually([&] {
        auto found = siteA.findByKey(s.idempotencyKey);
        return found.ok() && found.value().has_value();
    }));
    DispatchOutcome retry = siteA.submit(s);
    ASSERT_TRUE(retry.status.isOk()) << retry.status.toString();
    EXPECT_TRUE(retry.alreadyDone);

    auto all = siteA.jobs();
    ASSERT_TRUE(all.ok());
    int withKey = 0;
    for (const ClusterJob& j : all.value())
        withKey += j.comment == "greenlight:" + s.idempotencyKey ? 1 : 0;
    EXPECT_EQ(withKey, 1);
}

TEST_F(SlurmDispatchTest, MigrationBetweenPartitionsCheckpointsStopsAndStartsOnce)
{
    SlurmDispatcher siteA(*m_worker, "site-a");
    SlurmDispatcher siteB(*m_worker, "site-b");
    ClusterJobSpec s = spec("migrate", std::nullopt); // runs now at site-a
    s.command = "trap 'echo checkpoint > /tmp/gl-ckpt-$SLURM_JOB_ID; exit 0' USR1; sleep 600 & wait";
    ASSERT_TRUE(siteA.submit(s).status.isOk());
    ASSERT_TRUE(eventually([&] {
        auto j = siteA.findByKey(s.idempotencyKey);
        return j.ok() && j.value() && j.value()->state == ClusterJobState::Running;
    }));

    ClusterJobSpec atB = s;
    atB.command = "sleep 600 # resume from checkpoint of " + s.idempotencyKey;
    DispatchOutcome moved = migrate(siteA, siteB, atB, true);
    ASSERT_TRUE(moved.status.isOk()) << moved.status.toString();
    EXPECT_FALSE(siteA.findActiveByKey(s.idempotencyKey).value().has_value()) << "stopped at the source";
    auto atTarget = siteB.findByKey(s.idempotencyKey);
    ASSERT_TRUE(atTarget.ok() && atTarget.value());
    EXPECT_EQ(atTarget.value()->partition, "site-b");

    DispatchOutcome again = migrate(siteA, siteB, atB, true);
    ASSERT_TRUE(again.status.isOk());
    EXPECT_TRUE(again.alreadyDone) << "repeating a migration changes nothing";
    EXPECT_EQ(again.jobId, atTarget.value()->id);
}

// A job asked to checkpoint gets time to write it: the cancel used to follow the signal after one
// queue read, and killed a checkpoint that took two seconds.
TEST_F(SlurmDispatchTest, ACheckpointGetsItsGraceBeforeAnyCancel)
{
    SlurmDispatcher siteA(*m_worker, "site-a");
    SlurmDispatcher siteB(*m_worker, "site-b");
    ClusterJobSpec s = spec("ckpt-grace", std::nullopt);
    const std::string mark = "/tmp/gl-ckpt-" + s.idempotencyKey;
    s.command = "trap 'sleep 2; echo saved > " + mark + "; exit 0' USR1; sleep 600 & wait";
    ASSERT_TRUE(siteA.submit(s).status.isOk());
    ASSERT_TRUE(eventually([&] {
        auto j = siteA.findByKey(s.idempotencyKey);
        return j.ok() && j.value() && j.value()->state == ClusterJobState::Running;
    }));
    siteA.setCheckpointGrace(Seconds{30});
    ClusterJobSpec atB = s;
    atB.command = "sleep 600";
    DispatchOutcome moved = migrate(siteA, siteB, atB, true);
    ASSERT_TRUE(moved.status.isOk()) << moved.status.toString();
    EXPECT_NE(moved.detail.find("ended on its own after its checkpoint"), std::string::npos) << moved.detail;
    Result<CommandResult> saved = m_worker->run("cat " + mark + "; rm -f " + mark, CommandKind::Query);
    ASSERT_TRUE(saved.ok()) << saved.status().toString();
    EXPECT_EQ(saved->out.substr(0, 5), "saved") << "the checkpoint was cut off";
}

// The job a proposal moves is the workload's own: submitted by its user, it carries no key of
// ours. The migration used to look only for the new proposal's key, found nothing, and the job
// then ran at both sites.
TEST_F(SlurmDispatchTest, MigrationStopsTheWorkloadsOwnJobFoundByItsName)
{
    SlurmDispatcher siteA(*m_worker, "site-a");
    SlurmDispatcher siteB(*m_worker, "site-b");
    ClusterJobSpec own = spec("workload-own", std::nullopt); // under a key the proposal does not know
    own.name = testing::uniqueKey("train");
    ASSERT_TRUE(siteA.submit(own).status.isOk());
    ASSERT_TRUE(eventually([&] {
        auto j = siteA.findActiveByKey(own.idempotencyKey);
        return j.ok() && j.value().has_value();
    }));

    ClusterJobSpec move = spec("move-it", std::nullopt);
    move.name = own.name;
    DispatchOutcome moved = migrate(siteA, siteB, move, false);
    ASSERT_TRUE(moved.status.isOk()) << moved.status.toString();
    EXPECT_NE(moved.detail.find("stopped job"), std::string::npos) << moved.detail;
    EXPECT_FALSE(siteA.findActiveByKey(own.idempotencyKey).value().has_value()) << "still running at the source";
    auto atTarget = siteB.findByKey(move.idempotencyKey);
    ASSERT_TRUE(atTarget.ok() && atTarget.value());

    // Two jobs of that name at the source: which one moves is the operator's call.
    ClusterJobSpec twin1 = spec("twin-1", std::nullopt);
    ClusterJobSpec twin2 = spec("twin-2", std::nullopt);
    twin1.name = twin2.name = testing::uniqueKey("twin");
    ASSERT_TRUE(siteA.submit(twin1).status.isOk());
    ASSERT_TRUE(siteA.submit(twin2).status.isOk());
    ClusterJobSpec ambiguous = spec("move-twin", std::nullopt);
    ambiguous.name = twin1.name;
    DispatchOutcome refused = migrate(siteA, siteB, ambiguous, false);
    EXPECT_FALSE(refused.status.isOk());
    EXPECT_NE(refused.status.message().find("several queued or running jobs named"), std::string::npos)
        << refused.status.toString();
    EXPECT_TRUE(siteA.findActiveByKey(twin1.idempotencyKey).value().has_value()) << "nothing stopped";
}

TEST_F(SlurmDispatchTest, HostileJobNamesReachSlurmLiterallyAndExecuteNothing)
{
    SlurmDispatcher siteA(*m_worker, "site-a");
    const std::string prefix = "/tmp/gl-pwned-" + std::to_string(::getpid()) + "-";
    const auto names = testing::hostileNames(prefix);
    for (const std::string& name : names) {
        ClusterJobSpec s = spec("hostile");
        s.name = name;
        s.command = "sleep 600 # " + name; // the command argument is quoted the same way
        DispatchOutcome o = siteA.submit(s);
        if (!o.status.isOk())
            continue; // Slurm may refuse a name (e.g. with a newline); refusing is safe
        auto job = siteA.findByKey(s.idempotencyKey);
        ASSERT_TRUE(job.ok() && job.value());
        EXPECT_EQ(job.value()->name, name);
    }
    for (int i = 1; i <= 9; ++i)
        EXPECT_FALSE(std::filesystem::exists(prefix + std::to_string(i))) << "sentinel " << i << " was created";
}

TEST_F(SlurmDispatchTest, DryRunShowsTheExactCommandsAndTouchesNothing)
{
    DryRunRunner dry;
    SlurmDispatcher preview(dry, "site-a", nullptr, true);
    const ClusterJobSpec s = spec("dry");
    DispatchOutcome o = preview.submit(s);
    ASSERT_TRUE(o.status.isOk()) << o.status.toString();
    ASSERT_EQ(dry.commands().size(), 2u);
    EXPECT_EQ(dry.commands()[0], "squeue --me --json");
    EXPECT_NE(dry.commands()[1].find("'--comment=greenlight:" + s.idempotencyKey + "'"), std::string::npos);
    SlurmDispatcher real(*m_worker, "site-a");
    EXPECT_FALSE(real.findByKey(s.idempotencyKey).value().has_value());
}

TEST_F(SlurmDispatchTest, EveryRemoteActionIsJournaledAndAudited)
{
    const auto dbPath = std::filesystem::temp_directory_path() / (testing::uniqueKey("journal") + ".db");
    Result<Database> db = openStore(dbPath);
    ASSERT_TRUE(db.ok()) << db.status().toString();
    const ClusterJobSpec s = spec("journal");
    Proposal p;
    p.id = s.idempotencyKey;
    p.policy = "carbon-window";
    p.kind = ProposalKind::Defer;
    p.jobId = "job";
    p.sourceSite = p.targetSite = "site-a";
    p.sourceJurisdiction = p.targetJurisdiction = "EU";
    p.reasons = {"test"};
    ASSERT_TRUE(ProposalRepository(db.value()).insert(p).isOk());

    StoreDispatchJournal journal(db.value(), [] { return k2030; }, "olga");
    SlurmDispatcher siteA(*m_worker, "site-a", &journal);
    ASSERT_TRUE(siteA.submit(s).status.isOk());
    ASSERT_TRUE(siteA.hold(s.idempotencyKey).status.isOk());
    ASSERT_TRUE(siteA.cancel(s.idempotencyKey).status.isOk());

    auto actions = OperationsRecords(db.value()).dispatchesFor(s.idempotencyKey);
    ASSERT_TRUE(actions.ok());
    ASSERT_EQ(actions->size(), 3u);
    EXPECT_EQ(actions.value()[0].action, "defer");
    EXPECT_NE(actions.value()[0].request.find("sbatch --parsable"), std::string::npos);
    EXPECT_EQ(actions.value()[1].action, "hold");
    EXPECT_EQ(actions.value()[2].action, "cancel");
    for (const DispatchActionRecord& a : actions.value())
        EXPECT_EQ(a.outcome, "ok") << a.action << ": " << a.detail;
    auto verified = AuditLog(db.value()).verify();
    ASSERT_TRUE(verified.ok());
    EXPECT_TRUE(verified->intact);
    EXPECT_EQ(verified->recordsChecked, 6); // a record before and after each action
    for (const char* suffix : {"", "-wal", "-shm"})
        std::filesystem::remove(dbPath.string() + suffix);
}

TEST_F(SlurmDispatchTest, ClusterStatusGivesCapacityPerSite)
{
    SlurmDispatcher siteA(*m_worker, "site-a");
    auto nodes = siteA.nodes();
    ASSERT_TRUE(nodes.ok()) << nodes.status().toString();
    const auto capacity = capacityByPartition(nodes.value());
    ASSERT_EQ(capacity.size(), 2u);
    EXPECT_EQ(capacity[0].partition, "site-a");
    EXPECT_EQ(capacity[1].partition, "site-b");
    EXPECT_EQ(capacity[0].nodesUp, 1);
    EXPECT_GE(capacity[0].cpus, 1);
}

TEST_F(SlurmDispatchTest, AHostKeyMismatchRefusesEveryActionAndIsAudited)
{
    auto env = testing::loadClusterEnv();
    SshHostWorker impostor(env->target("GREENLIGHT_TEST_KNOWN_HOSTS_WRONG"));
    const auto dbPath = std::filesystem::temp_directory_path() / (testing::uniqueKey("alarm") + ".db");
    Result<Database> db = openStore(dbPath);
    ASSERT_TRUE(db.ok());
    StoreDispatchJournal journal(db.value(), [] { return k2030; }, "olga");
    SlurmDispatcher siteA(impostor, "site-a", &journal);
    DispatchOutcome o = siteA.submit(spec("impostor"));
    EXPECT_EQ(o.status.code(), StatusCode::FailedPrecondition);
    EXPECT_NE(o.status.message().find("HOST KEY CHANGED"), std::string::npos) << o.status.message();
    auto verified = AuditLog(db.value()).verify();
    ASSERT_TRUE(verified.ok());
    EXPECT_EQ(verified->recordsChecked, 1);
    bool alarmed = false;
    (void)AuditLog(db.value()).forEach([&](const AuditRecord& r) {
        alarmed = alarmed || (r.action == "dispatch.refused" && r.reasonsJson.find("HOST KEY CHANGED") != std::string::npos);
        return true;
    });
    EXPECT_TRUE(alarmed);
    for (const char* suffix : {"", "-wal", "-shm"})
        std::filesystem::remove(dbPath.string() + suffix);
}

} // namespace
} // namespace greenlight
