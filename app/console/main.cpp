// Greenlight console: parses the command line, loads the translation and hands over to the
// composition root. Nothing else belongs here.
#include "compositionroot.h"
#include "consoleoptions.h"

#include <QApplication>
#include <QIcon>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

#include <cstdio>

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("Greenlight"));
    QApplication::setOrganizationName(QStringLiteral("Greenlight"));
    QApplication::setApplicationVersion(QStringLiteral(GREENLIGHT_VERSION));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/greenlight.svg")));

    const greenlight::ConsoleOptions options = greenlight::ConsoleOptions::parse(app.arguments());
    if (!options.error.isEmpty()) {
        std::fprintf(stderr, "greenlight: %s (see --help)\n", qPrintable(options.error));
        return 2;
    }

    const QLocale locale = options.language.isEmpty() ? QLocale() : QLocale(options.language);
    QLocale::setDefault(locale);
    QTranslator qtTranslator;
    if (qtTranslator.load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                          QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QApplication::installTranslator(&qtTranslator);
    QTranslator translator;
    if (translator.load(locale, QStringLiteral("greenlight"), QStringLiteral("_"),
                        QStringLiteral(":/i18n")))
        QApplication::installTranslator(&translator);

    greenlight::CompositionRoot root(options);
    root.start();
    return QApplication::exec();
}
