// The database schema as numbered migrations. Opening an older database upgrades it in place in
// one transaction (all steps or none); a database written by a newer Greenlight is refused.
//
//   Status s = migrateDatabase(db);            // to kSchemaVersion
//   Result<int> v = schemaVersion(db);
#pragma once

#include "store/database.h"

namespace greenlight {

// 1: users, roles, audit log · 2: fleet snapshots, jobs, decisions, proposals and their events ·
// 3: intensity readings, forecasts as issued, budget ledger, dispatch actions, emissions ·
// 4: audit head anchor, append-only triggers, query indexes, settings, monthly emissions roll-up.
inline constexpr int kSchemaVersion = 6;
// "GRLT" in PRAGMA application_id: tells our files from other SQLite databases.
inline constexpr int kApplicationId = 0x47524c54;

Result<int> schemaVersion(Database& db);

// Upgrades to `targetVersion` (tests use earlier targets to build fixtures). FailedPrecondition
// when the file is newer than this build or not a Greenlight database.
Status migrateDatabase(Database& db, int targetVersion = kSchemaVersion);

} // namespace greenlight
