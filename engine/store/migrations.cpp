#include "store/migrations.h"

#include <array>
#include <string>

namespace greenlight {

namespace {

constexpr const char* kSource = "schema";

// Times are UTC Unix seconds (INTEGER); money-like quantities carry their unit in the name.
// Never edit a migration that has shipped: add a new one.
constexpr std::array<const char*, kSchemaVersion> kMigrations = {
    // 1
    R"sql(
CREATE TABLE meta(key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE users(
    name TEXT PRIMARY KEY,
    created_at INTEGER NOT NULL,
    disabled INTEGER NOT NULL DEFAULT 0);
CREATE TABLE user_roles(
    user TEXT NOT NULL REFERENCES users(name),
    role TEXT NOT NULL CHECK (role IN ('viewer', 'operator', 'admin', 'executive')),
    granted_at INTEGER NOT NULL,
    granted_by TEXT NOT NULL,
    PRIMARY KEY (user, role));
CREATE TABLE audit_log(
    seq INTEGER PRIMARY KEY,
    time INTEGER NOT NULL,
    actor TEXT NOT NULL,
    role TEXT NOT NULL,
    action TEXT NOT NULL,
    object_type TEXT NOT NULL,
    object_id TEXT NOT NULL,
    reasons TEXT NOT NULL,
    inputs TEXT NOT NULL,
    prev_hash TEXT NOT NULL,
    hash TEXT NOT NULL);
)sql",
    // 2
    R"sql(
CREATE TABLE fleet_snapshots(
    id INTEGER PRIMARY KEY,
    taken_at INTEGER NOT NULL,
    name TEXT NOT NULL,
    fleet_json TEXT NOT NULL,
    sha256 TEXT NOT NULL);
CREATE TABLE jobs(
    id TEXT PRIMARY KEY,
    kind TEXT NOT NULL,
    gpus INTEGER NOT NULL CHECK (gpus > 0),
    gpu_type TEXT NOT NULL DEFAULT '',
    duration_s INTEGER NOT NULL CHECK (duration_s > 0),
    submit_time INTEGER NOT NULL,
    max_delay_s INTEGER NOT NULL,
    interruptible INTEGER NOT NULL,
    home_site TEXT NOT NULL,
    allowed_jurisdictions TEXT NOT NULL,
    data_gb REAL NOT NULL,
    priority INTEGER NOT NULL,
    state TEXT NOT NULL DEFAULT 'pending',
    site TEXT,
    planned_start INTEGER);
CREATE TABLE decisions(
    id INTEGER PRIMARY KEY,
    made_at INTEGER NOT NULL,
    policy TEXT NOT NULL,
    job_id TEXT NOT NULL,
    code TEXT NOT NULL,
    reasons TEXT NOT NULL,
    inputs TEXT NOT NULL);
CREATE TABLE proposals(
    id TEXT PRIMARY KEY,
    created_at INTEGER NOT NULL,
    policy TEXT NOT NULL,
    kind TEXT NOT NULL,
    job_id TEXT NOT NULL,
    source_site TEXT NOT NULL,
    target_site TEXT NOT NULL,
    source_jurisdiction TEXT NOT NULL,
    target_jurisdiction TEXT NOT NULL,
    original_start INTEGER NOT NULL,
    planned_start INTEGER NOT NULL,
    deadline INTEGER NOT NULL,
    run_s INTEGER NOT NULL,
    expected_saving_g REAL NOT NULL,
    saving_low_g REAL NOT NULL,
    saving_high_g REAL NOT NULL,
    reasons TEXT NOT NULL,
    budget_state TEXT NOT NULL,
    state TEXT NOT NULL,
    state_changed_at INTEGER NOT NULL,
    decided_by TEXT NOT NULL DEFAULT '',
    decision_reason TEXT NOT NULL DEFAULT '');
CREATE TABLE proposal_events(
    id INTEGER PRIMARY KEY,
    proposal_id TEXT NOT NULL REFERENCES proposals(id),
    at INTEGER NOT NULL,
    from_state TEXT NOT NULL,
    to_state TEXT NOT NULL,
    actor TEXT NOT NULL,
    reason TEXT NOT NULL);
)sql",
    // 3
    R"sql(
CREATE TABLE intensity_readings(
    provider TEXT NOT NULL,
    zone TEXT NOT NULL,
    signal TEXT NOT NULL,
    valid_time INTEGER NOT NULL,
    fetched_time INTEGER NOT NULL,
    g_per_kwh REAL NOT NULL,
    estimated INTEGER NOT NULL,
    PRIMARY KEY (provider, zone, signal, valid_time)) WITHOUT ROWID;
CREATE TABLE forecasts(
    provider TEXT NOT NULL,
    zone TEXT NOT NULL,
    signal TEXT NOT NULL,
    issued_at INTEGER NOT NULL,
    valid_time INTEGER NOT NULL,
    g_per_kwh REAL NOT NULL,
    lower_g_per_kwh REAL,
    upper_g_per_kwh REAL,
    PRIMARY KEY (provider, zone, signal, issued_at, valid_time)) WITHOUT ROWID;
CREATE TABLE budget_ledger(
    id INTEGER PRIMARY KEY,
    at INTEGER NOT NULL,
    scope TEXT NOT NULL,
    kind TEXT NOT NULL CHECK (kind IN ('reserve', 'settle', 'release')),
    job_id TEXT NOT NULL,
    proposal_id TEXT,
    kg REAL NOT NULL);
CREATE TABLE dispatch_actions(
    id INTEGER PRIMARY KEY,
    proposal_id TEXT NOT NULL REFERENCES proposals(id),
    cluster TEXT NOT NULL,
    action TEXT NOT NULL,
    idempotency_key TEXT NOT NULL,
    request TEXT NOT NULL,
    dry_run INTEGER NOT NULL,
    started_at INTEGER NOT NULL,
    finished_at INTEGER,
    outcome TEXT NOT NULL DEFAULT 'pending',
    detail TEXT NOT NULL DEFAULT '');
CREATE TABLE emissions(
    id INTEGER PRIMARY KEY,
    job_id TEXT NOT NULL,
    site_id TEXT NOT NULL,
    hour INTEGER NOT NULL,
    it_kwh REAL NOT NULL,
    facility_kwh REAL NOT NULL,
    location_g REAL NOT NULL,
    market_g REAL NOT NULL);
)sql",
    // 4
    R"sql(
CREATE TABLE audit_head(
    id INTEGER PRIMARY KEY CHECK (id = 1),
    seq INTEGER NOT NULL,
    hash TEXT NOT NULL);
INSERT INTO audit_head(id, seq, hash)
    SELECT 1, seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1;
CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
    BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;
CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
    BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;
CREATE TABLE settings(key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE INDEX proposals_by_state ON proposals(state, created_at);
CREATE INDEX proposal_events_by_proposal ON proposal_events(proposal_id, id);
CREATE INDEX dispatch_by_key ON dispatch_actions(idempotency_key, action);
CREATE INDEX emissions_by_hour ON emissions(hour);
CREATE INDEX budget_by_time ON budget_ledger(scope, at);
-- Monthly roll-up kept in step with every insert, so reports never rescan a year of hours.
CREATE TABLE emissions_monthly(
    site_id TEXT NOT NULL,
    month TEXT NOT NULL,
    it_kwh REAL NOT NULL,
    facility_kwh REAL NOT NULL,
    location_g REAL NOT NULL,
    market_g REAL NOT NULL,
    entries INTEGER NOT NULL,
    PRIMARY KEY (site_id, month)) WITHOUT ROWID;
INSERT INTO emissions_monthly
    SELECT site_id, strftime('%Y-%m', hour, 'unixepoch'), sum(it_kwh), sum(facility_kwh),
           sum(location_g), sum(market_g), count(*)
    FROM emissions GROUP BY 1, 2;
CREATE TRIGGER emissions_roll_up AFTER INSERT ON emissions BEGIN
    INSERT INTO emissions_monthly VALUES (NEW.site_id, strftime('%Y-%m', NEW.hour, 'unixepoch'),
        NEW.it_kwh, NEW.facility_kwh, NEW.location_g, NEW.market_g, 1)
    ON CONFLICT (site_id, month) DO UPDATE SET
        it_kwh = it_kwh + excluded.it_kwh, facility_kwh = facility_kwh + excluded.facility_kwh,
        location_g = location_g + excluded.location_g, market_g = market_g + excluded.market_g,
        entries = entries + 1;
END;
-- Settled emissions are corrected by appending adjustments, never rewritten.
CREATE TRIGGER emissions_no_update BEFORE UPDATE ON emissions
    BEGIN SELECT RAISE(ABORT, 'emission entries are append-only: append a correction'); END;
CREATE TRIGGER emissions_no_delete BEFORE DELETE ON emissions
    BEGIN SELECT RAISE(ABORT, 'emission entries are append-only: append a correction'); END;
)sql",
    // 5
    R"sql(
-- The GPUs a proposal's job runs on, so that dispatch asks the cluster for them (Slurm
-- --gres=gpu:N, Kubernetes nvidia.com/gpu); 0 for proposals filed before (not known).
ALTER TABLE proposals ADD COLUMN gpus INTEGER NOT NULL DEFAULT 0 CHECK (gpus >= 0);
)sql",
    // 6
    R"sql(
-- Who is dispatching a proposal now (a lease): two dispatches of one proposal at once would
-- both find no job by the key and both submit.
CREATE TABLE dispatch_claims(
    proposal_id TEXT PRIMARY KEY REFERENCES proposals(id),
    holder TEXT NOT NULL,
    token TEXT NOT NULL,
    claimed_at INTEGER NOT NULL,
    expires_at INTEGER NOT NULL);
)sql",
};

} // namespace

Result<int> schemaVersion(Database& db)
{
    Result<std::int64_t> v = db.queryInt("PRAGMA user_version");
    if (!v.ok())
        return v.status();
    return static_cast<int>(v.value());
}

Status migrateDatabase(Database& db, int targetVersion)
{
    if (targetVersion < 1 || targetVersion > kSchemaVersion)
        return Status(StatusCode::InvalidArgument,
                      "no schema version " + std::to_string(targetVersion), kSource);
    Transaction tx(db);
    if (!tx.begun().isOk())
        return tx.begun();

    Result<int> current = schemaVersion(db);
    if (!current.ok())
        return current.status();
    Result<std::int64_t> appId = db.queryInt("PRAGMA application_id");
    Result<std::int64_t> tables = db.queryInt("SELECT count(*) FROM sqlite_schema");
    if (!appId.ok() || !tables.ok())
        return !appId.ok() ? appId.status() : tables.status();
    const bool empty = current.value() == 0 && tables.value() == 0;
    if (!empty && appId.value() != kApplicationId)
        return Status(StatusCode::FailedPrecondition,
                      db.path().string() + " is not a Greenlight database", kSource);
    if (current.value() > kSchemaVersion)
        return Status(StatusCode::FailedPrecondition,
                      db.path().string() + " has schema version " + std::to_string(current.value())
                          + ", newer than this Greenlight understands ("
                          + std::to_string(kSchemaVersion) + "); install a newer Greenlight",
                      kSource);
    if (current.value() >= targetVersion)
        return Status::ok();

    for (int version = current.value() + 1; version <= targetVersion; ++version) {
        Status s = db.exec(kMigrations[static_cast<std::size_t>(version - 1)]);
        if (!s.isOk())
            return Status(s.code(), "migration to version " + std::to_string(version)
                                        + " failed: " + s.message(), kSource);
    }
    Status s = db.exec("PRAGMA application_id=" + std::to_string(kApplicationId)
                       + "; PRAGMA user_version=" + std::to_string(targetVersion) + ";");
    if (!s.isOk())
        return s;
    return tx.commit();
}

} // namespace greenlight
