// Job names and commands that try to break out of their argument. Shared by the quoting tests
// (against /bin/sh) and the cluster tests (against real Slurm over SSH).
#pragma once

#include <string>
#include <vector>

namespace greenlight::testing {

inline std::vector<std::string> hostileNames(const std::string& sentinelPrefix)
{
    const std::string p = sentinelPrefix;
    return {
        "x'; touch " + p + "1 #",
        "$(touch " + p + "2)",
        "`touch " + p + "3`",
        "a\ntouch " + p + "4",
        "\"; touch " + p + "5; \"",
        "--wrap=touch " + p + "6",
        "x' '$(touch " + p + "7)' '",
        "back\\slash \\' touch " + p + "8",
        "tab\tand | touch " + p + "9 &",
        "Δ-训练-🚀 ${HOME} %s %n",
    };
}

} // namespace greenlight::testing
