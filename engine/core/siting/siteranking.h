// Ranks candidate zones for a new site with a weighted multi-criteria matrix. Each criterion is
// min–max normalised over the candidates to 0..1, 1 being best (lower intensity, more low-carbon
// hours, more free-cooling hours, lower latency); jurisdiction is 1 in a preferred jurisdiction,
// else 0. The score is Σ wᵢ·nᵢ / Σ wᵢ over the criteria; a zone without data for one (free
// cooling without weather) scores as the median zone on it, and says so.
//
//   CriterionWeights w; w.latency = 2.0;
//   std::vector<RankedZone> ranking = rankZones(candidates, w, {"EU", "NO"});
#pragma once

#include "candidatezone.h"

#include <array>
#include <optional>
#include <string>
#include <vector>

namespace greenlight {

enum class SitingCriterion { Invalid, MeanIntensity, LowIntensity, LowCarbonShare, FreeCooling, Latency, Jurisdiction };
inline constexpr std::size_t kSitingCriteria = 6; // every criterion but Invalid
const char* sitingCriterionName(SitingCriterion criterion); // "mean-intensity", …
std::size_t criterionIndex(SitingCriterion criterion);       // 0..5

struct CriterionWeights {
    double meanIntensity = 1.0;
    double lowIntensity = 1.0; // p10
    double lowCarbonShare = 1.0;
    double freeCooling = 0.5;
    double latency = 0.5;
    double jurisdiction = 0.5;

    double weight(SitingCriterion criterion) const;
    void setWeight(SitingCriterion criterion, double weight);
};

struct RankedZone {
    std::size_t candidate = 0; // index into the candidates
    double score = 0.0;        // 0..1
    std::array<std::optional<double>, kSitingCriteria> normalised; // by criterionIndex(); nullopt: no data
};

// Best first; ties by zone key. Negative weights count as 0; all-zero weights score every zone 0.
std::vector<RankedZone> rankZones(const std::vector<CandidateZone>& candidates, const CriterionWeights& weights,
                                  const std::vector<std::string>& preferredJurisdictions);

} // namespace greenlight
