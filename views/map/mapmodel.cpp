#include "mapmodel.h"

namespace greenlight {

MapModel::MapModel(QObject* parent) : QObject(parent) {}

void MapModel::setWorld(std::shared_ptr<const WorldGeometry> world)
{
    m_world = std::move(world);
    emit worldChanged();
}

void MapModel::setZones(std::shared_ptr<const ZoneCatalog> zones)
{
    m_zones = std::move(zones);
    m_nationalByCountry.clear();
    m_countriesWithSubnational.clear();
    if (m_zones) {
        for (const Zone& z : m_zones->zones()) {
            if (z.isSubnational())
                m_countriesWithSubnational.insert(z.countryIsoNumeric);
            else
                m_nationalByCountry.insert(z.countryIsoNumeric, &z);
        }
    }
    emit zonesChanged();
}

const Zone* MapModel::zone(const QString& key) const
{
    return m_zones ? m_zones->find(key.toStdString()) : nullptr;
}

const Zone* MapModel::nationalZone(int countryIsoNumeric) const
{
    return m_nationalByCountry.value(countryIsoNumeric, nullptr);
}

bool MapModel::hasSubnationalZones(int countryIsoNumeric) const
{
    return m_countriesWithSubnational.contains(countryIsoNumeric);
}

void MapModel::setSnapshot(const GridSnapshot& snapshot)
{
    m_snapshot = snapshot;
    m_hasSnapshot = true;
    m_readingIndex.clear();
    for (std::size_t i = 0; i < m_snapshot.readings.size(); ++i)
        m_readingIndex.emplace(m_snapshot.readings[i].zoneKey, i);
    emit snapshotChanged();
}

const ZoneReading* MapModel::reading(const std::string& zoneKey) const
{
    const auto it = m_readingIndex.find(zoneKey);
    return it == m_readingIndex.end() ? nullptr : &m_snapshot.readings[it->second];
}

void MapModel::setSelectedZone(const QString& zoneKey)
{
    if (zoneKey == m_selectedZone)
        return;
    m_selectedZone = zoneKey;
    emit selectedZoneChanged(zoneKey);
}

} // namespace greenlight
