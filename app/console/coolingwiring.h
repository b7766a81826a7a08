// The cooling/PUE dock and the map's site layer, both fed by the site-physics snapshot of the
// replayed hour.
//
//   new CoolingWiring(context, parent);
#pragma once

#include "panelcontext.h"

#include <QObject>

namespace greenlight {

class CoolingPanel;
class SiteLayer;

class CoolingWiring : public QObject {
    Q_OBJECT
public:
    CoolingWiring(const PanelContext& context, QObject* parent);

private:
    CoolingPanel* m_panel;
    SiteLayer* m_siteLayer = nullptr; // owned by the map painter
};

} // namespace greenlight
