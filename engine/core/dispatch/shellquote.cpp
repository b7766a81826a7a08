#include "core/dispatch/shellquote.h"

namespace greenlight {

std::string shellQuote(std::string_view text)
{
    std::string quoted;
    quoted.reserve(text.size() + 2);
    quoted += '\'';
    for (char c : text) {
        if (c == '\'')
            quoted += "'\\''";
        else
            quoted += c;
    }
    quoted += '\'';
    return quoted;
}

Result<std::string> checkedShellQuote(std::string_view text)
{
    if (text.find('\0') != std::string_view::npos)
        return Status(StatusCode::InvalidArgument, "a NUL byte cannot be passed as an argument", "shell");
    return shellQuote(text);
}

std::string shellCommand(const std::vector<std::string>& words)
{
    std::string line;
    for (const std::string& word : words) {
        if (!line.empty())
            line += ' ';
        line += shellQuote(word);
    }
    return line;
}

} // namespace greenlight
