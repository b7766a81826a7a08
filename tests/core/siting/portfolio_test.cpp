// The greedy portfolio on hand-computed four-hour, two-region cases.
#include "core/siting/jurisdiction.h"
#include "core/siting/portfolio.h"

#include <gtest/gtest.h>

using namespace greenlight;

namespace {

CandidateZone zone(std::string key, std::vector<float> hourly, std::vector<double> latency)
{
    CandidateZone c;
    c.zoneKey = std::move(key);
    c.hourlyGPerKwh = std::move(hourly);
    c.latencyMsByRegion = std::move(latency);
    return c;
}

struct Case {
    std::vector<CandidateZone> candidates;
    std::vector<RankedZone> ranking;
};

// A and B are clean in the first two hours and serve region 0; C is clean in the last two and
// serves region 1; D is never clean, serves nobody but scores well.
Case fourZones()
{
    Case c;
    c.candidates = {zone("A", {50, 50, 200, 200}, {10, 200}), zone("B", {50, 50, 200, 200}, {10, 200}),
                    zone("C", {200, 200, 50, 50}, {200, 10}), zone("D", {300, 300, 300, 300}, {200, 200})};
    for (const auto& [i, score] : std::vector<std::pair<std::size_t, double>>{{0, 0.9}, {1, 0.9}, {3, 0.8}, {2, 0.5}}) {
        RankedZone r;
        r.candidate = i;
        r.score = score;
        c.ranking.push_back(r);
    }
    return c;
}

PortfolioOptions options(std::size_t minSites, std::size_t maxSites)
{
    PortfolioOptions o;
    o.minSites = minSites;
    o.maxSites = maxSites;
    o.latencySlaMs = 50;
    return o;
}

} // namespace

TEST(Portfolio, PicksComplementarySitesAndStopsWhenNothingNewIsCovered)
{
    const Case c = fourZones();
    const Portfolio p = proposePortfolio(c.candidates, c.ranking, options(2, 3));
    // 1st: A = 0.9 + 2/4 hours + 1/2 regions = 1.9 (B ties, A ranks first; C 1.5, D 0.8).
    // 2nd: C = 0.5 + 0.5 + 0.5 − 0.5·max(0, −1) = 1.5 (D 0.8; B 0.9 − 0.5·1 = 0.4).
    // 3rd: D would add no hour and no region: stop at the minimum of two.
    ASSERT_EQ(p.picks.size(), 2u);
    EXPECT_EQ(c.candidates[p.picks[0].candidate].zoneKey, "A");
    EXPECT_NEAR(p.picks[0].gain, 1.9, 1e-12);
    EXPECT_EQ(c.candidates[p.picks[1].candidate].zoneKey, "C");
    EXPECT_NEAR(p.picks[1].gain, 1.5, 1e-12);
    EXPECT_NEAR(p.picks[1].maxCorrelation, -1.0, 1e-12);
    EXPECT_DOUBLE_EQ(p.lowCarbonHourShare, 1.0);
    EXPECT_EQ(p.regionsServed, 2u);
    EXPECT_EQ(p.regions, 2u);
    EXPECT_NEAR(p.meanPairwiseCorrelation, -1.0, 1e-12);
}

TEST(Portfolio, FillsUpToTheMinimumPreferringUncorrelatedSites)
{
    const Case c = fourZones();
    const Portfolio p = proposePortfolio(c.candidates, c.ranking, options(3, 5));
    ASSERT_EQ(p.picks.size(), 3u); // then nothing adds coverage
    // D (constant: correlation 0) = 0.8 beats B (a copy of A: 0.9 − 0.5) = 0.4.
    EXPECT_EQ(c.candidates[p.picks[2].candidate].zoneKey, "D");
    EXPECT_NEAR(p.picks[2].gain, 0.8, 1e-12);
}

TEST(Portfolio, LeavesOutZonesTheFleetAlreadyUses)
{
    Case c = fourZones();
    c.candidates[0].inFleet = true;
    const Portfolio p = proposePortfolio(c.candidates, c.ranking, options(1, 1));
    ASSERT_EQ(p.picks.size(), 1u);
    EXPECT_EQ(c.candidates[p.picks[0].candidate].zoneKey, "B");
    const std::vector<ScenarioSite> sites = portfolioSites(c.candidates, p, 32);
    ASSERT_EQ(sites.size(), 1u);
    EXPECT_EQ(sites[0].id, "new-b");
    EXPECT_EQ(sites[0].gpus, 32);
}

TEST(Portfolio, CorrelationOfHourlySeries)
{
    EXPECT_NEAR(hourlyCorrelation({1, 2, 3}, {2, 4, 6}), 1.0, 1e-12);
    EXPECT_NEAR(hourlyCorrelation({1, 2, 3}, {3, 2, 1}), -1.0, 1e-12);
    EXPECT_DOUBLE_EQ(hourlyCorrelation({1, 1, 1}, {3, 2, 1}), 0.0);
}

TEST(Jurisdiction, ZonesMapToTheFleetFilesSovereigntyAreas)
{
    EXPECT_EQ(jurisdictionOfZone("SE-SE3"), "EU");
    EXPECT_EQ(jurisdictionOfZone("DE"), "EU");
    EXPECT_EQ(jurisdictionOfZone("GB"), "UK");
    EXPECT_EQ(jurisdictionOfZone("NO-NO1"), "NO");
    EXPECT_EQ(jurisdictionOfZone("US-CAL-CISO"), "US");
    EXPECT_EQ(jurisdictionOfZone("CH"), "CH");
}
