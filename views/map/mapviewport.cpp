#include "mapviewport.h"

#include <QtMath>

#include <algorithm>

namespace greenlight {

MapViewport::MapViewport(MapProjection projection)
    : m_projection(projection == MapProjection::Invalid ? MapProjection::Robinson : projection)
{
    updateFitScale();
}

void MapViewport::setProjection(MapProjection projection)
{
    if (projection == MapProjection::Invalid || projection == m_projection)
        return;
    m_projection = projection;
    m_center = {};
    updateFitScale();
}

void MapViewport::setSize(QSize size)
{
    m_size = size.isEmpty() ? QSize(1, 1) : size;
    updateFitScale();
    clampCenter();
}

double MapViewport::pixelsPerDegree() const
{
    return scale() * M_PI / 180.0;
}

QTransform MapViewport::mapToScreen() const
{
    QTransform t;
    t.translate(m_size.width() / 2.0, m_size.height() / 2.0);
    t.scale(scale(), -scale()); // map y grows north, screen y grows down
    t.translate(-m_center.x(), -m_center.y());
    return t;
}

QPointF MapViewport::toScreen(QPointF mapPoint) const
{
    return mapToScreen().map(mapPoint);
}

QPointF MapViewport::toMap(QPointF screenPoint) const
{
    return mapToScreen().inverted().map(screenPoint);
}

QRectF MapViewport::visibleMapRect() const
{
    return mapToScreen().inverted().mapRect(QRectF(QPointF(0, 0), QSizeF(m_size)));
}

void MapViewport::reset()
{
    m_zoom = 1.0;
    m_center = {};
}

void MapViewport::panByPixels(QPointF delta)
{
    m_center -= QPointF(delta.x() / scale(), -delta.y() / scale());
    clampCenter();
}

void MapViewport::zoomAt(QPointF screenPoint, double factor)
{
    const QPointF anchor = toMap(screenPoint);
    m_zoom = std::clamp(m_zoom * factor, 1.0, kMaxZoom);
    // Keep the map point under the cursor where it was.
    const QPointF after = toMap(screenPoint);
    m_center += anchor - after;
    clampCenter();
}

void MapViewport::updateFitScale()
{
    const QRectF world = worldBounds(m_projection);
    const double margin = 0.96;
    m_fitScale = std::min(m_size.width() / world.width(), m_size.height() / world.height()) * margin;
}

void MapViewport::clampCenter()
{
    const QRectF world = worldBounds(m_projection);
    m_center.setX(std::clamp(m_center.x(), world.left(), world.right()));
    m_center.setY(std::clamp(m_center.y(), world.top(), world.bottom()));
}

} // namespace greenlight
