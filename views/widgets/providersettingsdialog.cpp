#include "providersettingsdialog.h"

#include "providersettingspage.h"
#include "providerstatusview.h"

#include "core/providers/providerreading.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QTabWidget>
#include <QVBoxLayout>

namespace greenlight {

ProviderSettingsDialog::ProviderSettingsDialog(const QList<ProviderConfig>& configs,
                                               const QHash<QString, QString>& maskedSecrets,
                                               const QString& secretBackend, QWidget* parent)
    : QDialog(parent), m_tabs(new QTabWidget(this)), m_status(new ProviderStatusView(this))
{
    setWindowTitle(tr("Live carbon-intensity providers"));
    auto* layout = new QVBoxLayout(this);
    auto* intro = new QLabel(tr("Without any provider the console replays the bundled traces. Live "
                                "values fall back to the provider's forecast, then the engine's own "
                                "forecast, then the last known value — each shown with its age."), this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    for (const ProviderConfig& c : configs) {
        const bool needsSecret = c.id != QLatin1String(kUkCarbonIntensity.data());
        auto* page = new ProviderSettingsPage(c, maskedSecrets.value(c.id), needsSecret, m_tabs);
        connect(page, &ProviderSettingsPage::testRequested, this, &ProviderSettingsDialog::testRequested);
        m_pages.append(page);
        m_tabs->addTab(page, providerDisplayName(c.id));
    }
    m_tabs->addTab(m_status, tr("Status"));
    layout->addWidget(m_tabs, 1);
    auto* where = new QLabel(tr("Keys and passwords are kept in: %1. They are never written to the "
                                "settings file, the operations database or any log.").arg(secretBackend), this);
    where->setWordWrap(true);
    layout->addWidget(where);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(820, 560);
}

QList<ProviderConfig> ProviderSettingsDialog::configs() const
{
    QList<ProviderConfig> out;
    for (const ProviderSettingsPage* p : m_pages)
        out.append(p->config());
    return out;
}

QHash<QString, QString> ProviderSettingsDialog::enteredSecrets() const
{
    QHash<QString, QString> out;
    for (const ProviderSettingsPage* p : m_pages) {
        if (std::optional<QString> s = p->enteredSecret())
            out.insert(p->providerId(), *s);
    }
    return out;
}

ProviderSettingsPage* ProviderSettingsDialog::page(const QString& providerId) const
{
    for (ProviderSettingsPage* p : m_pages) {
        if (p->providerId() == providerId)
            return p;
    }
    return nullptr;
}

} // namespace greenlight
