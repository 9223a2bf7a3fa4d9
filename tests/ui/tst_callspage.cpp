// The Calls page over a real database: what the table shows, the filters, the live
// refresh and the CSV export, as the administrator sees them.
#include "calls/CallLogModel.h"
#include "calls/CallsPage.h"
#include "common/FileDialog.h"
#include "secrets/FileSecretStore.h"
#include "store/CallLogRepository.h"

#include <QComboBox>
#include <QDateTime>
#include <QFile>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace centrale;

namespace {
const qint64 kT0 = QDateTime(QDate(2024, 6, 10), QTime(9, 0, 0)).toMSecsSinceEpoch();

CallRecord call(int i, const QString &direction, const QString &callee, int status, const QString &reason, qint64 talkMs, qint64 cost)
{
    CallRecord c;
    c.callId = QStringLiteral("call-%1@pbx").arg(i);
    c.direction = direction;
    c.account = direction == QLatin1String("inbound") ? QStringLiteral("31502053033") : QStringLiteral("31502053031");
    c.accountRole = direction == QLatin1String("inbound") ? QStringLiteral("phone") : QStringLiteral("primary");
    c.owner = direction == QLatin1String("inbound") ? QStringLiteral("31502053033") : QStringLiteral("PBX kantoor");
    c.caller = direction == QLatin1String("inbound") ? QStringLiteral("31612345678") : QStringLiteral("31502053031");
    c.callee = callee;
    c.dialled = callee;
    c.aLeg = QStringLiteral("192.0.2.10:5060");
    c.bLeg = QStringLiteral("carrier.example:5060");
    c.startedMs = kT0 + i * 60000;
    if (talkMs > 0) {
        c.answeredMs = c.startedMs + 5000;
        c.endedMs = c.answeredMs + talkMs;
    } else {
        c.endedMs = c.startedMs + 3000;
    }
    c.sipStatus = status;
    c.reason = reason;
    c.costMicros = cost;
    return c;
}
} // namespace

class TestCallsPage : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<SecretStore> m_secrets;

    static QString cell(const ui::CallsPage &page, int row, int column) { return page.view()->model()->index(row, column).data().toString(); }

private slots:
    void initTestCase()
    {
        m_db = std::move(Database::open(m_dir.filePath(QStringLiteral("c.sqlite")))).value();
        m_secrets = std::move(FileSecretStore::open(m_dir.filePath(QStringLiteral("s.json")))).value();
        QVERIFY(CallLogRepository(*m_db)
                    .insert({call(1, QStringLiteral("outbound"), QStringLiteral("31612345678"), 200, QStringLiteral("Normal clearing"), 61500, 36400),
                             call(2, QStringLiteral("outbound"), QStringLiteral("319001234567"), 403, QStringLiteral("Destination not allowed: premium"), 0, 0),
                             call(3, QStringLiteral("inbound"), QStringLiteral("31502053033"), 486, QStringLiteral("Busy Here"), 0, 0),
                             call(4, QStringLiteral("outbound"), QStringLiteral("4930123456"), 200, QStringLiteral("Normal clearing"), 3725000, 807000)})
                    .ok());
    }

    void showsTheCallsNewestFirst()
    {
        ui::CallsPage page(ui::AppContext{*m_db, *m_secrets, nullptr});
        QSignalSpy refreshed(&page, &ui::CallsPage::refreshed);
        page.show();
        // The load runs on a worker thread; until it answers the page says so.
        QCOMPARE(page.statusText(), QStringLiteral("Loading…"));
        QVERIFY(refreshed.wait(5000));
        QCOMPARE(page.view()->model()->rowCount(), 4);
        QCOMPARE(page.statusText(), QStringLiteral("4 call(s), newest first."));

        QStringList headers;
        for (int c = 0; c < page.view()->model()->columnCount(); ++c)
            headers << page.view()->model()->headerData(c, Qt::Horizontal).toString();
        QCOMPARE(headers, QStringList({QStringLiteral("Start time"), QStringLiteral("Direction"), QStringLiteral("Trunk / account"), QStringLiteral("Caller"),
                                       QStringLiteral("Callee"), QStringLiteral("Duration"), QStringLiteral("Result"), QStringLiteral("Cost")}));

        // Row 0 is call 4: an hour-long call to Germany.
        QCOMPARE(cell(page, 0, ui::CallLogModel::Started), QStringLiteral("2024-06-10 09:04:00"));
        QCOMPARE(cell(page, 0, ui::CallLogModel::Direction), QStringLiteral("Outbound"));
        QCOMPARE(cell(page, 0, ui::CallLogModel::Account), QStringLiteral("PBX kantoor"));
        QCOMPARE(cell(page, 0, ui::CallLogModel::Caller), QStringLiteral("+31502053031"));
        QCOMPARE(cell(page, 0, ui::CallLogModel::Callee), QStringLiteral("+4930123456"));
        QCOMPARE(cell(page, 0, ui::CallLogModel::Duration), QStringLiteral("1:02:05"));
        QCOMPARE(cell(page, 0, ui::CallLogModel::Result), QStringLiteral("200 Normal clearing"));
        QCOMPARE(cell(page, 0, ui::CallLogModel::Cost), QStringLiteral("€ 0.8070"));
        // Call 3: inbound to a phone account, busy.
        QCOMPARE(cell(page, 1, ui::CallLogModel::Direction), QStringLiteral("Inbound"));
        QCOMPARE(cell(page, 1, ui::CallLogModel::Duration), QStringLiteral("not answered"));
        QCOMPARE(cell(page, 1, ui::CallLogModel::Result), QStringLiteral("486 Busy Here"));
        QCOMPARE(page.view()->model()->index(1, ui::CallLogModel::Account).data(Qt::ToolTipRole).toString(), QStringLiteral("Account 31502053033 (phone)"));
        // Call 2: refused by the destination whitelist; the reason is readable.
        QCOMPARE(cell(page, 2, ui::CallLogModel::Result), QStringLiteral("403 Destination not allowed: premium"));
        QCOMPARE(cell(page, 2, ui::CallLogModel::Cost), QStringLiteral("€ 0.0000"));
        // Call 1: 61.5 s billed as 62.
        QCOMPARE(cell(page, 3, ui::CallLogModel::Duration), QStringLiteral("1:02"));
        QCOMPARE(cell(page, 3, ui::CallLogModel::Cost), QStringLiteral("€ 0.0364"));

        for (QWidget *w : std::initializer_list<QWidget *>{page.findChild<QLineEdit *>(), page.findChild<QComboBox *>(), page.findChild<QPushButton *>(), page.view()})
            QVERIFY2(!w->accessibleName().isEmpty(), w->metaObject()->className());
    }

    void filtersByTextAndDirection()
    {
        ui::CallsPage page(ui::AppContext{*m_db, *m_secrets, nullptr});
        QSignalSpy refreshed(&page, &ui::CallsPage::refreshed);
        page.show();
        QVERIFY(refreshed.wait(5000));

        page.findChild<QLineEdit *>()->setText(QStringLiteral("premium"));
        QTRY_COMPARE_WITH_TIMEOUT(page.view()->model()->rowCount(), 1, 5000);
        QCOMPARE(cell(page, 0, ui::CallLogModel::Callee), QStringLiteral("+319001234567"));

        page.findChild<QLineEdit *>()->setText(QStringLiteral("kantoor"));
        QTRY_COMPARE_WITH_TIMEOUT(page.view()->model()->rowCount(), 3, 5000);

        auto *direction = page.findChild<QComboBox *>();
        QCOMPARE(direction->itemText(0), QStringLiteral("All directions"));
        page.findChild<QLineEdit *>()->clear();
        direction->setCurrentIndex(direction->findText(QStringLiteral("Inbound")));
        QTRY_COMPARE_WITH_TIMEOUT(page.view()->model()->rowCount(), 1, 5000);
        QCOMPARE(cell(page, 0, ui::CallLogModel::Result), QStringLiteral("486 Busy Here"));

        page.findChild<QLineEdit *>()->setText(QStringLiteral("nothing like this"));
        QTRY_COMPARE_WITH_TIMEOUT(page.view()->model()->rowCount(), 0, 5000);
        QTRY_COMPARE(page.statusText(), QStringLiteral("No calls match the filter."));
    }

    void newCallsAppearWhileShown()
    {
        ui::CallsPage page(ui::AppContext{*m_db, *m_secrets, nullptr});
        QSignalSpy refreshed(&page, &ui::CallsPage::refreshed);
        page.show();
        QVERIFY(refreshed.wait(5000));
        const int before = page.view()->model()->rowCount();
        // The engine writes behind; the page picks it up on its 2-second refresh.
        QVERIFY(CallLogRepository(*m_db).insert({call(5, QStringLiteral("outbound"), QStringLiteral("32470123456"), 200, QStringLiteral("Normal clearing"), 10000, 8400)}).ok());
        QTRY_COMPARE_WITH_TIMEOUT(page.view()->model()->rowCount(), before + 1, 5000);
        QCOMPARE(cell(page, 0, ui::CallLogModel::Callee), QStringLiteral("+32470123456"));

        // Hidden, it stops polling.
        page.hide();
        QVERIFY(CallLogRepository(*m_db).insert({call(6, QStringLiteral("outbound"), QStringLiteral("33612345678"), 200, QString(), 1000, 700)}).ok());
        refreshed.clear();
        QTest::qWait(2600);
        QCOMPARE(refreshed.size(), 0);
        QCOMPARE(page.view()->model()->rowCount(), before + 1);
    }

    void exportsWhatIsShownAsCsv()
    {
        ui::CallsPage page(ui::AppContext{*m_db, *m_secrets, nullptr});
        QSignalSpy refreshed(&page, &ui::CallsPage::refreshed);
        page.show();
        QVERIFY(refreshed.wait(5000));
        page.findChild<QComboBox *>()->setCurrentIndex(1); // outbound only
        QTRY_COMPARE_WITH_TIMEOUT(page.view()->model()->rowCount(), 5, 5000);

        const QString path = m_dir.filePath(QStringLiteral("calls.csv"));
        ui::FileDialog::setNextPath(path);
        page.findChild<QPushButton *>()->click();
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = f.readAll().split('\n');
        QCOMPARE(lines.size(), 7); // header, 5 calls, the empty rest after the last CRLF
        QVERIFY(lines.at(0).startsWith("started,answered,ended,direction,account,account_role,owner,caller,callee"));
        QVERIFY(lines.at(1).contains(",outbound,") && lines.at(1).contains(",33612345678,"));
        for (int i = 1; i <= 5; ++i)
            QVERIFY2(!lines.at(i).contains(",inbound,"), lines.at(i).constData());
        QVERIFY2(lines.at(4).contains(",403,Destination not allowed: premium,0.0000,call-2@pbx,"), lines.at(4).constData());
        QVERIFY2(page.statusText().contains(QLatin1String("Exported 5 call(s) to")), qPrintable(page.statusText()));

        // Cancelling the dialog writes nothing.
        QVERIFY(QFile::remove(path));
        ui::FileDialog::setNextPath(QString());
        page.findChild<QPushButton *>()->click();
        QVERIFY(!QFile::exists(path));
    }
};

QTEST_MAIN(TestCallsPage)
#include "tst_callspage.moc"
