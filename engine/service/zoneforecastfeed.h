// The selected zone's forecast issued at the replayed now, computed off the UI thread with the
// engine's forecaster (ridge by default: a mean and its 80 % prediction band), from the trace's
// history before now only. A new start() supersedes a running one.
//
//   auto* forecasts = new ZoneForecastFeed(parent);
//   connect(forecasts, &ZoneForecastFeed::forecasted, chart, &IntensityChart::showForecast);
//   forecasts->start(library, "DE", now);
#pragma once

#include "core/forecast/forecast.h"
#include "core/tracelibrary.h"

#include <QFutureWatcher>
#include <QObject>
#include <QString>

#include <memory>

namespace greenlight {

class ZoneForecastFeed : public QObject {
    Q_OBJECT
public:
    explicit ZoneForecastFeed(QString model = QStringLiteral("ridge"), QObject* parent = nullptr);
    ~ZoneForecastFeed() override;

    void start(std::shared_ptr<const TraceLibrary> library, const QString& zoneKey, UtcTime issuedAt,
               std::size_t hours = 24);

    struct Outcome {
        std::shared_ptr<const Forecast> forecast;
        QString zoneKey;
        QString error;
    };
    // Runs on any thread.
    static Outcome compute(const QString& model, const TraceLibrary& library, const QString& zoneKey,
                           UtcTime issuedAt, std::size_t hours);

signals:
    void forecasted(std::shared_ptr<const greenlight::Forecast> forecast);
    void failed(const QString& zoneKey, const QString& message);

private:
    QString m_model;
    QFutureWatcher<Outcome> m_watcher;
};

} // namespace greenlight
