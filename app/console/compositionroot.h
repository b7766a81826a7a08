// Builds the console and wires it: the replay feed, the map model, the panels and the window.
// Everything slow (traces, map geometry) loads on worker threads; the window shows at once and
// fills in as results arrive.
//
//   CompositionRoot root(options);
//   root.start();
//   return app.exec();
#pragma once

#include "consoleoptions.h"
#include "replaythrottle.h"

#include "core/utctime.h"
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
class PlanFeed;
class ProviderController;
class ReplayFeed;
class ReplayStatusLabel;
class ScreenshotGate;
class SitePhysicsFeed;
class StoreService;
class ZoneForecastFeed;

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
    void startFeeds();
    void addPanels();
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
    PlanFeed* m_plan = nullptr;
    SitePhysicsFeed* m_physics = nullptr;
    ReplayThrottle m_physicsShown{Hours{1}};
    ScreenshotGate* m_gate = nullptr;
    ZoneForecastFeed* m_forecasts = nullptr; // the selected zone's forecast, issued every replayed hour
    ReplayThrottle m_forecastIssued{Hours{1}};
    // The forecast failure last told in the status bar: a forecast that keeps failing every
    // replayed hour is told once, until it succeeds or fails differently.
    QString m_forecastFailureTold;
    ProviderController* m_providers = nullptr; // live carbon-intensity sources (none by default)
    QLabel* m_identity = nullptr; // who is signed in to the operations database, and as what
    std::unique_ptr<MainWindow> m_window;
    QFutureWatcher<WorldGeometry::LoadResult> m_geometryWatcher;
    bool m_mapReported = false;
};

// Milliseconds since the process started (from /proc on Linux; -1 elsewhere).
qint64 millisecondsSinceProcessStart();

} // namespace greenlight
