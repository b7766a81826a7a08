#include "forecastcommands.h"

#include "core/forecast/backtest.h"
#include "core/forecast/forecasterregistry.h"
#include "core/json/json.h"
#include "core/tracelibrary.h"
#include "core/traceloader.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <iostream>
#include <memory>

namespace greenlight::cli {
namespace {

constexpr const char* kUsage =
    "usage: greenlight-cli forecast-backtest [--carbon-dir DIR] [--zone Z ...] [--model M ...]\n"
    "           [--from ISO] [--to ISO] [--issue-every HOURS] [--horizon HOURS] [--json]\n"
    "Back-tests forecasters on the traces in DIR (default: the bundled carbon folder) without\n"
    "look-ahead: forecasts are issued every HOURS over the period (default 5, so that every hour\n"
    "of the day and of the week is an issue hour) and each sees only the data observed by its\n"
    "issue time. Prints MAPE per zone and model 1, 6, 24 and 48 hours ahead (on a 15-minute trace\n"
    "+24 h is its 96th step), the bias 24 h ahead and the mean coverage of the 80 % interval;\n"
    "--json prints every step.\n"
    "  --zone Z      a zone (repeatable; default: every <ZONE>.csv in DIR)\n"
    "  --model M     a forecaster (repeatable; default: seasonal-naive-24h and ridge)\n"
    "  --from/--to   ISO-8601 UTC period (default: the last 365 days of each trace, after the\n"
    "                history the models need)\n"
    "  --horizon H   score every step up to H hours ahead (default 48, at most 336)\n";

std::string fixed(double value, int decimals)
{
    char buffer[64];
    std::snprintf(buffer, sizeof buffer, "%.*f", decimals, value);
    return buffer;
}

std::string padRight(std::string text, std::size_t width)
{
    if (text.size() < width)
        text.append(width - text.size(), ' ');
    return text;
}

std::string padLeft(const std::string& text, std::size_t width)
{
    return text.size() < width ? std::string(width - text.size(), ' ') + text : text;
}

std::optional<long> parsePositive(const std::string& text)
{
    char* end = nullptr;
    const long value = std::strtol(text.c_str(), &end, 10);
    if (end == text.c_str() || *end != '\0' || value <= 0)
        return std::nullopt;
    return value;
}

struct Request {
    std::filesystem::path carbonDir;
    std::vector<std::string> zones;
    std::vector<std::string> models;
    std::optional<UtcTime> from;
    std::optional<UtcTime> to;
    Hours issueEvery{5};
    Hours horizon{48};
    bool json = false;
};

// How many of a trace's steps make `hours`; nullopt when they do not divide it (a 2-hour trace
// has no +1 h). Leads count time, not steps: "+24" is a day ahead on every trace.
std::optional<std::size_t> stepsFor(Hours hours, Seconds step)
{
    const Seconds span = hours;
    if (step <= Seconds{0} || span % step != Seconds{0})
        return std::nullopt;
    return static_cast<std::size_t>(span / step);
}

// The steps that cover `hours` (rounded up).
std::size_t stepsCovering(Hours hours, Seconds step)
{
    const Seconds span = hours;
    return static_cast<std::size_t>((span + step - Seconds{1}) / step);
}

// Parses and validates the options; prints the error and returns nullopt on a bad one.
std::optional<Request> parseRequest(const CliArgs& args, std::ostream& err)
{
    const std::vector<std::string> known = {"--carbon-dir", "--zone", "--model", "--from", "--to",
                                            "--issue-every", "--horizon", "--json", "--help"};
    bool ok = true;
    for (const auto& option : args.unknown(known)) {
        err << "error: unknown option " << option << " (see --help)\n";
        ok = false;
    }
    if (!args.positional().empty()) {
        err << "error: unexpected argument '" << args.positional().front() << "' (see --help)\n";
        ok = false;
    }
    Request r;
    r.carbonDir = args.option("--carbon-dir").value_or((defaultDataDir() / "carbon").string());
    // A zone or model named twice is back-tested once (its rows would repeat, and weigh twice
    // in the mean).
    auto once = [](std::vector<std::string> names) {
        std::vector<std::string> kept;
        for (std::string& name : names) {
            if (std::find(kept.begin(), kept.end(), name) == kept.end())
                kept.push_back(std::move(name));
        }
        return kept;
    };
    r.zones = once(args.options("--zone"));
    r.models = once(args.options("--model"));
    if (r.models.empty())
        r.models = {"seasonal-naive-24h", "ridge"};
    for (const char* name : {"--from", "--to"}) {
        const auto text = args.option(name);
        if (!text)
            continue;
        const auto parsed = parseIsoUtc(*text);
        if (!parsed) {
            err << "error: " << name << " '" << *text
                << "' is not an ISO-8601 UTC time such as 2023-01-01T00:00:00Z\n";
            ok = false;
        }
        (std::string(name) == "--from" ? r.from : r.to) = parsed;
    }
    if (r.from && r.to && *r.to <= *r.from) {
        err << "error: --to must be after --from\n";
        ok = false;
    }
    if (const auto text = args.option("--issue-every")) {
        const auto hours = parsePositive(*text);
        if (!hours)
            err << "error: --issue-every needs a whole number of hours, at least 1\n";
        ok = ok && hours;
        r.issueEvery = Hours{hours.value_or(5)};
    }
    if (const auto text = args.option("--horizon")) {
        // Two weeks: further ahead no model here knows more than the season.
        const auto hours = parsePositive(*text);
        if (!hours || *hours > 336)
            err << "error: --horizon needs a whole number of hours from 1 to 336\n";
        ok = ok && hours && *hours <= 336;
        r.horizon = Hours{hours.value_or(48)};
    }
    r.json = args.flag("--json");
    return ok ? std::optional<Request>(std::move(r)) : std::nullopt;
}

// The requested traces, or an error message; traces of a folder that cannot be read are named in
// `problems` and left out.
Result<std::vector<IntensitySeries>> loadSeries(const Request& r, std::vector<std::string>& problems)
{
    std::error_code ec;
    if (!std::filesystem::is_directory(r.carbonDir, ec))
        return Status(StatusCode::NotFound,
                      "carbon directory " + r.carbonDir.string() + " does not exist");
    std::vector<IntensitySeries> series;
    if (r.zones.empty()) {
        // One unreadable trace is reported, not the end of the others' scores.
        TraceLoadReport report = loadTraceDirectory(r.carbonDir);
        for (const Status& e : report.errors)
            problems.push_back(e.message());
        for (const std::string& key : report.library.zoneKeys())
            series.push_back(*report.library.find(key));
        if (series.empty())
            return Status(StatusCode::NotFound, "no usable <ZONE>.csv traces in " + r.carbonDir.string()
                                                    + (problems.empty() ? "" : ": " + problems.front()));
        return series;
    }
    for (const std::string& zone : r.zones) {
        const auto path = r.carbonDir / (zone + ".csv");
        if (zone.empty() || zone.find('/') != std::string::npos || !std::filesystem::exists(path, ec))
            return Status(StatusCode::NotFound,
                          "unknown zone '" + zone + "': no " + zone + ".csv in " + r.carbonDir.string());
        Result<IntensitySeries> s = loadIntensityCsv(path);
        if (!s.ok()) { // named and left out, as in a folder; the other zones are still scored
            problems.push_back(s.status().message());
            continue;
        }
        series.push_back(std::move(s).value());
    }
    if (series.empty())
        return Status(StatusCode::DataLoss, problems.front());
    return series;
}

// What was left out, on stderr; exit 1 when anything was (the scores printed stand).
int reportProblems(const std::vector<std::string>& problems, std::ostream& err)
{
    for (const std::string& p : problems)
        err << "not scored: " << p << '\n';
    return problems.empty() ? 0 : 1;
}

// The period for one series: the request's bounds, else the last 365 days of the trace, starting
// no earlier than the longest warm-up of the models (ridge scored its first weeks as the
// seasonal-naive stand-in it uses before its first fit, on the one-year traces only).
TimeWindow periodFor(const Request& r, const IntensitySeries& s,
                     const std::vector<std::unique_ptr<Forecaster>>& models)
{
    Seconds history{0};
    for (const auto& m : models)
        history = std::max(history, m->warmUp(s.step()));
    const UtcTime end = r.to.value_or(s.end());
    Seconds minimum{0};
    for (const auto& m : models)
        minimum = std::max(minimum, m->minimumHistory(s.step()));
    // A trace too short to leave anything after the warm-up is scored from the least history.
    if (s.start() + history + r.horizon >= end)
        history = minimum;
    const UtcTime begin = r.from.value_or(std::max(end - Days{365}, s.start() + history));
    return {begin, end};
}

JsonValue toJson(const BacktestReport& report, Seconds step)
{
    JsonValue o = JsonValue::object();
    o.set("zone", JsonValue::string(report.zoneKey));
    o.set("model", JsonValue::string(report.model));
    o.set("from", JsonValue::string(formatIsoUtc(report.period.begin)));
    o.set("to", JsonValue::string(formatIsoUtc(report.period.end)));
    o.set("stepSeconds", JsonValue::number(static_cast<double>(step.count())));
    o.set("issues", JsonValue::number(static_cast<double>(report.issues)));
    o.set("meanCoveragePct", JsonValue::number(report.meanCoveragePct()));
    JsonValue horizons = JsonValue::array();
    for (const HorizonScore& h : report.byHorizon) {
        JsonValue row = JsonValue::object();
        row.set("horizonSteps", JsonValue::number(static_cast<double>(h.horizonSteps)));
        row.set("horizonHours", JsonValue::number(static_cast<double>(h.horizonSteps * static_cast<std::size_t>(step.count())) / 3600.0));
        // null when no actual was above zero (a percentage of nothing).
        row.set("mapePct", std::isnan(h.mapePct) ? JsonValue::null() : JsonValue::number(h.mapePct));
        row.set("mapeSamples", JsonValue::number(static_cast<double>(h.mapeSamples)));
        row.set("maeGPerKwh", JsonValue::number(h.maeGPerKwh));
        row.set("biasGPerKwh", JsonValue::number(h.biasGPerKwh));
        row.set("coveragePct", JsonValue::number(h.coveragePct));
        row.set("samples", JsonValue::number(static_cast<double>(h.samples)));
        horizons.push(std::move(row));
    }
    o.set("byHorizon", std::move(horizons));
    return o;
}

} // namespace

int runForecastBacktest(const CliArgs& args, std::ostream& out, std::ostream& err)
{
    if (args.flag("--help")) {
        out << kUsage;
        return 0;
    }
    const std::optional<Request> request = parseRequest(args, err);
    if (!request)
        return 2;
    std::vector<std::unique_ptr<Forecaster>> models;
    for (const std::string& name : request->models) {
        Result<std::unique_ptr<Forecaster>> model = makeForecaster(name);
        if (!model.ok()) {
            err << "error: " << model.status().message() << '\n';
            return 2;
        }
        models.push_back(std::move(model).value());
    }
    std::vector<std::string> problems; // traces or zones left out, and why
    const Result<std::vector<IntensitySeries>> series = loadSeries(*request, problems);
    if (!series.ok()) {
        err << "error: " << series.status().message() << '\n';
        return 1;
    }

    // Run everything first, so that an error leaves no half-printed table.
    std::vector<std::pair<Seconds, BacktestReport>> reports;
    for (const IntensitySeries& s : series.value()) {
        const TimeWindow period = periodFor(*request, s, models);
        for (const auto& model : models) {
            Result<BacktestReport> report =
                backtest(s, *model, {period, request->issueEvery, stepsCovering(request->horizon, s.step())});
            if (!report.ok()) { // this zone and model are not scored; the others are
                problems.push_back(s.zoneKey() + " " + model->name() + ": " + report.status().message());
                continue;
            }
            reports.emplace_back(s.step(), std::move(report).value());
        }
    }

    if (request->json) {
        JsonValue doc = JsonValue::object();
        doc.set("issueEveryHours", JsonValue::number(static_cast<double>(request->issueEvery.count())));
        doc.set("maxHorizonHours", JsonValue::number(static_cast<double>(request->horizon.count())));
        doc.set("nominalCoveragePct", JsonValue::number(80.0));
        JsonValue list = JsonValue::array();
        for (const auto& [step, report] : reports)
            list.push(toJson(report, step));
        doc.set("reports", std::move(list));
        JsonValue notScored = JsonValue::array();
        for (const std::string& p : problems)
            notScored.push(JsonValue::string(p));
        doc.set("not_scored", std::move(notScored));
        out << doc.dump(1) << '\n';
        return reportProblems(problems, err);
    }

    const std::vector<long long> columns = {1, 6, 24, 48}; // hours ahead
    const Hours horizon = request->horizon;
    out << "forecast back-test: issued every " << request->issueEvery.count() << " h, up to " << horizon.count()
        << " h ahead, 80 % interval; MAPE in %, bias in gCO2eq/kWh\n\n"
        << padRight("zone", 13) << padRight("model", 21) << padRight("period", 24);
    for (const long long c : columns) {
        if (Hours{c} <= horizon)
            out << padLeft("+" + std::to_string(c) + "h", 8);
    }
    const Hours biasHorizon = std::min(Hours{24}, horizon);
    // Issues whose whole horizon fits the period: a longer --horizon scores fewer of them.
    out << padLeft("bias+" + std::to_string(biasHorizon.count()) + "h", 10) << padLeft("cover", 7)
        << padLeft("issues", 8) << '\n';
    // A score `hours` ahead, when the trace's steps divide them.
    auto scoreAt = [](const BacktestReport& report, Hours hours, Seconds step) -> const HorizonScore* {
        const std::optional<std::size_t> steps = stepsFor(hours, step);
        return steps ? report.at(*steps) : nullptr;
    };
    for (const auto& [step, report] : reports) {
        const std::string periodText = formatIsoUtc(report.period.begin).substr(0, 10) + ".." +
                                       formatIsoUtc(report.period.end).substr(0, 10);
        out << padRight(report.zoneKey, 13) << padRight(report.model, 21) << padRight(periodText, 24);
        for (const long long c : columns) {
            if (Hours{c} > horizon)
                continue;
            const HorizonScore* h = scoreAt(report, Hours{c}, step);
            out << padLeft(h && !std::isnan(h->mapePct) ? fixed(h->mapePct, 2) : "-", 8);
        }
        const HorizonScore* bias = scoreAt(report, biasHorizon, step);
        out << padLeft(bias ? fixed(bias->biasGPerKwh, 1) : "-", 10)
            << padLeft(fixed(report.meanCoveragePct(), 1), 7) << padLeft(std::to_string(report.issues), 8) << '\n';
    }
    if (horizon >= Hours{24}) {
        // A day ahead on every trace whatever its step, over the zones where MAPE is defined.
        std::size_t zones = 0;
        for (const auto& [step, report] : reports) {
            const HorizonScore* h = scoreAt(report, Hours{24}, step);
            zones += report.model == models.front()->name() && h && !std::isnan(h->mapePct) ? 1 : 0;
        }
        out << "\nmean MAPE 24 h ahead over " << zones << " zones:";
        for (const auto& model : models) {
            double sum = 0.0;
            for (const auto& [step, report] : reports) {
                if (report.model != model->name())
                    continue;
                if (const HorizonScore* h = scoreAt(report, Hours{24}, step); h && !std::isnan(h->mapePct))
                    sum += h->mapePct;
            }
            out << "  " << model->name() << ' ' << (zones ? fixed(sum / static_cast<double>(zones), 2) : "-");
        }
        out << '\n';
    }
    return reportProblems(problems, err);
}

} // namespace greenlight::cli
