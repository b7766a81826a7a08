// greenlight-cli dispatch ID --clusters FILE --command CMD [--dry-run] | --roll-back REASON
#pragma once

#include "cliargs.h"

#include <ostream>

namespace greenlight::cli {

int runDispatch(const CliArgs& args, std::ostream& out, std::ostream& err);
// greenlight-cli clusters --clusters FILE: queue and capacity per site
int runClusters(const CliArgs& args, std::ostream& out, std::ostream& err);

} // namespace greenlight::cli
