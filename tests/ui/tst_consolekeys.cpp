// Keyboard use of the console: Ctrl+1..9 switch pages, Del deletes the selected row after
// the MessageBox confirmation, F5 reloads, the shortcut overview lists the keys, every
// sidebar entry has a (drawable) icon, and an empty list shows its hint with a link.
#include "common/EmptyHint.h"
#include "common/MessageBox.h"
#include "main/MainWindow.h"
#include "main/ShortcutsDialog.h"
#include "secrets/FileSecretStore.h"
#include "service/AccountService.h"
#include "store/NumberRepository.h"
#include "store/TrunkRepository.h"
#include "trunks/TrunkModel.h"
#include "trunks/TrunksPage.h"

#include <QAction>
#include <QListWidget>
#include <QStackedWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace centrale;
using namespace centrale::ui;

class TestConsoleKeys : public QObject {
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void pageShortcutsAndIcons();
    void deleteAsksFirst();
    void shortcutOverviewListsTheKeys();

private:
    void addTrunk();
    TrunksPage *trunks() const { return qobject_cast<TrunksPage *>(m_window->pages().at(m_trunksIndex)); }
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<SecretStore> m_secrets;
    std::unique_ptr<MainWindow> m_window;
    int m_trunksIndex = -1;
};

void TestConsoleKeys::init()
{
    QCoreApplication::setOrganizationName(QStringLiteral("CentraleTest"));
    m_dir = std::make_unique<QTemporaryDir>();
    auto db = Database::open(m_dir->filePath(QStringLiteral("c.sqlite")));
    QVERIFY(db);
    m_db = std::move(db.value());
    auto secrets = FileSecretStore::open(m_dir->filePath(QStringLiteral("secrets.json")));
    QVERIFY(secrets);
    m_secrets = std::move(secrets.value());
    m_window = std::make_unique<MainWindow>(AppContext{*m_db, *m_secrets, nullptr});
    for (int i = 0; i < m_window->pages().size(); ++i)
        if (qobject_cast<TrunksPage *>(m_window->pages()[i]))
            m_trunksIndex = i;
    QVERIFY(m_trunksIndex >= 0 && m_trunksIndex < 9);
    m_window->resize(1280, 800);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
}

void TestConsoleKeys::cleanup()
{
    m_window.reset();
    m_secrets.reset();
    m_db.reset();
    m_dir.reset();
}

void TestConsoleKeys::addTrunk()
{
    QVERIFY(NumberRepository(*m_db).add({QStringLiteral("31502053031")}));
    Trunk t;
    t.name = QStringLiteral("Kantoor");
    t.ipWhitelist << IpNetwork::parse(QStringLiteral("192.0.2.10")).value();
    t.numbers << TrunkNumber{QStringLiteral("31502053031"), true, true};
    t.primary.username = Trunk::defaultPrimaryUsername(QStringLiteral("31502053031"));
    t.secondary.username = Trunk::defaultSecondaryUsername(QStringLiteral("31502053031"));
    auto created = AccountService(*m_db, *m_secrets).createTrunk(t, {});
    QVERIFY2(created, qPrintable(created.message()));
}

void TestConsoleKeys::pageShortcutsAndIcons()
{
    auto *stack = m_window->findChild<QStackedWidget *>();
    QVERIFY(stack);
    const int count = int(qMin<qsizetype>(9, m_window->pages().size()));
    for (int i = count - 1; i >= 0; --i) {
        QTest::keyClick(m_window.get(), Qt::Key(Qt::Key_1 + i), Qt::ControlModifier);
        QCOMPARE(stack->currentWidget(), m_window->pages()[i]);
        QCOMPARE(m_window->sidebar()->currentRow(), i);
    }
    for (int i = 0; i < m_window->sidebar()->count(); ++i)
        QVERIFY2(!m_window->sidebar()->item(i)->icon().pixmap(20).isNull(), qPrintable(m_window->sidebar()->item(i)->text())); // the SVG engine drew it

    // No trunks: the page says so and offers the first one; F5 notices one added elsewhere.
    QTest::keyClick(m_window.get(), Qt::Key(Qt::Key_1 + m_trunksIndex), Qt::ControlModifier);
    auto *hint = trunks()->findChild<EmptyHint *>();
    QVERIFY(hint);
    QVERIFY(hint->isVisible());
    QVERIFY(hint->text().contains(QStringLiteral("No trunks yet")));
    QCOMPARE(hint->linkText(), QStringLiteral("New trunk..."));
    addTrunk(); // as centralectl would: the page does not know yet
    QCOMPARE(trunks()->model()->rowCount(), 0);
    QTest::keyClick(m_window.get(), Qt::Key_F5);
    QCOMPARE(trunks()->model()->rowCount(), 1);
    QVERIFY(!hint->isVisible());
}

void TestConsoleKeys::deleteAsksFirst()
{
    addTrunk();
    QTest::keyClick(m_window.get(), Qt::Key(Qt::Key_1 + m_trunksIndex), Qt::ControlModifier);
    trunks()->reload();
    QCOMPARE(trunks()->model()->rowCount(), 1);
    trunks()->view()->setFocus();
    trunks()->view()->setCurrentIndex(trunks()->model()->index(0, 0));

    MessageBox::setNextAnswer(QMessageBox::No);
    QTest::keyClick(trunks()->view(), Qt::Key_Delete);
    QCOMPARE(trunks()->model()->rowCount(), 1);
    QVERIFY(TrunkRepository(*m_db).find(QStringLiteral("Kantoor")));

    MessageBox::setNextAnswer(QMessageBox::Yes);
    QTest::keyClick(trunks()->view(), Qt::Key_Delete);
    QCOMPARE(trunks()->model()->rowCount(), 0);
    QVERIFY(!TrunkRepository(*m_db).find(QStringLiteral("Kantoor")));
}

void TestConsoleKeys::shortcutOverviewListsTheKeys()
{
    ShortcutsDialog dialog(m_window->commandActions());
    QStringList rows;
    for (int r = 0; r < dialog.table()->rowCount(); ++r)
        rows << dialog.table()->item(r, 0)->text() + QStringLiteral(" = ") + dialog.table()->item(r, 1)->text();
    for (const QString &expected : {QStringLiteral("New... = Ctrl+N"), QStringLiteral("Delete... = Del"), QStringLiteral("Filter = Ctrl+F"), QStringLiteral("Refresh = F5"),
                                    QStringLiteral("Keyboard shortcuts... = Ctrl+/")})
        QVERIFY2(rows.contains(expected), qPrintable(expected + QStringLiteral(" not in: ") + rows.join(QStringLiteral("; "))));
    QVERIFY2(rows.contains(m_window->pages()[0]->title() + QStringLiteral(" = Ctrl+1")), qPrintable(rows.join(QStringLiteral("; "))));
}

QTEST_MAIN(TestConsoleKeys)
#include "tst_consolekeys.moc"
