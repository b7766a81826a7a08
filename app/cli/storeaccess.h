// What the store subcommands share: opening the database named by --db (or the default one)
// and signing in as the OS user.
//
//   std::optional<StoreSession> s = openSession(args, err);
//   if (!s) return 1;
//   s->flow.approve(s->user, id, reason);
#pragma once

#include "cliargs.h"

#include "store/database.h"
#include "store/workflow.h"

#include <filesystem>
#include <memory>
#include <optional>
#include <ostream>
#include <string>
#include <vector>

namespace greenlight::cli {

struct StoreSession {
    Database db;
    std::unique_ptr<Workflow> flow;
    std::string user; // the OS account; the database's roles decide what it may do
};

// The database file --db names (else the default one) and SQLite's files beside it (-wal, -shm,
// -journal): what no file a command writes may replace.
std::vector<std::filesystem::path> storeFiles(const CliArgs& args);

// Prints the reason and returns nullopt when the database cannot be opened or upgraded.
std::unique_ptr<StoreSession> openSession(const CliArgs& args, std::ostream& err);

// Prints "error: …" and returns the exit code for a failed Status (1).
int fail(std::ostream& err, const Status& status);

} // namespace greenlight::cli
