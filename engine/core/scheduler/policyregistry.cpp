#include "policyregistry.h"

#include "policies/baseline/baselinepolicy.h"
#include "policies/carbonwindow/carbonwindowpolicy.h"
#include "policies/firstfit/firstfitpolicy.h"
#include "policies/spatiotemporal/spatiotemporalpolicy.h"
#include "policies/thresholdmigrate/thresholdmigratepolicy.h"
#include "policies/waitawhile/waitawhilepolicy.h"

#include <functional>
#include <map>

namespace greenlight {
namespace {

using Factory = std::function<std::unique_ptr<SchedulingPolicy>()>;

const std::map<std::string, Factory, std::less<>>& factories()
{
    static const std::map<std::string, Factory, std::less<>> kFactories = {
        {"baseline", [] { return std::make_unique<BaselinePolicy>(); }},
        {"first-fit", [] { return std::make_unique<FirstFitPolicy>(); }},
        {"threshold-migrate", [] { return std::make_unique<ThresholdMigratePolicy>(); }},
        {"wait-awhile", [] { return std::make_unique<WaitAwhilePolicy>(); }},
        {"carbon-window", [] { return std::make_unique<CarbonWindowPolicy>(); }},
        {"spatiotemporal", [] { return std::make_unique<SpatioTemporalPolicy>(false); }},
        {"oracle", [] { return std::make_unique<SpatioTemporalPolicy>(true); }},
    };
    return kFactories;
}

} // namespace

std::vector<std::string> policyNames()
{
    std::vector<std::string> names;
    for (const auto& entry : factories())
        names.push_back(entry.first);
    return names;
}

Result<std::unique_ptr<SchedulingPolicy>> makePolicy(std::string_view name)
{
    const auto it = factories().find(name);
    if (it == factories().end()) {
        std::string known;
        for (const auto& n : policyNames())
            known += (known.empty() ? "" : ", ") + n;
        return Status(StatusCode::NotFound,
                      "unknown policy '" + std::string(name) + "' (known: " + known + ")",
                      "policy registry");
    }
    return it->second();
}

} // namespace greenlight
