// Map projections from longitude/latitude (degrees) to map units (y grows northwards).
// Equirectangular is x = λ, y = φ in radians; Robinson uses Robinson's published table
// (1974), interpolated linearly between its 5° rows.
//
//   QPointF p = projectLonLat(MapProjection::Robinson, 8.65, 50.09);
#pragma once

#include <QPainterPath>
#include <QPointF>
#include <QRectF>
#include <QString>

namespace greenlight {

enum class MapProjection { Invalid, Equirectangular, Robinson };

QPointF projectLonLat(MapProjection projection, double longitudeDeg, double latitudeDeg);

// The whole globe's outline in map units (a rectangle for equirectangular, the rounded Robinson
// outline otherwise): the sea is painted inside it.
QPainterPath worldOutline(MapProjection projection);
QRectF worldBounds(MapProjection projection);

QString projectionName(MapProjection projection); // "robinson", "equirectangular"
MapProjection projectionFromName(const QString& name);

} // namespace greenlight
