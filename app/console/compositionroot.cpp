#include "compositionroot.h"

#include "datapaths.h"
#include "mainwindow.h"
#include "providercontroller.h"

#include "map/mapmodel.h"
#include "map/mapwidget.h"
#include "map/sitelayer.h"
#include "service/replayfeed.h"
#include "service/planfeed.h"
#include "service/sitephysicsfeed.h"
#include "service/proposalinbox.h"
#include "service/storeservice.h"
#include "store/storefile.h"
#include "store/userdirectory.h"
#include "models/jobqueuemodel.h"
#include "models/proposaltablemodel.h"
#include "widgets/aboutdialog.h"
#include "widgets/approvalinbox.h"
#include "widgets/coolingpanel.h"
#include "widgets/jobqueuepanel.h"
#include "widgets/intensitychart.h"
#include "widgets/replaystatuslabel.h"

#include <QApplication>
#include <QFile>
#include <QDockWidget>
#include <QLabel>
#include <QStandardPaths>
#include <QMessageBox>
#include <QSettings>
#include <QStatusBar>
#include <QTextStream>
#include <QTimer>
#include <QtConcurrent/QtConcurrentRun>

#include <cstdio>
#include <ctime>
#include <unistd.h>

namespace greenlight {

qint64 millisecondsSinceProcessStart()
{
#ifdef __linux__
    QFile stat(QStringLiteral("/proc/self/stat"));
    QFile uptime(QStringLiteral("/proc/uptime"));
    if (!stat.open(QIODevice::ReadOnly) || !uptime.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray statLine = stat.readAll();
    // Field 22 (starttime, clock ticks since boot) follows the ")" that ends the command name.
    const QList<QByteArray> fields = statLine.mid(statLine.lastIndexOf(')') + 2).split(' ');
    if (fields.size() < 20)
        return -1;
    const double startSeconds = fields[19].toDouble() / static_cast<double>(sysconf(_SC_CLK_TCK));
    const double nowSeconds = uptime.readAll().split(' ').value(0).toDouble();
    return static_cast<qint64>((nowSeconds - startSeconds) * 1000.0);
#else
    return -1;
#endif
}

CompositionRoot::CompositionRoot(ConsoleOptions options, QObject* parent)
    : QObject(parent), m_options(std::move(options))
{
}

CompositionRoot::~CompositionRoot()
{
    m_geometryWatcher.waitForFinished();
}

void CompositionRoot::start()
{
    const DataLocation location = locateDataDir(m_options.dataDir);
    m_dataDir = location.dir;
    buildUi();
    wire();
    m_window->show();
    if (!location.error.isEmpty()) {
        m_status->showError(location.error);
        reportProblem(tr("Bundled data not found"), location.error);
        return;
    }
    startStore();
    startProviders();
    m_store->start(); // after everyone who listens for opened/openFailed is connected
    wireJobQueue();
    wireCoolingPanel();
    m_status->showLoading();
    m_feed->start();
    const QString geometryPath = m_dataDir + QStringLiteral("/geo/countries-50m.geojson");
    m_geometryWatcher.setFuture(
        QtConcurrent::run([geometryPath] { return WorldGeometry::loadGeoJson(geometryPath); }));
}

void CompositionRoot::buildUi()
{
    m_mapModel = new MapModel(this);
    m_feed = new ReplayFeed({m_dataDir, m_options.replayYear, m_options.speed}, this);
    m_map = new MapWidget(m_mapModel);
    m_chart = new IntensityChart();
    m_status = new ReplayStatusLabel();
    m_window = std::make_unique<MainWindow>(m_map, m_chart, m_status);
    m_identity = new QLabel(tr("Opening the operations database…"));
    m_window->statusBar()->addPermanentWidget(m_identity);
    m_window->restoreLayout();

    QSettings settings;
    MapProjection projection = projectionFromName(
        m_options.projection.isEmpty()
            ? settings.value(QStringLiteral("map/projection"), QStringLiteral("robinson")).toString()
            : m_options.projection);
    if (projection == MapProjection::Invalid)
        projection = MapProjection::Robinson;
    m_map->setProjection(projection);
    m_window->setProjectionChecked(projection);
}

void CompositionRoot::wire()
{
    connect(m_window.get(), &MainWindow::projectionRequested, this, [this](MapProjection p) {
        m_map->setProjection(p);
        QSettings().setValue(QStringLiteral("map/projection"), projectionName(p));
    });
    connect(m_window.get(), &MainWindow::zoomInRequested, m_map, &MapWidget::zoomIn);
    connect(m_window.get(), &MainWindow::zoomOutRequested, m_map, &MapWidget::zoomOut);
    connect(m_window.get(), &MainWindow::resetViewRequested, m_map, &MapWidget::resetView);
    connect(m_window.get(), &MainWindow::aboutRequested, this, [this] {
        // A few kilobytes from the local data folder, read when the user asks for it.
        QFile file(m_dataDir + QStringLiteral("/ATTRIBUTION.md"));
        const QString text = file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll())
                                                            : QString();
        auto* dialog = new AboutDialog(text, m_window.get());
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->show();
    });

    connect(&m_geometryWatcher, &QFutureWatcher<WorldGeometry::LoadResult>::finished, this, [this] {
        const WorldGeometry::LoadResult result = m_geometryWatcher.result();
        if (!result.geometry) {
            reportProblem(tr("Map geometry could not be loaded"), result.error);
            return;
        }
        m_mapModel->setWorld(result.geometry);
    });

    connect(m_feed, &ReplayFeed::loaded, this, [this] {
        m_mapModel->setZones(m_feed->zones());
        const QString remembered =
            QSettings().value(QStringLiteral("map/selectedZone"), QStringLiteral("DE")).toString();
        const QString wanted = m_options.selectZone.isEmpty() ? remembered : m_options.selectZone;
        if (!m_mapModel->zone(wanted) && !m_options.selectZone.isEmpty()) {
            const QString message = tr("Unknown zone %1 (see greenlight-cli zones)").arg(wanted);
            std::fprintf(stderr, "%s\n", qPrintable(message));
            m_window->statusBar()->showMessage(message, 15'000);
        }
        m_mapModel->setSelectedZone(m_mapModel->zone(wanted) ? wanted : QStringLiteral("DE"));
    });
    connect(m_feed, &ReplayFeed::loadFailed, this, [this](const QString& message) {
        m_status->showError(message);
        reportProblem(tr("Carbon-intensity data could not be loaded"), message);
    });
    connect(m_feed, &ReplayFeed::loadProblems, this, [this](const QStringList& problems) {
        reportProblem(tr("Some carbon-intensity files were skipped"),
                      tr("These files have errors and were not loaded; every other zone is "
                         "shown.\n\n%1")
                          .arg(problems.join(QLatin1Char('\n'))));
    });
    connect(m_feed, &ReplayFeed::snapshotChanged, this, [this](const GridSnapshot& snapshot) {
        m_mapModel->setSnapshot(snapshot);
        m_status->showReplay(snapshot.time, m_feed->clock().dataYear(), m_feed->clock().speed());
        m_chart->setNow(snapshot.time);
    });
    connect(m_mapModel, &MapModel::selectedZoneChanged, this, &CompositionRoot::showSelectedZone);
    connect(m_map, &MapWidget::painted, this, [this](bool withData) {
        if (withData && !m_mapReported) {
            m_mapReported = true;
            onFirstDataPaint();
        }
    });
}

void CompositionRoot::startStore()
{
    // The platform's data folder, shared with greenlight-cli (same path rule as defaultStorePath()).
    QString path = m_options.databasePath;
    if (path.isEmpty())
        path = qEnvironmentVariable("GREENLIGHT_DB");
    if (path.isEmpty())
        path = QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation)
            + QStringLiteral("/greenlight/greenlight.db");
    m_store = new StoreService(path.toStdString(), osUserName(), this);
    wireApprovalInbox();
    connect(m_store, &StoreService::opened, this,
            [this, path](const QString& user, const QString& roles, int schema) {
                m_identity->setText(tr("%1 (%2)").arg(user, roles));
                m_identity->setToolTip(tr("Operations database %1, schema %2").arg(path).arg(schema));
            });
    connect(m_store, &StoreService::openFailed, this, [this](const QString& reason) {
        // The map and charts keep working; only approvals and history need the database.
        m_identity->setText(tr("Operations database unavailable"));
        m_identity->setToolTip(reason);
        std::fprintf(stderr, "operations database: %s\n", qPrintable(reason));
        m_storeSettled = true;
        takeScreenshotWhenReady();
    });
}

void CompositionRoot::startProviders()
{
    m_providers = new ProviderController(m_store, this);
    m_window->statusBar()->addPermanentWidget(m_providers->summaryLabel());
    connect(m_window.get(), &MainWindow::providerSettingsRequested, m_providers,
            [this] { m_providers->openSettings(m_window.get()); });
    m_providers->start();
}

void CompositionRoot::wireApprovalInbox()
{
    m_proposals = new ProposalTableModel(this);
    m_inbox = new ProposalInbox(m_store, this);
    m_inboxPanel = new ApprovalInbox(m_proposals);
    QDockWidget* dock = m_window->addPanel(m_inboxPanel, tr("Approval inbox"), QStringLiteral("approvalInboxDock"));
    if (m_options.panel == QStringLiteral("inbox"))
        QTimer::singleShot(0, dock, &QDockWidget::raise); // once the window is shown and laid out
    connect(m_inbox, &ProposalInbox::proposalsChanged, m_proposals, &ProposalTableModel::setProposals);
    connect(m_inbox, &ProposalInbox::proposalsChanged, this, [this] {
        m_storeSettled = true; // the database is open and the inbox has its first snapshot
        takeScreenshotWhenReady();
    });
    connect(m_inboxPanel, &ApprovalInbox::approveRequested, m_inbox, &ProposalInbox::approve);
    connect(m_inboxPanel, &ApprovalInbox::rejectRequested, m_inbox, &ProposalInbox::reject);
    connect(m_inboxPanel, &ApprovalInbox::trailRequested, m_inbox, &ProposalInbox::loadTrail);
    connect(m_inbox, &ProposalInbox::trailLoaded, m_inboxPanel, &ApprovalInbox::showTrail);
    connect(m_inbox, &ProposalInbox::decided, m_inboxPanel, &ApprovalInbox::showResult);
    connect(m_inbox, &ProposalInbox::failed, m_inboxPanel,
            [this](const QString& message) { m_inboxPanel->showResult(message, false); });
}

void CompositionRoot::wireJobQueue()
{
    m_planSettled = m_options.panel != QStringLiteral("jobs");
    // The bundled GPU trace replayed on the demo fleet: what the scheduler would plan, and where
    // each job stands at the replayed now.
    m_plan = new PlanFeed({m_dataDir + QStringLiteral("/../fleets/demo-fleet.json"),
                           m_dataDir + QStringLiteral("/workloads/alibaba_gpu_openb_2023.csv")},
                          this);
    m_jobs = new JobQueueModel(this);
    m_jobsPanel = new JobQueuePanel(m_jobs);
    m_jobsPanel->setSummary(tr("Planning the bundled job trace on the demo fleet…"));
    QDockWidget* dock = m_window->addPanel(m_jobsPanel, tr("Job queue"), QStringLiteral("jobQueueDock"));
    if (m_options.panel == QStringLiteral("jobs"))
        QTimer::singleShot(0, dock, &QDockWidget::raise);
    connect(m_plan, &PlanFeed::planned, this,
            [this](std::shared_ptr<const std::vector<PlannedJob>> jobs, const QStringList& sites, const QString& summary,
                   const PlanSlos& slos) {
                m_plannedJobs = std::move(jobs);
                m_jobsPanel->setSlos(slos);
                m_planSettled = true;
                m_jobsPanel->setSites(sites);
                m_jobsPanel->setSummary(summary);
                showQueueAt(m_feed->replayedNow());
                takeScreenshotWhenReady();
            });
    connect(m_plan, &PlanFeed::failed, this, [this](const QString& message) {
        m_jobsPanel->setSummary(tr("The job queue could not be planned: %1").arg(message));
        m_planSettled = true;
        takeScreenshotWhenReady();
    });
    connect(m_feed, &ReplayFeed::loaded, this, [this] { m_plan->start(m_feed->library()); });
    connect(m_feed, &ReplayFeed::snapshotChanged, this, [this](const GridSnapshot& snapshot) {
        // States follow the replayed clock; once a minute is enough for a queue.
        if (m_plannedJobs && snapshot.time - m_queueShownAt >= Seconds{60})
            showQueueAt(snapshot.time);
    });
}

void CompositionRoot::wireCoolingPanel()
{
    // PUE(t), free cooling and water per site from the bundled weather, the last week up to the
    // replayed now; recomputed every replayed hour.
    m_physics = new SitePhysicsFeed(m_dataDir + QStringLiteral("/../fleets/demo-fleet.json"),
                                    m_dataDir + QStringLiteral("/weather"), this);
    m_coolingPanel = new CoolingPanel;
    QDockWidget* dock = m_window->addPanel(m_coolingPanel, tr("Cooling / PUE"), QStringLiteral("coolingDock"));
    if (m_options.panel == QStringLiteral("cooling"))
        QTimer::singleShot(0, dock, &QDockWidget::raise);
    connect(m_physics, &SitePhysicsFeed::computed, m_coolingPanel, &CoolingPanel::showPhysics);
    // The same snapshot puts the sites on the map, coloured by intensity × PUE of the hour.
    auto layer = std::make_unique<SiteLayer>();
    m_siteLayer = layer.get();
    m_map->mapPainter().addLayer(std::move(layer));
    connect(m_physics, &SitePhysicsFeed::computed, this, [this](std::shared_ptr<const PhysicsSnapshot> snapshot) {
        const UtcTime now = m_feed->replayedNow();
        std::vector<SiteMarker> markers;
        for (const SitePhysicsView& site : snapshot->sites)
            markers.push_back({site.siteId, site.zoneKey, site.location.longitudeDeg, site.location.latitudeDeg,
                               site.gpus, site.physics.pueAt(now)});
        m_siteLayer->setSites(std::move(markers));
        m_map->update();
    });
    connect(m_physics, &SitePhysicsFeed::failed, m_coolingPanel, [this](const QString& message) {
        m_coolingPanel->showError(tr("PUE could not be computed: %1").arg(message));
    });
    connect(m_feed, &ReplayFeed::snapshotChanged, this, [this](const GridSnapshot& snapshot) {
        if (snapshot.time - m_physicsShownAt >= Hours{1}) {
            m_physicsShownAt = snapshot.time;
            m_physics->start(snapshot.time);
        }
    });
}

void CompositionRoot::showQueueAt(UtcTime now)
{
    m_queueShownAt = now;
    m_jobs->setSnapshot(std::make_shared<const JobQueueSnapshot>(queueRowsAt(*m_plannedJobs, now)));
}

void CompositionRoot::showSelectedZone(const QString& zoneKey)
{
    const Zone* zone = m_mapModel->zone(zoneKey);
    if (!zone || !m_feed->isLoaded())
        return;
    QSettings().setValue(QStringLiteral("map/selectedZone"), zoneKey);
    const UtcTime now = m_mapModel->hasSnapshot() ? m_mapModel->snapshot().time : m_feed->replayedNow();
    m_chart->showZone(m_feed->library(), *zone, now);
}

void CompositionRoot::onFirstDataPaint()
{
    if (m_options.startupReport) {
        std::printf("startup: first map painted with data %lld ms after process start\n",
                    static_cast<long long>(millisecondsSinceProcessStart()));
        std::fflush(stdout);
    }
    emit mapReady();
    if (m_options.screenshotPath.isEmpty())
        return;
    // Unattended screenshots show the store's panels (and, for --panel jobs, the plan) filled in
    // too; neither holds the run for more than 30 s.
    QTimer::singleShot(30'000, this, [this] {
        m_storeSettled = true;
        m_planSettled = true;
        takeScreenshotWhenReady();
    });
    takeScreenshotWhenReady();
}

void CompositionRoot::takeScreenshotWhenReady()
{
    if (m_options.screenshotPath.isEmpty() || !m_mapReported || !m_storeSettled || !m_planSettled
        || m_screenshotScheduled)
        return;
    m_screenshotScheduled = true;
    // Let the chart's queued replot and the status bar settle before grabbing.
    QTimer::singleShot(300, this, [this] {
        const bool saved = m_window->grab().save(m_options.screenshotPath);
        std::fprintf(saved ? stdout : stderr, "%s %s\n", saved ? "screenshot saved:" : "screenshot failed:",
                     qPrintable(m_options.screenshotPath));
        QApplication::exit(saved ? 0 : 1);
    });
}

void CompositionRoot::reportProblem(const QString& title, const QString& details)
{
    std::fprintf(stderr, "%s: %s\n", qPrintable(title), qPrintable(details));
    if (!m_options.screenshotPath.isEmpty() && !m_mapReported) {
        // Unattended run: a dialog nobody can close must not hang it.
        if (!m_mapModel->world() || !m_feed->isLoaded())
            QApplication::exit(1);
        return;
    }
    auto* box = new QMessageBox(QMessageBox::Warning, title, details, QMessageBox::Ok, m_window.get());
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open(); // not exec(): no nested event loop
}

} // namespace greenlight
