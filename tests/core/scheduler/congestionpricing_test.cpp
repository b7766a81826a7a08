// Congestion pricing in spatiotemporal: the price of a site-hour rises with how full it is, and
// the load still to come is learned from past submits only.
#include "core/scheduler/arrivalload.h"
#include "core/scheduler/intensityoutlook.h"
#include "core/scheduler/policies/spatiotemporal/spatiotemporalpolicy.h"

#include "schedulertestfixture.h"

#include <gtest/gtest.h>

#include <cmath>

namespace greenlight {
namespace {

using testing::handWorld;
using testing::makeJob;
using testing::t0;
using testing::World;

struct CongestionCase {
    const char* name;
    int busyAtB; // GPUs already held at b for two days
    int busyAtC;
    const char* expectedSite;
};

void PrintTo(const CongestionCase& c, std::ostream* out)
{
    *out << c.name;
}

class CongestionPricingPlaces : public ::testing::TestWithParam<CongestionCase> {};

// Per IT kWh: a 600 g (120 from 10:00), b 55, c 30 (PUEs 1.2, 1.1, 1.5). The price of a
// site-hour is 0.15 × the job's grams at home now (600 per kWh) × fullness²: 90 × fullness².
TEST_P(CongestionPricingPlaces, TheCleanestSiteUntilItIsFullEnoughToCostMore)
{
    const CongestionCase& c = GetParam();
    World w(handWorld); // three 8-GPU sites, empty ledger, now = t0
    const TimeWindow twoDays{t0(), t0() + Hours{48}};
    if (c.busyAtB > 0) {
        ASSERT_TRUE(w.ledger.reserve("busy-b", 1, {twoDays}, c.busyAtB));
    }
    if (c.busyAtC > 0) {
        ASSERT_TRUE(w.ledger.reserve("busy-c", 2, {twoDays}, c.busyAtC));
    }
    SpatioTemporalPolicy policy;
    const Placement p = policy.place(makeJob("j", 1, Hours{8}, t0(), Hours{24}), w.ctx);
    ASSERT_TRUE(p.status.isOk()) << p.status.toString();
    EXPECT_EQ(w.fleet.sites()[p.plan.site].id, c.expectedSite) << p.reason;
    EXPECT_EQ(p.plan.start(), t0()) << p.reason;
    // When the price decides, the reason names the cleaner option that was passed over.
    const bool passedOver = std::string(c.expectedSite) != "c";
    EXPECT_EQ(p.reason.find("c from") != std::string::npos, passedOver) << p.reason;
}

INSTANTIATE_TEST_SUITE_P(
    HandWorld, CongestionPricingPlaces,
    ::testing::Values(
        // c: 30 + 90 × (1/8)² = 31.4 beats b: 55 + 1.4.
        CongestionCase{"EmptyFleet", 0, 0, "c"},
        // c half full after the job: 30 + 90 × (4/8)² = 52.5, still below b's 56.4.
        CongestionCase{"CleanSiteHalfFull", 0, 3, "c"},
        // c three quarters full: 30 + 90 × (6/8)² = 80.6, now above b's 56.4 (by emissions alone
        // c would still win).
        CongestionCase{"CleanSiteNearlyFull", 0, 5, "b"},
        // Both as full: the price is the same at b and c, so the cleaner c wins again.
        CongestionCase{"BothEquallyFull", 5, 5, "c"}),
    [](const ::testing::TestParamInfo<CongestionCase>& param) {
        return std::string(param.param.name);
    });

struct ClaimCase {
    const char* name;
    Seconds window;      // the arriving job's max delay
    Seconds ahead;       // how far ahead of the submit the claim is asked for
    Seconds sinceSubmit; // how long after the submit it is asked
    double expectedGpus;
};

void PrintTo(const ClaimCase& c, std::ostream* out)
{
    *out << c.name;
}

class ArrivalLoadClaims : public ::testing::TestWithParam<ClaimCase> {};

// One 8-GPU, 3-hour job: 24 GPU-hours over a memory of a day is a steady load of 1 GPU.
TEST_P(ArrivalLoadClaims, ShareOfTheSteadyLoadThatMayStillClaimTheSlot)
{
    const ClaimCase& c = GetParam();
    ArrivalLoad load(Hours{24});
    load.observe(makeJob("j", 8, Hours{3}, t0(), c.window));
    const UtcTime now = t0() + c.sinceSubmit;
    EXPECT_NEAR(load.expectedClaimGpus(now, c.ahead), c.expectedGpus, 1e-9);
    const std::vector<double> batch = load.expectedClaimGpus(now, {now + c.ahead});
    EXPECT_NEAR(batch.front(), c.expectedGpus, 1e-9);
}

INSTANTIATE_TEST_SUITE_P(
    OneJob, ArrivalLoadClaims,
    ::testing::Values(ClaimCase{"NowIsAlreadyDecided", Hours{4}, Seconds{0}, Seconds{0}, 0.0},
                      ClaimCase{"HalfTheWindowAhead", Hours{4}, Hours{2}, Seconds{0}, 0.5},
                      ClaimCase{"BeyondTheWindow", Hours{4}, Hours{8}, Seconds{0}, 1.0},
                      ClaimCase{"LongWindowsClaimLater", Hours{24}, Hours{6}, Seconds{0}, 0.25},
                      ClaimCase{"ForgottenOverADay", Hours{4}, Hours{8}, Hours{24},
                                std::exp(-1.0)}),
    [](const ::testing::TestParamInfo<ClaimCase>& param) { return std::string(param.param.name); });

TEST(ArrivalLoad, KnowsNothingBeforeTheFirstSubmit)
{
    const ArrivalLoad load;
    EXPECT_EQ(load.expectedClaimGpus(t0(), Hours{10}), 0.0);
}

} // namespace
} // namespace greenlight
