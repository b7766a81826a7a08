// Status-bar text saying where the shown data comes from and how old it is: "Replaying 2022 …",
// a loading note, or the load error. Nobody should mistake a replay for live data.
//
//   label->showReplay(feed->replayedNow(), 2022, 1.0);
#pragma once

#include "core/utctime.h"

#include <QLabel>

namespace greenlight {

class ReplayStatusLabel : public QLabel {
    Q_OBJECT
public:
    explicit ReplayStatusLabel(QWidget* parent = nullptr);

    void showLoading();
    void showReplay(UtcTime replayedNow, int dataYear, double speed);
    void showError(const QString& message);
};

} // namespace greenlight
