// The cooling/PUE panel's data, computed off the UI thread: every site's hourly PUE, outdoor
// temperature, free cooling and water use over the last days before the replayed now, from the
// bundled real weather and each site's cooling parameters (sites without weather say so).
//
//   auto* feed = new SitePhysicsFeed(fleetFile, weatherDir, parent);
//   connect(feed, &SitePhysicsFeed::computed, panel, &CoolingPanel::showPhysics);
//   feed->start(replayedNow);
#pragma once

#include "core/fleet/fleet.h"
#include "core/physics/siteheatreuse.h"
#include "core/physics/sitephysics.h"
#include "core/physics/weatherlibrary.h"

#include <QFutureWatcher>
#include <QObject>
#include <QString>

#include <memory>
#include <vector>

namespace greenlight {

struct SitePhysicsView {
    std::string siteId;
    std::string siteName;
    std::string cooling;   // coolingTypeName
    std::string zoneKey;
    GeoPoint location;
    int gpus = 0;
    SitePhysics physics;   // hourly over the window
    double itKwhPerHour = 0.0; // assumed IT load: GPUs × typical kW × kAssumedUtilisation
    SiteHeatReuse heat;        // district heating over the window (connected = has a contract)
    double heatContractKwTh = 0.0;
};

// The IT load the physics panels assume, as `greenlight-cli kpis` does by default.
inline constexpr double kAssumedUtilisation = 0.6;

struct PhysicsSnapshot {
    TimeWindow window;
    std::vector<SitePhysicsView> sites;
};

class SitePhysicsFeed : public QObject {
    Q_OBJECT
public:
    SitePhysicsFeed(QString fleetFile, QString weatherDir, QObject* parent = nullptr);
    ~SitePhysicsFeed() override;

    // The `days` hours up to `now`, its hour included (the last hour is the one `now` falls in).
    void start(UtcTime now, int days = 7);

    // The fleet and the weather, read from disk once and reused for every later window.
    struct Inputs {
        Fleet fleet;
        WeatherLibrary weather;
    };
    struct Outcome {
        std::shared_ptr<const PhysicsSnapshot> snapshot;
        std::shared_ptr<const Inputs> inputs;
        QString error;
    };
    // `inputs` null: read them from the files first.
    static Outcome compute(const QString& fleetFile, const QString& weatherDir,
                           std::shared_ptr<const Inputs> inputs, TimeWindow window);

signals:
    void computed(std::shared_ptr<const greenlight::PhysicsSnapshot> snapshot);
    void failed(const QString& message);

private:
    QString m_fleetFile;
    QString m_weatherDir;
    QFutureWatcher<Outcome> m_watcher;
    std::shared_ptr<const Inputs> m_inputs; // once loaded
};

} // namespace greenlight
