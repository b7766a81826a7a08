#include "replayfeed.h"

#include <QDir>
#include <QElapsedTimer>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>
#include <chrono>
#include <optional>

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
    // A replay year no trace covers left the map grey with a forecast error in the status bar.
    const TimeWindow year{startOfYear(m_config.dataYear), startOfYear(m_config.dataYear + 1)};
    std::optional<UtcTime> first;
    std::optional<UtcTime> last;
    bool covered = false;
    for (const std::string& key : data.library->zoneKeys()) {
        const TimeWindow c = data.library->find(key)->coverage();
        first = first ? std::min(*first, c.begin) : c.begin;
        last = last ? std::max(*last, c.end) : c.end;
        covered = covered || (c.begin < year.end && year.begin < c.end);
    }
    if (!covered) {
        emit loadFailed(QStringLiteral("no bundled carbon-intensity data for %1: the traces cover %2 to %3; "
                                       "start with --replay-year inside that span")
                            .arg(m_config.dataYear)
                            .arg(QString::fromStdString(formatIsoUtc(*first)).left(10),
                                 QString::fromStdString(formatIsoUtc(*last)).left(10)));
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
