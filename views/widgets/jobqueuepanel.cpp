#include "widgets/jobqueuepanel.h"

#include "models/jobqueuemodel.h"
#include "widgets/paneltables.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QTableView>
#include <QVBoxLayout>

namespace greenlight {

JobQueuePanel::JobQueuePanel(JobQueueModel* model, QWidget* parent)
    : QWidget(parent)
    , m_model(model)
    , m_filter(new JobQueueFilter(this))
    , m_site(new QComboBox(this))
    , m_state(new QComboBox(this))
    , m_search(new QLineEdit(this))
    , m_count(new QLabel(this))
    , m_summary(new QLabel(this))
    , m_table(new QTableView(this))
{
    m_filter->setSourceModel(model);
    m_site->addItem(tr("All sites"), QString());
    m_state->addItem(tr("Any state"), static_cast<int>(QueueState::Invalid));
    const std::pair<QueueState, QString> states[] = {
        {QueueState::Waiting, tr("waiting")},   {QueueState::Deferred, tr("deferred")},
        {QueueState::Running, tr("running")},   {QueueState::Done, tr("done")},
        {QueueState::Unplaced, tr("not placed")}};
    for (const auto& [state, name] : states)
        m_state->addItem(name, static_cast<int>(state));
    m_search->setPlaceholderText(tr("Search job, kind, site or reason"));
    m_search->setClearButtonEnabled(true);
    m_summary->setWordWrap(true);

    m_table->setModel(m_filter);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(JobQueueModel::SubmitColumn, Qt::DescendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->verticalHeader()->hide();
    // Fixed row heights and no per-cell size hints: what keeps 100,000 rows smooth.
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 6);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setWordWrap(false);
    m_table->setAlternatingRowColors(true);

    auto* filters = new QHBoxLayout;
    filters->addWidget(m_site);
    filters->addWidget(m_state);
    filters->addWidget(m_search, 1);
    filters->addWidget(m_count);
    auto* tiles = new QHBoxLayout;
    for (int i = 0; i < 5; ++i) {
        m_tiles << kpiTile(this);
        tiles->addWidget(m_tiles.last(), 1);
    }
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(tiles);
    layout->addWidget(m_summary);
    layout->addLayout(filters);
    layout->addWidget(m_table, 1);

    connect(m_site, &QComboBox::currentIndexChanged, this, [this] {
        m_filter->setSite(m_site->currentData().toString());
        updateCount();
    });
    connect(m_state, &QComboBox::currentIndexChanged, this, [this] {
        m_filter->setState(static_cast<QueueState>(m_state->currentData().toInt()));
        updateCount();
    });
    connect(m_search, &QLineEdit::textChanged, this, [this](const QString& text) {
        m_filter->setSearch(text);
        updateCount();
    });
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        m_table->resizeColumnsToContents();
        updateCount();
    });
    updateCount();
}

void JobQueuePanel::setSites(const QStringList& siteIds)
{
    const QString current = m_site->currentData().toString();
    while (m_site->count() > 1)
        m_site->removeItem(1);
    for (const QString& id : siteIds)
        m_site->addItem(id, id);
    m_site->setCurrentIndex(std::max(0, m_site->findData(current)));
}

void JobQueuePanel::setSummary(const QString& text) { m_summary->setText(text); }

void JobQueuePanel::setSlos(const PlanSlos& s)
{
    const double saved = s.baselineEmissionsKg > 0 ? 100.0 * (s.baselineEmissionsKg - s.emissionsKg) / s.baselineEmissionsKg : 0.0;
    m_tiles[0]->setText(tr("<b>%1 %</b><br>GPU-hours on low-carbon power (≤ %2 g/kWh)")
                            .arg(100.0 * s.lowCarbonShare, 0, 'f', 0)
                            .arg(PlanSlos::kLowCarbonGPerKwh, 0, 'f', 0));
    m_tiles[1]->setText(tr("<b>%1</b><br>deadline misses (baseline %2)").arg(s.deadlineMisses).arg(s.baselineDeadlineMisses));
    m_tiles[2]->setText(tr("<b>%1 h</b><br>p95 delay").arg(s.p95DelayHours, 0, 'f', 1));
    m_tiles[3]->setText(tr("<b>%1 t</b><br>CO₂e vs %2 t baseline (%3 % less)")
                            .arg(s.emissionsKg / 1000.0, 0, 'f', 2)
                            .arg(s.baselineEmissionsKg / 1000.0, 0, 'f', 2)
                            .arg(saved, 0, 'f', 0));
    // Three tonnages describe one plan; say which this is (an officer saw 1.16, 1.09 and 0.88 t).
    m_tiles[3]->setToolTip(tr("As run, with the recorded intensity: life-cycle factors (upstream included) × PUE, "
                              "plus moving the jobs' data. The line above gives what the forecast expected when "
                              "planning; the executive summary's Scope 2 counts generation only (direct factors) "
                              "and no data movement."));
    m_tiles[4]->setText(s.inferenceRequests > 0
                            ? tr("<b>%1 %</b><br>inference within %2 ms (mean %3 ms)")
                                  .arg(s.inferenceSlaMetPct, 0, 'f', 1)
                                  .arg(s.inferenceSlaMs, 0, 'f', 0)
                                  .arg(s.inferenceMeanLatencyMs, 0, 'f', 0)
                            : !s.inferenceSkipped.empty() ? tr("<b>–</b><br>inference not routed")
                                                          : tr("<b>–</b><br>no inference trace"));
    m_tiles[4]->setToolTip(!s.inferenceSkipped.empty()
                               ? tr("The inference trace was not routed: %1").arg(QString::fromStdString(s.inferenceSkipped))
                               : tr("Latency SLO of the inference service: %n request(s) of the bundled Azure LLM trace "
                                    "routed over the fleet (lowest-latency green site within the SLA, else the cleanest)",
                                    nullptr, static_cast<int>(s.inferenceRequests)));
    // Tiles turn red when the plan misses deadlines the baseline would have met.
    m_tiles[1]->setStyleSheet(s.deadlineMisses > s.baselineDeadlineMisses ? QStringLiteral("color: #b00020;") : QString());
}

QString JobQueuePanel::slosText() const
{
    QStringList parts;
    for (const QLabel* tile : m_tiles)
        parts << tile->text();
    return parts.join(QLatin1Char('|'));
}

void JobQueuePanel::updateCount()
{
    m_count->setText(tr("%1 of %2 jobs").arg(m_filter->rowCount()).arg(m_model->rowCount()));
}

} // namespace greenlight
