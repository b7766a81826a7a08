// A what-if scenario: the knobs an officer changes to ask "what would the plan be if …" — policy,
// its threshold, the delay rules, budget caps, forecast model and an injected forecast error,
// sites added, removed or re-cooled, the period of the workload. Saved as a small JSON file so a
// scenario can be reopened and compared again (format in docs/what-if.md).
//
//   Result<Scenario> s = parseScenarioJson(text, "cheap-north.json");
//   std::string saved = scenarioToJson(s.value()).dump(2);
#pragma once

#include "core/fleet/coolingtype.h"
#include "core/json/json.h"
#include "core/status.h"
#include "core/utctime.h"
#include "core/zone.h"

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace greenlight {

// Forecast error injected into what the policy believes (never into the accounting): every
// forecast value is multiplied by (1 + biasPct/100) × exp(σ·z − σ²/2) with σ = noisePct/100 and z a
// standard normal drawn from (seed, zone, issue time, step), so a seed reproduces the same errors.
struct ForecastError {
    double biasPct = 0.0;
    double noisePct = 0.0;
    std::uint64_t seed = 1;

    bool isActive() const { return biasPct != 0.0 || noisePct != 0.0; }
    bool operator==(const ForecastError&) const = default;
};

// A site the scenario adds to the fleet (a candidate from the site planner, or typed in).
struct ScenarioSite {
    std::string id;           // "new-no-no1"
    std::string zoneKey;      // "NO-NO1"
    std::string jurisdiction; // "NO"
    GeoPoint location;
    int gpus = 64;
    CoolingType cooling = CoolingType::AirEconomizer;
    double pue = 1.2; // design PUE, used in hours without weather

    bool operator==(const ScenarioSite& o) const
    {
        return id == o.id && zoneKey == o.zoneKey && jurisdiction == o.jurisdiction &&
               location.latitudeDeg == o.location.latitudeDeg &&
               location.longitudeDeg == o.location.longitudeDeg && gpus == o.gpus &&
               cooling == o.cooling && pue == o.pue;
    }
};

struct Scenario {
    std::string name;
    std::string policy = "spatiotemporal";
    double thresholdGPerKwh = 100.0; // threshold-migrate's θ; ignored by the other policies
    double maxDelayLongHours = 24.0; // SLO of jobs longer than an hour
    double maxDelayShortHours = 4.0;
    // The fleet file's carbon budget governs the run, as it does the current plan (and `simulate`);
    // false: the caps below do, a missing one meaning no cap.
    bool fleetBudget = true;
    std::optional<double> budgetDailyKg;
    std::optional<double> budgetMonthlyKg;
    std::string forecast = "ridge";
    ForecastError forecastError;
    std::vector<ScenarioSite> addedSites;
    std::vector<std::string> removedSites;            // site ids
    std::map<std::string, CoolingType> coolingChanges; // site id → cooling type
    std::optional<UtcTime> from; // jobs submitted at or after
    std::optional<UtcTime> to;   // jobs submitted before

    // True when the fleet, the jobs and the period are those of the current plan, so the
    // carbon-agnostic baseline is the same.
    bool keepsFleetAndJobs() const;
    bool operator==(const Scenario& o) const = default;
};

inline constexpr int kScenarioFormatVersion = 1;

// Ranges of a scenario's numbers. The file parser refuses values outside them and the scenario
// editor's inputs use exactly these ranges, so a scenario opened from a file is shown — and saved
// again — without being clamped. Budget caps have no natural upper end; the parser refuses caps
// above kScenarioMaxBudgetKg (1 Mt a day or a month, far above any fleet) so that the editor can
// offer every valid value.
inline constexpr double kScenarioMaxThresholdGPerKwh = 5000.0;
inline constexpr double kScenarioMaxDelayHours = 24.0 * 60; // 60 days, both delay rules
inline constexpr double kScenarioMaxBudgetKg = 1e9;         // daily and monthly caps; > 0 or none
inline constexpr double kScenarioMinBiasPct = -90.0;
inline constexpr double kScenarioMaxBiasPct = 500.0;
inline constexpr double kScenarioMaxNoisePct = 200.0;
// 2^53: the largest whole number a JSON number (a double) holds exactly, and a QDoubleSpinBox too.
inline constexpr double kScenarioMaxSeed = 9007199254740992.0;
inline constexpr int kScenarioMaxSiteGpus = 100000;
inline constexpr double kScenarioMinSitePue = 1.0;
inline constexpr double kScenarioMaxSitePue = 3.0;

JsonValue scenarioToJson(const Scenario& scenario);
// Errors name the label, the line and what is wrong ("a.json:7: max_delay_long_h must be ≥ 0").
// Unknown keys are refused so that a typo is not silently ignored.
Result<Scenario> scenarioFromJson(const JsonValue& root, std::string_view label);
Result<Scenario> parseScenarioJson(std::string_view text, std::string_view label);

} // namespace greenlight
