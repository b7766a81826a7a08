#include "maphittest.h"

#include "maplayers.h"

namespace greenlight {

std::optional<MapHit> hitTestMap(const MapModel& model, const MapViewport& viewport,
                                 QPointF screenPoint)
{
    if (const ZoneCatalog* zones = model.zones()) {
        const double reach = ZoneMarkerLayer::kRadiusPx + 3.0;
        const Zone* nearest = nullptr;
        double nearestDistance = reach * reach;
        for (const Zone& zone : zones->zones()) {
            if (!zone.isSubnational())
                continue;
            const QPointF at = viewport.toScreen(projectLonLat(
                viewport.projection(), zone.location.longitudeDeg, zone.location.latitudeDeg));
            const QPointF d = at - screenPoint;
            const double distance = QPointF::dotProduct(d, d);
            if (distance <= nearestDistance) {
                nearestDistance = distance;
                nearest = &zone;
            }
        }
        if (nearest) {
            return MapHit{QString::fromStdString(nearest->key),
                          QString::fromStdString(nearest->countryName),
                          nearest->countryIsoNumeric, true};
        }
    }
    const WorldGeometry* world = model.world();
    if (!world)
        return std::nullopt;
    const QPointF mapPoint = viewport.toMap(screenPoint);
    for (const CountryShape& country : world->countries()) {
        const ProjectedShape& shape = world->projected(country, viewport.projection());
        if (!shape.bounds.contains(mapPoint) || !shape.fine.contains(mapPoint))
            continue;
        const Zone* zone = model.nationalZone(country.isoNumeric);
        return MapHit{zone ? QString::fromStdString(zone->key) : QString(), country.name,
                      country.isoNumeric, false};
    }
    return std::nullopt;
}

} // namespace greenlight
