#include "mainwindow.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QDockWidget>
#include <QMenuBar>
#include <QScreen>
#include <QScrollArea>
#include <QSettings>
#include <QStatusBar>

#include <utility>

namespace greenlight {

MainWindow::MainWindow(QWidget* map, QWidget* intensityChart, QWidget* statusWidget,
                       QWidget* parent)
    : QMainWindow(parent), m_intensityDock(new QDockWidget(tr("Zone intensity"), this))
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("Greenlight — carbon-aware compute console"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/greenlight.svg")));
    setCentralWidget(map);
    m_intensityDock->setObjectName(QStringLiteral("intensityDock"));
    m_intensityDock->setWidget(intensityChart);
    addDockWidget(Qt::BottomDockWidgetArea, m_intensityDock);
    statusBar()->addWidget(statusWidget, 1);
    createMenus();
    // 1280 × 860, or the screen's free area when it is smaller (a 1024 × 700 screen lost the
    // status bar and the panel tabs below its edge).
    QSize size(1280, 860);
    if (const QScreen* s = screen())
        size = size.boundedTo(s->availableGeometry().size());
    resize(size);
}

QDockWidget* MainWindow::addPanel(QWidget* panel, const QString& title, const QString& objectName)
{
    auto* dock = new QDockWidget(title, this);
    dock->setObjectName(objectName); // restoreState() finds it by name
    // In a scroll area: a panel's own minimum size (the what-if's form and charts) no longer sets
    // the window's, which did not fit a laptop screen.
    auto* scroll = new QScrollArea(dock);
    scroll->setWidget(panel);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    dock->setWidget(scroll);
    // Panels are added after restoreLayout(), once their data is there: restoreState() kept a
    // place for each of them by name.
    if (!restoreDockWidget(dock)) {
        addDockWidget(Qt::BottomDockWidgetArea, dock);
        tabifyDockWidget(m_intensityDock, dock);
        m_intensityDock->raise();
    }
    m_viewMenu->addAction(dock->toggleViewAction());
    addShowPanelAction(dock);
    return dock;
}

QWidget* MainWindow::panelOf(const QDockWidget* dock)
{
    const auto* scroll = qobject_cast<const QScrollArea*>(dock->widget());
    return scroll ? scroll->widget() : dock->widget();
}

void MainWindow::addShowPanelAction(QDockWidget* dock)
{
    QAction* show = m_showPanelMenu->addAction(dock->windowTitle());
    const qsizetype number = m_showPanelMenu->actions().size();
    if (number <= 9)
        show->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_0 + number)));
    connect(dock, &QWidget::windowTitleChanged, show, &QAction::setText);
    connect(show, &QAction::triggered, dock, [dock] {
        dock->show();
        dock->raise();
        if (QWidget* panel = panelOf(dock))
            panel->setFocus(Qt::ShortcutFocusReason);
    });
}

void MainWindow::createMenus()
{
    QMenu* file = menuBar()->addMenu(tr("&File"));
    QAction* quit = file->addAction(tr("&Quit"));
    quit->setShortcut(QKeySequence::Quit);
    connect(quit, &QAction::triggered, this, &QWidget::close);

    QMenu* view = menuBar()->addMenu(tr("&View"));
    QMenu* projection = view->addMenu(tr("&Projection"));
    m_projectionGroup = new QActionGroup(this);
    m_robinson = projection->addAction(tr("&Robinson"));
    m_equirectangular = projection->addAction(tr("&Equirectangular"));
    for (QAction* action : {m_robinson, m_equirectangular}) {
        action->setCheckable(true);
        m_projectionGroup->addAction(action);
    }
    connect(m_robinson, &QAction::triggered, this,
            [this] { emit projectionRequested(MapProjection::Robinson); });
    connect(m_equirectangular, &QAction::triggered, this,
            [this] { emit projectionRequested(MapProjection::Equirectangular); });
    QMenu* themes = view->addMenu(tr("&Theme"));
    m_themeGroup = new QActionGroup(this);
    const std::pair<Theme, QString> themeChoices[] = {
        {Theme::System, tr("&System")}, {Theme::Light, tr("&Light")}, {Theme::Dark, tr("&Dark")}};
    for (const auto& [theme, text] : themeChoices) {
        QAction* action = themes->addAction(text);
        action->setCheckable(true);
        action->setChecked(theme == m_theme);
        action->setData(themeName(theme));
        m_themeGroup->addAction(action);
        connect(action, &QAction::triggered, this, [this, theme = theme] { setTheme(theme); });
    }
    view->addSeparator();
    QAction* zoomIn = view->addAction(tr("Zoom &in"));
    zoomIn->setShortcut(QKeySequence::ZoomIn);
    connect(zoomIn, &QAction::triggered, this, &MainWindow::zoomInRequested);
    QAction* zoomOut = view->addAction(tr("Zoom &out"));
    zoomOut->setShortcut(QKeySequence::ZoomOut);
    connect(zoomOut, &QAction::triggered, this, &MainWindow::zoomOutRequested);
    QAction* reset = view->addAction(tr("&Whole world"));
    reset->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_0));
    connect(reset, &QAction::triggered, this, &MainWindow::resetViewRequested);
    view->addSeparator();
    m_showPanelMenu = view->addMenu(tr("Show &panel"));
    addShowPanelAction(m_intensityDock);
    view->addSeparator();
    view->addAction(m_intensityDock->toggleViewAction());
    m_viewMenu = view;

    QMenu* settings = menuBar()->addMenu(tr("&Settings"));
    QAction* providers = settings->addAction(tr("Live data &providers…"));
    connect(providers, &QAction::triggered, this, &MainWindow::providerSettingsRequested);

    QMenu* help = menuBar()->addMenu(tr("&Help"));
    QAction* about = help->addAction(tr("&About Greenlight and its data"));
    connect(about, &QAction::triggered, this, &MainWindow::aboutRequested);
    QAction* aboutQt = help->addAction(tr("About &Qt"));
    connect(aboutQt, &QAction::triggered, qApp, &QApplication::aboutQt);
}

void MainWindow::setProjectionChecked(MapProjection projection)
{
    (projection == MapProjection::Equirectangular ? m_equirectangular : m_robinson)->setChecked(true);
}

void MainWindow::restoreLayout()
{
    QSettings settings;
    restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray());
    restoreState(settings.value(QStringLiteral("window/state")).toByteArray());
    const Theme theme = themeFromName(settings.value(QStringLiteral("ui/theme")).toString());
    if (theme != Theme::Invalid)
        setTheme(theme);
}

void MainWindow::setTheme(Theme theme)
{
    if (theme == Theme::Invalid)
        return;
    m_theme = theme;
    applyTheme(theme);
    for (QAction* action : m_themeGroup->actions())
        action->setChecked(action->data().toString() == themeName(theme));
    QSettings().setValue(QStringLiteral("ui/theme"), themeName(theme));
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/state"), saveState());
    event->accept();
}

} // namespace greenlight
