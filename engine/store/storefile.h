// Where the database lives and how it is opened: the platform's data folder unless configured,
// migrated to the current schema on open.
//
//   Result<Database> db = openStore(defaultStorePath());
#pragma once

#include "store/database.h"

#include <filesystem>

namespace greenlight {

// $GREENLIGHT_DB, else $XDG_DATA_HOME/greenlight/greenlight.db, else
// ~/.local/share/greenlight/greenlight.db — the folder QStandardPaths::AppDataLocation gives the
// console (organisation and application both "greenlight").
std::filesystem::path defaultStorePath();

// Opens (creating the folder and file when missing) and upgrades the schema in one transaction.
// A newer or foreign database is refused with a clear message and left untouched.
Result<Database> openStore(const std::filesystem::path& path);

} // namespace greenlight
