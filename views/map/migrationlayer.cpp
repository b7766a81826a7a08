#include "migrationlayer.h"

#include "projection.h"

#include <QPainterPath>

#include <algorithm>
#include <cmath>

namespace greenlight {

double MigrationLayer::widthPx(int gpus)
{
    return std::clamp(1.5 + std::sqrt(std::max(gpus, 0) / 4.0), 1.5, 7.0);
}

void MigrationLayer::paint(const MapPaintContext& context) const
{
    if (m_arrows.empty())
        return;
    QPainter& p = context.painter;
    p.save();
    const QColor color(0x1f, 0x4e, 0x9a, 210);
    for (const MigrationArrow& a : m_arrows) {
        const QPointF from = context.viewport.toScreen(
            projectLonLat(context.viewport.projection(), a.fromLongitudeDeg, a.fromLatitudeDeg));
        const QPointF to = context.viewport.toScreen(
            projectLonLat(context.viewport.projection(), a.toLongitudeDeg, a.toLatitudeDeg));
        const QPointF d = to - from;
        const double length = std::hypot(d.x(), d.y());
        if (length < 4.0)
            continue;
        // A gentle bow to the left of the direction of travel, so A→B and B→A do not overlap.
        const QPointF normal(-d.y() / length, d.x() / length);
        const QPointF control = (from + to) / 2.0 + normal * std::min(60.0, length * 0.2);
        QPainterPath path(from);
        path.quadTo(control, to);
        const double width = widthPx(a.gpus);
        QPen pen(color, width, a.running ? Qt::SolidLine : Qt::DashLine, Qt::RoundCap);
        p.setPen(pen);
        p.setBrush(Qt::NoBrush);
        p.drawPath(path);
        // The head points along the curve's last tangent (control → to).
        const QPointF t = to - control;
        const double tl = std::max(1e-6, std::hypot(t.x(), t.y()));
        const QPointF u = t / tl;
        const QPointF side(-u.y(), u.x());
        const double head = 6.0 + 1.5 * width;
        QPolygonF arrowHead;
        arrowHead << to << to - u * head + side * head * 0.5 << to - u * head - side * head * 0.5;
        p.setPen(Qt::NoPen);
        p.setBrush(color);
        p.drawPolygon(arrowHead);
    }
    p.restore();
}

} // namespace greenlight
