// Proposes a portfolio of complementary new sites from ranked candidates, greedily: each step adds
// the candidate with the largest gain
//     score + coverageWeight·Δ(share of hours with at least one low-carbon site)
//           + latencyWeight·Δ(share of user regions within the latency SLA of some site)
//           − correlationPenalty·max(0, highest correlation of its hourly intensity with a pick),
// so sites whose clean hours coincide, or that serve the same users, add little. It stops at
// maxSites, or once minSites are picked and no candidate adds coverage of hours or regions.
//
//   Portfolio p = proposePortfolio(candidates, rankZones(candidates, weights, {}), {});
//   for (const PortfolioPick& pick : p.picks) std::cout << candidates[pick.candidate].zoneKey;
#pragma once

#include "candidatezone.h"
#include "siteranking.h"

#include "core/whatif/scenario.h"

#include <string>
#include <vector>

namespace greenlight {

struct PortfolioOptions {
    std::size_t minSites = 3;
    std::size_t maxSites = 5;
    double lowCarbonGPerKwh = 100.0; // an hour is covered when a pick is at or below this
    double latencySlaMs = 60.0;      // a user region is served by a pick within this round trip
    double coverageWeight = 1.0;
    double latencyWeight = 1.0;
    double correlationPenalty = 0.5;
    double minCoverageGain = 0.005; // below this (hours and regions together) a pick adds nothing new
    bool excludeFleetZones = true;  // a new site in a zone the fleet already uses
};

struct PortfolioPick {
    std::size_t candidate = 0;
    double gain = 0.0;
    double score = 0.0;
    double addedHourShare = 0.0;   // Δ low-carbon hour coverage
    std::size_t addedRegions = 0;  // user regions newly within the SLA
    double maxCorrelation = 0.0;   // with the earlier picks (0 for the first)
};

struct Portfolio {
    std::vector<PortfolioPick> picks;
    double lowCarbonHourShare = 0.0; // hours with at least one pick at or below the threshold
    std::size_t regionsServed = 0;
    std::size_t regions = 0;
    double meanPairwiseCorrelation = 0.0;
};

// Pearson correlation of two hourly series (0 when either is constant).
double hourlyCorrelation(const std::vector<float>& a, const std::vector<float>& b);

Portfolio proposePortfolio(const std::vector<CandidateZone>& candidates, const std::vector<RankedZone>& ranking,
                           const PortfolioOptions& options);

// The portfolio as sites a what-if scenario adds ("new-no-no1", gpus each, economiser cooling).
std::vector<ScenarioSite> portfolioSites(const std::vector<CandidateZone>& candidates, const Portfolio& portfolio,
                                         int gpusPerSite);

} // namespace greenlight
