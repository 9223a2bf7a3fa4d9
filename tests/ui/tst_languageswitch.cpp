// Switching the language at run time changes visible texts without a restart.
#include "main/MainWindow.h"
#include "secrets/FileSecretStore.h"
#include "settings/LanguageSwitcher.h"

#include <QListWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace centrale;
using namespace centrale::ui;

class TestLanguageSwitch : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void switchesVisibleTexts();
};

void TestLanguageSwitch::initTestCase()
{
    QCoreApplication::setOrganizationName(QStringLiteral("CentraleTest")); // keep the user's QSettings alone
    LanguageSwitcher::instance().setDirectory(QStringLiteral(CENTRALE_QM_DIR));
}

void TestLanguageSwitch::switchesVisibleTexts()
{
    QTemporaryDir dir;
    auto db = Database::open(dir.filePath(QStringLiteral("c.sqlite")));
    QVERIFY(db);
    auto secrets = FileSecretStore::open(dir.filePath(QStringLiteral("secrets.json")));
    QVERIFY(secrets);
    MainWindow window(AppContext{*db.value(), *secrets.value(), nullptr});
    window.show();
    // Item 0 is the Dashboard, 1 Trunks.

    LanguageSwitcher::instance().apply(QStringLiteral("en"));
    QCoreApplication::processEvents();
    QCOMPARE(window.sidebar()->item(2)->text(), QStringLiteral("Numbers"));
    QCOMPARE(window.sidebar()->item(3)->text(), QStringLiteral("Call plans"));

    LanguageSwitcher::instance().apply(QStringLiteral("nl"));
    QCoreApplication::processEvents();
    QCOMPARE(window.sidebar()->item(2)->text(), QStringLiteral("Nummers"));
    QCOMPARE(window.sidebar()->item(3)->text(), QStringLiteral("Belplannen"));

    LanguageSwitcher::instance().apply(QStringLiteral("en"));
    QCoreApplication::processEvents();
    QCOMPARE(window.sidebar()->item(2)->text(), QStringLiteral("Numbers"));
}

QTEST_MAIN(TestLanguageSwitch)
#include "tst_languageswitch.moc"
