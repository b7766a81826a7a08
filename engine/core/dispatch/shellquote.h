// Quoting for a POSIX shell (what sshd runs a remote command with): every argument travels as one
// single-quoted word, so quotes, `;`, `$()`, backticks, newlines and unicode reach the program as
// literal bytes and nothing else runs.
//
//   std::string cmd = "scancel " + shellQuote(jobId);
//   Result<std::string> safe = checkedShellQuote(name); // refuses NUL bytes
#pragma once

#include "core/status.h"

#include <string>
#include <string_view>
#include <vector>

namespace greenlight {

// 'text' with each ' written as '\'' (close, escaped quote, reopen). Never fails; a NUL byte
// would truncate the argument in the remote exec, so callers with untrusted text use the
// checked form.
std::string shellQuote(std::string_view text);
Result<std::string> checkedShellQuote(std::string_view text);

// A whole command line from its words, each quoted.
std::string shellCommand(const std::vector<std::string>& words);

} // namespace greenlight
