#include "scope2json.h"

namespace greenlight::cli {

void setScope2Disclosure(JsonValue& object, const SiteKpis& k)
{
    object.set("scope2_grid_factors", JsonValue::string(k.gridFactors));
    object.set("market_residual_basis", JsonValue::string(k.residualBasis));
    JsonValue mix = JsonValue::object();
    mix.set("fossil", JsonValue::number(k.gridMix.fossil));
    mix.set("nuclear", JsonValue::number(k.gridMix.nuclear));
    mix.set("renewable", JsonValue::number(k.gridMix.renewable));
    mix.set("unknown", JsonValue::number(k.gridMix.unknown)); // the grid's data publishes no shares
    object.set("energy_by_source_kwh", std::move(mix));
}

} // namespace greenlight::cli
