#include "maptooltip.h"

#include <QDateTime>
#include <QLocale>
#include <QTimeZone>

namespace greenlight {

QString MapTooltip::forZone(const Zone& zone, const ZoneReading* reading)
{
    QString text = QStringLiteral("<b>%1</b> (%2)")
                       .arg(QString::fromStdString(zone.name).toHtmlEscaped(),
                            QString::fromStdString(zone.key).toHtmlEscaped());
    if (zone.isSubnational())
        text += QStringLiteral("<br/>%1").arg(QString::fromStdString(zone.countryName).toHtmlEscaped());
    if (!reading || !reading->available)
        return text + QStringLiteral("<br/>") + tr("No data for this time");
    const QDateTime when = QDateTime::fromSecsSinceEpoch(
        reading->sample.time.time_since_epoch().count(), Qt::UTC);
    text += QStringLiteral("<br/>") +
            tr("%1 gCO₂eq/kWh (lifecycle)")
                .arg(QLocale().toString(reading->sample.lifecycleGPerKwh, 'f', 0));
    if (reading->sample.carbonFreePct)
        text += QStringLiteral("<br/>") +
                tr("%1 % carbon-free").arg(QLocale().toString(*reading->sample.carbonFreePct, 'f', 0));
    text += QStringLiteral("<br/>") +
            tr("%1 UTC").arg(QLocale().toString(when, QStringLiteral("yyyy-MM-dd HH:mm")));
    QStringList flags;
    if (reading->origin == ReadingOrigin::Replayed)
        flags << tr("replayed from the recorded trace");
    if (reading->sample.estimated)
        flags << tr("estimated by the data source");
    if (!flags.isEmpty())
        text += QStringLiteral("<br/><i>%1</i>").arg(flags.join(QStringLiteral(" · ")));
    return text;
}

QString MapTooltip::forCountryWithoutZone(const QString& countryName, bool hasSubnationalZones)
{
    const QString name = QStringLiteral("<b>%1</b><br/>").arg(countryName.toHtmlEscaped());
    if (hasSubnationalZones)
        return name + tr("Split into several grid zones: see the markers");
    return name + tr("No carbon-intensity data for this country");
}

} // namespace greenlight
