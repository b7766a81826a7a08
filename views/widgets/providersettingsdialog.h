// Settings → Providers: one page per live provider plus the status view, and where secrets are
// kept. Non-modal (open(), never exec()); the composition root reads the result on accept.
//
//   auto* dialog = new ProviderSettingsDialog(configs, masked, secrets->backendName(), window);
//   connect(dialog, &QDialog::accepted, controller, [=] { controller->apply(dialog->configs(), …); });
#pragma once

#include "providers/providerconfig.h"

#include <QDialog>
#include <QHash>
#include <QList>

#include <optional>

class QTabWidget;

namespace greenlight {

class ProviderSettingsPage;
class ProviderStatusView;

class ProviderSettingsDialog : public QDialog {
    Q_OBJECT
public:
    // `maskedSecrets`: provider id → masked form of what is stored (absent: nothing stored).
    ProviderSettingsDialog(const QList<ProviderConfig>& configs, const QHash<QString, QString>& maskedSecrets,
                           const QString& secretBackend, QWidget* parent = nullptr);

    QList<ProviderConfig> configs() const;
    // Provider id → new secret ("" to forget); providers whose secret was left alone are absent.
    QHash<QString, QString> enteredSecrets() const;

    ProviderSettingsPage* page(const QString& providerId) const;
    ProviderStatusView* statusView() const { return m_status; }
    QTabWidget* tabs() const { return m_tabs; }

signals:
    void testRequested(const QString& providerId, bool secretEntered, const QString& secret);

private:
    QTabWidget* m_tabs;
    QList<ProviderSettingsPage*> m_pages;
    ProviderStatusView* m_status;
};

} // namespace greenlight
