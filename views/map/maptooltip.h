// The text a map tooltip shows for a zone: name, value, time, and whether the value is replayed
// or estimated, so nobody mistakes a replayed trace for live data.
//
//   QToolTip::showText(pos, zoneTooltipText(*zone, model.reading(zone->key)));
#pragma once

#include "core/gridsnapshot.h"
#include "core/zone.h"

#include <QCoreApplication>
#include <QString>

namespace greenlight {

class MapTooltip {
    Q_DECLARE_TR_FUNCTIONS(MapTooltip)
public:
    static QString forZone(const Zone& zone, const ZoneReading* reading);
    static QString forCountryWithoutZone(const QString& countryName, bool hasSubnationalZones);
};

} // namespace greenlight
