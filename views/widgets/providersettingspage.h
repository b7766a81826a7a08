// One provider's settings: on/off, zones or regions to watch, poll interval, timeout, API address,
// the key (masked; typing replaces it) and a test-connection button with a clear result.
//
//   auto* page = new ProviderSettingsPage(config, maskSecret(stored), parent);
//   connect(page, &ProviderSettingsPage::testRequested, controller, &ProviderController::test);
#pragma once

#include "providers/providerconfig.h"

#include <QWidget>

#include <optional>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;

namespace greenlight {

class ProviderSettingsPage : public QWidget {
    Q_OBJECT
public:
    // `maskedSecret` is empty when nothing is stored; the secret itself never reaches the page.
    ProviderSettingsPage(const ProviderConfig& config, const QString& maskedSecret, bool needsSecret,
                         QWidget* parent = nullptr);

    QString providerId() const { return m_config.id; }
    ProviderConfig config() const;
    // nullopt: keep the stored secret; an empty string: forget it; else the new secret.
    std::optional<QString> enteredSecret() const;

    void showTestRunning();
    void showTestResult(bool ok, const QString& message);

signals:
    // `secret` is the typed one when `secretEntered`, else the stored one is used.
    void testRequested(const QString& providerId, bool secretEntered, const QString& secret);

private:
    ProviderConfig m_config;
    bool m_forget = false;
    QCheckBox* m_enabled;
    QLineEdit* m_zones;
    QSpinBox* m_intervalMinutes;
    QSpinBox* m_timeoutSeconds;
    QLineEdit* m_baseUrl;
    QLineEdit* m_username = nullptr;
    QComboBox* m_factor = nullptr;
    QLineEdit* m_secret = nullptr;
    QPushButton* m_test;
    QLabel* m_result;
};

} // namespace greenlight
