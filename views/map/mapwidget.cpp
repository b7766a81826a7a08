#include "mapwidget.h"

#include "maphittest.h"
#include "mapmodel.h"
#include "maptooltip.h"

#include <QHelpEvent>
#include <QKeyEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QToolTip>
#include <QWheelEvent>

#include <cmath>

namespace greenlight {
namespace {

constexpr double kZoomStep = 1.25;
constexpr double kClickSlopPx = 4.0;

} // namespace

MapWidget::MapWidget(MapModel* model, QWidget* parent)
    : QWidget(parent), m_model(model), m_painter(*model)
{
    setObjectName(QStringLiteral("mapWidget"));
    setFocusPolicy(Qt::StrongFocus);
    setMouseTracking(false);
    setMinimumSize(320, 200);
    setAttribute(Qt::WA_OpaquePaintEvent);
    const auto repaint = [this] { update(); };
    connect(m_model, &MapModel::worldChanged, this, repaint);
    connect(m_model, &MapModel::zonesChanged, this, repaint);
    connect(m_model, &MapModel::snapshotChanged, this, repaint);
    connect(m_model, &MapModel::selectedZoneChanged, this, repaint);
}

void MapWidget::setProjection(MapProjection projection)
{
    m_viewport.setProjection(projection);
    update();
}

void MapWidget::zoomIn()
{
    m_viewport.zoomAt(rect().center(), kZoomStep);
    update();
}

void MapWidget::zoomOut()
{
    m_viewport.zoomAt(rect().center(), 1.0 / kZoomStep);
    update();
}

void MapWidget::resetView()
{
    m_viewport.reset();
    update();
}

bool MapWidget::event(QEvent* event)
{
    if (event->type() == QEvent::ToolTip) {
        const auto* help = static_cast<QHelpEvent*>(event);
        showTooltip(help->pos(), help->globalPos());
        return true;
    }
    return QWidget::event(event);
}

void MapWidget::showTooltip(const QPoint& position, const QPoint& globalPosition)
{
    const auto hit = hitTestMap(*m_model, m_viewport, position);
    if (!hit) {
        QToolTip::hideText();
        return;
    }
    QString text;
    if (const Zone* zone = m_model->zone(hit->zoneKey))
        text = MapTooltip::forZone(*zone, m_model->reading(zone->key));
    else
        text = MapTooltip::forCountryWithoutZone(
            hit->countryName, m_model->hasSubnationalZones(hit->countryIsoNumeric));
    QToolTip::showText(globalPosition, text, this);
}

void MapWidget::paintEvent(QPaintEvent*)
{
    QPainter painter(this);
    m_painter.paint(painter, m_viewport);
    emit painted(m_model->world() != nullptr && m_model->hasSnapshot());
}

void MapWidget::resizeEvent(QResizeEvent* event)
{
    QWidget::resizeEvent(event);
    m_viewport.setSize(size());
}

void MapWidget::mousePressEvent(QMouseEvent* event)
{
    if (event->button() != Qt::LeftButton)
        return QWidget::mousePressEvent(event);
    m_pressPosition = m_lastDragPosition = event->position();
    m_dragging = true;
}

void MapWidget::mouseMoveEvent(QMouseEvent* event)
{
    if (!m_dragging)
        return QWidget::mouseMoveEvent(event);
    m_viewport.panByPixels(event->position() - m_lastDragPosition);
    m_lastDragPosition = event->position();
    setCursor(Qt::ClosedHandCursor);
    update();
}

void MapWidget::mouseReleaseEvent(QMouseEvent* event)
{
    if (event->button() != Qt::LeftButton || !m_dragging)
        return QWidget::mouseReleaseEvent(event);
    m_dragging = false;
    unsetCursor();
    const QPointF moved = event->position() - m_pressPosition;
    if (QPointF::dotProduct(moved, moved) > kClickSlopPx * kClickSlopPx)
        return;
    // A click, not a drag: select what is under the pointer.
    if (const auto hit = hitTestMap(*m_model, m_viewport, event->position());
        hit && !hit->zoneKey.isEmpty())
        m_model->setSelectedZone(hit->zoneKey);
}

void MapWidget::mouseDoubleClickEvent(QMouseEvent* event)
{
    m_viewport.zoomAt(event->position(), 2.0);
    update();
}

void MapWidget::wheelEvent(QWheelEvent* event)
{
    const double steps = event->angleDelta().y() / 120.0;
    if (steps == 0.0)
        return;
    m_viewport.zoomAt(event->position(), std::pow(kZoomStep, steps));
    update();
}

void MapWidget::keyPressEvent(QKeyEvent* event)
{
    const double panPx = 60.0;
    switch (event->key()) {
    case Qt::Key_Plus:
    case Qt::Key_Equal: zoomIn(); break;
    case Qt::Key_Minus: zoomOut(); break;
    case Qt::Key_0: resetView(); break;
    case Qt::Key_Left: m_viewport.panByPixels({panPx, 0}); update(); break;
    case Qt::Key_Right: m_viewport.panByPixels({-panPx, 0}); update(); break;
    case Qt::Key_Up: m_viewport.panByPixels({0, panPx}); update(); break;
    case Qt::Key_Down: m_viewport.panByPixels({0, -panPx}); update(); break;
    default: QWidget::keyPressEvent(event);
    }
}

} // namespace greenlight
