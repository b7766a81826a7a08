#include "store/database.h"

#include <sqlite3.h>

#include <sys/stat.h>
#include <utility>

namespace greenlight {

namespace {

constexpr const char* kSource = "store";

StatusCode codeFor(int code)
{
    switch (code & 0xff) {
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
        return StatusCode::Unavailable;
    case SQLITE_CORRUPT:
    case SQLITE_NOTADB:
        return StatusCode::DataLoss;
    case SQLITE_CONSTRAINT:
        return StatusCode::FailedPrecondition;
    case SQLITE_CANTOPEN:
    case SQLITE_PERM:
    case SQLITE_READONLY:
    case SQLITE_FULL:
    case SQLITE_IOERR:
        return StatusCode::Unavailable;
    default:
        return StatusCode::Internal;
    }
}

} // namespace

Status sqliteStatus(sqlite3* db, int code, std::string_view what)
{
    std::string message(what);
    message += ": ";
    message += db != nullptr ? sqlite3_errmsg(db) : sqlite3_errstr(code);
    return Status(codeFor(code), std::move(message), kSource);
}

// --- Statement -------------------------------------------------------------------------------

Statement::Statement(Statement&& other) noexcept
    : m_db(std::exchange(other.m_db, nullptr))
    , m_statement(std::exchange(other.m_statement, nullptr))
    , m_bindError(std::move(other.m_bindError))
{
}

Statement& Statement::operator=(Statement&& other) noexcept
{
    if (this != &other) {
        sqlite3_finalize(m_statement);
        m_db = std::exchange(other.m_db, nullptr);
        m_statement = std::exchange(other.m_statement, nullptr);
        m_bindError = std::move(other.m_bindError);
    }
    return *this;
}

Statement::~Statement() { sqlite3_finalize(m_statement); }

Statement& Statement::bind(int index, std::string_view text)
{
    const int rc = sqlite3_bind_text64(m_statement, index, text.data(), text.size(),
                                       SQLITE_TRANSIENT, SQLITE_UTF8);
    if (rc != SQLITE_OK && m_bindError.isOk())
        m_bindError = sqliteStatus(m_db, rc, "bind");
    return *this;
}

Statement& Statement::bind(int index, std::int64_t value)
{
    const int rc = sqlite3_bind_int64(m_statement, index, value);
    if (rc != SQLITE_OK && m_bindError.isOk())
        m_bindError = sqliteStatus(m_db, rc, "bind");
    return *this;
}

Statement& Statement::bind(int index, double value)
{
    const int rc = sqlite3_bind_double(m_statement, index, value);
    if (rc != SQLITE_OK && m_bindError.isOk())
        m_bindError = sqliteStatus(m_db, rc, "bind");
    return *this;
}

Statement& Statement::bindNull(int index)
{
    const int rc = sqlite3_bind_null(m_statement, index);
    if (rc != SQLITE_OK && m_bindError.isOk())
        m_bindError = sqliteStatus(m_db, rc, "bind");
    return *this;
}

Result<bool> Statement::step()
{
    if (!m_bindError.isOk())
        return m_bindError;
    const int rc = sqlite3_step(m_statement);
    if (rc == SQLITE_ROW)
        return true;
    if (rc == SQLITE_DONE)
        return false;
    Status error = sqliteStatus(m_db, rc, sqlite3_sql(m_statement));
    sqlite3_reset(m_statement);
    return error;
}

Status Statement::run()
{
    for (;;) {
        Result<bool> row = step();
        if (!row.ok()) {
            reset();
            return row.status();
        }
        if (!row.value())
            break;
    }
    reset();
    return Status::ok();
}

void Statement::reset()
{
    sqlite3_reset(m_statement);
    sqlite3_clear_bindings(m_statement);
    m_bindError = Status::ok();
}

std::int64_t Statement::columnInt(int column) const { return sqlite3_column_int64(m_statement, column); }
double Statement::columnDouble(int column) const { return sqlite3_column_double(m_statement, column); }

std::string Statement::columnText(int column) const
{
    const auto* text = sqlite3_column_text(m_statement, column);
    const int bytes = sqlite3_column_bytes(m_statement, column);
    if (text == nullptr)
        return {};
    return std::string(reinterpret_cast<const char*>(text), static_cast<std::size_t>(bytes));
}

bool Statement::columnIsNull(int column) const
{
    return sqlite3_column_type(m_statement, column) == SQLITE_NULL;
}

// --- Database --------------------------------------------------------------------------------

Result<Database> Database::open(const std::filesystem::path& path, OpenMode mode)
{
    int flags = SQLITE_OPEN_NOMUTEX; // one connection per thread; the service owns its own
    switch (mode) {
    case OpenMode::Invalid:
        return Status(StatusCode::InvalidArgument, "no open mode", kSource);
    case OpenMode::ReadWriteCreate:
        flags |= SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE;
        break;
    case OpenMode::ReadWrite:
        flags |= SQLITE_OPEN_READWRITE;
        break;
    case OpenMode::ReadOnly:
        flags |= SQLITE_OPEN_READONLY;
        break;
    }
    std::error_code ignored;
    const bool existed = std::filesystem::exists(path, ignored);

    Database db;
    db.m_path = path;
    const int rc = sqlite3_open_v2(path.c_str(), &db.m_db, flags, nullptr);
    if (rc != SQLITE_OK)
        return sqliteStatus(db.m_db, rc, "cannot open " + path.string());
    sqlite3_extended_result_codes(db.m_db, 1);
    sqlite3_busy_timeout(db.m_db, 5000);
    if (!existed && mode == OpenMode::ReadWriteCreate)
        ::chmod(path.c_str(), S_IRUSR | S_IWUSR); // operators' decisions are nobody else's business

    // A file that is not a database fails here, on the first read of its header.
    Status s = db.exec(mode == OpenMode::ReadOnly
                           ? "PRAGMA foreign_keys=ON; PRAGMA query_only=ON;"
                           : "PRAGMA journal_mode=WAL; PRAGMA synchronous=FULL; PRAGMA foreign_keys=ON;");
    if (!s.isOk())
        return Status(s.code(), path.string() + " is not a usable database (" + s.message() + ")",
                      kSource);
    return db;
}

Database::Database(Database&& other) noexcept
    : m_db(std::exchange(other.m_db, nullptr)), m_path(std::move(other.m_path))
{
}

Database& Database::operator=(Database&& other) noexcept
{
    if (this != &other) {
        sqlite3_close_v2(m_db);
        m_db = std::exchange(other.m_db, nullptr);
        m_path = std::move(other.m_path);
    }
    return *this;
}

Database::~Database() { sqlite3_close_v2(m_db); }

Status Database::exec(std::string_view sql)
{
    const std::string text(sql);
    char* error = nullptr;
    const int rc = sqlite3_exec(m_db, text.c_str(), nullptr, nullptr, &error);
    if (rc == SQLITE_OK)
        return Status::ok();
    std::string message = error != nullptr ? error : sqlite3_errstr(rc);
    sqlite3_free(error);
    const auto firstLine = text.substr(0, text.find('\n'));
    return Status(codeFor(rc), message + " (in: " + firstLine.substr(0, 80) + ")", kSource);
}

Result<Statement> Database::prepare(std::string_view sql)
{
    sqlite3_stmt* statement = nullptr;
    const int rc = sqlite3_prepare_v3(m_db, sql.data(), static_cast<int>(sql.size()),
                                      SQLITE_PREPARE_PERSISTENT, &statement, nullptr);
    if (rc != SQLITE_OK)
        return sqliteStatus(m_db, rc, "prepare");
    return Statement(m_db, statement);
}

Result<std::int64_t> Database::queryInt(std::string_view sql)
{
    Result<Statement> statement = prepare(sql);
    if (!statement.ok())
        return statement.status();
    Result<bool> row = statement->step();
    if (!row.ok())
        return row.status();
    if (!row.value())
        return Status(StatusCode::NotFound, "no row for: " + std::string(sql), kSource);
    return statement->columnInt(0);
}

Status Database::copyTo(const std::filesystem::path& target)
{
    Result<Database> copy = Database::open(target, OpenMode::ReadWriteCreate);
    if (!copy.ok())
        return copy.status();
    sqlite3_backup* backup = sqlite3_backup_init(copy->handle(), "main", m_db, "main");
    if (backup == nullptr)
        return Status(StatusCode::Unavailable, "cannot copy " + m_path.string() + ": " + sqlite3_errmsg(copy->handle()),
                      "store");
    const int stepped = sqlite3_backup_step(backup, -1);
    const int finished = sqlite3_backup_finish(backup);
    if (stepped != SQLITE_DONE || finished != SQLITE_OK)
        return Status(StatusCode::Unavailable,
                      "cannot copy " + m_path.string() + ": " + sqlite3_errstr(stepped != SQLITE_DONE ? stepped : finished),
                      "store");
    return Status::ok();
}

std::int64_t Database::lastInsertRowId() const { return sqlite3_last_insert_rowid(m_db); }
int Database::changes() const { return sqlite3_changes(m_db); }
bool Database::inTransaction() const { return sqlite3_get_autocommit(m_db) == 0; }

// --- Transaction -----------------------------------------------------------------------------

Transaction::Transaction(Database& db) : m_db(db)
{
    if (db.inTransaction())
        return; // nested: the outer transaction decides
    m_begun = db.exec("BEGIN IMMEDIATE");
    m_owner = m_begun.isOk();
}

Transaction::~Transaction()
{
    if (m_owner && !m_done)
        (void)m_db.exec("ROLLBACK");
}

Status Transaction::commit()
{
    if (!m_begun.isOk())
        return m_begun;
    if (!m_owner)
        return Status::ok();
    Status s = m_db.exec("COMMIT");
    if (s.isOk())
        m_done = true;
    return s;
}

// --- ReadSnapshot ----------------------------------------------------------------------------

ReadSnapshot::ReadSnapshot(Database& db) : m_db(db)
{
    if (db.inTransaction())
        return; // nested: the outer transaction already gives one view
    m_begun = db.exec("BEGIN DEFERRED");
    m_owner = m_begun.isOk();
}

ReadSnapshot::~ReadSnapshot()
{
    if (m_owner)
        (void)m_db.exec("COMMIT"); // nothing was written: COMMIT only ends the read
}

} // namespace greenlight
