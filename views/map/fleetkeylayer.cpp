#include "fleetkeylayer.h"

#include "intensitycolorscale.h"

#include <QPainterPath>

#include <vector>

namespace greenlight {

void FleetKeyLayer::paint(const MapPaintContext& context) const
{
    enum class Symbol { Site, Running, Pending, Live, Stale };
    std::vector<std::pair<Symbol, QString>> rows;
    if (m_entries.sites)
        rows.push_back({Symbol::Site, tr("site: size = GPUs, colour = intensity × PUE")});
    if (m_entries.migrations) {
        rows.push_back({Symbol::Running, tr("jobs running away from home")});
        rows.push_back({Symbol::Pending, tr("jobs waiting to start elsewhere")});
    }
    if (m_entries.freshness) {
        rows.push_back({Symbol::Live, tr("live provider value")});
        rows.push_back({Symbol::Stale, tr("stale provider value (age)")});
    }
    if (rows.empty())
        return;
    QPainter& p = context.painter;
    p.save();
    p.resetTransform();
    const QFontMetrics metrics(p.font());
    const int pad = 8;
    const int lineH = metrics.height() + 2;
    const int symbolW = 30;
    int textW = 0;
    for (const auto& [symbol, text] : rows)
        textW = std::max(textW, metrics.horizontalAdvance(text));
    const int width = pad + symbolW + 6 + textW + pad;
    const int height = pad + static_cast<int>(rows.size()) * lineH + pad - 2;
    const QRect box(context.viewport.size().width() - width - 10, context.viewport.size().height() - height - 10,
                    width, height);
    p.setPen(QPen(QColor(0, 0, 0, 60)));
    p.setBrush(QColor(255, 255, 255, 225));
    p.drawRoundedRect(box, 4, 4);
    int y = box.top() + pad;
    const QColor arrow(0x1f, 0x4e, 0x9a, 210);
    for (const auto& [symbol, text] : rows) {
        const QPointF mid(box.left() + pad + symbolW / 2.0, y + lineH / 2.0);
        switch (symbol) {
        case Symbol::Site:
            p.setPen(QPen(QColor(0x10, 0x10, 0x10), 1.5));
            p.setBrush(IntensityColorScale::colorFor(120));
            p.drawRect(QRectF(mid.x() - 6, mid.y() - 6, 12, 12));
            break;
        case Symbol::Running:
        case Symbol::Pending:
            p.setPen(QPen(arrow, 2.5, symbol == Symbol::Running ? Qt::SolidLine : Qt::DashLine, Qt::RoundCap));
            p.drawLine(QPointF(mid.x() - 13, mid.y()), QPointF(mid.x() + 8, mid.y()));
            p.setPen(Qt::NoPen);
            p.setBrush(arrow);
            p.drawPolygon(QPolygonF({QPointF(mid.x() + 14, mid.y()), QPointF(mid.x() + 6, mid.y() - 5),
                                     QPointF(mid.x() + 6, mid.y() + 5)}));
            break;
        case Symbol::Live:
            p.setPen(QPen(Qt::white, 1.5));
            p.setBrush(QColor(0x2e, 0x8b, 0x57));
            p.drawEllipse(mid, 4, 4);
            break;
        case Symbol::Stale:
            p.setPen(QPen(QColor(0x80, 0x50, 0x00), 1.0));
            p.setBrush(QColor(0xff, 0xc1, 0x07, 235));
            p.drawRoundedRect(QRectF(mid.x() - 12, mid.y() - 6, 24, 12), 3, 3);
            break;
        }
        p.setPen(QColor(0x20, 0x20, 0x20));
        p.drawText(QRect(box.left() + pad + symbolW + 6, y, textW + 2, lineH), Qt::AlignLeft | Qt::AlignVCenter, text);
        y += lineH;
    }
    p.restore();
}

} // namespace greenlight
