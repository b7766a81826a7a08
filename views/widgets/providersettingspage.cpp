#include "providersettingspage.h"

#include "core/providers/providerreading.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSpinBox>

namespace greenlight {

ProviderSettingsPage::ProviderSettingsPage(const ProviderConfig& config, const QString& maskedSecret,
                                           bool needsSecret, QWidget* parent)
    : QWidget(parent), m_config(config), m_enabled(new QCheckBox(tr("Poll this provider"), this)),
      m_zones(new QLineEdit(config.zones.join(QStringLiteral(", ")), this)),
      m_intervalMinutes(new QSpinBox(this)), m_timeoutSeconds(new QSpinBox(this)),
      m_baseUrl(new QLineEdit(config.baseUrl, this)), m_test(new QPushButton(tr("Test connection"), this)),
      m_result(new QLabel(this))
{
    auto* form = new QFormLayout(this);
    m_enabled->setChecked(config.enabled);
    form->addRow(m_enabled);

    const bool wattTime = config.id == QLatin1String(kWattTime.data());
    const bool uk = config.id == QLatin1String(kUkCarbonIntensity.data());
    m_zones->setToolTip(uk ? tr("GB for Great Britain, GB-REGION-1 … GB-REGION-17 for DNO regions")
                           : wattTime ? tr("WattTime regions (CAISO_NORTH) or latitude,longitude")
                                      : tr("Electricity Maps zone keys (DE, US-CAL-CISO) or latitude,longitude"));
    form->addRow(uk ? tr("Regions:") : tr("Zones:"), m_zones);

    m_intervalMinutes->setRange(1, 1440);
    m_intervalMinutes->setSuffix(tr(" min"));
    m_intervalMinutes->setValue(static_cast<int>(
        std::chrono::duration_cast<std::chrono::minutes>(config.interval).count()));
    form->addRow(tr("Poll every:"), m_intervalMinutes);
    m_timeoutSeconds->setRange(1, 120);
    m_timeoutSeconds->setSuffix(tr(" s"));
    m_timeoutSeconds->setValue(static_cast<int>(
        std::chrono::duration_cast<std::chrono::seconds>(config.timeout).count()));
    form->addRow(tr("Give up after:"), m_timeoutSeconds);
    form->addRow(tr("API address:"), m_baseUrl);

    if (config.id == QLatin1String(kElectricityMaps.data())) {
        m_factor = new QComboBox(this);
        m_factor->addItem(tr("life-cycle (default)"), QStringLiteral("lifecycle"));
        m_factor->addItem(tr("direct (combustion only)"), QStringLiteral("direct"));
        m_factor->setCurrentIndex(config.emissionFactorType == QLatin1String("direct") ? 1 : 0);
        form->addRow(tr("Emission factors:"), m_factor);
    }
    if (wattTime) {
        m_username = new QLineEdit(config.username, this);
        form->addRow(tr("Username:"), m_username);
    }
    if (needsSecret) {
        m_secret = new QLineEdit(this);
        m_secret->setEchoMode(QLineEdit::Password); // masked while typed, never shown back
        m_secret->setPlaceholderText(maskedSecret.isEmpty()
                                         ? tr("not set")
                                         : tr("%1 stored — type to replace").arg(maskedSecret));
        auto* forget = new QPushButton(tr("Forget"), this);
        forget->setEnabled(!maskedSecret.isEmpty());
        forget->setToolTip(tr("Remove the stored secret when the dialog is accepted"));
        connect(forget, &QPushButton::clicked, this, [this, forget] {
            m_forget = true;
            m_secret->clear();
            m_secret->setPlaceholderText(tr("will be removed"));
            forget->setEnabled(false);
        });
        auto* row = new QHBoxLayout;
        row->addWidget(m_secret, 1);
        row->addWidget(forget);
        form->addRow(wattTime ? tr("Password:") : tr("API key:"), row);
    }

    auto* testRow = new QHBoxLayout;
    testRow->addWidget(m_test);
    m_result->setWordWrap(true);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);
    testRow->addWidget(m_result, 1);
    form->addRow(testRow);
    connect(m_test, &QPushButton::clicked, this, [this] {
        const bool typed = m_secret && !m_secret->text().isEmpty();
        emit testRequested(m_config.id, typed, typed ? m_secret->text() : QString());
    });
}

ProviderConfig ProviderSettingsPage::config() const
{
    ProviderConfig c = m_config;
    c.enabled = m_enabled->isChecked();
    c.zones.clear();
    for (const QString& z : m_zones->text().split(QRegularExpression(QStringLiteral("[;\\s]*,[;\\s]*|;"))))
        if (!z.trimmed().isEmpty())
            c.zones.append(z.trimmed());
    // "lat, lon" pairs were split above: join two numbers back into one point.
    QStringList merged;
    for (int i = 0; i < c.zones.size(); ++i) {
        bool a = false;
        bool b = false;
        c.zones[i].toDouble(&a);
        if (i + 1 < c.zones.size())
            c.zones[i + 1].toDouble(&b);
        if (a && b) {
            merged.append(c.zones[i] + QLatin1Char(',') + c.zones[i + 1]);
            ++i;
        } else {
            merged.append(c.zones[i]);
        }
    }
    c.zones = merged;
    c.interval = std::chrono::minutes(m_intervalMinutes->value());
    c.timeout = std::chrono::seconds(m_timeoutSeconds->value());
    c.baseUrl = m_baseUrl->text().trimmed();
    if (m_username)
        c.username = m_username->text().trimmed();
    if (m_factor)
        c.emissionFactorType = m_factor->currentData().toString();
    return c;
}

std::optional<QString> ProviderSettingsPage::enteredSecret() const
{
    if (!m_secret)
        return std::nullopt;
    if (!m_secret->text().isEmpty())
        return m_secret->text();
    if (m_forget)
        return QString();
    return std::nullopt;
}

void ProviderSettingsPage::showTestRunning()
{
    m_test->setEnabled(false);
    m_result->setStyleSheet(QString());
    m_result->setText(tr("Testing…"));
}

void ProviderSettingsPage::showTestResult(bool ok, const QString& message)
{
    m_test->setEnabled(true);
    m_result->setStyleSheet(ok ? QStringLiteral("color: #2e7d32;") : QStringLiteral("color: #c62828;"));
    m_result->setText((ok ? tr("✔ ") : tr("✘ ")) + message);
}

} // namespace greenlight
