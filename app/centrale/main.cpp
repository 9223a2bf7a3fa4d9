// centrale: the desktop console.
#include "cluster/ClusterFollower.h"
#include "cluster/ClusterStatusFeed.h"
#include "dashboard/MigrationAttentionSource.h"
#include "dashboard/DashboardPage.h"
#include "main/MainWindow.h"
#include "main/Screenshots.h"
#include "settings/LanguageSwitcher.h"
#include "sip/SipEngine.h"
#include "sip/StoredStatus.h"
#include "store/SettingsRepository.h"
#include "store/AuditContext.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QMessageBox>
#include <QThread>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Centrale"));
    QApplication::setApplicationName(QStringLiteral("centrale"));
    QApplication::setApplicationDisplayName(QStringLiteral("Centrale"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/centrale.svg")));
    centrale::ui::LanguageSwitcher::instance().apply();
    centrale::AuditContext::setInterface(QStringLiteral("console")); // every change from here is the console's

    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption dbOpt(QStringLiteral("db"), QApplication::translate("centrale", "Database: an SQLite file or postgresql://user@host:port/dbname (password in ~/.pgpass; default: %1).").arg(centrale::Database::defaultPath()),
                                   QApplication::translate("centrale", "PATH"));
    const QCommandLineOption secretsOpt(QStringLiteral("secrets-file"), QApplication::translate("centrale", "Keep passwords in this 0600 file instead of the keychain."),
                                        QApplication::translate("centrale", "PATH"));
    const QCommandLineOption shotOpt(QStringLiteral("screenshot"), QApplication::translate("centrale", "Write a PNG of every page in both languages to DIR and quit."),
                                     QApplication::translate("centrale", "DIR"));
    const QCommandLineOption noEngineOpt(QStringLiteral("no-engine"),
                                         QApplication::translate("centrale", "Do not start the SIP engine in this process; show the status of one that serves the database elsewhere."));
    parser.addOptions({dbOpt, secretsOpt, shotOpt, noEngineOpt});
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
    // The engine runs in-process on its own thread; when another process (centralectl
    // serve) already serves these addresses, the console shows that engine's status instead.
    std::unique_ptr<centrale::StatusFeed> feed;
    const QString dbPath = db.value()->path();
    // Cluster mode: no engine here; the Kamailio nodes carry the calls, Centrale keeps their
    // tables in step (on a thread of its own: syncs block) and shows what they report.
    QThread syncThread;
    const bool clusterMode = centrale::SettingsRepository(*db.value()).get(QStringLiteral("engine.mode")) == QLatin1String("cluster");
    if (clusterMode && !parser.isSet(shotOpt)) {
        if (auto cs = centrale::cluster::loadClusterSettings(*db.value(), secrets.value().get()); cs) {
            feed = std::make_unique<centrale::cluster::ClusterStatusFeed>(dbPath, cs.value());
            auto *follower = new centrale::cluster::ClusterFollower(dbPath, parser.value(secretsOpt));
            follower->moveToThread(&syncThread);
            QObject::connect(&syncThread, &QThread::started, follower, &centrale::cluster::ClusterFollower::start);
            QObject::connect(&syncThread, &QThread::finished, follower, &QObject::deleteLater);
            QObject::connect(follower, &centrale::cluster::ClusterFollower::failed, [](const QString &m) { qWarning("centrale: cluster sync: %s", qPrintable(m)); });
            syncThread.start();
        } else {
            qWarning("centrale: cluster mode: %s", qPrintable(cs.message()));
        }
    }
    if (!clusterMode && !parser.isSet(shotOpt) && !parser.isSet(noEngineOpt)) {
        auto engine = std::make_unique<centrale::sip::SipEngine>(dbPath);
        engine->setSecretStore(secrets.value().get());
        if (auto s = engine->start(); s)
            feed = std::move(engine);
        else
            qWarning("centrale: engine not started here: %s", qPrintable(s.message()));
    }
    // Screenshots show the engine that serves this database elsewhere (scripts/demo.sh runs
    // `centralectl serve`); they wait for its status before the first picture.
    if (!feed)
        feed = std::make_unique<centrale::sip::DatabaseStatusFeed>(dbPath);
    centrale::ui::MainWindow window(centrale::ui::AppContext{*db.value(), *secrets.value(), feed.get()});
    window.dashboard()->addAttentionSource(std::make_shared<centrale::MigrationAttentionSource>());
    if (parser.isSet(shotOpt))
        return centrale::ui::writeScreenshots(window, parser.value(shotOpt), feed.get()) ? 0 : 1;
    window.show();
    const int code = app.exec();
    syncThread.quit();
    syncThread.wait();
    return code;
}
