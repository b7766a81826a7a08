#include "portfolio.h"

#include <algorithm>
#include <cctype>
#include <cmath>

namespace greenlight {

double hourlyCorrelation(const std::vector<float>& a, const std::vector<float>& b)
{
    const std::size_t n = std::min(a.size(), b.size());
    if (n < 2)
        return 0.0;
    double ma = 0.0;
    double mb = 0.0;
    for (std::size_t i = 0; i < n; ++i) {
        ma += a[i];
        mb += b[i];
    }
    ma /= static_cast<double>(n);
    mb /= static_cast<double>(n);
    double sab = 0.0;
    double saa = 0.0;
    double sbb = 0.0;
    for (std::size_t i = 0; i < n; ++i) {
        const double da = a[i] - ma;
        const double db = b[i] - mb;
        sab += da * db;
        saa += da * da;
        sbb += db * db;
    }
    return saa > 0.0 && sbb > 0.0 ? sab / std::sqrt(saa * sbb) : 0.0;
}

Portfolio proposePortfolio(const std::vector<CandidateZone>& candidates, const std::vector<RankedZone>& ranking,
                           const PortfolioOptions& options)
{
    Portfolio out;
    std::vector<double> score(candidates.size(), 0.0);
    std::vector<bool> eligible(candidates.size(), false);
    for (const RankedZone& r : ranking) {
        score[r.candidate] = r.score;
        eligible[r.candidate] = !(options.excludeFleetZones && candidates[r.candidate].inFleet);
    }
    std::size_t hours = 0;
    for (const CandidateZone& c : candidates)
        hours = std::max(hours, c.hourlyGPerKwh.size());
    out.regions = candidates.empty() ? 0 : candidates.front().latencyMsByRegion.size();
    std::vector<bool> hourCovered(hours, false);
    std::vector<bool> regionServed(out.regions, false);

    auto addedHours = [&](const CandidateZone& c) {
        std::size_t n = 0;
        for (std::size_t h = 0; h < c.hourlyGPerKwh.size(); ++h)
            n += !hourCovered[h] && c.hourlyGPerKwh[h] <= options.lowCarbonGPerKwh ? 1 : 0;
        return hours ? static_cast<double>(n) / static_cast<double>(hours) : 0.0;
    };
    auto addedRegions = [&](const CandidateZone& c) {
        std::size_t n = 0;
        for (std::size_t r = 0; r < out.regions && r < c.latencyMsByRegion.size(); ++r)
            n += !regionServed[r] && c.latencyMsByRegion[r] <= options.latencySlaMs ? 1 : 0;
        return n;
    };

    while (out.picks.size() < options.maxSites) {
        std::optional<PortfolioPick> best;
        for (const RankedZone& r : ranking) { // best-ranked first, so ties go to the better score
            if (!eligible[r.candidate])
                continue;
            const CandidateZone& c = candidates[r.candidate];
            PortfolioPick pick;
            pick.candidate = r.candidate;
            pick.score = score[r.candidate];
            pick.addedHourShare = addedHours(c);
            pick.addedRegions = addedRegions(c);
            pick.maxCorrelation = out.picks.empty() ? 0.0 : -1.0;
            for (const PortfolioPick& p : out.picks)
                pick.maxCorrelation = std::max(pick.maxCorrelation,
                                               hourlyCorrelation(c.hourlyGPerKwh, candidates[p.candidate].hourlyGPerKwh));
            const double regionShare =
                out.regions ? static_cast<double>(pick.addedRegions) / static_cast<double>(out.regions) : 0.0;
            pick.gain = pick.score + options.coverageWeight * pick.addedHourShare + options.latencyWeight * regionShare -
                        options.correlationPenalty * std::max(0.0, pick.maxCorrelation);
            if (!best || pick.gain > best->gain)
                best = pick;
        }
        if (!best)
            break;
        const double regionShare =
            out.regions ? static_cast<double>(best->addedRegions) / static_cast<double>(out.regions) : 0.0;
        if (out.picks.size() >= options.minSites && best->addedHourShare + regionShare < options.minCoverageGain)
            break;
        const CandidateZone& c = candidates[best->candidate];
        for (std::size_t h = 0; h < c.hourlyGPerKwh.size(); ++h)
            hourCovered[h] = hourCovered[h] || c.hourlyGPerKwh[h] <= options.lowCarbonGPerKwh;
        for (std::size_t r = 0; r < out.regions && r < c.latencyMsByRegion.size(); ++r)
            regionServed[r] = regionServed[r] || c.latencyMsByRegion[r] <= options.latencySlaMs;
        eligible[best->candidate] = false;
        out.picks.push_back(*best);
    }
    out.lowCarbonHourShare =
        hours ? static_cast<double>(std::count(hourCovered.begin(), hourCovered.end(), true)) / static_cast<double>(hours) : 0.0;
    out.regionsServed = static_cast<std::size_t>(std::count(regionServed.begin(), regionServed.end(), true));
    double sum = 0.0;
    std::size_t pairs = 0;
    for (std::size_t i = 0; i < out.picks.size(); ++i) {
        for (std::size_t j = i + 1; j < out.picks.size(); ++j) {
            sum += hourlyCorrelation(candidates[out.picks[i].candidate].hourlyGPerKwh,
                                     candidates[out.picks[j].candidate].hourlyGPerKwh);
            ++pairs;
        }
    }
    out.meanPairwiseCorrelation = pairs ? sum / static_cast<double>(pairs) : 0.0;
    return out;
}

std::vector<ScenarioSite> portfolioSites(const std::vector<CandidateZone>& candidates, const Portfolio& portfolio,
                                         int gpusPerSite)
{
    std::vector<ScenarioSite> sites;
    for (const PortfolioPick& pick : portfolio.picks) {
        const CandidateZone& c = candidates[pick.candidate];
        ScenarioSite s;
        s.id = "new-";
        for (const char ch : c.zoneKey)
            s.id += static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
        s.zoneKey = c.zoneKey;
        s.jurisdiction = c.jurisdiction;
        s.location = c.location;
        s.gpus = gpusPerSite;
        s.cooling = CoolingType::AirEconomizer;
        s.pue = 1.2;
        sites.push_back(std::move(s));
    }
    return sites;
}

} // namespace greenlight
