// A runner that sends nothing: it records the exact command lines dispatch would run and answers
// like an empty cluster, so an operator can read them before approving a real run.
//
//   DryRunRunner dry;  SlurmDispatcher d(dry, "fra1");  d.submit(spec);
//   for (const std::string& line : dry.commands()) std::cout << line << '\n';
#pragma once

#include "dispatch/commandrunner.h"

#include <vector>

namespace greenlight {

class DryRunRunner : public CommandRunner {
public:
    Result<CommandResult> run(const std::string& command, CommandKind kind) override;
    std::string describe() const override { return "dry run"; }
    const std::vector<std::string>& commands() const { return m_commands; }

private:
    std::vector<std::string> m_commands;
};

} // namespace greenlight
