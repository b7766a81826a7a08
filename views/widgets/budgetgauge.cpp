#include "widgets/budgetgauge.h"

#include <QPainter>
#include <QPainterPath>

#include <algorithm>

namespace greenlight {

BudgetGauge::BudgetGauge(QWidget* parent) : QWidget(parent)
{
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
}

QColor BudgetGauge::stateColor(BudgetState state)
{
    switch (state) {
    case BudgetState::Normal: return {0x2e, 0x8b, 0x57};
    case BudgetState::Tightening: return {0xd4, 0xa0, 0x17};
    case BudgetState::Restricted: return {0xe0, 0x6c, 0x1a};
    case BudgetState::Critical: return {0xc6, 0x28, 0x28};
    case BudgetState::Invalid: break;
    }
    return {0x60, 0x7d, 0x8b};
}

QString BudgetGauge::stateText(BudgetState state)
{
    switch (state) {
    case BudgetState::Normal: return tr("NORMAL");
    case BudgetState::Tightening: return tr("TIGHTENING");
    case BudgetState::Restricted: return tr("RESTRICTED");
    case BudgetState::Critical: return tr("CRITICAL");
    case BudgetState::Invalid: break;
    }
    return tr("no cap");
}

void BudgetGauge::setReading(const GaugeReading& reading)
{
    m_reading = reading;
    setToolTip(reading.capKg
                   ? tr("%1: %2 of %3 kg CO₂e used, and %4 kg more planned before the period ends "
                        "(the state counts both, as the policies do); emitted at %5× the pace of an even spread over the period")
                         .arg(reading.title)
                         .arg(reading.usedKg, 0, 'f', 1)
                         .arg(*reading.capKg, 0, 'f', 0)
                         .arg(reading.heldKg, 0, 'f', 1)
                         .arg(reading.paceRatio, 0, 'f', 2)
                   : tr("%1: %2 kg CO₂e; the fleet sets no cap for this period")
                         .arg(reading.title)
                         .arg(reading.usedKg, 0, 'f', 1));
    update();
}

void BudgetGauge::paintEvent(QPaintEvent*)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const QPalette pal = palette();
    const QFontMetrics fm(font());
    const int titleHeight = fm.height() + 2;
    const int side = std::max(40, std::min(width() - 16, 2 * (height() - titleHeight - fm.height() - 8)));
    const QRectF arcRect((width() - side) / 2.0, titleHeight + 6, side, side);
    const double pen = std::max(8.0, side / 11.0);
    const QRectF inner = arcRect.adjusted(pen / 2, pen / 2, -pen / 2, -pen / 2);

    p.setPen(pal.color(QPalette::WindowText));
    QFont bold = font();
    bold.setBold(true);
    p.setFont(bold);
    p.drawText(QRectF(0, 0, width(), titleHeight), Qt::AlignCenter, m_reading.title);

    // A half circle from the left (0 %) to the right (100 %).
    QColor track = pal.color(QPalette::Mid);
    track.setAlpha(90);
    p.setPen(QPen(track, pen, Qt::SolidLine, Qt::FlatCap));
    p.drawArc(inner, 180 * 16, -180 * 16);
    const QColor color = stateColor(m_reading.state);
    if (m_reading.capKg && *m_reading.capKg > 0) {
        const double used = std::clamp(m_reading.usedKg / *m_reading.capKg, 0.0, 1.0);
        const double committed = std::clamp((m_reading.usedKg + m_reading.heldKg) / *m_reading.capKg, used, 1.0);
        QColor held = color; // what the plan still holds: the same colour, lighter
        held.setAlpha(110);
        p.setPen(QPen(held, pen, Qt::SolidLine, Qt::FlatCap));
        p.drawArc(inner, 180 * 16, -static_cast<int>(180 * 16 * committed));
        p.setPen(QPen(color, pen, Qt::SolidLine, Qt::FlatCap));
        p.drawArc(inner, 180 * 16, -static_cast<int>(180 * 16 * used));
    }

    p.setFont(font());
    p.setPen(pal.color(QPalette::WindowText));
    const QRectF centre(arcRect.left(), arcRect.top() + side * 0.22, side, side * 0.28);
    const QString amount = m_reading.pending ? tr("…")
        : m_reading.capKg
        ? tr("%1 / %2 kg").arg(m_reading.usedKg, 0, 'f', m_reading.usedKg < 100 ? 1 : 0).arg(*m_reading.capKg, 0, 'f', 0)
        : tr("%1 kg").arg(m_reading.usedKg, 0, 'f', 1);
    p.drawText(centre, Qt::AlignHCenter | Qt::AlignBottom, amount);
    const QRectF below(0, arcRect.top() + side / 2.0 + 2, width(), fm.height() + 2);
    p.setPen(color);
    p.setFont(bold);
    const QString state = m_reading.pending ? tr("planning…")
        : m_reading.capKg
        ? tr("%1 · pace %2×").arg(stateText(m_reading.state)).arg(m_reading.paceRatio, 0, 'f', 2)
        : stateText(BudgetState::Invalid);
    p.drawText(below, Qt::AlignHCenter | Qt::AlignTop, state);
}

} // namespace greenlight
