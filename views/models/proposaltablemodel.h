// The approval inbox as a table: one row per proposal (state, kind, job, sites, delay, expected
// saving with its band, slack, budget state, reason). Raw values under custom roles; the view
// formats. Rows are replaced wholesale from a store snapshot and keep their identity by id.
//
//   ProposalTableModel model;
//   model.setProposals(snapshot);                 // from the store thread, via a queued signal
//   QString id = model.data(index, ProposalTableModel::IdRole).toString();
#pragma once

#include "core/proposal/proposal.h"

#include <QAbstractTableModel>

#include <vector>

namespace greenlight {

class ProposalTableModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { StateColumn, KindColumn, JobColumn, RouteColumn, DelayColumn, SavingColumn,
                  SlackColumn, PolicyColumn, ReasonColumn, ColumnCount };
    enum Role {
        IdRole = Qt::UserRole + 1,
        StateRole,         // ProposalState as int
        SavingGramsRole,   // double
        DelayHoursRole,    // double
        NeedsDecisionRole, // bool: proposed, waiting for an operator
        CriticalRole,      // bool: filed while the budget was CRITICAL
        SortRole,          // the raw value each column sorts by
    };

    explicit ProposalTableModel(QObject* parent = nullptr);

    void setProposals(std::vector<Proposal> proposals);
    const Proposal* proposal(const QString& id) const;
    const std::vector<Proposal>& proposals() const { return m_proposals; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    std::vector<Proposal> m_proposals;
};

} // namespace greenlight
