#include "replayprovider.h"

#include <QTimer>

namespace greenlight {

ReplayProvider::ReplayProvider(std::shared_ptr<const TraceLibrary> library, ReplayClock replayClock,
                               UtcClock clock, QObject* parent)
    : CarbonProvider(std::move(clock), parent), m_library(std::move(library)),
      m_replayClock(replayClock)
{
}

QString ReplayProvider::id() const
{
    return QString::fromLatin1(kReplayProvider.data(), kReplayProvider.size());
}

QString ReplayProvider::displayName() const
{
    return QStringLiteral("Replay (bundled traces, %1)").arg(m_replayClock.dataYear());
}

void ReplayProvider::fetch(const QString& zone, RequestKind kind)
{
    QTimer::singleShot(0, this, [this, zone, kind] {
        const IntensitySeries* series = m_library ? m_library->find(zone.toStdString()) : nullptr;
        if (series == nullptr) {
            fail(zone, kind, Status(StatusCode::NotFound, "no bundled trace for zone " + zone.toStdString(),
                                    id().toStdString()));
            return;
        }
        if (kind != RequestKind::Latest && kind != RequestKind::History) {
            fail(zone, kind, Status(StatusCode::InvalidArgument, "the replay has only actual values",
                                    id().toStdString()));
            return;
        }
        const UtcTime fetchedAt = now();
        const UtcTime replayed = m_replayClock.replayed(fetchedAt);
        ProviderBatch batch;
        batch.provider = id();
        batch.zone = zone;
        batch.request = kind;
        batch.fetchedTime = fetchedAt;
        const long long count = kind == RequestKind::Latest ? 1 : 24;
        for (long long k = count - 1; k >= 0; --k) {
            std::optional<IntensitySample> s = series->sampleAt(replayed - series->step() * k);
            if (!s)
                continue;
            ProviderReading r;
            r.provider = id().toStdString();
            r.zone = zone.toStdString();
            r.signal = SignalKind::AverageLifecycle;
            r.unit = ValueUnit::GramsCo2PerKwh;
            r.kind = ValueKind::Actual;
            // Shown at the real instant it stands for, so ages and staleness mean the same as live.
            r.validTime = s->time + (fetchedAt - replayed);
            r.period = series->step();
            r.fetchedTime = fetchedAt;
            r.issuedAt = fetchedAt;
            r.value = s->lifecycleGPerKwh;
            r.estimated = s->estimated;
            r.estimationMethod = "replayed from bundled trace, data year "
                + std::to_string(m_replayClock.dataYear());
            batch.readings.push_back(std::move(r));
        }
        if (batch.readings.empty()) {
            fail(zone, kind, Status(StatusCode::OutOfRange, "the trace does not cover the replayed instant",
                                    id().toStdString()));
            return;
        }
        emit fetched(batch);
    });
}

} // namespace greenlight
