// The what-if scenario's knobs as a form: policy and its threshold, delay rules, budget caps,
// forecast model and injected error, the fleet's sites (keep or remove, cooling), sites to add,
// the period. It only converts between widgets and a Scenario value; running it is elsewhere.
//
//   auto* editor = new ScenarioEditor(parent);
//   editor->setFleet(fleet);  editor->setZones(catalog);
//   Scenario s = editor->scenario();
#pragma once

#include "core/fleet/fleet.h"
#include "core/whatif/scenario.h"
#include "core/zone.h"

#include <QWidget>

#include <memory>
#include <optional>

class QCheckBox;
class QComboBox;
class QDateTimeEdit;
class QDoubleSpinBox;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QTableWidget;

namespace greenlight {

class ScenarioEditor : public QWidget {
    Q_OBJECT
public:
    explicit ScenarioEditor(QWidget* parent = nullptr);

    void setFleet(const Fleet& fleet);
    void setZones(std::shared_ptr<const ZoneCatalog> zones);

    Scenario scenario() const;
    void setScenario(const Scenario& scenario);
    // Adds sites (e.g. the site planner's portfolio); an id already listed is replaced.
    void addSites(const std::vector<ScenarioSite>& sites);

    QComboBox* policyBox() const { return m_policy; }
    QTableWidget* fleetTable() const { return m_fleetSites; }
    QTableWidget* addedTable() const { return m_addedSites; }

private:
    void addSiteFromForm();
    void appendAddedRow(const ScenarioSite& site);
    void updateEnabled();

    QLineEdit* m_name;
    QComboBox* m_policy;
    QDoubleSpinBox* m_threshold;
    QDoubleSpinBox* m_maxDelayLong;
    QDoubleSpinBox* m_maxDelayShort;
    QDoubleSpinBox* m_budgetDaily;
    QDoubleSpinBox* m_budgetMonthly;
    std::optional<BudgetCaps> m_fleetCaps; // shown while the scenario keeps the fleet's budget
    QComboBox* m_forecast;
    QDoubleSpinBox* m_bias;
    QDoubleSpinBox* m_noise;
    QDoubleSpinBox* m_seed; // whole numbers up to kScenarioMaxSeed (2^53), beyond an int
    QCheckBox* m_limitPeriod;
    QDateTimeEdit* m_from;
    QDateTimeEdit* m_to;
    QTableWidget* m_fleetSites;
    QTableWidget* m_addedSites;
    QComboBox* m_newZone;
    QSpinBox* m_newGpus;
    QComboBox* m_newCooling;
    QPushButton* m_addSite;
    QPushButton* m_removeAdded;

    std::shared_ptr<const ZoneCatalog> m_zones;
    std::vector<ScenarioSite> m_added; // row order of m_addedSites
    // What a loaded scenario says about sites this fleet does not have: kept so that saving it
    // again loses nothing, and running it names the problem.
    std::vector<std::string> m_unknownRemoved;
    std::map<std::string, CoolingType> m_unknownCooling;
};

} // namespace greenlight
