// How fresh each live provider value is, as a badge beside the zone's marker: a small green dot
// for a live value, an amber badge with the age for a stale one (older than the freshness policy
// allows), so a stale number is never read as live. Zones replayed from recorded traces carry no
// badge.
//
//   freshness->setBadges({{"GB", -0.13, 51.5, true, "3 h", "uk-carbon"}});
#pragma once

#include "maplayer.h"

#include <string>
#include <vector>

namespace greenlight {

struct FreshnessBadge {
    std::string zoneKey;
    double longitudeDeg = 0.0;
    double latitudeDeg = 0.0;
    bool stale = false;
    QString ageText;  // "3 h", "25 min"
    QString provider; // who said it
};

class FreshnessLayer : public MapLayer {
public:
    QString id() const override { return QStringLiteral("freshness"); }
    int zOrder() const override { return 40; }
    void paint(const MapPaintContext& context) const override;

    void setBadges(std::vector<FreshnessBadge> badges) { m_badges = std::move(badges); }
    const std::vector<FreshnessBadge>& badges() const { return m_badges; }

private:
    std::vector<FreshnessBadge> m_badges;
};

} // namespace greenlight
