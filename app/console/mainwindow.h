// The console's frame: the map in the centre, panels in docks, menus and a status bar. It holds
// widgets built elsewhere and turns menu choices into signals; it computes nothing.
//
//   MainWindow window(mapWidget, chart, statusLabel);
//   connect(&window, &MainWindow::projectionRequested, mapWidget, &MapWidget::setProjection);
#pragma once

#include "map/projection.h"
#include "themes.h"

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
    // A panel in a dock of its own, listed in the View menu with a shortcut that shows it
    // (Ctrl+1 … Ctrl+9 in menu order). Where the last run left it, else tabbed with the zone
    // intensity.
    QDockWidget* addPanel(QWidget* panel, const QString& title, const QString& objectName);
    // The panel a dock shows (addPanel puts it in a scroll area).
    static QWidget* panelOf(const QDockWidget* dock);

    // Window geometry, dock layout and theme, kept between runs. Panels added afterwards still
    // return to where they were.
    void restoreLayout();
    // View → Theme: applies it to the application and remembers it.
    void setTheme(Theme theme);
    Theme theme() const { return m_theme; }

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
    void addShowPanelAction(QDockWidget* dock);

    QDockWidget* m_intensityDock;
    QMenu* m_viewMenu = nullptr;
    QActionGroup* m_projectionGroup = nullptr;
    QAction* m_robinson = nullptr;
    QAction* m_equirectangular = nullptr;
    QMenu* m_showPanelMenu = nullptr;
    QActionGroup* m_themeGroup = nullptr;
    Theme m_theme = Theme::System;
};

} // namespace greenlight
