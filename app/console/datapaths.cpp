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

} // namespace greenlight
