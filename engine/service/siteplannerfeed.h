// The site planner's data, computed off the UI thread: every bundled zone profiled once
// (core/siting/candidatezone.h, from the traces, the weather and the fleet's user regions), then
// ranked with the weights asked for and a portfolio of complementary sites proposed. A new
// request supersedes the one in flight.
//
//   auto* planner = new SitePlannerFeed({fleetFile, weatherDir}, parent);
//   planner->setData(replayFeed->library(), replayFeed->zones());
//   connect(planner, &SitePlannerFeed::planned, panel, &SitePlannerPanel::showPlan);
//   planner->plan(weights, PortfolioOptions{});
#pragma once

#include "core/siting/siteplan.h"
#include "core/tracelibrary.h"
#include "core/zone.h"

#include <QFutureWatcher>
#include <QMetaType>
#include <QObject>
#include <QString>
#include <QStringList>

#include <memory>
#include <vector>

namespace greenlight {

class SitePlannerFeed : public QObject {
    Q_OBJECT
public:
    struct Config {
        QString fleetFile;
        QString weatherDir;
    };
    explicit SitePlannerFeed(Config config, QObject* parent = nullptr);
    ~SitePlannerFeed() override;

    void setData(std::shared_ptr<const TraceLibrary> traces, std::shared_ptr<const ZoneCatalog> zones);
    void plan(const CriterionWeights& weights, const PortfolioOptions& options);
    bool isRunning() const { return m_watcher.isRunning(); }

    struct Outcome {
        std::shared_ptr<const SitePlan> plan;
        QString error;
    };
    // Runs on any thread; profiles the zones when `profiled` has none yet.
    static Outcome compute(const Config& config, std::shared_ptr<const TraceLibrary> traces,
                           std::shared_ptr<const ZoneCatalog> zones, std::shared_ptr<const SitePlan> profiled,
                           const CriterionWeights& weights, const PortfolioOptions& options);

signals:
    void planned(std::shared_ptr<const greenlight::SitePlan> plan);
    void failed(const QString& message);

private:
    Config m_config;
    std::shared_ptr<const TraceLibrary> m_traces;
    std::shared_ptr<const ZoneCatalog> m_zones;
    std::shared_ptr<const SitePlan> m_last; // holds the profiles for later rankings
    QFutureWatcher<Outcome> m_watcher;
};

} // namespace greenlight
Q_DECLARE_METATYPE(std::shared_ptr<const greenlight::SitePlan>)
