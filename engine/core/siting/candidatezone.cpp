#include "candidatezone.h"

#include "jurisdiction.h"

#include "core/physics/sitephysics.h"

#include <algorithm>
#include <cmath>

namespace greenlight {

Result<std::vector<CandidateZone>> profileZones(const ZoneCatalog& catalog, const TraceLibrary& traces,
                                                const WeatherLibrary* weather, const Fleet& fleet,
                                                const SitingOptions& options, std::vector<std::string>* skipped)
{
    if (options.period.isEmpty())
        return Status(StatusCode::InvalidArgument, "the siting period is empty", "site planner");
    const auto hours = static_cast<std::size_t>(options.period.length() / Hours{1});
    std::vector<CandidateZone> out;
    for (const Zone& zone : catalog.zones()) {
        const IntensitySeries* series = traces.find(zone.key);
        if (!series || !series->coverage().contains(options.period)) {
            if (skipped)
                skipped->push_back(zone.key + (series ? ": its trace does not cover the period" : ": no trace"));
            continue;
        }
        CandidateZone c;
        c.zoneKey = zone.key;
        c.name = zone.name;
        c.place = zone.locationName;
        c.location = zone.location;
        c.jurisdiction = jurisdictionOfZone(zone.key);
        c.inFleet = std::any_of(fleet.sites().begin(), fleet.sites().end(),
                                [&](const Site& s) { return s.zoneKey == zone.key; });
        c.hourlyGPerKwh.reserve(hours);
        double sum = 0.0;
        double cfeSum = 0.0;
        std::size_t cfeHours = 0;
        std::size_t low = 0;
        for (std::size_t h = 0; h < hours; ++h) {
            const UtcTime t = options.period.begin + Hours{static_cast<long long>(h)};
            const double v = series->meanGPerKwh(IntensitySignal::Lifecycle, {t, t + Hours{1}}).value_or(0.0);
            c.hourlyGPerKwh.push_back(static_cast<float>(v));
            sum += v;
            low += v <= options.lowCarbonGPerKwh ? 1 : 0;
            if (series->hasCarbonFree()) {
                if (const auto sample = series->sampleAt(t); sample && sample->carbonFreePct) {
                    cfeSum += *sample->carbonFreePct;
                    ++cfeHours;
                }
            }
        }
        c.meanGPerKwh = sum / static_cast<double>(hours);
        c.lowCarbonShare = static_cast<double>(low) / static_cast<double>(hours);
        if (cfeHours > 0)
            c.carbonFreePct = cfeSum / static_cast<double>(cfeHours);
        std::vector<float> sorted = c.hourlyGPerKwh;
        const std::size_t k = static_cast<std::size_t>(std::floor(0.10 * static_cast<double>(hours - 1)));
        std::nth_element(sorted.begin(), sorted.begin() + static_cast<long>(k), sorted.end());
        c.p10GPerKwh = sorted[k];

        for (const UserRegion& region : fleet.userRegions()) {
            c.latencyMsByRegion.push_back(estimatedRoundTripMs(c.location, region.location));
            c.meanLatencyMs += c.latencyMsByRegion.back();
        }
        if (!c.latencyMsByRegion.empty())
            c.meanLatencyMs /= static_cast<double>(c.latencyMsByRegion.size());

        // A hypothetical economiser site at the zone's location, with the library's own rule for
        // which weather applies (the zone's file when its station is near).
        Site probe;
        probe.id = "candidate";
        probe.zoneKey = zone.key;
        probe.location = zone.location;
        probe.cooling = CoolingType::AirEconomizer;
        std::string why;
        const WeatherSeries* w = weather ? weather->forSite(probe, &why) : nullptr;
        if (w) {
            const SitePhysics physics = SitePhysics::compute(probe, w, options.period);
            double freeHours = 0.0;
            for (const std::uint8_t f : physics.freeCooling())
                freeHours += f ? 1.0 : 0.0;
            c.freeCoolingHours = freeHours;
            c.weatherNote = physics.note();
        } else {
            c.weatherNote = weather ? (why.empty() ? "no weather" : why) : "no weather library";
        }
        out.push_back(std::move(c));
    }
    if (out.empty())
        return Status(StatusCode::NotFound, "no zone has an intensity trace covering the siting period", "site planner");
    return out;
}

} // namespace greenlight
