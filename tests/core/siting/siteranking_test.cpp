// The multi-criteria ranking on a hand-computed three-zone case.
#include "core/siting/siteranking.h"

#include <gtest/gtest.h>

using namespace greenlight;

namespace {

CandidateZone zone(std::string key, double mean, double p10, double share, std::optional<double> freeHours,
                   double latencyMs, std::string jurisdiction)
{
    CandidateZone c;
    c.zoneKey = std::move(key);
    c.meanGPerKwh = mean;
    c.p10GPerKwh = p10;
    c.lowCarbonShare = share;
    c.freeCoolingHours = freeHours;
    c.latencyMsByRegion = {latencyMs};
    c.meanLatencyMs = latencyMs;
    c.jurisdiction = std::move(jurisdiction);
    return c;
}

std::vector<CandidateZone> threeZones()
{
    return {zone("A", 100, 50, 0.50, 1000.0, 20, "EU"), zone("B", 300, 100, 0.00, std::nullopt, 80, "US"),
            zone("C", 200, 150, 0.25, 3000.0, 50, "EU")};
}

} // namespace

TEST(SiteRanking, NormalisesEachCriterionOverTheCandidatesBestIsOne)
{
    CriterionWeights w{1, 1, 1, 1, 1, 1};
    const std::vector<CandidateZone> c = threeZones();
    const std::vector<RankedZone> r = rankZones(c, w, {"EU"});
    ASSERT_EQ(r.size(), 3u);
    // A: mean 1, p10 1, share 1, free 0, latency 1, jurisdiction 1 → 5/6.
    // C: 0.5, 0, 0.5, 1, 0.5, 1 → 3.5/6.   B: 0, 0.5, 0, (no weather: the median of A and C,
    // 0.5), 0, 0 → 1/6 (scored on its other five it had 0.5/5, ahead of a zone with data alike).
    EXPECT_EQ(c[r[0].candidate].zoneKey, "A");
    EXPECT_NEAR(r[0].score, 5.0 / 6.0, 1e-12);
    EXPECT_EQ(c[r[1].candidate].zoneKey, "C");
    EXPECT_NEAR(r[1].score, 3.5 / 6.0, 1e-12);
    EXPECT_EQ(c[r[2].candidate].zoneKey, "B");
    EXPECT_NEAR(r[2].score, 1.0 / 6.0, 1e-12);
    EXPECT_FALSE(r[2].normalised[criterionIndex(SitingCriterion::FreeCooling)].has_value());
    EXPECT_DOUBLE_EQ(*r[1].normalised[criterionIndex(SitingCriterion::FreeCooling)], 1.0);
    EXPECT_DOUBLE_EQ(*r[1].normalised[criterionIndex(SitingCriterion::LowIntensity)], 0.0);
}

TEST(SiteRanking, WeightsChangeTheOrder)
{
    const std::vector<CandidateZone> c = threeZones();
    CriterionWeights coolingOnly{0, 0, 0, 1, 0, 0};
    const std::vector<RankedZone> r = rankZones(c, coolingOnly, {});
    EXPECT_EQ(c[r[0].candidate].zoneKey, "C"); // 1
    EXPECT_EQ(c[r[1].candidate].zoneKey, "B"); // no weather: the median zone's 0.5
    EXPECT_DOUBLE_EQ(r[1].score, 0.5);
    EXPECT_EQ(c[r[2].candidate].zoneKey, "A"); // 0

    CriterionWeights noCooling{1, 1, 1, 0, 1, 1};
    const std::vector<RankedZone> r2 = rankZones(c, noCooling, {"EU"});
    EXPECT_NEAR(r2[0].score, 1.0, 1e-12);     // A: every remaining criterion best
    EXPECT_NEAR(r2[1].score, 2.5 / 5.0, 1e-12); // C
}

TEST(SiteRanking, EqualValuesAndZeroWeightsAreHarmless)
{
    std::vector<CandidateZone> c = {zone("X", 100, 50, 0.5, 10.0, 20, "EU"), zone("W", 100, 50, 0.5, 10.0, 20, "EU")};
    const std::vector<RankedZone> r = rankZones(c, CriterionWeights{}, {"EU"});
    EXPECT_DOUBLE_EQ(r[0].score, 1.0);
    EXPECT_EQ(c[r[0].candidate].zoneKey, "W"); // tie: by key
    const std::vector<RankedZone> zero = rankZones(c, CriterionWeights{0, 0, 0, 0, 0, 0}, {});
    EXPECT_DOUBLE_EQ(zero[0].score, 0.0);
}
