// The embedded default source: the bundled real traces replayed on a ReplayClock, behind the
// same interface as the live APIs. Values are labelled provider "replay", so a replayed number
// is never mistaken for a live one.
//
//   auto* replay = new ReplayProvider(library, ReplayClock(2022, systemUtcNow()), clock, parent);
//   replay->fetch("DE", RequestKind::Latest);
#pragma once

#include "core/replayclock.h"
#include "core/tracelibrary.h"
#include "providers/carbonprovider.h"

#include <memory>

namespace greenlight {

class ReplayProvider : public CarbonProvider {
    Q_OBJECT
public:
    ReplayProvider(std::shared_ptr<const TraceLibrary> library, ReplayClock replayClock,
                   UtcClock clock, QObject* parent = nullptr);

    QString id() const override;
    QString displayName() const override;
    QList<RequestKind> pollRequests() const override { return {RequestKind::Latest}; }
    // Latest: the step at the replayed instant; History: the 24 h before it. Answers on the next
    // event-loop turn, like a network source, so callers never depend on re-entrancy.
    void fetch(const QString& zone, RequestKind kind) override;

private:
    std::shared_ptr<const TraceLibrary> m_library;
    ReplayClock m_replayClock;
};

} // namespace greenlight
