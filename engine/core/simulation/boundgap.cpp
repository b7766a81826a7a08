#include "boundgap.h"

#include "lowerboundjobs.h"

#include <algorithm>
#include <cmath>

namespace greenlight {
namespace {

// λ per site and hour with prefix sums, read over fractional hours from the ledger origin.
class PriceIntegral {
public:
    explicit PriceIntegral(const std::vector<std::vector<double>>& prices) : m_prices(prices)
    {
        for (const std::vector<double>& row : prices) {
            std::vector<double> sums(row.size() + 1, 0.0);
            for (std::size_t h = 0; h < row.size(); ++h)
                sums[h + 1] = sums[h] + row[h];
            m_sums.push_back(std::move(sums));
        }
    }

    // ∫ λ over [a, b) hours at the site (the part outside the priced hours costs nothing).
    double over(std::size_t site, double a, double b) const { return upTo(site, b) - upTo(site, a); }

private:
    double upTo(std::size_t site, double x) const
    {
        const std::vector<double>& row = m_prices[site];
        x = std::clamp(x, 0.0, static_cast<double>(row.size()));
        const auto h = static_cast<std::size_t>(x);
        return m_sums[site][h] + (h < row.size() ? row[h] * (x - static_cast<double>(h)) : 0.0);
    }

    const std::vector<std::vector<double>>& m_prices;
    std::vector<std::vector<double>> m_sums;
};

const char* lengthClass(Seconds duration)
{
    const double hours = static_cast<double>(duration.count()) / 3600.0;
    return hours <= 1.0 ? "under 1 h" : hours <= 6.0 ? "1-6 h" : hours <= 24.0 ? "6-24 h" : "over 24 h";
}

} // namespace

BoundGap splitGap(const LowerBound& bound, const std::vector<Job>& jobs,
                  const std::vector<SimulationRecord>& records, const Fleet& fleet,
                  const SimulationSetup& setup)
{
    BoundGap gap;
    const std::size_t siteCount = fleet.sites().size();
    if (bound.prices.size() != siteCount || bound.jobMinGrams.size() != jobs.size() ||
        records.size() != jobs.size())
        return gap;
    gap.known = true;
    gap.boundKg = bound.pricedDualKg;
    const PriceIntegral price(bound.prices);
    const std::size_t hours = bound.prices.empty() ? 0 : bound.prices.front().size();
    std::vector<std::vector<double>> used(siteCount, std::vector<double>(hours, 0.0)); // GPU-hours
    for (const char* label : {"under 1 h", "1-6 h", "6-24 h", "over 24 h"})
        gap.regretByLength.push_back({label, 0.0});
    double regretGrams = 0.0;
    double scheduleGrams = 0.0;
    double outsideGrams = 0.0;
    double unplacedGrams = 0.0;
    for (std::size_t i = 0; i < jobs.size(); ++i) {
        const double least = bound.jobMinGrams[i]; // NaN: the bound left the job out
        const SimulationRecord& record = records[i];
        if (!record.placed) {
            if (!std::isnan(least))
                unplacedGrams -= least;
            continue;
        }
        const double own = record.emissionsKg * 1000.0;
        scheduleGrams += own;
        double priced = own; // its emissions plus λ over its run
        for (const TimeWindow& w : record.segments) {
            const double a = static_cast<double>((w.begin - setup.origin).count()) / 3600.0;
            const double b = static_cast<double>((w.end - setup.origin).count()) / 3600.0;
            priced += record.gpus * price.over(record.site, a, b);
            addGpuHours(used[record.site], a, b, record.gpus);
        }
        if (std::isnan(least)) {
            outsideGrams += priced;
            continue;
        }
        regretGrams += priced - least;
        for (BoundGap::Share& share : gap.regretByLength) {
            if (share.label == lengthClass(jobs[i].duration))
                share.kg += (priced - least) / 1000.0;
        }
    }
    double idleGrams = 0.0;
    for (std::size_t s = 0; s < siteCount; ++s) {
        const double capacity = fleet.sites()[s].totalGpus();
        double siteGrams = 0.0;
        for (std::size_t h = 0; h < hours; ++h)
            siteGrams += bound.prices[s][h] * (capacity - used[s][h]);
        idleGrams += siteGrams;
        if (siteGrams != 0.0)
            gap.idleBySite.push_back({fleet.sites()[s].id, siteGrams / 1000.0});
    }
    gap.scheduleKg = scheduleGrams / 1000.0;
    gap.regretKg = regretGrams / 1000.0;
    gap.idleCapacityKg = idleGrams / 1000.0;
    gap.outsideBoundKg = outsideGrams / 1000.0;
    gap.unplacedKg = unplacedGrams / 1000.0;
    return gap;
}

} // namespace greenlight
