#include "core/inference/routereplay.h"

#include "core/scheduler/intensityoutlook.h"

#include <algorithm>
#include <chrono>
#include <cmath>
#include <limits>
#include <string>

namespace greenlight {

RouteReplay replayRoutes(const RouteReplayInputs& in, const std::vector<InferenceRequest>& unordered)
{
    // Budget days and hourly intensities are read along the requests: in time order, whatever
    // the order they came in.
    std::vector<InferenceRequest> sortedCopy;
    const std::vector<InferenceRequest>* ordered = &unordered;
    const auto byArrival = [](const InferenceRequest& a, const InferenceRequest& b) { return a.arrival < b.arrival; };
    if (!std::is_sorted(unordered.begin(), unordered.end(), byArrival)) {
        sortedCopy = unordered;
        std::stable_sort(sortedCopy.begin(), sortedCopy.end(), byArrival);
        ordered = &sortedCopy;
    }
    const std::vector<InferenceRequest>& requests = *ordered;
    RouteReplay out;
    out.requests = requests.size();
    out.tierCount.assign(in.tiers.size(), 0);
    if (in.timeDecisions)
        out.decisionNs.reserve(requests.size());
    InferenceRouter router(in.fleet, in.tiers, in.settings);
    const auto& sites = in.fleet.sites();
    std::vector<double> pue;
    for (const Site& site : sites)
        pue.push_back(site.pue);
    // The counterfactual's site per user region: the nearest by latency (time does not move it)
    // among the sites with a trace, as the router only routes to those.
    auto hasTrace = [&](std::size_t s) { return s < in.seriesBySite.size() && in.seriesBySite[s] != nullptr; };
    std::vector<std::size_t> nearestTo;
    for (const UserRegion& region : in.fleet.userRegions()) {
        std::optional<std::size_t> nearest;
        for (std::size_t s = 0; s < sites.size(); ++s) {
            // Equal latencies go by site id, never by the fleet file's order.
            const double latency = sites[s].latencyMsTo(region.id);
            if (hasTrace(s) && (!nearest || latency < sites[*nearest].latencyMsTo(region.id) ||
                                (latency == sites[*nearest].latencyMsTo(region.id) && sites[s].id < sites[*nearest].id)))
                nearest = s;
        }
        nearestTo.push_back(nearest.value_or(0));
    }
    CarbonBudget budget(in.caps);
    long long currentHour = std::numeric_limits<long long>::min();
    std::vector<double> intensity(sites.size());
    for (std::size_t index = 0; index < requests.size(); ++index) {
        const InferenceRequest& q = requests[index];
        const long long hour = std::chrono::floor<Hours>(q.arrival).time_since_epoch().count();
        if (hour != currentHour) {
            currentHour = hour;
            const UtcTime start{Hours{hour}};
            for (std::size_t s = 0; s < intensity.size(); ++s) {
                const auto v = s < in.seriesBySite.size() ? actualIntegralWrapped(in.seriesBySite[s], {start, start + Hours{1}})
                                                          : std::nullopt;
                intensity[s] = v ? *v : std::numeric_limits<double>::quiet_NaN();
                out.unknownSiteHours += !v;
            }
            router.setIntensities(intensity);
            if (in.physics) {
                for (std::size_t s = 0; s < pue.size() && s < in.physics->sites.size(); ++s)
                    pue[s] = in.physics->sites[s].pueAt(start);
                router.setPues(pue);
            }
        }
        const auto t0 = std::chrono::steady_clock::now(); // the decision includes the budget check
        const RouteDecision d = router.route(q, budget.state(q.arrival));
        if (in.timeDecisions)
            out.decisionNs.push_back(std::chrono::duration<double, std::nano>(std::chrono::steady_clock::now() - t0).count());
        // Held by position, not id: a trace may repeat an id, and every request's grams count.
        (void)budget.reserve(std::to_string(index), "", q.arrival, d.emissionsGrams / 1000.0);
        out.grams += d.emissionsGrams;
        out.energyKwh += d.energyKwh;
        out.latencySumMs += d.latencyMs;
        out.slaMet += d.slaMet;
        out.qualityMet += d.qualityMet;
        out.reviewFlags += d.needsReview;
        ++out.tierCount[d.tier];
        // Counterfactual: the nearest site, the tier that meets the floor, no budget.
        const std::size_t nearest = nearestTo[q.userRegion];
        bool unused = false;
        const ModelTier& tier = in.tiers[router.tierFor(q.qualityFloor, BudgetState::Normal, unused)];
        const double kwh =
            (tier.prefillJoulesPerToken * q.contextTokens + tier.decodeJoulesPerToken * q.generatedTokens) / 3.6e6 * pue[nearest];
        out.baselineGrams += kwh * (std::isnan(intensity[nearest]) ? 0.0 : intensity[nearest]);
    }
    if (!requests.empty())
        out.budgetAtEnd = budget.state(requests.back().arrival);
    return out;
}

} // namespace greenlight
