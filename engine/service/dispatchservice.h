// Bind for the console: approved proposals are carried out on the clusters of their sites (Slurm
// over SSH) on a thread of their own, with a database connection of their own, so neither the UI
// nor the inbox waits on SSH. Each step and the outcome come back as signals in words.
//
//   auto* dispatch = new DispatchService(dbPath, osUser, clusters, parent);
//   connect(dispatch, &DispatchService::progress, inbox, [](QString id, QString step) { … });
//   dispatch->dispatch({"P-job-7-defer"});
#pragma once

#include "dispatch/clusterconfig.h"

#include <QObject>
#include <QStringList>

#include <atomic>
#include <filesystem>
#include <memory>
#include <string>

namespace greenlight {

class StoreService;

class DispatchService : public QObject {
    Q_OBJECT
public:
    DispatchService(std::filesystem::path databasePath, std::string user, ClusterConfig clusters,
                    QObject* parent = nullptr);
    ~DispatchService() override;

    // Queues the proposals, one after another, in order. Closing skips those not yet started.
    void dispatch(const QStringList& ids);

signals:
    void progress(const QString& id, const QString& step);
    // `state` is where the proposal ended ("confirmed", "failed", or "approved" when nothing was sent).
    void finished(const QString& id, bool ok, const QString& state, const QString& detail);

private:
    StoreService* m_store; // its own connection and thread
    ClusterConfig m_clusters;
    std::shared_ptr<std::atomic<bool>> m_closing = std::make_shared<std::atomic<bool>>(false);
};

} // namespace greenlight
