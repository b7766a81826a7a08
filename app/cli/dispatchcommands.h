// greenlight-cli dispatch ID --clusters FILE --command CMD [--dry-run]
#pragma once

#include "cliargs.h"

#include <ostream>

namespace greenlight::cli {

int runDispatch(const CliArgs& args, std::ostream& out, std::ostream& err);

} // namespace greenlight::cli
