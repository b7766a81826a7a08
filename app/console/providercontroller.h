// Wires the live providers into the console: reads settings and secrets, builds the pollers into a
// ProviderHub, records what they deliver in the operations database, opens Settings → Providers
// (test connection, apply) and keeps its status view and a status-bar summary current.
//
//   auto* providers = new ProviderController(store, parent);
//   providers->start();                          // polls whatever is enabled; nothing by default
//   providers->openSettings(window);             // non-modal
#pragma once

#include "providers/providerconfig.h"
#include "providers/providerhub.h"
#include "widgets/providersettingsdialog.h" // QPointer needs the complete type

#include <QHash>
#include <QSet>
#include <QObject>
#include <QLabel>
#include <QPointer>
#include <QTimer>

#include <functional>
#include <utility>
#include <memory>

class QLabel;
class QWidget;

namespace greenlight {

class CarbonProvider;
class ProviderRecorder;
class SecretStore;
class StoreService;

class ProviderController : public QObject {
    Q_OBJECT
public:
    // `store` may be null (no database): values are then shown but not recorded.
    ProviderController(StoreService* store, QObject* parent = nullptr);
    ~ProviderController() override;

    ProviderHub* hub() const { return m_hub; }
    QLabel* summaryLabel() const { return m_summary; } // for the status bar; owned by the caller's layout

    void start();
    void openSettings(QWidget* parent);
    ProviderSettingsDialog* settingsDialog() const { return m_dialog; }

    // A live provider for `config` with `secret` (nullptr for unknown ids). Public for tests.
    static CarbonProvider* makeProvider(const ProviderConfig& config, const QString& secret,
                                        QObject* parent);

private:
    // Reads the secrets of `ids` not read yet (the keychain answers asynchronously), then `then`.
    void readSecrets(const QStringList& ids, std::function<void()> then);
    void showSettings(QWidget* parent);
    void rebuild();
    void apply(const QList<ProviderConfig>& configs, const QHash<QString, QString>& secrets);
    void testConnection(const QString& providerId, bool secretEntered, const QString& secret);
    void refreshViews();

    QList<ProviderConfig> m_configs;
    std::unique_ptr<SecretStore> m_secrets;
    QHash<QString, QString> m_secretValues; // in memory only, handed to providers
    QSet<QString> m_secretsRead;            // ids whose secret was looked up (found or not)
    // What each running poller was built from: unchanged ones keep running across an apply.
    QHash<QString, std::pair<ProviderConfig, QString>> m_running;
    bool m_openingSettings = false;
    ProviderHub* m_hub;
    ProviderRecorder* m_recorder = nullptr;
    QPointer<QLabel> m_summary; // the status bar may delete it first
    QPointer<ProviderSettingsDialog> m_dialog;
    QTimer m_refresh;
};

} // namespace greenlight
