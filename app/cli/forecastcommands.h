// `greenlight-cli forecast-backtest`: back-tests forecasters on carbon-intensity traces without
// look-ahead and prints MAPE, bias and interval coverage by horizon, as a table or JSON.
//
//   return runForecastBacktest(args, std::cout, std::cerr); // exit code
#pragma once

#include "cliargs.h"

#include <iosfwd>

namespace greenlight::cli {

int runForecastBacktest(const CliArgs& args, std::ostream& out, std::ostream& err);

} // namespace greenlight::cli
