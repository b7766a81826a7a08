// What a Scope 2 figure rests on, for `kpis --json` and `simulate --json` alike: which grid
// factors the location-based figure uses, what fills the market-based figure where no instrument
// covers the energy, and the energy by source of the grid's mix (ESRS E1-5).
#pragma once

#include "core/accounting/sitekpis.h"
#include "core/json/json.h"

namespace greenlight::cli {

void setScope2Disclosure(JsonValue& object, const SiteKpis& k);

} // namespace greenlight::cli
