// Replays a stream of inference requests through the router hour by hour with the recorded
// intensity and PUE of each hour, a carbon budget (daily and monthly caps, the tighter state
// wins) and the nearest-site counterfactual: what
// `greenlight-cli route` prints and the console's inference SLO tile shows.
//
//   RouteReplay r = replayRoutes({fleet, seriesBySite, &physics, tiers, settings, caps}, requests);
//   double slaPct = r.slaMetPct();
#pragma once

#include "core/budget/carbonbudget.h"
#include "core/inference/inferencerouter.h"
#include "core/intensityseries.h"
#include "core/physics/weatherlibrary.h"

#include <optional>
#include <vector>

namespace greenlight {

struct RouteReplayInputs {
    const Fleet& fleet;
    std::vector<const IntensitySeries*> seriesBySite; // null: the site's zone has no trace
    const FleetPhysics* physics = nullptr;            // PUE(t); null: design PUE
    std::vector<ModelTier> tiers;
    RouterSettings settings;
    BudgetCaps caps; // none set: no budget (every request NORMAL)
    bool timeDecisions = false; // measure each decision (incl. the budget check) in ns
};

struct RouteReplay {
    std::size_t requests = 0;
    double grams = 0.0;
    double baselineGrams = 0.0; // the nearest site, the floor's tier, no budget
    double energyKwh = 0.0;
    double latencySumMs = 0.0;
    std::size_t slaMet = 0;
    std::size_t qualityMet = 0;
    std::size_t reviewFlags = 0;
    std::size_t unknownSiteHours = 0;
    std::vector<std::size_t> tierCount;
    std::vector<double> decisionNs; // when timed
    BudgetState budgetAtEnd = BudgetState::Normal;

    double slaMetPct() const { return requests ? 100.0 * static_cast<double>(slaMet) / static_cast<double>(requests) : 0.0; }
    double qualityMetPct() const
    {
        return requests ? 100.0 * static_cast<double>(qualityMet) / static_cast<double>(requests) : 0.0;
    }
    double meanLatencyMs() const { return requests ? latencySumMs / static_cast<double>(requests) : 0.0; }
    double savingsPct() const { return baselineGrams > 0 ? 100.0 * (baselineGrams - grams) / baselineGrams : 0.0; }
};

// Requests in arrival order.
RouteReplay replayRoutes(const RouteReplayInputs& in, const std::vector<InferenceRequest>& requests);

} // namespace greenlight
