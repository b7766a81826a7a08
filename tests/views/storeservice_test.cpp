// The store runs on its own thread: work never runs on the caller's thread, comes back in order,
// and a database that cannot be opened is reported instead of blocking or crashing the console.
#include "service/storeservice.h"

#include "store/auditlog.h"
#include "store/migrations.h"

#include <QSemaphore>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <sqlite3.h>

#include <atomic>
#include <chrono>
#include <thread>

using namespace greenlight;

class StoreServiceTest : public QObject {
    Q_OBJECT
private slots:
    void opensOnItsOwnThreadAndSignsTheFirstUserInAsAdmin();
    void runsWorkInOrderWithoutBlockingTheCaller();
    void reportsADatabaseItCannotOpen();
    void closingFinishesTheQueuedWork();
};

void StoreServiceTest::opensOnItsOwnThreadAndSignsTheFirstUserInAsAdmin()
{
    QTemporaryDir dir;
    StoreService store(dir.filePath(QStringLiteral("ops.db")).toStdString(), "ada");
    QSignalSpy opened(&store, &StoreService::opened);
    store.start();
    QVERIFY(opened.wait(10'000));
    QCOMPARE(opened.first().at(0).toString(), QStringLiteral("ada"));
    QCOMPARE(opened.first().at(1).toString(), QStringLiteral("admin"));
    QCOMPARE(opened.first().at(2).toInt(), kSchemaVersion);
    // The roles as the engine knows them, for decisions (grantingRole), next to the display text.
    QCOMPARE(opened.first().at(3).value<std::vector<Role>>(), std::vector<Role>{Role::Admin});

    QThread* caller = QThread::currentThread();
    QFuture<bool> elsewhere = store.run<bool>([caller](StoreSession&) { return QThread::currentThread() != caller; });
    elsewhere.waitForFinished();
    QVERIFY(elsewhere.result());

    QFuture<qint64> records = store.run<qint64>([](StoreSession& s) {
        return AuditLog(s.db).verify()->recordsChecked;
    });
    records.waitForFinished();
    QCOMPARE(records.result(), 1); // the bootstrap of the first admin
}

void StoreServiceTest::runsWorkInOrderWithoutBlockingTheCaller()
{
    QTemporaryDir dir;
    StoreService store(dir.filePath(QStringLiteral("ops.db")).toStdString(), "ada");
    store.start();
    QSemaphore gate;
    QFuture<int> held = store.run<int>([&gate](StoreSession&) {
        gate.acquire(); // the store thread waits here until the test lets it go
        return 1;
    });
    std::vector<int> order;
    QList<QFuture<int>> later;
    for (int i = 0; i < 50; ++i)
        later.append(store.run<int>([i, &order](StoreSession&) {
            order.push_back(i);
            return i;
        }));
    // Everything was queued while the store thread was busy: the caller never waited.
    QVERIFY(!held.isFinished());
    QVERIFY(!later.last().isFinished());
    gate.release();
    later.last().waitForFinished();
    QCOMPARE(held.result(), 1);
    QCOMPARE(static_cast<int>(order.size()), 50);
    for (int i = 0; i < 50; ++i)
        QCOMPARE(order[static_cast<std::size_t>(i)], i);
}

void StoreServiceTest::reportsADatabaseItCannotOpen()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("future.db"));
    sqlite3* db = nullptr;
    QCOMPARE(sqlite3_open(path.toUtf8().constData(), &db), SQLITE_OK);
    QCOMPARE(sqlite3_exec(db, "PRAGMA application_id=1196575828; PRAGMA user_version=99; CREATE TABLE t(x);",
                          nullptr, nullptr, nullptr),
             SQLITE_OK);
    sqlite3_close(db);

    StoreService store(path.toStdString(), "ada");
    QSignalSpy failed(&store, &StoreService::openFailed);
    store.start();
    QVERIFY(failed.wait(10'000));
    QVERIFY2(failed.first().at(0).toString().contains(QStringLiteral("newer than this Greenlight")),
             qPrintable(failed.first().at(0).toString()));
    QFuture<int> fallback = store.run<int>([](StoreSession&) { return 7; }, -1);
    fallback.waitForFinished();
    QCOMPARE(fallback.result(), -1);
}

void StoreServiceTest::closingFinishesTheQueuedWork()
{
    // The console quits while the store thread is busy and more work (readings to record) is
    // queued behind it: all of it runs before the database closes. The thread used to be told
    // to quit at once, and what was still queued was dropped.
    QTemporaryDir dir;
    QSemaphore gate;
    std::atomic<int> ran{0};
    std::thread releaser;
    {
        StoreService store(dir.filePath(QStringLiteral("ops.db")).toStdString(), "ada");
        QSignalSpy opened(&store, &StoreService::opened);
        store.start();
        QVERIFY(opened.wait(10'000));
        store.run<int>([&gate](StoreSession&) {
            gate.acquire();
            return 0;
        });
        for (int i = 0; i < 50; ++i)
            store.run<int>([&ran](StoreSession& session) {
                ran += session.db.exec("SELECT 1").isOk() ? 1 : 0;
                return 0;
            });
        // Let the first job go once the destructor below has begun waiting.
        releaser = std::thread([&gate] {
            std::this_thread::sleep_for(std::chrono::milliseconds(200));
            gate.release();
        });
    }
    releaser.join();
    QCOMPARE(ran.load(), 50);
}

QTEST_GUILESS_MAIN(StoreServiceTest)
#include "storeservice_test.moc"
