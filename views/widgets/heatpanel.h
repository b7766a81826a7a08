// The heat-reclamation panel: for the chosen site (or the fleet), the heat its cooling loops hand
// to the district-heating network hour by hour over the last days, the network's demand and the
// supply temperature (Qt Charts); for every site, kWh_th reused, demand covered, mean supply
// temperature, heat-pump electricity and ERF. Sites without a contract or weather say so.
//
//   auto* panel = new HeatPanel(parent);
//   connect(feed, &SitePhysicsFeed::computed, panel, &HeatPanel::showPhysics);
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

class HeatPanel : public QWidget {
    Q_OBJECT
public:
    explicit HeatPanel(QWidget* parent = nullptr);

    void showPhysics(std::shared_ptr<const PhysicsSnapshot> snapshot);
    void showError(const QString& message);
    QTableWidget* table() const { return m_table; }
    QChart* chart() const;
    QString note() const;

private:
    void showChoice(int index);

    std::shared_ptr<const PhysicsSnapshot> m_snapshot;
    QComboBox* m_site;
    QLabel* m_note;
    QChartView* m_chartView;
    QTableWidget* m_table;
};

} // namespace greenlight
