// The key to the fleet's layers, bottom right: site squares (size = GPUs, colour = intensity × PUE
// of the hour), running and pending migrations, and the live/stale badges — each entry only when
// its layer has something to show.
//
//   key->setEntries({.sites = true, .migrations = true, .freshness = false});
#pragma once

#include "maplayer.h"

#include <QCoreApplication>

namespace greenlight {

class FleetKeyLayer : public MapLayer {
    Q_DECLARE_TR_FUNCTIONS(FleetKeyLayer)
public:
    struct Entries {
        bool sites = false;
        bool migrations = false;
        bool freshness = false;
    };
    QString id() const override { return QStringLiteral("fleet-key"); }
    int zOrder() const override { return 95; }
    void paint(const MapPaintContext& context) const override;

    void setEntries(Entries entries) { m_entries = entries; }
    const Entries& entries() const { return m_entries; }

private:
    Entries m_entries;
};

} // namespace greenlight
