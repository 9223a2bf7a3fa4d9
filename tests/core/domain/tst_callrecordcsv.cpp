// The call log CSV a spreadsheet opens: quoting, local times with offset, euro with 4 decimals.
#include "domain/CallRecordCsv.h"
#include "util/Csv.h"

#include <QDateTime>
#include <QTest>

using namespace centrale;

class TestCallRecordCsv : public QObject {
    Q_OBJECT
private slots:
    void headerAndQuotedRows()
    {
        CallRecord c;
        c.callId = QStringLiteral("abc@pbx");
        c.direction = QStringLiteral("outbound");
        c.account = QStringLiteral("31502053031");
        c.accountRole = QStringLiteral("primary");
        c.owner = QStringLiteral("PBX \"kantoor\", Groningen");
        c.caller = QStringLiteral("31502053031");
        c.callee = QStringLiteral("31612345678");
        c.dialled = QStringLiteral("0612345678");
        c.startedMs = QDateTime(QDate(2024, 6, 10), QTime(14, 3, 7)).toMSecsSinceEpoch();
        c.answeredMs = c.startedMs + 2000;
        c.endedMs = c.answeredMs + 90000;
        c.sipStatus = 200;
        c.reason = QStringLiteral("Normal clearing\nby caller");
        c.costMicros = 52549; // 0.052549 → 0.0525
        CallRecord refused = c;
        refused.answeredMs = refused.endedMs = 0;
        refused.sipStatus = 486;
        refused.reason = QStringLiteral("Busy Here");
        refused.costMicros = 0;

        const QByteArray csv = callRecordsToCsv({c, refused});
        QVERIFY(csv.startsWith("started,answered,ended,direction,account,account_role,owner,caller,callee,dialled,duration_s,sip_status,reason,cost_eur,"
                               "call_id,a_leg,b_leg\r\n"));
        QVERIFY(csv.contains(",\"PBX \"\"kantoor\"\", Groningen\","));
        auto rows = csv::read(QString::fromUtf8(csv));
        QVERIFY2(rows.ok(), qPrintable(rows.message()));
        QCOMPARE(rows->size(), 3);
        const QStringList r = rows->at(1).fields;
        QCOMPARE(r.size(), 17);
        QVERIFY2(r.at(0).startsWith(QLatin1String("2024-06-10T14:03:07")), qPrintable(r.at(0))); // local wall-clock time
        QCOMPARE(QDateTime::fromString(r.at(0), Qt::ISODate).toMSecsSinceEpoch(), c.startedMs); // and the offset makes it exact
        QCOMPARE(r.at(6), c.owner);
        QCOMPARE(r.at(10), QStringLiteral("90"));
        QCOMPARE(r.at(11), QStringLiteral("200"));
        QCOMPARE(r.at(12), c.reason);
        QCOMPARE(r.at(13), QStringLiteral("0.0525"));
        const QStringList busy = rows->at(2).fields;
        QCOMPARE(busy.at(1), QString()); // never answered
        QCOMPARE(busy.at(2), QString());
        QCOMPARE(busy.at(10), QStringLiteral("0"));
        QCOMPARE(busy.at(13), QStringLiteral("0.0000"));
    }

    void emptyLogIsJustTheHeader()
    {
        QCOMPARE(callRecordsToCsv({}).count("\r\n"), 1);
    }
};

QTEST_GUILESS_MAIN(TestCallRecordCsv)
#include "tst_callrecordcsv.moc"
