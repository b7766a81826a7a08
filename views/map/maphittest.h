// What lies under a point on the screen: a sub-national zone marker first (they sit on top),
// then the country and its national zone.
//
//   if (auto hit = hitTestMap(model, viewport, event->position())) select(hit->zoneKey);
#pragma once

#include "mapmodel.h"
#include "mapviewport.h"

#include <QPointF>
#include <QString>

#include <optional>

namespace greenlight {

struct MapHit {
    QString zoneKey;     // empty when the country has no national zone
    QString countryName; // from the geometry
    int countryIsoNumeric = 0;
    bool onMarker = false;
};

std::optional<MapHit> hitTestMap(const MapModel& model, const MapViewport& viewport,
                                 QPointF screenPoint);

} // namespace greenlight
