// Minimal argument handling shared by the subcommands: "--name value" options, flags and
// positional arguments, plus the default data folder next to the executable.
//
//   CliArgs args(argc - 2, argv + 2);
//   std::string zone = args.option("--zone").value_or("DE");
#pragma once

#include <filesystem>
#include <optional>
#include <string>
#include <vector>

namespace greenlight::cli {

class CliArgs {
public:
    CliArgs(int argc, char** argv);

    bool flag(const std::string& name) const;
    std::optional<std::string> option(const std::string& name) const;
    // Every value of an option that may repeat ("--zone DE --zone FR"), in order.
    std::vector<std::string> options(const std::string& name) const;
    const std::vector<std::string>& positional() const { return m_positional; }
    // Options that were given but not consumed by flag()/option(): typos, mostly.
    std::vector<std::string> unknown(const std::vector<std::string>& known) const;

private:
    std::vector<std::string> m_args;
    std::vector<std::string> m_positional;
};

// <dir of the executable>/../share/greenlight/data: the same in a build tree and an install.
std::filesystem::path defaultDataDir();

} // namespace greenlight::cli
