// One refresh tick of the officers' dashboard (issue 8, goal ≤ 16 ms): what the console does when
// the replayed clock moves — a new grid snapshot of every zone, the map repainted at 1280×560 with
// every layer (countries, zones, the demo fleet's sites, migration arrows, key), the budget
// recomputed from the plan's hourly emissions and its panel updated, and the intensity chart
// redrawn at the new now. Real bundled data; the plan's emissions are a year of hourly values.
//   QT_QPA_PLATFORM=offscreen build/bin/dashboard_bench
#include "map/fleetkeylayer.h"
#include "map/mappainter.h"
#include "map/mapmodel.h"
#include "map/migrationlayer.h"
#include "map/sitelayer.h"
#include "map/worldgeometry.h"
#include "widgets/budgetpanel.h"
#include "widgets/intensitychart.h"

#include "core/budget/budgetburn.h"
#include "core/fleet/fleet.h"
#include "core/gridsnapshot.h"
#include "core/traceloader.h"

#include <QImage>
#include <QPainter>
#include <QtTest>
#include <qcustomplot.h>

using namespace greenlight;

class DashboardBench : public QObject {
    Q_OBJECT
private slots:
    void refreshTick();
};

void DashboardBench::refreshTick()
{
    const std::filesystem::path data = GREENLIGHT_DATA_DIR;
    auto zones = std::make_shared<const ZoneCatalog>(
        loadZoneCatalog(data / "carbon/zones.csv", data / "zone_locations.csv").value());
    auto library = std::make_shared<const TraceLibrary>(loadTraceDirectory(data / "carbon").library);
    const Fleet fleet = loadFleetFile(data / "../fleets/demo-fleet.json").value();

    MapModel model;
    model.setWorld(WorldGeometry::loadGeoJson(QString::fromStdString((data / "geo/countries-50m.geojson").string())).geometry);
    model.setZones(zones);
    model.setSelectedZone(QStringLiteral("DE"));
    MapPainter painter(model);
    auto sites = std::make_unique<SiteLayer>();
    auto arrows = std::make_unique<MigrationLayer>();
    auto key = std::make_unique<FleetKeyLayer>();
    std::vector<SiteMarker> markers;
    std::vector<MigrationArrow> flows;
    for (const Site& s : fleet.sites())
        markers.push_back({s.id, s.zoneKey, s.location.longitudeDeg, s.location.latitudeDeg, s.totalGpus(), 1.3});
    for (std::size_t i = 1; i < fleet.sites().size(); i += 2) {
        const Site& a = fleet.sites()[i - 1];
        const Site& b = fleet.sites()[i];
        flows.push_back({a.id, b.id, a.location.longitudeDeg, a.location.latitudeDeg, b.location.longitudeDeg,
                         b.location.latitudeDeg, i % 4 == 1, 3, 8});
    }
    sites->setSites(markers);
    arrows->setArrows(flows);
    key->setEntries({true, true, false});
    painter.addLayer(std::move(sites));
    painter.addLayer(std::move(arrows));
    painter.addLayer(std::move(key));
    MapViewport viewport(MapProjection::Robinson);
    viewport.setSize({1280, 560});
    QImage image(1280, 560, QImage::Format_ARGB32_Premultiplied);

    // A year of hourly plan and baseline emissions (the shape of the bundled plan's).
    const UtcTime origin = *parseIsoUtc("2022-01-01T00:00:00Z");
    HourlyKg planned{origin, {}};
    HourlyKg baseline{origin, {}};
    for (int h = 0; h < 365 * 24; ++h) {
        planned.kg.push_back(1.0 + 0.5 * ((h * 7) % 24) / 24.0);
        baseline.kg.push_back(8.0 + ((h * 5) % 24) / 6.0);
    }
    const BudgetCaps caps{50.0, 1000.0, {}};
    BudgetPanel budget;
    budget.resize(1200, 420);
    IntensityChart chart;
    chart.resize(1200, 320);
    UtcTime now = *parseIsoUtc("2022-11-22T09:00:00Z");
    chart.showZone(library, *zones->find("DE"), now);

    QBENCHMARK {
        now += Seconds{60};
        model.setSnapshot(takeGridSnapshot(*library, *zones, now));
        image.fill(Qt::white);
        QPainter p(&image);
        painter.paint(p, viewport);
        p.end();
        budget.showBurn(budgetBurnAt(planned, baseline, caps, now));
        chart.setNow(now);
        chart.plot()->replot(QCustomPlot::rpImmediateRefresh);
    }
}

QTEST_MAIN(DashboardBench)
#include "dashboard_bench.moc"
