// The live-data status panel: per provider its health, last success, last error and next poll;
// per watched zone the value shown now, where it came from, how old it is, and a STALE badge.
// Shows values only; the composition root feeds it from ProviderHub.
//
//   view->setProviderStatuses(hub->statuses(), now);
//   view->setZoneValues({{"DE", hub->current("DE"), hub->latestPercentile("DE")}}, now);
#pragma once

#include "core/providers/fallbackchain.h"
#include "providers/providerstatus.h"

#include <QList>
#include <QWidget>

#include <optional>

class QTableWidget;

namespace greenlight {

// How long ago, or how long until, in words that fit a table cell or a map badge: "<1 min",
// "45 min", "5 h", "3 days". Shared by the status panel and the map's freshness badges.
QString durationText(Seconds d);

struct ZoneValueRow {
    QString zone;
    ChosenValue value;
    std::optional<ProviderReading> percentile; // WattTime's index, shown apart
};

class ProviderStatusView : public QWidget {
    Q_OBJECT
public:
    explicit ProviderStatusView(QWidget* parent = nullptr);

    void setProviderStatuses(const QList<ProviderStatus>& statuses, UtcTime now);
    void setZoneValues(const QList<ZoneValueRow>& rows, UtcTime now);

    QTableWidget* providerTable() const { return m_providers; }
    QTableWidget* zoneTable() const { return m_zones; }

private:
    QTableWidget* m_providers;
    QTableWidget* m_zones;
};

// "12:05 UTC (3 min ago)" / "in 4 min"; "–" when absent.
QString describeInstant(const std::optional<UtcTime>& t, UtcTime now);

} // namespace greenlight
