// `route`: route an LLM request trace over the fleet with inference-route and budget-tier,
// replaying recorded grid intensity at each request's arrival hour.
//
//   return runRoute(args, std::cout, std::cerr);
#pragma once

#include "cliargs.h"

#include <iosfwd>

namespace greenlight::cli {

int runRoute(const CliArgs& args, std::ostream& out, std::ostream& err);

} // namespace greenlight::cli
