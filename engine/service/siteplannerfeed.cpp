#include "service/siteplannerfeed.h"

#include "core/fleet/fleet.h"
#include "core/physics/weatherlibrary.h"

#include <QFileInfo>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>

namespace greenlight {

SitePlannerFeed::SitePlannerFeed(Config config, QObject* parent) : QObject(parent), m_config(std::move(config))
{
    qRegisterMetaType<std::shared_ptr<const SitePlan>>();
    connect(&m_watcher, &QFutureWatcher<Outcome>::finished, this, [this] {
        const Outcome outcome = m_watcher.result();
        if (outcome.plan) {
            m_last = outcome.plan;
            emit planned(outcome.plan);
        } else {
            emit failed(outcome.error);
        }
    });
}

SitePlannerFeed::~SitePlannerFeed() { m_watcher.waitForFinished(); }

void SitePlannerFeed::setData(std::shared_ptr<const TraceLibrary> traces, std::shared_ptr<const ZoneCatalog> zones)
{
    m_traces = std::move(traces);
    m_zones = std::move(zones);
    m_last.reset();
}

void SitePlannerFeed::plan(const CriterionWeights& weights, const PortfolioOptions& options)
{
    if (!m_traces || !m_zones) {
        emit failed(tr("The intensity traces are still loading."));
        return;
    }
    // Setting a new future detaches the watcher from the old one: its result is never shown.
    m_watcher.setFuture(QtConcurrent::run(
        [config = m_config, traces = m_traces, zones = m_zones, last = m_last, weights, options] {
            return compute(config, traces, zones, last, weights, options);
        }));
}

SitePlannerFeed::Outcome SitePlannerFeed::compute(const Config& config, std::shared_ptr<const TraceLibrary> traces,
                                                  std::shared_ptr<const ZoneCatalog> zones,
                                                  std::shared_ptr<const SitePlan> profiled,
                                                  const CriterionWeights& weights, const PortfolioOptions& options)
{
    Outcome outcome;
    auto plan = std::make_shared<SitePlan>();
    if (profiled) {
        plan->candidates = profiled->candidates;
        plan->preferredJurisdictions = profiled->preferredJurisdictions;
        plan->userRegions = profiled->userRegions;
        plan->skipped = profiled->skipped;
        plan->siting = profiled->siting;
    } else {
        Result<Fleet> fleet = loadFleetFile(config.fleetFile.toStdString());
        if (!fleet.ok()) {
            outcome.error = QString::fromStdString(fleet.status().toString());
            return outcome;
        }
        WeatherLibrary weather;
        if (!config.weatherDir.isEmpty() && QFileInfo(config.weatherDir).isDir()) {
            Result<WeatherLibrary> loaded = WeatherLibrary::loadDirectory(config.weatherDir.toStdString());
            if (!loaded.ok()) {
                outcome.error = QString::fromStdString(loaded.status().toString());
                return outcome;
            }
            weather = std::move(loaded).value();
        }
        Result<std::vector<CandidateZone>> candidates =
            profileZones(*zones, *traces, &weather, fleet.value(), plan->siting, &plan->skipped);
        if (!candidates.ok()) {
            outcome.error = QString::fromStdString(candidates.status().toString());
            return outcome;
        }
        plan->candidates = std::make_shared<const std::vector<CandidateZone>>(std::move(candidates).value());
        for (const Site& site : fleet->sites()) {
            if (std::find(plan->preferredJurisdictions.begin(), plan->preferredJurisdictions.end(), site.jurisdiction) ==
                plan->preferredJurisdictions.end())
                plan->preferredJurisdictions.push_back(site.jurisdiction);
        }
        for (const UserRegion& region : fleet->userRegions())
            plan->userRegions.push_back(region.id);
    }
    plan->weights = weights;
    plan->options = options;
    plan->options.lowCarbonGPerKwh = plan->siting.lowCarbonGPerKwh;
    plan->ranking = rankZones(*plan->candidates, weights, plan->preferredJurisdictions);
    plan->portfolio = proposePortfolio(*plan->candidates, plan->ranking, plan->options);
    outcome.plan = plan;
    return outcome;
}

} // namespace greenlight
