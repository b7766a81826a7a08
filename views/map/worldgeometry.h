// Country shapes from a GeoJSON FeatureCollection (Natural Earth via world-atlas), already
// projected into both map projections at two levels of detail. Built once on a worker thread,
// then shared read-only.
//
//   auto world = WorldGeometry::loadGeoJson(dataDir + "/geo/countries-50m.geojson");
//   if (!world.geometry) showError(world.error);
#pragma once

#include "projection.h"

#include <QList>
#include <QPainterPath>
#include <QPolygonF>
#include <QRectF>
#include <QString>

#include <array>
#include <memory>

namespace greenlight {

struct ProjectedShape {
    QPainterPath fine;   // every vertex of the source
    QPainterPath medium; // simplified for continent-scale views
    QPainterPath coarse; // simplified for world-scale views
    QRectF bounds;
};

struct CountryShape {
    int isoNumeric = 0; // 0 for features without an id (e.g. N. Cyprus, Kosovo)
    QString name;
    QList<QPolygonF> ringsLonLat;
    std::array<ProjectedShape, 2> projected; // [Equirectangular, Robinson]
};

class WorldGeometry {
public:
    struct LoadResult {
        std::shared_ptr<const WorldGeometry> geometry;
        QString error;
    };

    static LoadResult loadGeoJson(const QString& path);
    static LoadResult parseGeoJson(const QByteArray& json, const QString& label);

    const QList<CountryShape>& countries() const { return m_countries; }
    const ProjectedShape& projected(const CountryShape& shape, MapProjection projection) const;
    int vertexCount() const { return m_vertexCount; }

private:
    QList<CountryShape> m_countries;
    int m_vertexCount = 0;
};

} // namespace greenlight
