// The console's frame: the map in the centre, panels in docks, menus and a status bar. It holds
// widgets built elsewhere and turns menu choices into signals; it computes nothing.
//
//   MainWindow window(mapWidget, chart, statusLabel);
//   connect(&window, &MainWindow::projectionRequested, mapWidget, &MapWidget::setProjection);
#pragma once

#include "map/projection.h"

#include <QMainWindow>

class QAction;
class QActionGroup;
class QDockWidget;
class QMenu;

namespace greenlight {

class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    MainWindow(QWidget* map, QWidget* intensityChart, QWidget* statusWidget,
               QWidget* parent = nullptr);

    void setProjectionChecked(MapProjection projection);
    QDockWidget* intensityDock() const { return m_intensityDock; }
    // A panel in a dock of its own, tabbed with the zone intensity, listed in the View menu.
    QDockWidget* addPanel(QWidget* panel, const QString& title, const QString& objectName);

    // Window geometry and dock layout, kept between runs.
    void restoreLayout();

signals:
    void projectionRequested(greenlight::MapProjection projection);
    void zoomInRequested();
    void zoomOutRequested();
    void resetViewRequested();
    void aboutRequested();
    void providerSettingsRequested();

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    void createMenus();

    QDockWidget* m_intensityDock;
    QMenu* m_viewMenu = nullptr;
    QActionGroup* m_projectionGroup = nullptr;
    QAction* m_robinson = nullptr;
    QAction* m_equirectangular = nullptr;
};

} // namespace greenlight
