// The map painter paints onto a QImage: a known zone's pixel has its bucket's colour, markers
// sit where their zones are, hit-testing finds them, projections and viewport agree.
#include "map/intensitycolorscale.h"
#include "map/maphittest.h"
#include "map/maptooltip.h"
#include "map/mappainter.h"
#include "map/mapmodel.h"
#include "map/worldgeometry.h"

#include "core/tracelibrary.h"

#include <QFile>
#include <QImage>
#include <QPainter>
#include <QSignalSpy>
#include <QtTest>

using namespace greenlight;

namespace {

// A square "Germany" (id 276) and a square "United States" (id 840, zones only as markers).
QByteArray tinyWorld()
{
    QFile file(QStringLiteral(GREENLIGHT_FIXTURES_DIR "/geo/tiny_world.geojson"));
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

std::shared_ptr<const ZoneCatalog> tinyZones()
{
    return std::make_shared<const ZoneCatalog>(std::vector<Zone>{
        Zone{"DE", "Germany", "Germany", 276, {50.0, 15.0}, "centre"},
        Zone{"US-NY-NYIS", "New York ISO", "United States", 840, {40.0, -90.0}, "somewhere"},
        Zone{"FR", "France", "France", 250, {2.5, -7.5}, "centre"}});
}

GridSnapshot snapshotWith(double deValue, double nyValue)
{
    GridSnapshot s;
    s.time = *parseIsoUtc("2022-06-01T12:00:00Z");
    auto reading = [&](const char* key, double value, bool available) {
        ZoneReading r;
        r.zoneKey = key;
        r.available = available;
        r.sample.time = s.time;
        r.sample.lifecycleGPerKwh = value;
        r.origin = ReadingOrigin::Replayed;
        return r;
    };
    s.readings = {reading("DE", deValue, true), reading("US-NY-NYIS", nyValue, true),
                  reading("FR", 0, false)};
    return s;
}

QImage paint(const MapModel& model, const MapViewport& viewport)
{
    QImage image(viewport.size(), QImage::Format_ARGB32_Premultiplied);
    QPainter p(&image);
    MapPainter(model).paint(p, viewport);
    return image;
}

QColor pixelAtLonLat(const QImage& image, const MapViewport& v, double lon, double lat)
{
    const QPointF at = v.toScreen(projectLonLat(v.projection(), lon, lat));
    return image.pixelColor(at.toPoint());
}

} // namespace

class MapTest : public QObject {
    Q_OBJECT
private slots:
    void countryPixelHasItsBucketColour_data()
    {
        QTest::addColumn<double>("intensity");
        QTest::addColumn<int>("projection");
        for (const double value : {20.0, 120.0, 412.0, 980.0}) {
            QTest::addRow("robinson %g", value) << value << int(MapProjection::Robinson);
            QTest::addRow("equirectangular %g", value) << value << int(MapProjection::Equirectangular);
        }
    }
    void countryPixelHasItsBucketColour()
    {
        QFETCH(double, intensity);
        QFETCH(int, projection);
        MapModel model;
        const auto world = WorldGeometry::parseGeoJson(tinyWorld(), QStringLiteral("tiny"));
        QVERIFY2(world.geometry, qPrintable(world.error));
        model.setWorld(world.geometry);
        model.setZones(tinyZones());
        model.setSnapshot(snapshotWith(intensity, 300));
        MapViewport viewport(static_cast<MapProjection>(projection));
        viewport.setSize({800, 450});
        const QImage image = paint(model, viewport);
        QCOMPARE(pixelAtLonLat(image, viewport, 15, 50), IntensityColorScale::colorFor(intensity));
        // A country split into zones gets the neutral fill, a zone without data the grey one.
        QCOMPARE(pixelAtLonLat(image, viewport, -100, 45), IntensityColorScale::subnationalOnlyColor());
        QCOMPARE(pixelAtLonLat(image, viewport, -7.5, 2.0), IntensityColorScale::noDataColor());
        // The sub-national marker is painted in its own bucket colour at its location.
        QCOMPARE(pixelAtLonLat(image, viewport, -90, 40), IntensityColorScale::colorFor(300));
        // The sea.
        QCOMPARE(pixelAtLonLat(image, viewport, -135, -20), IntensityColorScale::oceanColor());
    }

    void realGermanyPixelMatchesTheReplayedTrace()
    {
        const QString data = QStringLiteral(GREENLIGHT_DATA_DIR);
        const auto world = WorldGeometry::loadGeoJson(data + "/geo/countries-50m.geojson");
        QVERIFY2(world.geometry, qPrintable(world.error));
        const std::filesystem::path dir = GREENLIGHT_DATA_DIR;
        auto zones = std::make_shared<const ZoneCatalog>(
            loadZoneCatalog(dir / "carbon/zones.csv", dir / "zone_locations.csv").value());
        const TraceLoadReport traces = loadTraceDirectory(dir / "carbon");
        QVERIFY(traces.errors.empty());
        MapModel model;
        model.setWorld(world.geometry);
        model.setZones(zones);
        const UtcTime t = *parseIsoUtc("2022-11-21T19:00:00Z");
        model.setSnapshot(takeGridSnapshot(traces.library, *zones, t));
        const double de = traces.library.find("DE")->sampleAt(t)->lifecycleGPerKwh;
        const double no = traces.library.find("NO")->sampleAt(t)->lifecycleGPerKwh;
        MapViewport viewport(MapProjection::Robinson);
        viewport.setSize({1600, 900});
        viewport.zoomAt(viewport.toScreen(projectLonLat(MapProjection::Robinson, 10, 51)), 4.0);
        const QImage image = paint(model, viewport);
        image.save(QStringLiteral("map-europe-zoomed.png")); // in the test's build folder, to look at
        QCOMPARE(pixelAtLonLat(image, viewport, 10.0, 51.0), IntensityColorScale::colorFor(de));
        QCOMPARE(pixelAtLonLat(image, viewport, 9.0, 61.5), IntensityColorScale::colorFor(no));
    }

    void antimeridianRingsStayInsideTheWorld()
    {
        const auto world = WorldGeometry::loadGeoJson(QStringLiteral(GREENLIGHT_DATA_DIR) +
                                                      "/geo/countries-50m.geojson");
        QVERIFY(world.geometry);
        QCOMPARE(world.geometry->countries().size(), 241);
        for (const CountryShape& c : world.geometry->countries()) {
            for (const QPolygonF& ring : c.ringsLonLat) {
                for (qsizetype i = 1; i < ring.size(); ++i) {
                    // Only the closing edges along a pole may run the width of the map.
                    const bool alongPole = std::abs(ring[i].y()) > 89.99 && std::abs(ring[i - 1].y()) > 89.99;
                    QVERIFY2(alongPole || std::abs(ring[i].x() - ring[i - 1].x()) <= 180.0,
                             qPrintable(c.name));
                    QVERIFY(ring[i].x() >= -180.0 && ring[i].x() <= 180.0);
                }
            }
        }
        // A band across the map would make Russia as wide as the world.
        for (const CountryShape& c : world.geometry->countries()) {
            if (c.name == QLatin1String("Russia")) {
                const QRectF b = world.geometry->projected(c, MapProjection::Equirectangular).bounds;
                QVERIFY(b.width() > 6.0); // spans both edges after the split...
                QVERIFY(!c.projected[0].fine.contains(projectLonLat(MapProjection::Equirectangular, 0, 66)));
            }
        }
    }

    void malformedGeoJsonIsAClearError_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("expected");
        QTest::addRow("truncated") << QByteArray("{\"type\":\"FeatureCollection\",\"feat")
                                   << "not valid JSON";
        QTest::addRow("not a collection") << QByteArray("{\"type\":\"Feature\"}")
                                          << "not a GeoJSON FeatureCollection";
        QTest::addRow("bad coordinates")
            << QByteArray("{\"type\":\"FeatureCollection\",\"features\":[{\"type\":\"Feature\","
                          "\"id\":\"1\",\"properties\":{\"name\":\"X\"},\"geometry\":{\"type\":"
                          "\"Polygon\",\"coordinates\":[[[\"a\",1]]]}}]}")
            << "feature 0 (X) has no valid";
        QTest::addRow("empty") << QByteArray("{\"type\":\"FeatureCollection\",\"features\":[]}")
                               << "no features";
    }
    void malformedGeoJsonIsAClearError()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, expected);
        const auto result = WorldGeometry::parseGeoJson(json, QStringLiteral("bad.geojson"));
        QVERIFY(!result.geometry);
        QVERIFY2(result.error.startsWith(QLatin1String("bad.geojson")), qPrintable(result.error));
        QVERIFY2(result.error.contains(expected), qPrintable(result.error));
    }

    void hitTestFindsMarkersBeforeCountries()
    {
        MapModel model;
        model.setWorld(WorldGeometry::parseGeoJson(tinyWorld(), QStringLiteral("tiny")).geometry);
        model.setZones(tinyZones());
        MapViewport viewport(MapProjection::Equirectangular);
        viewport.setSize({800, 450});
        const auto onMarker = hitTestMap(model, viewport,
                                         viewport.toScreen(projectLonLat(viewport.projection(), -90, 40)) + QPointF(3, 2));
        QVERIFY(onMarker);
        QCOMPARE(onMarker->zoneKey, QStringLiteral("US-NY-NYIS"));
        QVERIFY(onMarker->onMarker);
        const auto inUsa = hitTestMap(model, viewport, viewport.toScreen(projectLonLat(viewport.projection(), -110, 30)));
        QVERIFY(inUsa);
        QVERIFY(inUsa->zoneKey.isEmpty());
        QCOMPARE(inUsa->countryIsoNumeric, 840);
        const auto inGermany = hitTestMap(model, viewport, viewport.toScreen(projectLonLat(viewport.projection(), 5, 45)));
        QVERIFY(inGermany);
        QCOMPARE(inGermany->zoneKey, QStringLiteral("DE"));
        QVERIFY(!hitTestMap(model, viewport, viewport.toScreen(projectLonLat(viewport.projection(), -135, -20))));
    }

    void robinsonMatchesItsTable()
    {
        QCOMPARE(projectLonLat(MapProjection::Robinson, 0, 0), QPointF(0, 0));
        QVERIFY(qFuzzyCompare(projectLonLat(MapProjection::Robinson, 180, 0).x(), 0.8487 * M_PI));
        QVERIFY(qFuzzyCompare(projectLonLat(MapProjection::Robinson, 0, 90).y(), 1.3523));
        QVERIFY(qFuzzyCompare(projectLonLat(MapProjection::Robinson, 0, -45).y(), -1.3523 * 0.5571));
        // Halfway between the 40° and 45° rows.
        QVERIFY(qFuzzyCompare(projectLonLat(MapProjection::Robinson, 180, 42.5).x(),
                              0.8487 * M_PI * (0.9216 + 0.8962) / 2));
    }

    void viewportZoomKeepsThePointUnderTheCursor()
    {
        MapViewport v(MapProjection::Robinson);
        v.setSize({1000, 500});
        const QPointF cursor(700, 180);
        const QPointF before = v.toMap(cursor);
        v.zoomAt(cursor, 3.0);
        const QPointF after = v.toMap(cursor);
        QVERIFY(std::abs(before.x() - after.x()) < 1e-9 && std::abs(before.y() - after.y()) < 1e-9);
        QCOMPARE(v.zoom(), 3.0);
        v.zoomAt(cursor, 1000.0);
        QCOMPARE(v.zoom(), MapViewport::kMaxZoom);
        v.reset();
        QCOMPARE(v.zoom(), 1.0);
        const QPointF screen(123, 321);
        QVERIFY((v.toScreen(v.toMap(screen)) - screen).manhattanLength() < 1e-9);
    }

    void layersPaintInZOrder()
    {
        MapModel model;
        MapPainter painter(model);
        const std::vector<QString> expected = {"background", "countries", "zone-markers", "legend"};
        QCOMPARE(painter.layerIds(), expected);
        painter.removeLayer(QStringLiteral("legend"));
        QCOMPARE(painter.layerIds().size(), std::size_t(3));
    }

    void tooltipSaysValueTimeAndThatItIsReplayed()
    {
        const Zone zone{"US-SE-SOCO", "Southern Company Services, Inc. <Trans>", "United States", 840, {}, {}};
        ZoneReading reading;
        reading.zoneKey = zone.key;
        reading.available = true;
        reading.origin = ReadingOrigin::Replayed;
        reading.sample.time = *parseIsoUtc("2022-06-01T12:00:00Z");
        reading.sample.lifecycleGPerKwh = 461.4;
        reading.sample.estimated = true;
        const QString text = MapTooltip::forZone(zone, &reading);
        QVERIFY2(text.contains("&lt;Trans&gt;"), qPrintable(text)); // names are escaped
        QVERIFY2(text.contains("461 gCO₂eq/kWh"), qPrintable(text));
        QVERIFY2(text.contains("2022-06-01 12:00 UTC"), qPrintable(text));
        QVERIFY2(text.contains("replayed"), qPrintable(text));
        QVERIFY2(text.contains("estimated"), qPrintable(text));
        reading.available = false;
        QVERIFY(MapTooltip::forZone(zone, &reading).contains("No data"));
        QVERIFY(MapTooltip::forCountryWithoutZone("Brazil", true).contains("markers"));
    }

    void selectionIsForwardedOnce()
    {
        MapModel model;
        QSignalSpy spy(&model, &MapModel::selectedZoneChanged);
        model.setSelectedZone(QStringLiteral("DE"));
        model.setSelectedZone(QStringLiteral("DE"));
        QCOMPARE(spy.count(), 1);
    }
};

QTEST_MAIN(MapTest)
#include "map_test.moc"
