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
    return expectedClaimGpus(now, std::vector<UtcTime>{now + ahead}).front();
}

std::vector<double> ArrivalLoad::expectedClaimGpus(UtcTime now, const std::vector<UtcTime>& starts) const
{
    std::vector<double> gpus(starts.size(), 0.0);
    for (const auto& [window, rate] : m_byWindow) {
        const double gpusNow = decayed(rate, now);
        const double w = static_cast<double>(window.count());
        for (std::size_t i = 0; i < starts.size(); ++i) {
            const double ahead = static_cast<double>((starts[i] - now).count());
            if (ahead > 0.0)
                gpus[i] += (w <= 0.0 ? 1.0 : std::min(1.0, ahead / w)) * gpusNow;
        }
    }
    return gpus;
}

} // namespace greenlight
