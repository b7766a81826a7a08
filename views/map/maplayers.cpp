#include "maplayers.h"

#include "intensitycolorscale.h"

#include <QDateTime>
#include <QFontMetrics>
#include <QLocale>
#include <QPainterPath>
#include <QTimeZone>

#include <algorithm>
#include <cmath>

namespace greenlight {
namespace {

QColor fillFor(const MapModel& model, int countryIsoNumeric)
{
    if (const Zone* zone = model.nationalZone(countryIsoNumeric)) {
        const ZoneReading* reading = model.reading(zone->key);
        if (reading && reading->available)
            return IntensityColorScale::colorFor(reading->sample.lifecycleGPerKwh);
        return IntensityColorScale::noDataColor();
    }
    if (model.hasSubnationalZones(countryIsoNumeric))
        return IntensityColorScale::subnationalOnlyColor();
    return IntensityColorScale::noDataColor();
}

QPen cosmeticPen(const QColor& color, double widthPx)
{
    QPen pen(color, widthPx);
    pen.setCosmetic(true);
    pen.setJoinStyle(Qt::RoundJoin);
    return pen;
}

} // namespace

void BackgroundLayer::paint(const MapPaintContext& context) const
{
    QPainter& p = context.painter;
    p.save();
    p.setTransform(context.viewport.mapToScreen());
    const MapProjection projection = context.viewport.projection();
    p.setPen(Qt::NoPen);
    p.setBrush(IntensityColorScale::oceanColor());
    p.drawPath(worldOutline(projection));

    // Graticule every 30°.
    QPainterPath graticule;
    for (int lon = -180; lon <= 180; lon += 30) {
        graticule.moveTo(projectLonLat(projection, lon, -90));
        for (int lat = -85; lat <= 90; lat += 5)
            graticule.lineTo(projectLonLat(projection, lon, lat));
    }
    for (int lat = -60; lat <= 60; lat += 30) {
        graticule.moveTo(projectLonLat(projection, -180, lat));
        graticule.lineTo(projectLonLat(projection, 180, lat));
    }
    p.setBrush(Qt::NoBrush);
    p.setPen(cosmeticPen(QColor(255, 255, 255, 150), 0.8));
    p.drawPath(graticule);
    p.restore();
}

void CountryLayer::paint(const MapPaintContext& context) const
{
    const WorldGeometry* world = context.model.world();
    if (!world)
        return;
    QPainter& p = context.painter;
    p.save();
    p.setTransform(context.viewport.mapToScreen());
    const QRectF visible = context.viewport.visibleMapRect();
    const MapProjection projection = context.viewport.projection();
    const Zone* selected = context.model.zone(context.model.selectedZone());
    const ProjectedShape* selectedShape = nullptr;
    // Fills without antialiasing (the antialiased borders drawn over them hide the stair
    // steps): less than half the cost of antialiased fills.
    p.setRenderHint(QPainter::Antialiasing, false);
    p.setPen(Qt::NoPen);
    for (const CountryShape& country : world->countries()) {
        const ProjectedShape& shape = world->projected(country, projection);
        if (!shape.bounds.intersects(visible))
            continue;
        p.setBrush(fillFor(context.model, country.isoNumeric));
        p.drawPath(context.outline(shape));
        if (selected && !selected->isSubnational() && country.isoNumeric == selected->countryIsoNumeric)
            selectedShape = &shape;
    }
    p.setRenderHint(QPainter::Antialiasing, true);
    p.setBrush(Qt::NoBrush);
    p.setPen(cosmeticPen(IntensityColorScale::borderColor(), 0.6));
    for (const CountryShape& country : world->countries()) {
        const ProjectedShape& shape = world->projected(country, projection);
        if (shape.bounds.intersects(visible))
            p.drawPath(context.outline(shape));
    }
    if (selectedShape) {
        p.setBrush(Qt::NoBrush);
        p.setPen(cosmeticPen(QColor(0x10, 0x20, 0x30), 2.2));
        p.drawPath(context.outline(*selectedShape));
    }
    p.restore();
}

void ZoneMarkerLayer::paint(const MapPaintContext& context) const
{
    const ZoneCatalog* zones = context.model.zones();
    if (!zones)
        return;
    QPainter& p = context.painter;
    p.save();
    const QRectF screen(QPointF(0, 0), QSizeF(context.viewport.size()));
    const QString selected = context.model.selectedZone();
    QPointF selectedAt;
    bool selectedVisible = false;
    for (const Zone& zone : zones->zones()) {
        if (!zone.isSubnational())
            continue;
        const QPointF at = context.viewport.toScreen(projectLonLat(
            context.viewport.projection(), zone.location.longitudeDeg, zone.location.latitudeDeg));
        if (!screen.adjusted(-kRadiusPx, -kRadiusPx, kRadiusPx, kRadiusPx).contains(at))
            continue;
        const ZoneReading* reading = context.model.reading(zone.key);
        const bool available = reading && reading->available;
        p.setBrush(available ? IntensityColorScale::colorFor(reading->sample.lifecycleGPerKwh)
                             : IntensityColorScale::noDataColor());
        p.setPen(QPen(QColor(0x20, 0x20, 0x20), 1.0));
        p.drawEllipse(at, kRadiusPx, kRadiusPx);
        if (QString::fromStdString(zone.key) == selected) {
            selectedAt = at;
            selectedVisible = true;
        }
    }
    if (selectedVisible) {
        p.setBrush(Qt::NoBrush);
        p.setPen(QPen(QColor(0x10, 0x20, 0x30), 2.5));
        p.drawEllipse(selectedAt, kRadiusPx + 4, kRadiusPx + 4);
    }
    p.restore();
}

void LegendLayer::paint(const MapPaintContext& context) const
{
    QPainter& p = context.painter;
    p.save();
    p.resetTransform();
    const auto& buckets = IntensityColorScale::buckets();
    const QFontMetrics metrics(p.font());
    const int swatchW = 34;
    const int swatchH = 12;
    const int pad = 8;
    const int lineH = metrics.height();
    QString title = tr("Grid carbon intensity, gCO₂eq/kWh (lifecycle)");
    if (context.model.hasSnapshot()) {
        const QDateTime when = QDateTime::fromSecsSinceEpoch(
            context.model.snapshot().time.time_since_epoch().count(), Qt::UTC);
        title = tr("Grid carbon intensity at %1 UTC, gCO₂eq/kWh")
                    .arg(QLocale().toString(when, QStringLiteral("yyyy-MM-dd HH:mm")));
    }
    const int width = std::max(static_cast<int>(buckets.size()) * swatchW,
                               metrics.horizontalAdvance(title) + 4) + 2 * pad;
    const int height = pad + lineH + 4 + swatchH + 2 + lineH + 4 + lineH + pad;
    const QRect box(10, context.viewport.size().height() - height - 10, width, height);
    p.setPen(QPen(QColor(0, 0, 0, 60)));
    p.setBrush(QColor(255, 255, 255, 225));
    p.drawRoundedRect(box, 4, 4);
    p.setPen(QColor(0x20, 0x20, 0x20));
    int y = box.top() + pad;
    p.drawText(QRect(box.left() + pad, y, width - 2 * pad, lineH), Qt::AlignLeft | Qt::AlignVCenter,
               metrics.elidedText(title, Qt::ElideRight, width - 2 * pad));
    y += lineH + 4;
    for (int i = 0; i < buckets.size(); ++i) {
        const QRect swatch(box.left() + pad + i * swatchW, y, swatchW, swatchH);
        p.fillRect(swatch, buckets[i].color);
        const QString label = QString::number(buckets[i].fromGPerKwh);
        p.drawText(QRect(swatch.left(), y + swatchH + 2, swatchW, lineH), Qt::AlignLeft, label);
    }
    y += swatchH + 2 + lineH + 4;
    int x = box.left() + pad;
    auto key = [&](const QColor& color, const QString& text, bool marker) {
        p.setBrush(color);
        p.setPen(QPen(QColor(0x40, 0x40, 0x40), 1.0));
        if (marker)
            p.drawEllipse(QPointF(x + 6, y + lineH / 2.0), 5, 5);
        else
            p.drawRect(QRect(x, y + (lineH - swatchH) / 2, 12, swatchH));
        p.setPen(QColor(0x20, 0x20, 0x20));
        const int textW = metrics.horizontalAdvance(text);
        p.drawText(QRect(x + 16, y, textW + 2, lineH), Qt::AlignLeft | Qt::AlignVCenter, text);
        x += 16 + textW + 12;
    };
    key(IntensityColorScale::noDataColor(), tr("no data"), false);
    key(IntensityColorScale::subnationalOnlyColor(), tr("split into zones"), false);
    key(IntensityColorScale::colorFor(0), tr("sub-national zone"), true);
    p.restore();
}

} // namespace greenlight
