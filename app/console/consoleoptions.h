// The console's command line. Defaults give the embedded replay of bundled data; the rest is for
// demonstrations (speed), automation (screenshot, startup report) and tests.
//
//   ConsoleOptions options = ConsoleOptions::parse(app.arguments());
#pragma once

#include <QString>
#include <QStringList>

namespace greenlight {

struct ConsoleOptions {
    QString dataDir;        // empty: found next to the executable
    int replayYear = 2022;  // every bundled zone has 2022
    double speed = 1.0;     // replay speed factor
    QString projection;     // "robinson" or "equirectangular"; empty: last used
    QString selectZone;     // zone to select at start; empty: last used
    QString screenshotPath; // save a screenshot once the map is painted with data, then quit
    QString language;       // "de", "fr"; empty: the system locale
    QString databasePath;   // operations database; empty: the default location
    QString clustersFile;   // where approved proposals are dispatched; empty: as last time, or nowhere
    QString fleetFile;      // the fleet planned and shown; empty: the bundled demo fleet
    QString panel;          // dock to raise at start, one of panelNames(); empty: as last time
    QString scenarioFile;   // what-if scenario to open and run at start
    QString theme;          // "system", "light" or "dark"; empty: as last time. Remembered.
    bool startupReport = false;
    QString error;          // set when the command line is invalid

    static ConsoleOptions parse(const QStringList& arguments);
    static const QStringList& panelNames();
};

} // namespace greenlight
