#include "polylinesimplify.h"

#include <cmath>
#include <vector>

namespace greenlight {
namespace {

double distanceToSegmentSquared(QPointF p, QPointF a, QPointF b)
{
    const QPointF ab = b - a;
    const double lengthSquared = QPointF::dotProduct(ab, ab);
    double t = lengthSquared > 0 ? QPointF::dotProduct(p - a, ab) / lengthSquared : 0.0;
    t = std::clamp(t, 0.0, 1.0);
    const QPointF d = p - (a + t * ab);
    return QPointF::dotProduct(d, d);
}

} // namespace

QPolygonF simplifyRing(const QPolygonF& ring, double tolerance)
{
    const auto n = ring.size();
    if (n < 5)
        return ring;
    const double toleranceSquared = tolerance * tolerance;
    std::vector<char> keep(static_cast<std::size_t>(n), 0);
    keep.front() = keep.back() = 1;
    // Iterative, so long coastlines cannot overflow the stack.
    std::vector<std::pair<qsizetype, qsizetype>> stack{{0, n - 1}};
    // A closed ring starts and ends at the same point: split it at its farthest point first.
    qsizetype farthest = 0;
    double farthestDistance = -1;
    for (qsizetype i = 1; i < n - 1; ++i) {
        const QPointF d = ring[i] - ring[0];
        const double distance = QPointF::dotProduct(d, d);
        if (distance > farthestDistance) {
            farthestDistance = distance;
            farthest = i;
        }
    }
    stack = {{0, farthest}, {farthest, n - 1}};
    keep[static_cast<std::size_t>(farthest)] = 1;
    while (!stack.empty()) {
        const auto [first, last] = stack.back();
        stack.pop_back();
        double maxDistance = 0;
        qsizetype index = -1;
        for (qsizetype i = first + 1; i < last; ++i) {
            const double distance = distanceToSegmentSquared(ring[i], ring[first], ring[last]);
            if (distance > maxDistance) {
                maxDistance = distance;
                index = i;
            }
        }
        if (index >= 0 && maxDistance > toleranceSquared) {
            keep[static_cast<std::size_t>(index)] = 1;
            stack.emplace_back(first, index);
            stack.emplace_back(index, last);
        }
    }
    QPolygonF simplified;
    for (qsizetype i = 0; i < n; ++i) {
        if (keep[static_cast<std::size_t>(i)])
            simplified << ring[i];
    }
    return simplified.size() >= 4 ? simplified : ring;
}

} // namespace greenlight
