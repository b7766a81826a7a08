#include "core/proposal/proposalsfromrun.h"

#include "core/dispatch/clusterjob.h"
#include "core/workload/workload.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <map>
#include <unordered_map>

namespace greenlight {

namespace {

// The job id as it may stand in a proposal id, which dispatch hands to the cluster as its
// idempotency key (letters, digits and - _ . : only, at most 128 characters): other characters
// become '_' and a hash of the whole id keeps two such jobs apart. Plain ids stay as they are.
std::string keySafeJobPart(const std::string& jobId)
{
    constexpr std::size_t kLongest = 80; // leaves room for "P-", the hash and the submit time
    std::string part;
    bool changed = jobId.size() > kLongest;
    for (const char c : jobId.substr(0, kLongest)) {
        const bool plain = isIdempotencyKeyChar(c);
        part += plain ? c : '_';
        changed = changed || !plain;
    }
    if (!changed && !part.empty())
        return part;
    char hash[24];
    std::snprintf(hash, sizeof hash, "%016llx", static_cast<unsigned long long>(stableHash(jobId)));
    return part + "_" + hash;
}

// Relative errors (actual − expected) / expected of the policy's jobs, by finish time, so the band
// for a decision at time t uses only jobs finished by t. Decisions are asked for in time order:
// the errors finished by then are counted into a Fenwick tree over their ranks, and a quantile is
// a search in it (sorting every finished error for every decision took 40 s on Philly's 74k jobs).
class ErrorHistory {
public:
    explicit ErrorHistory(std::vector<std::pair<UtcTime, double>> byFinish) : m_byFinish(std::move(byFinish))
    {
        std::sort(m_byFinish.begin(), m_byFinish.end());
        m_sorted.reserve(m_byFinish.size());
        for (const auto& entry : m_byFinish)
            m_sorted.push_back(entry.second);
        std::sort(m_sorted.begin(), m_sorted.end());
        m_rank.reserve(m_byFinish.size());
        std::vector<std::size_t> taken(m_sorted.size(), 0); // equal errors get consecutive ranks
        for (const auto& entry : m_byFinish) {
            const auto first = static_cast<std::size_t>(std::lower_bound(m_sorted.begin(), m_sorted.end(), entry.second) -
                                                        m_sorted.begin());
            m_rank.push_back(first + taken[first]++);
        }
        m_tree.assign(m_sorted.size() + 1, 0);
    }

    std::pair<double, double> quantiles(UtcTime decidedAt, const ProposalsFromRunOptions& o)
    {
        if (decidedAt < m_at) { // asked out of time order: count again from the start
            std::fill(m_tree.begin(), m_tree.end(), 0);
            m_next = 0;
            m_count = 0;
        }
        m_at = decidedAt;
        for (; m_next < m_byFinish.size() && m_byFinish[m_next].first <= decidedAt; ++m_next, ++m_count)
            for (std::size_t i = m_rank[m_next] + 1; i < m_tree.size(); i += i & (~i + 1))
                ++m_tree[i];
        if (m_count < o.minHistory)
            return {-o.fallbackRelativeError, o.fallbackRelativeError};
        auto at = [&](double q) { return m_sorted[kth(static_cast<std::size_t>(q * static_cast<double>(m_count - 1)))]; };
        return {at(0.1), at(0.9)};
    }

private:
    // The rank (into m_sorted) of the k-th smallest counted error, k from 0.
    std::size_t kth(std::size_t k) const
    {
        std::size_t position = 0;
        std::size_t step = 1;
        while (step * 2 < m_tree.size())
            step *= 2;
        for (; step > 0; step /= 2) {
            if (position + step < m_tree.size() && m_tree[position + step] <= k) {
                position += step;
                k -= m_tree[position];
            }
        }
        return position; // the tree is 1-based: the element is at rank `position`
    }

    std::vector<std::pair<UtcTime, double>> m_byFinish;
    std::vector<double> m_sorted;
    std::vector<std::size_t> m_rank;
    std::vector<std::size_t> m_tree;
    std::size_t m_next = 0;
    std::size_t m_count = 0;
    UtcTime m_at = UtcTime::min();
};

std::string kg(double grams)
{
    char text[32];
    std::snprintf(text, sizeof text, "%.2f kg", grams / 1000.0);
    return text;
}

} // namespace

std::vector<Proposal> proposalsFromRun(const Fleet& fleet, const std::vector<Job>& jobs,
                                       const SimulationRun& baseline, const SimulationRun& policyRun,
                                       const ProposalsFromRunOptions& options, ProposalsLeftOut* leftOut)
{
    ProposalsLeftOut skipped;
    std::map<std::string, UtcTime> deadlineByJob;
    for (const Job& job : jobs)
        deadlineByJob[job.id] = job.deadline();
    std::map<std::string, const SimulationRecord*> baselineByJob;
    for (const SimulationRecord& r : baseline.records)
        baselineByJob[r.jobId] = &r;

    std::vector<std::pair<UtcTime, double>> errors;
    for (const SimulationRecord& r : policyRun.records)
        if (r.placed && r.expectedKg > 0.0)
            errors.emplace_back(r.finish, (r.emissionsKg - r.expectedKg) / r.expectedKg);
    ErrorHistory history(std::move(errors));

    const auto& sites = fleet.sites();
    std::vector<Proposal> proposals;
    for (const SimulationRecord& r : policyRun.records) {
        const auto it = baselineByJob.find(r.jobId);
        if (!r.placed || it == baselineByJob.end() || !it->second->placed)
            continue;
        const SimulationRecord& b = *it->second;
        const bool moves = r.site != b.site;
        const bool waits = r.start > b.start;
        if (!moves && !waits)
            continue;
        if (r.deadlineMissed) {
            ++skipped.missingDeadline;
            continue;
        }
        const double baselineG = b.expectedKg * 1000.0;
        const double planG = r.expectedKg * 1000.0;
        const double savingG = baselineG - planG;
        if (r.site >= sites.size() || b.site >= sites.size())
            continue;
        if (savingG < options.minSavingG) {
            ++skipped.belowMinSaving;
            continue;
        }
        const auto [q10, q90] = history.quantiles(r.submit, options);
        Proposal p;
        p.id = "P-" + keySafeJobPart(r.jobId) + "-" + std::to_string(r.submit.time_since_epoch().count());
        p.policy = policyRun.policy;
        p.kind = moves && waits ? ProposalKind::DeferAndMigrate : moves ? ProposalKind::Migrate : ProposalKind::Defer;
        p.jobId = r.jobId;
        p.sourceSite = sites[b.site].id;
        p.targetSite = sites[r.site].id;
        p.sourceJurisdiction = sites[b.site].jurisdiction;
        p.targetJurisdiction = sites[r.site].jurisdiction;
        p.originalStart = b.start;
        p.plannedStart = r.start;
        p.runDuration = r.finish - r.start;
        p.gpus = r.gpus;
        const auto deadline = deadlineByJob.find(r.jobId);
        p.deadline = deadline != deadlineByJob.end() ? deadline->second : std::max(r.finish, b.finish);
        if (r.finish > p.deadline) {
            ++skipped.missingDeadline; // a plan that breaks the SLO is not proposed
            continue;
        }
        // Pessimistic: the baseline turns out cleaner and the plan dirtier than expected.
        p.expectedSavingG = savingG;
        p.savingLowG = std::min(savingG, baselineG * (1.0 + q10) - planG * (1.0 + q90));
        p.savingHighG = std::max(savingG, baselineG * (1.0 + q90) - planG * (1.0 + q10));
        if (!r.reason.empty())
            p.reasons.push_back(r.reason);
        char line[200];
        std::snprintf(line, sizeof line, "expected %s instead of %s (%.0f %% less) by the %s forecast",
                      kg(planG).c_str(), kg(baselineG).c_str(), baselineG > 0 ? 100.0 * savingG / baselineG : 0.0,
                      policyRun.outlook.c_str());
        p.reasons.push_back(line);
        // The state the decision was judged by, not the run's last: a job decided while the
        // budget was CRITICAL must never be auto-approved later as NORMAL.
        p.budgetState = r.budgetState != BudgetState::Invalid ? r.budgetState : options.budgetState;
        proposals.push_back(std::move(p));
    }
    std::sort(proposals.begin(), proposals.end(),
              [](const Proposal& a, const Proposal& b) { return a.expectedSavingG > b.expectedSavingG; });
    if (proposals.size() > options.limit) {
        skipped.beyondLimit = proposals.size() - options.limit;
        proposals.resize(options.limit);
    }
    if (leftOut != nullptr)
        *leftOut = skipped;
    return proposals;
}

void countApprovalsAsFiled(SimulationRun& run, const std::vector<Proposal>& proposals, const ApprovalRules& rules)
{
    std::unordered_map<std::string, bool> needsHuman;
    needsHuman.reserve(proposals.size());
    for (const Proposal& p : proposals)
        needsHuman[p.jobId] = !decideApproval(p, rules).autoApprove;
    run.approvalsNeeded = 0;
    for (SimulationRecord& r : run.records) {
        if (const auto it = needsHuman.find(r.jobId); it != needsHuman.end())
            r.needsApproval = it->second;
        run.approvalsNeeded += r.needsApproval;
    }
}

} // namespace greenlight
