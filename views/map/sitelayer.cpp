#include "sitelayer.h"

#include "intensitycolorscale.h"
#include "projection.h"

#include <algorithm>
#include <cmath>

namespace greenlight {

double SiteLayer::halfSidePx(int gpus)
{
    return std::clamp(4.0 + 2.0 * std::sqrt(std::max(gpus, 0) / 32.0), 4.0, 14.0);
}

void SiteLayer::paint(const MapPaintContext& context) const
{
    if (m_sites.empty())
        return;
    QPainter& p = context.painter;
    p.save();
    QFont font = p.font();
    font.setPointSizeF(std::max(7.0, font.pointSizeF() - 1.0));
    font.setBold(true);
    p.setFont(font);
    const QRectF screen(QPointF(0, 0), QSizeF(context.viewport.size()));
    for (const SiteMarker& site : m_sites) {
        const QPointF at = context.viewport.toScreen(
            projectLonLat(context.viewport.projection(), site.longitudeDeg, site.latitudeDeg));
        const double half = halfSidePx(site.gpus);
        if (!screen.adjusted(-half, -half, half, half).contains(at))
            continue;
        const ZoneReading* reading = context.model.reading(site.zoneKey);
        const bool available = reading && reading->available;
        p.setBrush(available ? IntensityColorScale::colorFor(reading->sample.lifecycleGPerKwh * site.pue)
                             : IntensityColorScale::noDataColor());
        p.setPen(QPen(QColor(0x10, 0x10, 0x10), 1.5));
        p.drawRect(QRectF(at.x() - half, at.y() - half, 2 * half, 2 * half));
        // The id on a light halo so it reads on any colour.
        const QPointF text(at.x() + half + 3, at.y() + 4);
        p.setPen(QPen(QColor(255, 255, 255, 220), 3.0));
        QPainterPath path;
        path.addText(text, font, QString::fromStdString(site.id));
        p.setBrush(Qt::NoBrush);
        p.drawPath(path);
        p.fillPath(path, QColor(0x10, 0x10, 0x10));
    }
    p.restore();
}

} // namespace greenlight
