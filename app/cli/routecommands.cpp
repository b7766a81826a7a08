#include "routecommands.h"

#include "fleetinputs.h"

#include "core/accounting/sitekpis.h"
#include "core/budget/carbonbudget.h"
#include "core/fleet/fleet.h"
#include "core/inference/inferencerouter.h"
#include "core/inference/routereplay.h"
#include "core/inference/requests.h"
#include "core/json/json.h"
#include "core/physics/weatherlibrary.h"
#include "core/simulation/runpreparation.h"
#include "core/scheduler/intensityoutlook.h"
#include "core/traceloader.h"

#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <iostream>
#include <limits>
#include <stdexcept>
#include <string>

namespace greenlight::cli {
namespace {

constexpr const char* kUsage =
    "usage: greenlight-cli route --requests FILE [--fleet FILE] [--carbon-dir DIR]\n"
    "         [--sla-ms MS] [--green-threshold G] [--budget-daily-kg KG] [--budget-monthly-kg KG]\n"
    "         [--weather-dir DIR] [--constant-pue] [--shift-weeks N] [--json]\n"
    "Routes each request (layout request_id,timestamp_utc,context_tokens,generated_tokens) to a\n"
    "site and model tier: the lowest-latency site within the SLA that is green (intensity × PUE\n"
    "at or below the threshold), else the cleanest within the SLA; the smallest tier that meets the\n"
    "request's quality floor, capped by the budget state (the tighter of the daily and monthly\n"
    "caps of --budget-daily-kg and --budget-monthly-kg; without them, no cap: the fleet file's\n"
    "carbon_budget is the job fleet's and is not applied to inference). Compared with the nearest site.\n"
    "Energy includes each site's PUE of the hour from its cooling and recorded weather\n"
    "(docs/site-physics.md); --constant-pue uses the fleet file's design PUE.\n"
    "--shift-weeks N moves every request by N weeks (keeping weekday and hour), to line a trace up\n"
    "with the recorded intensities; hours outside them are read 52 weeks away, and the output\n"
    "says at which sites.\n";

double percentile(std::vector<double> v, double p)
{
    if (v.empty())
        return 0.0;
    std::sort(v.begin(), v.end());
    return v[static_cast<std::size_t>(std::min<double>(v.size() - 1, std::ceil(p * static_cast<double>(v.size())) - 1))];
}

// Which sites' recorded intensities do not cover the requests' period (read 52 weeks away, as
// actualIntegralWrapped does) and which have none (not routed to): empty when all do.
std::string intensityNote(const Fleet& fleet, const std::vector<const IntensitySeries*>& seriesBySite,
                          TimeWindow period)
{
    std::string wrapped;
    std::string missing;
    for (std::size_t s = 0; s < fleet.sites().size(); ++s) {
        const std::string name = fleet.sites()[s].id + " (" + fleet.sites()[s].zoneKey + ")";
        const IntensitySeries* series = s < seriesBySite.size() ? seriesBySite[s] : nullptr;
        if (!series)
            missing += (missing.empty() ? "" : ", ") + name;
        else if (!series->coverage().contains(period))
            wrapped += (wrapped.empty() ? "" : ", ") + name;
    }
    std::string note;
    if (!wrapped.empty())
        note = "the requests (" + formatIsoUtc(period.begin) + " .. " + formatIsoUtc(period.end) +
               ") lie outside the recorded intensities of " + wrapped +
               ": those hours are read a whole number of 52-week blocks earlier or later (as many as it "
               "takes to reach the data), same weekday and hour (--shift-weeks moves the requests instead)";
    if (!missing.empty())
        note += (note.empty() ? "" : "; ") + std::string("no intensity data for ") + missing + ": not routed to";
    return note;
}

} // namespace

int runRoute(const CliArgs& args, std::ostream& out, std::ostream& err)
{
    if (args.flag("--help")) {
        out << kUsage;
        return 0;
    }
    for (const auto& option : args.unknown({"--help", "--requests", "--fleet", "--carbon-dir", "--data-dir",
                                            "--sla-ms", "--green-threshold", "--budget-daily-kg", "--budget-monthly-kg", "--json",
                                            "--weather-dir", "--constant-pue", "--shift-weeks"})) {
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
    BudgetCaps caps;
    long long shiftWeeks = 0;
    {
        // Each option in range, or the first one that is not named with its range.
        NumberOptions numbers(args);
        using Least = NumberOptions::Least;
        rules.latencySlaMs = numbers.get("--sla-ms", 0, 1e6, Least::Excluded).value_or(rules.latencySlaMs);
        settings.greenThresholdGPerKwh =
            numbers.get("--green-threshold", 0, 100000).value_or(settings.greenThresholdGPerKwh);
        caps.dailyKg = numbers.get("--budget-daily-kg", 0, 1e12, Least::Excluded);
        caps.monthlyKg = numbers.get("--budget-monthly-kg", 0, 1e12, Least::Excluded);
        if (const auto v = args.option("--shift-weeks")) {
            const std::optional<long long> weeks = parseWholeNumber(*v, -kMostShiftWeeks, kMostShiftWeeks);
            if (!weeks)
                numbers.fail("--shift-weeks takes a whole number of weeks from -" + std::to_string(kMostShiftWeeks) +
                             " to " + std::to_string(kMostShiftWeeks));
            shiftWeeks = weeks.value_or(0);
        }
        if (!numbers.problem().empty()) {
            err << "error: " << numbers.problem() << " (see route --help)\n";
            return 2;
        }
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
    if (requests->empty()) {
        // As simulate does: an empty trace is a wrong file far more often than an idle service.
        err << "error: " << *requestsPath << " holds no requests\n";
        return 1;
    }
    for (InferenceRequest& q : requests.value())
        q.arrival += Days{7 * shiftWeeks};
    // In time order whatever the file's row order: the period (for PUE and the note), the budget
    // days and the hourly intensities are all read along the requests.
    // Requests in the same second by id (ids are unique): the same requests in another row order
    // give the same run.
    std::sort(requests->begin(), requests->end(), [](const InferenceRequest& a, const InferenceRequest& b) {
        return a.arrival != b.arrival ? a.arrival < b.arrival : a.id < b.id;
    });
    const TimeWindow period{std::chrono::floor<Hours>(requests->front().arrival),
                            std::chrono::floor<Hours>(requests->back().arrival) + Hours{1}};
    // A trace under a week that does not cover the requests cannot be read a whole number of
    // weeks away: its site has no intensity for them and is not routed to (its hours used to
    // count as 0 g, in the routing and in the baseline alike).
    bool anyData = false;
    for (const IntensitySeries*& series : seriesBySite) {
        if (series && !series->coverage().contains(period) && wrapPeriod(series->coverage()) <= Seconds{0})
            series = nullptr;
        anyData = anyData || series != nullptr;
    }
    if (!anyData) {
        err << "error: no fleet site has intensity data for the requests (" << formatIsoUtc(period.begin)
            << " .. " << formatIsoUtc(period.end) << ")\n";
        return 1;
    }
    // PUE(t) per site over the requests' period, from site physics (design PUE without weather).
    std::optional<FleetPhysics> physics;
    if (!args.flag("--constant-pue")) {
        Result<WeatherLibrary> weather = loadWeatherOption(args);
        if (!weather.ok()) {
            err << "error: " << weather.status().message() << '\n';
            return 1;
        }
        Result<FleetPhysics> computed = weather->physicsFor(*fleet, period);
        if (!computed.ok()) {
            err << "error: " << computed.status().message() << '\n';
            return 1;
        }
        physics = std::move(computed).value();
    }
    const RouteReplay r = replayRoutes(
        {*fleet, seriesBySite, physics ? &*physics : nullptr, tiers, settings, caps, true}, requests.value());
    const double grams = r.grams, baselineGrams = r.baselineGrams, energyKwh = r.energyKwh;
    const std::size_t review = r.reviewFlags;
    const std::vector<double>& decisionNs = r.decisionNs;
    JsonValue o = JsonValue::object();
    o.set("policy", JsonValue::string("inference-route + budget-tier"));
    o.set("requests", JsonValue::number(static_cast<double>(requests->size())));
    o.set("emissions_kg", JsonValue::number(grams / 1000.0));
    o.set("baseline_emissions_kg", JsonValue::number(baselineGrams / 1000.0));
    o.set("savings_pct", JsonValue::number(baselineGrams > 0 ? 100.0 * (baselineGrams - grams) / baselineGrams : 0.0));
    o.set("sla_met_pct", JsonValue::number(r.slaMetPct()));
    o.set("quality_met_pct", JsonValue::number(r.qualityMetPct()));
    o.set("review_flags", JsonValue::number(static_cast<double>(review)));
    // SCI per 1,000 requests: (E × I + M) / R with the hour's average intensity (energy-weighted),
    // embodied emissions not included (no data for them).
    const double sci = sciGramsPerUnit(energyKwh, energyKwh > 0 ? grams / energyKwh : 0.0, 0.0,
                                       static_cast<double>(requests->size()) / 1000.0);
    o.set("energy_kwh", JsonValue::number(energyKwh));
    o.set("sci_g_per_1000_requests", JsonValue::number(sci));
    o.set("mean_latency_ms", JsonValue::number(r.meanLatencyMs()));
    JsonValue mix = JsonValue::object();
    for (std::size_t t = 0; t < tiers.size(); ++t)
        mix.set(tiers[t].name, JsonValue::number(static_cast<double>(r.tierCount[t])));
    o.set("tiers", mix);
    o.set("decision_ns_p50", JsonValue::number(percentile(decisionNs, 0.50)));
    o.set("decision_ns_p99", JsonValue::number(percentile(decisionNs, 0.99)));
    o.set("budget_state_at_end", JsonValue::string(budgetStateName(r.budgetAtEnd)));
    o.set("assumptions", JsonValue::string(rules.describe() + "; green threshold " +
                                           std::to_string(static_cast<int>(settings.greenThresholdGPerKwh)) +
                                           " g/kWh; energy per token from the documented model tiers × PUE" +
                                           (physics ? "(t) of the hour (site physics)" : " (design, constant)") +
                                           " × the hour's recorded intensity"));
    std::string note = intensityNote(*fleet, seriesBySite, period);
    if (shiftWeeks != 0)
        o.set("shift_weeks", JsonValue::number(static_cast<double>(shiftWeeks)));
    if (!note.empty())
        o.set("intensity_note", JsonValue::string(note));
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
    if (!note.empty())
        out << "  note: " << note << '\n';
    return 0;
}

} // namespace greenlight::cli
