#include "store/storefile.h"

#include "store/migrations.h"

#include <cstdlib>

namespace greenlight {

std::filesystem::path defaultStorePath()
{
    if (const char* configured = std::getenv("GREENLIGHT_DB"); configured != nullptr && *configured != '\0')
        return configured;
    std::filesystem::path dataHome;
    if (const char* xdg = std::getenv("XDG_DATA_HOME"); xdg != nullptr && *xdg != '\0')
        dataHome = xdg;
    else if (const char* home = std::getenv("HOME"); home != nullptr && *home != '\0')
        dataHome = std::filesystem::path(home) / ".local" / "share";
    else
        dataHome = std::filesystem::temp_directory_path();
    return dataHome / "greenlight" / "greenlight.db";
}

Result<Database> openStore(const std::filesystem::path& path)
{
    std::error_code error;
    if (path.has_parent_path())
        std::filesystem::create_directories(path.parent_path(), error);
    if (error)
        return Status(StatusCode::Unavailable,
                      "cannot create " + path.parent_path().string() + ": " + error.message(), "store");
    Result<Database> db = Database::open(path);
    if (!db.ok())
        return db.status();
    if (Status s = migrateDatabase(db.value()); !s.isOk())
        return s;
    return db;
}

} // namespace greenlight
