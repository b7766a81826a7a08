#include "coolingwiring.h"

#include "service/sitephysicsfeed.h"
#include "widgets/coolingpanel.h"

namespace greenlight {

CoolingWiring::CoolingWiring(const PanelContext& context, QObject* parent)
    : QObject(parent), m_panel(new CoolingPanel)
{
    context.addPanel(m_panel, tr("Cooling / PUE"), QStringLiteral("coolingDock"), QStringLiteral("cooling"));
    SitePhysicsFeed* physics = context.physics;
    connect(physics, &SitePhysicsFeed::computed, m_panel, &CoolingPanel::showPhysics);
    connect(physics, &SitePhysicsFeed::failed, m_panel, [this](const QString& message) {
        m_panel->showError(tr("PUE could not be computed: %1").arg(message));
    });
}

} // namespace greenlight
