// What an operator configures per provider: on or off, where the API is, which zones or regions
// to watch, how often, how long to wait. Kept in QSettings; the secret is NOT here (see
// SecretStore): it never touches the settings file or the database.
//
//   ProviderConfig em = ProviderConfig::load(settings, "electricitymaps");
//   em.zones = {"DE", "FR"}; em.save(settings);
#pragma once

#include <QSettings>
#include <QString>
#include <QStringList>

#include <chrono>

namespace greenlight {

struct ProviderConfig {
    QString id;              // "electricitymaps", "watttime", "carbonintensity.org.uk", "replay"
    bool enabled = false;
    QString baseUrl;         // the public API unless overridden (tests, proxies)
    QStringList zones;       // provider's zone keys; "lat,lon" where the provider accepts points
    std::chrono::seconds interval{std::chrono::minutes(15)};
    std::chrono::milliseconds timeout{std::chrono::seconds(20)};
    QString username;        // WattTime only; the password is a secret
    QString emissionFactorType = QStringLiteral("lifecycle"); // Electricity Maps: or "direct"

    bool operator==(const ProviderConfig&) const = default;

    static ProviderConfig defaults(const QString& id); // public URL, interval, default zones
    static ProviderConfig load(QSettings& settings, const QString& id);
    void save(QSettings& settings) const;
};

// The providers this build knows, in the order the settings dialog lists them.
QStringList knownProviderIds();
QString providerDisplayName(const QString& id);

} // namespace greenlight
