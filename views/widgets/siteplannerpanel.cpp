#include "siteplannerpanel.h"

#include "models/siterankingmodel.h"
#include "service/siteplannerfeed.h"

#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSpinBox>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace greenlight {
namespace {

constexpr std::array<SitingCriterion, kSitingCriteria> kCriteria = {
    SitingCriterion::MeanIntensity, SitingCriterion::LowIntensity, SitingCriterion::LowCarbonShare,
    SitingCriterion::FreeCooling,   SitingCriterion::Latency,      SitingCriterion::Jurisdiction};

QString criterionLabel(SitingCriterion criterion)
{
    switch (criterion) {
    case SitingCriterion::MeanIntensity:
        return QObject::tr("Mean intensity");
    case SitingCriterion::LowIntensity:
        return QObject::tr("p10 intensity");
    case SitingCriterion::LowCarbonShare:
        return QObject::tr("Low-carbon hours");
    case SitingCriterion::FreeCooling:
        return QObject::tr("Free-cooling hours");
    case SitingCriterion::Latency:
        return QObject::tr("Latency to users");
    case SitingCriterion::Jurisdiction:
        return QObject::tr("Jurisdiction");
    case SitingCriterion::Invalid:
        break;
    }
    return {};
}

QSpinBox* intSpin(QWidget* parent, int low, int high, int value, const QString& suffix)
{
    auto* box = new QSpinBox(parent);
    box->setRange(low, high);
    box->setValue(value);
    box->setSuffix(suffix);
    return box;
}

} // namespace

SitePlannerPanel::SitePlannerPanel(SitePlannerFeed* feed, QWidget* parent)
    : QWidget(parent)
    , m_feed(feed)
    , m_minSites(intSpin(this, 1, 8, static_cast<int>(PortfolioOptions{}.minSites), QString()))
    , m_maxSites(intSpin(this, 1, 8, static_cast<int>(PortfolioOptions{}.maxSites), QString()))
    , m_slaMs(intSpin(this, 5, 500, static_cast<int>(PortfolioOptions{}.latencySlaMs), tr(" ms")))
    , m_gpus(intSpin(this, 1, 100'000, 64, tr(" GPUs")))
    , m_portfolio(new QLabel(this))
    , m_whatIf(new QPushButton(tr("Run what-if with this portfolio"), this))
    , m_table(new QTableView(this))
    , m_model(new SiteRankingModel(this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_debounce(new QTimer(this))
{
    auto* weights = new QGroupBox(tr("Weights"), this);
    auto* weightForm = new QFormLayout(weights);
    const CriterionWeights defaults;
    for (const SitingCriterion criterion : kCriteria) {
        auto* box = new QDoubleSpinBox(weights);
        box->setRange(0.0, 5.0);
        box->setSingleStep(0.25);
        box->setDecimals(2);
        box->setValue(defaults.weight(criterion));
        weightForm->addRow(criterionLabel(criterion), box);
        m_weights[criterionIndex(criterion)] = box;
        connect(box, &QDoubleSpinBox::valueChanged, m_debounce, qOverload<>(&QTimer::start));
    }

    auto* portfolio = new QGroupBox(tr("Portfolio"), this);
    auto* portfolioForm = new QFormLayout(portfolio);
    portfolioForm->addRow(tr("Sites, at least"), m_minSites);
    portfolioForm->addRow(tr("Sites, at most"), m_maxSites);
    portfolioForm->addRow(tr("Latency SLA"), m_slaMs);
    portfolioForm->addRow(tr("GPUs per new site"), m_gpus);
    m_slaMs->setToolTip(tr("A user region counts as served when a picked site is within this round trip"));
    for (QSpinBox* box : {m_minSites, m_maxSites, m_slaMs})
        connect(box, &QSpinBox::valueChanged, m_debounce, qOverload<>(&QTimer::start));

    auto* controls = new QVBoxLayout;
    controls->addWidget(weights);
    controls->addWidget(portfolio);
    auto* method = new QLabel(tr("Each criterion is scaled to 0–1 over all zones (1 = best); the score is the weighted "
                                 "mean over the criteria a zone has data for. The portfolio adds, one at a time, the "
                                 "zone with the best score plus the low-carbon hours and user regions it newly covers, "
                                 "minus half its highest correlation with earlier picks."),
                              this);
    method->setWordWrap(true);
    QFont small = method->font();
    small.setPointSizeF(small.pointSizeF() * 0.9);
    method->setFont(small);
    controls->addWidget(method);
    controls->addStretch(1);
    auto* controlsWidget = new QWidget(this);
    controlsWidget->setLayout(controls);
    controlsWidget->setMaximumWidth(300);

    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(SiteRankingModel::RawValueRole);
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(SiteRankingModel::Rank, Qt::AscendingOrder);
    m_table->verticalHeader()->hide();
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true); // the place

    m_portfolio->setWordWrap(true);
    m_portfolio->setTextFormat(Qt::RichText);
    m_portfolio->setText(tr("Ranking the bundled zones…"));
    m_whatIf->setEnabled(false);
    auto* right = new QVBoxLayout;
    right->addWidget(m_portfolio);
    auto* buttonRow = new QHBoxLayout;
    buttonRow->addWidget(m_whatIf);
    buttonRow->addStretch(1);
    right->addLayout(buttonRow);
    right->addWidget(m_table, 1);

    auto* layout = new QHBoxLayout(this);
    layout->addWidget(controlsWidget);
    layout->addLayout(right, 1);

    m_debounce->setSingleShot(true);
    m_debounce->setInterval(150);
    connect(m_debounce, &QTimer::timeout, this, [this] { refresh(); });
    connect(m_feed, &SitePlannerFeed::planned, this, &SitePlannerPanel::showPlan);
    connect(m_feed, &SitePlannerFeed::failed, this, [this](const QString& message) {
        m_portfolio->setText(tr("The site planner could not rank the zones: %1").arg(message.toHtmlEscaped()));
        m_whatIf->setEnabled(false);
    });
    connect(m_whatIf, &QPushButton::clicked, this, [this] {
        const std::shared_ptr<const SitePlan> plan = m_model->plan();
        if (plan && plan->candidates)
            emit whatIfRequested(portfolioSites(*plan->candidates, plan->portfolio, m_gpus->value()));
    });
}

CriterionWeights SitePlannerPanel::weights() const
{
    CriterionWeights w;
    for (const SitingCriterion criterion : kCriteria)
        w.setWeight(criterion, m_weights[criterionIndex(criterion)]->value());
    return w;
}

void SitePlannerPanel::setWeight(SitingCriterion criterion, double weight)
{
    m_weights[criterionIndex(criterion)]->setValue(weight);
}

void SitePlannerPanel::refresh()
{
    PortfolioOptions options;
    options.minSites = static_cast<std::size_t>(m_minSites->value());
    options.maxSites = static_cast<std::size_t>(std::max(m_minSites->value(), m_maxSites->value()));
    options.latencySlaMs = m_slaMs->value();
    m_feed->plan(weights(), options);
}

void SitePlannerPanel::showPlan(std::shared_ptr<const SitePlan> plan)
{
    m_model->setPlan(plan);
    m_table->sortByColumn(m_table->horizontalHeader()->sortIndicatorSection(), m_table->horizontalHeader()->sortIndicatorOrder());
    QStringList picks;
    for (const PortfolioPick& pick : plan->portfolio.picks) {
        const CandidateZone& c = (*plan->candidates)[pick.candidate];
        picks << tr("<b>%1</b> (%2, %3)")
                     .arg(QString::fromStdString(c.zoneKey).toHtmlEscaped(), QString::fromStdString(c.place).toHtmlEscaped(),
                          QString::fromStdString(c.jurisdiction).toHtmlEscaped());
    }
    const Portfolio& p = plan->portfolio;
    m_portfolio->setText(
        tr("Proposed portfolio of %1 new sites: %2.<br>Together they have at least one site at or below %3 g/kWh in "
           "%4 % of the hours of 2022, serve %5 of the fleet's %6 user regions within %7 ms, and their hourly "
           "intensities correlate by %8 on average. Zones the fleet already uses are not proposed.")
            .arg(p.picks.size())
            .arg(picks.join(QStringLiteral(", ")))
            .arg(plan->options.lowCarbonGPerKwh, 0, 'f', 0)
            .arg(100.0 * p.lowCarbonHourShare, 0, 'f', 1)
            .arg(p.regionsServed)
            .arg(p.regions)
            .arg(plan->options.latencySlaMs, 0, 'f', 0)
            .arg(p.meanPairwiseCorrelation, 0, 'f', 2));
    m_whatIf->setEnabled(!p.picks.empty());
}

} // namespace greenlight
