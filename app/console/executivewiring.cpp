#include "executivewiring.h"

#include "screenshotgate.h"

#include "service/planfeed.h"
#include "widgets/executivesummary.h"

namespace greenlight {

ExecutiveWiring::ExecutiveWiring(const PanelContext& context, QObject* parent)
    : QObject(parent), m_panel(new ExecutiveSummary)
{
    context.addPanel(m_panel, tr("Executive summary"), QStringLiteral("executiveDock"), QStringLiteral("executive"));
    ScreenshotGate* gate = context.gate;
    if (context.isShownPanel(QStringLiteral("executive")))
        gate->expect(QStringLiteral("executive"));
    connect(context.plan, &PlanFeed::reported, this, [this, gate](std::shared_ptr<const PlanReport> report) {
        m_panel->showReport(std::move(report));
        gate->settle(QStringLiteral("executive"));
    });
    connect(context.plan, &PlanFeed::failed, this, [this, gate](const QString& message) {
        m_panel->showError(tr("No summary: the plan failed (%1)").arg(message));
        gate->settle(QStringLiteral("executive"));
    });
}

} // namespace greenlight
