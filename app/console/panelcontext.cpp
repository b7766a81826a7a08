#include "panelcontext.h"

#include "mainwindow.h"

#include <QDockWidget>
#include <QTimer>

namespace greenlight {

QDockWidget* PanelContext::addPanel(QWidget* panel, const QString& title, const QString& objectName,
                                    const QString& panelName) const
{
    QDockWidget* dock = window->addPanel(panel, title, objectName);
    if (isShownPanel(panelName))
        QTimer::singleShot(0, dock, &QDockWidget::raise); // once the window is shown and laid out
    return dock;
}

} // namespace greenlight
