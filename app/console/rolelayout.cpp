#include "rolelayout.h"

#include "mainwindow.h"

#include "service/storeservice.h"

#include <QDockWidget>

#include <algorithm>
#include <QTimer>

namespace greenlight {

RoleLayout::RoleLayout(const PanelContext& context, QObject* parent) : QObject(parent)
{
    if (!context.options->panel.isEmpty())
        return; // the command line chose
    MainWindow* window = context.window;
    connect(context.store, &StoreService::opened, this,
            [window](const QString&, const QString&, int, const std::vector<Role>& roles) {
                if (auto* target = window->findChild<QDockWidget*>(dockFor(roles)))
                    QTimer::singleShot(0, target, &QDockWidget::raise);
            });
}

QString RoleLayout::dockFor(const std::vector<Role>& roles)
{
    // Those who may decide proposals start where the decisions are (the engine's rule).
    if (grantingRole(roles, Permission::ApproveProposal))
        return QStringLiteral("approvalInboxDock");
    if (std::find(roles.begin(), roles.end(), Role::Executive) != roles.end())
        return QStringLiteral("executiveDock");
    return QStringLiteral("budgetDock");
}

} // namespace greenlight
