#include "datapaths.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QStringList>

namespace greenlight {

DataLocation locateDataDir(const QString& explicitDir)
{
    QStringList candidates;
    if (!explicitDir.isEmpty())
        candidates << explicitDir;
    else {
        const QString fromEnvironment = qEnvironmentVariable("GREENLIGHT_DATA_DIR");
        if (!fromEnvironment.isEmpty())
            candidates << fromEnvironment;
        candidates << QCoreApplication::applicationDirPath() + QStringLiteral("/../share/greenlight/data");
    }
    for (const QString& candidate : candidates) {
        if (QFileInfo::exists(candidate + QStringLiteral("/carbon/zones.csv")))
            return {QDir(candidate).canonicalPath(), {}};
    }
    return {{},
            QCoreApplication::translate("DataPaths",
                                        "The bundled data (carbon/zones.csv) was not found in: %1")
                .arg(candidates.join(QStringLiteral(", ")))};
}

QString demoFleetFile(const QString& dataDir)
{
    const QString besideData = dataDir + QStringLiteral("/../fleets/demo-fleet.json");
    if (QFileInfo::exists(besideData))
        return besideData;
    const QString installed =
        QCoreApplication::applicationDirPath() + QStringLiteral("/../share/greenlight/fleets/demo-fleet.json");
    return QFileInfo::exists(installed) ? installed : besideData; // the error names the first place
}

} // namespace greenlight
