// centrale: the desktop console.
#include "main/MainWindow.h"

#include <QApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Centrale"));
    QApplication::setApplicationName(QStringLiteral("centrale"));
    QApplication::setApplicationDisplayName(QStringLiteral("Centrale"));

    QTranslator qtTranslator;
    QTranslator appTranslator;
    const QLocale locale;
    if (qtTranslator.load(locale, QStringLiteral("qtbase"), QStringLiteral("_"), QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QApplication::installTranslator(&qtTranslator);
    if (appTranslator.load(locale, QStringLiteral("centrale"), QStringLiteral("_"), QStringLiteral(":/i18n")))
        QApplication::installTranslator(&appTranslator);

    centrale::ui::MainWindow window;
    window.show();
    return app.exec();
}
