// Dispatch claims on a real SQLite file, from several connections as separate processes would
// hold them: one dispatch of a proposal at a time, a dead holder's claim lapses.
#include "storetestsupport.h"

#include "store/dispatchclaims.h"
#include "store/proposalrepository.h"
#include "store/storefile.h"
#include "store/workflow.h"

#include <gtest/gtest.h>

#include <atomic>
#include <thread>
#include <vector>

namespace greenlight {
namespace {

using testing::deferral;
using testing::kT0;
using testing::TempDir;

class DispatchClaimsTest : public ::testing::Test {
protected:
    void SetUp() override
    {
        Result<Database> db = openStore(m_dir.file("claims.db"));
        ASSERT_TRUE(db.ok()) << db.status().toString();
        m_db = std::move(db.value());
        ASSERT_TRUE(ProposalRepository(m_db).insert(deferral("P-1")).isOk());
    }
    Database another()
    {
        Result<Database> db = openStore(m_dir.file("claims.db"));
        EXPECT_TRUE(db.ok()) << db.status().toString();
        return std::move(db.value());
    }

    TempDir m_dir;
    Database m_db;
};

TEST_F(DispatchClaimsTest, ASecondDispatchIsRefusedWhileTheFirstHoldsTheClaim)
{
    Result<DispatchClaim> first = DispatchClaims(m_db).claim("P-1", "ada (pid 1 on ops1)", kT0, Seconds{900});
    ASSERT_TRUE(first.ok()) << first.status().toString();

    Database other = another();
    Result<DispatchClaim> second = DispatchClaims(other).claim("P-1", "olga (pid 2 on ops2)", kT0 + Seconds{5}, Seconds{900});
    ASSERT_FALSE(second.ok());
    EXPECT_EQ(second.status().code(), StatusCode::Aborted);
    const std::string& why = second.status().message();
    EXPECT_NE(why.find("being dispatched by ada (pid 1 on ops1) since 2025-01-01T00:00:00Z"), std::string::npos) << why;
    EXPECT_NE(why.find("lapses at 2025-01-01T00:15:00Z"), std::string::npos) << why;

    ASSERT_TRUE(DispatchClaims(m_db).release(first.value()).isOk());
    EXPECT_TRUE(DispatchClaims(other).claim("P-1", "olga (pid 2 on ops2)", kT0 + Seconds{6}, Seconds{900}).ok());
}

TEST_F(DispatchClaimsTest, ADeadHoldersClaimLapsesAndItsLateReleaseFreesNothing)
{
    Result<DispatchClaim> dead = DispatchClaims(m_db).claim("P-1", "ada (pid 1)", kT0, Seconds{900});
    ASSERT_TRUE(dead.ok());
    Database other = another();
    EXPECT_FALSE(DispatchClaims(other).claim("P-1", "olga", kT0 + Seconds{899}, Seconds{900}).ok());
    Result<DispatchClaim> next = DispatchClaims(other).claim("P-1", "olga", kT0 + Seconds{900}, Seconds{900});
    ASSERT_TRUE(next.ok()) << next.status().toString();
    // The first holder wakes up and releases: the new claim stays.
    ASSERT_TRUE(DispatchClaims(m_db).release(dead.value()).isOk());
    Result<DispatchClaim> third = DispatchClaims(m_db).claim("P-1", "ada", kT0 + Seconds{901}, Seconds{900});
    ASSERT_FALSE(third.ok());
    EXPECT_NE(third.status().message().find("being dispatched by olga"), std::string::npos) << third.status().message();
}

// A dispatch slower than its lease renews before acting; once another took the proposal over,
// the renewal fails and the slow one must send nothing more.
TEST_F(DispatchClaimsTest, ARenewalFailsOnceTheClaimWasTakenOver)
{
    Result<DispatchClaim> slow = DispatchClaims(m_db).claim("P-1", "ada", kT0, Seconds{900});
    ASSERT_TRUE(slow.ok());
    ASSERT_TRUE(DispatchClaims(m_db).renew(slow.value(), kT0 + Seconds{800}, Seconds{900}).isOk());
    EXPECT_EQ(slow->expiresAt, kT0 + Seconds{1700});
    Database other = another();
    EXPECT_FALSE(DispatchClaims(other).claim("P-1", "olga", kT0 + Seconds{1000}, Seconds{900}).ok()); // renewed
    ASSERT_TRUE(DispatchClaims(other).claim("P-1", "olga", kT0 + Seconds{1700}, Seconds{900}).ok());   // lapsed
    const Status late = DispatchClaims(m_db).renew(slow.value(), kT0 + Seconds{1750}, Seconds{900});
    EXPECT_EQ(late.code(), StatusCode::Aborted);
    EXPECT_NE(late.message().find("another dispatch took it over"), std::string::npos) << late.message();
}

TEST_F(DispatchClaimsTest, ClaimsOfDifferentProposalsDoNotWaitForEachOther)
{
    ASSERT_TRUE(ProposalRepository(m_db).insert(deferral("P-2")).isOk());
    EXPECT_TRUE(DispatchClaims(m_db).claim("P-1", "ada", kT0, Seconds{900}).ok());
    Database other = another();
    EXPECT_TRUE(DispatchClaims(other).claim("P-2", "olga", kT0, Seconds{900}).ok());
}

TEST_F(DispatchClaimsTest, OfManyDispatchesStartedAtOnceExactlyOneGetsTheClaim)
{
    constexpr int kRacers = 8;
    std::vector<Database> connections;
    for (int i = 0; i < kRacers; ++i)
        connections.push_back(another());
    std::atomic<int> ready{0};
    std::atomic<int> won{0};
    std::atomic<int> refused{0};
    std::vector<std::thread> racers;
    for (int i = 0; i < kRacers; ++i) {
        racers.emplace_back([&, i] {
            ++ready;
            while (ready.load() < kRacers) {
            }
            Result<DispatchClaim> c = DispatchClaims(connections[static_cast<std::size_t>(i)])
                                          .claim("P-1", "racer " + std::to_string(i), kT0, Seconds{900});
            if (c.ok())
                ++won;
            else if (c.status().code() == StatusCode::Aborted)
                ++refused;
        });
    }
    for (std::thread& t : racers)
        t.join();
    EXPECT_EQ(won.load(), 1);
    EXPECT_EQ(refused.load(), kRacers - 1); // none failed for another reason (busy, locked)
}

TEST(DispatchHolder, NamesTheUserAndTheProcess)
{
    const std::string h = dispatchHolder("ada");
    EXPECT_EQ(h.rfind("ada (pid ", 0), 0u) << h;
}

} // namespace
} // namespace greenlight
