#include "projection.h"

#include <QtMath>

#include <algorithm>
#include <array>
#include <cmath>

namespace greenlight {
namespace {

// Robinson (1974): parallel length (X) and distance from the equator (Y) every 5° of latitude.
constexpr std::array<double, 19> kRobinsonX = {1.0000, 0.9986, 0.9954, 0.9900, 0.9822, 0.9730, 0.9600,
                                               0.9427, 0.9216, 0.8962, 0.8679, 0.8350, 0.7986, 0.7597,
                                               0.7186, 0.6732, 0.6213, 0.5722, 0.5322};
constexpr std::array<double, 19> kRobinsonY = {0.0000, 0.0620, 0.1240, 0.1860, 0.2480, 0.3100, 0.3720,
                                               0.4340, 0.4958, 0.5571, 0.6176, 0.6769, 0.7346, 0.7903,
                                               0.8435, 0.8936, 0.9394, 0.9761, 1.0000};

QPointF robinson(double longitudeDeg, double latitudeDeg)
{
    const double absLat = std::min(std::abs(latitudeDeg), 90.0);
    const double position = absLat / 5.0;
    const auto row = std::min<std::size_t>(static_cast<std::size_t>(position), 17);
    const double t = position - static_cast<double>(row);
    const double x = kRobinsonX[row] + (kRobinsonX[row + 1] - kRobinsonX[row]) * t;
    const double y = kRobinsonY[row] + (kRobinsonY[row + 1] - kRobinsonY[row]) * t;
    return {0.8487 * x * qDegreesToRadians(longitudeDeg),
            1.3523 * y * (latitudeDeg < 0 ? -1.0 : 1.0)};
}

} // namespace

QPointF projectLonLat(MapProjection projection, double longitudeDeg, double latitudeDeg)
{
    if (projection == MapProjection::Robinson)
        return robinson(longitudeDeg, latitudeDeg);
    return {qDegreesToRadians(longitudeDeg), qDegreesToRadians(latitudeDeg)};
}

QPainterPath worldOutline(MapProjection projection)
{
    QPainterPath path;
    if (projection != MapProjection::Robinson) {
        path.addRect(worldBounds(projection));
        return path;
    }
    path.moveTo(projectLonLat(projection, -180, -90));
    for (int lat = -90; lat <= 90; lat += 5)
        path.lineTo(projectLonLat(projection, -180, lat));
    for (int lat = 90; lat >= -90; lat -= 5)
        path.lineTo(projectLonLat(projection, 180, lat));
    path.closeSubpath();
    return path;
}

QRectF worldBounds(MapProjection projection)
{
    const double halfHeight = projectLonLat(projection, 0, 90).y();
    const double halfWidth = projectLonLat(projection, 180, 0).x();
    return {-halfWidth, -halfHeight, 2 * halfWidth, 2 * halfHeight};
}

QString projectionName(MapProjection projection)
{
    return projection == MapProjection::Robinson ? QStringLiteral("robinson")
                                                 : QStringLiteral("equirectangular");
}

MapProjection projectionFromName(const QString& name)
{
    if (name.compare(QLatin1String("robinson"), Qt::CaseInsensitive) == 0)
        return MapProjection::Robinson;
    if (name.compare(QLatin1String("equirectangular"), Qt::CaseInsensitive) == 0)
        return MapProjection::Equirectangular;
    return MapProjection::Invalid;
}

} // namespace greenlight
