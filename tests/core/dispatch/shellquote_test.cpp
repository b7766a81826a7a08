#include "hostilenames.h"

#include "core/dispatch/shellquote.h"

#include <gtest/gtest.h>

#include <array>
#include <cstdio>
#include <filesystem>
#include <unistd.h>

namespace greenlight {
namespace {

// Runs `printf %s <quoted>` through the real /bin/sh and returns what it printed.
std::string echoThroughShell(const std::string& text)
{
    const std::string command = "printf %s " + shellQuote(text);
    FILE* pipe = ::popen(command.c_str(), "r");
    std::string out;
    std::array<char, 256> buffer{};
    while (pipe != nullptr) {
        const std::size_t n = std::fread(buffer.data(), 1, buffer.size(), pipe);
        if (n == 0)
            break;
        out.append(buffer.data(), n);
    }
    if (pipe != nullptr)
        ::pclose(pipe);
    return out;
}

TEST(ShellQuote, HostileTextReachesTheProgramLiterallyAndRunsNothing)
{
    const std::string prefix = std::filesystem::temp_directory_path() / ("gl-quote-" + std::to_string(::getpid()) + "-");
    for (const std::string& name : testing::hostileNames(prefix)) {
        EXPECT_EQ(echoThroughShell(name), name);
    }
    for (int i = 1; i <= 9; ++i)
        EXPECT_FALSE(std::filesystem::exists(prefix + std::to_string(i))) << "sentinel " << i << " was created";
}

TEST(ShellQuote, QuotesAreClosedEscapedAndReopened)
{
    EXPECT_EQ(shellQuote("plain"), "'plain'");
    EXPECT_EQ(shellQuote(""), "''");
    EXPECT_EQ(shellQuote("it's"), "'it'\\''s'");
    EXPECT_EQ(shellCommand({"scancel", "42"}), "'scancel' '42'");
}

TEST(ShellQuote, NulBytesAreRefused)
{
    EXPECT_FALSE(checkedShellQuote(std::string("a\0b", 3)).ok());
    EXPECT_TRUE(checkedShellQuote("ab").ok());
}

} // namespace
} // namespace greenlight
