// One layer of the map (sea and graticule, countries, zone markers, legend …), painted in
// z-order by MapPainter. Later layers — sites, migration arrows, stale badges — plug in here.
//
//   class SiteLayer : public MapLayer { int zOrder() const override { return 30; } ... };
//   painter.addLayer(std::make_unique<SiteLayer>());
#pragma once

#include "mapmodel.h"
#include "mapviewport.h"

#include <QPainter>
#include <QString>

namespace greenlight {

enum class MapDetail { Invalid, Coarse, Medium, Fine };

struct MapPaintContext {
    QPainter& painter;
    const MapViewport& viewport;
    const MapModel& model;
    MapDetail detail; // which simplification of the coastlines to draw

    const QPainterPath& outline(const ProjectedShape& shape) const
    {
        return detail == MapDetail::Fine ? shape.fine : detail == MapDetail::Medium ? shape.medium : shape.coarse;
    }
};

class MapLayer {
public:
    virtual ~MapLayer() = default;
    virtual QString id() const = 0;
    virtual int zOrder() const = 0;
    // Called with the painter in screen coordinates; layers set and restore their own state.
    virtual void paint(const MapPaintContext& context) const = 0;
};

} // namespace greenlight
