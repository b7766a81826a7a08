// The map's data: country shapes, the zone catalogue, the latest grid snapshot and the selected
// zone. No painting and no input here (Marble's model / map / widget split): the painter reads
// it, the widget forwards intents to it, tests fill it directly.
//
//   MapModel model;
//   model.setWorld(geometry); model.setZones(zones); model.setSnapshot(snapshot);
//   model.setSelectedZone("DE");
#pragma once

#include "worldgeometry.h"

#include "core/gridsnapshot.h"
#include "core/zone.h"

#include <QHash>
#include <QObject>
#include <QSet>
#include <QString>

#include <memory>
#include <unordered_map>

namespace greenlight {

class MapModel : public QObject {
    Q_OBJECT
public:
    explicit MapModel(QObject* parent = nullptr);

    void setWorld(std::shared_ptr<const WorldGeometry> world);
    const WorldGeometry* world() const { return m_world.get(); }

    void setZones(std::shared_ptr<const ZoneCatalog> zones);
    const ZoneCatalog* zones() const { return m_zones.get(); }
    const Zone* zone(const QString& key) const;
    const Zone* nationalZone(int countryIsoNumeric) const;
    bool hasSubnationalZones(int countryIsoNumeric) const;

    void setSnapshot(const GridSnapshot& snapshot);
    bool hasSnapshot() const { return m_hasSnapshot; }
    const GridSnapshot& snapshot() const { return m_snapshot; }
    const ZoneReading* reading(const std::string& zoneKey) const;

    QString selectedZone() const { return m_selectedZone; }
    void setSelectedZone(const QString& zoneKey);

signals:
    void worldChanged();
    void zonesChanged();
    void snapshotChanged();
    void selectedZoneChanged(const QString& zoneKey);

private:
    std::shared_ptr<const WorldGeometry> m_world;
    std::shared_ptr<const ZoneCatalog> m_zones;
    QHash<int, const Zone*> m_nationalByCountry;
    QSet<int> m_countriesWithSubnational;
    GridSnapshot m_snapshot;
    bool m_hasSnapshot = false;
    std::unordered_map<std::string, std::size_t> m_readingIndex;
    QString m_selectedZone;
};

} // namespace greenlight
