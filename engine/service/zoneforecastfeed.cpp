#include "service/zoneforecastfeed.h"

#include "core/forecast/forecasterregistry.h"

#include <QtConcurrent/QtConcurrentRun>

namespace greenlight {

ZoneForecastFeed::ZoneForecastFeed(QString model, QObject* parent) : QObject(parent), m_model(std::move(model))
{
    connect(&m_watcher, &QFutureWatcher<Outcome>::finished, this, [this] {
        const Outcome outcome = m_watcher.result();
        if (outcome.forecast)
            emit forecasted(outcome.forecast);
        else
            emit failed(outcome.zoneKey, outcome.error);
    });
}

ZoneForecastFeed::~ZoneForecastFeed() { m_watcher.waitForFinished(); }

void ZoneForecastFeed::start(std::shared_ptr<const TraceLibrary> library, const QString& zoneKey, UtcTime issuedAt,
                             std::size_t hours)
{
    if (!library)
        return;
    // Setting a new future detaches the watcher from the old one: its result is never shown.
    m_watcher.setFuture(QtConcurrent::run([model = m_model, library, zoneKey, issuedAt, hours] {
        return compute(model, *library, zoneKey, issuedAt, hours);
    }));
}

ZoneForecastFeed::Outcome ZoneForecastFeed::compute(const QString& model, const TraceLibrary& library,
                                                    const QString& zoneKey, UtcTime issuedAt, std::size_t hours)
{
    Outcome outcome;
    outcome.zoneKey = zoneKey;
    const IntensitySeries* series = library.find(zoneKey.toStdString());
    if (!series) {
        outcome.error = QObject::tr("%1 has no trace to forecast from").arg(zoneKey);
        return outcome;
    }
    Result<std::unique_ptr<Forecaster>> forecaster = makeForecaster(model.toStdString());
    if (!forecaster.ok()) {
        outcome.error = QString::fromStdString(forecaster.status().toString());
        return outcome;
    }
    const auto steps = static_cast<std::size_t>(Seconds{Hours{static_cast<long long>(hours)}} / series->step());
    Result<Forecast> forecast = forecaster.value()->forecast(*series, issuedAt, std::max<std::size_t>(1, steps));
    if (!forecast.ok()) {
        outcome.error = QString::fromStdString(forecast.status().message());
        return outcome;
    }
    outcome.forecast = std::make_shared<const Forecast>(std::move(forecast).value());
    return outcome;
}

} // namespace greenlight
