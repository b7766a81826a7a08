#include "forecasterregistry.h"

#include "core/forecast/oracleforecaster.h"
#include "core/forecast/persistenceforecaster.h"
#include "core/forecast/ridgeforecaster.h"
#include "core/forecast/seasonalnaiveforecaster.h"

#include <functional>
#include <utility>

namespace greenlight {
namespace {

using Factory = std::function<std::unique_ptr<Forecaster>()>;

const std::vector<std::pair<std::string, Factory>>& factories()
{
    static const std::vector<std::pair<std::string, Factory>> kFactories = {
        {"persistence", [] { return std::make_unique<PersistenceForecaster>(); }},
        {"seasonal-naive-24h", [] { return std::make_unique<SeasonalNaiveForecaster>(Hours{24}); }},
        {"seasonal-naive-168h", [] { return std::make_unique<SeasonalNaiveForecaster>(Hours{168}); }},
        {"ridge", [] { return std::make_unique<RidgeForecaster>(); }},
        {"oracle", [] { return std::make_unique<OracleForecaster>(); }},
    };
    return kFactories;
}

} // namespace

Result<std::unique_ptr<Forecaster>> makeForecaster(std::string_view name)
{
    for (const auto& [key, factory] : factories()) {
        if (key == name)
            return factory();
    }
    std::string valid;
    for (const auto& [key, factory] : factories())
        valid += (valid.empty() ? "" : ", ") + key;
    return Status(StatusCode::NotFound,
                  "unknown forecaster '" + std::string(name) + "'; valid names: " + valid,
                  "forecaster registry");
}

std::vector<std::string> forecasterNames()
{
    std::vector<std::string> names;
    for (const auto& [key, factory] : factories())
        names.push_back(key);
    return names;
}

} // namespace greenlight
