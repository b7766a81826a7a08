// What every zone's grid looks like at one instant: the values the map colours and the tooltips
// show. A pure function of the trace library and the time, so any thread can build one.
//
//   GridSnapshot now = takeGridSnapshot(library, zones, clock.replayed(realNow));
//   const ZoneReading* de = now.find("DE");
#pragma once

#include "tracelibrary.h"
#include "utctime.h"
#include "zone.h"

#include <string>
#include <string_view>
#include <vector>

namespace greenlight {

enum class ReadingOrigin {
    Invalid,
    Replayed, // from a recorded trace, replayed on the replay clock
    Live,     // fetched from a provider (the providers issue)
};

struct ZoneReading {
    std::string zoneKey;
    bool available = false; // false: no trace, or the time lies outside it
    IntensitySample sample; // valid when available
    ReadingOrigin origin = ReadingOrigin::Invalid;
};

struct GridSnapshot {
    UtcTime time{};
    std::vector<ZoneReading> readings; // one per catalogue zone, in catalogue order

    const ZoneReading* find(std::string_view zoneKey) const;
};

GridSnapshot takeGridSnapshot(const TraceLibrary& library, const ZoneCatalog& zones, UtcTime time);

} // namespace greenlight
