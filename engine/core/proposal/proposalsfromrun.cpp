#include "core/proposal/proposalsfromrun.h"

#include "core/dispatch/clusterjob.h"
#include "core/workload/workload.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <map>

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
// for a decision at time t uses only jobs finished by t.
struct ErrorHistory {
    std::vector<std::pair<UtcTime, double>> byFinish;

    std::pair<double, double> quantiles(UtcTime decidedAt, const ProposalsFromRunOptions& o) const
    {
        std::vector<double> known;
        for (const auto& [finish, error] : byFinish) {
            if (finish > decidedAt)
                break;
            known.push_back(error);
        }
        if (known.size() < o.minHistory)
            return {-o.fallbackRelativeError, o.fallbackRelativeError};
        std::sort(known.begin(), known.end());
        auto at = [&](double q) { return known[static_cast<std::size_t>(q * static_cast<double>(known.size() - 1))]; };
        return {at(0.1), at(0.9)};
    }
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

    ErrorHistory history;
    for (const SimulationRecord& r : policyRun.records)
        if (r.placed && r.expectedKg > 0.0)
            history.byFinish.emplace_back(r.finish, (r.emissionsKg - r.expectedKg) / r.expectedKg);
    std::sort(history.byFinish.begin(), history.byFinish.end());

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

} // namespace greenlight
