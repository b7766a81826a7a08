// The fleet's other map layers, painted offscreen: migration arrows (solid running, dashed
// pending, ending in a head at the target), stale badges beside a zone, and a key that lists only
// what is on the map.
#include "map/fleetkeylayer.h"
#include "map/freshnesslayer.h"
#include "map/mappainter.h"
#include "map/migrationlayer.h"
#include "map/projection.h"

#include <QImage>
#include <QTest>

using namespace greenlight;

class FleetLayersTest : public QObject {
    Q_OBJECT
private slots:
    void anArrowRunsFromSourceToTargetWithAHead();
    void widthGrowsWithGpusWithinBounds();
    void aStaleBadgeIsAmberAndALiveOneGreen();
    void theKeyListsOnlyWhatIsShown();
};

namespace {

struct Canvas {
    MapModel model;
    MapPainter painter{model};
    MapViewport viewport{MapProjection::Equirectangular};
    QImage image{800, 400, QImage::Format_ARGB32};

    Canvas()
    {
        painter.removeLayer(QStringLiteral("legend"));
        viewport.setSize({800, 400});
    }
    void paint()
    {
        image.fill(Qt::white);
        QPainter p(&image);
        painter.paint(p, viewport);
    }
    QPoint at(double lon, double lat) const
    {
        return viewport.toScreen(projectLonLat(MapProjection::Equirectangular, lon, lat)).toPoint();
    }
    // Pixels in a small square around a point that are neither white nor the sea or land.
    int bluePixelsNear(QPoint c, int r) const
    {
        int n = 0;
        for (int y = c.y() - r; y <= c.y() + r; ++y)
            for (int x = c.x() - r; x <= c.x() + r; ++x) {
                const QColor px(image.pixel(x, y));
                n += px.blue() > 120 && px.red() < 100 ? 1 : 0;
            }
        return n;
    }
};

} // namespace

void FleetLayersTest::anArrowRunsFromSourceToTargetWithAHead()
{
    Canvas canvas;
    auto layer = std::make_unique<MigrationLayer>();
    MigrationLayer* arrows = layer.get();
    canvas.painter.addLayer(std::move(layer));
    arrows->setArrows({{"sjc1", "mtl1", -122.0, 37.4, -73.6, 45.5, true, 3, 24}});
    canvas.paint();
    // The head sits at the target; nothing is drawn far from the arrow.
    QVERIFY(canvas.bluePixelsNear(canvas.at(-73.6, 45.5), 4) > 5);
    QCOMPARE(canvas.bluePixelsNear(canvas.at(100.0, -30.0), 10), 0);
    // Cleared arrows leave nothing behind.
    arrows->setArrows({});
    canvas.paint();
    QCOMPARE(canvas.bluePixelsNear(canvas.at(-73.6, 45.5), 4), 0);
}

void FleetLayersTest::widthGrowsWithGpusWithinBounds()
{
    QCOMPARE(MigrationLayer::widthPx(0), 1.5);
    QVERIFY(MigrationLayer::widthPx(64) > MigrationLayer::widthPx(4));
    QCOMPARE(MigrationLayer::widthPx(1'000'000), 7.0);
}

void FleetLayersTest::aStaleBadgeIsAmberAndALiveOneGreen()
{
    Canvas canvas;
    auto layer = std::make_unique<FreshnessLayer>();
    FreshnessLayer* freshness = layer.get();
    canvas.painter.addLayer(std::move(layer));
    freshness->setBadges({{"GB", -0.13, 51.5, true, QStringLiteral("3 h"), QStringLiteral("uk-carbon")},
                          {"AU-NSW", 151.2, -33.9, false, QStringLiteral("5 min"), QStringLiteral("electricitymaps")}});
    canvas.paint();
    auto count = [&](QPoint c, auto predicate) {
        int n = 0;
        for (int y = c.y() - 16; y <= c.y() + 4; ++y)
            for (int x = c.x(); x <= c.x() + 40; ++x)
                n += predicate(QColor(canvas.image.pixel(x, y))) ? 1 : 0;
        return n;
    };
    const auto amber = [](const QColor& c) { return c.red() > 230 && c.green() > 160 && c.green() < 210 && c.blue() < 60; };
    const auto green = [](const QColor& c) { return c.green() > 120 && c.red() < 80 && c.blue() < 110; };
    QVERIFY(count(canvas.at(-0.13, 51.5), amber) > 20);
    QCOMPARE(count(canvas.at(151.2, -33.9), amber), 0);
    QVERIFY(count(canvas.at(151.2, -33.9), green) > 5);
}

void FleetLayersTest::theKeyListsOnlyWhatIsShown()
{
    Canvas canvas;
    auto layer = std::make_unique<FleetKeyLayer>();
    FleetKeyLayer* key = layer.get();
    canvas.painter.addLayer(std::move(layer));
    canvas.paint();
    const QImage blank = canvas.image.copy();
    key->setEntries({true, false, false});
    canvas.paint();
    const QImage one = canvas.image.copy();
    key->setEntries({true, true, true});
    canvas.paint();
    QVERIFY(one != blank);
    // More entries: a taller box, so more of the bottom-right corner is covered.
    auto covered = [&blank](const QImage& image) {
        int n = 0;
        for (int y = 0; y < image.height(); ++y)
            n += image.pixel(image.width() - 20, y) != blank.pixel(image.width() - 20, y) ? 1 : 0;
        return n;
    };
    QVERIFY(covered(canvas.image) > covered(one));
}

QTEST_MAIN(FleetLayersTest)
#include "fleetlayers_test.moc"
