#include "compositionroot.h"

#include "approvalwiring.h"
#include "budgetwiring.h"
#include "coolingwiring.h"
#include "datapaths.h"
#include "executivewiring.h"
#include "heatwiring.h"
#include "jobqueuewiring.h"
#include "mapoverlayswiring.h"
#include "mainwindow.h"
#include "panelcontext.h"
#include "providercontroller.h"
#include "rolelayout.h"
#include "screenshotgate.h"
#include "whatifwiring.h"

#include "map/mapmodel.h"
#include "map/mapwidget.h"
#include "service/replayfeed.h"
#include "service/planfeed.h"
#include "service/sitephysicsfeed.h"
#include "service/storeservice.h"
#include "service/zoneforecastfeed.h"
#include "store/userdirectory.h"
#include "widgets/aboutdialog.h"
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
    startFeeds();
    startProviders();
    addPanels();
    m_store->start(); // after everyone who listens for opened/openFailed is connected
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
    if (!m_options.theme.isEmpty())
        m_window->setTheme(themeFromName(m_options.theme));
    m_gate = new ScreenshotGate(m_options.screenshotPath, m_window.get(), this);

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
    connect(m_feed, &ReplayFeed::gapsFilled, this, [this](const QStringList& notes) {
        m_window->statusBar()->showMessage(
            tr("Short gaps in carbon-intensity files were filled with the last value before them and are "
               "shown as estimated (missing steps per file): %1")
                .arg(notes.join(QStringLiteral(", "))),
            30'000);
    });
    connect(m_feed, &ReplayFeed::snapshotChanged, this, [this](const GridSnapshot& snapshot) {
        m_mapModel->setSnapshot(snapshot);
        m_status->showReplay(snapshot.time, m_feed->clock().dataYear(), m_feed->clock().speed());
        m_chart->setNow(snapshot.time);
    });
    connect(m_mapModel, &MapModel::selectedZoneChanged, this, &CompositionRoot::showSelectedZone);
    // The selected zone's forecast, issued at the replayed now and again every replayed hour.
    m_forecasts = new ZoneForecastFeed(QStringLiteral("ridge"), this);
    connect(m_forecasts, &ZoneForecastFeed::forecasted, m_chart, &IntensityChart::showForecast);
    connect(m_forecasts, &ZoneForecastFeed::forecasted, this, [this] { m_forecastFailureTold.clear(); });
    connect(m_forecasts, &ZoneForecastFeed::failed, this, [this](const QString& zoneKey, const QString& message) {
        // The old band is no forecast for now: the chart drops it and says why.
        m_chart->showForecastFailed(zoneKey, message);
        const QString text = tr("No forecast for %1: %2").arg(zoneKey, message);
        if (zoneKey == m_chart->zoneKey() && text != m_forecastFailureTold) {
            m_forecastFailureTold = text;
            m_window->statusBar()->showMessage(text, 15'000);
        }
    });
    connect(m_feed, &ReplayFeed::snapshotChanged, this, [this](const GridSnapshot& snapshot) {
        if (m_forecastIssued.due(snapshot.time) && !m_chart->zoneKey().isEmpty()) {
            m_forecastIssued.mark(snapshot.time);
            m_forecasts->start(m_feed->library(), m_chart->zoneKey(), snapshot.time);
        }
    });
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
    m_store = new StoreService(path.toStdString(), osUserName(path.toStdString()), this);
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

void CompositionRoot::startFeeds()
{
    // The bundled GPU trace replayed on the fleet (--fleet, else the demo fleet): what the scheduler would plan, next to
    // the baseline; planned once the traces are loaded.
    const QString fleet = m_options.fleetFile.isEmpty() ? demoFleetFile(m_dataDir) : m_options.fleetFile;
    m_plan = new PlanFeed({fleet, bundledJobTrace(m_dataDir),
                           QStringLiteral("spatiotemporal"), QStringLiteral("ridge"), bundledWeatherDir(m_dataDir),
                           m_dataDir + QStringLiteral("/workloads/azure_llm_conv_2023.csv")},
                          this);
    connect(m_feed, &ReplayFeed::loaded, this, [this] { m_plan->start(m_feed->library()); });
    // PUE(t), free cooling, water and heat per site from the bundled weather, the last week up to
    // the replayed now; recomputed every replayed hour.
    m_physics = new SitePhysicsFeed(fleet,
                                    bundledWeatherDir(m_dataDir), this);
    connect(m_feed, &ReplayFeed::snapshotChanged, this, [this](const GridSnapshot& snapshot) {
        if (m_physicsShown.due(snapshot.time)) {
            m_physicsShown.mark(snapshot.time);
            m_physics->start(snapshot.time);
        }
    });
}

void CompositionRoot::addPanels()
{
    const PanelContext context{&m_options, m_dataDir, m_window.get(), m_feed, m_map, m_store, m_gate, m_plan, m_physics,
                               m_providers->hub()};
    new ApprovalWiring(context, this);
    new JobQueueWiring(context, this);
    new CoolingWiring(context, this);
    new MapOverlaysWiring(context, this);
    new BudgetWiring(context, this);
    new HeatWiring(context, this);
    new ExecutiveWiring(context, this);
    new WhatIfWiring(context, this);
    new RoleLayout(context, this); // after every dock exists
}

void CompositionRoot::showSelectedZone(const QString& zoneKey)
{
    const Zone* zone = m_mapModel->zone(zoneKey);
    if (!zone || !m_feed->isLoaded())
        return;
    QSettings().setValue(QStringLiteral("map/selectedZone"), zoneKey);
    m_forecastFailureTold.clear(); // a failure of this zone's forecast is news again
    const UtcTime now = m_mapModel->hasSnapshot() ? m_mapModel->snapshot().time : m_feed->replayedNow();
    m_chart->showZone(m_feed->library(), *zone, now);
    m_forecastIssued.mark(now);
    m_forecasts->start(m_feed->library(), zoneKey, now);
}

void CompositionRoot::onFirstDataPaint()
{
    if (m_options.startupReport) {
        std::printf("startup: first map painted with data %lld ms after process start\n",
                    static_cast<long long>(millisecondsSinceProcessStart()));
        std::fflush(stdout);
    }
    emit mapReady();
    m_gate->mapPainted();
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
