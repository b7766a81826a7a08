#include "mappainter.h"

#include "maplayers.h"

#include <algorithm>

namespace greenlight {

MapPainter::MapPainter(const MapModel& model) : m_model(model)
{
    addLayer(std::make_unique<BackgroundLayer>());
    addLayer(std::make_unique<CountryLayer>());
    addLayer(std::make_unique<ZoneMarkerLayer>());
    addLayer(std::make_unique<LegendLayer>());
}

void MapPainter::addLayer(std::unique_ptr<MapLayer> layer)
{
    m_layers.push_back(std::move(layer));
    std::stable_sort(m_layers.begin(), m_layers.end(),
                     [](const auto& a, const auto& b) { return a->zOrder() < b->zOrder(); });
}

void MapPainter::removeLayer(const QString& id)
{
    std::erase_if(m_layers, [&](const auto& layer) { return layer->id() == id; });
}

std::vector<QString> MapPainter::layerIds() const
{
    std::vector<QString> ids;
    for (const auto& layer : m_layers)
        ids.push_back(layer->id());
    return ids;
}

MapDetail MapPainter::detailFor(const MapViewport& viewport)
{
    const double ppd = viewport.pixelsPerDegree();
    if (ppd >= kFineDetailPixelsPerDegree)
        return MapDetail::Fine;
    return ppd >= kMediumDetailPixelsPerDegree ? MapDetail::Medium : MapDetail::Coarse;
}

void MapPainter::paint(QPainter& painter, const MapViewport& viewport) const
{
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing, true);
    painter.fillRect(QRect(QPoint(0, 0), viewport.size()), QColor(0xf4, 0xf6, 0xf8));
    const MapPaintContext context{painter, viewport, m_model, detailFor(viewport)};
    for (const auto& layer : m_layers)
        layer->paint(context);
    painter.restore();
}

} // namespace greenlight
