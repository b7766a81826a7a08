// A registry of named forecaster factories, so that configuration, the CLI and policies choose a
// model by name. Built in: persistence, seasonal-naive-24h, seasonal-naive-168h, ridge, oracle.
//
//   Result<std::unique_ptr<Forecaster>> model = makeForecaster("ridge");
//   if (!model.ok()) std::cerr << model.status().message(); // lists the valid names
#pragma once

#include "core/forecast/forecaster.h"

#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace greenlight {

// A new, independent instance (its own caches). Unknown name: NotFound listing the valid names.
Result<std::unique_ptr<Forecaster>> makeForecaster(std::string_view name);

// Every name makeForecaster() accepts, in a stable order.
std::vector<std::string> forecasterNames();

} // namespace greenlight
