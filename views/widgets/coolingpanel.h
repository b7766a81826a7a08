// The cooling/PUE panel: for the selected site, PUE(t) and the outdoor temperature over the last
// days (Qt Charts); for every site, mean and range of PUE, free-cooling hours, water use and where
// the figures come from (real hourly weather, climatology or the design PUE).
//
//   auto* panel = new CoolingPanel(parent);
//   connect(feed, &SitePhysicsFeed::computed, panel, &CoolingPanel::showPhysics);
#pragma once

#include "service/sitephysicsfeed.h"

#include <QWidget>

#include <memory>

class QChart;
class QChartView;
class QComboBox;
class QLabel;
class QTableWidget;

namespace greenlight {

class CoolingPanel : public QWidget {
    Q_OBJECT
public:
    explicit CoolingPanel(QWidget* parent = nullptr);

    void showPhysics(std::shared_ptr<const PhysicsSnapshot> snapshot);
    void showError(const QString& message);
    QTableWidget* table() const { return m_table; }
    QChart* chart() const;

private:
    void showSite(int index);

    std::shared_ptr<const PhysicsSnapshot> m_snapshot;
    QComboBox* m_site;
    QLabel* m_note;
    QChartView* m_chartView;
    QTableWidget* m_table;
};

} // namespace greenlight
