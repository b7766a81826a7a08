#include "service/storeservice.h"

#include "store/migrations.h"
#include "store/storefile.h"

#include <QMetaObject>

#include <chrono>
#include <utility>

namespace greenlight {

// Owns the session on the store thread; everything it does runs there.
class StoreWorker : public QObject {
public:
    std::unique_ptr<StoreSession> session;

    void open(const std::filesystem::path& path, const std::string& user, StoreService* service)
    {
        Result<Database> db = openStore(path);
        if (!db.ok()) {
            emitFailed(service, db.status());
            return;
        }
        auto s = std::make_unique<StoreSession>();
        s->db = std::move(db.value());
        s->flow = std::make_unique<Workflow>(s->db, [] {
            return std::chrono::time_point_cast<Seconds>(std::chrono::system_clock::now());
        });
        Result<std::string> signedIn = s->flow->signIn(user);
        if (!signedIn.ok()) {
            emitFailed(service, signedIn.status());
            return;
        }
        s->user = signedIn.value();
        std::vector<Role> held;
        if (Result<std::vector<Role>> rolesOf = s->flow->rolesOf(s->user); rolesOf.ok())
            held = std::move(rolesOf.value());
        QString roles;
        for (Role r : held)
            roles += (roles.isEmpty() ? QString() : QStringLiteral(", ")) + QString::fromUtf8(roleName(r));
        const int version = schemaVersion(s->db).ok() ? schemaVersion(s->db).value() : 0;
        session = std::move(s);
        // Signals of an object on another thread reach its receivers queued.
        emit service->opened(QString::fromStdString(user), roles, version, held);
    }

private:
    static void emitFailed(StoreService* service, const Status& status)
    {
        emit service->openFailed(QString::fromStdString(status.toString()));
    }
};

StoreService::StoreService(std::filesystem::path path, std::string user, QObject* parent)
    : QObject(parent), m_path(std::move(path)), m_user(std::move(user))
{
    m_thread.setObjectName(QStringLiteral("greenlight-store"));
    m_worker = new StoreWorker;
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
}

void StoreService::start()
{
    if (m_started)
        return;
    m_started = true;
    m_thread.start();
    QMetaObject::invokeMethod(
        m_worker, [worker = m_worker, p = m_path, u = m_user, this] { worker->open(p, u, this); },
        Qt::QueuedConnection);
    // Work run() was given before start() follows the open, in order.
    for (auto& job : std::exchange(m_pending, {}))
        post(std::move(job));
}

StoreService::~StoreService()
{
    if (!m_started) {
        delete m_worker; // never moved into a running thread's hands
        return;
    }
    // Close the database on its own thread after the queued work, and only then stop the
    // thread: quit() from here would end its event loop with that work still queued.
    QMetaObject::invokeMethod(
        m_worker,
        [worker = m_worker, thread = &m_thread] {
            worker->session.reset();
            thread->quit();
        },
        Qt::QueuedConnection);
    m_thread.wait();
}

void StoreService::post(std::function<void(StoreSession*)> job)
{
    if (!m_started) {
        m_pending.push_back(std::move(job));
        return;
    }
    QMetaObject::invokeMethod(
        m_worker, [worker = m_worker, job = std::move(job)] { job(worker->session.get()); },
        Qt::QueuedConnection);
}

} // namespace greenlight
