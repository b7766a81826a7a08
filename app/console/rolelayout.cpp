#include "rolelayout.h"

#include "mainwindow.h"

#include "service/storeservice.h"

#include <QDockWidget>
#include <QTimer>

namespace greenlight {

RoleLayout::RoleLayout(const PanelContext& context, QObject* parent) : QObject(parent)
{
    if (!context.options->panel.isEmpty())
        return; // the command line chose
    MainWindow* window = context.window;
    connect(context.store, &StoreService::opened, this, [window](const QString&, const QString& roles) {
        const QString dock = dockFor(roles.split(QStringLiteral(", "), Qt::SkipEmptyParts));
        if (auto* target = window->findChild<QDockWidget*>(dock))
            QTimer::singleShot(0, target, &QDockWidget::raise);
    });
}

QString RoleLayout::dockFor(const QStringList& roles)
{
    if (roles.contains(QStringLiteral("operator")))
        return QStringLiteral("approvalInboxDock");
    if (roles.contains(QStringLiteral("executive")))
        return QStringLiteral("executiveDock");
    return QStringLiteral("budgetDock");
}

} // namespace greenlight
