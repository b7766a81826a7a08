// What the provider tests share: fixtures, a fake clock, provider configs aimed at the loopback
// server, and waits on signals with generous limits (nothing asserts on wall-clock durations).
#pragma once

#include "providers/carbonprovider.h"
#include "providers/providerconfig.h"
#include "providers/providerpoller.h"
#include "store/workflow.h"

#include <QFile>
#include <QSignalSpy>
#include <QTest>

#include <optional>

namespace greenlight::test {

inline constexpr int kWaitMs = 15'000; // generous: a loaded 2-core machine must never fail a test

inline QByteArray fixture(const QString& path)
{
    QFile file(QStringLiteral(GREENLIGHT_FIXTURES_DIR "/providers/") + path);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("missing fixture %s", qPrintable(path));
    return file.readAll();
}

inline UtcTime at(const char* iso)
{
    return parseIsoUtc(iso).value();
}

struct FakeClock {
    UtcTime now = at("2024-03-06T19:10:00Z");
    UtcClock fn()
    {
        return [this] { return now; };
    }
};

inline ProviderConfig configFor(const QString& id, const QString& baseUrl)
{
    ProviderConfig c = ProviderConfig::defaults(id);
    c.enabled = true;
    c.baseUrl = baseUrl;
    c.timeout = std::chrono::milliseconds(2'000);
    return c;
}

// Waits for exactly one answer (fetched or failed) from a provider.
struct Answer {
    std::optional<ProviderBatch> batch;
    std::optional<ProviderFailure> failure;
};

inline Answer fetchOne(CarbonProvider& provider, const QString& zone, RequestKind kind)
{
    QSignalSpy ok(&provider, &CarbonProvider::fetched);
    QSignalSpy bad(&provider, &CarbonProvider::failed);
    provider.fetch(zone, kind);
    Answer answer;
    if (!QTest::qWaitFor([&] { return ok.count() + bad.count() > 0; }, kWaitMs))
        return answer;
    if (ok.count() > 0)
        answer.batch = ok.takeFirst().at(0).value<ProviderBatch>();
    else
        answer.failure = bad.takeFirst().at(0).value<ProviderFailure>();
    return answer;
}

// The file's mode is exactly 0600 (Qt mirrors the owner bits as "User" bits for the caller).
inline bool isMode0600(const QString& path)
{
    const QFileDevice::Permissions userBits = QFileDevice::ReadUser | QFileDevice::WriteUser | QFileDevice::ExeUser;
    return (QFile::permissions(path) & ~userBits) == (QFileDevice::ReadOwner | QFileDevice::WriteOwner);
}

inline bool pollOnce(ProviderPoller& poller)
{
    QSignalSpy done(&poller, &ProviderPoller::pollFinished);
    poller.pollNow();
    return done.count() > 0 || done.wait(kWaitMs);
}


} // namespace greenlight::test
