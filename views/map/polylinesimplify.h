// Douglas–Peucker simplification of closed rings, used for the coarse level of detail of the
// world map: at world scale a 1:50m coastline has far more vertices than pixels.
//
//   QPolygonF coarse = simplifyRing(ring, 0.004); // tolerance in the ring's own units
#pragma once

#include <QPolygonF>

namespace greenlight {

// Keeps the first and last point and every point farther than `tolerance` from the simplified
// line. Rings that would collapse below four points are returned unchanged, so small islands
// and small countries never disappear.
QPolygonF simplifyRing(const QPolygonF& ring, double tolerance);

} // namespace greenlight
