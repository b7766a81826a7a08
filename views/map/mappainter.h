// Paints the map onto any QPaintDevice — a widget, a QImage in a test or a benchmark, a PDF —
// by running its layers in z-order. Owns no input and no data.
//
//   MapPainter painter(model);                  // default layers
//   QImage image(1600, 900, QImage::Format_ARGB32_Premultiplied);
//   QPainter p(&image); painter.paint(p, viewport);
#pragma once

#include "maplayer.h"

#include <memory>
#include <vector>

namespace greenlight {

class MapPainter {
public:
    // With the built-in layers (background, countries, zone markers, legend).
    explicit MapPainter(const MapModel& model);

    void addLayer(std::unique_ptr<MapLayer> layer);
    void removeLayer(const QString& id);
    std::vector<QString> layerIds() const; // in paint order

    void paint(QPainter& painter, const MapViewport& viewport) const;

    // Coastline detail by pixels per degree of longitude: coarse below the first, medium up to
    // the second, full resolution above.
    static constexpr double kMediumDetailPixelsPerDegree = 14.0;
    static constexpr double kFineDetailPixelsPerDegree = 40.0;
    static MapDetail detailFor(const MapViewport& viewport);

private:
    const MapModel& m_model;
    std::vector<std::unique_ptr<MapLayer>> m_layers; // sorted by z-order
};

} // namespace greenlight
