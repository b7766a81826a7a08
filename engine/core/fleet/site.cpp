#include "site.h"

#include <limits>

namespace greenlight {

int Site::totalGpus() const
{
    int total = 0;
    for (const auto& entry : gpusByType)
        total += entry.second;
    return total;
}

int Site::gpusOfType(const std::string& type) const
{
    if (type.empty())
        return totalGpus();
    const auto it = gpusByType.find(type);
    return it == gpusByType.end() ? 0 : it->second;
}

double Site::latencyMsTo(const std::string& region) const
{
    const auto it = latencyMsByRegion.find(region);
    return it == latencyMsByRegion.end() ? std::numeric_limits<double>::infinity() : it->second;
}

} // namespace greenlight
