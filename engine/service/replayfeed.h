// The embedded default data source: the bundled traces replayed on a ReplayClock. Loads the
// traces and the zone catalogue on a worker thread, then ticks and publishes a GridSnapshot of
// every zone at the replayed instant. The UI thread never touches a file.
//
//   auto* feed = new ReplayFeed({dataDir, 2022, 1.0}, parent);
//   connect(feed, &ReplayFeed::snapshotChanged, map, [map](const GridSnapshot& s) { ... });
//   feed->start();
#pragma once

#include "core/gridsnapshot.h"
#include "core/replayclock.h"
#include "core/tracelibrary.h"
#include "core/zone.h"

#include <QFutureWatcher>
#include <QObject>
#include <QStringList>
#include <QTimer>

#include <memory>
#include <optional>

namespace greenlight {

class ReplayFeed : public QObject {
    Q_OBJECT
public:
    struct Config {
        QString dataDir;         // folder holding carbon/, zone_locations.csv, …
        int dataYear = 2022;     // every bundled zone has 2022
        double speed = 1.0;      // replay speed factor
        int tickIntervalMs = 10'000; // how often "now" is re-read
    };

    // What the worker thread produces.
    struct LoadedData {
        std::shared_ptr<const TraceLibrary> library;
        std::shared_ptr<const ZoneCatalog> zones;
        QStringList problems; // files that failed, in words
        QStringList filled;   // files with short gaps filled in, in words
        QString fatal;        // set when nothing usable was loaded
        qint64 elapsedMs = 0;
    };

    explicit ReplayFeed(Config config, QObject* parent = nullptr);
    ~ReplayFeed() override;

    void start();
    bool isLoaded() const { return m_library != nullptr; }
    const Config& config() const { return m_config; }
    const ReplayClock& clock() const { return m_clock; }

    std::shared_ptr<const TraceLibrary> library() const { return m_library; }
    std::shared_ptr<const ZoneCatalog> zones() const { return m_zones; }
    const GridSnapshot& snapshot() const { return m_snapshot; }
    UtcTime replayedNow() const;

    // Runs on any thread: reads and validates everything under dataDir.
    static LoadedData load(const QString& dataDir);

signals:
    void loaded(qint64 elapsedMs);
    void loadProblems(const QStringList& problems); // some files failed; the rest loaded
    // Some files had short gaps, filled in by interpolation and flagged estimated (traceloader.h).
    void gapsFilled(const QStringList& notes);
    void loadFailed(const QString& message);        // nothing usable
    void snapshotChanged(const greenlight::GridSnapshot& snapshot);

private:
    void onLoaded();
    void tick();

    Config m_config;
    ReplayClock m_clock;
    QFutureWatcher<LoadedData> m_watcher;
    QTimer m_timer;
    std::shared_ptr<const TraceLibrary> m_library;
    std::shared_ptr<const ZoneCatalog> m_zones;
    GridSnapshot m_snapshot;
};

} // namespace greenlight

Q_DECLARE_METATYPE(greenlight::GridSnapshot)
