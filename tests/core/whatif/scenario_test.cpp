// Scenario files: a full round trip, and errors that name the file, the line and the problem.
#include "core/whatif/scenario.h"

#include <gtest/gtest.h>

using namespace greenlight;

namespace {

Scenario everyKnobSet()
{
    Scenario s;
    s.name = "north, noisy";
    s.policy = "threshold-migrate";
    s.thresholdGPerKwh = 80;
    s.maxDelayLongHours = 36;
    s.maxDelayShortHours = 2.5;
    s.fleetBudget = false;
    s.budgetDailyKg = 120.5;
    s.budgetMonthlyKg = 3000;
    s.forecast = "seasonal-naive-24h";
    s.forecastError = {.biasPct = -10, .noisePct = 25, .seed = 42};
    s.addedSites.push_back({"new-no-no1", "NO-NO1", "NO", {59.91, 10.75}, 48, CoolingType::DirectToChip, 1.15});
    s.removedSites = {"sin1", "bom1"};
    s.coolingChanges["fra1"] = CoolingType::Immersion;
    s.from = parseIsoUtc("2022-08-01T00:00:00Z");
    s.to = parseIsoUtc("2022-09-01T00:00:00Z");
    return s;
}

} // namespace

TEST(Scenario, RoundTripsThroughJson)
{
    const Scenario s = everyKnobSet();
    const Result<Scenario> back = parseScenarioJson(scenarioToJson(s).dump(2), "s.json");
    ASSERT_TRUE(back.ok()) << back.status().message();
    EXPECT_EQ(back.value(), s);
    const Result<Scenario> defaults = parseScenarioJson(scenarioToJson(Scenario{}).dump(), "d.json");
    ASSERT_TRUE(defaults.ok());
    EXPECT_EQ(defaults.value(), Scenario{});
    EXPECT_TRUE(defaults->fleetBudget); // no "budget": the fleet file's caps, as the current plan
    // Its own caps, null meaning none: the fleet's no longer apply.
    const Result<Scenario> uncapped = parseScenarioJson(
        R"({"greenlight_scenario": 1, "budget": {"daily_kg": null, "monthly_kg": null}})", "u.json");
    ASSERT_TRUE(uncapped.ok()) << uncapped.status().message();
    EXPECT_FALSE(uncapped->fleetBudget);
    EXPECT_FALSE(uncapped->budgetDailyKg || uncapped->budgetMonthlyKg);
    EXPECT_TRUE(Scenario{}.keepsFleetAndJobs());
    EXPECT_FALSE(s.keepsFleetAndJobs());
}

TEST(Scenario, AMinimalFileTakesTheDefaults)
{
    const Result<Scenario> s = parseScenarioJson(R"({"greenlight_scenario": 1, "policy": "carbon-window"})", "m.json");
    ASSERT_TRUE(s.ok()) << s.status().message();
    EXPECT_EQ(s->policy, "carbon-window");
    EXPECT_EQ(s->forecast, "ridge");
    EXPECT_DOUBLE_EQ(s->maxDelayLongHours, 24.0);
}

TEST(Scenario, BadFilesSayWhereAndWhat)
{
    const struct {
        const char* text;
        const char* expected;
    } cases[] = {
        {"{\"greenlight_scenario\": 1,\n \"policy\": \"fastest\"}", "bad.json:2: unknown policy \"fastest\""},
        {"{\"greenlight_scenario\": 1,\n\n \"max_delay_long_h\": -3}", "bad.json:3: max_delay_long_h must be a number from 0"},
        {"{\"greenlight_scenario\": 1, \"polcy\": \"baseline\"}", "unknown key \"polcy\""},
        {"{\"policy\": \"baseline\"}", "not a Greenlight scenario"},
        {"{\"greenlight_scenario\": 7}", "format version 7 is not supported"},
        {"{\"greenlight_scenario\": 1, \"forecast\": \"crystal-ball\"}", "unknown forecast model \"crystal-ball\""},
        {"{\"greenlight_scenario\": 1, \"budget\": {\"daily_kg\": 0}}", "budget.daily_kg must be a positive number"},
        {"{\"greenlight_scenario\": 1, \"budget\": {\"monthly_kg\": 2e9}}", "budget.monthly_kg must be a positive number of kg up to 1e+09"},
        {"{\"greenlight_scenario\": 1, \"threshold_g_per_kwh\": 5000.5}", "threshold_g_per_kwh must be a number from 0 to 5000"},
        {"{\"greenlight_scenario\": 1, \"sites\": {\"cooling\": {\"fra1\": \"ice\"}}}", "sites.cooling.fra1: unknown cooling type \"ice\""},
        {"{\"greenlight_scenario\": 1, \"sites\": {\"add\": [{\"id\": \"x\"}]}}", "needs an \"id\" and a \"zone\""},
        {"{\"greenlight_scenario\": 1, \"sites\": {\"add\": [{\"id\": \"x\", \"zone\": \"FR\"}]}}", "location needs lat"},
        {"{\"greenlight_scenario\": 1, \"period\": {\"from\": \"2022-09-01T00:00:00Z\", \"to\": \"2022-08-01T00:00:00Z\"}}",
         "period.to must be after period.from"},
        {"{\"greenlight_scenario\": 1, \"period\": {\"from\": \"yesterday\"}}", "period.from must be an ISO-8601 UTC time"},
        {"{\"greenlight_scenario\": 1, \"forecast_error\": {\"seed\": 1.5}}", "seed must be a whole number"},
        {"{\"greenlight_scenario\": 1,", "bad.json"}, // not JSON: the parser's own line and column
        {"[1, 2]", "a scenario must be a JSON object"},
    };
    for (const auto& c : cases) {
        const Result<Scenario> s = parseScenarioJson(c.text, "bad.json");
        ASSERT_FALSE(s.ok()) << c.text;
        EXPECT_EQ(s.status().code(), StatusCode::InvalidArgument) << c.text;
        EXPECT_NE(s.status().message().find(c.expected), std::string::npos) << s.status().message();
    }
}
