// The what-if and site-planner docks: a WhatIfRunner and a SitePlannerFeed on the bundled traces,
// weather, demo fleet and GPU trace; the site planner's portfolio goes to the what-if panel.
// With --scenario FILE the what-if panel opens that scenario and runs it at start; with --panel
// whatif|siteplanner an unattended screenshot waits for the comparison or the ranking.
// The site planner ranks the zones (a year of hours each) only once its dock is first seen
// or asked for.
//
//   new WhatIfWiring(context, parent);
#pragma once

#include "panelcontext.h"

#include "core/fleet/fleet.h"
#include "core/status.h"

#include <QFutureWatcher>
#include <QObject>

namespace greenlight {

class SitePlannerFeed;
class SitePlannerPanel;
class WhatIfPanel;
class WhatIfRunner;

class WhatIfWiring : public QObject {
    Q_OBJECT
public:
    WhatIfWiring(const PanelContext& context, QObject* parent);
    ~WhatIfWiring() override;

private:
    void startWhenReady();
    void refreshPlannerOnce(); // the first ranking, once the dock is wanted and the traces are in

    PanelContext m_context;
    WhatIfRunner* m_runner;
    SitePlannerFeed* m_planner;
    WhatIfPanel* m_panel;
    SitePlannerPanel* m_plannerPanel;
    QFutureWatcher<Result<Fleet>> m_fleet;
    bool m_fleetLoaded = false;
    bool m_tracesLoaded = false;
    bool m_plannerWanted = false;    // the site planner dock was seen or asked for
    bool m_plannerRefreshed = false; // its first ranking was asked for
};

} // namespace greenlight
