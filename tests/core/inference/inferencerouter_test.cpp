#include "core/inference/inferencerouter.h"
#include "core/inference/requests.h"
#include "core/inference/routereplay.h"

#include <gtest/gtest.h>

#include <map>

#include <cmath>
#include <limits>

namespace greenlight {
namespace {

// Three sites around one user region: near (10 ms), mid (40 ms), far (300 ms).
Fleet routingFleet()
{
    return parseFleetJson(R"({"name":"r","user_regions":{"users":{"lat":0,"lon":0}},"sites":[
      {"id":"near","name":"N","zone":"ZN","jurisdiction":"EU","location":{"lat":0,"lon":0},"gpus":{"A100":8},"pue":1.2,"latency_ms":{"users":10}},
      {"id":"mid","name":"M","zone":"ZM","jurisdiction":"EU","location":{"lat":0,"lon":1},"gpus":{"A100":8},"pue":1.1,"latency_ms":{"users":40}},
      {"id":"far","name":"F","zone":"ZF","jurisdiction":"EU","location":{"lat":0,"lon":2},"gpus":{"A100":8},"pue":1.1,"latency_ms":{"users":300}}]})",
                          "routing.json")
        .value();
}

InferenceRequest request(double slaMs, double floor = 0.0)
{
    InferenceRequest r;
    r.id = "r";
    r.contextTokens = 1000;
    r.generatedTokens = 200;
    r.qualityFloor = floor;
    r.latencySlaMs = slaMs;
    return r;
}

struct RouteCase {
    const char* name;
    std::vector<double> intensity; // near, mid, far
    double slaMs;
    std::size_t expectedSite;
    bool slaMet;
};

class InferenceRoute : public ::testing::TestWithParam<RouteCase> {};

// Two sites equally near: the choice may not depend on which the fleet file lists first (it did:
// a property tester swapped them and the emissions changed 17-fold). Equal latency goes to the
// cleaner site, equal grams to the nearer one.
TEST(InferenceRouteTies, EqualLatenciesDoNotGoByTheFleetFilesOrder)
{
    const char* siteA = R"({"id":"a","name":"A","zone":"ZA","jurisdiction":"EU","location":{"lat":0,"lon":0},"gpus":{"A100":8},"pue":1.0,"latency_ms":{"users":10}})";
    const char* siteB = R"({"id":"b","name":"B","zone":"ZB","jurisdiction":"EU","location":{"lat":0,"lon":0},"gpus":{"A100":8},"pue":1.0,"latency_ms":{"users":10}})";
    for (double threshold : {1000.0, 200.0, 10.0}) {
        for (bool aFirst : {true, false}) {
            const std::string sites = aFirst ? std::string(siteA) + "," + siteB : std::string(siteB) + "," + siteA;
            const Fleet fleet = parseFleetJson(
                R"({"name":"t","user_regions":{"users":{"lat":0,"lon":0}},"sites":[)" + sites + "]}", "ties.json").value();
            InferenceRouter router(fleet, defaultModelTiers(), {.greenThresholdGPerKwh = threshold});
            // "a" is the clean one (30 g/kWh), "b" the dirty one (400).
            router.setIntensities(aFirst ? std::vector<double>{30, 400} : std::vector<double>{400, 30});
            const RouteDecision d = router.route(request(50), BudgetState::Normal);
            EXPECT_EQ(fleet.sites()[d.site].id, "a") << "threshold " << threshold << (aFirst ? ", a first" : ", b first");
        }
    }
}

TEST_P(InferenceRoute, PicksTheSiteByTheRule)
{
    const RouteCase& c = GetParam();
    const Fleet fleet = routingFleet();
    InferenceRouter router(fleet, defaultModelTiers(), {.greenThresholdGPerKwh = 200});
    router.setIntensities(c.intensity);
    const RouteDecision d = router.route(request(c.slaMs), BudgetState::Normal);
    EXPECT_EQ(d.site, c.expectedSite) << c.name;
    EXPECT_EQ(d.slaMet, c.slaMet) << c.name;
}

INSTANTIATE_TEST_SUITE_P(
    Rule, InferenceRoute,
    ::testing::Values(
        // Near is green: the lowest latency wins among green sites.
        RouteCase{"near green", {150, 50, 10}, 100, 0, true},
        // Near is dirty, mid is green: mid.
        RouteCase{"mid green", {500, 150, 10}, 100, 1, true},
        // None green within the SLA: the cleanest within it (by intensity × PUE).
        RouteCase{"cleanest within SLA", {400, 380, 10}, 100, 1, true},
        // The far green site is outside the SLA and never chosen for being green.
        RouteCase{"far green but slow", {400, 450, 10}, 100, 0, true},
        // Nothing within the SLA: the fastest, SLA missed.
        RouteCase{"nothing within SLA", {400, 450, 10}, 5, 0, false},
        // Unknown intensity is never chosen.
        RouteCase{"unknown skipped", {std::numeric_limits<double>::quiet_NaN(), 300, 10}, 100, 1, true},
        // Green counts the PUE: near's grid at 180 g/kWh behind PUE 1.2 emits 216 g per kWh of
        // work, over the threshold; mid at 170 × 1.1 = 187 is green. (The grid alone made near
        // green, and a site behind a poor PUE could emit more than one that was not.)
        RouteCase{"green counts the PUE", {180, 170, 10}, 100, 1, true}),
    [](const ::testing::TestParamInfo<RouteCase>& param) {
        std::string n = param.param.name;
        for (char& ch : n)
            if (ch == ' ')
                ch = '_';
        return n;
    });

TEST(InferenceRoute, AccountsEnergyTimesIntensityNotPerTokenCarbon)
{
    const Fleet fleet = routingFleet();
    InferenceRouter router(fleet, defaultModelTiers());
    router.setIntensities({100, 100, 100});
    const RouteDecision d = router.route(request(100), BudgetState::Normal);
    const ModelTier& tier = router.tiers()[d.tier];
    const double kwh = (tier.prefillJoulesPerToken * 1000 + tier.decodeJoulesPerToken * 200) / 3.6e6 * 1.2;
    EXPECT_DOUBLE_EQ(d.energyKwh, kwh);
    EXPECT_DOUBLE_EQ(d.emissionsGrams, kwh * 100);
    router.setIntensities({400, 450, 450}); // near stays cleanest: 400 × 1.2 < 450 × 1.1
    EXPECT_DOUBLE_EQ(router.route(request(100), BudgetState::Normal).emissionsGrams, kwh * 400);
}

TEST(InferenceRoute, HourlyPueChangesTheCleanestSiteAndTheEnergy)
{
    const Fleet fleet = routingFleet();
    InferenceRouter router(fleet, defaultModelTiers());
    // SLA 100 ms: near and mid qualify; neither is green at 400 / 410 g/kWh. Design PUE: near
    // 400 × 1.2 = 480 > mid 410 × 1.1 = 451, so mid. A hot hour at mid (PUE 1.5: 615) and a
    // free-cooled one at near (1.1: 440) turn it round.
    router.setIntensities({400, 410, 999});
    EXPECT_EQ(router.route(request(100), BudgetState::Normal).site, 1u);
    router.setPues({1.1, 1.5, 1.1});
    const RouteDecision d = router.route(request(100), BudgetState::Normal);
    EXPECT_EQ(d.site, 0u);
    const ModelTier& tier = router.tiers()[d.tier];
    EXPECT_DOUBLE_EQ(d.energyKwh,
                     (tier.prefillJoulesPerToken * 1000 + tier.decodeJoulesPerToken * 200) / 3.6e6 * 1.1);
}

struct TierCase {
    double floor;
    BudgetState budget;
    std::size_t expectedTier;
    bool review;
};

class BudgetTier : public ::testing::TestWithParam<TierCase> {};

TEST_P(BudgetTier, SmallestTierMeetingTheFloorCappedByTheBudget)
{
    const Fleet fleet = routingFleet();
    InferenceRouter router(fleet, defaultModelTiers());
    bool review = false;
    EXPECT_EQ(router.tierFor(GetParam().floor, GetParam().budget, review), GetParam().expectedTier);
    EXPECT_EQ(review, GetParam().review);
}

// Tiers: small 0.62, medium 0.70, large 0.80.
INSTANTIATE_TEST_SUITE_P(
    States, BudgetTier,
    ::testing::Values(TierCase{0.60, BudgetState::Normal, 0, false},
                      TierCase{0.65, BudgetState::Normal, 1, false},
                      TierCase{0.80, BudgetState::Normal, 2, false},
                      TierCase{0.80, BudgetState::Tightening, 1, true}, // capped below the floor
                      TierCase{0.70, BudgetState::Tightening, 1, false},
                      TierCase{0.70, BudgetState::Restricted, 1, false},
                      TierCase{0.80, BudgetState::Restricted, 1, true},
                      TierCase{0.60, BudgetState::Critical, 0, true}, // CRITICAL always flags
                      TierCase{0.99, BudgetState::Normal, 2, false}));

TEST(Requests, ReadTheAzureLayoutAndRejectBadRows)
{
    const Fleet fleet = routingFleet();
    const auto ok = parseRequestsCsv("request_id,timestamp_utc,context_tokens,generated_tokens\n"
                                     "a,2023-11-16T18:17:03.979960Z,4808,10\n",
                                     "req.csv", fleet, defaultModelTiers(), {});
    ASSERT_TRUE(ok.ok()) << ok.status().message();
    EXPECT_EQ(formatIsoUtc(ok->front().arrival), "2023-11-16T18:17:03Z");
    EXPECT_EQ(ok->front().contextTokens, 4808);
    for (const char* bad : {"request_id,timestamp_utc,context_tokens,generated_tokens\na,yesterday,1,1\n",
                            "request_id,timestamp_utc,context_tokens,generated_tokens\na,2023-11-16T18:17:03Z,-5,1\n",
                            // a corrupt export, not a request (it was accepted: 1.3 kg for one row)
                            "request_id,timestamp_utc,context_tokens,generated_tokens\na,2023-11-16T18:17:03Z,2147483647,1\n",
                            "id,time\na,b\n",
                            // ids are unique, as in simulate's workloads
                            "request_id,timestamp_utc,context_tokens,generated_tokens\na,2023-11-16T18:17:03Z,5,1\n"
                            "a,2023-11-16T18:17:04Z,5,1\n",
                            "request_id,timestamp_utc,context_tokens,generated_tokens\n,2023-11-16T18:17:03Z,5,1\n"}) {
        const auto r = parseRequestsCsv(bad, "req.csv", fleet, defaultModelTiers(), {});
        ASSERT_FALSE(r.ok()) << bad;
        EXPECT_EQ(r.status().message().rfind("req.csv:", 0), 0u) << r.status().message();
    }
}

// A request's user region does not depend on the order the fleet file lists its regions in.
TEST(Requests, UserRegionsDoNotDependOnTheirOrder)
{
    auto fleetWithRegions = [](const char* regions) {
        return parseFleetJson(std::string(R"({"name":"t","user_regions":)") + regions + R"(,"sites":[
          {"id":"a","name":"A","zone":"DE","jurisdiction":"EU","location":{"lat":50,"lon":8},"gpus":{"A100":8}}]})",
                              "t.json")
            .value();
    };
    const Fleet forward = fleetWithRegions(R"({"eu":{"lat":50,"lon":8},"us":{"lat":40,"lon":-75},"asia":{"lat":1,"lon":103}})");
    const Fleet backward = fleetWithRegions(R"({"asia":{"lat":1,"lon":103},"us":{"lat":40,"lon":-75},"eu":{"lat":50,"lon":8}})");
    std::string text = "request_id,timestamp_utc,context_tokens,generated_tokens\n";
    for (int i = 0; i < 3000; ++i)
        text += "r" + std::to_string(i) + ",2023-11-16T18:17:03Z,100,10\n";
    const auto a = parseRequestsCsv(text, "req.csv", forward, defaultModelTiers(), {}).value();
    const auto b = parseRequestsCsv(text, "req.csv", backward, defaultModelTiers(), {}).value();
    std::map<std::string, int> count;
    for (std::size_t i = 0; i < a.size(); ++i) {
        const std::string& region = forward.userRegions()[a[i].userRegion].id;
        ASSERT_EQ(region, backward.userRegions()[b[i].userRegion].id) << a[i].id;
        ++count[region];
    }
    for (const auto& [region, n] : count)
        EXPECT_NEAR(n / 3000.0, 1.0 / 3.0, 0.04) << region;
}

// Every request's grams count against the budget, whatever its id (a trace that repeated one
// id held only the first request's, and stayed NORMAL at twice the cap), and the replay reads the
// requests in time order whatever their order in the file.
TEST(RouteReplay, EveryRequestCountsOnceInTimeOrder)
{
    const Fleet fleet = routingFleet();
    std::vector<IntensitySeries> traces;
    for (const char* zone : {"ZN", "ZM", "ZF"}) {
        IntensitySeries::Columns c;
        c.lifecycleGPerKwh.assign(24 * 30, 300.0);
        traces.push_back(IntensitySeries::create(zone, *parseIsoUtc("2023-11-01T00:00:00Z"), Hours{1}, c).value());
    }
    std::vector<InferenceRequest> requests;
    for (int i = 0; i < 40; ++i) {
        InferenceRequest q = request(100.0);
        q.id = "same-id";
        q.arrival = *parseIsoUtc("2023-11-16T12:00:00Z") + std::chrono::minutes{i};
        requests.push_back(q);
    }
    RouteReplayInputs in{fleet, {&traces[0], &traces[1], &traces[2]}, nullptr, defaultModelTiers(), {}, {}};
    const RouteReplay free = replayRoutes(in, requests);
    ASSERT_GT(free.grams, 0.0);
    // A cap of half what they emit: the day must end CRITICAL.
    in.caps.dailyKg = free.grams / 1000.0 / 2.0;
    const RouteReplay capped = replayRoutes(in, requests);
    EXPECT_EQ(capped.budgetAtEnd, BudgetState::Critical);
    EXPECT_GT(capped.reviewFlags, 0u);

    // Without a trace for the nearest site, the counterfactual is the nearest site that has one
    // (it counted 0 g for those requests, inflating the saving).
    RouteReplayInputs noNear{fleet, {nullptr, &traces[1], &traces[2]}, nullptr, defaultModelTiers(), {}, {}};
    const RouteReplay withoutNear = replayRoutes(noNear, requests);
    EXPECT_GT(withoutNear.baselineGrams, 0.0);
    EXPECT_NEAR(withoutNear.baselineGrams, withoutNear.grams, 1e-9 * withoutNear.grams); // both at "mid"

    std::vector<InferenceRequest> reversed(requests.rbegin(), requests.rend());
    const RouteReplay backwards = replayRoutes(in, reversed);
    EXPECT_DOUBLE_EQ(backwards.grams, capped.grams);
    EXPECT_EQ(backwards.reviewFlags, capped.reviewFlags);
    EXPECT_EQ(backwards.budgetAtEnd, capped.budgetAtEnd);

    // A monthly cap counts as well (route took a daily cap only), and the tighter state wins.
    RouteReplayInputs monthly{fleet, {&traces[0], &traces[1], &traces[2]}, nullptr, defaultModelTiers(), {}, {}};
    monthly.caps.monthlyKg = free.grams / 1000.0 / 2.0;
    EXPECT_EQ(replayRoutes(monthly, requests).budgetAtEnd, BudgetState::Critical);
    monthly.caps.monthlyKg = free.grams / 1000.0 * 10.0; // 90 % of the month left
    EXPECT_EQ(replayRoutes(monthly, requests).budgetAtEnd, BudgetState::Normal);
    monthly.caps.dailyKg = free.grams / 1000.0 / 2.0;
    EXPECT_EQ(replayRoutes(monthly, requests).budgetAtEnd, BudgetState::Critical);
}

} // namespace
} // namespace greenlight
