#include "consoleoptions.h"

#include "themes.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QCoreApplication>

namespace greenlight {

const QStringList& ConsoleOptions::panelNames()
{
    // The docks --panel can raise; each wiring docks its panel under one of these names.
    static const QStringList names{QStringLiteral("intensity"), QStringLiteral("inbox"), QStringLiteral("jobs"),
                                   QStringLiteral("cooling"), QStringLiteral("budget"), QStringLiteral("heat"),
                                   QStringLiteral("whatif"), QStringLiteral("siteplanner"),
                                   QStringLiteral("executive")};
    return names;
}

ConsoleOptions ConsoleOptions::parse(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "ConsoleOptions", "Greenlight: run AI compute where and when the electricity is cleanest."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption dataDir(QStringLiteral("data-dir"),
                                     QStringLiteral("Folder with the bundled data (carbon/, geo/)."),
                                     QStringLiteral("dir"));
    const QCommandLineOption year(QStringLiteral("replay-year"),
                                  QStringLiteral("Data year the replay clock maps today onto."),
                                  QStringLiteral("year"), QStringLiteral("2022"));
    const QCommandLineOption speed(QStringLiteral("speed"),
                                   QStringLiteral("Replay speed factor (1 = live, 3600 = an hour "
                                                  "per second)."),
                                   QStringLiteral("factor"), QStringLiteral("1"));
    const QCommandLineOption projection(QStringLiteral("projection"),
                                        QStringLiteral("robinson or equirectangular."),
                                        QStringLiteral("name"));
    const QCommandLineOption select(QStringLiteral("select"),
                                    QStringLiteral("Zone to select at start, e.g. DE."),
                                    QStringLiteral("zone"));
    const QCommandLineOption screenshot(QStringLiteral("screenshot"),
                                        QStringLiteral("Save a PNG of the window once the map is "
                                                       "painted with data, then quit."),
                                        QStringLiteral("file"));
    const QCommandLineOption startup(QStringLiteral("startup-report"),
                                     QStringLiteral("Print the time from process start to the "
                                                    "first map painted with data."));
    const QCommandLineOption language(QStringLiteral("lang"),
                                      QStringLiteral("User-interface language (en, de, fr)."),
                                      QStringLiteral("code"));
    const QCommandLineOption database(QStringLiteral("db"),
                                      QStringLiteral("Operations database (default: $GREENLIGHT_DB, "
                                                     "else greenlight/greenlight.db in the data folder)."),
                                      QStringLiteral("file"));
    const QCommandLineOption clusters(QStringLiteral("clusters"),
                                      QStringLiteral("Cluster file (clusters.json): approved proposals are dispatched "
                                                     "to these Slurm clusters. Remembered."),
                                      QStringLiteral("file"));
    const QCommandLineOption fleet(QStringLiteral("fleet"),
                                   QStringLiteral("Fleet file (JSON, docs/fleet-file.md) to plan and show "
                                                  "instead of the bundled demo fleet."),
                                   QStringLiteral("file"));
    const QCommandLineOption panel(QStringLiteral("panel"),
                                   QStringLiteral("Panel to show at start: %1.").arg(panelNames().join(QStringLiteral(", "))),
                                   QStringLiteral("name"));
    const QCommandLineOption scenario(QStringLiteral("scenario"),
                                      QStringLiteral("What-if scenario (JSON) to open and run at start."),
                                      QStringLiteral("file"));
    const QCommandLineOption theme(QStringLiteral("theme"),
                                   QStringLiteral("system, light or dark. Remembered."),
                                   QStringLiteral("name"));
    parser.addOptions({dataDir, year, speed, projection, select, screenshot, startup, language, database, panel, scenario, clusters, fleet, theme});
    parser.process(arguments); // exits on --help, --version and unknown options

    ConsoleOptions options;
    options.dataDir = parser.value(dataDir);
    options.databasePath = parser.value(database);
    // As greenlight-cli: a path the user names must be usable as given (a typo in the folder
    // created that folder and a fresh database with the user as admin, splitting the audit trail).
    if (parser.isSet(database)) {
        const QFileInfo file(options.databasePath);
        if (options.databasePath.isEmpty() || file.isDir() || !file.absoluteDir().exists())
            options.error = QStringLiteral("--db %1%2; give the path of a database file in an existing folder")
                                .arg(options.databasePath.isEmpty() ? QStringLiteral("\"\"") : options.databasePath,
                                     options.databasePath.isEmpty() ? QStringLiteral(" is empty")
                                     : file.isDir()                 ? QStringLiteral(" is a directory")
                                                                    : QStringLiteral(": no such folder"));
    }
    options.panel = parser.value(panel);
    options.clustersFile = parser.value(clusters);
    options.scenarioFile = parser.value(scenario);
    options.fleetFile = parser.value(fleet);
    if (!options.panel.isEmpty() && !panelNames().contains(options.panel))
        options.error = QStringLiteral("--panel is one of %1").arg(panelNames().join(QStringLiteral(", ")));
    bool ok = false;
    options.replayYear = parser.value(year).toInt(&ok);
    if (!ok || options.replayYear < 1970 || options.replayYear > 2100)
        options.error = QStringLiteral("--replay-year must be a year such as 2022");
    options.speed = parser.value(speed).toDouble(&ok);
    if (!ok || options.speed <= 0.0 || options.speed > 1e6)
        options.error = QStringLiteral("--speed must be a positive number");
    options.projection = parser.value(projection);
    if (!options.projection.isEmpty() && options.projection != QLatin1String("robinson") &&
        options.projection != QLatin1String("equirectangular"))
        options.error = QStringLiteral("--projection must be robinson or equirectangular");
    options.selectZone = parser.value(select);
    options.screenshotPath = parser.value(screenshot);
    options.startupReport = parser.isSet(startup);
    options.language = parser.value(language);
    // A language without a translation was ignored silently (English text, Spanish weekdays).
    if (!options.language.isEmpty() && !QStringList{QStringLiteral("en"), QStringLiteral("de"), QStringLiteral("fr")}
                                            .contains(options.language))
        options.error = QStringLiteral("--lang is en, de or fr (the translations Greenlight ships)");
    options.theme = parser.value(theme);
    if (!options.theme.isEmpty() && themeFromName(options.theme) == Theme::Invalid)
        options.error = QStringLiteral("--theme must be system, light or dark");
    return options;
}

} // namespace greenlight
