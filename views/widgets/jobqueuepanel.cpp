#include "widgets/jobqueuepanel.h"

#include "models/jobqueuemodel.h"

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
    auto* layout = new QVBoxLayout(this);
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

void JobQueuePanel::updateCount()
{
    m_count->setText(tr("%1 of %2 jobs").arg(m_filter->rowCount()).arg(m_model->rowCount()));
}

} // namespace greenlight
