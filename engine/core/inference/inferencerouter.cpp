#include "inferencerouter.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace greenlight {

std::vector<ModelTier> defaultModelTiers()
{
    // Joules per token, IT side, batch-served on A100-class GPUs: prefill is cheap per token,
    // decoding is dominated by memory bandwidth and grows with model size.
    return {
        {"small-7b", 0.62, 0.02, 0.25},
        {"medium-13b", 0.70, 0.04, 0.45},
        {"large-70b", 0.80, 0.20, 2.0},
    };
}

InferenceRouter::InferenceRouter(const Fleet& fleet, std::vector<ModelTier> tiers,
                                 RouterSettings settings)
    : m_regions(fleet.userRegions().size()), m_tiers(std::move(tiers)), m_settings(settings)
{
    std::sort(m_tiers.begin(), m_tiers.end(),
              [](const ModelTier& a, const ModelTier& b) { return a.quality < b.quality; });
    for (const Site& site : fleet.sites()) {
        m_pue.push_back(site.pue);
        for (const UserRegion& region : fleet.userRegions())
            m_latencyMs.push_back(site.latencyMsTo(region.id));
    }
    m_intensity.assign(fleet.sites().size(), std::numeric_limits<double>::quiet_NaN());
    for (std::size_t s = 0; s < fleet.sites().size(); ++s)
        m_order.push_back(s);
    std::sort(m_order.begin(), m_order.end(),
              [&](std::size_t a, std::size_t b) { return fleet.sites()[a].id < fleet.sites()[b].id; });
}

void InferenceRouter::setIntensities(std::vector<double> gPerKwh)
{
    m_intensity = std::move(gPerKwh);
    m_intensity.resize(m_pue.size(), std::numeric_limits<double>::quiet_NaN());
}

void InferenceRouter::setPues(std::vector<double> pue)
{
    if (pue.size() == m_pue.size())
        m_pue = std::move(pue);
}

std::size_t InferenceRouter::tierFor(double qualityFloor, BudgetState budget, bool& needsReview) const
{
    std::size_t wanted = m_tiers.size() - 1;
    for (std::size_t t = 0; t < m_tiers.size(); ++t) {
        if (m_tiers[t].quality >= qualityFloor) {
            wanted = t;
            break;
        }
    }
    // The budget caps the largest tier: NORMAL all, TIGHTENING all but the largest, RESTRICTED
    // the smaller half, CRITICAL the smallest only.
    const std::size_t n = m_tiers.size();
    std::size_t cap = n - 1;
    switch (budget) {
    case BudgetState::Tightening: cap = n >= 2 ? n - 2 : 0; break;
    case BudgetState::Restricted: cap = (n - 1) / 2; break;
    case BudgetState::Critical: cap = 0; break;
    default: break;
    }
    needsReview = budget == BudgetState::Critical || wanted > cap;
    return std::min(wanted, cap);
}

RouteDecision InferenceRouter::route(const InferenceRequest& request, BudgetState budget) const
{
    RouteDecision d;
    d.tier = tierFor(request.qualityFloor, budget, d.needsReview);
    d.qualityMet = m_tiers[d.tier].quality >= request.qualityFloor;
    const std::size_t sites = m_pue.size();
    std::size_t greenFastest = sites;
    std::size_t cleanest = sites;
    std::size_t fastest = sites;
    auto latencyOf = [&](std::size_t s) { return m_latencyMs[s * m_regions + request.userRegion]; };
    auto gramsOf = [&](std::size_t s) { return m_intensity[s] * m_pue[s]; };
    // Equal latency: the cleaner site; equal grams: the nearer one; then by id (the order walked).
    auto faster = [&](std::size_t a, std::size_t b) {
        return latencyOf(a) < latencyOf(b) || (latencyOf(a) == latencyOf(b) && gramsOf(a) < gramsOf(b));
    };
    auto cleaner = [&](std::size_t a, std::size_t b) {
        return gramsOf(a) < gramsOf(b) || (gramsOf(a) == gramsOf(b) && latencyOf(a) < latencyOf(b));
    };
    for (const std::size_t s : m_order) {
        if (std::isnan(m_intensity[s]))
            continue;
        const double latency = latencyOf(s);
        if (fastest == sites || faster(s, fastest))
            fastest = s;
        if (latency > request.latencySlaMs)
            continue;
        // Green by what a kWh of the model's work emits there: the grid's intensity × the hour's
        // PUE, as `cleanest` compares (a green grid behind a poor PUE could emit more than the
        // nearest site).
        if (gramsOf(s) <= m_settings.greenThresholdGPerKwh && (greenFastest == sites || faster(s, greenFastest)))
            greenFastest = s;
        if (cleanest == sites || cleaner(s, cleanest))
            cleanest = s;
    }
    d.site = greenFastest != sites ? greenFastest : cleanest != sites ? cleanest : fastest;
    if (d.site == sites) {
        d.site = 0;
        d.needsReview = true;
        return d;
    }
    d.latencyMs = m_latencyMs[d.site * m_regions + request.userRegion];
    d.slaMet = d.latencyMs <= request.latencySlaMs;
    const ModelTier& tier = m_tiers[d.tier];
    const double joules = tier.prefillJoulesPerToken * request.contextTokens +
                          tier.decodeJoulesPerToken * request.generatedTokens;
    d.energyKwh = joules / 3.6e6 * m_pue[d.site];
    d.emissionsGrams = d.energyKwh * m_intensity[d.site];
    return d;
}

} // namespace greenlight
