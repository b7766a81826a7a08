// greenlight-cli proposals list|show|file|approve|reject|expire-overdue
#pragma once

#include "cliargs.h"

#include "core/proposal/proposal.h"
#include "core/proposal/proposalsfromrun.h"

#include <ostream>
#include <vector>

namespace greenlight::cli {

int runProposals(const CliArgs& args, std::ostream& out, std::ostream& err);

// Files a policy run's proposals into the database named by --db (as the OS user, an operator);
// ones already filed are skipped. Prints how many were auto-approved and how many await review.
int fileProposals(const CliArgs& args, const std::vector<Proposal>& proposals, std::ostream& out,
                  std::ostream& err);

// "  not filed: 51 beyond --propose-limit 5, …": the run's decisions that became no proposal, and
// why, so that nobody takes the inbox for every decision of the run. Nothing when there are none.
void reportNotFiled(std::ostream& out, const ProposalsLeftOut& leftOut, const ProposalsFromRunOptions& options,
                    std::size_t budgetOnly);

} // namespace greenlight::cli
