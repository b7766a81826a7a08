#include "lowerboundjobs.h"

#include "core/scheduler/capacityledger.h"
#include "core/scheduler/intensityoutlook.h"

#include <algorithm>
#include <cmath>
#include <functional>
#include <limits>

namespace greenlight {

BoundJobs boundJobs(const Fleet& fleet, const TraceLibrary& traces, const std::vector<Job>& jobs,
                    const SimulationSetup& setup)
{
    const std::size_t siteCount = fleet.sites().size();
    const std::vector<const IntensitySeries*> series = gridSeries(fleet, traces);
    // Run emissions integrate intensity × PUE(t) (the same series the simulator accounts with);
    // data movement is charged at the home grid's intensity, as everywhere.
    const std::shared_ptr<const FacilityIntensity> facility = runFacility(fleet, traces, setup);
    std::vector<const IntensitySeries*> runSeries;
    for (std::size_t s = 0; s < siteCount; ++s)
        runSeries.push_back(facility->series(s));
    ActualOutlook actual(fleet, traces, facility.get());
    CapacityLedger noLedger(fleet, setup.origin, 0);
    PlanningContext ctx{fleet, actual, noLedger, setup.approval, setup.siteHasData, {}};
    const auto filters = standardFilters();

    BoundJobs out;
    std::vector<SplittableJob>& splittable = out.splittable;
    std::vector<ContiguousJob>& contiguous = out.contiguous;
    for (std::size_t index = 0; index < jobs.size(); ++index) {
        const Job& job = jobs[index];
        std::vector<std::size_t> sites;
        for (std::size_t s = 0; s < siteCount; ++s) {
            bool ok = true;
            for (const auto& f : filters)
                ok = ok && f->filter(job, s, ctx).isOk();
            if (ok)
                sites.push_back(s);
        }
        if (sites.empty())
            continue;
        ctx.now = job.submit;
        auto migrationGrams = [&](std::size_t s, UtcTime start) {
            if (s == job.homeSite || job.dataSizeGb <= 0)
                return 0.0;
            const auto home = actualIntegralWrapped(series[job.homeSite], {start, start + Hours{1}});
            return fleet.sites()[s].migrationKwhPerGb * job.dataSizeGb * home.value_or(0.0);
        };
        if (job.interruptible) {
            SplittableJob sj{index, job.gpus, static_cast<double>(job.duration.count()) / 3600.0, {}, {}, {}, {}, {}};
            for (UtcTime t = job.submit; t < job.deadline();) {
                const UtcTime next = std::min<UtcTime>(std::chrono::floor<Hours>(t) + Hours{1}, job.deadline());
                sj.slotHour.push_back(static_cast<std::size_t>(std::max(0.0, std::floor(static_cast<double>((t - setup.origin).count()) / 3600.0))));
                sj.slotHours.push_back(static_cast<double>((next - t).count()) / 3600.0);
                t = next;
            }
            for (const std::size_t s : sites) {
                const Site& site = fleet.sites()[s];
                std::vector<double> perHour;
                bool ok = true;
                UtcTime t = job.submit;
                for (std::size_t k = 0; k < sj.slotHour.size(); ++k) {
                    const UtcTime next = t + Seconds{static_cast<long long>(std::llround(sj.slotHours[k] * 3600.0))};
                    const auto integral = actualIntegralWrapped(runSeries[s], {t, next});
                    ok = ok && integral.has_value();
                    perHour.push_back(integral ? jobPowerKw(job, site) * *integral / sj.slotHours[k] : 0.0);
                    t = next;
                }
                if (!ok)
                    continue;
                double mig = 0.0;
                if (s != job.homeSite) {
                    mig = std::numeric_limits<double>::infinity();
                    for (UtcTime m = job.submit; m < job.deadline(); m = std::chrono::floor<Hours>(m) + Hours{1})
                        mig = std::min(mig, migrationGrams(s, m)); // a split may begin at any slot
                }
                if (!std::isfinite(mig))
                    continue; // no hour to move its data in: this site has no option
                sj.sites.push_back(s);
                sj.gramsPerHour.push_back(std::move(perHour));
                sj.migrationGrams.push_back(mig);
            }
            if (!sj.sites.empty())
                splittable.push_back(std::move(sj));
            continue;
        }
        ContiguousJob c{index, job.gpus, job.duration.count(), sites, candidateStarts(job), {}, {}};
        for (const UtcTime start : c.starts)
            c.startH.push_back(static_cast<double>((start - setup.origin).count()) / 3600.0);
        c.costGrams.reserve(sites.size() * c.starts.size());
        for (const std::size_t s : sites) {
            const Site& site = fleet.sites()[s];
            for (const UtcTime start : c.starts) {
                const auto integral = actualIntegralWrapped(runSeries[s], {start, start + job.duration});
                c.costGrams.push_back(integral ? jobPowerKw(job, site) * *integral +
                                                     migrationGrams(s, start)
                                               : std::numeric_limits<double>::infinity());
            }
        }
        // A job with no option of known cost is left out, like one no site may take (every job
        // in the bound has a finite least cost, so no dual value is infinite).
        if (std::any_of(c.costGrams.begin(), c.costGrams.end(), [](double g) { return std::isfinite(g); }))
            contiguous.push_back(std::move(c));
    }

    for (std::size_t s = 0; s < siteCount; ++s) {
        if (!runSeries[s])
            continue;
        double maxIntensity = 0.0; // already × PUE(t)
        for (const double v : runSeries[s]->lifecycle())
            maxIntensity = std::max(maxIntensity, v);
        out.dearestGpuHourGrams = std::max(out.dearestGpuHourGrams, fleet.sites()[s].powerPerGpu.value * maxIntensity);
    }
    return out;
}

double cheapestSlots(const SplittableJob& job, std::size_t k, const std::vector<double>* price,
                     std::vector<std::pair<std::size_t, double>>* taken,
                     std::vector<std::pair<double, std::size_t>>& scratch)
{
    scratch.clear();
    for (std::size_t i = 0; i < job.slotHour.size(); ++i) {
        const std::size_t h = job.slotHour[i];
        const double p = price && h < price->size() ? (*price)[h] : 0.0;
        scratch.emplace_back(job.gramsPerHour[k][i] + job.gpus * p, i);
    }
    // Every slot is a whole hour but the first and the last, so the run is covered by the
    // cheapest ceil(duration) + 2 slots at most: find those (in any order), then take the excess
    // hours off the dearest of them. The excess is under 3 h, so only a few of the dearest need
    // ordering, not all of them (for a week-long job, a few instead of some 170).
    const auto n = static_cast<std::ptrdiff_t>(scratch.size());
    const auto most = std::min(n, static_cast<std::ptrdiff_t>(std::ceil(job.durationH)) + 2);
    // The `most` cheapest to the front, then the few dearest of them to their end, sorted
    // dearest first (pairs are distinct: the same order as a full sort). Six are enough: at
    // most two slots are partial, and four whole hours cover any excess.
    constexpr std::ptrdiff_t kFew = 6;
    const std::ptrdiff_t few = std::min(most, kFew);
    const auto cheapEnd = scratch.begin() + most;
    const auto dearFrom = cheapEnd - few;
    if (most < n)
        std::nth_element(scratch.begin(), cheapEnd, scratch.end());
    std::nth_element(scratch.begin(), dearFrom, cheapEnd);
    std::sort(dearFrom, cheapEnd, std::greater<>());
    double excess = -job.durationH;
    for (std::ptrdiff_t m = 0; m < most; ++m)
        excess += job.slotHours[scratch[static_cast<std::size_t>(m)].second];
    excess = std::max(excess, 0.0);
    double grams = job.migrationGrams[k];
    if (taken)
        taken->clear();
    for (std::ptrdiff_t m = 0; m < most; ++m) {
        const auto [rate, i] = scratch[static_cast<std::size_t>(m)];
        double take = job.slotHours[i];
        if (m >= most - few && excess > 0.0) { // one of the dearest: it gives up the excess
            const double off = std::min(excess, take);
            take -= off;
            excess -= off;
        }
        if (take <= 0.0)
            continue;
        grams += rate * take;
        if (taken)
            taken->emplace_back(i, take);
    }
    return grams;
}

void addGpuHours(std::vector<double>& usage, double a, double b, double gpus)
{
    b = std::min(b, static_cast<double>(usage.size()));
    for (double x = std::max(a, 0.0); x < b;) {
        const double next = std::min(std::floor(x) + 1.0, b);
        usage[static_cast<std::size_t>(x)] += gpus * (next - x);
        x = next;
    }
}

} // namespace greenlight
