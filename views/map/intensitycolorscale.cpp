#include "intensitycolorscale.h"

#include <limits>

namespace greenlight {

const QList<IntensityColorScale::Bucket>& IntensityColorScale::buckets()
{
    // Breaks follow the spread of real grids: hydro/nuclear < 50, gas 350–500, coal > 750.
    static const QList<Bucket> kBuckets = {
        {0, 50, QColor(0x1a, 0x98, 0x50)},     {50, 100, QColor(0x66, 0xbd, 0x63)},
        {100, 150, QColor(0xa6, 0xd9, 0x6a)},  {150, 200, QColor(0xd9, 0xef, 0x8b)},
        {200, 300, QColor(0xfe, 0xe0, 0x8b)},  {300, 400, QColor(0xfd, 0xae, 0x61)},
        {400, 500, QColor(0xf4, 0x6d, 0x43)},  {500, 600, QColor(0xd7, 0x30, 0x27)},
        {600, 750, QColor(0xa5, 0x00, 0x26)},
        {750, std::numeric_limits<double>::infinity(), QColor(0x5c, 0x1a, 0x0b)},
    };
    return kBuckets;
}

int IntensityColorScale::bucketIndex(double intensityGPerKwh)
{
    const auto& all = buckets();
    for (int i = 0; i < all.size(); ++i) {
        if (intensityGPerKwh < all[i].toGPerKwh)
            return i;
    }
    return static_cast<int>(all.size()) - 1;
}

QColor IntensityColorScale::colorFor(double intensityGPerKwh)
{
    return buckets()[bucketIndex(intensityGPerKwh)].color;
}

QColor IntensityColorScale::noDataColor()
{
    return QColor(0xcf, 0xcf, 0xcf);
}

QColor IntensityColorScale::subnationalOnlyColor()
{
    return QColor(0xe9, 0xe4, 0xd8);
}

QColor IntensityColorScale::oceanColor()
{
    return QColor(0xdc, 0xe9, 0xf3);
}

QColor IntensityColorScale::borderColor()
{
    return QColor(0xff, 0xff, 0xff);
}

} // namespace greenlight
