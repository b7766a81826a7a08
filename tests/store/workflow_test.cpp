#include "storetestsupport.h"

#include "store/auditlog.h"
#include "store/dispatchclaims.h"
#include "store/operationsrecords.h"
#include "store/proposalrepository.h"
#include "store/storefile.h"
#include "store/userdirectory.h"
#include "store/workflow.h"

#include <gtest/gtest.h>

#include <sstream>

namespace greenlight {
namespace {

using testing::deferral;
using testing::kT0;
using testing::migration;
using testing::TempDir;
using testing::TestClock;

class WorkflowTest : public ::testing::Test {
protected:
    void SetUp() override
    {
        Result<Database> db = openStore(m_dir.file("wf.db"));
        ASSERT_TRUE(db.ok()) << db.status().toString();
        m_db = std::move(db.value());
        m_flow = std::make_unique<Workflow>(m_db, [this] { return m_clock(); });
        ASSERT_TRUE(m_flow->signIn("ada").ok()); // first: admin
        ASSERT_TRUE(m_flow->addUser("ada", "olga", Role::Operator).isOk());
        ASSERT_TRUE(m_flow->addUser("ada", "vic", Role::Viewer).isOk());
        ASSERT_TRUE(m_flow->addUser("ada", "eve", Role::Executive).isOk());
    }

    std::vector<AuditRecord> audit()
    {
        std::vector<AuditRecord> records;
        EXPECT_TRUE(AuditLog(m_db).forEach([&](const AuditRecord& r) {
            records.push_back(r);
            return true;
        }).isOk());
        return records;
    }

    // A proposal that needs a human: a 5 h deferral exceeds the default 2 h rule.
    Proposal needsHuman(const std::string& id)
    {
        Proposal p = deferral(id);
        p.plannedStart = p.originalStart + Hours{5};
        return p;
    }

    TempDir m_dir;
    TestClock m_clock;
    Database m_db;
    std::unique_ptr<Workflow> m_flow;
};

// $USER names the actor only for a caller who could rewrite the store file anyway; on a shared
// database, `USER=root greenlight-cli users add mallory --role admin` once made anyone an admin.
TEST(Identity, UserFromTheEnvironmentOnlyForWhoCouldRewriteTheStore)
{
    EXPECT_EQ(chooseIdentity("nobody", "root", false), "nobody");
    EXPECT_EQ(chooseIdentity("ada", "olga", true), "olga");
    EXPECT_EQ(chooseIdentity("ada", nullptr, true), "ada");
    EXPECT_EQ(chooseIdentity("ada", "bad name;", true), "ada"); // not a valid user name
    EXPECT_EQ(chooseIdentity("uid-1234", "root", false), "uid-1234"); // no passwd entry
    EXPECT_EQ(chooseIdentity("", nullptr, false), "unknown");
}

TEST_F(WorkflowTest, TheFirstUserIsAdminAndLaterStrangersAreViewers)
{
    EXPECT_EQ(m_flow->rolesOf("ada").value(), std::vector<Role>{Role::Admin});
    ASSERT_TRUE(m_flow->signIn("stranger").ok());
    EXPECT_EQ(m_flow->rolesOf("stranger").value(), std::vector<Role>{Role::Viewer});
    const auto records = audit();
    EXPECT_EQ(records.front().action, "user.bootstrap-admin");
    EXPECT_EQ(records.back().action, "user.register");
    EXPECT_EQ(m_flow->signIn("x; rm -rf /").status().code(), StatusCode::InvalidArgument);
}

TEST_F(WorkflowTest, ShortDeferralsAreAutoApprovedAndSayByWhichRule)
{
    Result<Proposal> p = m_flow->file(deferral("P-1"));
    ASSERT_TRUE(p.ok()) << p.status().toString();
    EXPECT_EQ(p->state, ProposalState::Approved);
    EXPECT_EQ(p->decidedBy.rfind("auto:", 0), 0u) << p->decidedBy;
    const auto records = audit();
    ASSERT_GE(records.size(), 2u);
    EXPECT_EQ(records[records.size() - 2].action, "proposal.file");
    EXPECT_EQ(records.back().action, "proposal.auto-approve");
}

struct RoutingCase {
    const char* name;
    Proposal proposal;
    BudgetState budget;
    ProposalState expected;
    const char* reasonMentions; // in the filing record's reasons
};

class ApprovalRouting : public WorkflowTest, public ::testing::WithParamInterface<RoutingCase> {};

TEST_P(ApprovalRouting, GoesToAutoApprovalOrHumanReview)
{
    Proposal p = GetParam().proposal;
    p.budgetState = GetParam().budget;
    Result<Proposal> filed = m_flow->file(p);
    ASSERT_TRUE(filed.ok()) << filed.status().toString();
    EXPECT_EQ(filed->state, GetParam().expected);
    bool mentioned = false;
    for (const AuditRecord& r : audit())
        if (r.action == "proposal.file" && r.reasonsJson.find(GetParam().reasonMentions) != std::string::npos)
            mentioned = true;
    EXPECT_TRUE(mentioned) << GetParam().reasonMentions;
}

Proposal longDeferral()
{
    Proposal p = deferral("P-long");
    p.plannedStart = p.originalStart + Hours{5};
    return p;
}

Proposal pessimisticDeferral()
{
    Proposal p = deferral("P-risky");
    p.savingLowG = -200.0;
    return p;
}

INSTANTIATE_TEST_SUITE_P(
    DefaultRules, ApprovalRouting,
    ::testing::Values(
        RoutingCase{"ShortDeferral", deferral("P-a"), BudgetState::Normal, ProposalState::Approved, "40 %"},
        RoutingCase{"CriticalBudget", deferral("P-b"), BudgetState::Critical, ProposalState::Proposed,
                    "CRITICAL"},
        RoutingCase{"LongDeferral", longDeferral(), BudgetState::Normal, ProposalState::Proposed, "exceeds"},
        RoutingCase{"CrossJurisdictionMigration", migration("P-c", "osl1", "NO"), BudgetState::Normal,
                    ProposalState::Proposed, "across jurisdictions"},
        RoutingCase{"MigrationWithinJurisdiction", migration("P-d", "par1", "EU"), BudgetState::Normal,
                    ProposalState::Proposed, "does not auto-approve migrations"},
        RoutingCase{"BandIncludesNoSaving", pessimisticDeferral(), BudgetState::Normal,
                    ProposalState::Proposed, "pessimistic"}),
    [](const ::testing::TestParamInfo<RoutingCase>& param) { return std::string(param.param.name); });

TEST_F(WorkflowTest, OperatorApprovesWithAReasonAndTheTrailShowsIt)
{
    ASSERT_TRUE(m_flow->file(needsHuman("P-1")).ok());
    EXPECT_EQ(m_flow->approve("olga", "P-1", "  ").status().code(), StatusCode::InvalidArgument);
    m_clock.now += Seconds{90};
    Result<Proposal> p = m_flow->approve("olga", "P-1", "fits the training SLO");
    ASSERT_TRUE(p.ok()) << p.status().toString();
    EXPECT_EQ(p->state, ProposalState::Approved);
    EXPECT_EQ(p->decidedBy, "olga");
    EXPECT_EQ(p->decisionReason, "fits the training SLO");
    const AuditRecord last = audit().back();
    EXPECT_EQ(last.actor, "olga");
    EXPECT_EQ(last.role, "operator");
    EXPECT_EQ(last.action, "proposal.approve");
    EXPECT_EQ(last.time, kT0 + Seconds{90});
    EXPECT_NE(last.inputsJson.find("\"expected_saving_g\":1200"), std::string::npos) << last.inputsJson;

    // A decided proposal cannot be decided again.
    EXPECT_EQ(m_flow->reject("olga", "P-1", "changed my mind").status().code(), StatusCode::FailedPrecondition);
}

TEST_F(WorkflowTest, AViewerCannotApproveAndTheRefusalIsAudited)
{
    ASSERT_TRUE(m_flow->file(needsHuman("P-1")).ok());
    Result<Proposal> refused = m_flow->approve("vic", "P-1", "looks good to me");
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.status().code(), StatusCode::PermissionDenied);
    EXPECT_NE(refused.status().message().find("vic (viewer) may not approve-proposal"), std::string::npos)
        << refused.status().message();
    EXPECT_EQ(m_flow->show("vic", "P-1")->state, ProposalState::Proposed);
    const AuditRecord last = audit().back();
    EXPECT_EQ(last.action, "access.denied");
    EXPECT_EQ(last.actor, "vic");
    EXPECT_EQ(last.objectId, "P-1");
}

TEST_F(WorkflowTest, AnOperatorCannotEditUsersAndTheRefusalIsAudited)
{
    Status s = m_flow->grant("olga", "olga", Role::Admin);
    EXPECT_EQ(s.code(), StatusCode::PermissionDenied);
    EXPECT_EQ(m_flow->rolesOf("olga").value(), std::vector<Role>{Role::Operator});
    EXPECT_EQ(audit().back().action, "access.denied");
    EXPECT_EQ(m_flow->addUser("olga", "mallory", Role::Admin).code(), StatusCode::PermissionDenied);
    EXPECT_EQ(m_flow->setApprovalRules("olga", ApprovalRules{}).code(), StatusCode::PermissionDenied);
}

TEST_F(WorkflowTest, AdminsDoNotApproveUnlessTheyGrantThemselvesOperator)
{
    ASSERT_TRUE(m_flow->file(needsHuman("P-1")).ok());
    EXPECT_EQ(m_flow->approve("ada", "P-1", "ok").status().code(), StatusCode::PermissionDenied);
    ASSERT_TRUE(m_flow->grant("ada", "ada", Role::Operator).isOk());
    EXPECT_TRUE(m_flow->approve("ada", "P-1", "ok").ok());
    EXPECT_EQ(m_flow->revoke("ada", "ada", Role::Admin).code(), StatusCode::FailedPrecondition)
        << "the last admin cannot be removed";
}

TEST_F(WorkflowTest, OnlyExecutivesAndAdminsExportTheAuditLog)
{
    std::ostringstream out;
    EXPECT_EQ(m_flow->exportAudit("olga", out, AuditExportFormat::JsonLines).code(), StatusCode::PermissionDenied);
    EXPECT_TRUE(out.str().empty());
    EXPECT_TRUE(m_flow->exportAudit("eve", out, AuditExportFormat::JsonLines).isOk());
    EXPECT_FALSE(out.str().empty());
    EXPECT_EQ(audit().back().action, "audit.export");
    EXPECT_TRUE(m_flow->verifyAudit("vic")->intact);
}

TEST_F(WorkflowTest, EditedRulesChangeWhatIsAutoApproved)
{
    ApprovalRules rules;
    rules.rules.push_back({.policy = "spatiotemporal", .maxDeferral = Hours{6}, .allowMigrations = true});
    ASSERT_TRUE(m_flow->setApprovalRules("ada", rules).isOk());
    EXPECT_EQ(m_flow->approvalRules()->rules.size(), 1u);
    Proposal within = migration("P-eu", "par1", "EU");
    EXPECT_EQ(m_flow->file(within)->state, ProposalState::Approved);
    EXPECT_EQ(m_flow->file(migration("P-no", "osl1", "NO"))->state, ProposalState::Proposed)
        << "never across jurisdictions, whatever the rules say";
    EXPECT_EQ(m_flow->file(deferral("P-cw"))->state, ProposalState::Proposed)
        << "no rule for carbon-window any more";
}

TEST_F(WorkflowTest, TheFullLifecycleIsAuditedStepByStep)
{
    ASSERT_TRUE(m_flow->file(needsHuman("P-1")).ok());
    ASSERT_TRUE(m_flow->approve("olga", "P-1", "fine").ok());
    ASSERT_TRUE(m_flow->revalidate("olga", "P-1", 1100.0).ok());
    ASSERT_EQ(m_flow->markDispatched("olga", "P-1", "sbatch job 4242")->state, ProposalState::Dispatched);
    ASSERT_EQ(m_flow->fail("P-1", "node drained")->state, ProposalState::Failed);
    ASSERT_EQ(m_flow->rollBack("olga", "P-1", "restore the original start")->state, ProposalState::RolledBack);
    EXPECT_EQ(m_flow->rollBack("olga", "P-1", "again").status().code(), StatusCode::FailedPrecondition);

    Result<std::vector<ProposalEvent>> events = ProposalRepository(m_db).events("P-1");
    ASSERT_TRUE(events.ok());
    std::vector<ProposalState> path;
    for (const ProposalEvent& e : events.value())
        path.push_back(e.to);
    EXPECT_EQ(path, (std::vector<ProposalState>{ProposalState::Approved, ProposalState::Dispatched,
                                                ProposalState::Failed, ProposalState::RolledBack}));
    EXPECT_TRUE(m_flow->verifyAudit("vic")->intact);
}

TEST_F(WorkflowTest, AStaleProposalExpiresInsteadOfBeingDispatched)
{
    ASSERT_TRUE(m_flow->file(needsHuman("P-1")).ok());
    ASSERT_TRUE(m_flow->approve("olga", "P-1", "fine").ok());
    Result<Proposal> p = m_flow->revalidate("olga", "P-1", 200.0); // the new forecast erased the saving
    ASSERT_TRUE(p.ok()) << p.status().toString();
    EXPECT_EQ(p->state, ProposalState::Expired);
    EXPECT_NE(p->decisionReason.find("fell from 1.2 kg to 0.2 kg"), std::string::npos) << p->decisionReason;
    EXPECT_EQ(m_flow->markDispatched("olga", "P-1", "").status().code(), StatusCode::FailedPrecondition);
}

TEST_F(WorkflowTest, OpenProposalsExpireWhenTheDeadlineCanNoLongerBeMet)
{
    ApprovalRules patient = ApprovalRules::defaults();
    patient.rules[0].humanTimeout = Hours{48}; // only the deadline matters here
    ASSERT_TRUE(m_flow->setApprovalRules("ada", patient).isOk());
    ASSERT_TRUE(m_flow->file(needsHuman("P-late")).ok());
    Proposal later = needsHuman("P-fine");
    later.deadline = kT0 + Hours{40};
    ASSERT_TRUE(m_flow->file(later).ok());
    m_clock.now = kT0 + Hours{13}; // P-late must finish by 14:00 and runs 2 h
    EXPECT_EQ(m_flow->expireOverdue().value(), 1);
    EXPECT_EQ(m_flow->show("vic", "P-late")->state, ProposalState::Expired);
    EXPECT_EQ(m_flow->show("vic", "P-fine")->state, ProposalState::Proposed);
}

// A cluster took the job but recording it failed (the process died, the database was busy): the
// proposal is still approved. Expiring it would say the job keeps its original plan while it
// runs, and refuse the re-dispatch that settles it. The same while a dispatch holds its claim.
TEST_F(WorkflowTest, AnApprovedProposalAClusterTookIsNotExpired)
{
    ApprovalRules patient = ApprovalRules::defaults();
    patient.rules[0].humanTimeout = Hours{48};
    ASSERT_TRUE(m_flow->setApprovalRules("ada", patient).isOk());
    for (const char* id : {"P-sent", "P-claimed", "P-failed", "P-dry"}) {
        ASSERT_TRUE(m_flow->file(needsHuman(id)).ok());
        ASSERT_TRUE(m_flow->approve("olga", id, "fine").ok());
    }
    OperationsRecords records(m_db);
    auto journal = [&](const char* id, const char* outcome, bool dry) {
        DispatchActionRecord action;
        action.proposalId = id;
        action.cluster = "fra1";
        action.action = "submit";
        action.idempotencyKey = id;
        action.request = "sbatch …";
        action.dryRun = dry;
        action.startedAt = kT0;
        Result<std::int64_t> a = records.startDispatch(action);
        ASSERT_TRUE(a.ok()) << a.status().toString();
        if (std::string(outcome) != "pending") {
            ASSERT_TRUE(records.finishDispatch(a.value(), outcome, "", kT0).isOk());
        }
    };
    journal("P-sent", "ok", false);
    journal("P-failed", "failed", false);
    journal("P-dry", "ok", true);
    ASSERT_TRUE(DispatchClaims(m_db).claim("P-claimed", "olga (pid 7)", kT0 + Hours{12} + Seconds{1800}, Seconds{3600}).ok());

    m_clock.now = kT0 + Hours{13}; // each must finish by 14:00 and runs 2 h
    EXPECT_EQ(m_flow->expireOverdue().value(), 2);
    EXPECT_EQ(m_flow->show("vic", "P-sent")->state, ProposalState::Approved);
    EXPECT_EQ(m_flow->show("vic", "P-claimed")->state, ProposalState::Approved);
    EXPECT_EQ(m_flow->show("vic", "P-failed")->state, ProposalState::Expired);
    EXPECT_EQ(m_flow->show("vic", "P-dry")->state, ProposalState::Expired);
    m_clock.now = kT0 + Hours{13} + Seconds{1800}; // the claim lapsed: its holder died
    EXPECT_EQ(m_flow->expireOverdue().value(), 1);
    EXPECT_EQ(m_flow->show("vic", "P-claimed")->state, ProposalState::Expired);
    EXPECT_TRUE(m_flow->verifyAudit("vic")->intact);
}

// A console refreshing every 15 s for a user whose roles were revoked: the refusal is recorded
// once an hour, not each time (5,760 records a day).
TEST_F(WorkflowTest, TheSameRefusalIsAuditedOnceAnHour)
{
    ASSERT_TRUE(m_flow->revoke("ada", "vic", Role::Viewer).isOk());
    auto denials = [this] {
        int n = 0;
        for (const AuditRecord& r : audit())
            n += r.action == "access.denied" && r.actor == "vic" ? 1 : 0;
        return n;
    };
    for (int i = 0; i < 4; ++i) {
        EXPECT_EQ(m_flow->list("vic", std::nullopt).status().code(), StatusCode::PermissionDenied);
        m_clock.now += Seconds{15};
    }
    EXPECT_EQ(denials(), 1);
    EXPECT_EQ(m_flow->show("vic", "P-x").status().code(), StatusCode::PermissionDenied); // another object
    EXPECT_EQ(denials(), 2);
    m_clock.now += Hours{1};
    EXPECT_EQ(m_flow->list("vic", std::nullopt).status().code(), StatusCode::PermissionDenied);
    EXPECT_EQ(denials(), 3);
    EXPECT_TRUE(m_flow->verifyAudit("ada")->intact);
}

// Auto-approval is judged against now too: a plan whose start has passed, or whose job can no
// longer meet its deadline, goes to a human (it was approved by the default rule).
TEST_F(WorkflowTest, NoRuleApprovesAloneAPlanWhoseStartHasPassed)
{
    Result<Proposal> fresh = m_flow->file(deferral("P-now"));
    ASSERT_TRUE(fresh.ok());
    EXPECT_EQ(fresh->state, ProposalState::Approved);
    m_clock.now = kT0 + Hours{3}; // the plan said start at 02:00
    Result<Proposal> stale = m_flow->file(deferral("P-stale"));
    ASSERT_TRUE(stale.ok());
    EXPECT_EQ(stale->state, ProposalState::Proposed);
    m_clock.now = kT0 + Hours{13}; // 2 h of work, deadline 14:00
    Result<Proposal> late = m_flow->file(deferral("P-late"));
    ASSERT_TRUE(late.ok());
    EXPECT_EQ(late->state, ProposalState::Proposed);
    EXPECT_EQ(m_flow->expireOverdue().value(), 3); // P-now and P-stale are past their deadline as well
    EXPECT_EQ(m_flow->show("vic", "P-late")->state, ProposalState::Expired);
    // Filed a few minutes after its start (the planner's own latency): still approved alone.
    m_clock.now = kT0 + Hours{2} + Seconds{600};
    Proposal recent = deferral("P-recent");
    EXPECT_EQ(m_flow->file(recent)->state, ProposalState::Approved);
}

// Approving a proposal that can no longer meet its deadline expires it instead (one whose
// deadline had passed years before was approved, and could then be dispatched).
TEST_F(WorkflowTest, AnOverdueProposalExpiresRatherThanBeApproved)
{
    ApprovalRules patient = ApprovalRules::defaults();
    patient.rules[0].humanTimeout = Hours{48};
    ASSERT_TRUE(m_flow->setApprovalRules("ada", patient).isOk());
    ASSERT_TRUE(m_flow->file(needsHuman("P-late")).ok());
    m_clock.now = kT0 + Hours{13}; // P-late must finish by 14:00 and runs 2 h
    const Result<Proposal> approved = m_flow->approve("olga", "P-late", "looks fine");
    ASSERT_FALSE(approved.ok());
    EXPECT_NE(approved.status().message().find("is expired, not proposed"), std::string::npos)
        << approved.status().message();
    EXPECT_EQ(m_flow->show("vic", "P-late")->state, ProposalState::Expired);
}

TEST_F(WorkflowTest, AProposalNobodyDecidesOnExpiresAfterTheHumanTimeout)
{
    Proposal p = needsHuman("P-waiting");
    p.deadline = kT0 + Hours{40};
    ASSERT_TRUE(m_flow->file(p).ok());
    m_clock.now = kT0 + std::chrono::minutes{59};
    EXPECT_EQ(m_flow->expireOverdue().value(), 0);
    m_clock.now = kT0 + std::chrono::minutes{60};
    EXPECT_EQ(m_flow->expireOverdue().value(), 1);
    Result<Proposal> expired = m_flow->show("vic", "P-waiting");
    EXPECT_EQ(expired->state, ProposalState::Expired);
    EXPECT_NE(expired->decisionReason.find("no operator decided within 60 min"), std::string::npos)
        << expired->decisionReason;

    ApprovalRules patient = ApprovalRules::defaults();
    patient.rules[0].humanTimeout = Hours{8};
    ASSERT_TRUE(m_flow->setApprovalRules("ada", patient).isOk());
    Proposal q = needsHuman("P-patient");
    q.deadline = kT0 + Hours{40};
    ASSERT_TRUE(m_flow->file(q).ok());
    m_clock.now += Hours{7};
    EXPECT_EQ(m_flow->expireOverdue().value(), 0);
}

TEST_F(WorkflowTest, TwoOperatorsRacingOnOneProposalCannotBothWin)
{
    ASSERT_TRUE(m_flow->file(needsHuman("P-1")).ok());
    ASSERT_TRUE(m_flow->addUser("ada", "otto", Role::Operator).isOk());
    Result<Database> second = openStore(m_dir.file("wf.db"));
    ASSERT_TRUE(second.ok());
    Workflow other(second.value(), [this] { return m_clock(); });
    ASSERT_TRUE(m_flow->approve("olga", "P-1", "go").ok());
    Result<Proposal> late = other.reject("otto", "P-1", "no");
    EXPECT_EQ(late.status().code(), StatusCode::FailedPrecondition);
    EXPECT_EQ(m_flow->show("vic", "P-1")->decidedBy, "olga");
}

TEST_F(WorkflowTest, InvalidProposalsAreRefusedWithAReason)
{
    Proposal noReason = deferral("P-x");
    noReason.reasons.clear();
    EXPECT_NE(m_flow->file(noReason).status().message().find("no reason"), std::string::npos);
    Proposal late = deferral("P-y");
    late.plannedStart = late.deadline;
    EXPECT_NE(m_flow->file(late).status().message().find("after the job's deadline"), std::string::npos);
    ASSERT_TRUE(m_flow->file(deferral("P-z")).ok());
    EXPECT_NE(m_flow->file(deferral("P-z")).status().message().find("already exists"), std::string::npos);
}

} // namespace
} // namespace greenlight
