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
    // Bigger sites first; a label that would overlap one already drawn is left out (zooming in
    // separates them), so clustered sites stay readable.
    std::vector<const SiteMarker*> order;
    for (const SiteMarker& site : m_sites)
        order.push_back(&site);
    std::stable_sort(order.begin(), order.end(), [](const SiteMarker* a, const SiteMarker* b) { return a->gpus > b->gpus; });
    const QFontMetricsF metrics(font);
    // Squares first, then the labels over them, each label only where it overlaps no other label
    // and no other site's square.
    struct Placed {
        const SiteMarker* site;
        QPointF at;
        double half;
    };
    std::vector<Placed> placed;
    for (const SiteMarker* marker : order) {
        const SiteMarker& site = *marker;
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
        placed.push_back({marker, at, half});
    }
    std::vector<QRectF> taken;
    for (const Placed& q : placed)
        taken.push_back(QRectF(q.at.x() - q.half, q.at.y() - q.half, 2 * q.half, 2 * q.half));
    for (std::size_t i = 0; i < placed.size(); ++i) {
        const Placed& q = placed[i];
        const QPointF text(q.at.x() + q.half + 3, q.at.y() + 4);
        const QString id = QString::fromStdString(q.site->id);
        const QRectF label(text.x() - 1, text.y() - metrics.ascent() - 1, metrics.horizontalAdvance(id) + 2,
                           metrics.height() + 2);
        bool free = true;
        for (std::size_t j = 0; j < taken.size() && free; ++j)
            free = j == i || !taken[j].intersects(label);
        if (!free)
            continue;
        taken.push_back(label);
        // The id on a light halo so it reads on any colour.
        p.setPen(QPen(QColor(255, 255, 255, 220), 3.0));
        QPainterPath path;
        path.addText(text, font, id);
        p.setBrush(Qt::NoBrush);
        p.drawPath(path);
        p.fillPath(path, QColor(0x10, 0x10, 0x10));
    }
    p.restore();
}

} // namespace greenlight
