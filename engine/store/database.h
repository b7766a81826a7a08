// A thin RAII layer over the SQLite C API: a connection, prepared statements and transactions,
// with SQLite errors turned into Status values an operator can read.
//
//   Result<Database> db = Database::open("greenlight.db");
//   Transaction tx(*db); db->exec("INSERT ..."); Status s = tx.commit();
#pragma once

#include "core/status.h"

#include <cstdint>
#include <filesystem>
#include <string>
#include <string_view>

struct sqlite3;
struct sqlite3_stmt;

namespace greenlight {

class Statement {
public:
    Statement() = default;
    Statement(sqlite3* db, sqlite3_stmt* statement) : m_db(db), m_statement(statement) {}
    Statement(Statement&& other) noexcept;
    Statement& operator=(Statement&& other) noexcept;
    Statement(const Statement&) = delete;
    Statement& operator=(const Statement&) = delete;
    ~Statement();

    // Parameters are 1-based, as in SQLite.
    Statement& bind(int index, std::string_view text);
    Statement& bind(int index, const char* text) { return bind(index, std::string_view(text)); }
    Statement& bind(int index, std::int64_t value);
    Statement& bind(int index, int value) { return bind(index, static_cast<std::int64_t>(value)); }
    Statement& bind(int index, double value);
    Statement& bindNull(int index);

    // true: a row is ready to read; false: done. Errors as Status.
    Result<bool> step();
    // Steps to completion (for INSERT/UPDATE/DELETE), then resets for reuse.
    Status run();
    void reset(); // clears bindings too

    std::int64_t columnInt(int column) const;
    double columnDouble(int column) const;
    std::string columnText(int column) const;
    bool columnIsNull(int column) const;

private:
    sqlite3* m_db = nullptr;
    sqlite3_stmt* m_statement = nullptr;
    Status m_bindError = Status::ok();
};

class Database {
public:
    enum class OpenMode { Invalid, ReadWriteCreate, ReadWrite, ReadOnly };

    // Opens (creating with mode 0600 when allowed) and sets WAL, synchronous=FULL, foreign keys
    // and a busy timeout. Does not touch the schema: see migrateDatabase().
    static Result<Database> open(const std::filesystem::path& path,
                                 OpenMode mode = OpenMode::ReadWriteCreate);

    Database() = default;
    Database(Database&& other) noexcept;
    Database& operator=(Database&& other) noexcept;
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;
    ~Database();

    Status exec(std::string_view sql);
    Result<Statement> prepare(std::string_view sql);
    // A single integer from a query ("PRAGMA user_version", "SELECT count(*) ...").
    Result<std::int64_t> queryInt(std::string_view sql);

    // A consistent copy of the whole database into a new file at `target` (the SQLite backup API:
    // one snapshot, its WAL included; works from a read-only connection).
    Status copyTo(const std::filesystem::path& target);

    std::int64_t lastInsertRowId() const;
    int changes() const;
    bool inTransaction() const;
    const std::filesystem::path& path() const { return m_path; }
    sqlite3* handle() const { return m_db; }

private:
    sqlite3* m_db = nullptr;
    std::filesystem::path m_path;
};

// BEGIN IMMEDIATE on construction (takes the write lock up front, so two writers never deadlock
// on an upgrade); ROLLBACK in the destructor unless commit() succeeded. Nests: an inner
// Transaction on a connection that is already in one does nothing, and the outer one commits.
class Transaction {
public:
    explicit Transaction(Database& db);
    Transaction(const Transaction&) = delete;
    Transaction& operator=(const Transaction&) = delete;
    ~Transaction();

    const Status& begun() const { return m_begun; } // not ok: the lock could not be taken
    Status commit();

private:
    Database& m_db;
    bool m_owner = false;
    bool m_done = false;
    Status m_begun = Status::ok();
};

// One consistent view of the database for several reads (BEGIN DEFERRED: in WAL mode the first
// read fixes the snapshot, and writers of other connections go on meanwhile); ended by the
// destructor. Nests like Transaction. For checks that compare tables: read apart, a write that
// commits between two reads looks like tampering.
class ReadSnapshot {
public:
    explicit ReadSnapshot(Database& db);
    ReadSnapshot(const ReadSnapshot&) = delete;
    ReadSnapshot& operator=(const ReadSnapshot&) = delete;
    ~ReadSnapshot();

    const Status& begun() const { return m_begun; }

private:
    Database& m_db;
    bool m_owner = false;
    Status m_begun = Status::ok();
};

// Steps `statement` through every row, calling visit(statement) for each; stops at the first error.
template <typename Visit>
Status forEachRow(Statement& statement, Visit&& visit)
{
    for (;;) {
        Result<bool> row = statement.step();
        if (!row.ok())
            return row.status();
        if (!row.value())
            return Status::ok();
        visit(static_cast<const Statement&>(statement));
    }
}

// SQLite result code + message → Status ("database is locked" → Unavailable, corrupt → DataLoss).
Status sqliteStatus(sqlite3* db, int code, std::string_view what);

} // namespace greenlight
