// Minimal argument handling shared by the subcommands: "--name value" options, flags and
// positional arguments, plus the default data folder next to the executable.
//
//   CliArgs args(argc - 2, argv + 2);
//   std::string zone = args.option("--zone").value_or("DE");
#pragma once

#include <filesystem>
#include <optional>
#include <stdexcept>
#include <string>
#include <vector>

namespace greenlight::cli {

// An option that takes a value was given without one ("--records" last, or followed by another
// option): thrown by CliArgs::option, reported by main as a usage error. It used to be dropped
// silently (a dispatch --roll-back without its reason dispatched instead).
struct MissingOptionValue : std::runtime_error {
    explicit MissingOptionValue(const std::string& option)
        : std::runtime_error(option + " needs a value"), name(option) {}
    std::string name;
};

class CliArgs {
public:
    CliArgs(int argc, char** argv);

    bool flag(const std::string& name) const;
    // The value after `name`; nullopt when it was not given. Throws MissingOptionValue when
    // `name` was given with no value after it.
    std::optional<std::string> option(const std::string& name) const;
    // Every value of an option that may repeat ("--zone DE --zone FR"), in order.
    std::vector<std::string> options(const std::string& name) const;
    const std::vector<std::string>& positional() const { return m_positional; }
    // Options given more than once, other than those that may repeat: "--workload a.csv
    // --workload b.csv" ran on a.csv without a word.
    std::vector<std::string> repeated(const std::vector<std::string>& mayRepeat) const;
    // Options that were given but not consumed by flag()/option(): typos, mostly.
    std::vector<std::string> unknown(const std::vector<std::string>& known) const;

private:
    std::vector<std::string> m_args;
    std::vector<std::string> m_positional;
};

// Numeric options read in full and held to their ranges; the first one malformed or out of range
// is kept, named with its range, for one error message.
//
//   NumberOptions numbers(args);
//   const double share = numbers.get("--guest-share", 0, 1, NumberOptions::Least::Excluded).value_or(0.9);
//   if (!numbers.problem().empty()) { err << "error: " << numbers.problem() << '\n'; return 2; }
class NumberOptions {
public:
    enum class Least { Included, Excluded };
    explicit NumberOptions(const CliArgs& args) : m_args(args) {}
    // The option's value (nullopt when not given, or not a number); one outside [least, most]
    // is returned as given and recorded as the problem.
    std::optional<double> get(const char* name, double least, double most, Least least0 = Least::Included);
    // Records `problem` unless an earlier one is recorded.
    void fail(std::string problem);
    const std::string& problem() const { return m_problem; }

private:
    const CliArgs& m_args;
    std::string m_problem;
};

// A finite number written in full: "5abc", "nan", "inf" and "" are not (nullopt). Every numeric
// option goes through it, so that a typo is an error rather than a prefix or a wrapped value.
std::optional<double> parseFiniteNumber(const std::string& text);
// A whole number in [least, most], written in full ("1.5", "3x" are not).
std::optional<long long> parseWholeNumber(const std::string& text, long long least, long long most);

// Why `path` cannot name a file to create or replace, as text to follow the path in a message
// (" is empty", " is a directory", ": no such folder"); empty when it can. Options that write
// check it before any long work, so that a typo is found at once.
std::string fileTargetProblem(const std::string& path);
// The same, and `path` must not be one of the run's input files nor lie in one of its input
// folders (records written over the workload, the fleet file or a zone's trace destroyed it).
std::string fileTargetProblem(const std::string& path, const std::vector<std::filesystem::path>& inputFiles,
                              const std::vector<std::filesystem::path>& inputFolders);

// <dir of the executable>/../share/greenlight/data: the same in a build tree and an install.
std::filesystem::path defaultDataDir();

} // namespace greenlight::cli
