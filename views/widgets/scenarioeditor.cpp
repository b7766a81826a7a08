#include "scenarioeditor.h"

#include "core/forecast/forecasterregistry.h"
#include "core/scheduler/policyregistry.h"
#include "core/siting/jurisdiction.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

namespace greenlight {
namespace {

constexpr CoolingType kCoolingTypes[] = {CoolingType::Air, CoolingType::AirEconomizer, CoolingType::DirectToChip,
                                         CoolingType::Immersion};

QString coolingLabel(CoolingType type)
{
    switch (type) {
    case CoolingType::Air:
        return QObject::tr("air");
    case CoolingType::AirEconomizer:
        return QObject::tr("air + economiser");
    case CoolingType::DirectToChip:
        return QObject::tr("direct-to-chip liquid");
    case CoolingType::Immersion:
        return QObject::tr("immersion");
    case CoolingType::Invalid:
        break;
    }
    return {};
}

QComboBox* coolingBox(QWidget* parent, CoolingType selected)
{
    auto* box = new QComboBox(parent);
    for (const CoolingType type : kCoolingTypes)
        box->addItem(coolingLabel(type), static_cast<int>(type));
    box->setCurrentIndex(box->findData(static_cast<int>(selected)));
    return box;
}

QDoubleSpinBox* spin(QWidget* parent, double low, double high, double step, int decimals, const QString& suffix)
{
    auto* box = new QDoubleSpinBox(parent);
    box->setRange(low, high);
    box->setSingleStep(step);
    box->setDecimals(decimals);
    box->setSuffix(suffix);
    return box;
}

QDateTime utc(UtcTime t)
{
    return QDateTime::fromSecsSinceEpoch(t.time_since_epoch().count(), Qt::UTC);
}

UtcTime fromUtc(const QDateTime& t)
{
    return UtcTime{Seconds{t.toSecsSinceEpoch()}};
}

} // namespace

ScenarioEditor::ScenarioEditor(QWidget* parent)
    : QWidget(parent)
    , m_name(new QLineEdit(this))
    , m_policy(new QComboBox(this))
    , m_threshold(spin(this, 0, kScenarioMaxThresholdGPerKwh, 10, 1, tr(" g/kWh")))
    , m_maxDelayLong(spin(this, 0, kScenarioMaxDelayHours, 1, 2, tr(" h")))
    , m_maxDelayShort(spin(this, 0, kScenarioMaxDelayHours, 0.5, 2, tr(" h")))
    , m_budgetDaily(spin(this, 0, kScenarioMaxBudgetKg, 10, 2, tr(" kg")))
    , m_budgetMonthly(spin(this, 0, kScenarioMaxBudgetKg, 100, 2, tr(" kg")))
    , m_forecast(new QComboBox(this))
    , m_bias(spin(this, kScenarioMinBiasPct, kScenarioMaxBiasPct, 5, 1, tr(" %")))
    , m_noise(spin(this, 0, kScenarioMaxNoisePct, 5, 1, tr(" %")))
    , m_seed(spin(this, 0, kScenarioMaxSeed, 1, 0, {})) // a double holds every whole seed up to 2^53
    , m_limitPeriod(new QCheckBox(tr("Only jobs submitted in"), this))
    , m_from(new QDateTimeEdit(this))
    , m_to(new QDateTimeEdit(this))
    , m_fleetSites(new QTableWidget(0, 3, this))
    , m_addedSites(new QTableWidget(0, 4, this))
    , m_newZone(new QComboBox(this))
    , m_newGpus(new QSpinBox(this))
    , m_newCooling(coolingBox(this, CoolingType::AirEconomizer))
    , m_addSite(new QPushButton(tr("Add site"), this))
    , m_removeAdded(new QPushButton(tr("Remove selected"), this))
{
    m_name->setPlaceholderText(tr("a name for this scenario"));
    for (const std::string& name : policyNames())
        m_policy->addItem(QString::fromStdString(name));
    for (const std::string& name : forecasterNames()) {
        if (name != "provider") // needs an operations database of issued forecasts
            m_forecast->addItem(QString::fromStdString(name));
    }
    m_budgetDaily->setSpecialValueText(tr("no cap"));
    m_budgetMonthly->setSpecialValueText(tr("no cap"));
    m_bias->setToolTip(tr("Every forecast value is multiplied by 1 + bias: what if the forecasts were this far off?"));
    m_noise->setToolTip(tr("Multiplicative log-normal noise per forecast hour (σ), mean-neutral; the seed makes it reproducible"));
    m_threshold->setToolTip(tr("threshold-migrate moves a job when home is dirtier than the cleanest site by more than this"));
    for (QDateTimeEdit* edit : {m_from, m_to}) {
        edit->setTimeSpec(Qt::UTC);
        edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm 'UTC'"));
        edit->setCalendarPopup(true);
    }
    m_from->setDateTime(QDateTime(QDate(2022, 7, 1), QTime(0, 0), Qt::UTC));
    m_to->setDateTime(QDateTime(QDate(2022, 12, 1), QTime(0, 0), Qt::UTC));

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);

    auto* scheduling = new QGroupBox(tr("Scheduling"), this);
    auto* form = new QFormLayout(scheduling);
    form->addRow(tr("Name"), m_name);
    form->addRow(tr("Policy"), m_policy);
    form->addRow(tr("Migration threshold θ"), m_threshold);
    form->addRow(tr("Max delay, jobs > 1 h"), m_maxDelayLong);
    form->addRow(tr("Max delay, short jobs"), m_maxDelayShort);
    form->addRow(tr("Daily budget cap"), m_budgetDaily);
    form->addRow(tr("Monthly budget cap"), m_budgetMonthly);
    layout->addWidget(scheduling);

    auto* forecast = new QGroupBox(tr("Forecast"), this);
    auto* forecastForm = new QFormLayout(forecast);
    forecastForm->addRow(tr("Model"), m_forecast);
    forecastForm->addRow(tr("Injected bias"), m_bias);
    forecastForm->addRow(tr("Injected noise"), m_noise);
    forecastForm->addRow(tr("Noise seed"), m_seed);
    layout->addWidget(forecast);

    auto* period = new QGroupBox(tr("Period"), this);
    auto* periodForm = new QFormLayout(period);
    periodForm->addRow(m_limitPeriod);
    periodForm->addRow(tr("From"), m_from);
    periodForm->addRow(tr("Until"), m_to);
    layout->addWidget(period);

    auto* sites = new QGroupBox(tr("Fleet sites"), this);
    auto* sitesLayout = new QVBoxLayout(sites);
    m_fleetSites->setHorizontalHeaderLabels({tr("Keep"), tr("Site"), tr("Cooling")});
    m_fleetSites->verticalHeader()->hide();
    m_fleetSites->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_fleetSites->horizontalHeader()->setStretchLastSection(true);
    m_fleetSites->setMinimumHeight(180);
    sitesLayout->addWidget(m_fleetSites);
    layout->addWidget(sites);

    auto* added = new QGroupBox(tr("Sites to add"), this);
    auto* addedLayout = new QVBoxLayout(added);
    m_addedSites->setHorizontalHeaderLabels({tr("Site"), tr("Zone"), tr("GPUs"), tr("Cooling")});
    m_addedSites->verticalHeader()->hide();
    m_addedSites->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_addedSites->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_addedSites->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_addedSites->horizontalHeader()->setStretchLastSection(true);
    m_addedSites->setMinimumHeight(110);
    addedLayout->addWidget(m_addedSites);
    auto* addRow = new QHBoxLayout;
    m_newZone->setToolTip(tr("Grid zone of the new site (any zone with a bundled trace)"));
    m_newGpus->setRange(1, kScenarioMaxSiteGpus);
    m_newGpus->setValue(64);
    m_newGpus->setSuffix(tr(" GPUs"));
    addRow->addWidget(m_newZone, 1);
    addRow->addWidget(m_newGpus);
    addRow->addWidget(m_newCooling);
    addedLayout->addLayout(addRow);
    auto* addButtons = new QHBoxLayout;
    addButtons->addWidget(m_addSite);
    addButtons->addWidget(m_removeAdded);
    addButtons->addStretch(1);
    addedLayout->addLayout(addButtons);
    layout->addWidget(added);
    layout->addStretch(1);

    connect(m_policy, &QComboBox::currentTextChanged, this, [this] { updateEnabled(); });
    connect(m_limitPeriod, &QCheckBox::toggled, this, [this] { updateEnabled(); });
    connect(m_addSite, &QPushButton::clicked, this, [this] { addSiteFromForm(); });
    connect(m_removeAdded, &QPushButton::clicked, this, [this] {
        std::vector<int> rows;
        for (const QModelIndex& index : m_addedSites->selectionModel()->selectedRows())
            rows.push_back(index.row());
        std::sort(rows.rbegin(), rows.rend());
        for (const int row : rows) {
            m_addedSites->removeRow(row);
            m_added.erase(m_added.begin() + row);
        }
    });
    setScenario(Scenario{});
}

void ScenarioEditor::setFleet(const Fleet& fleet)
{
    const Scenario keep = scenario();
    m_fleetCaps = fleet.carbonBudget();
    m_fleetSites->setRowCount(0);
    for (const Site& site : fleet.sites()) {
        const int row = m_fleetSites->rowCount();
        m_fleetSites->insertRow(row);
        auto* use = new QTableWidgetItem;
        use->setFlags(Qt::ItemIsUserCheckable | Qt::ItemIsEnabled);
        use->setCheckState(Qt::Checked);
        use->setData(Qt::UserRole, static_cast<int>(site.cooling)); // the fleet file's own cooling
        m_fleetSites->setItem(row, 0, use);
        auto* id = new QTableWidgetItem(tr("%1 — %2 (%3)").arg(QString::fromStdString(site.id),
                                                               QString::fromStdString(site.name),
                                                               QString::fromStdString(site.zoneKey)));
        id->setData(Qt::UserRole, QString::fromStdString(site.id));
        id->setFlags(Qt::ItemIsEnabled);
        m_fleetSites->setItem(row, 1, id);
        m_fleetSites->setCellWidget(row, 2, coolingBox(m_fleetSites, site.cooling));
    }
    setScenario(keep);
}

void ScenarioEditor::setZones(std::shared_ptr<const ZoneCatalog> zones)
{
    m_zones = std::move(zones);
    m_newZone->clear();
    if (!m_zones)
        return;
    for (const Zone& zone : m_zones->zones())
        m_newZone->addItem(tr("%1 — %2").arg(QString::fromStdString(zone.key), QString::fromStdString(zone.locationName)),
                           QString::fromStdString(zone.key));
}

Scenario ScenarioEditor::scenario() const
{
    Scenario s;
    s.name = m_name->text().trimmed().toStdString();
    s.policy = m_policy->currentText().toStdString();
    s.thresholdGPerKwh = m_threshold->value();
    s.maxDelayLongHours = m_maxDelayLong->value();
    s.maxDelayShortHours = m_maxDelayShort->value();
    if (m_budgetDaily->value() > 0)
        s.budgetDailyKg = m_budgetDaily->value();
    if (m_budgetMonthly->value() > 0)
        s.budgetMonthlyKg = m_budgetMonthly->value();
    // Caps left at the fleet file's are the fleet's budget (team caps included); changed, they
    // are the scenario's own.
    // As shown: the boxes hold two decimals, so the fleet's 12.345 kg reads back as 12.35.
    auto sameAsShown = [this](std::optional<double> box, std::optional<double> fleet) {
        if (!box || !fleet)
            return !box && !fleet;
        return std::abs(*box - *fleet) < 0.5 * std::pow(10.0, -m_budgetDaily->decimals());
    };
    s.fleetBudget = sameAsShown(s.budgetDailyKg, m_fleetCaps ? m_fleetCaps->dailyKg : std::nullopt)
        && sameAsShown(s.budgetMonthlyKg, m_fleetCaps ? m_fleetCaps->monthlyKg : std::nullopt);
    if (s.fleetBudget) {
        s.budgetDailyKg.reset();
        s.budgetMonthlyKg.reset();
    }
    s.forecast = m_forecast->currentText().toStdString();
    s.forecastError = {m_bias->value(), m_noise->value(), static_cast<std::uint64_t>(m_seed->value())};
    if (m_limitPeriod->isChecked()) {
        s.from = fromUtc(m_from->dateTime());
        s.to = fromUtc(m_to->dateTime());
    }
    for (int row = 0; row < m_fleetSites->rowCount(); ++row) {
        const std::string id = m_fleetSites->item(row, 1)->data(Qt::UserRole).toString().toStdString();
        if (m_fleetSites->item(row, 0)->checkState() != Qt::Checked)
            s.removedSites.push_back(id);
        const auto* box = qobject_cast<QComboBox*>(m_fleetSites->cellWidget(row, 2));
        const auto chosen = static_cast<CoolingType>(box->currentData().toInt());
        if (chosen != static_cast<CoolingType>(m_fleetSites->item(row, 0)->data(Qt::UserRole).toInt()))
            s.coolingChanges[id] = chosen;
    }
    s.removedSites.insert(s.removedSites.end(), m_unknownRemoved.begin(), m_unknownRemoved.end());
    s.coolingChanges.insert(m_unknownCooling.begin(), m_unknownCooling.end());
    s.addedSites = m_added;
    return s;
}

void ScenarioEditor::setScenario(const Scenario& s)
{
    m_name->setText(QString::fromStdString(s.name));
    const int policy = m_policy->findText(QString::fromStdString(s.policy));
    m_policy->setCurrentIndex(policy >= 0 ? policy : 0);
    m_threshold->setValue(s.thresholdGPerKwh);
    m_maxDelayLong->setValue(s.maxDelayLongHours);
    m_maxDelayShort->setValue(s.maxDelayShortHours);
    const std::optional<double> daily = s.fleetBudget ? (m_fleetCaps ? m_fleetCaps->dailyKg : std::nullopt) : s.budgetDailyKg;
    const std::optional<double> monthly = s.fleetBudget ? (m_fleetCaps ? m_fleetCaps->monthlyKg : std::nullopt) : s.budgetMonthlyKg;
    m_budgetDaily->setValue(daily.value_or(0.0));
    m_budgetMonthly->setValue(monthly.value_or(0.0));
    const int model = m_forecast->findText(QString::fromStdString(s.forecast));
    m_forecast->setCurrentIndex(model >= 0 ? model : 0);
    m_bias->setValue(s.forecastError.biasPct);
    m_noise->setValue(s.forecastError.noisePct);
    m_seed->setValue(static_cast<double>(s.forecastError.seed));
    m_limitPeriod->setChecked(s.from || s.to);
    if (s.from)
        m_from->setDateTime(utc(*s.from));
    if (s.to)
        m_to->setDateTime(utc(*s.to));
    m_unknownRemoved.clear();
    m_unknownCooling.clear();
    std::vector<std::string> known;
    for (int row = 0; row < m_fleetSites->rowCount(); ++row) {
        const std::string id = m_fleetSites->item(row, 1)->data(Qt::UserRole).toString().toStdString();
        known.push_back(id);
        const bool removed = std::find(s.removedSites.begin(), s.removedSites.end(), id) != s.removedSites.end();
        m_fleetSites->item(row, 0)->setCheckState(removed ? Qt::Unchecked : Qt::Checked);
        const auto own = static_cast<CoolingType>(m_fleetSites->item(row, 0)->data(Qt::UserRole).toInt());
        const auto change = s.coolingChanges.find(id);
        auto* box = qobject_cast<QComboBox*>(m_fleetSites->cellWidget(row, 2));
        box->setCurrentIndex(box->findData(static_cast<int>(change != s.coolingChanges.end() ? change->second : own)));
    }
    for (const std::string& id : s.removedSites) {
        if (std::find(known.begin(), known.end(), id) == known.end())
            m_unknownRemoved.push_back(id);
    }
    for (const auto& [id, type] : s.coolingChanges) {
        if (std::find(known.begin(), known.end(), id) == known.end())
            m_unknownCooling[id] = type;
    }
    m_added.clear();
    m_addedSites->setRowCount(0);
    addSites(s.addedSites);
    updateEnabled();
}

void ScenarioEditor::addSites(const std::vector<ScenarioSite>& sites)
{
    for (const ScenarioSite& site : sites) {
        const auto same = std::find_if(m_added.begin(), m_added.end(), [&](const ScenarioSite& s) { return s.id == site.id; });
        if (same != m_added.end()) {
            const int row = static_cast<int>(same - m_added.begin());
            m_added.erase(same);
            m_addedSites->removeRow(row);
        }
        m_added.push_back(site);
        appendAddedRow(site);
    }
}

void ScenarioEditor::appendAddedRow(const ScenarioSite& site)
{
    const int row = m_addedSites->rowCount();
    m_addedSites->insertRow(row);
    m_addedSites->setItem(row, 0, new QTableWidgetItem(QString::fromStdString(site.id)));
    m_addedSites->setItem(row, 1, new QTableWidgetItem(QString::fromStdString(site.zoneKey)));
    m_addedSites->setItem(row, 2, new QTableWidgetItem(QString::number(site.gpus)));
    m_addedSites->setItem(row, 3, new QTableWidgetItem(coolingLabel(site.cooling)));
}

void ScenarioEditor::addSiteFromForm()
{
    if (!m_zones || m_newZone->currentIndex() < 0)
        return;
    const Zone* zone = m_zones->find(m_newZone->currentData().toString().toStdString());
    if (!zone)
        return;
    ScenarioSite site;
    site.id = "new-" + QString::fromStdString(zone->key).toLower().toStdString();
    site.zoneKey = zone->key;
    site.jurisdiction = jurisdictionOfZone(zone->key);
    site.location = zone->location;
    site.gpus = m_newGpus->value();
    site.cooling = static_cast<CoolingType>(m_newCooling->currentData().toInt());
    addSites({site});
}

void ScenarioEditor::updateEnabled()
{
    m_threshold->setEnabled(m_policy->currentText() == QLatin1String("threshold-migrate"));
    m_from->setEnabled(m_limitPeriod->isChecked());
    m_to->setEnabled(m_limitPeriod->isChecked());
}

} // namespace greenlight
