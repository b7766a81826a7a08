#include "arrivalload.h"

#include <algorithm>
#include <cmath>

namespace greenlight {

ArrivalLoad::ArrivalLoad(Seconds memory) : m_memory(std::max(memory, Seconds{1})) {}

double ArrivalLoad::decayed(const Rate& rate, UtcTime now) const
{
    if (now <= rate.at)
        return rate.gpus;
    const double elapsed = static_cast<double>((now - rate.at).count());
    return rate.gpus * std::exp(-elapsed / static_cast<double>(m_memory.count()));
}

void ArrivalLoad::observe(const Job& job)
{
    Rate& rate = m_byWindow[job.maxDelay];
    const UtcTime at = std::max(rate.at, job.submit);
    rate.gpus = decayed(rate, at);
    rate.at = at;
    // An exponentially weighted rate: each GPU-hour adds 1 / memory to the GPUs asked for.
    const double gpuHours = job.gpus * static_cast<double>(job.duration.count()) / 3600.0;
    rate.gpus += gpuHours / (static_cast<double>(m_memory.count()) / 3600.0);
}

double ArrivalLoad::expectedClaimGpus(UtcTime now, Seconds ahead) const
{
    if (ahead <= Seconds{0})
        return 0.0;
    double gpus = 0.0;
    for (const auto& [window, rate] : m_byWindow) {
        const double share = window <= Seconds{0}
                                 ? 1.0
                                 : std::min(1.0, static_cast<double>(ahead.count()) /
                                                     static_cast<double>(window.count()));
        gpus += share * decayed(rate, now);
    }
    return gpus;
}

std::vector<double> ArrivalLoad::expectedClaimGpus(UtcTime now, const std::vector<UtcTime>& starts,
                                                   Seconds run) const
{
    std::vector<double> gpus(starts.size(), 0.0);
    const double runS = static_cast<double>(run.count());
    for (const auto& [window, rate] : m_byWindow) {
        const double gpusNow = decayed(rate, now);
        const double w = static_cast<double>(window.count());
        // ∫ min(1, x / w) dx from 0: the share of the steady load claimed up to x ahead.
        auto integral = [w](double x) {
            if (x <= 0.0)
                return 0.0;
            if (w <= 0.0)
                return x;
            return x <= w ? x * x / (2.0 * w) : w / 2.0 + (x - w);
        };
        for (std::size_t i = 0; i < starts.size(); ++i) {
            const double a = static_cast<double>((starts[i] - now).count());
            double share = 0.0;
            if (runS > 0.0)
                share = (integral(a + runS) - integral(a)) / runS;
            else if (a > 0.0)
                share = w <= 0.0 ? 1.0 : std::min(1.0, a / w);
            gpus[i] += share * gpusNow;
        }
    }
    return gpus;
}

} // namespace greenlight
