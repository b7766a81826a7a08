// greenlight-cli proposals list|show|file|approve|reject|expire-overdue
#pragma once

#include "cliargs.h"

#include <ostream>

namespace greenlight::cli {

int runProposals(const CliArgs& args, std::ostream& out, std::ostream& err);

} // namespace greenlight::cli
