// Which part of the projected world is on screen: projection, centre (map units) and scale
// (pixels per map unit). Pan and zoom are affine in map units, so projected paths are cached once
// and only the transform changes.
//
//   MapViewport v(MapProjection::Robinson);
//   v.setSize({1600, 900}); v.zoomAt({800, 450}, 2.0);
//   painter.setTransform(v.mapToScreen());
#pragma once

#include "projection.h"

#include <QPointF>
#include <QRectF>
#include <QSize>
#include <QTransform>

namespace greenlight {

class MapViewport {
public:
    explicit MapViewport(MapProjection projection = MapProjection::Robinson);

    MapProjection projection() const { return m_projection; }
    void setProjection(MapProjection projection); // keeps the zoom factor, recentres

    QSize size() const { return m_size; }
    void setSize(QSize size);

    double scale() const { return m_fitScale * m_zoom; }
    double zoom() const { return m_zoom; }
    QPointF center() const { return m_center; }
    double pixelsPerDegree() const;

    QTransform mapToScreen() const;
    QPointF toScreen(QPointF mapPoint) const;
    QPointF toMap(QPointF screenPoint) const;
    QRectF visibleMapRect() const;

    void reset();
    void panByPixels(QPointF delta);
    void zoomAt(QPointF screenPoint, double factor);

    static constexpr double kMaxZoom = 64.0;

private:
    void updateFitScale();
    void clampCenter();

    MapProjection m_projection;
    QSize m_size{800, 450};
    QPointF m_center;
    double m_fitScale = 1.0;
    double m_zoom = 1.0;
};

} // namespace greenlight
