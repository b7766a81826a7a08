#include "providerstatusview.h"

#include <QHeaderView>
#include <QLabel>
#include <QTableWidget>
#include <QVBoxLayout>

namespace greenlight {

QString durationText(Seconds d)
{
    const long long minutes = std::chrono::duration_cast<std::chrono::minutes>(d).count();
    if (minutes < 1)
        return ProviderStatusView::tr("<1 min");
    if (minutes < 120)
        return ProviderStatusView::tr("%1 min").arg(minutes);
    if (minutes < 48 * 60)
        return ProviderStatusView::tr("%1 h").arg(minutes / 60);
    return ProviderStatusView::tr("%1 days").arg(minutes / (24 * 60));
}

namespace {

QString healthText(ProviderHealth health)
{
    switch (health) {
    case ProviderHealth::Idle: return ProviderStatusView::tr("waiting for first poll");
    case ProviderHealth::Ok: return ProviderStatusView::tr("OK");
    case ProviderHealth::Degraded: return ProviderStatusView::tr("degraded");
    case ProviderHealth::BackingOff: return ProviderStatusView::tr("retrying (backing off)");
    case ProviderHealth::RateLimited: return ProviderStatusView::tr("rate limited");
    case ProviderHealth::Offline: return ProviderStatusView::tr("offline");
    case ProviderHealth::Disabled: return ProviderStatusView::tr("disabled");
    case ProviderHealth::Invalid: break;
    }
    return QStringLiteral("?");
}

QColor healthColor(ProviderHealth health)
{
    switch (health) {
    case ProviderHealth::Ok: return QColor(0x2e, 0x7d, 0x32);
    case ProviderHealth::Degraded:
    case ProviderHealth::BackingOff:
    case ProviderHealth::RateLimited: return QColor(0xb2, 0x6a, 0x00);
    case ProviderHealth::Offline: return QColor(0xc6, 0x28, 0x28);
    default: break;
    }
    return QColor(0x60, 0x60, 0x60);
}

QString sourceText(ValueSource source)
{
    switch (source) {
    case ValueSource::Live: return ProviderStatusView::tr("live");
    case ValueSource::ProviderForecast: return ProviderStatusView::tr("provider forecast");
    case ValueSource::EngineForecast: return ProviderStatusView::tr("engine forecast");
    case ValueSource::LastKnown: return ProviderStatusView::tr("last known");
    case ValueSource::None: return ProviderStatusView::tr("no data");
    case ValueSource::Invalid: break;
    }
    return QStringLiteral("?");
}

QTableWidget* makeTable(const QStringList& headers, QWidget* parent)
{
    auto* table = new QTableWidget(0, static_cast<int>(headers.size()), parent);
    table->setHorizontalHeaderLabels(headers);
    table->verticalHeader()->hide();
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->horizontalHeader()->setStretchLastSection(true);
    table->setWordWrap(true);
    return table;
}

QTableWidgetItem* cell(const QString& text, const QString& tip = {})
{
    auto* item = new QTableWidgetItem(text);
    item->setToolTip(tip.isEmpty() ? text : tip);
    return item;
}

} // namespace

QString describeInstant(const std::optional<UtcTime>& t, UtcTime now)
{
    if (!t)
        return QStringLiteral("–");
    const QString clock = QString::fromStdString(formatIsoUtc(*t).substr(11, 5)) + QStringLiteral(" UTC");
    if (*t <= now)
        return ProviderStatusView::tr("%1 (%2 ago)").arg(clock, durationText(now - *t));
    return ProviderStatusView::tr("%1 (in %2)").arg(clock, durationText(*t - now));
}

ProviderStatusView::ProviderStatusView(QWidget* parent)
    : QWidget(parent),
      m_providers(makeTable({tr("Provider"), tr("State"), tr("Last success"), tr("Next poll"),
                             tr("Last error")}, this)),
      m_zones(makeTable({tr("Zone"), tr("Value"), tr("Source"), tr("Age"), tr("Freshness"),
                         tr("Marginal index")}, this))
{
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("<b>Providers</b>"), this));
    layout->addWidget(m_providers, 1);
    layout->addWidget(new QLabel(tr("<b>Values shown now</b> — live → provider forecast → engine "
                                    "forecast → last known"), this));
    layout->addWidget(m_zones, 1);
}

void ProviderStatusView::setProviderStatuses(const QList<ProviderStatus>& statuses, UtcTime now)
{
    m_providers->setRowCount(static_cast<int>(statuses.size()));
    for (int row = 0; row < statuses.size(); ++row) {
        const ProviderStatus& s = statuses[row];
        m_providers->setItem(row, 0, cell(s.displayName, s.provider));
        QTableWidgetItem* health = cell(healthText(s.health));
        health->setForeground(healthColor(s.health));
        m_providers->setItem(row, 1, health);
        m_providers->setItem(row, 2, cell(describeInstant(s.lastSuccess, now)));
        m_providers->setItem(row, 3, cell(describeInstant(s.nextPoll, now)));
        const QString error = s.lastError.isEmpty()
            ? QStringLiteral("–")
            : tr("%1 — %2").arg(describeInstant(s.lastErrorTime, now), s.lastError);
        m_providers->setItem(row, 4, cell(error));
    }
    m_providers->resizeColumnsToContents();
}

void ProviderStatusView::setZoneValues(const QList<ZoneValueRow>& rows, UtcTime now)
{
    Q_UNUSED(now);
    m_zones->setRowCount(static_cast<int>(rows.size()));
    for (int row = 0; row < rows.size(); ++row) {
        const ZoneValueRow& r = rows[row];
        const ChosenValue& v = r.value;
        const bool has = v.source != ValueSource::None && v.source != ValueSource::Invalid;
        m_zones->setItem(row, 0, cell(r.zone));
        m_zones->setItem(row, 1, cell(has ? tr("%1 gCO₂/kWh").arg(v.gPerKwh, 0, 'f', 0) : QStringLiteral("–")));
        const QString source = has ? tr("%1 (%2)").arg(sourceText(v.source), QString::fromStdString(v.provider))
                                   : sourceText(v.source);
        m_zones->setItem(row, 2, cell(source, QString::fromStdString(v.why)));
        m_zones->setItem(row, 3, cell(has ? durationText(v.age) : QStringLiteral("–")));
        QTableWidgetItem* fresh = cell(!has ? QStringLiteral("–") : v.stale ? tr("STALE") : tr("fresh"));
        if (has && v.stale) {
            fresh->setForeground(QColor(Qt::white));
            fresh->setBackground(QColor(0xc6, 0x28, 0x28));
        }
        m_zones->setItem(row, 4, fresh);
        // A percentile rank of the marginal rate, labelled so: never an emission rate.
        m_zones->setItem(row, 5, cell(r.percentile ? tr("%1th percentile").arg(r.percentile->value, 0, 'f', 0)
                                                   : QStringLiteral("–")));
    }
    m_zones->resizeColumnsToContents();
}

} // namespace greenlight
