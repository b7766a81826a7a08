#include "storetestsupport.h"

#include "core/json/json.h"
#include "store/auditlog.h"
#include "store/storefile.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <sstream>

namespace greenlight {
namespace {

using testing::kT0;
using testing::rawSql;
using testing::TempDir;

constexpr int kRecords = 10;

// A database holding kRecords audit records; tests tamper with the file, then verify afresh.
class AuditLogTest : public ::testing::Test {
protected:
    void SetUp() override
    {
        Result<Database> db = openStore(m_path);
        ASSERT_TRUE(db.ok()) << db.status().toString();
        AuditLog log(db.value());
        for (int i = 1; i <= kRecords; ++i) {
            Result<AuditRecord> r = log.append({kT0 + Seconds{i}, i % 2 ? "alice" : "bob", "operator",
                                                "proposal.approve", "proposal", "P-" + std::to_string(i),
                                                {"reason " + std::to_string(i), "with, a \"quote\""},
                                                "{\"saving_g\":" + std::to_string(i * 100) + "}"});
            ASSERT_TRUE(r.ok()) << r.status().toString();
            m_hashes.push_back(r->hash);
        }
    }

    AuditVerification verify(const std::optional<AuditAnchor>& anchor = std::nullopt)
    {
        Result<Database> db = openStore(m_path);
        EXPECT_TRUE(db.ok()) << db.status().toString();
        Result<AuditVerification> v = AuditLog(db.value()).verify(anchor);
        EXPECT_TRUE(v.ok()) << v.status().toString();
        return v.ok() ? v.value() : AuditVerification{};
    }

    void tamper(const std::string& sql)
    {
        // What someone with write access to the file can do: the append-only triggers go first.
        rawSql(m_path, "DROP TRIGGER audit_log_no_update; DROP TRIGGER audit_log_no_delete; " + sql);
    }

    TempDir m_dir;
    std::filesystem::path m_path = m_dir.file("audit.db");
    std::vector<std::string> m_hashes;
};

TEST_F(AuditLogTest, UntouchedChainVerifies)
{
    const AuditVerification v = verify();
    EXPECT_TRUE(v.intact) << v.problem;
    EXPECT_EQ(v.recordsChecked, kRecords);
    EXPECT_EQ(v.head.seq, kRecords);
    EXPECT_EQ(v.head.hash, m_hashes.back());
    EXPECT_TRUE(verify(AuditAnchor{4, m_hashes[3]}).intact);
}

// Verification reads the chain and its head anchor from one snapshot: another process appending
// between the two reads looked like records deleted from the end.
TEST_F(AuditLogTest, AnAppendByAnotherConnectionDuringASnapshotIsNotSeenHalfway)
{
    Result<Database> reader = openStore(m_path);
    Result<Database> writer = openStore(m_path);
    ASSERT_TRUE(reader.ok() && writer.ok());
    {
        ReadSnapshot snapshot(reader.value());
        ASSERT_TRUE(snapshot.begun().isOk());
        ASSERT_EQ(reader->queryInt("SELECT count(*) FROM audit_log").value(), kRecords); // fixes the view
        ASSERT_TRUE(AuditLog(writer.value()).append({kT0 + Seconds{100}, "carol", "operator", "proposal.reject",
                                                     "proposal", "P-x", {"late"}, "{}"}).ok());
        Result<AuditVerification> v = AuditLog(reader.value()).verify();
        ASSERT_TRUE(v.ok());
        EXPECT_TRUE(v->intact) << v->problem;
        EXPECT_EQ(v->recordsChecked, kRecords);
    }
    EXPECT_EQ(AuditLog(reader.value()).verify()->recordsChecked, kRecords + 1);
}

TEST_F(AuditLogTest, TriggersRefuseUpdatesAndDeletes)
{
    Result<Database> db = openStore(m_path);
    ASSERT_TRUE(db.ok());
    EXPECT_FALSE(db->exec("UPDATE audit_log SET actor = 'mallory' WHERE seq = 2").isOk());
    EXPECT_FALSE(db->exec("DELETE FROM audit_log WHERE seq = 2").isOk());
    EXPECT_TRUE(AuditLog(db.value()).verify()->intact);
}

struct TamperCase {
    const char* name;
    const char* sql;
    std::int64_t firstBroken;
    const char* problemMentions;
};

class AuditTamper : public AuditLogTest, public ::testing::WithParamInterface<TamperCase> {};

TEST_P(AuditTamper, VerifyNamesTheFirstBrokenRecord)
{
    tamper(GetParam().sql);
    const AuditVerification v = verify();
    EXPECT_FALSE(v.intact);
    EXPECT_EQ(v.firstBrokenSeq, GetParam().firstBroken) << v.problem;
    EXPECT_NE(v.problem.find(GetParam().problemMentions), std::string::npos) << v.problem;
}

INSTANTIATE_TEST_SUITE_P(
    PlainSql, AuditTamper,
    ::testing::Values(
        TamperCase{"EditReason", "UPDATE audit_log SET reasons = '[\"nothing to see\"]' WHERE seq = 4", 4,
                   "edited"},
        TamperCase{"EditActor", "UPDATE audit_log SET actor = 'mallory' WHERE seq = 7", 7, "edited"},
        TamperCase{"EditTime", "UPDATE audit_log SET time = time + 3600 WHERE seq = 1", 1, "edited"},
        TamperCase{"EditInputs", "UPDATE audit_log SET inputs = '{\"saving_g\":9}' WHERE seq = 9", 9,
                   "edited"},
        TamperCase{"DeleteMiddle", "DELETE FROM audit_log WHERE seq = 5", 5, "missing"},
        TamperCase{"DeleteFirst", "DELETE FROM audit_log WHERE seq = 1", 1, "missing"},
        TamperCase{"DeleteTail", "DELETE FROM audit_log WHERE seq >= 9", 9, "deleted from the end"},
        TamperCase{"SwapTwoRecords",
                   "UPDATE audit_log SET seq = -3 WHERE seq = 3; UPDATE audit_log SET seq = 3 WHERE seq = 4;"
                   " UPDATE audit_log SET seq = 4 WHERE seq = -3;",
                   3, "link"},
        TamperCase{"InsertInTheMiddle",
                   "UPDATE audit_log SET seq = seq + 1000 WHERE seq >= 6;"
                   " UPDATE audit_log SET seq = seq - 999 WHERE seq >= 1000;"
                   " INSERT INTO audit_log SELECT 6, time, 'mallory', role, action, object_type, object_id,"
                   " reasons, inputs, (SELECT hash FROM audit_log WHERE seq = 5), hash FROM audit_log WHERE seq = 7;",
                   6, "edited"},
        TamperCase{"AppendForged",
                   "INSERT INTO audit_log SELECT 11, time, 'mallory', role, action, object_type, object_id,"
                   " reasons, inputs, hash, 'f00d' FROM audit_log WHERE seq = 10;",
                   11, "edited"},
        TamperCase{"ReplaceHashesOfEditedRecord",
                   "UPDATE audit_log SET actor = 'mallory', hash = 'abc' WHERE seq = 2", 2, "edited"}),
    [](const ::testing::TestParamInfo<TamperCase>& param) { return std::string(param.param.name); });

TEST_F(AuditLogTest, TruncationWithAForgedHeadIsCaughtByAnExternalAnchor)
{
    tamper("DELETE FROM audit_log WHERE seq = 10;"
           " UPDATE audit_head SET seq = 9, hash = (SELECT hash FROM audit_log WHERE seq = 9);");
    // Without an outside witness the shortened chain is self-consistent…
    EXPECT_TRUE(verify().intact);
    // …so auditors keep the head of their last export: that record is gone.
    const AuditVerification v = verify(AuditAnchor{10, m_hashes[9]});
    EXPECT_FALSE(v.intact);
    EXPECT_EQ(v.firstBrokenSeq, 10);
    EXPECT_NE(v.problem.find("no longer in the chain"), std::string::npos) << v.problem;
}

TEST_F(AuditLogTest, ARewrittenChainIsCaughtByAnExternalAnchor)
{
    // Rewrite record 3 and recompute every later hash, as an attacker who knows the format would.
    {
        tamper("UPDATE audit_log SET actor = 'mallory' WHERE seq = 3");
        Result<Database> db = openStore(m_path);
        ASSERT_TRUE(db.ok());
        std::vector<AuditRecord> records;
        ASSERT_TRUE(AuditLog(db.value()).forEach([&](const AuditRecord& r) {
            records.push_back(r);
            return true;
        }).isOk());
        std::string prev = kAuditGenesisHash;
        std::string sql;
        for (AuditRecord& r : records) {
            r.prevHash = prev;
            r.hash = auditRecordHash(prev, r);
            prev = r.hash;
            sql += "UPDATE audit_log SET prev_hash = '" + r.prevHash + "', hash = '" + r.hash
                + "' WHERE seq = " + std::to_string(r.seq) + ";";
        }
        sql += "UPDATE audit_head SET hash = '" + prev + "';";
        rawSql(m_path, sql);
    }
    EXPECT_TRUE(verify().intact);
    const AuditVerification v = verify(AuditAnchor{5, m_hashes[4]});
    EXPECT_FALSE(v.intact);
    EXPECT_EQ(v.firstBrokenSeq, 5);
    EXPECT_NE(v.problem.find("rewritten"), std::string::npos) << v.problem;
}

TEST_F(AuditLogTest, JsonLinesExportCanBeReverifiedIndependently)
{
    Result<Database> db = openStore(m_path);
    ASSERT_TRUE(db.ok());
    std::ostringstream out;
    ASSERT_TRUE(AuditLog(db.value()).exportTo(out, AuditExportFormat::JsonLines).isOk());

    std::istringstream lines(out.str());
    std::string line;
    std::string prev = kAuditGenesisHash;
    int count = 0;
    while (std::getline(lines, line)) {
        Result<JsonValue> doc = parseJson(line, "export");
        ASSERT_TRUE(doc.ok()) << doc.status().toString();
        AuditRecord r;
        r.seq = static_cast<std::int64_t>(doc->get("seq").asNumber());
        r.time = *parseIsoUtc(doc->get("time").asString());
        r.actor = doc->get("actor").asString();
        r.role = doc->get("role").asString();
        r.action = doc->get("action").asString();
        r.objectType = doc->get("object_type").asString();
        r.objectId = doc->get("object_id").asString();
        r.reasonsJson = doc->get("reasons").asString();
        r.inputsJson = doc->get("inputs").asString();
        EXPECT_EQ(doc->get("prev_hash").asString(), prev);
        prev = auditRecordHash(prev, r);
        EXPECT_EQ(doc->get("hash").asString(), prev);
        ++count;
    }
    EXPECT_EQ(count, kRecords);
    EXPECT_EQ(prev, m_hashes.back());
}

TEST_F(AuditLogTest, CsvExportQuotesCellsThatNeedIt)
{
    Result<Database> db = openStore(m_path);
    ASSERT_TRUE(db.ok());
    std::ostringstream out;
    ASSERT_TRUE(AuditLog(db.value()).exportTo(out, AuditExportFormat::Csv).isOk());
    const std::string csv = out.str();
    EXPECT_EQ(csv.rfind("seq,time,actor,role,action,object_type,object_id,reasons,inputs,prev_hash,hash\n", 0), 0u);
    EXPECT_NE(csv.find("\"[\"\"reason 1\"\",\"\"with, a \\\"\"quote\\\"\"\"\"]\""), std::string::npos) << csv;
    EXPECT_EQ(std::count(csv.begin(), csv.end(), '\n'), kRecords + 1);
}

TEST(AuditLog, RejectsRecordsWithoutActorOrWithMalformedInputs)
{
    TempDir dir;
    Result<Database> db = openStore(dir.file("a.db"));
    ASSERT_TRUE(db.ok());
    AuditLog log(db.value());
    EXPECT_EQ(log.append({kT0, "", "operator", "x", "", "", {}, "{}"}).status().code(),
              StatusCode::InvalidArgument);
    EXPECT_EQ(log.append({kT0, "alice", "operator", "x", "", "", {}, "{not json"}).status().code(),
              StatusCode::InvalidArgument);
    Result<AuditVerification> v = log.verify();
    ASSERT_TRUE(v.ok());
    EXPECT_TRUE(v->intact);
    EXPECT_EQ(v->recordsChecked, 0);
}

// A record is hashed and exported byte for byte; text in another encoding is refused, not stored.
TEST(AuditLog, TextThatIsNotUtf8IsRefusedAndNothingIsRecorded)
{
    TempDir dir;
    Result<Database> db = openStore(dir.file("a.db"));
    ASSERT_TRUE(db.ok());
    AuditLog log(db.value());
    const std::string latin1 = "caf\xe9 is closed"; // "café" typed on a Latin-1 terminal
    Result<AuditRecord> r = log.append({kT0, "olga", "operator", "proposal.approve", "proposal", "P-1", {latin1}, "{}"});
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.status().code(), StatusCode::InvalidArgument);
    EXPECT_NE(r.status().message().find("not valid UTF-8"), std::string::npos);
    EXPECT_EQ(db->queryInt("SELECT count(*) FROM audit_log").value(), 0);
    EXPECT_TRUE(log.append({kT0, "olga", "operator", "proposal.approve", "proposal", "P-1", {"caf\xc3\xa9 is open"}, "{}"}).ok());
}

TEST(AuditLog, RecordsRollBackWithTheChangeTheyDescribe)
{
    TempDir dir;
    Result<Database> db = openStore(dir.file("a.db"));
    ASSERT_TRUE(db.ok());
    AuditLog log(db.value());
    {
        Transaction tx(db.value());
        ASSERT_TRUE(log.append({kT0, "alice", "operator", "proposal.approve", "proposal", "P-1", {"ok"}}).ok());
        // no commit: the destructor rolls back
    }
    EXPECT_EQ(db->queryInt("SELECT count(*) FROM audit_log").value(), 0);
    EXPECT_TRUE(log.append({kT0, "alice", "operator", "proposal.approve", "proposal", "P-1", {"ok"}}).ok());
    EXPECT_EQ(log.verify()->recordsChecked, 1);
}

} // namespace
} // namespace greenlight
