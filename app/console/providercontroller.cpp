#include "providercontroller.h"

#include "core/providers/providerreading.h"
#include "providers/electricitymapsprovider.h"
#include "providers/secretstore.h"
#include "providers/ukcarbonprovider.h"
#include "providers/watttimeprovider.h"
#include "service/providerrecorder.h"
#include "widgets/providersettingsdialog.h"
#include "widgets/providersettingspage.h"
#include "widgets/providerstatusview.h"

#include <QLabel>
#include <QSettings>

#include <cstdio>

namespace greenlight {

ProviderController::ProviderController(StoreService* store, QObject* parent)
    : QObject(parent), m_secrets(makeSecretStore()), m_hub(new ProviderHub(&systemUtcNow, {}, this)),
      m_summary(new QLabel)
{
    if (store != nullptr) {
        m_recorder = new ProviderRecorder(store, this);
        connect(m_hub, &ProviderHub::batchAccepted, m_recorder, &ProviderRecorder::record);
        connect(m_recorder, &ProviderRecorder::recorded, this,
                [](const QString& provider, const QString& zone, int, const QString& error) {
                    if (!error.isEmpty())
                        std::fprintf(stderr, "provider %s %s not recorded: %s\n", qPrintable(provider),
                                     qPrintable(zone), qPrintable(error));
                });
    }
    connect(m_hub, &ProviderHub::statusChanged, this, &ProviderController::refreshViews);
    connect(m_hub, &ProviderHub::zoneChanged, this, &ProviderController::refreshViews);
    // Ages grow and polls come due even when nothing arrives.
    m_refresh.setInterval(std::chrono::seconds(15));
    connect(&m_refresh, &QTimer::timeout, this, &ProviderController::refreshViews);
    m_refresh.start();
}

ProviderController::~ProviderController()
{
    if (m_summary && !m_summary->parent())
        delete m_summary;
}

CarbonProvider* ProviderController::makeProvider(const ProviderConfig& config, const QString& secret,
                                                 QObject* parent)
{
    CarbonProvider* provider = nullptr;
    if (config.id == QLatin1String(kElectricityMaps.data()))
        provider = new ElectricityMapsProvider(config, &systemUtcNow, parent);
    else if (config.id == QLatin1String(kWattTime.data()))
        provider = new WattTimeProvider(config, &systemUtcNow, parent);
    else if (config.id == QLatin1String(kUkCarbonIntensity.data()))
        provider = new UkCarbonProvider(config, &systemUtcNow, parent);
    if (provider && provider->needsSecret())
        provider->setSecret(secret);
    return provider;
}

void ProviderController::start()
{
    QSettings settings;
    m_configs.clear();
    QStringList enabled;
    for (const QString& id : knownProviderIds()) {
        m_configs.append(ProviderConfig::load(settings, id));
        if (m_configs.back().enabled)
            enabled.append(id);
    }
    // Only the keys of enabled providers: the default start touches no keychain at all.
    readSecrets(enabled, [this] { rebuild(); });
}

void ProviderController::readSecrets(const QStringList& ids, std::function<void()> then)
{
    QStringList wanted;
    for (const QString& id : ids) {
        if (id != QLatin1String(kUkCarbonIntensity.data()) && !m_secretsRead.contains(id))
            wanted.append(id);
    }
    if (wanted.isEmpty()) {
        then();
        return;
    }
    auto pending = std::make_shared<int>(static_cast<int>(wanted.size()));
    for (const QString& id : std::as_const(wanted)) {
        m_secrets->read(id, this, [this, id, pending, then](const Result<QString>& secret) {
            m_secretsRead.insert(id);
            if (secret.ok())
                m_secretValues.insert(id, secret.value());
            else if (secret.status().code() != StatusCode::NotFound)
                std::fprintf(stderr, "provider %s: secret unavailable: %s\n", qPrintable(id),
                             secret.status().message().c_str());
            if (--*pending == 0)
                then();
        });
    }
}

void ProviderController::rebuild()
{
    // A poller whose settings and secret did not change keeps running, with its backoff and a
    // server's Retry-After: rebuilding it would poll at once a provider that asked us to wait.
    QHash<QString, std::pair<ProviderConfig, QString>> wanted;
    for (const ProviderConfig& c : std::as_const(m_configs)) {
        if (c.enabled && !c.zones.isEmpty())
            wanted.insert(c.id, {c, m_secretValues.value(c.id)});
    }
    for (auto it = m_running.begin(); it != m_running.end();) {
        if (wanted.value(it.key()) == it.value() && m_hub->poller(it.key())) {
            ++it;
            continue;
        }
        m_hub->remove(it.key());
        it = m_running.erase(it);
    }
    for (const ProviderConfig& c : std::as_const(m_configs)) {
        if (!wanted.contains(c.id) || m_running.contains(c.id))
            continue;
        CarbonProvider* provider = makeProvider(c, m_secretValues.value(c.id), nullptr);
        if (!provider)
            continue;
        auto* poller = new ProviderPoller(provider, {c.zones, c.interval, {}}, &systemUtcNow);
        m_hub->addPoller(poller);
        m_running.insert(c.id, wanted.value(c.id));
        poller->start();
    }
    refreshViews();
}

void ProviderController::openSettings(QWidget* parent)
{
    if (m_dialog) {
        m_dialog->raise();
        m_dialog->activateWindow();
        return;
    }
    if (m_openingSettings)
        return;
    // The dialog shows which secrets are stored (masked), so read them first; it opens when the
    // keychain has answered.
    m_openingSettings = true;
    QPointer<QWidget> guard(parent);
    readSecrets(knownProviderIds(), [this, guard, parent] {
        m_openingSettings = false;
        if (parent == nullptr || !guard.isNull())
            showSettings(guard.data());
    });
}

void ProviderController::showSettings(QWidget* parent)
{
    QHash<QString, QString> masked;
    for (auto it = m_secretValues.cbegin(); it != m_secretValues.cend(); ++it)
        masked.insert(it.key(), maskSecret(it.value()));
    m_dialog = new ProviderSettingsDialog(m_configs, masked, m_secrets->backendName(), parent);
    m_dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_dialog, &ProviderSettingsDialog::testRequested, this, &ProviderController::testConnection);
    connect(m_dialog, &QDialog::accepted, this, [this] {
        if (m_dialog)
            apply(m_dialog->configs(), m_dialog->enteredSecrets());
    });
    refreshViews();
    m_dialog->open(); // window-modal without a nested event loop
}

void ProviderController::apply(const QList<ProviderConfig>& configs, const QHash<QString, QString>& secrets)
{
    QSettings settings;
    for (const ProviderConfig& c : configs)
        c.save(settings);
    m_configs = configs;
    for (auto it = secrets.cbegin(); it != secrets.cend(); ++it) {
        const QString id = it.key();
        m_secretsRead.insert(id);
        if (it.value().isEmpty()) {
            m_secretValues.remove(id);
            m_secrets->remove(id, this, [id](const Status& s) {
                if (!s.isOk())
                    std::fprintf(stderr, "provider %s: %s\n", qPrintable(id), s.message().c_str());
            });
        } else {
            m_secretValues.insert(id, it.value());
            m_secrets->write(id, it.value(), this, [id](const Status& s) {
                if (!s.isOk())
                    std::fprintf(stderr, "provider %s: secret not saved: %s\n", qPrintable(id),
                                 s.message().c_str());
            });
        }
    }
    rebuild();
}

void ProviderController::testConnection(const QString& providerId, bool secretEntered, const QString& secret)
{
    if (!m_dialog)
        return;
    ProviderSettingsPage* page = m_dialog->page(providerId);
    if (!page)
        return;
    const ProviderConfig config = page->config();
    if (config.zones.isEmpty()) {
        page->showTestResult(false, tr("Enter at least one zone or region to test with."));
        return;
    }
    page->showTestRunning();
    // A throw-away provider with what the page shows now, owned by the page: closing the dialog
    // mid-test simply drops the answer.
    CarbonProvider* probe = makeProvider(config, secretEntered ? secret : m_secretValues.value(providerId), page);
    const QString zone = config.zones.front();
    connect(probe, &CarbonProvider::fetched, page, [page, probe, zone](const ProviderBatch& batch) {
        QString text = tr("Connected: %1 value(s) for %2").arg(batch.readings.size()).arg(zone);
        if (!batch.readings.empty()) {
            const ProviderReading& r = batch.readings.back();
            text += tr(", newest %1 %2 (%3)")
                        .arg(r.value, 0, 'f', 0)
                        .arg(QString::fromUtf8(valueUnitLabel(r.unit)),
                             QString::fromLatin1(signalKindName(r.signal)));
        }
        page->showTestResult(true, text);
        probe->deleteLater();
    });
    connect(probe, &CarbonProvider::failed, page, [page, probe](const ProviderFailure& failure) {
        page->showTestResult(false, QString::fromStdString(failure.status.message()));
        probe->deleteLater();
    });
    probe->fetch(zone, RequestKind::Latest);
}

void ProviderController::refreshViews()
{
    const QList<ProviderStatus> statuses = m_hub->statuses();
    int ok = 0;
    int troubled = 0;
    for (const ProviderStatus& s : statuses)
        (s.health == ProviderHealth::Ok || s.health == ProviderHealth::Idle ? ok : troubled) += 1;
    if (statuses.isEmpty()) {
        m_summary->setText(tr("Live providers: none (replaying bundled data)"));
    } else {
        m_summary->setText(troubled == 0 ? tr("Live providers: %1 OK").arg(ok)
                                         : tr("Live providers: %1 OK, %2 with problems").arg(ok).arg(troubled));
    }
    m_summary->setToolTip(tr("Settings → Providers shows each provider's state"));
    if (!m_dialog)
        return;
    const UtcTime now = systemUtcNow();
    m_dialog->statusView()->setProviderStatuses(statuses, now);
    QList<ZoneValueRow> rows;
    for (const ProviderConfig& c : std::as_const(m_configs)) {
        if (!c.enabled)
            continue;
        for (const QString& zone : c.zones)
            rows.append({zone, m_hub->current(zone), m_hub->latestPercentile(zone)});
    }
    m_dialog->statusView()->setZoneValues(rows, now);
}

} // namespace greenlight
