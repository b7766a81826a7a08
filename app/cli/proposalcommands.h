// greenlight-cli proposals list|show|file|approve|reject|expire-overdue
#pragma once

#include "cliargs.h"

#include "core/proposal/proposal.h"

#include <ostream>
#include <vector>

namespace greenlight::cli {

int runProposals(const CliArgs& args, std::ostream& out, std::ostream& err);

// Files a policy run's proposals into the database named by --db (as the OS user, an operator);
// ones already filed are skipped. Prints how many were auto-approved and how many await review.
int fileProposals(const CliArgs& args, const std::vector<Proposal>& proposals, std::ostream& out,
                  std::ostream& err);

} // namespace greenlight::cli
