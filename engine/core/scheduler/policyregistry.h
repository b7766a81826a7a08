// Policies by name, so the CLI, the simulator and the what-if panel pick them the same way.
//
//   Result<std::unique_ptr<SchedulingPolicy>> p = makePolicy("wait-awhile");
#pragma once

#include "schedulingpolicy.h"

#include "core/status.h"

#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace greenlight {

std::vector<std::string> policyNames();
Result<std::unique_ptr<SchedulingPolicy>> makePolicy(std::string_view name);

} // namespace greenlight
