// The site planner: weights for each criterion and the portfolio's options, the candidate zones
// ranked (SiteRankingModel, sortable), the proposed portfolio in words, and a button that hands
// the portfolio to the what-if panel. Ranking runs in the SitePlannerFeed, off the UI thread.
//
//   auto* panel = new SitePlannerPanel(feed, parent);
//   connect(panel, &SitePlannerPanel::whatIfRequested, whatIf, &WhatIfPanel::addSitesAndRun);
//   panel->refresh();
#pragma once

#include "core/siting/siteplan.h"
#include "core/whatif/scenario.h"

#include <QWidget>

#include <array>
#include <memory>

class QDoubleSpinBox;
class QLabel;
class QPushButton;
class QSortFilterProxyModel;
class QSpinBox;
class QTableView;
class QTimer;

namespace greenlight {

class SitePlannerFeed;
class SiteRankingModel;

class SitePlannerPanel : public QWidget {
    Q_OBJECT
public:
    explicit SitePlannerPanel(SitePlannerFeed* feed, QWidget* parent = nullptr);

    // Asks the feed for a ranking with the weights and options shown.
    void refresh();
    CriterionWeights weights() const;
    void setWeight(SitingCriterion criterion, double weight);

    SiteRankingModel* model() const { return m_model; }
    QTableView* table() const { return m_table; }
    QPushButton* whatIfButton() const { return m_whatIf; }
    QLabel* portfolioLabel() const { return m_portfolio; }

signals:
    void whatIfRequested(const std::vector<greenlight::ScenarioSite>& sites);

private:
    void showPlan(std::shared_ptr<const SitePlan> plan);

    SitePlannerFeed* m_feed;
    std::array<QDoubleSpinBox*, kSitingCriteria> m_weights{};
    QSpinBox* m_minSites;
    QSpinBox* m_maxSites;
    QSpinBox* m_slaMs;
    QSpinBox* m_gpus;
    QLabel* m_portfolio;
    QPushButton* m_whatIf;
    QTableView* m_table;
    SiteRankingModel* m_model;
    QSortFilterProxyModel* m_proxy;
    QTimer* m_debounce;
};

} // namespace greenlight
