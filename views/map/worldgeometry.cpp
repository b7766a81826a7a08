#include "worldgeometry.h"

#include "polylinesimplify.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cmath>

namespace greenlight {
namespace {

// About 0.25° at the equator: invisible at world scale, a 4–6× cut in vertices. A third of that
// for continent-scale views (zoom 2–6×), where it is again under two pixels.
constexpr double kCoarseToleranceMapUnits = 0.0045;
constexpr double kMediumToleranceMapUnits = 0.0015;

std::size_t slot(MapProjection projection)
{
    return projection == MapProjection::Robinson ? 1 : 0;
}

bool readRing(const QJsonValue& value, QPolygonF& ring)
{
    const QJsonArray points = value.toArray();
    ring.reserve(points.size());
    for (const QJsonValue& point : points) {
        const QJsonArray pair = point.toArray();
        if (pair.size() < 2 || !pair[0].isDouble() || !pair[1].isDouble())
            return false;
        ring << QPointF(pair[0].toDouble(), pair[1].toDouble());
    }
    return ring.size() >= 3;
}

// Rings that cross the antimeridian (Russia, Fiji) or circle a pole (Antarctica) jump from +180
// to −180 between two vertices; drawn as they are, they smear a band across the whole map.
// Unwrap the longitudes so the ring is continuous, close pole-circling rings along the pole, and
// cut the result back into the −180..180 world, copy by copy.
QList<QPolygonF> splitAtAntimeridian(const QPolygonF& ring)
{
    bool jumps = false;
    for (qsizetype i = 1; i < ring.size() && !jumps; ++i)
        jumps = std::abs(ring[i].x() - ring[i - 1].x()) > 180.0;
    if (!jumps)
        return {ring};

    QPolygonF unwrapped;
    unwrapped.reserve(ring.size() + 2);
    double offset = 0.0;
    unwrapped << ring[0];
    for (qsizetype i = 1; i < ring.size(); ++i) {
        const double delta = ring[i].x() - ring[i - 1].x();
        if (delta > 180.0)
            offset -= 360.0;
        else if (delta < -180.0)
            offset += 360.0;
        unwrapped << QPointF(ring[i].x() + offset, ring[i].y());
    }
    if (std::abs(unwrapped.last().x() - unwrapped.first().x()) > 180.0) {
        double latitudeSum = 0.0;
        for (const QPointF& p : ring)
            latitudeSum += p.y();
        const double pole = latitudeSum < 0 ? -90.0 : 90.0;
        unwrapped << QPointF(unwrapped.last().x(), pole) << QPointF(unwrapped.first().x(), pole);
    }
    QPainterPath world;
    world.addRect(QRectF(-180.0, -90.0, 360.0, 180.0));
    QList<QPolygonF> pieces;
    for (const double shift : {-360.0, 0.0, 360.0}) {
        QPainterPath copy;
        copy.addPolygon(unwrapped.translated(shift, 0.0));
        copy.closeSubpath();
        for (const QPolygonF& piece : copy.intersected(world).toSubpathPolygons()) {
            if (piece.size() >= 3)
                pieces << piece;
        }
    }
    return pieces;
}

bool readPolygon(const QJsonValue& value, QList<QPolygonF>& rings)
{
    for (const QJsonValue& ringValue : value.toArray()) {
        QPolygonF ring;
        if (!readRing(ringValue, ring))
            return false;
        rings << splitAtAntimeridian(ring);
    }
    return true;
}

void project(CountryShape& shape, MapProjection projection)
{
    ProjectedShape& out = shape.projected[slot(projection)];
    out.fine.setFillRule(Qt::OddEvenFill);
    out.medium.setFillRule(Qt::OddEvenFill);
    out.coarse.setFillRule(Qt::OddEvenFill);
    for (const QPolygonF& ring : shape.ringsLonLat) {
        QPolygonF projected;
        projected.reserve(ring.size());
        for (const QPointF& p : ring)
            projected << projectLonLat(projection, p.x(), p.y());
        out.fine.addPolygon(projected);
        out.fine.closeSubpath();
        out.medium.addPolygon(simplifyRing(projected, kMediumToleranceMapUnits));
        out.medium.closeSubpath();
        out.coarse.addPolygon(simplifyRing(projected, kCoarseToleranceMapUnits));
        out.coarse.closeSubpath();
    }
    out.bounds = out.fine.boundingRect();
}

} // namespace

const ProjectedShape& WorldGeometry::projected(const CountryShape& shape,
                                               MapProjection projection) const
{
    return shape.projected[slot(projection)];
}

WorldGeometry::LoadResult WorldGeometry::loadGeoJson(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {nullptr, QStringLiteral("cannot open %1: %2").arg(path, file.errorString())};
    return parseGeoJson(file.readAll(), path);
}

WorldGeometry::LoadResult WorldGeometry::parseGeoJson(const QByteArray& json, const QString& label)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (document.isNull())
        return {nullptr, QStringLiteral("%1: not valid JSON at byte %2: %3")
                             .arg(label)
                             .arg(parseError.offset)
                             .arg(parseError.errorString())};
    const QJsonObject root = document.object();
    if (root.value(QLatin1String("type")).toString() != QLatin1String("FeatureCollection"))
        return {nullptr, QStringLiteral("%1: not a GeoJSON FeatureCollection").arg(label)};

    auto world = std::make_shared<WorldGeometry>();
    const QJsonArray features = root.value(QLatin1String("features")).toArray();
    for (qsizetype i = 0; i < features.size(); ++i) {
        const QJsonObject feature = features[i].toObject();
        const QJsonObject geometry = feature.value(QLatin1String("geometry")).toObject();
        const QString type = geometry.value(QLatin1String("type")).toString();
        const QJsonValue coordinates = geometry.value(QLatin1String("coordinates"));
        CountryShape shape;
        shape.isoNumeric = feature.value(QLatin1String("id")).toString().toInt();
        shape.name = feature.value(QLatin1String("properties")).toObject().value(QLatin1String("name")).toString();
        bool ok = false;
        if (type == QLatin1String("Polygon")) {
            ok = readPolygon(coordinates, shape.ringsLonLat);
        } else if (type == QLatin1String("MultiPolygon")) {
            ok = true;
            for (const QJsonValue& polygon : coordinates.toArray())
                ok = ok && readPolygon(polygon, shape.ringsLonLat);
        }
        if (!ok || shape.ringsLonLat.isEmpty())
            return {nullptr, QStringLiteral("%1: feature %2 (%3) has no valid Polygon or "
                                            "MultiPolygon geometry")
                                 .arg(label)
                                 .arg(i)
                                 .arg(shape.name)};
        for (const QPolygonF& ring : shape.ringsLonLat)
            world->m_vertexCount += static_cast<int>(ring.size());
        project(shape, MapProjection::Equirectangular);
        project(shape, MapProjection::Robinson);
        world->m_countries << std::move(shape);
    }
    if (world->m_countries.isEmpty())
        return {nullptr, QStringLiteral("%1: no features").arg(label)};
    return {world, {}};
}

} // namespace greenlight
