// The scheduling framework, after the Kubernetes scheduler: a policy is a set of plugins at named
// extension points. Filter says whether a site may take a job (with a reason when not), Score
// ranks candidate (site, start) plans by expected grams, Reserve/Unreserve hold capacity, Permit
// decides between auto-approval and a human, Bind hands the decision on (to the simulator's
// record or to dispatch). Every decision carries a Status with the policy's name and reasons.
//
//   PlanningContext ctx{fleet, outlook, ledger, rules};
//   Placement p = policy.place(job, ctx);
//   if (p.status.isOk()) bind(p);
#pragma once

#include "capacityledger.h"
#include "intensityoutlook.h"

#include "core/budget/carbonbudget.h"
#include "core/fleet/fleet.h"
#include "core/proposal/approvalrules.h"
#include "core/status.h"
#include "core/workload/job.h"

#include <string>
#include <vector>

namespace greenlight {

// The share of a site's GPUs that work moved in from elsewhere may fill (PlanningContext).
inline constexpr double kDefaultGuestShareLimit = 0.9;

// Whether a policy pauses interruptible work to make room for jobs that would otherwise miss
// their deadlines (schedulingpolicy.h).
enum class GuestPausing { Invalid, Never, ToMeetDeadlines };

struct PlanningContext {
    const Fleet& fleet;
    const IntensityOutlook& outlook;
    CapacityLedger& ledger;
    // Permit's rules: the operations database's auto-approval rules (ApprovalRules::defaults()
    // unless the operator set others), so a run counts the approvals the store would ask for.
    ApprovalRules approval = ApprovalRules::defaults();
    std::vector<bool> siteHasData; // sites whose zone has intensity data for the period
    UtcTime now{};                 // the decision time (the job's submit time in simulation)
    // The carbon budget, when one is kept: decisions hold their expected kg in it (Reserve), and
    // while it is CRITICAL every decision waits for a human (Permit).
    CarbonBudget* budget = nullptr;
    // Work moved in from elsewhere may fill at most this share of a site's GPUs, so that the
    // site's own jobs (some of which may not leave its jurisdiction) still find room. Only where
    // that work has nowhere else to go: at a site whose jurisdiction has other sites with data,
    // guests that can be paused or are short may fill it.
    double guestShareLimit = kDefaultGuestShareLimit;
    // Guests gone within this time hold the site's own work up by hours, not days: they may fill
    // the site. (Longer ones are what fills a clean site for days.)
    Seconds shortGuestUpTo{6 * 3600};
    // Guests that would hold GPUs for more than a day block a site's own pinned work for days:
    // they get a smaller share, unless they can be paused for that work (interruptible, under
    // a policy that pauses).
    double longGuestShareLimit = 0.5;
    Seconds longGuestAbove{24 * 3600};

    // The GPU limit for `job` at `site` (the capacity at home, the guest share elsewhere).
    int gpuLimitFor(const Job& job, std::size_t site,
                    GuestPausing pausing = GuestPausing::Never) const;
    // Whether work pinned to `site`'s jurisdiction has another site with data there.
    bool jurisdictionHasOtherSites(std::size_t site) const;
    // Whether `site` has intensity data for the period (all do when siteHasData is empty).
    bool hasData(std::size_t site) const
    {
        return siteHasData.empty() || (site < siteHasData.size() && siteHasData[site]);
    }
    // jurisdictionHasOtherSites's answers per site (-1: not asked yet) and the siteHasData they
    // were found with; the context stays an aggregate, so these are public, but not for callers.
    mutable std::vector<signed char> otherSitesCache = {};
    mutable std::vector<bool> otherSitesCacheData = {};
};

// A candidate plan: where and when the job runs (several segments when it is paused).
struct Plan {
    std::size_t site = 0;
    std::vector<TimeWindow> segments;
    double expectedGrams = 0.0; // run emissions incl. PUE, as the outlook sees them
    double migrationGrams = 0.0;
    bool expectationKnown = true; // false: no forecast covered its hours (the grams are 0)

    UtcTime start() const { return segments.front().begin; }
    UtcTime finish() const { return segments.back().end; }
    double score() const { return expectedGrams + migrationGrams; }
};

enum class PermitVerdict { Invalid, AutoApproved, NeedsHuman };

struct Placement {
    Status status;   // Ok, or why the job could not be placed within its SLO
    std::string policy;
    Plan plan;
    bool deadlineMissed = false;
    PermitVerdict permit = PermitVerdict::Invalid;
    std::string permitReason; // why a human must look (empty when auto-approved)
    // With a carbon budget: its state on the plan's start day, counting this decision's own hold
    // (what Permit judged by); Invalid without a budget.
    BudgetState budgetState = BudgetState::Invalid;
    std::string reason; // in words an operator understands
    // Plans of movable jobs that were released to make room for this one (pinned work that has
    // nowhere else to go); the caller must place them again.
    std::vector<std::string> displaced;
    // Interruptible jobs paused to make room for this one (pinned work that found no room even
    // so): the parts they now run in, at the same site, already reserved. The caller updates
    // what it recorded for them.
    struct Paused {
        std::string id;
        std::vector<TimeWindow> segments;
        std::vector<TimeWindow> before; // the parts it was planned in until now
    };
    std::vector<Paused> paused;
};

// Filter: may this site take this job at all?
class FilterPlugin {
public:
    virtual ~FilterPlugin() = default;
    virtual std::string name() const = 0;
    virtual Status filter(const Job& job, std::size_t site, const PlanningContext& ctx) const = 0;
};

// The standard filters: GPU type and count, jurisdiction, data availability.
std::vector<std::unique_ptr<FilterPlugin>> standardFilters();

// Expected emissions of running `job` at `site` over `segments`: IT power × PUE × ∫ intensity,
// plus one checkpoint overhead per resume, plus data movement when away from home.
struct PlanCost {
    double runGrams = 0.0;
    double migrationGrams = 0.0;
    bool known = false;
};
PlanCost expectedCost(const Job& job, std::size_t site, const std::vector<TimeWindow>& segments,
                      const PlanningContext& ctx);

// Power of a job at a site (kW, IT side).
double jobPowerKw(const Job& job, const Site& site);

// Permit: auto-approve or ask a human, by the rules. With a budget, the plan's own expected kg
// must already be held (holdInBudget): a decision that itself exhausts the budget goes to a
// human, not only the ones after it.
// The approval rules' decision on the plan as a proposal would put it: moved from the job's home,
// delayed from its submit time. A plan that changes nothing still waits for a human while the
// budget is CRITICAL.
ApprovalDecision approvalFor(const Job& job, const Plan& plan, const PlanningContext& ctx, const std::string& policy);
PermitVerdict permitFor(const Job& job, const Plan& plan, const PlanningContext& ctx, const std::string& policy);

// The budget state a plan is judged by: the tightest of the state at the decision and on every
// day the plan runs (its hold spread over them), counting the holds so far. Invalid without a
// budget.
BudgetState budgetStateFor(const Plan& plan, const PlanningContext& ctx);

// Reserve in the carbon budget, when one is kept: the plan's expected kg over the days it runs,
// replacing any earlier hold of the job (a re-plan or a pause moves it).
void holdInBudget(const Job& job, const Plan& plan, PlanningContext& ctx);

// Candidate starts: the submit time, then every hour boundary up to the latest start. When the
// job is planned again later (`now` after its submit), only hour boundaries from `now` on.
std::vector<UtcTime> candidateStarts(const Job& job, UtcTime now = UtcTime::min());

} // namespace greenlight
