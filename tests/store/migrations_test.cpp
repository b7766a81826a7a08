#include "storetestsupport.h"

#include "store/auditlog.h"
#include "store/migrations.h"
#include "store/operationsrecords.h"
#include "store/proposalrepository.h"
#include "store/readingrepository.h"
#include "store/storefile.h"
#include "store/userdirectory.h"

#include <gtest/gtest.h>

#include <fstream>
#include <sstream>

namespace greenlight {
namespace {

using testing::kT0;
using testing::rawSql;
using testing::TempDir;

std::string readFile(const std::filesystem::path& path)
{
    std::ifstream in(path);
    std::stringstream text;
    text << in.rdbuf();
    return text.str();
}

// Builds a database at an earlier schema version from its frozen fixture dump.
std::filesystem::path databaseFromFixture(const TempDir& dir, int version)
{
    const auto fixture = std::filesystem::path(GREENLIGHT_FIXTURES_DIR) / "store"
        / ("schema-v" + std::to_string(version) + ".sql");
    const auto path = dir.file("v" + std::to_string(version) + ".db");
    rawSql(path, readFile(fixture));
    return path;
}

TEST(Migrations, ANewDatabaseGetsTheCurrentSchema)
{
    TempDir dir;
    Result<Database> db = openStore(dir.file("new.db"));
    ASSERT_TRUE(db.ok()) << db.status().toString();
    EXPECT_EQ(schemaVersion(db.value()).value(), kSchemaVersion);
    EXPECT_EQ(db->queryInt("PRAGMA application_id").value(), kApplicationId);
    Result<Statement> mode = db->prepare("PRAGMA journal_mode");
    ASSERT_TRUE(mode.ok());
    ASSERT_TRUE(mode->step().value());
    EXPECT_EQ(mode->columnText(0), "wal");
    EXPECT_EQ(std::filesystem::status(dir.file("new.db")).permissions() & std::filesystem::perms::all,
              std::filesystem::perms::owner_read | std::filesystem::perms::owner_write);
}

TEST(Migrations, ReopeningIsANoOp)
{
    TempDir dir;
    ASSERT_TRUE(openStore(dir.file("a.db")).ok());
    Result<Database> again = openStore(dir.file("a.db"));
    ASSERT_TRUE(again.ok()) << again.status().toString();
    EXPECT_EQ(schemaVersion(again.value()).value(), kSchemaVersion);
}

class MigrationFromFixture : public ::testing::TestWithParam<int> {};

TEST_P(MigrationFromFixture, UpgradesInPlaceKeepingEveryRowAndTheChain)
{
    TempDir dir;
    const auto path = databaseFromFixture(dir, GetParam());
    {
        Result<Database> raw = Database::open(path);
        ASSERT_TRUE(raw.ok());
        EXPECT_EQ(schemaVersion(raw.value()).value(), GetParam());
    }
    Result<Database> db = openStore(path);
    ASSERT_TRUE(db.ok()) << db.status().toString();
    EXPECT_EQ(schemaVersion(db.value()).value(), kSchemaVersion);

    UserDirectory users(db.value());
    EXPECT_EQ(users.rolesOf("ada").value(), std::vector<Role>{Role::Admin});
    EXPECT_EQ(users.rolesOf("bob").value(), std::vector<Role>{Role::Operator});

    // The chain written by the old version still verifies, and the new head anchor took it over.
    AuditLog log(db.value());
    Result<AuditVerification> v = log.verify();
    ASSERT_TRUE(v.ok());
    EXPECT_TRUE(v->intact) << v->problem;
    const std::int64_t oldRecords = GetParam() == 1 ? 2 : GetParam() == 2 ? 4 : 5;
    EXPECT_EQ(v->recordsChecked, oldRecords);
    ASSERT_TRUE(log.append({kT0, "bob", "operator", "proposal.approve", "proposal", "P-new", {"after upgrade"}}).ok());
    EXPECT_TRUE(log.verify()->intact);

    if (GetParam() >= 2) {
        Result<Proposal> p = ProposalRepository(db.value()).get("P-old-1");
        ASSERT_TRUE(p.ok()) << p.status().toString();
        EXPECT_EQ(p->state, ProposalState::Approved);
        EXPECT_EQ(p->reasons, std::vector<std::string>{"cleaner after the evening peak"});
        EXPECT_EQ(p->gpus, GetParam() >= 5 ? 4 : 0); // 0: not known before version 5
        Result<std::optional<FleetSnapshotRecord>> fleet = OperationsRecords(db.value()).latestFleetSnapshot();
        ASSERT_TRUE(fleet.ok()) << fleet.status().toString();
        EXPECT_EQ(fleet.value()->name, "demo");
    }
    if (GetParam() >= 3) {
        Result<std::vector<StoredReading>> readings = ReadingRepository(db.value()).range(
            "replay", "DE", "lifecycle", {UtcTime{Seconds{1'699'000'000}}, UtcTime{Seconds{1'701'000'000}}});
        ASSERT_TRUE(readings.ok());
        ASSERT_EQ(readings->size(), 2u);
        EXPECT_DOUBLE_EQ(readings.value()[0].gPerKwh, 412.5);
        EXPECT_EQ(OperationsRecords(db.value()).dispatchesFor("P-old-1")->size(), 1u);
    }
}

INSTANTIATE_TEST_SUITE_P(EveryEarlierVersion, MigrationFromFixture, ::testing::Range(1, kSchemaVersion));

TEST(Migrations, ANewerDatabaseIsRefusedAndLeftUntouched)
{
    TempDir dir;
    const auto path = dir.file("future.db");
    ASSERT_TRUE(openStore(path).ok());
    rawSql(path, "PRAGMA user_version = 99; CREATE TABLE from_the_future(x);");
    Result<Database> db = openStore(path);
    ASSERT_FALSE(db.ok());
    EXPECT_EQ(db.status().code(), StatusCode::FailedPrecondition);
    EXPECT_NE(db.status().message().find("newer than this Greenlight"), std::string::npos)
        << db.status().message();
    Result<Database> raw = Database::open(path);
    EXPECT_EQ(schemaVersion(raw.value()).value(), 99);
}

TEST(Migrations, AForeignDatabaseIsRefused)
{
    TempDir dir;
    const auto path = dir.file("other.db");
    rawSql(path, "CREATE TABLE photos(id INTEGER PRIMARY KEY, name TEXT);");
    Result<Database> db = openStore(path);
    ASSERT_FALSE(db.ok());
    EXPECT_NE(db.status().message().find("not a Greenlight database"), std::string::npos);
}

TEST(Migrations, AFileThatIsNotADatabaseIsRefusedAndNotOverwritten)
{
    TempDir dir;
    const auto path = dir.file("notes.db");
    std::ofstream(path) << "these are my notes, not a database, and they must survive\n";
    Result<Database> db = openStore(path);
    ASSERT_FALSE(db.ok());
    EXPECT_EQ(db.status().code(), StatusCode::DataLoss);
    EXPECT_EQ(readFile(path), "these are my notes, not a database, and they must survive\n");
}

TEST(Migrations, AFailedUpgradeRollsBackToTheOldVersion)
{
    TempDir dir;
    const auto path = databaseFromFixture(dir, 3);
    // Something in the way of migration 4 makes it fail half-way.
    rawSql(path, "CREATE TABLE settings(key TEXT);");
    Result<Database> db = openStore(path);
    ASSERT_FALSE(db.ok());
    EXPECT_NE(db.status().message().find("migration to version 4 failed"), std::string::npos)
        << db.status().message();
    Result<Database> raw = Database::open(path);
    ASSERT_TRUE(raw.ok());
    EXPECT_EQ(schemaVersion(raw.value()).value(), 3);
    EXPECT_EQ(raw->queryInt("SELECT count(*) FROM sqlite_schema WHERE name = 'audit_head'").value(), 0);
    EXPECT_EQ(raw->queryInt("SELECT count(*) FROM audit_log").value(), 5);
}

} // namespace
} // namespace greenlight
