#include "auditcommands.h"

#include "storeaccess.h"

#include "core/json/json.h"
#include "store/migrations.h"
#include "store/storefile.h"

#include <cctype>
#include <cstdlib>
#include <filesystem>
#include <fstream>

namespace greenlight::cli {
namespace {

constexpr const char* kUsage =
    "usage: greenlight-cli audit verify [--anchor SEQ:HASH] [--json] [--db FILE]\n"
    "       greenlight-cli audit export [--format jsonl|csv] [--out FILE] [--db FILE]\n"
    "verify walks the whole hash chain and names the first broken record (exit 1 when broken).\n"
    "--anchor checks that record SEQ still has HASH: keep the head printed by verify or the last\n"
    "line of an export outside the database to catch a rewritten chain. export writes every\n"
    "record with its hashes (JSON Lines or CSV) for auditors; executives and admins only.\n";

std::optional<AuditAnchor> parseAnchor(const std::string& text)
{
    const auto colon = text.find(':');
    if (colon == std::string::npos || colon == 0 || text.size() - colon - 1 != 64)
        return std::nullopt;
    try {
        std::size_t used = 0;
        const long long seq = std::stoll(text.substr(0, colon), &used);
        if (used != colon || seq < 1)
            return std::nullopt;
        // Hashes are printed in lower case; an anchor copied in upper case is the same hash.
        std::string hash = text.substr(colon + 1);
        for (char& c : hash) {
            c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
            if (!std::isxdigit(static_cast<unsigned char>(c)))
                return std::nullopt;
        }
        return AuditAnchor{seq, hash};
    } catch (...) {
        return std::nullopt;
    }
}

// Verifies without changing the evidence: the file is opened read-only, nobody is signed in (a
// new auditor was registered in the very log being checked) and a file of an older schema is
// verified on an upgraded copy, the original left as it was. A read-only copy verifies too.
Result<AuditVerification> verifyReadOnly(const CliArgs& args, const std::optional<AuditAnchor>& anchor,
                                         std::string& copyNote)
{
    const std::filesystem::path path = args.option("--db").value_or(defaultStorePath().string());
    std::error_code ec;
    if (!std::filesystem::is_regular_file(path, ec))
        return Status(StatusCode::NotFound, "no operations database at " + path.string(), "audit");
    Result<Database> db = Database::open(path, Database::OpenMode::ReadOnly);
    if (!db.ok())
        return db.status();
    Result<int> version = schemaVersion(db.value());
    if (!version.ok())
        return version.status();
    if (version.value() > kSchemaVersion)
        return Status(StatusCode::FailedPrecondition,
                      path.string() + " has schema version " + std::to_string(version.value())
                          + ", newer than this Greenlight understands; install a newer Greenlight",
                      "audit");
    if (version.value() == kSchemaVersion)
        return verifyStoreAudit(db.value(), anchor);
    // An older schema: upgrade a private copy and verify that. The copy is one consistent
    // snapshot (the backup API, the WAL included), made in a folder only we can enter.
    std::string folder = (std::filesystem::temp_directory_path() / "greenlight-verify-XXXXXX").string();
    if (::mkdtemp(folder.data()) == nullptr)
        return Status(StatusCode::Unavailable, "cannot make a private folder to verify a copy in", "audit");
    struct Cleanup {
        std::filesystem::path dir;
        ~Cleanup() { std::error_code ignored; std::filesystem::remove_all(dir, ignored); }
    } cleanup{folder};
    const std::filesystem::path copy = std::filesystem::path(folder) / "copy.db";
    if (Status s = db->copyTo(copy); !s.isOk())
        return Status(s.code(), s.message() + " (to verify it on an upgraded copy)", "audit");
    db = Database{};
    Result<Database> upgraded = openStore(copy);
    if (!upgraded.ok())
        return upgraded.status();
    copyNote = path.string() + " has schema version " + std::to_string(version.value())
        + ": verified on an upgraded copy; the file was left as it is";
    return verifyStoreAudit(upgraded.value(), anchor);
}

} // namespace

int runAudit(const CliArgs& args, std::ostream& out, std::ostream& err)
{
    const auto& words = args.positional();
    if (args.flag("--help") || words.size() != 1) {
        (args.flag("--help") ? out : err) << kUsage;
        return args.flag("--help") ? 0 : 2;
    }
    if (auto unknown = args.unknown({"--db", "--anchor", "--json", "--format", "--out"}); !unknown.empty()) {
        err << "error: unknown option " << unknown.front() << "\n" << kUsage;
        return 2;
    }
    if (words[0] == "verify") {
        std::optional<AuditAnchor> anchor;
        if (auto text = args.option("--anchor")) {
            anchor = parseAnchor(*text);
            if (!anchor) {
                err << "error: --anchor takes SEQ:HASH (a record number and its 64-hex-digit hash)\n";
                return 2;
            }
        }
        std::string copyNote;
        Result<AuditVerification> v = verifyReadOnly(args, anchor, copyNote);
        if (!v.ok())
            return fail(err, v.status());
        if (!copyNote.empty())
            err << "note: " << copyNote << "\n";
        if (args.flag("--json")) {
            out << "{\"intact\":" << (v->intact ? "true" : "false") << ",\"records\":" << v->recordsChecked
                << ",\"first_broken\":" << (v->firstBrokenSeq > 0 ? std::to_string(v->firstBrokenSeq) : "null")
                << ",\"table_mismatch\":" << (v->tableMismatch.empty() ? "null" : jsonQuote(v->tableMismatch))
                << ",\"problem\":" << jsonQuote(v->problem)
                << ",\"head\":\"" << v->head.seq << ':' << v->head.hash << "\"}\n";
        } else if (v->intact) {
            out << "audit chain intact: " << v->recordsChecked << " records, head " << v->head.seq << ':'
                << v->head.hash << "\n";
        } else if (v->firstBrokenSeq == 0) {
            out << "audit chain intact (" << v->recordsChecked << " records), but the proposals table was edited "
                   "outside Greenlight: " << v->problem << "\n";
        } else {
            out << "audit chain BROKEN at record " << v->firstBrokenSeq << ": " << v->problem << "\n"
                << "records 1.." << v->recordsChecked << " verify\n";
        }
        return v->intact ? 0 : 1;
    }
    if (words[0] == "export") {
        const std::string format = args.option("--format").value_or("jsonl");
        const AuditExportFormat f = format == "jsonl" ? AuditExportFormat::JsonLines
            : format == "csv"                         ? AuditExportFormat::Csv
                                                      : AuditExportFormat::Invalid;
        if (f == AuditExportFormat::Invalid) {
            err << "error: --format is jsonl or csv\n";
            return 2;
        }
        auto s = openSession(args, err);
        if (!s)
            return 1;
        if (auto path = args.option("--out")) {
            std::error_code fsError;
            if (std::filesystem::is_directory(*path, fsError)) {
                err << "error: --out " << *path << " is a directory; give a file path\n";
                return 2;
            }
            // An export written over the database it comes from would replace it.
            if (const std::string problem = fileTargetProblem(*path, storeFiles(args), {}); !problem.empty()) {
                err << "error: --out " << *path << problem << "; give another file path\n";
                return 2;
            }
            // Written beside the target and renamed into place: a failed export leaves no half file.
            const std::string partial = *path + ".partial";
            std::ofstream file(partial, std::ios::trunc);
            if (!file) {
                err << "error: cannot write " << partial << "\n";
                return 1;
            }
            // The whole log, reasons and inputs included: readable by its owner only, like the
            // database it comes from.
            std::filesystem::permissions(partial, std::filesystem::perms::owner_read | std::filesystem::perms::owner_write,
                                         std::filesystem::perm_options::replace, fsError);
            Status st = s->flow->exportAudit(s->user, file, f);
            file.close();
            if (!st.isOk() || !file) {
                std::filesystem::remove(partial);
                return fail(err, st.isOk() ? Status(StatusCode::Unavailable, "write failed", "audit export") : st);
            }
            std::filesystem::rename(partial, *path, fsError);
            if (fsError) {
                const std::string why = fsError.message();
                std::filesystem::remove(partial, fsError);
                err << "error: cannot write " << *path << ": " << why << "\n";
                return 1;
            }
            out << "exported to " << *path << "\n";
            return 0;
        }
        Status st = s->flow->exportAudit(s->user, out, f);
        return st.isOk() ? 0 : fail(err, st);
    }
    err << "error: unknown audit command '" << words[0] << "'\n" << kUsage;
    return 2;
}

} // namespace greenlight::cli
