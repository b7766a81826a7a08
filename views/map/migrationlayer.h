// Jobs moving between the fleet's sites, as arrows from the home site to where the plan runs them:
// solid while they run there, dashed while they wait to start; thicker for more GPUs. Drawn under
// the site squares so the squares stay readable.
//
//   auto layer = std::make_unique<MigrationLayer>();  MigrationLayer* arrows = layer.get();
//   painter.addLayer(std::move(layer)); arrows->setArrows(arrowsFromFlows(flows, sites));
#pragma once

#include "maplayer.h"

#include <QCoreApplication>

#include <string>
#include <vector>

namespace greenlight {

struct MigrationArrow {
    std::string fromSite;
    std::string toSite;
    double fromLongitudeDeg = 0.0;
    double fromLatitudeDeg = 0.0;
    double toLongitudeDeg = 0.0;
    double toLatitudeDeg = 0.0;
    bool running = false;
    std::size_t jobs = 0;
    int gpus = 0;
};

class MigrationLayer : public MapLayer {
    Q_DECLARE_TR_FUNCTIONS(MigrationLayer)
public:
    QString id() const override { return QStringLiteral("migrations"); }
    int zOrder() const override { return 25; }
    void paint(const MapPaintContext& context) const override;

    void setArrows(std::vector<MigrationArrow> arrows) { m_arrows = std::move(arrows); }
    const std::vector<MigrationArrow>& arrows() const { return m_arrows; }

    // Pen width for an arrow carrying `gpus` GPUs: grows with the square root, bounded.
    static double widthPx(int gpus);

private:
    std::vector<MigrationArrow> m_arrows;
};

} // namespace greenlight
