#include "tracecommands.h"

#include "core/replayclock.h"
#include "core/tracelibrary.h"
#include "core/traceloader.h"
#include "core/zone.h"

#include <chrono>
#include <cstdio>
#include <iostream>

namespace greenlight::cli {
namespace {

std::filesystem::path dataDir(const CliArgs& args)
{
    return args.option("--data-dir").value_or(defaultDataDir().string());
}

bool rejectUnknown(const CliArgs& args, const std::vector<std::string>& known, std::ostream& err)
{
    const auto unknown = args.unknown(known);
    for (const auto& option : unknown)
        err << "error: unknown option " << option << " (see --help)\n";
    return !unknown.empty();
}

std::string fixed(double value, int decimals)
{
    char buffer[64];
    std::snprintf(buffer, sizeof buffer, "%.*f", decimals, value);
    return buffer;
}

} // namespace

int runCheckTraces(const CliArgs& args, std::ostream& out, std::ostream& err)
{
    if (args.flag("--help")) {
        out << "usage: greenlight-cli check-traces [DIR | --data-dir DIR]\n"
               "Validates every <ZONE>.csv in DIR (default: the bundled carbon folder) and\n"
               "prints one line per file; errors name the file and line. Exit 1 if any fails.\n";
        return 0;
    }
    if (rejectUnknown(args, {"--data-dir", "--help"}, err))
        return 2;
    const std::filesystem::path dir = args.positional().empty() ? dataDir(args) / "carbon"
                                                                : std::filesystem::path(args.positional()[0]);
    const auto started = std::chrono::steady_clock::now();
    const TraceLoadReport report = loadTraceDirectory(dir);
    const auto elapsedMs = std::chrono::duration<double, std::milli>(
                               std::chrono::steady_clock::now() - started).count();
    for (const auto& key : report.library.zoneKeys()) {
        const IntensitySeries& s = *report.library.find(key);
        out << "ok    " << key << "  " << formatIsoUtc(s.start()) << " .. " << formatIsoUtc(s.end())
            << "  step " << s.step().count() << " s  " << s.size() << " rows";
        if (s.filledSteps() > 0)
            out << "  (" << s.filledSteps() << " missing steps filled in by interpolation, flagged estimated)";
        out << '\n';
    }
    for (const Status& error : report.errors)
        err << "error " << error.message() << '\n';
    out << report.library.size() << " traces ok, " << report.errors.size() << " failed, "
        << report.library.totalSamples() << " samples in " << fixed(elapsedMs, 1) << " ms\n";
    return report.errors.empty() && report.library.size() > 0 ? 0 : 1;
}

int runZones(const CliArgs& args, std::ostream& out, std::ostream& err)
{
    if (args.flag("--help")) {
        out << "usage: greenlight-cli zones [--data-dir DIR]\n"
               "Lists the zone catalogue: key, country, kind (national or sub-national), location.\n";
        return 0;
    }
    if (rejectUnknown(args, {"--data-dir", "--help"}, err))
        return 2;
    const auto dir = dataDir(args);
    const Result<ZoneCatalog> zones =
        loadZoneCatalog(dir / "carbon" / "zones.csv", dir / "zone_locations.csv");
    if (!zones.ok()) {
        err << "error: " << zones.status().message() << '\n';
        return 1;
    }
    for (const Zone& z : zones->zones()) {
        out << z.key << '\t' << z.countryName << '\t'
            << (z.isSubnational() ? "sub-national" : "national") << '\t'
            << fixed(z.location.latitudeDeg, 3) << ',' << fixed(z.location.longitudeDeg, 3) << '\t'
            << z.name << '\n';
    }
    return 0;
}

int runIntensity(const CliArgs& args, std::ostream& out, std::ostream& err)
{
    if (args.flag("--help") || args.positional().empty()) {
        (args.flag("--help") ? out : err)
            << "usage: greenlight-cli intensity ZONE --at ISO [--hours N] [--data-dir DIR]\n"
               "Prints the zone's lifecycle intensity at ISO (UTC), and with --hours the mean\n"
               "over the N hours from there (O(1) window integral).\n";
        return args.flag("--help") ? 0 : 2;
    }
    if (rejectUnknown(args, {"--data-dir", "--help", "--at", "--hours"}, err))
        return 2;
    const std::string zone = args.positional()[0];
    if (!isZoneKeyShaped(zone)) {
        err << "error: '" << zone << "' is not a zone key such as DE or US-CAL-CISO (see greenlight-cli zones)\n";
        return 2;
    }
    const auto atText = args.option("--at");
    const auto at = atText ? parseIsoUtc(*atText) : std::nullopt;
    if (!at) {
        err << "error: --at needs an ISO-8601 UTC time such as 2022-06-01T12:00:00Z\n";
        return 2;
    }
    // Checked before anything is printed: a bad --hours used to follow a printed value.
    std::optional<long long> hours;
    if (const auto hoursText = args.option("--hours")) {
        hours = parseWholeNumber(*hoursText, 1, 24LL * 366 * 100);
        if (!hours) {
            err << "error: --hours takes a whole number of hours from 1 to 878400 (a century)\n";
            return 2;
        }
    }
    const auto path = dataDir(args) / "carbon" / (zone + ".csv");
    const Result<IntensitySeries> series = loadIntensityCsv(path);
    if (!series.ok()) {
        err << "error: " << series.status().message() << '\n';
        return 1;
    }
    const auto sample = series->sampleAt(*at);
    if (!sample) {
        err << "error: " << *atText << " is outside the " << zone << " trace ("
            << formatIsoUtc(series->start()) << " .. " << formatIsoUtc(series->end()) << ")\n";
        return 1;
    }
    // The window's mean is found before anything is printed: a window past the trace's end
    // printed the value and then failed.
    std::optional<double> mean;
    if (hours) {
        mean = series->meanGPerKwh(IntensitySignal::Lifecycle, {*at, *at + Hours{*hours}});
        if (!mean) {
            err << "error: the " << *hours << " h window from " << *atText << " does not fit inside the " << zone
                << " trace (" << formatIsoUtc(series->start()) << " .. " << formatIsoUtc(series->end()) << ")\n";
            return 1;
        }
    }
    // The time printed is the start of the trace's step that holds --at.
    out << zone << ' ' << formatIsoUtc(sample->time) << ' ' << fixed(sample->lifecycleGPerKwh, 2)
        << " gCO2eq/kWh lifecycle" << (sample->estimated ? " (estimated)" : "")
        << (sample->time != *at ? " (the step holding " + formatIsoUtc(*at) + ")" : std::string()) << '\n';
    if (mean)
        out << "mean over " << *hours << " h: " << fixed(*mean, 2) << " gCO2eq/kWh\n";
    return 0;
}

int runReplayTime(const CliArgs& args, std::ostream& out, std::ostream& err)
{
    if (args.flag("--help")) {
        out << "usage: greenlight-cli replay-time [--year Y] [--at ISO]\n"
               "Shows the instant of data year Y (default 2022) that the replay clock shows for\n"
               "the real instant ISO (default: now): same weekday and hour, nearest day of year.\n";
        return 0;
    }
    if (rejectUnknown(args, {"--help", "--year", "--at"}, err))
        return 2;
    const std::optional<long long> parsedYear = parseWholeNumber(args.option("--year").value_or("2022"), 1970, 2100);
    const int year = static_cast<int>(parsedYear.value_or(0));
    if (!parsedYear) {
        err << "error: --year must be a year such as 2022\n";
        return 2;
    }
    UtcTime real = std::chrono::floor<Seconds>(std::chrono::system_clock::now());
    if (const auto atText = args.option("--at")) {
        const auto parsed = parseIsoUtc(*atText);
        if (!parsed) {
            err << "error: --at needs an ISO-8601 UTC time\n";
            return 2;
        }
        real = *parsed;
    }
    out << formatIsoUtc(real) << " -> " << formatIsoUtc(ReplayClock::mapToDataYear(real, year))
        << '\n';
    return 0;
}

} // namespace greenlight::cli
