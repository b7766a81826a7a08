// greenlight-cli store info|migrate, users list|add|grant|revoke, rules show|set
#pragma once

#include "cliargs.h"

#include <ostream>

namespace greenlight::cli {

int runStore(const CliArgs& args, std::ostream& out, std::ostream& err);
int runUsers(const CliArgs& args, std::ostream& out, std::ostream& err);
int runRules(const CliArgs& args, std::ostream& out, std::ostream& err);

} // namespace greenlight::cli
