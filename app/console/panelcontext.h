// What every panel's wiring needs from the console: the options, the bundled data, the window to
// dock into, the replayed clock, the map, the operations database, the screenshot gate and the
// shared plan and site-physics feeds. The
// composition root builds it once; each <panel>wiring.cpp takes it and connects its own panel.
//
//   PanelContext context{&options, dataDir, window, feed, map, store, gate, plan, physics,
//                        providers};
//   new JobQueueWiring(context, parent);
#pragma once

#include "consoleoptions.h"
#include "datapaths.h"

#include <QString>

class QDockWidget;
class QWidget;

namespace greenlight {

class MainWindow;
class MapWidget;
class PlanFeed;
class ProviderHub;
class ReplayFeed;
class ScreenshotGate;
class SitePhysicsFeed;
class StoreService;

struct PanelContext {
    const ConsoleOptions* options = nullptr;
    QString dataDir;
    MainWindow* window = nullptr;
    ReplayFeed* feed = nullptr;
    MapWidget* map = nullptr;
    StoreService* store = nullptr;
    ScreenshotGate* gate = nullptr;
    PlanFeed* plan = nullptr;           // the bundled workload planned on the fleet (once loaded)
    SitePhysicsFeed* physics = nullptr; // the fleet's PUE, water and heat, every replayed hour
    ProviderHub* providers = nullptr;   // live carbon-intensity values (none by default)

    // --fleet FILE, else the bundled demo fleet next to the data folder.
    QString fleetFile() const
    {
        return options && !options->fleetFile.isEmpty() ? options->fleetFile : demoFleetFile(dataDir);
    }
    // Docks the panel; `panelName` is what --panel NAME raises at start.
    QDockWidget* addPanel(QWidget* panel, const QString& title, const QString& objectName,
                          const QString& panelName) const;
    // --panel NAME asked for this panel: the screenshot waits for it.
    bool isShownPanel(const QString& panelName) const { return options->panel == panelName; }
};

} // namespace greenlight
