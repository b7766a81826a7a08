#include "service/dispatchservice.h"

#include "dispatch/proposaldispatch.h"
#include "service/storeservice.h"

#include <QCoreApplication>
#include <QMetaObject>
#include <QPointer>

#include <chrono>

namespace greenlight {

namespace {

struct Finished {
    bool ok = false;
    QString state;
    QString detail;
};

UtcTime nowUtc() { return std::chrono::time_point_cast<Seconds>(std::chrono::system_clock::now()); }

} // namespace

DispatchService::DispatchService(std::filesystem::path databasePath, std::string user, ClusterConfig clusters,
                                 QObject* parent)
    : QObject(parent), m_store(new StoreService(std::move(databasePath), std::move(user), this)),
      m_clusters(std::move(clusters))
{
    m_store->start();
}

// The store thread quits behind its queued work: a dispatch already talking to a cluster ends
// (cutting it off mid-action would leave the cluster and the workflow apart), the ones not yet
// started are skipped and stay approved for the next session.
DispatchService::~DispatchService() { m_closing->store(true); }

void DispatchService::dispatch(const QStringList& ids)
{
    for (const QString& id : ids) {
        QPointer<DispatchService> self(this);
        m_store
            ->run<Finished>(
                [self, id, clusters = m_clusters, closing = m_closing](StoreSession& s) {
                    if (closing->load())
                        return Finished{false, QStringLiteral("approved"),
                                        QStringLiteral("not sent: the console closed first; it stays approved")};
                    // Posted to the application object, not to `self`: this runs on the store
                    // thread, where `self` may be destroyed at any moment; it is looked at only
                    // on the UI thread.
                    auto step = [self, id](const std::string& text) {
                        QMetaObject::invokeMethod(
                            QCoreApplication::instance(), [self, id, text = QString::fromStdString(text)] {
                                if (self)
                                    emit self->progress(id, text);
                            },
                            Qt::QueuedConnection);
                    };
                    const DispatchReport r =
                        dispatchProposal(s.db, *s.flow, s.user, clusters, {id.toStdString(), {}, false, false}, nowUtc, step);
                    return Finished{r.status.isOk(), QString::fromUtf8(proposalStateName(r.state)),
                                    QString::fromStdString(r.status.isOk() ? r.detail : r.status.message())};
                },
                Finished{false, QStringLiteral("approved"), tr("the operations database is not open")})
            .then(this, [this, id](const Finished& f) { emit finished(id, f.ok, f.state, f.detail); });
    }
}

} // namespace greenlight
