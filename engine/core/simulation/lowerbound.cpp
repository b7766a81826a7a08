#include "lowerbound.h"

#include "lowerboundjobs.h"


#include <algorithm>
#include <chrono>
#include <cmath>
#include <limits>

namespace greenlight {
namespace {

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

} // namespace

LowerBound computeLowerBounds(const Fleet& fleet, const TraceLibrary& traces,
                              const std::vector<Job>& jobs, const SimulationSetup& setup,
                              const LowerBoundOptions& options)
{
    const auto started = std::chrono::steady_clock::now();
    LowerBound bound;
    const std::size_t siteCount = fleet.sites().size();
    const BoundJobs problem = boundJobs(fleet, traces, jobs, setup);
    const std::vector<SplittableJob>& splittable = problem.splittable;
    const std::vector<ContiguousJob>& contiguous = problem.contiguous;
    std::vector<std::pair<double, std::size_t>> order; // cheapestSlots' scratch
    auto cheapestSlots = [&order](const SplittableJob& sj, std::size_t k, const std::vector<double>* price,
                                  std::vector<std::pair<std::size_t, double>>* taken) {
        return greenlight::cheapestSlots(sj, k, price, taken, order);
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
    const double priceCap = problem.dearestGpuHourGrams;
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
                        addGpuHours(usage[s], a, std::min(a + durationH, hoursD), c.gpus * values[k]);
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
