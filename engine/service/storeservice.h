// The store on a thread of its own: the console never touches SQLite from the UI thread. Work is
// queued in order onto the store thread and its result comes back as a QFuture; the thread owns
// the one connection (SQLite connections stay on the thread that uses them).
//
//   auto* store = new StoreService(path, osUser, parent);
//   connect(store, &StoreService::opened, …); store->start();
//   store->run<int>([](StoreSession& s) { return s.flow.list(s.user, {})->size(); })
//       .then(this, [](int n) { label->setText(QString::number(n)); });
#pragma once

#include "core/access/role.h"
#include "store/database.h"
#include "store/workflow.h"

#include <QFuture>
#include <QObject>
#include <QPromise>
#include <QString>
#include <QThread>

#include <filesystem>
#include <functional>
#include <memory>
#include <string>
#include <vector>

namespace greenlight {

// What work on the store thread sees. Lives and dies on that thread.
struct StoreSession {
    Database db;
    std::unique_ptr<Workflow> flow;
    std::string user;
};

class StoreWorker;

class StoreService : public QObject {
    Q_OBJECT
public:
    // Nothing happens until start(): connect to `opened` / `openFailed` first.
    StoreService(std::filesystem::path path, std::string user, QObject* parent = nullptr);
    ~StoreService() override; // finishes queued work, closes the database, joins the thread

    const std::filesystem::path& path() const { return m_path; }

    // Opens (creating or upgrading) the database on the store thread and signs the user in;
    // `opened` or `openFailed` follows. Work queued before start() runs after the open.
    void start();

    // Queues `work` on the store thread. If the database could not be opened, the future carries
    // `fallback` instead (work needing the store never runs against nothing).
    template <typename T>
    QFuture<T> run(std::function<T(StoreSession&)> work, T fallback = T{})
    {
        auto promise = std::make_shared<QPromise<T>>();
        QFuture<T> future = promise->future();
        promise->start();
        post([promise, work = std::move(work), fallback = std::move(fallback)](StoreSession* session) {
            promise->addResult(session != nullptr ? work(*session) : fallback);
            promise->finish();
        });
        return future;
    }

signals:
    // `roles` is for display ("operator, admin"); decide with `heldRoles` and the engine's rules
    // (grantingRole), never by reading the text.
    void opened(const QString& user, const QString& roles, int schemaVersion,
                const std::vector<greenlight::Role>& heldRoles);
    void openFailed(const QString& reason);

private:
    void post(std::function<void(StoreSession*)> job);

    std::filesystem::path m_path;
    QThread m_thread;
    StoreWorker* m_worker = nullptr; // lives on m_thread
    std::string m_user;
    bool m_started = false;
    std::vector<std::function<void(StoreSession*)>> m_pending; // run() before start()
};

} // namespace greenlight
