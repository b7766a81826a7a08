// Crash safety with a real process: a child files and approves proposals in a loop and is killed
// with SIGKILL at random moments; after every kill the database must be intact, hold everything
// the child reported committed, and its audit chain must verify.
#include "storetestsupport.h"

#include "store/auditlog.h"
#include "store/proposalrepository.h"
#include "store/storefile.h"

#include <gtest/gtest.h>

#include <csignal>
#include <cstdio>
#include <random>
#include <set>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

extern char** environ;

namespace greenlight {
namespace {

using testing::TempDir;

struct ChildRun {
    std::vector<std::string> committed;
    bool killed = false;
};

// Starts the writer, lets it report `reportsBeforeKill` commits, then kills it at once.
ChildRun runAndKill(const std::filesystem::path& db, int reportsBeforeKill)
{
    ChildRun run;
    int pipeFds[2];
    if (::pipe(pipeFds) != 0)
        return run;
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_adddup2(&actions, pipeFds[1], STDOUT_FILENO);
    posix_spawn_file_actions_addclose(&actions, pipeFds[0]);
    std::string helper = GREENLIGHT_STORE_HELPER;
    std::string mode = "crash-writer";
    std::string path = db.string();
    char* argv[] = {helper.data(), mode.data(), path.data(), nullptr};
    pid_t pid = 0;
    const int spawned = posix_spawn(&pid, helper.c_str(), &actions, nullptr, argv, environ);
    posix_spawn_file_actions_destroy(&actions);
    ::close(pipeFds[1]);
    if (spawned != 0) {
        ::close(pipeFds[0]);
        return run;
    }
    FILE* out = ::fdopen(pipeFds[0], "r");
    char line[256];
    while (static_cast<int>(run.committed.size()) < reportsBeforeKill && std::fgets(line, sizeof line, out)) {
        std::string text(line);
        if (text.rfind("committed ", 0) == 0)
            run.committed.push_back(text.substr(10, text.size() - 11));
    }
    ::kill(pid, SIGKILL); // mid-transaction, most of the time: the writer never pauses
    int status = 0;
    ::waitpid(pid, &status, 0);
    run.killed = WIFSIGNALED(status) && WTERMSIG(status) == SIGKILL;
    // Lines written between our last read and the kill were committed too.
    while (std::fgets(line, sizeof line, out)) {
        std::string text(line);
        if (text.rfind("committed ", 0) == 0 && text.back() == '\n')
            run.committed.push_back(text.substr(10, text.size() - 11));
    }
    std::fclose(out);
    return run;
}

TEST(CrashSafety, SigkillAtRandomMomentsLosesNothingCommittedAndKeepsTheChain)
{
    TempDir dir;
    const auto db = dir.file("crash.db");
    std::mt19937 random(20261123);
    std::uniform_int_distribution<int> reports(1, 40);
    std::set<std::string> everCommitted;
    constexpr int kKills = 25;
    for (int round = 0; round < kKills; ++round) {
        const ChildRun run = runAndKill(db, reports(random));
        ASSERT_TRUE(run.killed) << "round " << round << ": the writer died on its own";
        ASSERT_FALSE(run.committed.empty()) << "round " << round;
        everCommitted.insert(run.committed.begin(), run.committed.end());

        Result<Database> opened = openStore(db);
        ASSERT_TRUE(opened.ok()) << "round " << round << ": " << opened.status().toString();
        Result<Statement> check = opened->prepare("PRAGMA integrity_check");
        ASSERT_TRUE(check.ok());
        ASSERT_TRUE(check->step().value());
        EXPECT_EQ(check->columnText(0), "ok") << "round " << round;

        ProposalRepository proposals(opened.value());
        for (const std::string& id : everCommitted) {
            Result<Proposal> p = proposals.get(id);
            ASSERT_TRUE(p.ok()) << "round " << round << ": committed " << id << " is gone";
            EXPECT_EQ(p->state, ProposalState::Approved) << id;
        }
        Result<AuditVerification> v = AuditLog(opened.value()).verify();
        ASSERT_TRUE(v.ok());
        EXPECT_TRUE(v->intact) << "round " << round << ": " << v->problem;
        // Every committed proposal was filed and approved in the chain: at least two records each.
        EXPECT_GE(v->recordsChecked, static_cast<std::int64_t>(2 * everCommitted.size()));
    }
    EXPECT_GE(everCommitted.size(), static_cast<std::size_t>(kKills));
}

} // namespace
} // namespace greenlight
