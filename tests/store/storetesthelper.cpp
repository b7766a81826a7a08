// A separate process for the store tests:
//   store_test_helper crash-writer DB      files and approves proposals in a loop, printing
//                                          "committed <id>" after each commit, until killed
//   store_test_helper write-fixture DB N   writes a database at schema version N with sample
//                                          rows (tests/fixtures/store/regenerate.sh dumps it)
#include "store/auditlog.h"
#include "store/migrations.h"
#include "store/sha256.h"
#include "store/storefile.h"
#include "store/workflow.h"

#include <cstdio>
#include <cstring>
#include <iostream>
#include <string>

using namespace greenlight;

namespace {

const UtcTime kEpoch = UtcTime{Seconds{1'700'000'000}}; // 2023-11-14T22:13:20Z

Proposal sampleProposal(long long i)
{
    Proposal p;
    p.id = "P-crash-" + std::to_string(i);
    p.policy = i % 3 == 0 ? "spatiotemporal" : "carbon-window";
    p.kind = i % 3 == 0 ? ProposalKind::Migrate : ProposalKind::Defer;
    p.jobId = "job-" + std::to_string(i);
    p.sourceSite = "fra1";
    p.targetSite = p.kind == ProposalKind::Migrate ? "osl1" : "fra1";
    p.sourceJurisdiction = "EU";
    p.targetJurisdiction = p.kind == ProposalKind::Migrate ? "NO" : "EU";
    p.originalStart = kEpoch + Seconds{i * 60};
    p.plannedStart = p.originalStart + Hours{1 + i % 4};
    p.deadline = p.originalStart + Hours{12};
    p.runDuration = Hours{2};
    p.expectedSavingG = 1000.0 + static_cast<double>(i);
    p.savingLowG = 500.0;
    p.savingHighG = 2000.0 + static_cast<double>(i);
    p.reasons = {"the grid at fra1 is cleaner after the evening peak"};
    return p;
}

int crashWriter(const std::string& path)
{
    Result<Database> db = openStore(path);
    if (!db.ok()) {
        std::cerr << db.status().toString() << '\n';
        return 1;
    }
    long long tick = 0;
    Workflow flow(db.value(), [&tick] { return kEpoch + Seconds{tick}; });
    if (!flow.signIn("crash-admin").ok())
        return 1;
    Result<std::vector<Role>> opRoles = flow.rolesOf("crash-op");
    if (opRoles.ok() && opRoles->empty())
        (void)flow.addUser("crash-admin", "crash-op", Role::Operator);

    // Continue numbering after earlier (killed) runs.
    Result<std::int64_t> existing = db->queryInt("SELECT count(*) FROM proposals");
    long long i = existing.ok() ? existing.value() : 0;
    for (;;) {
        ++i;
        ++tick;
        Result<Proposal> filed = flow.file(sampleProposal(i));
        if (!filed.ok()) {
            std::cerr << filed.status().toString() << '\n';
            return 1;
        }
        if (filed->state == ProposalState::Proposed) {
            Result<Proposal> approved = flow.approve("crash-op", filed->id, "crash test approval");
            if (!approved.ok()) {
                std::cerr << approved.status().toString() << '\n';
                return 1;
            }
        }
        std::printf("committed %s\n", filed->id.c_str());
        std::fflush(stdout);
    }
}

// Raw rows for old schema versions, where today's repositories may not fit.
int writeFixture(const std::string& path, int version)
{
    std::remove(path.c_str());
    Result<Database> db = Database::open(path);
    if (!db.ok() || !migrateDatabase(db.value(), version).isOk())
        return 1;
    Database& d = db.value();
    std::string prev = kAuditGenesisHash;
    auto audit = [&](std::int64_t seq, const char* actor, const char* role, const char* action,
                     const char* objectType, const char* objectId, const char* reasons) {
        AuditRecord r{seq, kEpoch + Seconds{seq}, actor, role, action, objectType, objectId, reasons,
                      "{}", prev, {}};
        r.hash = auditRecordHash(prev, r);
        prev = r.hash;
        Statement q = std::move(d.prepare("INSERT INTO audit_log VALUES (?,?,?,?,?,?,?,?,?,?,?)").value());
        q.bind(1, r.seq).bind(2, static_cast<std::int64_t>(r.time.time_since_epoch().count()))
            .bind(3, r.actor).bind(4, r.role).bind(5, r.action).bind(6, r.objectType).bind(7, r.objectId)
            .bind(8, r.reasonsJson).bind(9, r.inputsJson).bind(10, r.prevHash).bind(11, r.hash);
        return q.run().isOk();
    };
    bool ok = d.exec("INSERT INTO users VALUES ('ada', 1700000000, 0), ('bob', 1700000100, 0);"
                     "INSERT INTO user_roles VALUES ('ada', 'admin', 1700000000, 'greenlight'),"
                     " ('bob', 'operator', 1700000100, 'ada');").isOk();
    ok = ok && audit(1, "greenlight", "system", "user.bootstrap-admin", "user", "ada",
                     "[\"the first user of a new database becomes its admin\"]");
    ok = ok && audit(2, "ada", "admin", "user.add", "user", "bob", "[\"granted operator\"]");
    if (version >= 2) {
        ok = ok && d.exec(
            "INSERT INTO fleet_snapshots(taken_at, name, fleet_json, sha256) VALUES (1700000200, 'demo',"
            " '{\"sites\":[]}', '" + sha256Hex("{\"sites\":[]}") + "');"
            "INSERT INTO proposals VALUES ('P-old-1', 1700000300, 'carbon-window', 'defer', 'job-1',"
            " 'fra1', 'fra1', 'EU', 'EU', 1700003600, 1700010800, 1700050000, 7200, 1500.0, 800.0,"
            " 2100.0, '[\"cleaner after the evening peak\"]', 'NORMAL', 'approved', 1700000400, 'bob',"
            " 'fits the SLO'" + std::string(version >= 5 ? ", 4" : "") + ");"
            "INSERT INTO proposal_events(proposal_id, at, from_state, to_state, actor, reason) VALUES"
            " ('P-old-1', 1700000400, 'proposed', 'approved', 'bob', 'fits the SLO');"
            "INSERT INTO decisions(made_at, policy, job_id, code, reasons, inputs) VALUES"
            " (1700000300, 'carbon-window', 'job-1', 'ok', '[\"deferred 2 h\"]', '{}');").isOk();
        ok = ok && audit(3, "policy:carbon-window", "system", "proposal.file", "proposal", "P-old-1",
                         "[\"cleaner after the evening peak\"]");
        ok = ok && audit(4, "bob", "operator", "proposal.approve", "proposal", "P-old-1", "[\"fits the SLO\"]");
    }
    if (version >= 3) {
        ok = ok && d.exec(
            "INSERT INTO intensity_readings VALUES ('replay', 'DE', 'lifecycle', 1700000000, 1700000000,"
            " 412.5, 0), ('replay', 'DE', 'lifecycle', 1700003600, 1700003600, 398.0, 0);"
            "INSERT INTO forecasts VALUES ('replay', 'DE', 'lifecycle', 1700000000, 1700003600, 401.0,"
            " 380.0, 420.0);"
            "INSERT INTO budget_ledger(at, scope, kind, job_id, proposal_id, kg) VALUES"
            " (1700000400, 'fleet', 'reserve', 'job-1', 'P-old-1', 3.2);"
            "INSERT INTO dispatch_actions(proposal_id, cluster, action, idempotency_key, request, dry_run,"
            " started_at, finished_at, outcome, detail) VALUES ('P-old-1', 'fra1', 'defer', 'P-old-1',"
            " 'sbatch --parsable --begin=2023-11-15T03:00:00', 0, 1700000500, 1700000501, 'ok', '4242');"
            "INSERT INTO emissions(job_id, site_id, hour, it_kwh, facility_kwh, location_g, market_g)"
            " VALUES ('job-1', 'fra1', 1700010000, 3.2, 4.1, 1600.0, 1200.0);").isOk();
        ok = ok && audit(5, "bob", "operator", "proposal.dispatch", "proposal", "P-old-1", "[\"dispatched\"]");
    }
    if (version >= 4) { // the head anchor, kept by every append from version 4 on
        const std::int64_t last = version >= 3 ? 5 : 4;
        Statement q = std::move(d.prepare("INSERT OR REPLACE INTO audit_head(id, seq, hash) VALUES (1, ?, ?)").value());
        q.bind(1, last).bind(2, prev);
        ok = ok && q.run().isOk();
    }
    return ok ? 0 : 1;
}

} // namespace

int main(int argc, char** argv)
{
    if (argc == 3 && std::strcmp(argv[1], "crash-writer") == 0)
        return crashWriter(argv[2]);
    if (argc == 4 && std::strcmp(argv[1], "write-fixture") == 0)
        return writeFixture(argv[2], std::atoi(argv[3]));
    std::cerr << "usage: store_test_helper crash-writer DB | write-fixture DB VERSION\n";
    return 2;
}
