#include "whatifwiring.h"

#include "screenshotgate.h"

#include "service/replayfeed.h"
#include "service/siteplannerfeed.h"
#include "service/whatifrunner.h"
#include "widgets/siteplannerpanel.h"
#include "widgets/whatifpanel.h"

#include <QDockWidget>
#include <QTimer>
#include <QtConcurrent/QtConcurrentRun>

#include <cstdio>

namespace greenlight {

WhatIfWiring::WhatIfWiring(const PanelContext& context, QObject* parent)
    : QObject(parent)
    , m_context(context)
    , m_runner(new WhatIfRunner({context.fleetFile(), bundledJobTrace(context.dataDir),
                                 bundledWeatherDir(context.dataDir)},
                                this))
    , m_planner(new SitePlannerFeed({context.fleetFile(), bundledWeatherDir(context.dataDir)}, this))
    , m_panel(new WhatIfPanel(m_runner))
    , m_plannerPanel(new SitePlannerPanel(m_planner))
{
    QDockWidget* whatIfDock = context.addPanel(m_panel, tr("What-if"), QStringLiteral("whatIfDock"), QStringLiteral("whatif"));
    QDockWidget* plannerDock = context.addPanel(m_plannerPanel, tr("Site planner"), QStringLiteral("sitePlannerDock"),
                                                QStringLiteral("siteplanner"));
    ScreenshotGate* gate = context.gate;
    const bool autoRun = context.isShownPanel(QStringLiteral("whatif")) || !context.options->scenarioFile.isEmpty();
    if (autoRun)
        gate->expect(QStringLiteral("whatif"));
    if (!context.options->scenarioFile.isEmpty())
        QTimer::singleShot(0, whatIfDock, &QDockWidget::raise); // once the window is laid out
    // Ranking profiles every zone over a year: done when the dock is first seen (or asked for with
    // --panel siteplanner), not at every start, where it would compete with the plan feeds.
    if (context.isShownPanel(QStringLiteral("siteplanner"))) {
        gate->expect(QStringLiteral("siteplanner"));
        m_plannerWanted = true;
    }
    connect(plannerDock, &QDockWidget::visibilityChanged, this, [this](bool visible) {
        if (visible && !m_plannerWanted) {
            m_plannerWanted = true;
            refreshPlannerOnce();
        }
    });

    connect(m_plannerPanel, &SitePlannerPanel::whatIfRequested, this, [this, whatIfDock](const std::vector<ScenarioSite>& sites) {
        whatIfDock->show();
        whatIfDock->raise();
        m_panel->addSitesAndRun(sites);
    });
    connect(m_runner, &WhatIfRunner::finished, this, [gate] { gate->settle(QStringLiteral("whatif")); });
    connect(m_runner, &WhatIfRunner::failed, this, [gate](const QString& message) {
        std::fprintf(stderr, "what-if: %s\n", qPrintable(message));
        gate->settle(QStringLiteral("whatif"));
    });
    connect(m_planner, &SitePlannerFeed::planned, this, [gate] { gate->settle(QStringLiteral("siteplanner")); });
    connect(m_planner, &SitePlannerFeed::failed, this, [gate](const QString& message) {
        std::fprintf(stderr, "site planner: %s\n", qPrintable(message));
        gate->settle(QStringLiteral("siteplanner"));
    });

    // The fleet file is read off the UI thread; the traces come from the replay feed.
    connect(&m_fleet, &QFutureWatcher<Result<Fleet>>::finished, this, [this] {
        const Result<Fleet> fleet = m_fleet.result();
        if (!fleet.ok()) {
            const QString reason = QString::fromStdString(fleet.status().toString());
            std::fprintf(stderr, "what-if: %s\n", qPrintable(reason));
            m_panel->showUnavailable(reason);
            m_context.gate->settle(QStringLiteral("whatif")); // nothing will run
            return;
        }
        m_panel->setFleet(fleet.value());
        m_fleetLoaded = true;
        startWhenReady();
    });
    m_fleet.setFuture(QtConcurrent::run([path = context.fleetFile()] { return loadFleetFile(path.toStdString()); }));
    ReplayFeed* feed = context.feed;
    connect(feed, &ReplayFeed::loaded, this, [this, feed] {
        m_runner->setTraces(feed->library());
        m_planner->setData(feed->library(), feed->zones());
        m_panel->setZones(feed->zones());
        m_tracesLoaded = true;
        refreshPlannerOnce();
        startWhenReady();
    });
}

WhatIfWiring::~WhatIfWiring() { m_fleet.waitForFinished(); }

void WhatIfWiring::refreshPlannerOnce()
{
    if (m_plannerRefreshed || !m_plannerWanted || !m_tracesLoaded)
        return;
    m_plannerRefreshed = true;
    m_plannerPanel->refresh();
}

void WhatIfWiring::startWhenReady()
{
    if (!m_fleetLoaded || !m_tracesLoaded)
        return;
    const QString scenarioFile = m_context.options->scenarioFile;
    if (!scenarioFile.isEmpty()) {
        if (const Status opened = m_panel->openScenarioFrom(scenarioFile); !opened.isOk()) {
            // The panel shows the same reason.
            std::fprintf(stderr, "what-if: %s\n", opened.toString().c_str());
            m_context.gate->settle(QStringLiteral("whatif"));
            return;
        }
        m_panel->run();
    } else if (m_context.isShownPanel(QStringLiteral("whatif"))) {
        m_panel->run();
    }
}

} // namespace greenlight
