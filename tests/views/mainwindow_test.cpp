// Smoke test of the whole console on its embedded default, offscreen: it opens, loads the
// bundled data off the UI thread, paints the map with data, selects a zone and charts it.
#include "compositionroot.h"
#include "providercontroller.h"
#include "mainwindow.h"
#include "themes.h"

#include "map/mapmodel.h"
#include "map/mapwidget.h"
#include "models/siterankingmodel.h"
#include "service/replayfeed.h"
#include "widgets/intensitychart.h"
#include "widgets/siteplannerpanel.h"

#include <QAction>
#include <QDockWidget>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QDir>
#include <QtTest>

#include <memory>

using namespace greenlight;

namespace {

// A window as the console builds it: layout restored first, panels docked afterwards.
std::unique_ptr<MainWindow> windowWithPanels()
{
    auto window = std::make_unique<MainWindow>(new QLabel(QStringLiteral("map")),
                                               new QLabel(QStringLiteral("chart")), new QLabel);
    window->restoreLayout();
    window->addPanel(new QLabel(QStringLiteral("budget")), QStringLiteral("Carbon budget"),
                     QStringLiteral("budgetDock"));
    window->addPanel(new QLabel(QStringLiteral("heat")), QStringLiteral("Heat reuse"),
                     QStringLiteral("heatDock"));
    return window;
}

QMenu* viewSubmenu(MainWindow& window, const QString& title)
{
    for (QAction* top : window.menuBar()->actions()) {
        if (top->text() != QLatin1String("&View"))
            continue;
        for (QAction* action : top->menu()->actions()) {
            if (action->menu() && action->text() == title)
                return action->menu();
        }
    }
    return nullptr;
}

} // namespace

class MainWindowTest : public QObject {
    Q_OBJECT
private slots:
    // As greenlight-cli: a named database must be usable as given; a typo in its folder created
    // the folder and a fresh database with the user as admin.
    void aDatabaseInAFolderThatDoesNotExistIsRefused()
    {
        const ConsoleOptions typo = ConsoleOptions::parse(
            {QStringLiteral("greenlight"), QStringLiteral("--db"), QStringLiteral("/nonexistent-greenlight-dir/ops.db")});
        QVERIFY2(typo.error.contains(QStringLiteral("no such folder")), qPrintable(typo.error));
        QVERIFY(!QDir(QStringLiteral("/nonexistent-greenlight-dir")).exists());
        QTemporaryDir dir;
        const ConsoleOptions fine =
            ConsoleOptions::parse({QStringLiteral("greenlight"), QStringLiteral("--db"), dir.filePath(QStringLiteral("ops.db"))});
        QVERIFY2(fine.error.isEmpty(), qPrintable(fine.error));
        const ConsoleOptions folder = ConsoleOptions::parse({QStringLiteral("greenlight"), QStringLiteral("--db"), dir.path()});
        QVERIFY2(folder.error.contains(QStringLiteral("is a directory")), qPrintable(folder.error));
        // A language Greenlight has no translation for is refused, not silently English.
        const ConsoleOptions spanish = ConsoleOptions::parse({QStringLiteral("greenlight"), QStringLiteral("--lang"), QStringLiteral("es")});
        QVERIFY2(spanish.error.contains(QStringLiteral("--lang is en, de or fr")), qPrintable(spanish.error));
        QVERIFY(ConsoleOptions::parse({QStringLiteral("greenlight"), QStringLiteral("--lang"), QStringLiteral("de")}).error.isEmpty());
    }

    void opensOnTheEmbeddedDefault()
    {
        ConsoleOptions options;
        options.dataDir = QStringLiteral(GREENLIGHT_DATA_DIR);
        options.selectZone = QStringLiteral("NO");
        options.projection = QStringLiteral("equirectangular");
        CompositionRoot root(options);
        QSignalSpy ready(&root, &CompositionRoot::mapReady);
        root.start();
        QVERIFY(root.window()->isVisible());
        QVERIFY(ready.wait(20'000));

        QCOMPARE(root.mapModel()->zones()->zones().size(), std::size_t(82));
        QVERIFY(root.mapModel()->hasSnapshot());
        QCOMPARE(root.mapModel()->selectedZone(), QStringLiteral("NO"));
        auto* chart = root.window()->findChild<IntensityChart*>();
        QVERIFY(chart);
        QCOMPARE(chart->zoneKey(), QStringLiteral("NO"));
        QVERIFY(chart->pastPointCount() > 0);

        auto* map = root.window()->findChild<MapWidget*>();
        QVERIFY(map);
        QCOMPARE(map->projection(), MapProjection::Equirectangular);
        emit root.window()->projectionRequested(MapProjection::Robinson);
        QCOMPARE(map->projection(), MapProjection::Robinson);

        QStringList menus;
        for (QAction* action : root.window()->menuBar()->actions())
            menus << action->text();
        QCOMPARE(menus, QStringList({"&File", "&View", "&Settings", "&Help"}));
        QVERIFY(root.window()->intensityDock()->widget() == chart);

        // Settings → Live data providers… opens the providers dialog (non-modal, no nested loop).
        emit root.window()->providerSettingsRequested();
        QTRY_VERIFY_WITH_TIMEOUT(root.providers()->settingsDialog(), 15'000); // after the keychain answers
        root.providers()->settingsDialog()->reject();
    }

    void layoutAndThemePersistAcrossRuns()
    {
        QSettings().clear();
        const QSize size(1100, 700);
        {
            auto first = windowWithPanels();
            first->show();
            QVERIFY(QTest::qWaitForWindowExposed(first.get()));
            QCOMPARE(first->theme(), Theme::System);
            first->resize(size);
            auto* heat = first->findChild<QDockWidget*>(QStringLiteral("heatDock"));
            first->addDockWidget(Qt::RightDockWidgetArea, heat); // out of the tabs, to the right
            first->findChild<QDockWidget*>(QStringLiteral("budgetDock"))->close();
            QMenu* themes = viewSubmenu(*first, QStringLiteral("&Theme"));
            QVERIFY(themes);
            QAction* dark = themes->actions().value(2);
            QCOMPARE(dark->text(), QStringLiteral("&Dark"));
            dark->trigger();
            QCOMPARE(qApp->palette().color(QPalette::Window), darkPalette().color(QPalette::Window));
            QVERIFY(first->close());
        }
        applyTheme(Theme::System); // the next run starts from the platform's look
        QVERIFY(qApp->palette().color(QPalette::Window) != darkPalette().color(QPalette::Window));
        {
            auto second = windowWithPanels();
            second->show();
            QVERIFY(QTest::qWaitForWindowExposed(second.get()));
            QCOMPARE(second->size(), size);
            auto* heat = second->findChild<QDockWidget*>(QStringLiteral("heatDock"));
            auto* budget = second->findChild<QDockWidget*>(QStringLiteral("budgetDock"));
            QCOMPARE(second->dockWidgetArea(heat), Qt::RightDockWidgetArea);
            QVERIFY(heat->isVisible());
            QVERIFY(!budget->isVisible());
            // Closed, the budget keeps its place among the tabs; the heat panel left them.
            QCOMPARE(second->tabifiedDockWidgets(second->intensityDock()), QList<QDockWidget*>{budget});
            QCOMPARE(second->theme(), Theme::Dark);
            QVERIFY(viewSubmenu(*second, QStringLiteral("&Theme"))->actions().value(2)->isChecked());
            QCOMPARE(qApp->palette().color(QPalette::Window), darkPalette().color(QPalette::Window));
        }
        applyTheme(Theme::System);
        QSettings().clear();
    }

    void eachDockHasAShortcutThatShowsIt()
    {
        QSettings().clear();
        auto window = windowWithPanels();
        window->show();
        QVERIFY(QTest::qWaitForWindowExposed(window.get()));
        QMenu* panels = viewSubmenu(*window, QStringLiteral("Show &panel"));
        QVERIFY(panels);
        QStringList titles;
        QList<QKeySequence> shortcuts;
        for (QAction* action : panels->actions()) {
            titles << action->text();
            shortcuts << action->shortcut();
        }
        QCOMPARE(titles, QStringList({"Zone intensity", "Carbon budget", "Heat reuse"}));
        QCOMPARE(shortcuts, QList<QKeySequence>({QKeySequence(QStringLiteral("Ctrl+1")),
                                                 QKeySequence(QStringLiteral("Ctrl+2")),
                                                 QKeySequence(QStringLiteral("Ctrl+3"))}));

        auto* heat = window->findChild<QDockWidget*>(QStringLiteral("heatDock"));
        heat->close();
        QVERIFY(!heat->isVisible());
        panels->actions().at(2)->trigger();
        QVERIFY(heat->isVisible());
        // Raised: the current tab of the group it shares with the zone intensity.
        QTRY_VERIFY(!heat->visibleRegion().isEmpty());
        QTRY_VERIFY(window->intensityDock()->visibleRegion().isEmpty());
    }

    void theSitePlannerRanksOnlyOnceItsDockIsSeen()
    {
        // Ranking profiles every zone over a year; a start that never shows the dock skips it.
        QSettings().clear();
        ConsoleOptions options;
        options.dataDir = QStringLiteral(GREENLIGHT_DATA_DIR);
        CompositionRoot root(options);
        QSignalSpy ready(&root, &CompositionRoot::mapReady);
        root.start();
        QVERIFY(ready.wait(20'000));
        auto* dock = root.window()->findChild<QDockWidget*>(QStringLiteral("sitePlannerDock"));
        QVERIFY(dock);
        auto* planner = qobject_cast<SitePlannerPanel*>(MainWindow::panelOf(dock));
        QVERIFY(planner);
        QVERIFY(dock->visibleRegion().isEmpty()); // a tab behind the zone intensity
        QTest::qWait(500);
        QCOMPARE(planner->model()->rowCount(), 0);
        dock->show();
        dock->raise();
        QTRY_VERIFY_WITH_TIMEOUT(planner->model()->rowCount() > 0, 60'000);
        QSettings().clear();
    }

    void unknownZoneFallsBackAndSaysSo()
    {
        ConsoleOptions options;
        options.dataDir = QStringLiteral(GREENLIGHT_DATA_DIR);
        options.selectZone = QStringLiteral("ATLANTIS");
        CompositionRoot root(options);
        QSignalSpy ready(&root, &CompositionRoot::mapReady);
        root.start();
        QVERIFY(ready.wait(20'000));
        QCOMPARE(root.mapModel()->selectedZone(), QStringLiteral("DE"));
    }
};

QTEST_MAIN(MainWindowTest)
#include "mainwindow_test.moc"
