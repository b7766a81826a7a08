// The selected zone's carbon intensity around "now": the last 48 h and the next 24 h of the
// trace, with a "now" line, estimated hours marked, and the engine's forecast issued at now with
// its prediction band (QCustomPlot).
//
//   chart->showZone(library, *zones->find("DE"), feed->replayedNow());
//   chart->setNow(snapshot.time);   // on every tick
#pragma once

#include "core/forecast/forecast.h"
#include "core/tracelibrary.h"
#include "core/utctime.h"
#include "core/zone.h"

#include <QWidget>

#include <memory>

class QCustomPlot;
class QCPGraph;
class QCPItemStraightLine;
class QCPItemText;
class QLabel;

namespace greenlight {

class IntensityChart : public QWidget {
    Q_OBJECT
public:
    explicit IntensityChart(QWidget* parent = nullptr);

    void showZone(std::shared_ptr<const TraceLibrary> library, const Zone& zone, UtcTime now);
    void setNow(UtcTime now);
    void clear(const QString& message);
    // The forecast for the shown zone (others are ignored); replaced by the next one.
    void showForecast(std::shared_ptr<const Forecast> forecast);
    // The shown zone's forecast could not be issued: drops the old band and says why in the title.
    void showForecastFailed(const QString& zoneKey, const QString& message);
    int forecastPointCount() const;

    QCustomPlot* plot() const { return m_plot; }
    QString zoneKey() const { return m_zoneKey; }
    QString title() const;
    int pastPointCount() const;
    int upcomingPointCount() const;

    static constexpr Hours kPast{48};
    static constexpr Hours kAhead{24};

protected:
    void changeEvent(QEvent* event) override;

private:
    void rebuild();

    QLabel* m_title;
    QCustomPlot* m_plot;
    QCPGraph* m_past;
    QCPGraph* m_upcoming;
    QCPGraph* m_estimated;
    QCPGraph* m_forecastLow;
    QCPGraph* m_forecastHigh; // filled down to m_forecastLow: the band
    QCPGraph* m_forecastMean;
    std::shared_ptr<const Forecast> m_forecast;
    QString m_forecastError; // why the shown zone has no forecast; empty otherwise
    QCPItemStraightLine* m_nowLine;
    QCPItemText* m_nowLabel;
    std::shared_ptr<const TraceLibrary> m_library;
    QString m_zoneKey;
    QString m_zoneName;
    UtcTime m_now{};
};

} // namespace greenlight
