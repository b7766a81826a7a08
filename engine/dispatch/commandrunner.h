// Where dispatch sends a command line: a real login node over SSH, or a dry run that only
// collects what would have been sent.
//
//   Result<CommandResult> r = runner.run("squeue --me --json", CommandKind::Query);
#pragma once

#include "dispatch/sshsession.h"

#include <string>

namespace greenlight {

enum class CommandKind {
    Invalid,
    Query,  // reads only: may be resent after a dropped connection
    Change, // changes the cluster: never resent blindly (dispatch looks first, by idempotency key)
};

class CommandRunner {
public:
    virtual ~CommandRunner() = default;
    virtual Result<CommandResult> run(const std::string& command, CommandKind kind) = 0;
    virtual std::string describe() const = 0; // "root@127.0.0.1:2222", "dry run"
};

} // namespace greenlight
