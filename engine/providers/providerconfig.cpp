#include "providerconfig.h"

#include "core/providers/providerreading.h"

#include <algorithm>

namespace greenlight {

QStringList knownProviderIds()
{
    return {QString::fromLatin1(kElectricityMaps.data(), kElectricityMaps.size()),
            QString::fromLatin1(kWattTime.data(), kWattTime.size()),
            QString::fromLatin1(kUkCarbonIntensity.data(), kUkCarbonIntensity.size())};
}

QString providerDisplayName(const QString& id)
{
    if (id == QLatin1String(kElectricityMaps.data()))
        return QStringLiteral("Electricity Maps");
    if (id == QLatin1String(kWattTime.data()))
        return QStringLiteral("WattTime");
    if (id == QLatin1String(kUkCarbonIntensity.data()))
        return QStringLiteral("UK Carbon Intensity (NESO)");
    if (id == QLatin1String(kReplayProvider.data()))
        return QStringLiteral("Replay (bundled traces)");
    return id;
}

ProviderConfig ProviderConfig::defaults(const QString& id)
{
    ProviderConfig c;
    c.id = id;
    if (id == QLatin1String(kElectricityMaps.data())) {
        c.baseUrl = QStringLiteral("https://api.electricitymap.org");
        c.zones = {QStringLiteral("DE")};
        c.interval = std::chrono::minutes(15);
    } else if (id == QLatin1String(kWattTime.data())) {
        c.baseUrl = QStringLiteral("https://api.watttime.org");
        c.zones = {QStringLiteral("CAISO_NORTH")};
        c.interval = std::chrono::minutes(5); // WattTime updates every five minutes
    } else if (id == QLatin1String(kUkCarbonIntensity.data())) {
        c.baseUrl = QStringLiteral("https://api.carbonintensity.org.uk");
        c.zones = {QStringLiteral("GB")};
        c.interval = std::chrono::minutes(30); // half-hourly periods
    } else if (id == QLatin1String(kReplayProvider.data())) {
        c.enabled = true; // the embedded default: no key, no network
        c.interval = std::chrono::minutes(15);
    }
    return c;
}

ProviderConfig ProviderConfig::load(QSettings& settings, const QString& id)
{
    ProviderConfig c = defaults(id);
    settings.beginGroup(QStringLiteral("providers/") + id);
    c.enabled = settings.value(QStringLiteral("enabled"), c.enabled).toBool();
    c.baseUrl = settings.value(QStringLiteral("baseUrl"), c.baseUrl).toString();
    c.zones = settings.value(QStringLiteral("zones"), c.zones).toStringList();
    // Bounds keep a hand-edited file from polling every second or never.
    const qint64 interval = settings.value(QStringLiteral("intervalSeconds"),
                                           static_cast<qint64>(c.interval.count())).toLongLong();
    c.interval = std::chrono::seconds(std::clamp<qint64>(interval, 60, 24 * 3600));
    const qint64 timeout = settings.value(QStringLiteral("timeoutMs"),
                                          static_cast<qint64>(c.timeout.count())).toLongLong();
    c.timeout = std::chrono::milliseconds(std::clamp<qint64>(timeout, 100, 120'000));
    c.username = settings.value(QStringLiteral("username"), c.username).toString();
    c.emissionFactorType = settings.value(QStringLiteral("emissionFactorType"), c.emissionFactorType)
                               .toString();
    settings.endGroup();
    return c;
}

void ProviderConfig::save(QSettings& settings) const
{
    settings.beginGroup(QStringLiteral("providers/") + id);
    settings.setValue(QStringLiteral("enabled"), enabled);
    settings.setValue(QStringLiteral("baseUrl"), baseUrl);
    settings.setValue(QStringLiteral("zones"), zones);
    settings.setValue(QStringLiteral("intervalSeconds"), static_cast<qint64>(interval.count()));
    settings.setValue(QStringLiteral("timeoutMs"), static_cast<qint64>(timeout.count()));
    settings.setValue(QStringLiteral("username"), username);
    settings.setValue(QStringLiteral("emissionFactorType"), emissionFactorType);
    settings.endGroup();
}

} // namespace greenlight
