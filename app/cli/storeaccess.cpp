#include "storeaccess.h"

#include "store/storefile.h"
#include "store/userdirectory.h"

#include <chrono>

namespace greenlight::cli {

std::vector<std::filesystem::path> storeFiles(const CliArgs& args)
{
    const std::filesystem::path path = args.option("--db").value_or(defaultStorePath().string());
    std::vector<std::filesystem::path> files = {path};
    for (const char* suffix : {"-wal", "-shm", "-journal"})
        files.push_back(path.string() + suffix);
    return files;
}

std::unique_ptr<StoreSession> openSession(const CliArgs& args, std::ostream& err)
{
    if (const auto named = args.option("--db")) {
        // A path the user names must be usable as given: an empty one opened a throwaway
        // in-memory database, a typo in the folder created that folder and a fresh database
        // with the caller as its admin.
        if (const std::string problem = fileTargetProblem(*named); !problem.empty()) {
            err << "error: --db " << (named->empty() ? std::string("\"\"") : *named) << problem
                << "; give the path of a database file in an existing folder\n";
            return nullptr;
        }
    }
    const std::filesystem::path path = args.option("--db").value_or(defaultStorePath().string());
    Result<Database> db = openStore(path);
    if (!db.ok()) {
        fail(err, db.status());
        return nullptr;
    }
    auto session = std::make_unique<StoreSession>();
    session->db = std::move(db.value());
    session->flow = std::make_unique<Workflow>(session->db, [] {
        return std::chrono::time_point_cast<Seconds>(std::chrono::system_clock::now());
    });
    Result<std::string> user = session->flow->signIn(osUserName(path));
    if (!user.ok()) {
        fail(err, user.status());
        return nullptr;
    }
    session->user = user.value();
    return session;
}

int fail(std::ostream& err, const Status& status)
{
    err << "error: " << status.toString() << '\n';
    return 1;
}

} // namespace greenlight::cli
