#include "siteranking.h"

#include <algorithm>
#include <array>
#include <limits>

namespace greenlight {

namespace {

constexpr std::array<SitingCriterion, kSitingCriteria> kAll = {
    SitingCriterion::MeanIntensity, SitingCriterion::LowIntensity, SitingCriterion::LowCarbonShare,
    SitingCriterion::FreeCooling,   SitingCriterion::Latency,      SitingCriterion::Jurisdiction};

// The raw value and whether more is better.
std::optional<double> raw(const CandidateZone& c, SitingCriterion criterion)
{
    switch (criterion) {
    case SitingCriterion::MeanIntensity:
        return c.meanGPerKwh;
    case SitingCriterion::LowIntensity:
        return c.p10GPerKwh;
    case SitingCriterion::LowCarbonShare:
        return c.lowCarbonShare;
    case SitingCriterion::FreeCooling:
        return c.freeCoolingHours;
    case SitingCriterion::Latency:
        return c.latencyMsByRegion.empty() ? std::nullopt : std::optional<double>(c.meanLatencyMs);
    case SitingCriterion::Jurisdiction:
    case SitingCriterion::Invalid:
        break;
    }
    return std::nullopt;
}

bool moreIsBetter(SitingCriterion criterion)
{
    return criterion == SitingCriterion::LowCarbonShare || criterion == SitingCriterion::FreeCooling;
}

} // namespace

const char* sitingCriterionName(SitingCriterion criterion)
{
    switch (criterion) {
    case SitingCriterion::MeanIntensity:
        return "mean-intensity";
    case SitingCriterion::LowIntensity:
        return "p10-intensity";
    case SitingCriterion::LowCarbonShare:
        return "low-carbon-hours";
    case SitingCriterion::FreeCooling:
        return "free-cooling-hours";
    case SitingCriterion::Latency:
        return "latency";
    case SitingCriterion::Jurisdiction:
        return "jurisdiction";
    case SitingCriterion::Invalid:
        break;
    }
    return "invalid";
}

std::size_t criterionIndex(SitingCriterion criterion)
{
    return static_cast<std::size_t>(criterion) - 1;
}

double CriterionWeights::weight(SitingCriterion criterion) const
{
    switch (criterion) {
    case SitingCriterion::MeanIntensity:
        return meanIntensity;
    case SitingCriterion::LowIntensity:
        return lowIntensity;
    case SitingCriterion::LowCarbonShare:
        return lowCarbonShare;
    case SitingCriterion::FreeCooling:
        return freeCooling;
    case SitingCriterion::Latency:
        return latency;
    case SitingCriterion::Jurisdiction:
        return jurisdiction;
    case SitingCriterion::Invalid:
        break;
    }
    return 0.0;
}

void CriterionWeights::setWeight(SitingCriterion criterion, double weight)
{
    switch (criterion) {
    case SitingCriterion::MeanIntensity:
        meanIntensity = weight;
        break;
    case SitingCriterion::LowIntensity:
        lowIntensity = weight;
        break;
    case SitingCriterion::LowCarbonShare:
        lowCarbonShare = weight;
        break;
    case SitingCriterion::FreeCooling:
        freeCooling = weight;
        break;
    case SitingCriterion::Latency:
        latency = weight;
        break;
    case SitingCriterion::Jurisdiction:
        jurisdiction = weight;
        break;
    case SitingCriterion::Invalid:
        break;
    }
}

std::vector<RankedZone> rankZones(const std::vector<CandidateZone>& candidates, const CriterionWeights& weights,
                                  const std::vector<std::string>& preferredJurisdictions)
{
    std::vector<RankedZone> ranking(candidates.size());
    for (std::size_t i = 0; i < candidates.size(); ++i)
        ranking[i].candidate = i;
    for (const SitingCriterion criterion : kAll) {
        const std::size_t k = criterionIndex(criterion);
        if (criterion == SitingCriterion::Jurisdiction) {
            for (std::size_t i = 0; i < candidates.size(); ++i) {
                const bool preferred = std::find(preferredJurisdictions.begin(), preferredJurisdictions.end(),
                                                 candidates[i].jurisdiction) != preferredJurisdictions.end();
                ranking[i].normalised[k] = preferred ? 1.0 : 0.0;
            }
            continue;
        }
        double low = std::numeric_limits<double>::infinity();
        double high = -low;
        for (const CandidateZone& c : candidates) {
            if (const auto v = raw(c, criterion)) {
                low = std::min(low, *v);
                high = std::max(high, *v);
            }
        }
        for (std::size_t i = 0; i < candidates.size(); ++i) {
            const auto v = raw(candidates[i], criterion);
            if (!v)
                continue;
            const double up = high > low ? (*v - low) / (high - low) : 1.0; // all alike: none is worse
            ranking[i].normalised[k] = moreIsBetter(criterion) || high <= low ? up : 1.0 - up;
        }
    }
    // A criterion a zone has no data for (free cooling without a weather file) scores as the
    // median zone that has it: leaving it out scored the zone by its other criteria alone, so a
    // zone ranked below an identical one only for having data.
    std::array<std::optional<double>, kAll.size()> median{};
    for (const SitingCriterion criterion : kAll) {
        std::vector<double> known;
        for (const RankedZone& r : ranking)
            if (const auto n = r.normalised[criterionIndex(criterion)])
                known.push_back(*n);
        if (known.empty())
            continue;
        std::sort(known.begin(), known.end());
        const std::size_t m = known.size() / 2;
        median[criterionIndex(criterion)] = known.size() % 2 ? known[m] : 0.5 * (known[m - 1] + known[m]);
    }
    for (RankedZone& r : ranking) {
        double sum = 0.0;
        double weightSum = 0.0;
        for (const SitingCriterion criterion : kAll) {
            const double w = std::max(0.0, weights.weight(criterion));
            const std::size_t k = criterionIndex(criterion);
            if (const auto n = r.normalised[k] ? r.normalised[k] : median[k]; n && w > 0.0) {
                sum += w * *n;
                weightSum += w;
            }
        }
        r.score = weightSum > 0.0 ? sum / weightSum : 0.0;
    }
    std::stable_sort(ranking.begin(), ranking.end(), [&](const RankedZone& a, const RankedZone& b) {
        if (a.score != b.score)
            return a.score > b.score;
        return candidates[a.candidate].zoneKey < candidates[b.candidate].zoneKey;
    });
    return ranking;
}

} // namespace greenlight
