// The built-in map layers, bottom to top: sea and graticule, countries coloured by their
// national zone, markers for sub-national zones, the legend.
//
//   painter.addLayer(std::make_unique<CountryLayer>());
#pragma once

#include "maplayer.h"

#include <QCoreApplication>

namespace greenlight {

class BackgroundLayer : public MapLayer {
public:
    QString id() const override { return QStringLiteral("background"); }
    int zOrder() const override { return 0; }
    void paint(const MapPaintContext& context) const override;
};

class CountryLayer : public MapLayer {
public:
    QString id() const override { return QStringLiteral("countries"); }
    int zOrder() const override { return 10; }
    void paint(const MapPaintContext& context) const override;
};

class ZoneMarkerLayer : public MapLayer {
public:
    static constexpr double kRadiusPx = 6.0;
    QString id() const override { return QStringLiteral("zone-markers"); }
    int zOrder() const override { return 20; }
    void paint(const MapPaintContext& context) const override;
};

class LegendLayer : public MapLayer {
    Q_DECLARE_TR_FUNCTIONS(LegendLayer)
public:
    QString id() const override { return QStringLiteral("legend"); }
    int zOrder() const override { return 100; }
    void paint(const MapPaintContext& context) const override;
};

} // namespace greenlight
