// Sites on the map: painted where they are, coloured by the zone's intensity × the site's PUE,
// sized by GPUs.
#include "map/intensitycolorscale.h"
#include "map/mappainter.h"
#include "map/projection.h"
#include "map/sitelayer.h"

#include <QImage>
#include <QTest>

using namespace greenlight;

class SiteLayerTest : public QObject {
    Q_OBJECT
private slots:
    void sizeGrowsWithGpusWithinBounds();
    void aSiteWithoutAReadingIsPaintedAsNoData();
};

void SiteLayerTest::sizeGrowsWithGpusWithinBounds()
{
    QCOMPARE(SiteLayer::halfSidePx(0), 4.0);
    QVERIFY(SiteLayer::halfSidePx(512) > SiteLayer::halfSidePx(64));
    QCOMPARE(SiteLayer::halfSidePx(1'000'000), 14.0);
}

void SiteLayerTest::aSiteWithoutAReadingIsPaintedAsNoData()
{
    MapModel model;
    MapPainter painter(model);
    auto layer = std::make_unique<SiteLayer>();
    SiteLayer* sites = layer.get();
    painter.addLayer(std::move(layer));
    painter.removeLayer(QStringLiteral("legend"));
    sites->setSites({{"fra1", "DE", 8.68, 50.11, 512, 1.2}});
    MapViewport viewport(MapProjection::Robinson);
    viewport.setSize({800, 400});
    QImage image(800, 400, QImage::Format_ARGB32);
    image.fill(Qt::white);
    QPainter p(&image);
    painter.paint(p, viewport);
    p.end();
    // No snapshot yet: the square at Frankfurt is in the no-data colour.
    const QPointF at = viewport.toScreen(projectLonLat(MapProjection::Robinson, 8.68, 50.11));
    QCOMPARE(QColor(image.pixel(at.toPoint())), IntensityColorScale::noDataColor());
}

QTEST_MAIN(SiteLayerTest)
#include "sitelayer_test.moc"
