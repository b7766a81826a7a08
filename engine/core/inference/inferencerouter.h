// Per-request routing of LLM inference: where (inference-route) and on which model tier
// (budget-tier). Decisions read a snapshot of current grid intensity per site that the caller
// refreshes (hourly), so a decision is a few array reads: no allocation, no lookups by name.
//
//   InferenceRouter router(fleet, tiers, {.greenThresholdGPerKwh = 200});
//   router.setIntensities(intensityPerSite);         // when the hour changes
//   RouteDecision d = router.route(request, BudgetState::Normal);
#pragma once

#include "core/budget/carbonbudget.h"
#include "core/fleet/fleet.h"

#include <string>
#include <vector>

namespace greenlight {

// A model tier: quality score (e.g. a benchmark accuracy, 0..1) and its energy per token on the
// fleet's accelerators, IT side. Energy = (prefill × context + decode × generated) tokens.
struct ModelTier {
    std::string name;
    double quality = 0.0;
    double prefillJoulesPerToken = 0.0;
    double decodeJoulesPerToken = 0.0;
};

// Illustrative tiers, documented in docs/inference.md (orders of magnitude from published
// measurements of 7B/13B/70B-class models on A100-class GPUs; replace with your own).
std::vector<ModelTier> defaultModelTiers();

struct InferenceRequest {
    std::string id;
    UtcTime arrival{};
    int contextTokens = 0;
    int generatedTokens = 0;
    double qualityFloor = 0.0;   // the smallest acceptable tier quality
    double latencySlaMs = 250.0; // round trip to the serving site
    std::size_t userRegion = 0;  // index into the fleet's user regions
};

struct RouterSettings {
    // A site whose intensity × PUE of the hour (g per kWh of IT work) is at or below this is "green".
    double greenThresholdGPerKwh = 200.0;
};

struct RouteDecision {
    std::size_t site = 0;
    std::size_t tier = 0;
    double latencyMs = 0.0;
    double energyKwh = 0.0;      // facility energy (IT × PUE)
    double emissionsGrams = 0.0; // energy × the site's current average intensity
    bool slaMet = false;
    bool qualityMet = false;
    bool needsReview = false;    // CRITICAL budget, or the budget caps the tier below the floor
};

class InferenceRouter {
public:
    InferenceRouter(const Fleet& fleet, std::vector<ModelTier> tiers, RouterSettings settings = {});

    // Current average intensity per site (gCO2eq/kWh); NaN for "unknown" (never chosen).
    void setIntensities(std::vector<double> gPerKwh);
    // PUE of the current hour per site (site physics); each site's design PUE until set.
    void setPues(std::vector<double> pue);
    const std::vector<ModelTier>& tiers() const { return m_tiers; }

    // inference-route: the lowest-latency green site within the SLA; otherwise the cleanest site
    // within the SLA; otherwise the lowest-latency site (SLA missed). Tier: the smallest that
    // meets the quality floor, capped by the budget state (budget-tier).
    RouteDecision route(const InferenceRequest& request, BudgetState budget) const;

    // budget-tier alone: the tier for a floor under a budget state, and whether a human should look.
    std::size_t tierFor(double qualityFloor, BudgetState budget, bool& needsReview) const;

private:
    std::vector<double> m_latencyMs; // [site × regions + region]
    // Sites by id: equal latencies or intensities never go by the fleet file's order.
    std::vector<std::size_t> m_order;
    std::size_t m_regions;
    std::vector<double> m_pue;
    std::vector<double> m_intensity;
    std::vector<ModelTier> m_tiers; // sorted by quality, smallest first
    RouterSettings m_settings;
};

} // namespace greenlight
