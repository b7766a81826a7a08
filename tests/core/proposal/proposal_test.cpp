#include "core/proposal/approvalrules.h"
#include "core/proposal/proposal.h"
#include "core/proposal/proposaljson.h"
#include "core/proposal/revalidation.h"

#include <gtest/gtest.h>

#include <set>

namespace greenlight {
namespace {

const UtcTime kT0 = UtcTime{Seconds{1'735'689'600}};

Proposal deferral()
{
    Proposal p;
    p.id = "P-1";
    p.policy = "carbon-window";
    p.kind = ProposalKind::Defer;
    p.jobId = "job-1";
    p.sourceSite = p.targetSite = "fra1";
    p.sourceJurisdiction = p.targetJurisdiction = "EU";
    p.originalStart = kT0;
    p.plannedStart = kT0 + Hours{1};
    p.deadline = kT0 + Hours{10};
    p.runDuration = Hours{3};
    p.expectedSavingG = 2000;
    p.savingLowG = 500;
    p.savingHighG = 3000;
    p.reasons = {"cleaner later"};
    return p;
}

TEST(ProposalLifecycle, OnlyTheDocumentedEdgesAreAllowed)
{
    using S = ProposalState;
    const S all[] = {S::Proposed, S::Approved, S::Rejected, S::Expired, S::Dispatched,
                     S::Confirmed, S::Failed, S::RolledBack};
    const std::set<std::pair<S, S>> allowed = {
        {S::Proposed, S::Approved}, {S::Proposed, S::Rejected}, {S::Proposed, S::Expired},
        {S::Approved, S::Dispatched}, {S::Approved, S::Expired},   {S::Dispatched, S::Confirmed},
        {S::Dispatched, S::Failed},   {S::Confirmed, S::RolledBack}, {S::Failed, S::RolledBack},
    };
    for (S from : all)
        for (S to : all)
            EXPECT_EQ(checkTransition(from, to).isOk(), allowed.count({from, to}) == 1)
                << proposalStateName(from) << " -> " << proposalStateName(to);
    EXPECT_NE(checkTransition(S::Rejected, S::Approved).message().find("a rejected proposal cannot become approved"),
              std::string::npos);
}

TEST(ProposalValidation, KindMustMatchWhatChanges)
{
    EXPECT_TRUE(validateProposal(deferral()).isOk());
    Proposal moved = deferral();
    moved.targetSite = "osl1";
    EXPECT_FALSE(validateProposal(moved).isOk()) << "a deferral that moves";
    moved.kind = ProposalKind::DeferAndMigrate;
    EXPECT_TRUE(validateProposal(moved).isOk());
    Proposal late = deferral();
    late.plannedStart = kT0 + Hours{8};
    EXPECT_NE(validateProposal(late).message().find("after the job's deadline"), std::string::npos);
    Proposal band = deferral();
    band.savingHighG = 100;
    EXPECT_NE(validateProposal(band).message().find("outside its own band"), std::string::npos);
}

struct RuleCase {
    const char* name;
    Proposal proposal;
    bool autoApprove;
    const char* reasonMentions;
};

Proposal with(Proposal p, void (*change)(Proposal&))
{
    change(p);
    return p;
}

class DefaultRules : public ::testing::TestWithParam<RuleCase> {};

TEST_P(DefaultRules, DecideAsDocumented)
{
    const ApprovalDecision d = decideApproval(GetParam().proposal, ApprovalRules::defaults());
    EXPECT_EQ(d.autoApprove, GetParam().autoApprove) << d.reason;
    EXPECT_NE(d.reason.find(GetParam().reasonMentions), std::string::npos) << d.reason;
}

INSTANTIATE_TEST_SUITE_P(
    Table, DefaultRules,
    ::testing::Values(
        RuleCase{"OneHourDeferral", deferral(), true, "auto-approved"},
        RuleCase{"ExactlyTwoHours", with(deferral(), [](Proposal& p) { p.plannedStart = p.originalStart + Hours{2}; }),
                 true, "2 h"},
        RuleCase{"ThreeHours", with(deferral(), [](Proposal& p) { p.plannedStart = p.originalStart + Hours{3}; }),
                 false, "exceeds"},
        RuleCase{"Critical", with(deferral(), [](Proposal& p) { p.budgetState = BudgetState::Critical; }), false,
                 "CRITICAL"},
        RuleCase{"Restricted", with(deferral(), [](Proposal& p) { p.budgetState = BudgetState::Restricted; }),
                 true, "auto-approved"},
        RuleCase{"LittleSlack", with(deferral(), [](Proposal& p) { p.deadline = p.plannedStart + Hours{3} + Seconds{600}; }),
                 false, "slack"},
        RuleCase{"CrossBorder", with(deferral(), [](Proposal& p) {
                     p.kind = ProposalKind::Migrate;
                     p.plannedStart = p.originalStart;
                     p.targetSite = "lon1";
                     p.targetJurisdiction = "UK";
                 }),
                 false, "from EU to UK"}),
    [](const ::testing::TestParamInfo<RuleCase>& param) { return std::string(param.param.name); });

TEST(ApprovalRules, ParseRejectsUnknownFieldsAndBadValues)
{
    auto parse = [](const char* text) { return parseApprovalRules(parseJson(text, "t").value()); };
    EXPECT_TRUE(parse(R"({"rules":[{"policy":"x","maxDeferralHours":4}]})").ok());
    EXPECT_NE(parse(R"({"rules":[{"maxDelay":4}]})").status().message().find("unknown field 'maxDelay'"),
              std::string::npos);
    EXPECT_FALSE(parse(R"({"rules":[{"maxDeferralHours":-1}]})").ok());
    // Values of the wrong type are refused (they were read as the defaults and reported as set).
    EXPECT_NE(parse(R"({"rules":[{"maxDeferralHours":"4"}]})").status().message().find("maxDeferralHours must be a number"),
              std::string::npos);
    EXPECT_NE(parse(R"({"rules":[{"allowMigrations":1}]})").status().message().find("allowMigrations must be true or false"),
              std::string::npos);
    EXPECT_NE(parse(R"({"rules":[{"requireBandSaving":"no"}]})").status().message().find("must be true or false"),
              std::string::npos);
    EXPECT_NE(parse(R"({"rules":[{"policy":7}]})").status().message().find("policy must be a policy name"),
              std::string::npos);
    EXPECT_TRUE(parse(R"({"rules":[{"policy":"*","allowMigrations":true,"minSlackMinutes":0}]})").ok());
    EXPECT_FALSE(parse(R"({"rule":[]})").ok());
    const ApprovalRules round = parseApprovalRules(approvalRulesToJson(ApprovalRules::defaults())).value();
    EXPECT_EQ(round.rules.size(), 1u);
    EXPECT_EQ(round.rules[0].maxDeferral, Hours{2});
    EXPECT_EQ(round.rules[0].humanTimeout, Hours{1});
    EXPECT_FALSE(parse(R"({"rules":[{"humanTimeoutMinutes":0}]})").ok());
    EXPECT_EQ(parse(R"({"rules":[{"humanTimeoutMinutes":90}]})")->rules[0].humanTimeout, Seconds{5400});
    // Two rules for one policy: the first used to win silently.
    EXPECT_NE(parse(R"({"rules":[{"policy":"x"},{"policy":"x","maxDeferralHours":8}]})")
                  .status().message().find("a second rule for policy 'x'"),
              std::string::npos);
}

TEST(Revalidation, ExpiresOnMissedDeadlinesAndShrunkSavings)
{
    const Proposal p = deferral();
    EXPECT_TRUE(revalidate(p, kT0, 1900).stillValid);
    EXPECT_FALSE(revalidate(p, kT0, 900).stillValid); // under half of 2 kg
    EXPECT_FALSE(revalidate(p, kT0, -5).stillValid);
    EXPECT_FALSE(revalidate(p, kT0 + Hours{8}, 2000).stillValid); // 3 h run no longer fits
    EXPECT_NE(revalidate(p, kT0 + Hours{8}, 2000).reason.find("deadline"), std::string::npos);
}

TEST(ProposalJson, RoundTripsAndNamesTheBadField)
{
    Proposal p = deferral();
    p.gpus = 4; // dispatch asks the cluster for them
    Result<Proposal> back = proposalFromJson(proposalToJson(p), "p.json");
    ASSERT_TRUE(back.ok()) << back.status().toString();
    EXPECT_EQ(back->gpus, 4);
    EXPECT_EQ(back->plannedStart, p.plannedStart);
    EXPECT_DOUBLE_EQ(back->expectedSavingG, p.expectedSavingG);
    EXPECT_EQ(back->reasons, p.reasons);
    JsonValue broken = proposalToJson(p);
    broken.set("kind", JsonValue::string("teleport"));
    EXPECT_NE(proposalFromJson(broken, "p.json").status().message().find("teleport"), std::string::npos);
    broken = proposalToJson(p);
    broken.set("deadline", JsonValue::string("tomorrow"));
    EXPECT_NE(proposalFromJson(broken, "p.json").status().message().find("\"deadline\""), std::string::npos);
    // A misspelt field is named, not dropped.
    broken = proposalToJson(p);
    broken.set("budget_sate", JsonValue::string("CRITICAL"));
    EXPECT_NE(proposalFromJson(broken, "p.json").status().message().find("unknown field \"budget_sate\""),
              std::string::npos);
    broken = proposalToJson(p);
    broken.set("gpus", JsonValue::number(2.5));
    EXPECT_NE(proposalFromJson(broken, "p.json").status().message().find("\"gpus\" must be a whole number"),
              std::string::npos);
}

} // namespace
} // namespace greenlight

#include "core/proposal/proposalsfromrun.h"

namespace greenlight {
namespace {

// The band comes from the errors of the jobs finished before the decision, their 10th and 90th
// percentiles by rank, and only those: a job finishing later does not count.
TEST(ProposalsFromRun, TheBandUsesOnlyJobsFinishedBeforeTheDecision)
{
    Site fra;
    fra.id = "fra1";
    fra.jurisdiction = "EU";
    Site osl;
    osl.id = "osl1";
    osl.jurisdiction = "EU";
    const Fleet fleet("test", {fra, osl}, {});
    SimulationRun baseline;
    SimulationRun run;
    run.policy = "spatiotemporal";
    std::vector<Job> jobs;
    auto add = [&](const std::string& id, UtcTime submit, std::size_t site, double expectedKg, double errorShare) {
        SimulationRecord r;
        r.jobId = id;
        r.submit = submit;
        r.start = submit;
        r.finish = submit + Hours{1};
        r.placed = true;
        r.gpus = 1;
        r.expectedKg = expectedKg;
        r.emissionsKg = expectedKg * (1.0 + errorShare);
        SimulationRecord b = r;
        b.site = 0;
        b.expectedKg = 10.0;
        r.site = site;
        baseline.records.push_back(b);
        run.records.push_back(r);
        Job job;
        job.id = id;
        job.submit = submit;
        job.duration = Hours{1};
        job.maxDelay = Hours{4};
        jobs.push_back(job);
    };
    // 40 jobs finished by the 40th hour with errors −0.20 .. +0.19 (shuffled), then one finishing
    // after the decision (hour 41) with a huge error, which must not count.
    for (int i = 0; i < 40; ++i)
        add("e" + std::to_string(i), kT0 + Hours{(i * 7) % 40}, 0, 10.0, ((i * 13) % 40 - 20) / 100.0);
    add("late", kT0 + Hours{40} + std::chrono::minutes{30}, 0, 10.0, 5.0);
    add("moved", kT0 + Hours{41}, 1, 4.0, 0.0);
    const auto proposals = proposalsFromRun(fleet, jobs, baseline, run, {});
    ASSERT_EQ(proposals.size(), 1u);
    // Ranks floor(0.1 × 39) = 3 and floor(0.9 × 39) = 35 of −0.20 .. +0.19: −0.17 and +0.15.
    // Low end: 10 × (1 − 0.17) − 4 × (1 + 0.15) = 3.7 kg; high end: 10 × 1.15 − 4 × 0.83 = 8.18 kg.
    EXPECT_NEAR(proposals[0].savingLowG, 3700.0, 1e-6);
    EXPECT_NEAR(proposals[0].savingHighG, 8180.0, 1e-6);
}

// Approvals counted as filing decides them: a deferral Permit let pass (no band at decision time)
// waits for a human when its band includes no saving; a decision without a proposal keeps
// Permit's verdict. (simulate counted 15 fewer approvals than filing asked for on Alibaba.)
TEST(ProposalsFromRun, ApprovalsAreCountedAsFilingDecides)
{
    SimulationRun run;
    SimulationRecord deferred;
    deferred.jobId = "deferred";
    deferred.needsApproval = false;
    SimulationRecord moved = deferred;
    moved.jobId = "moved";
    moved.needsApproval = true; // Permit: a move waits; no proposal (it saves under 1 g)
    run.records = {deferred, moved};
    Proposal p = deferral();
    p.jobId = "deferred";
    p.savingLowG = -5.0; // the band's pessimistic end saves nothing
    countApprovalsAsFiled(run, {p}, ApprovalRules::defaults());
    EXPECT_TRUE(run.records[0].needsApproval);
    EXPECT_TRUE(run.records[1].needsApproval);
    EXPECT_EQ(run.approvalsNeeded, 2u);
    p.savingLowG = 5.0;
    countApprovalsAsFiled(run, {p}, ApprovalRules::defaults());
    EXPECT_FALSE(run.records[0].needsApproval);
    EXPECT_EQ(run.approvalsNeeded, 1u);
}

TEST(ProposalsFromRun, MovedOrLaterJobsBecomeProposalsWithTheirSavingAndABand)
{
    Site fra;
    fra.id = "fra1";
    fra.jurisdiction = "EU";
    Site osl;
    osl.id = "osl1";
    osl.jurisdiction = "NO";
    const Fleet fleet("test", {fra, osl}, {});

    auto record = [](const char* id, std::size_t site, UtcTime start, double expectedKg) {
        SimulationRecord r;
        r.jobId = id;
        r.site = site;
        r.gpus = 3;
        r.submit = kT0;
        r.start = start;
        r.finish = start + Hours{2};
        r.expectedKg = expectedKg;
        r.emissionsKg = expectedKg;
        r.placed = true;
        r.reason = std::string("reason for ") + id;
        return r;
    };
    Job a;
    a.id = "a";
    a.duration = Hours{2};
    a.submit = kT0;
    a.maxDelay = Hours{12};
    Job b = a;
    b.id = "b";
    Job c = a;
    c.id = "c";
    Job d = a;
    d.id = "d";
    SimulationRun baseline;
    baseline.records = {record("a", 0, kT0, 10.0), record("b", 0, kT0, 10.0), record("c", 0, kT0, 10.0),
                        record("d", 0, kT0, 10.0)};
    SimulationRun run;
    run.policy = "spatiotemporal";
    run.outlook = "ridge";
    run.records = {record("a", 1, kT0, 2.0),             // moved: saves 8 kg
                   record("b", 0, kT0 + Hours{3}, 7.0),  // deferred: saves 3 kg
                   record("c", 0, kT0, 10.0),            // unchanged: no proposal
                   record("d", 1, kT0 + Hours{1}, 12.0)}; // moved but dirtier: no proposal
    const auto proposals = proposalsFromRun(fleet, {a, b, c, d}, baseline, run, {});
    ASSERT_EQ(proposals.size(), 2u);
    EXPECT_EQ(proposals[0].jobId, "a") << "largest saving first";
    EXPECT_EQ(proposals[0].kind, ProposalKind::Migrate);
    EXPECT_EQ(proposals[0].targetJurisdiction, "NO");
    EXPECT_DOUBLE_EQ(proposals[0].expectedSavingG, 8000.0);
    // No finished history yet: ±25 % on both sides → 10×0.75 − 2×1.25 = 5 kg .. 10×1.25 − 2×0.75 = 11 kg.
    EXPECT_DOUBLE_EQ(proposals[0].savingLowG, 5000.0);
    EXPECT_DOUBLE_EQ(proposals[0].savingHighG, 11000.0);
    EXPECT_EQ(proposals[0].reasons.front(), "reason for a");
    EXPECT_EQ(proposals[0].gpus, 3); // the record's, for dispatch
    EXPECT_EQ(proposals[1].kind, ProposalKind::Defer);
    EXPECT_EQ(proposals[1].deadline, b.deadline());
    for (const Proposal& p : proposals)
        EXPECT_TRUE(validateProposal(p).isOk()) << validateProposal(p).toString();
    // What differs but is not filed is counted by why: d saves nothing, b is beyond a limit of 1.
    ProposalsLeftOut leftOut;
    EXPECT_EQ(proposalsFromRun(fleet, {a, b, c, d}, baseline, run, {.limit = 1}, &leftOut).size(), 1u);
    EXPECT_EQ(leftOut.beyondLimit, 1u);
    EXPECT_EQ(leftOut.belowMinSaving, 1u);
    EXPECT_EQ(leftOut.missingDeadline, 0u);

    // Each proposal carries the budget state its decision was judged by; the run's last state
    // only stands in for records without one. (Every proposal used to carry the last state, so
    // decisions made while the budget was CRITICAL were auto-approved as NORMAL.)
    run.records[0].budgetState = BudgetState::Critical;
    const auto judged = proposalsFromRun(fleet, {a, b, c, d}, baseline, run, {.budgetState = BudgetState::Normal});
    ASSERT_EQ(judged.size(), 2u);
    EXPECT_EQ(judged[0].jobId, "a");
    EXPECT_EQ(judged[0].budgetState, BudgetState::Critical);
    EXPECT_EQ(judged[1].budgetState, BudgetState::Normal);

    // Job ids that a cluster's idempotency key cannot hold (spaces, quotes, $(), non-ASCII) get
    // proposal ids dispatch can use, apart from each other; plain ids stay readable. (They were
    // filed and approved, then refused at dispatch.)
    Job hostile = a;
    hostile.id = "sp ace;$(touch x)";
    Job twin = a;
    twin.id = "sp ace;$(touch y)";
    run.records[0].jobId = hostile.id;
    run.records[1].jobId = twin.id;
    baseline.records[0].jobId = hostile.id;
    baseline.records[1].jobId = twin.id;
    const auto odd = proposalsFromRun(fleet, {hostile, twin, c, d}, baseline, run, {});
    ASSERT_EQ(odd.size(), 2u);
    EXPECT_NE(odd[0].id, odd[1].id);
    for (const Proposal& p : odd) {
        EXPECT_TRUE(validateProposal(p).isOk()) << p.id << ": " << validateProposal(p).toString();
        EXPECT_EQ(p.id.rfind("P-sp_ace___touch_", 0), 0u) << p.id;
    }
    EXPECT_EQ(odd[0].jobId, hostile.id); // the job keeps its own id
    EXPECT_EQ(proposals[0].id.rfind("P-a-", 0), 0u) << proposals[0].id;
}

TEST(Proposal, AnIdDispatchCannotUseIsRefusedWhenFiled)
{
    Proposal p = deferral();
    p.id = "P-job 7";
    EXPECT_NE(validateProposal(p).message().find("id dispatch cannot use"), std::string::npos)
        << validateProposal(p).toString();
}

// The rules decide a policy's decision before it is a proposal the same way: nothing changed is
// nothing to approve (unless the budget is CRITICAL), and an unknown band is judged at filing.
TEST(ApprovalRules, DecideADecisionBeforeItIsFiled)
{
    const ApprovalRules rules = ApprovalRules::defaults();
    ApprovalCase unchanged{.policy = "baseline", .moves = false, .sourceJurisdiction = "EU",
                           .targetJurisdiction = "EU", .delay = Seconds{0}, .slackMinutes = 5.0,
                           .budgetState = BudgetState::Normal, .savingLowG = std::nullopt};
    EXPECT_TRUE(decideApproval(unchanged, rules).autoApprove); // 5 min of slack: nothing was changed
    unchanged.budgetState = BudgetState::Critical;
    EXPECT_FALSE(decideApproval(unchanged, rules).autoApprove);

    ApprovalCase deferred{.policy = "carbon-window", .moves = false, .sourceJurisdiction = "EU",
                          .targetJurisdiction = "EU", .delay = Seconds{3600}, .slackMinutes = 120.0,
                          .budgetState = BudgetState::Normal, .savingLowG = std::nullopt};
    EXPECT_TRUE(decideApproval(deferred, rules).autoApprove); // no band yet: judged at filing
    deferred.savingLowG = -3.0;
    EXPECT_FALSE(decideApproval(deferred, rules).autoApprove);
    deferred.savingLowG = 3.0;
    deferred.slackMinutes = 10.0;
    const ApprovalDecision tight = decideApproval(deferred, rules);
    EXPECT_FALSE(tight.autoApprove);
    EXPECT_NE(tight.reason.find("slack"), std::string::npos) << tight.reason;

    ApprovalCase moved{.policy = "spatiotemporal", .moves = true, .sourceJurisdiction = "EU",
                       .targetJurisdiction = "EU", .delay = Seconds{0}, .slackMinutes = 600.0,
                       .budgetState = BudgetState::Normal, .savingLowG = std::nullopt};
    EXPECT_NE(decideApproval(moved, rules).reason.find("does not auto-approve migrations"), std::string::npos);
    ApprovalRules allowing = rules;
    allowing.rules.front().allowMigrations = true;
    EXPECT_TRUE(decideApproval(moved, allowing).autoApprove);
    moved.targetJurisdiction = "US";
    EXPECT_NE(decideApproval(moved, allowing).reason.find("across jurisdictions"), std::string::npos);
}

} // namespace
} // namespace greenlight
