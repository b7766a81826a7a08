// `simulate`: replay a real job trace against a fleet and the recorded carbon traces with a
// policy and a forecaster; compare with the carbon-agnostic baseline and the lower bounds.
//
//   return runSimulate(args, std::cout, std::cerr);
#pragma once

#include "cliargs.h"

#include <iosfwd>

namespace greenlight::cli {

int runSimulate(const CliArgs& args, std::ostream& out, std::ostream& err);

} // namespace greenlight::cli
