#include "routecommands.h"

#include "fleetinputs.h"

#include "core/accounting/sitekpis.h"
#include "core/budget/carbonbudget.h"
#include "core/fleet/fleet.h"
#include "core/inference/inferencerouter.h"
#include "core/inference/requests.h"
#include "core/json/json.h"
#include "core/physics/weatherlibrary.h"
#include "core/scheduler/intensityoutlook.h"
#include "core/traceloader.h"

#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <iostream>
#include <limits>

namespace greenlight::cli {
namespace {

constexpr const char* kUsage =
    "usage: greenlight-cli route --requests FILE [--fleet FILE] [--carbon-dir DIR]\n"
    "         [--sla-ms MS] [--green-threshold G] [--budget-daily-kg KG] [--weather-dir DIR]\n"
    "         [--constant-pue] [--json]\n"
    "Routes each request (layout request_id,timestamp_utc,context_tokens,generated_tokens) to a\n"
    "site and model tier: the lowest-latency site within the SLA that is green (intensity at or\n"
    "below the threshold), else the cleanest within the SLA; the smallest tier that meets the\n"
    "request's quality floor, capped by the budget state. Compared with the nearest site.\n"
    "Energy includes each site's PUE of the hour from its cooling and recorded weather\n"
    "(docs/site-physics.md); --constant-pue uses the fleet file's design PUE.\n";

double percentile(std::vector<double> v, double p)
{
    if (v.empty())
        return 0.0;
    std::sort(v.begin(), v.end());
    return v[static_cast<std::size_t>(std::min<double>(v.size() - 1, std::ceil(p * static_cast<double>(v.size())) - 1))];
}

} // namespace

int runRoute(const CliArgs& args, std::ostream& out, std::ostream& err)
{
    if (args.flag("--help")) {
        out << kUsage;
        return 0;
    }
    for (const auto& option : args.unknown({"--help", "--requests", "--fleet", "--carbon-dir", "--data-dir",
                                            "--sla-ms", "--green-threshold", "--budget-daily-kg", "--json",
                                            "--weather-dir", "--constant-pue"})) {
        err << "error: unknown option " << option << " (see route --help)\n";
        return 2;
    }
    const auto requestsPath = args.option("--requests");
    if (!requestsPath) {
        err << "error: --requests is required\n" << kUsage;
        return 2;
    }
    RequestRules rules;
    RouterSettings settings;
    std::optional<double> dailyCap;
    try {
        if (const auto v = args.option("--sla-ms"))
            rules.latencySlaMs = std::stod(*v);
        if (const auto v = args.option("--green-threshold"))
            settings.greenThresholdGPerKwh = std::stod(*v);
        if (const auto v = args.option("--budget-daily-kg"))
            dailyCap = std::stod(*v);
    } catch (...) {
        err << "error: --sla-ms, --green-threshold and --budget-daily-kg take numbers\n";
        return 2;
    }
    if (rules.latencySlaMs <= 0 || settings.greenThresholdGPerKwh < 0 || (dailyCap && *dailyCap <= 0)) {
        err << "error: --sla-ms and --budget-daily-kg must be positive, --green-threshold ≥ 0\n";
        return 2;
    }
    Result<FleetInputs> inputs = loadFleetInputs(args);
    if (!inputs.ok()) {
        err << "error: " << inputs.status().message() << '\n';
        return 1;
    }
    const Fleet* fleet = &inputs->fleet;
    std::vector<const IntensitySeries*> seriesBySite;
    for (const Site& site : fleet->sites())
        seriesBySite.push_back(inputs->traces.find(site.zoneKey));

    const std::vector<ModelTier> tiers = defaultModelTiers();
    Result<std::vector<InferenceRequest>> requests = loadRequestsCsv(*requestsPath, *fleet, tiers, rules);
    if (!requests.ok()) {
        err << "error: " << requests.status().message() << '\n';
        return 1;
    }
    InferenceRouter router(*fleet, tiers, settings);
    // PUE(t) per site over the requests' period, from site physics (design PUE without weather).
    std::optional<FleetPhysics> physics;
    if (!args.flag("--constant-pue") && !requests->empty()) {
        const std::filesystem::path dataDir = args.option("--data-dir").value_or(defaultDataDir().string());
        Result<WeatherLibrary> weather = WeatherLibrary::loadDirectory(
            args.option("--weather-dir").value_or((dataDir / "weather").string()));
        if (!weather.ok()) {
            err << "error: " << weather.status().message() << '\n';
            return 1;
        }
        const TimeWindow period{std::chrono::floor<Hours>(requests->front().arrival),
                                std::chrono::floor<Hours>(requests->back().arrival) + Hours{1}};
        Result<FleetPhysics> computed = weather->physicsFor(*fleet, period);
        if (!computed.ok()) {
            err << "error: " << computed.status().message() << '\n';
            return 1;
        }
        physics = std::move(computed).value();
    }
    std::vector<double> pue;
    for (const Site& site : fleet->sites())
        pue.push_back(site.pue);
    CarbonBudget budget({dailyCap, std::nullopt, {}});
    std::vector<double> decisionNs;
    decisionNs.reserve(requests->size());
    double grams = 0.0, baselineGrams = 0.0, latencySum = 0.0, energyKwh = 0.0;
    std::size_t slaMet = 0, qualityMet = 0, review = 0, unknownHours = 0;
    std::vector<std::size_t> tierCount(tiers.size(), 0);
    long long currentHour = std::numeric_limits<long long>::min();
    std::vector<double> intensity(fleet->sites().size());
    for (const InferenceRequest& q : requests.value()) {
        const long long hour = std::chrono::floor<Hours>(q.arrival).time_since_epoch().count();
        if (hour != currentHour) {
            currentHour = hour;
            const UtcTime start{Hours{hour}};
            for (std::size_t s = 0; s < intensity.size(); ++s) {
                const auto v = actualIntegralWrapped(seriesBySite[s], {start, start + Hours{1}});
                intensity[s] = v ? *v : std::numeric_limits<double>::quiet_NaN();
                unknownHours += !v;
            }
            router.setIntensities(intensity);
            if (physics) {
                for (std::size_t s = 0; s < pue.size(); ++s)
                    pue[s] = physics->sites[s].pueAt(start);
                router.setPues(pue);
            }
        }
        const auto t0 = std::chrono::steady_clock::now(); // the decision includes the budget check
        const RouteDecision d = router.route(q, budget.state(q.arrival));
        const auto t1 = std::chrono::steady_clock::now();
        decisionNs.push_back(std::chrono::duration<double, std::nano>(t1 - t0).count());
        budget.reserve(q.id, "", q.arrival, d.emissionsGrams / 1000.0);
        grams += d.emissionsGrams;
        energyKwh += d.energyKwh;
        latencySum += d.latencyMs;
        slaMet += d.slaMet;
        qualityMet += d.qualityMet;
        review += d.needsReview;
        ++tierCount[d.tier];
        // Counterfactual: the nearest site, the tier that meets the floor, no budget.
        std::size_t nearest = 0;
        for (std::size_t s = 1; s < fleet->sites().size(); ++s) {
            const auto& region = fleet->userRegions()[q.userRegion].id;
            if (fleet->sites()[s].latencyMsTo(region) < fleet->sites()[nearest].latencyMsTo(region))
                nearest = s;
        }
        bool unused = false;
        const ModelTier& tier = tiers[router.tierFor(q.qualityFloor, BudgetState::Normal, unused)];
        const double kwh = (tier.prefillJoulesPerToken * q.contextTokens + tier.decodeJoulesPerToken * q.generatedTokens) /
                           3.6e6 * pue[nearest];
        baselineGrams += kwh * (std::isnan(intensity[nearest]) ? 0.0 : intensity[nearest]);
    }
    const double n = std::max<double>(1.0, static_cast<double>(requests->size()));
    JsonValue o = JsonValue::object();
    o.set("policy", JsonValue::string("inference-route + budget-tier"));
    o.set("requests", JsonValue::number(static_cast<double>(requests->size())));
    o.set("emissions_kg", JsonValue::number(grams / 1000.0));
    o.set("baseline_emissions_kg", JsonValue::number(baselineGrams / 1000.0));
    o.set("savings_pct", JsonValue::number(baselineGrams > 0 ? 100.0 * (baselineGrams - grams) / baselineGrams : 0.0));
    o.set("sla_met_pct", JsonValue::number(100.0 * static_cast<double>(slaMet) / n));
    o.set("quality_met_pct", JsonValue::number(100.0 * static_cast<double>(qualityMet) / n));
    o.set("review_flags", JsonValue::number(static_cast<double>(review)));
    // SCI per 1,000 requests: (E × I + M) / R with the hour's average intensity (energy-weighted),
    // embodied emissions not included (no data for them).
    const double sci = sciGramsPerUnit(energyKwh, energyKwh > 0 ? grams / energyKwh : 0.0, 0.0,
                                       static_cast<double>(requests->size()) / 1000.0);
    o.set("energy_kwh", JsonValue::number(energyKwh));
    o.set("sci_g_per_1000_requests", JsonValue::number(sci));
    o.set("mean_latency_ms", JsonValue::number(latencySum / n));
    JsonValue mix = JsonValue::object();
    for (std::size_t t = 0; t < tiers.size(); ++t)
        mix.set(tiers[t].name, JsonValue::number(static_cast<double>(tierCount[t])));
    o.set("tiers", mix);
    o.set("decision_ns_p50", JsonValue::number(percentile(decisionNs, 0.50)));
    o.set("decision_ns_p99", JsonValue::number(percentile(decisionNs, 0.99)));
    o.set("budget_state_at_end", JsonValue::string(budgetStateName(budget.state(requests->empty() ? UtcTime{} : requests->back().arrival))));
    o.set("assumptions", JsonValue::string(rules.describe() + "; green threshold " +
                                           std::to_string(static_cast<int>(settings.greenThresholdGPerKwh)) +
                                           " g/kWh; energy per token from the documented model tiers × PUE" +
                                           (physics ? "(t) of the hour (site physics)" : " (design, constant)") +
                                           " × the hour's recorded intensity"));
    if (args.flag("--json")) {
        out << o.dump(2) << '\n';
        return 0;
    }
    char line[256];
    std::snprintf(line, sizeof line,
                  "%zu requests: %.3f kg CO2eq (nearest site %.3f kg, saving %.1f %%), SLA met %.1f %%, "
                  "quality met %.1f %%, %zu review flags, SCI %.2f g per 1,000 requests, decision p50 "
                  "%.0f ns p99 %.0f ns\n",
                  requests->size(), grams / 1000, baselineGrams / 1000,
                  o.get("savings_pct").asNumber(), o.get("sla_met_pct").asNumber(),
                  o.get("quality_met_pct").asNumber(), review, sci, percentile(decisionNs, 0.5),
                  percentile(decisionNs, 0.99));
    out << line << "  assumptions: " << o.get("assumptions").asString() << '\n';
    return 0;
}

} // namespace greenlight::cli
