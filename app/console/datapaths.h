// Where the bundled data lives: --data-dir, then $GREENLIGHT_DATA_DIR, then
// <executable>/../share/greenlight/data (the same in a build tree and an installed tree).
//
//   DataLocation data = locateDataDir(options.dataDir);
//   if (!data.error.isEmpty()) fail(data.error);
#pragma once

#include <QString>

namespace greenlight {

struct DataLocation {
    QString dir;
    QString error; // lists every place that was tried
};

DataLocation locateDataDir(const QString& explicitDir);

// The demo fleet: beside the data folder (../fleets), else the one installed with the console
// (a --data-dir such as ../shared/data has no fleets folder beside it).
QString demoFleetFile(const QString& dataDir);
// The bundled files the console plans and shows, under the data folder.
inline QString bundledJobTrace(const QString& dataDir)
{
    return dataDir + QStringLiteral("/workloads/alibaba_gpu_openb_2023.csv");
}
inline QString bundledWeatherDir(const QString& dataDir) { return dataDir + QStringLiteral("/weather"); }

} // namespace greenlight
