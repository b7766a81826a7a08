// greenlight-cli audit verify|export
#pragma once

#include "cliargs.h"

#include <ostream>

namespace greenlight::cli {

int runAudit(const CliArgs& args, std::ostream& out, std::ostream& err);

} // namespace greenlight::cli
