// The fleet's data-centre sites on the map: a square per site, sized by its GPUs and coloured by
// what a kWh of IT load emits there now (the zone's intensity × the site's PUE of the hour), with
// its id beside it. Drawn above the zone markers.
//
//   auto layer = std::make_unique<SiteLayer>();  SiteLayer* sites = layer.get();
//   painter.addLayer(std::move(layer)); sites->setSites(markers); widget->update();
#pragma once

#include "maplayer.h"

#include <string>
#include <vector>

namespace greenlight {

struct SiteMarker {
    std::string id;       // "fra1"
    std::string zoneKey;  // its grid zone
    double longitudeDeg = 0.0;
    double latitudeDeg = 0.0;
    int gpus = 0;
    double pue = 1.0;     // of the current hour
};

class SiteLayer : public MapLayer {
public:
    QString id() const override { return QStringLiteral("sites"); }
    int zOrder() const override { return 30; }
    void paint(const MapPaintContext& context) const override;

    void setSites(std::vector<SiteMarker> sites) { m_sites = std::move(sites); }
    const std::vector<SiteMarker>& sites() const { return m_sites; }

    // Half the square's side for a site with `gpus` GPUs: grows with the square root, bounded.
    static double halfSidePx(int gpus);

private:
    std::vector<SiteMarker> m_sites;
};

} // namespace greenlight
