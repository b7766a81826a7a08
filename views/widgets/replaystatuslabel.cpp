#include "replaystatuslabel.h"

#include <QDateTime>
#include <QLocale>
#include <QTimeZone>

namespace greenlight {

ReplayStatusLabel::ReplayStatusLabel(QWidget* parent) : QLabel(parent)
{
    setObjectName(QStringLiteral("replayStatus"));
    setTextFormat(Qt::RichText);
}

void ReplayStatusLabel::showLoading()
{
    setText(tr("Loading bundled carbon-intensity traces…"));
}

void ReplayStatusLabel::showReplay(UtcTime replayedNow, int dataYear, double speed)
{
    const QDateTime when =
        QDateTime::fromSecsSinceEpoch(replayedNow.time_since_epoch().count(), Qt::UTC);
    const QString time = QLocale().toString(when, QStringLiteral("ddd yyyy-MM-dd HH:mm"));
    QString text = tr("<b>Replay</b> of recorded %1 data · %2 UTC").arg(dataYear).arg(time);
    if (speed != 1.0)
        text += tr(" · %1× speed").arg(speed);
    else
        text += tr(" · same weekday and hour as now");
    setText(text);
    setToolTip(tr("The embedded default replays real recorded grid data (Electricity Maps) on "
                  "a clock that maps today onto the same week of %1. It is not live data.")
                   .arg(dataYear));
}

void ReplayStatusLabel::showError(const QString& message)
{
    setText(tr("<span style='color:#b00020'><b>Data problem:</b> %1</span>")
                .arg(message.toHtmlEscaped()));
}

} // namespace greenlight
