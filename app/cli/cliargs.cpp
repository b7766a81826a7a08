#include "cliargs.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <cstdlib>

namespace greenlight::cli {

CliArgs::CliArgs(int argc, char** argv) : m_args(argv, argv + argc)
{
    for (std::size_t i = 0; i < m_args.size(); ++i) {
        if (m_args[i].rfind("--", 0) == 0) {
            // An option's value follows it unless the next word is itself an option.
            if (i + 1 < m_args.size() && m_args[i + 1].rfind("--", 0) != 0)
                ++i;
            continue;
        }
        m_positional.push_back(m_args[i]);
    }
}

bool CliArgs::flag(const std::string& name) const
{
    return std::find(m_args.begin(), m_args.end(), name) != m_args.end();
}

std::optional<std::string> CliArgs::option(const std::string& name) const
{
    for (std::size_t i = 0; i < m_args.size(); ++i) {
        if (m_args[i] != name)
            continue;
        if (i + 1 == m_args.size() || m_args[i + 1].rfind("--", 0) == 0)
            throw MissingOptionValue(name);
        return m_args[i + 1];
    }
    return std::nullopt;
}

std::vector<std::string> CliArgs::options(const std::string& name) const
{
    std::vector<std::string> values;
    for (std::size_t i = 0; i + 1 < m_args.size(); ++i) {
        if (m_args[i] == name && m_args[i + 1].rfind("--", 0) != 0)
            values.push_back(m_args[++i]);
    }
    return values;
}

std::vector<std::string> CliArgs::repeated(const std::vector<std::string>& mayRepeat) const
{
    std::vector<std::string> seen;
    std::vector<std::string> twice;
    for (const std::string& arg : m_args) {
        if (arg.rfind("--", 0) != 0 || std::find(mayRepeat.begin(), mayRepeat.end(), arg) != mayRepeat.end())
            continue;
        if (std::find(seen.begin(), seen.end(), arg) == seen.end())
            seen.push_back(arg);
        else if (std::find(twice.begin(), twice.end(), arg) == twice.end())
            twice.push_back(arg);
    }
    return twice;
}

std::vector<std::string> CliArgs::unknown(const std::vector<std::string>& known) const
{
    std::vector<std::string> result;
    for (const std::string& arg : m_args) {
        if (arg.rfind("--", 0) == 0 && std::find(known.begin(), known.end(), arg) == known.end())
            result.push_back(arg);
    }
    return result;
}

std::filesystem::path defaultDataDir()
{
    std::error_code ec;
    const auto exe = std::filesystem::read_symlink("/proc/self/exe", ec);
    if (ec)
        return "share/greenlight/data";
    return exe.parent_path().parent_path() / "share" / "greenlight" / "data";
}

std::optional<double> parseFiniteNumber(const std::string& text)
{
    if (text.empty() || std::isspace(static_cast<unsigned char>(text.front())))
        return std::nullopt;
    char* end = nullptr;
    const double value = std::strtod(text.c_str(), &end);
    if (end != text.c_str() + text.size() || !std::isfinite(value))
        return std::nullopt;
    return value;
}

std::optional<long long> parseWholeNumber(const std::string& text, long long least, long long most)
{
    const std::optional<double> value = parseFiniteNumber(text);
    if (!value || *value != std::trunc(*value) || *value < static_cast<double>(least) ||
        *value > static_cast<double>(most))
        return std::nullopt;
    return static_cast<long long>(*value);
}

std::optional<double> NumberOptions::get(const char* name, double least, double most, Least least0)
{
    const std::optional<std::string> text = m_args.option(name);
    if (!text)
        return std::nullopt;
    const std::optional<double> value = parseFiniteNumber(*text);
    const bool excluded = least0 == Least::Excluded;
    if (!value || *value > most || *value < least || (excluded && *value == least)) {
        char range[96];
        std::snprintf(range, sizeof range, " takes a number from %g%s to %g", least, excluded ? " (not included)" : "", most);
        fail(std::string(name) + range);
    }
    return value;
}

void NumberOptions::fail(std::string problem)
{
    if (m_problem.empty())
        m_problem = std::move(problem);
}

std::string fileTargetProblem(const std::string& path)
{
    if (path.empty())
        return " is empty";
    const std::filesystem::path given(path);
    std::error_code error;
    if (std::filesystem::is_directory(given, error))
        return " is a directory";
    const std::filesystem::path folder = given.has_parent_path() ? given.parent_path() : ".";
    if (!std::filesystem::is_directory(folder, error))
        return ": no such folder";
    return {};
}

std::string fileTargetProblem(const std::string& path, const std::vector<std::filesystem::path>& inputFiles,
                              const std::vector<std::filesystem::path>& inputFolders)
{
    if (std::string problem = fileTargetProblem(path); !problem.empty())
        return problem;
    std::error_code error;
    const std::filesystem::path target = std::filesystem::weakly_canonical(path, error);
    for (const std::filesystem::path& input : inputFiles) {
        // The same file by another name (a link), or the same path for a file not there yet
        // (a database's -wal file, which SQLite removes when it closes).
        const bool same = (std::filesystem::exists(path, error) && std::filesystem::equivalent(path, input, error)) ||
                          target == std::filesystem::weakly_canonical(input, error);
        if (same)
            return " is an input of this run (" + input.string() + ")";
    }
    const std::filesystem::path targetFolder = target.parent_path();
    for (const std::filesystem::path& folder : inputFolders) {
        const std::filesystem::path canonical = std::filesystem::weakly_canonical(folder, error);
        if (error || canonical.empty())
            continue;
        // The target's folder is the input folder or lies below it.
        const auto [end, rest] = std::mismatch(canonical.begin(), canonical.end(), targetFolder.begin(), targetFolder.end());
        if (end == canonical.end())
            return " lies in an input folder of this run (" + folder.string() + ")";
    }
    return {};
}

} // namespace greenlight::cli
