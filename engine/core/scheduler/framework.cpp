#include "framework.h"

#include <cmath>

namespace greenlight {
namespace {

class GpuFilter : public FilterPlugin {
public:
    std::string name() const override { return "gpus"; }
    Status filter(const Job& job, std::size_t site, const PlanningContext& ctx) const override
    {
        const Site& s = ctx.fleet.sites()[site];
        if (s.gpusOfType(job.gpuType) >= job.gpus)
            return Status::ok();
        return Status(StatusCode::FailedPrecondition,
                      s.id + " has " + std::to_string(s.gpusOfType(job.gpuType)) + " " +
                          (job.gpuType.empty() ? "GPUs" : job.gpuType + " GPUs") + ", the job needs " +
                          std::to_string(job.gpus),
                      name());
    }
};

class JurisdictionFilter : public FilterPlugin {
public:
    std::string name() const override { return "jurisdiction"; }
    Status filter(const Job& job, std::size_t site, const PlanningContext& ctx) const override
    {
        const Site& s = ctx.fleet.sites()[site];
        if (job.allows(s.jurisdiction))
            return Status::ok();
        return Status(StatusCode::FailedPrecondition,
                      "data sovereignty: the job may not leave " + job.allowedJurisdictions.front() +
                          " (" + s.id + " is in " + s.jurisdiction + ")",
                      name());
    }
};

class DataFilter : public FilterPlugin {
public:
    std::string name() const override { return "intensity-data"; }
    Status filter(const Job&, std::size_t site, const PlanningContext& ctx) const override
    {
        if (site < ctx.siteHasData.size() && ctx.siteHasData[site])
            return Status::ok();
        return Status(StatusCode::Unavailable,
                      "no carbon-intensity data for " + ctx.fleet.sites()[site].zoneKey +
                          " in this period",
                      name());
    }
};

} // namespace

std::vector<std::unique_ptr<FilterPlugin>> standardFilters()
{
    std::vector<std::unique_ptr<FilterPlugin>> filters;
    filters.push_back(std::make_unique<GpuFilter>());
    filters.push_back(std::make_unique<JurisdictionFilter>());
    filters.push_back(std::make_unique<DataFilter>());
    return filters;
}

int PlanningContext::gpuLimitFor(const Job& job, std::size_t site, GuestPausing pausing) const
{
    const int capacity = ledger.capacity(site);
    if (site == job.homeSite)
        return capacity;
    if (job.duration <= shortGuestUpTo)
        return capacity;
    const bool blocksForDays = job.duration > longGuestAbove &&
                               !(job.interruptible && pausing == GuestPausing::ToMeetDeadlines);
    if (blocksForDays)
        return std::max(job.gpus, static_cast<int>(std::floor(capacity * std::min(guestShareLimit, longGuestShareLimit))));
    if (jurisdictionHasOtherSites(site))
        return capacity;
    return std::max(job.gpus, static_cast<int>(std::floor(capacity * guestShareLimit)));
}

bool PlanningContext::jurisdictionHasOtherSites(std::size_t site) const
{
    const std::vector<Site>& sites = fleet.sites();
    if (otherSitesCache.size() != sites.size() || otherSitesCacheData != siteHasData) {
        otherSitesCache.assign(sites.size(), -1); // first use, or the sites with data changed
        otherSitesCacheData = siteHasData;
    }
    if (otherSitesCache[site] < 0) {
        bool other = false;
        for (std::size_t s = 0; s < sites.size() && !other; ++s)
            other = s != site && hasData(s) &&
                    sites[s].jurisdiction == sites[site].jurisdiction;
        otherSitesCache[site] = other ? 1 : 0;
    }
    return otherSitesCache[site] == 1;
}

void holdInBudget(const Job& job, const Plan& plan, PlanningContext& ctx)
{
    if (!ctx.budget)
        return;
    ctx.budget->unreserve(job.id);
    // Over the days the plan runs, as the emissions will fall (and the budget panel books them).
    if (plan.segments.empty())
        ctx.budget->reserve(job.id, {}, ctx.now, plan.score() / 1000.0);
    else
        ctx.budget->reserve(job.id, {}, plan.segments, plan.score() / 1000.0);
}

double jobPowerKw(const Job& job, const Site& site)
{
    return site.powerPerGpu.value * job.gpus * job.gpuShare;
}

PlanCost expectedCost(const Job& job, std::size_t site, const std::vector<TimeWindow>& segments,
                      const PlanningContext& ctx)
{
    const Site& s = ctx.fleet.sites()[site];
    PlanCost cost;
    double integral = 0.0;
    for (const TimeWindow& w : segments) {
        const auto part = ctx.outlook.expectedFacilityIntegral(site, w, ctx.now);
        if (!part)
            return cost;
        integral += *part;
    }
    cost.runGrams = jobPowerKw(job, s) * integral; // the integral carries PUE(t)
    if (site != job.homeSite && job.dataSizeGb > 0) {
        const auto home = ctx.outlook.expectedIntegral(
            job.homeSite, {segments.front().begin, segments.front().begin + Hours{1}}, ctx.now);
        // Moving data costs energy at both ends; charge it at the home grid's intensity.
        cost.migrationGrams = s.migrationKwhPerGb * job.dataSizeGb * home.value_or(0.0);
    }
    cost.known = true;
    return cost;
}

BudgetState budgetStateFor(const Plan& plan, const PlanningContext& ctx)
{
    if (!ctx.budget)
        return BudgetState::Invalid;
    // The tightest of the state when the decision is taken (CRITICAL then sends it to a human,
    // even when it defers the work into a fresh day) and of every day the plan runs in, with
    // its own hold.
    BudgetState tightest = ctx.budget->state(ctx.now);
    if (!plan.segments.empty()) {
        const UtcTime last = std::max(plan.start(), plan.finish() - Seconds{1});
        for (UtcTime day = std::chrono::floor<Days>(std::max(ctx.now, plan.start())); day <= last; day += Days{1})
            tightest = std::max(tightest, ctx.budget->state(std::max(day, plan.start())));
    }
    return tightest;
}

ApprovalDecision approvalFor(const Job& job, const Plan& plan, const PlanningContext& ctx, const std::string& policy)
{
    const auto& sites = ctx.fleet.sites();
    const BudgetState budget = budgetStateFor(plan, ctx);
    return decideApproval(
        ApprovalCase{.policy = policy,
                     .moves = plan.site != job.homeSite,
                     .sourceJurisdiction = sites[job.homeSite].jurisdiction,
                     .targetJurisdiction = sites[plan.site].jurisdiction,
                     .delay = std::max(Seconds{0}, plan.start() - job.submit),
                     .slackMinutes = std::chrono::duration<double, std::ratio<60>>(job.deadline() - plan.finish()).count(),
                     .budgetState = budget == BudgetState::Invalid ? BudgetState::Normal : budget,
                     .savingLowG = std::nullopt},
        ctx.approval);
}

PermitVerdict permitFor(const Job& job, const Plan& plan, const PlanningContext& ctx, const std::string& policy)
{
    return approvalFor(job, plan, ctx, policy).autoApprove ? PermitVerdict::AutoApproved : PermitVerdict::NeedsHuman;
}

std::vector<UtcTime> candidateStarts(const Job& job, UtcTime now)
{
    std::vector<UtcTime> starts;
    if (now <= job.submit)
        starts.push_back(job.submit);
    const UtcTime from = now <= job.submit ? job.submit + Seconds{1} : now;
    for (UtcTime t = std::chrono::ceil<Hours>(from); t <= job.latestStart(); t += Hours{1})
        starts.push_back(t);
    return starts;
}

} // namespace greenlight
