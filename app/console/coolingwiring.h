// The cooling/PUE dock, fed by the site-physics snapshot of the replayed hour.
//
//   new CoolingWiring(context, parent);
#pragma once

#include "panelcontext.h"

#include <QObject>

namespace greenlight {

class CoolingPanel;

class CoolingWiring : public QObject {
    Q_OBJECT
public:
    CoolingWiring(const PanelContext& context, QObject* parent);

private:
    CoolingPanel* m_panel;
};

} // namespace greenlight
