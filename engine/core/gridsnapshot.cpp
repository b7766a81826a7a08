#include "gridsnapshot.h"

namespace greenlight {

const ZoneReading* GridSnapshot::find(std::string_view zoneKey) const
{
    for (const ZoneReading& reading : readings) {
        if (reading.zoneKey == zoneKey)
            return &reading;
    }
    return nullptr;
}

GridSnapshot takeGridSnapshot(const TraceLibrary& library, const ZoneCatalog& zones, UtcTime time)
{
    GridSnapshot snapshot;
    snapshot.time = time;
    snapshot.readings.reserve(zones.zones().size());
    for (const Zone& zone : zones.zones()) {
        ZoneReading reading;
        reading.zoneKey = zone.key;
        if (const IntensitySeries* series = library.find(zone.key)) {
            if (const auto sample = series->sampleAt(time)) {
                reading.available = true;
                reading.sample = *sample;
                reading.origin = ReadingOrigin::Replayed;
            }
        }
        snapshot.readings.push_back(std::move(reading));
    }
    return snapshot;
}

} // namespace greenlight
