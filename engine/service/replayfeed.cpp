#include "replayfeed.h"

#include <QDir>
#include <QElapsedTimer>
#include <QtConcurrent/QtConcurrentRun>

#include <chrono>

namespace greenlight {
namespace {

UtcTime realNow()
{
    return std::chrono::floor<Seconds>(std::chrono::system_clock::now());
}

} // namespace

ReplayFeed::ReplayFeed(Config config, QObject* parent)
    : QObject(parent), m_config(std::move(config)),
      m_clock(m_config.dataYear, realNow(), m_config.speed)
{
    qRegisterMetaType<GridSnapshot>();
    connect(&m_watcher, &QFutureWatcher<LoadedData>::finished, this, &ReplayFeed::onLoaded);
    connect(&m_timer, &QTimer::timeout, this, &ReplayFeed::tick);
}

ReplayFeed::~ReplayFeed()
{
    // The worker only reads files; wait so it never outlives the watcher it reports to.
    m_watcher.waitForFinished();
}

void ReplayFeed::start()
{
    if (m_watcher.isRunning() || isLoaded())
        return;
    const QString dir = m_config.dataDir;
    m_watcher.setFuture(QtConcurrent::run([dir] { return load(dir); }));
}

UtcTime ReplayFeed::replayedNow() const
{
    return m_clock.replayed(realNow());
}

ReplayFeed::LoadedData ReplayFeed::load(const QString& dataDir)
{
    QElapsedTimer timer;
    timer.start();
    LoadedData data;
    const std::filesystem::path root = QDir(dataDir).absolutePath().toStdString();
    Result<ZoneCatalog> zones =
        loadZoneCatalog(root / "carbon" / "zones.csv", root / "zone_locations.csv");
    if (!zones.ok()) {
        data.fatal = QString::fromStdString(zones.status().message());
        return data;
    }
    TraceLoadReport report = loadTraceDirectory(root / "carbon");
    for (const Status& error : report.errors)
        data.problems << QString::fromStdString(error.message());
    if (report.library.size() == 0) {
        data.fatal = data.problems.isEmpty()
                         ? QStringLiteral("no carbon-intensity traces in %1/carbon").arg(dataDir)
                         : data.problems.join(QLatin1Char('\n'));
        return data;
    }
    for (const std::string& key : report.library.zoneKeys()) {
        if (const std::size_t n = report.library.find(key)->filledSteps(); n > 0)
            data.filled << QStringLiteral("%1.csv: %2").arg(QString::fromStdString(key)).arg(n);
    }
    data.zones = std::make_shared<const ZoneCatalog>(std::move(zones).value());
    data.library = std::make_shared<const TraceLibrary>(std::move(report.library));
    data.elapsedMs = timer.elapsed();
    return data;
}

void ReplayFeed::onLoaded()
{
    LoadedData data = m_watcher.result();
    if (!data.fatal.isEmpty()) {
        emit loadFailed(data.fatal);
        return;
    }
    m_library = std::move(data.library);
    m_zones = std::move(data.zones);
    if (!data.problems.isEmpty())
        emit loadProblems(data.problems);
    if (!data.filled.isEmpty())
        emit gapsFilled(data.filled);
    emit loaded(data.elapsedMs);
    tick();
    // At high replay speeds tick more often so the map visibly moves.
    const int interval = m_config.speed > 60.0 ? 1000 : m_config.tickIntervalMs;
    m_timer.start(interval);
}

void ReplayFeed::tick()
{
    if (!isLoaded())
        return;
    // 82 O(1) lookups: cheap enough for the UI thread, no file or network access.
    m_snapshot = takeGridSnapshot(*m_library, *m_zones, replayedNow());
    emit snapshotChanged(m_snapshot);
}

} // namespace greenlight
