// The executive summary dock: the plan period's inventory against the baseline, from the plan.
//
//   new ExecutiveWiring(context, parent);
#pragma once

#include "panelcontext.h"

#include <QObject>

namespace greenlight {

class ExecutiveSummary;

class ExecutiveWiring : public QObject {
    Q_OBJECT
public:
    ExecutiveWiring(const PanelContext& context, QObject* parent);

private:
    ExecutiveSummary* m_panel;
};

} // namespace greenlight
