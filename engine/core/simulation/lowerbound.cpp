#include "lowerbound.h"

#include "core/scheduler/capacityledger.h"
#include "core/scheduler/intensityoutlook.h"

#include <algorithm>
#include <chrono>
#include <cmath>
#include <limits>

namespace greenlight {
namespace {

// An interruptible job: its hourly slots before the deadline (shared by all sites) and, per
// eligible site, the cost of running one hour in each slot plus the cheapest data movement.
struct SplittableJob {
    std::size_t job; // index into the workload
    int gpus;
    double durationH;
    std::vector<std::size_t> slotHour; // ledger hour of each slot
    std::vector<double> slotHours;     // length of each slot, h (the first may be partial)
    std::vector<std::size_t> sites;
    std::vector<std::vector<double>> gramsPerHour; // [site][slot]
    std::vector<double> migrationGrams;            // [site]
};

struct ContiguousJob {
    std::size_t job; // index into the workload
    int gpus;
    long long durationS;
    std::vector<std::size_t> sites;
    std::vector<UtcTime> starts;
    std::vector<double> startH;    // hours from the ledger origin, per start
    std::vector<double> costGrams; // [site index in `sites`][start], flattened
};

// Jobs shorter than this are smoothed as if they were this long (their shares would otherwise
// be all-or-nothing, as with no smoothing).
constexpr double kShortestSmoothedH = 0.1;

// Turns the options' values into their shares of a softmin at `temperature` (grams): the
// cheapest gets the most; shares below 1e-4 are dropped (0). Temperature 0: all to the first
// cheapest option.
void softminShares(std::vector<double>& values, double best, double temperature)
{
    if (temperature <= 0.0) {
        bool taken = false;
        for (double& v : values) {
            const bool pick = !taken && v == best;
            taken = taken || pick;
            v = pick ? 1.0 : 0.0;
        }
        return;
    }
    // exp(-12) ≈ 6e-6: options that far above the cheapest get no share worth adding.
    constexpr double kFarAbove = 12.0;
    double sum = 0.0;
    for (double& v : values) {
        const double x = (v - best) / temperature;
        v = x > kFarAbove ? 0.0 : std::exp(-x);
        sum += v;
    }
    for (double& v : values) {
        v /= sum;
        if (v < 1e-4)
            v = 0.0;
    }
}

// Adds `gpus` over [a, b) hours from the origin to the hourly usage, in fractions at both ends.
void addRun(std::vector<double>& usage, double a, double b, double gpus)
{
    for (double x = a; x < b;) {
        const double next = std::min(std::floor(x) + 1.0, b);
        usage[static_cast<std::size_t>(x)] += gpus * (next - x);
        x = next;
    }
}

} // namespace

LowerBound computeLowerBounds(const Fleet& fleet, const TraceLibrary& traces,
                              const std::vector<Job>& jobs, const SimulationSetup& setup,
                              const LowerBoundOptions& options)
{
    const auto started = std::chrono::steady_clock::now();
    LowerBound bound;
    const std::size_t siteCount = fleet.sites().size();
    std::vector<const IntensitySeries*> series;
    for (const Site& site : fleet.sites())
        series.push_back(traces.find(site.zoneKey));
    // Run emissions integrate intensity × PUE(t) (the same series the simulator accounts with);
    // data movement is charged at the home grid's intensity, as everywhere.
    std::shared_ptr<const FacilityIntensity> facility = setup.facility;
    if (!facility)
        facility = std::make_shared<const FacilityIntensity>(fleet, traces);
    std::vector<const IntensitySeries*> runSeries;
    for (std::size_t s = 0; s < siteCount; ++s)
        runSeries.push_back(facility->series(s));
    ActualOutlook actual(fleet, traces, facility.get());
    CapacityLedger noLedger(fleet, setup.origin, 0);
    PlanningContext ctx{fleet, actual, noLedger, setup.permit, setup.siteHasData, {}};
    const auto filters = standardFilters();

    std::vector<SplittableJob> splittable;
    std::vector<ContiguousJob> contiguous;
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
        contiguous.push_back(std::move(c));
    }

    // Cheapest slots of a splittable job at one site under prices (fractional fill): returns the
    // cost and, when `taken` is given, the (slot, hours) it takes.
    std::vector<std::pair<double, std::size_t>> order;
    auto cheapestSlots = [&](const SplittableJob& sj, std::size_t k, const std::vector<double>* price,
                             std::vector<std::pair<std::size_t, double>>* taken) {
        order.clear();
        for (std::size_t i = 0; i < sj.slotHour.size(); ++i) {
            const std::size_t h = sj.slotHour[i];
            const double p = price && h < price->size() ? (*price)[h] : 0.0;
            order.emplace_back(sj.gramsPerHour[k][i] + sj.gpus * p, i);
        }
        // Every slot is a whole hour but the first and the last, so the run is covered by the
        // cheapest ceil(duration) + 2 slots at most: only those need ordering (the same order as
        // a full sort, since (rate, slot) pairs are distinct).
        const std::size_t most =
            std::min(order.size(), static_cast<std::size_t>(std::ceil(sj.durationH)) + 2);
        if (most < order.size())
            std::nth_element(order.begin(), order.begin() + static_cast<std::ptrdiff_t>(most), order.end());
        std::sort(order.begin(), order.begin() + static_cast<std::ptrdiff_t>(most));
        double need = sj.durationH;
        double grams = sj.migrationGrams[k];
        if (taken)
            taken->clear();
        for (std::size_t n = 0; n < most && need > 0; ++n) {
            const auto [rate, i] = order[n];
            const double take = std::min(need, sj.slotHours[i]);
            grams += rate * take;
            if (taken)
                taken->emplace_back(i, take);
            need -= take;
        }
        return grams;
    };

    // λ = 0: the unconstrained bound.
    double fixedGrams = 0.0;
    for (const SplittableJob& sj : splittable) {
        double best = std::numeric_limits<double>::infinity();
        for (std::size_t k = 0; k < sj.sites.size(); ++k)
            best = std::min(best, cheapestSlots(sj, k, nullptr, nullptr));
        fixedGrams += best;
    }
    double unconstrained = fixedGrams;
    for (const ContiguousJob& c : contiguous)
        unconstrained += *std::min_element(c.costGrams.begin(), c.costGrams.end());
    bound.unconstrainedKg = unconstrained / 1000.0;
    bound.capacityAwareKg = bound.unconstrainedKg;

    // Projected subgradient ascent on the capacity prices.
    const std::size_t hours = setup.hours;
    std::vector<std::vector<double>> price(siteCount, std::vector<double>(hours, 0.0));
    std::vector<std::vector<double>> cumulative(siteCount, std::vector<double>(hours + 1, 0.0));
    std::vector<std::vector<double>> usage(siteCount, std::vector<double>(hours + 1, 0.0));
    std::vector<double> capacity;
    for (const Site& site : fleet.sites())
        capacity.push_back(site.totalGpus());
    // A price above the dearest GPU-hour of any site cannot move a job, only lower the dual:
    // capping λ there keeps the steps in a useful range.
    double priceCap = 0.0;
    for (std::size_t s = 0; s < siteCount; ++s) {
        if (!runSeries[s])
            continue;
        double maxIntensity = 0.0; // already × PUE(t)
        for (const double v : runSeries[s]->lifecycle())
            maxIntensity = std::max(maxIntensity, v);
        priceCap = std::max(priceCap, fleet.sites()[s].powerPerGpu.value * maxIntensity);
    }
    double theta = 1.0;
    int sinceImprovement = 0;
    // ∫ price over [a, b) hours from the origin at one site, from its cumulative prices.
    const auto hoursD = static_cast<double>(hours);
    auto priceAt = [hours, hoursD](const double* cum, const double* pr, double x) {
        x = std::clamp(x, 0.0, hoursD);
        const auto k = static_cast<std::size_t>(x);
        return cum[k] + (k < hours ? pr[k] * (x - static_cast<double>(k)) : 0.0);
    };
    // The first iterations follow the gradient of a smoothed dual: each job spreads over its
    // options in softmin shares (temperature in grams per GPU-hour, × the job's GPU-hours)
    // instead of jumping to its cheapest one, which keeps the prices from swinging between sites;
    // the temperature falls to zero over the first `smoothedShare` of the iterations, then the
    // steps are plain subgradients. The dual value itself is always the exact minimum, so every
    // iteration's bound stays valid.
    double smoothedIterations = options.smoothedShare * options.maxIterations;
    auto smoothingAt = [&](int iteration) {
        const double left = 1.0 - static_cast<double>(iteration - 1) / std::max(1.0, smoothedIterations);
        return smoothedIterations > 0.0 && left > 0.0 ? options.smoothing * priceCap * left : 0.0;
    };
    std::vector<double> values;
    std::vector<std::vector<std::pair<std::size_t, double>>> takenBySite;
    std::vector<double> jobMin(jobs.size(), std::numeric_limits<double>::quiet_NaN());
    for (int iteration = 1; iteration <= options.maxIterations; ++iteration) {
        for (std::size_t s = 0; s < siteCount; ++s) {
            for (std::size_t h = 0; h < hours; ++h)
                cumulative[s][h + 1] = cumulative[s][h] + price[s][h];
            std::fill(usage[s].begin(), usage[s].end(), 0.0);
        }
        double dual = 0.0;
        const double temperature = smoothingAt(iteration);
        for (const SplittableJob& sj : splittable) {
            double best = std::numeric_limits<double>::infinity();
            values.resize(sj.sites.size());
            takenBySite.resize(std::max(takenBySite.size(), sj.sites.size()));
            for (std::size_t k = 0; k < sj.sites.size(); ++k) {
                values[k] = cheapestSlots(sj, k, &price[sj.sites[k]], &takenBySite[k]);
                best = std::min(best, values[k]);
            }
            dual += best; // the exact minimum: the dual value stays a valid bound
            jobMin[sj.job] = best;
            // The usage of each site's choice, in the share the (soft) minimum gives it.
            softminShares(values, best, temperature * sj.gpus * sj.durationH);
            for (std::size_t k = 0; k < sj.sites.size(); ++k) {
                if (values[k] <= 0.0)
                    continue;
                std::vector<double>& row = usage[sj.sites[k]];
                for (const auto& [i, hoursTaken] : takenBySite[k]) {
                    if (sj.slotHour[i] < row.size())
                        row[sj.slotHour[i]] += values[k] * sj.gpus * hoursTaken;
                }
            }
        }
        for (const ContiguousJob& c : contiguous) {
            double best = std::numeric_limits<double>::infinity();
            const double durationH = static_cast<double>(c.durationS) / 3600.0;
            values.resize(c.costGrams.size());
            std::size_t k = 0;
            for (const std::size_t s : c.sites) {
                const double* cum = cumulative[s].data();
                const double* pr = price[s].data();
                for (const double a : c.startH) {
                    values[k] = c.costGrams[k] + c.gpus * (priceAt(cum, pr, a + durationH) - priceAt(cum, pr, a));
                    best = std::min(best, values[k]);
                    ++k;
                }
            }
            dual += best;
            jobMin[c.job] = best;
            softminShares(values, best, temperature * c.gpus * std::max(durationH, kShortestSmoothedH));
            k = 0;
            for (const std::size_t s : c.sites) {
                for (const double a : c.startH) {
                    if (values[k] > 0.0) // usage of the option, hour by hour (fractions at both ends)
                        addRun(usage[s], a, std::min(a + durationH, hoursD), c.gpus * values[k]);
                    ++k;
                }
            }
        }
        double gradientNorm = 0.0;
        for (std::size_t s = 0; s < siteCount; ++s) {
            for (std::size_t h = 0; h < hours; ++h) {
                dual -= price[s][h] * capacity[s];
                double g = usage[s][h] - capacity[s];
                if (price[s][h] <= 0.0 && g < 0.0)
                    g = 0.0;
                usage[s][h] = g;
                gradientNorm += g * g;
            }
        }
        bound.iterations = iteration;
        bound.dualKgByIteration.push_back(dual / 1000.0);
        const bool better = dual / 1000.0 > bound.capacityAwareKg;
        if (better || bound.prices.empty()) { // the first prices (all 0) give the unconstrained bound
            bound.prices = price;
            bound.jobMinGrams = jobMin;
            bound.pricedDualKg = dual / 1000.0;
        }
        if (better) {
            bound.capacityAwareKg = dual / 1000.0;
            sinceImprovement = 0;
        } else if (++sinceImprovement >= 5) {
            theta /= 2.0;
            sinceImprovement = 0;
        }
        if (gradientNorm <= 0.0) {
            if (temperature == 0.0)
                break; // the relaxed optimum respects capacity: the bound is tight
            // The smoothed shares fit, but the cheapest options may not: go on unsmoothed.
            smoothedIterations = 0.0;
            continue;
        }
        // Normalised, diminishing steps: the most congested site-hour moves by θ·η₀/√k, with η₀
        // six tenths of the dearest GPU-hour and θ halved after five steps without a better
        // bound (start bold, shrink when it stops paying). Polyak steps towards a known schedule
        // (the best policy's) did no better: that schedule is far above the optimum.
        double largest = 0.0;
        for (std::size_t s = 0; s < siteCount; ++s) {
            for (std::size_t h = 0; h < hours; ++h)
                largest = std::max(largest, std::abs(usage[s][h]));
        }
        const double step = theta * 0.6 * priceCap / std::sqrt(static_cast<double>(iteration)) / largest;
        for (std::size_t s = 0; s < siteCount; ++s) {
            for (std::size_t h = 0; h < hours; ++h)
                price[s][h] = std::clamp(price[s][h] + step * usage[s][h], 0.0, priceCap);
        }
    }
    bound.elapsedMs = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - started).count();
    return bound;
}

} // namespace greenlight
