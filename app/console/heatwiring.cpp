#include "heatwiring.h"

#include "screenshotgate.h"

#include "service/sitephysicsfeed.h"
#include "widgets/heatpanel.h"

namespace greenlight {

HeatWiring::HeatWiring(const PanelContext& context, QObject* parent) : QObject(parent), m_panel(new HeatPanel)
{
    context.addPanel(m_panel, tr("Heat reuse"), QStringLiteral("heatDock"), QStringLiteral("heat"));
    ScreenshotGate* gate = context.gate;
    if (context.isShownPanel(QStringLiteral("heat")))
        gate->expect(QStringLiteral("heat"));
    connect(context.physics, &SitePhysicsFeed::computed, m_panel,
            [this, gate](std::shared_ptr<const PhysicsSnapshot> snapshot) {
                m_panel->showPhysics(std::move(snapshot));
                gate->settle(QStringLiteral("heat"));
            });
    connect(context.physics, &SitePhysicsFeed::failed, m_panel, [this, gate](const QString& message) {
        m_panel->showError(tr("Waste heat could not be computed: %1").arg(message));
        gate->settle(QStringLiteral("heat"));
    });
}

} // namespace greenlight
