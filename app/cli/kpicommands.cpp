#include "kpicommands.h"

#include "fleetinputs.h"
#include "scope2json.h"

#include "core/accounting/sitekpis.h"
#include "core/json/json.h"
#include "core/physics/weatherlibrary.h"

#include <cstdio>
#include <string>
#include <vector>

namespace greenlight::cli {
namespace {

constexpr const char* kUsage =
    "usage: greenlight-cli kpis [--fleet FILE] [--from ISO --to ISO] [--utilisation U] [--json]\n"
    "         [--data-dir DIR] [--carbon-dir DIR] [--weather-dir DIR]\n"
    "Data-centre KPIs per site and for the fleet over a period (default: the calendar year 2022,\n"
    "which every bundled zone has): PUE from each site's cooling and its real hourly weather\n"
    "(design PUE where a site has none, and said so), free-cooling hours, WUE, heat reuse (ERF,\n"
    "ERE, mean supply temperature), location- and market-based Scope 2, CUE, REF and hourly CFE "
    "%.\n"
    "IT load: every GPU at its typical power × the utilisation (default 0.6), every hour.\n";

std::string fixed(double value, int decimals)
{
    char buffer[48];
    std::snprintf(buffer, sizeof buffer, "%.*f", decimals, value);
    return buffer;
}

std::string pad(std::string text, std::size_t width)
{
    if (text.size() < width)
        text.append(width - text.size(), ' ');
    return text;
}

std::string padLeft(std::string text, std::size_t width)
{
    if (text.size() < width)
        text.insert(0, width - text.size(), ' ');
    return text;
}

JsonValue toJson(const SiteKpis& k, const std::string& cooling)
{
    auto optionalNumber = [](std::optional<double> v) {
        return v ? JsonValue::number(*v) : JsonValue::null();
    };
    JsonValue o = JsonValue::object();
    o.set("site", JsonValue::string(k.siteId));
    if (!cooling.empty())
        o.set("cooling", JsonValue::string(cooling));
    o.set("pue_basis", JsonValue::string(k.pueBasis));
    o.set("hours", JsonValue::number(k.hours));
    o.set("it_energy_kwh", JsonValue::number(k.itKwh));
    o.set("facility_energy_kwh", JsonValue::number(k.facilityKwh));
    o.set("pue", JsonValue::number(k.pue()));
    o.set("free_cooling_hours",
          k.weatherKnown ? JsonValue::number(k.freeCoolingHours) : JsonValue::null());
    o.set("water_litres", k.weatherKnown ? JsonValue::number(k.waterLitres) : JsonValue::null());
    o.set("wue_l_per_kwh",
          k.weatherKnown ? JsonValue::number(k.wueLitresPerKwh()) : JsonValue::null());
    o.set("heat_available_kwh_th", JsonValue::number(k.heatAvailableKwhTh));
    o.set("heat_reused_kwh_th", JsonValue::number(k.heatReusedKwhTh));
    o.set("heat_delivered_kwh_th", JsonValue::number(k.heatDeliveredKwhTh));
    o.set("heat_pump_kwh", JsonValue::number(k.heatPumpKwh));
    o.set("mean_supply_c", optionalNumber(k.meanSupplyC()));
    o.set("erf", JsonValue::number(k.erf()));
    o.set("ere", JsonValue::number(k.ere()));
    o.set("ref", JsonValue::number(k.ref()));
    o.set("location_based_kg", JsonValue::number(k.locationGrams / 1000.0));
    o.set("market_based_kg", JsonValue::number(k.marketGrams / 1000.0));
    setScope2Disclosure(o, k);
    o.set("instrument_kwh", JsonValue::number(k.instrumentKwh));
    o.set("cue_location_kg_per_kwh", JsonValue::number(k.cueLocation()));
    o.set("cue_market_kg_per_kwh", JsonValue::number(k.cueMarket()));
    o.set("cfe_pct", optionalNumber(k.cfePct()));
    o.set("avoided_emissions_kg",
          k.avoidedGrams ? JsonValue::number(*k.avoidedGrams / 1000.0) : JsonValue::null());
    JsonValue claims = JsonValue::array();
    for (const InstrumentClaim& claim : k.claims) {
        JsonValue c = JsonValue::object();
        c.set("instrument", JsonValue::string(claim.id));
        c.set("kwh", JsonValue::number(claim.kwh));
        claims.push(std::move(c));
    }
    o.set("instrument_claims", std::move(claims));
    return o;
}

std::string row(const SiteKpis& k, const std::string& cooling)
{
    auto orDash = [](std::optional<double> v, int decimals) {
        return v ? fixed(*v, decimals) : std::string("-");
    };
    std::string line = pad(k.siteId, 7) + pad(cooling, 16);
    line += padLeft(fixed(k.pue(), 3), 6);
    line += padLeft(k.weatherKnown ? fixed(k.freeCoolingHours, 0) : "-", 8);
    line += padLeft(k.weatherKnown ? fixed(k.wueLitresPerKwh(), 2) : "-", 6);
    line += padLeft(fixed(k.erf(), 3), 7);
    line += padLeft(fixed(k.ere(), 3), 7);
    line += padLeft(fixed(k.ref(), 2), 6);
    line += padLeft(orDash(k.cfePct(), 1), 7);
    line += padLeft(fixed(k.locationGrams / 1e6, 1), 9);
    line += padLeft(fixed(k.marketGrams / 1e6, 1), 9);
    line += padLeft(fixed(k.cueLocation(), 3), 7);
    return line;
}

} // namespace

int runKpis(const CliArgs& args, std::ostream& out, std::ostream& err)
{
    if (args.flag("--help")) {
        out << kUsage;
        return 0;
    }
    for (const auto& option :
         args.unknown({"--help", "--fleet", "--from", "--to", "--utilisation", "--json",
                       "--data-dir", "--carbon-dir", "--weather-dir"})) {
        err << "error: unknown option " << option << " (see kpis --help)\n";
        return 2;
    }
    TimeWindow period{startOfYear(2022), startOfYear(2023)};
    if (const auto from = args.option("--from")) {
        const auto t = parseIsoUtc(*from);
        if (!t) {
            err << "error: --from '" << *from << "' is not an ISO-8601 UTC time\n";
            return 2;
        }
        period.begin = *t;
        if (!args.option("--to"))
            period.end = *t + Days{365};
    }
    if (const auto to = args.option("--to")) {
        const auto t = parseIsoUtc(*to);
        if (!t) {
            err << "error: --to '" << *to << "' is not an ISO-8601 UTC time\n";
            return 2;
        }
        period.end = *t;
    }
    if (std::chrono::floor<Hours>(period.begin) != period.begin ||
        std::chrono::floor<Hours>(period.end) != period.end || period.isEmpty()) {
        err << "error: --from and --to must be whole hours, --from before --to\n";
        return 2;
    }
    double utilisation = 0.6;
    if (const auto u = args.option("--utilisation")) {
        utilisation = parseFiniteNumber(*u).value_or(-1.0);
        if (!(utilisation > 0.0 && utilisation <= 1.0)) {
            err << "error: --utilisation must be a number in (0, 1]\n";
            return 2;
        }
    }
    Result<FleetInputs> inputs = loadFleetInputs(args);
    if (!inputs.ok()) {
        err << "error: " << inputs.status().message() << '\n';
        return 1;
    }
    Result<WeatherLibrary> weather = loadWeatherOption(args);
    if (!weather.ok()) {
        err << "error: " << weather.status().message() << '\n';
        return 1;
    }
    const Fleet& fleet = inputs->fleet;
    Result<FleetPhysics> physics = weather->physicsFor(fleet, period);
    if (!physics.ok()) {
        err << "error: " << physics.status().message() << '\n';
        return 1;
    }
    const auto hours = static_cast<std::size_t>(period.length() / Hours{1});
    std::vector<SiteKpis> sites;
    std::vector<std::string> cooling;
    std::vector<std::string> excluded;
    SiteKpis total;
    total.siteId = "fleet";
    for (std::size_t s = 0; s < fleet.sites().size(); ++s) {
        const Site& site = fleet.sites()[s];
        const std::vector<double> itKwh(hours,
                                        site.totalGpus() * site.powerPerGpu.value * utilisation);
        const IntensitySeries* trace = inputs->traces.find(site.zoneKey);
        Result<SiteKpis> k = computeSiteKpis(
            {site, physics->sites[s], *trace, itKwh, fleet.residualMixFor(site.zoneKey)}, period);
        if (!k.ok() && k.status().code() == StatusCode::OutOfRange) {
            excluded.push_back(k.status().message()); // like simulate: named, not hidden
            continue;
        }
        if (!k.ok()) {
            err << "error: " << k.status().message() << '\n';
            return 1;
        }
        cooling.push_back(coolingTypeName(site.cooling));
        total.add(k.value());
        sites.push_back(std::move(k).value());
    }
    if (sites.empty()) {
        err << "error: no site has intensity data for the whole period\n";
        for (const std::string& why : excluded)
            err << "  " << why << '\n';
        return 1;
    }
    total.pueBasis = "sum of sites";

    if (args.flag("--json")) {
        JsonValue o = JsonValue::object();
        o.set("from", JsonValue::string(formatIsoUtc(period.begin)));
        o.set("to", JsonValue::string(formatIsoUtc(period.end)));
        o.set("utilisation", JsonValue::number(utilisation));
        JsonValue list = JsonValue::array();
        for (std::size_t s = 0; s < sites.size(); ++s)
            list.push(toJson(sites[s], cooling[s]));
        o.set("sites", std::move(list));
        JsonValue left = JsonValue::array();
        for (const std::string& why : excluded)
            left.push(JsonValue::string(why));
        o.set("excluded_sites", std::move(left));
        o.set("fleet", toJson(total, {}));
        out << o.dump(2) << '\n';
        return 0;
    }
    out << "KPIs " << formatIsoUtc(period.begin) << " .. " << formatIsoUtc(period.end)
        << ", IT load = GPUs × kW per GPU × " << fixed(utilisation, 2) << " every hour\n\n";
    out << "site   cooling            PUE  free h   WUE    ERF    ERE   REF  CFE %   loc t    mkt "
           "t    CUE\n";
    for (std::size_t s = 0; s < sites.size(); ++s)
        out << row(sites[s], cooling[s]) << '\n';
    out << row(total, "") << "\n\n";
    out << "WUE L/kWh IT; CUE kgCO2e/kWh IT (location-based); free h: hours without compressors;\n"
           "loc/mkt: Scope 2 location- and market-based, t CO2e; - where a site has no weather or\n"
           "its grid no carbon-free share.\n\n";
    for (const SiteKpis& k : sites)
        out << "  " << pad(k.siteId, 6) << k.pueBasis << "; location: " << k.gridFactors << " factors; market: "
            << k.residualBasis << '\n';
    for (const std::string& why : excluded)
        out << "  excluded (not in the fleet row): " << why << '\n';
    return 0;
}

} // namespace greenlight::cli
