#include "budgetwiring.h"

#include "screenshotgate.h"

#include "service/planfeed.h"
#include "service/replayfeed.h"
#include "widgets/budgetpanel.h"

namespace greenlight {

BudgetWiring::BudgetWiring(const PanelContext& context, QObject* parent)
    : QObject(parent), m_panel(new BudgetPanel)
{
    context.addPanel(m_panel, tr("Carbon budget"), QStringLiteral("budgetDock"), QStringLiteral("budget"));
    ScreenshotGate* gate = context.gate;
    if (context.isShownPanel(QStringLiteral("budget")))
        gate->expect(QStringLiteral("budget"));
    ReplayFeed* feed = context.feed;
    connect(context.plan, &PlanFeed::emissionsAccounted, this,
            [this, feed, gate](std::shared_ptr<const PlanEmissions> emissions) {
                m_emissions = std::move(emissions);
                showAt(feed->replayedNow());
                gate->settle(QStringLiteral("budget"));
            });
    connect(context.plan, &PlanFeed::failed, this, [this, gate](const QString& message) {
        m_panel->showMessage(tr("No budget view: the plan failed (%1)").arg(message));
        gate->settle(QStringLiteral("budget"));
    });
    connect(feed, &ReplayFeed::snapshotChanged, this, [this](const GridSnapshot& snapshot) {
        if (m_emissions && m_shown.due(snapshot.time))
            showAt(snapshot.time);
    });
}

void BudgetWiring::showAt(UtcTime now)
{
    m_shown.mark(now);
    m_panel->showBurn(budgetBurnAt(m_emissions->plannedKg, m_emissions->baselineKg, m_emissions->caps, now));
}

} // namespace greenlight
