// Smoke test of the whole console on its embedded default, offscreen: it opens, loads the
// bundled data off the UI thread, paints the map with data, selects a zone and charts it.
#include "compositionroot.h"
#include "providercontroller.h"
#include "mainwindow.h"

#include "map/mapmodel.h"
#include "map/mapwidget.h"
#include "service/replayfeed.h"
#include "widgets/intensitychart.h"

#include <QAction>
#include <QDockWidget>
#include <QMenuBar>
#include <QSignalSpy>
#include <QtTest>

using namespace greenlight;

class MainWindowTest : public QObject {
    Q_OBJECT
private slots:
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
