// One answer of the site planner: the profiled candidate zones (shared between answers, they
// only depend on the data), their ranking under the weights asked for, and the proposed
// portfolio. Built by engine/service's SitePlannerFeed, shown by views/models' SiteRankingModel.
//
//   const CandidateZone& best = (*plan.candidates)[plan.ranking.front().candidate];
//   for (const PortfolioPick& p : plan.portfolio.picks) use((*plan.candidates)[p.candidate]);
#pragma once

#include "candidatezone.h"
#include "portfolio.h"
#include "siteranking.h"

#include <memory>
#include <string>
#include <vector>

namespace greenlight {

struct SitePlan {
    std::shared_ptr<const std::vector<CandidateZone>> candidates;
    std::vector<RankedZone> ranking;
    Portfolio portfolio;
    CriterionWeights weights;
    PortfolioOptions options;
    std::vector<std::string> preferredJurisdictions; // the fleet's
    std::vector<std::string> userRegions;            // the fleet's, in latency order
    std::vector<std::string> skipped;                // zones left out, with why
    SitingOptions siting;
};

} // namespace greenlight
