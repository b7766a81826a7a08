// Colour buckets for grid carbon intensity (gCO2eq/kWh), green for clean to dark brown for
// coal-heavy, plus the colours for "no data" and "only sub-national zones". Discrete buckets,
// so a colour on the map always reads back to one range in the legend.
//
//   QColor c = IntensityColorScale::colorFor(412.0); // the 400–500 bucket
#pragma once

#include <QColor>
#include <QList>
#include <QString>

namespace greenlight {

class IntensityColorScale {
public:
    struct Bucket {
        double fromGPerKwh;
        double toGPerKwh; // exclusive; infinity for the last bucket
        QColor color;
    };

    static const QList<Bucket>& buckets();
    static int bucketIndex(double intensityGPerKwh);
    static QColor colorFor(double intensityGPerKwh);
    static QColor noDataColor();
    static QColor subnationalOnlyColor(); // country split into zones shown as markers
    static QColor oceanColor();
    static QColor borderColor();
};

} // namespace greenlight
