// The what-if panel: the scenario's knobs (ScenarioEditor), Run / Cancel with progress, Save… /
// Open… of scenario files, and the scenario side by side with the current plan — a table of the
// figures (WhatIfComparisonModel) and emissions per day of both (DailyEmissionsChart). The run
// itself is the WhatIfRunner's, on a worker thread; this panel only forwards intents.
//
//   auto* panel = new WhatIfPanel(runner, parent);
//   panel->setFleet(fleet);  panel->setZones(catalog);
//   panel->addSitesAndRun(portfolioSites);   // from the site planner
#pragma once

#include "core/fleet/fleet.h"
#include "core/status.h"
#include "core/whatif/whatif.h"
#include "core/zone.h"

#include <QWidget>

#include <memory>

class QLabel;
class QProgressBar;
class QPushButton;
class QTableView;

namespace greenlight {

class DailyEmissionsChart;
class ScenarioEditor;
class WhatIfComparisonModel;
class WhatIfRunner;

class WhatIfPanel : public QWidget {
    Q_OBJECT
public:
    explicit WhatIfPanel(WhatIfRunner* runner, QWidget* parent = nullptr);

    void setFleet(const Fleet& fleet);
    void setZones(std::shared_ptr<const ZoneCatalog> zones);

    void run();
    void cancel();
    void addSitesAndRun(const std::vector<ScenarioSite>& sites);
    // File I/O of a few hundred bytes; errors are shown in the panel and returned.
    Status saveScenarioTo(const QString& path);
    Status openScenarioFrom(const QString& path);
    // Nothing can run (e.g. the fleet file did not load): says why and disables Run and Open…
    // for good.
    void showUnavailable(const QString& reason);

    ScenarioEditor* editor() const { return m_editor; }
    WhatIfComparisonModel* comparisonModel() const { return m_model; }
    DailyEmissionsChart* chart() const { return m_chart; }
    QProgressBar* progressBar() const { return m_progress; }
    QPushButton* runButton() const { return m_run; }
    QPushButton* cancelButton() const { return m_cancel; }
    QLabel* statusLabel() const { return m_status; }

private:
    void showComparison(std::shared_ptr<const WhatIfComparison> comparison);
    void setRunning(bool running);
    void showStatus(const QString& text, bool error);

    WhatIfRunner* m_runner;
    ScenarioEditor* m_editor;
    QPushButton* m_run;
    QPushButton* m_cancel;
    QPushButton* m_save;
    QPushButton* m_open;
    QProgressBar* m_progress;
    QLabel* m_status;
    QLabel* m_summary;
    QTableView* m_table;
    WhatIfComparisonModel* m_model;
    DailyEmissionsChart* m_chart;
    QLabel* m_notes;
    QString m_unavailable; // why nothing can run; empty while runs are possible
};

} // namespace greenlight
