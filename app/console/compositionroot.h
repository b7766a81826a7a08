// Builds the console and wires it: the replay feed, the map model, the panels and the window.
// Everything slow (traces, map geometry) loads on worker threads; the window shows at once and
// fills in as results arrive.
//
//   CompositionRoot root(options);
//   root.start();
//   return app.exec();
#pragma once

#include "consoleoptions.h"

#include "core/simulation/plannedjob.h"
#include "map/worldgeometry.h"

#include <QElapsedTimer>
#include <QFutureWatcher>
#include <QObject>

class QLabel;

#include <memory>

namespace greenlight {

class IntensityChart;
class MainWindow;
class MapModel;
class MapWidget;
class ProviderController;
class ReplayFeed;
class ReplayStatusLabel;
class StoreService;
class ApprovalInbox;
class JobQueueModel;
class JobQueuePanel;
class PlanFeed;
class CoolingPanel;
class SiteLayer;
class SitePhysicsFeed;
class ProposalInbox;
class ProposalTableModel;

class CompositionRoot : public QObject {
    Q_OBJECT
public:
    explicit CompositionRoot(ConsoleOptions options, QObject* parent = nullptr);
    ~CompositionRoot() override;

    void start();

    MainWindow* window() const { return m_window.get(); }
    MapModel* mapModel() const { return m_mapModel; }
    ReplayFeed* feed() const { return m_feed; }
    StoreService* store() const { return m_store; }
    ProviderController* providers() const { return m_providers; }

signals:
    // The first paint that had both the shapes and a snapshot: the map is "up".
    void mapReady();

private:
    void buildUi();
    void wire();
    void onFirstDataPaint();
    void showSelectedZone(const QString& zoneKey);
    void startStore();
    void wireApprovalInbox();
    void wireJobQueue();
    void wireCoolingPanel();
    void showQueueAt(UtcTime now);
    void takeScreenshotWhenReady();
    void startProviders();
    void reportProblem(const QString& title, const QString& details);

    ConsoleOptions m_options;
    QString m_dataDir;
    MapModel* m_mapModel = nullptr;
    ReplayFeed* m_feed = nullptr;
    MapWidget* m_map = nullptr;
    IntensityChart* m_chart = nullptr;
    ReplayStatusLabel* m_status = nullptr;
    StoreService* m_store = nullptr;
    ProposalTableModel* m_proposals = nullptr;
    ProposalInbox* m_inbox = nullptr;
    ApprovalInbox* m_inboxPanel = nullptr;
    PlanFeed* m_plan = nullptr;
    JobQueueModel* m_jobs = nullptr;
    JobQueuePanel* m_jobsPanel = nullptr;
    SitePhysicsFeed* m_physics = nullptr;
    CoolingPanel* m_coolingPanel = nullptr;
    SiteLayer* m_siteLayer = nullptr; // owned by the map painter
    std::shared_ptr<const std::vector<PlannedJob>> m_plannedJobs;
    UtcTime m_queueShownAt{};
    UtcTime m_physicsShownAt{};
    ProviderController* m_providers = nullptr; // live carbon-intensity sources (none by default)
    QLabel* m_identity = nullptr; // who is signed in to the operations database, and as what
    std::unique_ptr<MainWindow> m_window;
    QFutureWatcher<WorldGeometry::LoadResult> m_geometryWatcher;
    bool m_mapReported = false;
    bool m_storeSettled = false;       // opened with a first inbox snapshot, or failed
    bool m_planSettled = true;         // the job queue's plan, when a screenshot shows it
    bool m_screenshotScheduled = false;
};

// Milliseconds since the process started (from /proc on Linux; -1 elsewhere).
qint64 millisecondsSinceProcessStart();

} // namespace greenlight
