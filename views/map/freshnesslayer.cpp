#include "freshnesslayer.h"

#include "projection.h"

namespace greenlight {

void FreshnessLayer::paint(const MapPaintContext& context) const
{
    if (m_badges.empty())
        return;
    QPainter& p = context.painter;
    p.save();
    QFont font = p.font();
    font.setPointSizeF(std::max(7.0, font.pointSizeF() - 1.5));
    font.setBold(true);
    p.setFont(font);
    const QFontMetrics metrics(font);
    for (const FreshnessBadge& b : m_badges) {
        const QPointF at = context.viewport.toScreen(
            projectLonLat(context.viewport.projection(), b.longitudeDeg, b.latitudeDeg));
        const QPointF corner = at + QPointF(5, -12);
        if (!b.stale) {
            p.setPen(QPen(Qt::white, 1.5));
            p.setBrush(QColor(0x2e, 0x8b, 0x57));
            p.drawEllipse(corner + QPointF(3, 3), 4, 4);
            continue;
        }
        const QString text = QStringLiteral("⏱ %1").arg(b.ageText);
        const QRectF box(corner, QSizeF(metrics.horizontalAdvance(text) + 8, metrics.height() + 2));
        p.setPen(QPen(QColor(0x80, 0x50, 0x00), 1.0));
        p.setBrush(QColor(0xff, 0xc1, 0x07, 235));
        p.drawRoundedRect(box, 3, 3);
        p.setPen(QColor(0x20, 0x20, 0x20));
        p.drawText(box, Qt::AlignCenter, text);
    }
    p.restore();
}

} // namespace greenlight
