// The carbon-budget dock: gauges, emissions against the baseline and the burn-down, recomputed
// from the plan's hourly emissions at the replayed now.
//
//   new BudgetWiring(context, parent);
#pragma once

#include "panelcontext.h"
#include "replaythrottle.h"

#include "core/utctime.h"

#include <QObject>

#include <memory>

namespace greenlight {

class BudgetPanel;
struct PlanEmissions;

class BudgetWiring : public QObject {
    Q_OBJECT
public:
    BudgetWiring(const PanelContext& context, QObject* parent);

private:
    void showAt(UtcTime now);

    BudgetPanel* m_panel;
    std::shared_ptr<const PlanEmissions> m_emissions;
    ReplayThrottle m_shown{Seconds{60}};
};

} // namespace greenlight
