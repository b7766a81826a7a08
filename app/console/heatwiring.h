// The heat-reclamation dock, fed by the site-physics snapshot of the replayed hour.
//
//   new HeatWiring(context, parent);
#pragma once

#include "panelcontext.h"

#include <QObject>

namespace greenlight {

class HeatPanel;

class HeatWiring : public QObject {
    Q_OBJECT
public:
    HeatWiring(const PanelContext& context, QObject* parent);

private:
    HeatPanel* m_panel;
};

} // namespace greenlight
