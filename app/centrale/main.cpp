// centrale: the desktop console.
#include "main/MainWindow.h"
#include "main/Screenshots.h"
#include "settings/LanguageSwitcher.h"
#include "store/SettingsRepository.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QMessageBox>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Centrale"));
    QApplication::setApplicationName(QStringLiteral("centrale"));
    QApplication::setApplicationDisplayName(QStringLiteral("Centrale"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/centrale.svg")));
    centrale::ui::LanguageSwitcher::instance().apply();

    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption dbOpt(QStringLiteral("db"), QApplication::translate("centrale", "Database file (default: %1).").arg(centrale::Database::defaultPath()),
                                   QApplication::translate("centrale", "PATH"));
    const QCommandLineOption secretsOpt(QStringLiteral("secrets-file"), QApplication::translate("centrale", "Keep passwords in this 0600 file instead of the keychain."),
                                        QApplication::translate("centrale", "PATH"));
    const QCommandLineOption shotOpt(QStringLiteral("screenshot"), QApplication::translate("centrale", "Write a PNG of every page in both languages to DIR and quit."),
                                     QApplication::translate("centrale", "DIR"));
    parser.addOptions({dbOpt, secretsOpt, shotOpt});
    parser.process(app);

    auto db = centrale::Database::open(parser.isSet(dbOpt) ? parser.value(dbOpt) : centrale::Database::defaultPath());
    if (!db) {
        QMessageBox::critical(nullptr, QApplication::translate("centrale", "Centrale"), db.message());
        return 1;
    }
    auto secrets = centrale::openSecretStore(parser.value(secretsOpt));
    if (!secrets) {
        QMessageBox::critical(nullptr, QApplication::translate("centrale", "Centrale"), secrets.message());
        return 1;
    }
    // The language chosen on the Settings page (ui.language), else the system's.
    if (const QString lang = centrale::SettingsRepository(*db.value()).get(QStringLiteral("ui.language")); lang == QLatin1String("nl") || lang == QLatin1String("en"))
        centrale::ui::LanguageSwitcher::instance().apply(lang);
    // The in-process engine's StatusFeed goes here once it exists (nullptr: not running).
    centrale::ui::MainWindow window(centrale::ui::AppContext{*db.value(), *secrets.value(), nullptr});
    if (parser.isSet(shotOpt))
        return centrale::ui::writeScreenshots(window, parser.value(shotOpt)) ? 0 : 1;
    window.show();
    return app.exec();
}
