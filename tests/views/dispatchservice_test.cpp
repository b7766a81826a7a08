// The console's dispatch service: closing the console lets a dispatch already talking to a
// cluster end, and sends none of those still queued (they stay approved).
#include "service/dispatchservice.h"

#include "store/proposalrepository.h"
#include "store/storefile.h"
#include "store/workflow.h"

#include <QSignalSpy>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

#include <chrono>

using namespace greenlight;

class DispatchServiceTest : public QObject {
    Q_OBJECT
private slots:
    void closingSendsNoneOfTheQueuedDispatches();
};

namespace {

UtcTime now() { return std::chrono::time_point_cast<Seconds>(std::chrono::system_clock::now()); }

Proposal deferral(const std::string& id)
{
    Proposal p;
    p.id = id;
    p.policy = "carbon-window";
    p.kind = ProposalKind::Defer;
    p.jobId = "job-" + id;
    p.sourceSite = p.targetSite = "fra1";
    p.sourceJurisdiction = p.targetJurisdiction = "EU";
    p.originalStart = now() + Hours{1};
    p.plannedStart = now() + Hours{2};
    p.deadline = now() + Hours{14};
    p.runDuration = Hours{2};
    p.expectedSavingG = 1200.0;
    p.savingLowG = 600.0;
    p.savingHighG = 1800.0;
    p.reasons = {"cleaner from 02:00"};
    return p;
}

} // namespace

void DispatchServiceTest::closingSendsNoneOfTheQueuedDispatches()
{
    // A "login node" that takes connections and never answers: each dispatch waits on it until
    // its connect timeout, so the first is still under way when the console closes.
    QTcpServer silent;
    QVERIFY(silent.listen(QHostAddress::LocalHost));
    QTemporaryDir dir;
    const std::string path = dir.filePath(QStringLiteral("ops.db")).toStdString();
    {
        Result<Database> db = openStore(path);
        QVERIFY(db.ok());
        Workflow flow(db.value(), [] { return now(); });
        QVERIFY(flow.signIn("ada").ok()); // admin
        QVERIFY(flow.addUser("ada", "olga", Role::Operator).isOk());
        for (const char* id : {"P-0", "P-1", "P-2", "P-3"}) {
            Result<Proposal> filed = flow.file("olga", deferral(id));
            QVERIFY2(filed.ok(), filed.status().toString().c_str());
            if (filed->state != ProposalState::Approved)
                QVERIFY(flow.approve("olga", id, "fits").ok());
        }
    }
    ClusterEndpoint fra;
    fra.site = "fra1";
    fra.kind = "slurm-ssh";
    fra.ssh.host = "127.0.0.1";
    fra.ssh.port = silent.serverPort();
    fra.ssh.user = "gl";
    fra.ssh.knownHosts = dir.filePath(QStringLiteral("known_hosts")).toStdString();
    fra.ssh.connectTimeout = Seconds{1};
    fra.partition = "site-a";
    fra.jobCommand = "sleep 1";
    auto connectionsSoFar = [&silent] {
        int n = 0;
        do {
            while (QTcpSocket* c = silent.nextPendingConnection()) {
                ++n;
                delete c;
            }
        } while (silent.waitForNewConnection(200));
        return n;
    };
    // What one dispatch costs the silent host (its connection attempts), run to the end.
    int perDispatch = 0;
    {
        DispatchService dispatch(path, "olga", ClusterConfig{{fra}});
        QSignalSpy finished(&dispatch, &DispatchService::finished);
        dispatch.dispatch({QStringLiteral("P-0")});
        QVERIFY(finished.wait(60'000));
        QCOMPARE(finished.first().at(2).toString(), QStringLiteral("approved")); // nothing was sent
        perDispatch = connectionsSoFar();
    }
    QVERIFY(perDispatch >= 1);
    {
        DispatchService dispatch(path, "olga", ClusterConfig{{fra}});
        QSignalSpy progress(&dispatch, &DispatchService::progress);
        dispatch.dispatch({QStringLiteral("P-1"), QStringLiteral("P-2"), QStringLiteral("P-3")});
        QVERIFY(progress.wait(30'000)); // P-1 said its first step: it is under way, P-2 and P-3 queued
        QCOMPARE(progress.first().at(0).toString(), QStringLiteral("P-1"));
    } // the console closes
    QCOMPARE(connectionsSoFar(), perDispatch); // P-1's only

    Result<Database> db = openStore(path);
    QVERIFY(db.ok());
    for (const char* id : {"P-2", "P-3"})
        QCOMPARE(ProposalRepository(db.value()).get(id)->state, ProposalState::Approved);
}

QTEST_GUILESS_MAIN(DispatchServiceTest)
#include "dispatchservice_test.moc"
