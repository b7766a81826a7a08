#include "core/simulation/runpreparation.h"

#include "core/workload/rehoming.h"

#include <algorithm>
#include <cstdlib>
#include <optional>
#include <utility>

namespace greenlight {
namespace {

// Why no site can be used, and the whole-week shift (weekday and hour kept) that would put the
// jobs' period inside the traces of the most sites, the nearest such shift on a tie.
std::string noDataMessage(const Fleet& fleet, const TraceLibrary& traces, const std::vector<Job>& jobs,
                          long long shiftedWeeks)
{
    std::string message = "no fleet site has intensity data for the period of the workload";
    if (jobs.empty())
        return message;
    const TimeWindow needed = hoursNeedingData(jobs); // as makeSetup asks of each site
    message += " (" + formatIsoUtc(needed.begin) + " .. " + formatIsoUtc(needed.end) + ")";
    std::vector<TimeWindow> covers;
    for (const Site& site : fleet.sites()) {
        if (const IntensitySeries* series = traces.find(site.zoneKey))
            covers.push_back(series->coverage());
    }
    if (covers.empty())
        return message + ": none of the fleet's zones has a trace";
    // A trace under a week that covers the submits fails on the latest starts (makeSetup): say
    // that, not "shift by 0 weeks", which would read as if nothing were wrong.
    UtcTime lastStart = jobs.front().latestStart();
    for (const Job& job : jobs)
        lastStart = std::max(lastStart, job.latestStart());
    for (const Site& site : fleet.sites()) {
        const IntensitySeries* series = traces.find(site.zoneKey);
        if (series && series->coverage().contains(needed) && wrapPeriod(series->coverage()) <= Seconds{0})
            return message + ": the trace of " + site.zoneKey + " (" + formatIsoUtc(series->coverage().begin) + " .. " +
                   formatIsoUtc(series->coverage().end) + ") covers the submits, but a trace shorter than a week "
                   "cannot be read whole weeks away, so it must also cover every job's latest start (up to " +
                   formatIsoUtc(lastStart) + ")";
    }
    constexpr Seconds kWeek = Days{7};
    auto floorWeeks = [kWeek](Seconds d) {
        const long long q = d / kWeek;
        return d % kWeek != Seconds{0} && d < Seconds{0} ? q - 1 : q;
    };
    auto ceilWeeks = [&](Seconds d) { return -floorWeeks(-d); };
    auto covered = [&](long long weeks) {
        const TimeWindow moved{needed.begin + kWeek * weeks, needed.end + kWeek * weeks};
        return static_cast<std::size_t>(std::count_if(covers.begin(), covers.end(),
                                                       [&](const TimeWindow& c) { return c.contains(moved); }));
    };
    // Per trace, the shift nearest zero that puts `needed` inside it ([low, high] all do).
    struct Shift {
        long long weeks;
        std::size_t sites;
    };
    std::optional<Shift> nearest;
    std::optional<Shift> most;
    for (const TimeWindow& c : covers) {
        const long long low = ceilWeeks(c.begin - needed.begin);
        const long long high = floorWeeks(c.end - needed.end);
        if (low > high)
            continue;
        const Shift shift{std::clamp(0LL, low, high), covered(std::clamp(0LL, low, high))};
        auto nearer = [](const Shift& a, const Shift& b) { return std::llabs(a.weeks) < std::llabs(b.weeks); };
        if (!nearest || nearer(shift, *nearest) || (!nearer(*nearest, shift) && shift.sites > nearest->sites))
            nearest = shift;
        if (!most || shift.sites > most->sites || (shift.sites == most->sites && nearer(shift, *most)))
            most = shift;
    }
    if (!nearest)
        return message + ": no trace of the fleet's zones is that long";
    TimeWindow span = covers.front();
    for (const TimeWindow& c : covers)
        span = {std::min(span.begin, c.begin), std::max(span.end, c.end)};
    const std::string sites = " of " + std::to_string(fleet.sites().size()) + " sites";
    auto weeks = [](long long n) { return std::to_string(n) + (std::llabs(n) == 1 ? " week" : " weeks"); };
    // The option to pass is the total shift: the jobs seen here were already moved.
    auto flag = [&](const Shift& shift) { return " (--shift-weeks " + std::to_string(shiftedWeeks + shift.weeks) + ")"; };
    auto say = [&](const Shift& shift) {
        return "shifting the workload by " + weeks(shift.weeks) + (shiftedWeeks != 0 ? " more" : "") + flag(shift) +
               " gives " + std::to_string(shift.sites) + sites + " data";
    };
    message += "; the fleet's traces cover " + formatIsoUtc(span.begin) + " .. " + formatIsoUtc(span.end);
    if (std::llabs(shiftedWeeks + nearest->weeks) > kMostShiftWeeks)
        return message + ", over a century away: check the workload's dates";
    message += ". Whole weeks keep weekday and hour: " + say(*nearest);
    if (most->sites > nearest->sites && std::llabs(shiftedWeeks + most->weeks) <= kMostShiftWeeks)
        message += ", by " + weeks(most->weeks) + flag(*most) + " " + std::to_string(most->sites) + sites;
    return message;
}

} // namespace

Result<UsableFleet> keepSitesWithData(const Fleet& fleet, const TraceLibrary& traces,
                                      const std::function<Result<std::vector<Job>>(const Fleet&)>& loadJobs,
                                      const std::vector<std::string>& removedSites, long long shiftedWeeks)
{
    Result<std::vector<Job>> jobs = loadJobs(fleet);
    if (!jobs.ok())
        return jobs.status();
    const auto removed = [&](const Site& site) {
        return std::find(removedSites.begin(), removedSites.end(), site.id) != removedSites.end();
    };
    UsableFleet out{fleet, std::move(jobs).value(), {}};
    out.setup = makeSetup(fleet, traces, out.jobs);
    // excludedSites names the sites without data in fleet order; removed ones are not "excluded".
    std::vector<bool> keep(fleet.sites().size(), true);
    std::vector<std::string> excluded;
    std::vector<Site> kept;
    for (std::size_t s = 0, e = 0; s < fleet.sites().size(); ++s) {
        const Site& site = fleet.sites()[s];
        const bool hasData = out.setup.siteHasData[s];
        if (!hasData && !removed(site))
            excluded.push_back(out.setup.excludedSites[e]);
        e += hasData ? 0 : 1;
        keep[s] = hasData && !removed(site);
        if (keep[s])
            kept.push_back(site);
    }
    if (kept.size() == fleet.sites().size())
        return out;
    if (kept.empty())
        return Status(StatusCode::OutOfRange, noDataMessage(fleet, traces, out.jobs, shiftedWeeks), "simulation");
    Rehoming rehoming = rehomeOnSites(std::move(out.jobs), fleet, keep);
    if (rehoming.jobs.empty())
        return Status(StatusCode::NotFound,
                      "every job is pinned to sites without intensity data for the period, or too large for the others",
                      "simulation");
    out.fleet = fleet.withSites(std::move(kept));
    out.jobs = std::move(rehoming.jobs);
    out.rehomed = rehoming.rehomed;
    out.rehomedPinned = rehoming.rehomedPinned;
    out.leftOut = rehoming.leftOut;
    out.setup = makeSetup(out.fleet, traces, out.jobs);
    out.setup.excludedSites = std::move(excluded);
    return out;
}

std::string rehomingNote(const UsableFleet& usable)
{
    if (usable.rehomed + usable.leftOut == 0)
        return {};
    auto jobs = [](std::size_t n) { return std::to_string(n) + (n == 1 ? " job" : " jobs"); };
    std::string note = jobs(usable.rehomed) + " of dropped sites re-homed by capacity share (" +
                       std::to_string(usable.rehomedPinned) + " pinned ones within their jurisdiction)";
    if (usable.leftOut > 0)
        note += "; " + jobs(usable.leftOut) +
                " left out: pinned to a jurisdiction (or too large) that no kept site may take";
    return note;
}

TimeWindow physicsWindow(const Fleet& fleet, const TraceLibrary& traces, const SimulationSetup& setup)
{
    TimeWindow window{setup.origin, setup.origin + Hours{static_cast<long long>(setup.hours)}};
    for (const Site& site : fleet.sites()) {
        if (const IntensitySeries* series = traces.find(site.zoneKey)) {
            window.begin = std::min(window.begin, series->start());
            window.end = std::max(window.end, series->end());
        }
    }
    return window;
}

Result<FacilitySetup> facilityFor(const Fleet& fleet, const TraceLibrary& traces, const SimulationSetup& setup,
                                  const WeatherLibrary* weather)
{
    FacilitySetup out;
    if (!weather) {
        out.facility = std::make_shared<const FacilityIntensity>(fleet, traces);
        out.pueModel = "design PUE of every site";
        return out;
    }
    Result<FleetPhysics> physics = weather->physicsFor(fleet, physicsWindow(fleet, traces, setup));
    if (!physics.ok())
        return physics.status();
    out.physics = std::make_shared<const FleetPhysics>(std::move(physics).value());
    for (const SitePhysics& p : out.physics->sites)
        out.sitesWithWeather += p.hasWeather() ? 1 : 0;
    out.facility = std::make_shared<const FacilityIntensity>(fleet, traces, out.physics.get());
    out.pueModel = out.sitesWithWeather == 0
        ? "design PUE of every site (no weather for any site)"
        : "hourly from cooling and weather at " + std::to_string(out.sitesWithWeather) + " of " +
            std::to_string(fleet.sites().size()) + " sites, design PUE at the others";
    return out;
}

} // namespace greenlight
