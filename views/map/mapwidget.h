// The interactive map: turns mouse, wheel and keys into viewport changes and zone selection,
// and asks MapPainter to paint. Holds no data of its own (the model does).
//
//   auto* map = new MapWidget(model, parent);
//   map->setProjection(MapProjection::Equirectangular);
#pragma once

#include "mappainter.h"
#include "mapviewport.h"

#include <QWidget>

namespace greenlight {

class MapModel;

class MapWidget : public QWidget {
    Q_OBJECT
public:
    explicit MapWidget(MapModel* model, QWidget* parent = nullptr);

    MapPainter& mapPainter() { return m_painter; }
    MapModel* model() const { return m_model; }
    const MapViewport& viewport() const { return m_viewport; }
    MapProjection projection() const { return m_viewport.projection(); }
    QSize sizeHint() const override { return {1000, 560}; }

public slots:
    void setProjection(greenlight::MapProjection projection);
    void zoomIn();
    void zoomOut();
    void resetView();

signals:
    // After each paint; `withData` once shapes and a snapshot were both there to paint.
    void painted(bool withData);

protected:
    bool event(QEvent* event) override;
    void paintEvent(QPaintEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    void mouseReleaseEvent(QMouseEvent* event) override;
    void mouseDoubleClickEvent(QMouseEvent* event) override;
    void wheelEvent(QWheelEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;

private:
    void showTooltip(const QPoint& position, const QPoint& globalPosition);

    MapModel* m_model;
    MapViewport m_viewport;
    MapPainter m_painter;
    QPointF m_pressPosition;
    QPointF m_lastDragPosition;
    bool m_dragging = false;
};

} // namespace greenlight
