// `centralectl calls list` over records the engine would have written (through the repository).
#include "../tools/CtlRunner.h"
#include "store/CallLogRepository.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace centrale;

class TestCallsCli : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;
    CtlRunner m_ctl{m_dir};

private slots:
    void initTestCase()
    {
        auto db = Database::open(m_ctl.dbPath());
        QVERIFY2(db.ok(), qPrintable(db.message()));
        QList<CallRecord> batch;
        for (int i = 0; i < 5; ++i) {
            CallRecord c;
            c.callId = QStringLiteral("call-%1").arg(i);
            c.direction = i == 4 ? QStringLiteral("inbound") : QStringLiteral("outbound");
            c.account = QStringLiteral("31502053031");
            c.accountRole = QStringLiteral("primary");
            c.owner = QStringLiteral("PBX kantoor");
            c.caller = QStringLiteral("31502053031");
            c.callee = QStringLiteral("3161234567%1").arg(i);
            c.dialled = QStringLiteral("061234567%1").arg(i);
            c.aLeg = QStringLiteral("192.0.2.10");
            c.bLeg = QStringLiteral("carrier");
            c.startedMs = 1718000000000 + i * 60000;
            c.answeredMs = c.startedMs + 3000;
            c.endedMs = c.answeredMs + 10000 * (i + 1);
            c.sipStatus = 200;
            c.reason = i == 2 ? QStringLiteral("Call, \"rejected\"") : QStringLiteral("Normal clearing");
            c.costMicros = 5834 * (i + 1);
            batch << c;
        }
        QVERIFY(CallLogRepository(**db).insert(batch).ok());
    }

    void listsJsonNewestFirst()
    {
        int code = -1;
        const QString out = m_ctl({QStringLiteral("calls"), QStringLiteral("list"), QStringLiteral("--json")}, {}, &code);
        QVERIFY2(code == 0, qPrintable(out));
        const QJsonArray calls = QJsonDocument::fromJson(out.toUtf8()).array();
        QCOMPARE(calls.size(), 5);
        const QJsonObject newest = calls.first().toObject();
        QCOMPARE(newest[QStringLiteral("call_id")].toString(), QStringLiteral("call-4"));
        QCOMPARE(newest[QStringLiteral("direction")].toString(), QStringLiteral("inbound"));
        QCOMPARE(newest[QStringLiteral("callee")].toString(), QStringLiteral("31612345674"));
        QCOMPARE(newest[QStringLiteral("duration_s")].toInt(), 50);
        QCOMPARE(newest[QStringLiteral("cost_eur")].toString(), QStringLiteral("0.0292")); // 29170 micro-euro
        QCOMPARE(newest[QStringLiteral("started")].toString(), QStringLiteral("2024-06-10T06:17:20.000Z"));
        QCOMPARE(calls.last()[QStringLiteral("call_id")].toString(), QStringLiteral("call-0"));
    }

    void limitAndFilter()
    {
        int code = -1;
        auto json = [&](const QStringList &extra) {
            return QJsonDocument::fromJson(m_ctl(QStringList{QStringLiteral("calls"), QStringLiteral("list"), QStringLiteral("--json")} + extra, {}, &code).toUtf8()).array();
        };
        QCOMPARE(json({QStringLiteral("--limit"), QStringLiteral("2")}).size(), 2);
        const QJsonArray rejected = json({QStringLiteral("--filter"), QStringLiteral("REJECTED")});
        QCOMPARE(rejected.size(), 1);
        QCOMPARE(rejected.first()[QStringLiteral("call_id")].toString(), QStringLiteral("call-2"));
        QCOMPARE(json({QStringLiteral("--filter"), QStringLiteral("612345673")}).size(), 1);
        QCOMPARE(json({QStringLiteral("--filter"), QStringLiteral("nobody")}).size(), 0);

        QVERIFY(m_ctl({QStringLiteral("calls"), QStringLiteral("list"), QStringLiteral("--limit"), QStringLiteral("0")}, {}, &code).contains(QLatin1String("--limit")));
        QCOMPARE(code, 2);
        QVERIFY(m_ctl({QStringLiteral("calls"), QStringLiteral("list"), QStringLiteral("--json"), QStringLiteral("--csv")}, {}, &code).contains(QLatin1String("cannot be combined")));
        QCOMPARE(code, 2);
    }

    void csvForSpreadsheets()
    {
        int code = -1;
        const QString out = m_ctl({QStringLiteral("calls"), QStringLiteral("list"), QStringLiteral("--csv"), QStringLiteral("--filter"), QStringLiteral("6123456")}, {}, &code);
        QCOMPARE(code, 0);
        const QStringList lines = out.split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 6);
        QVERIFY(lines.first().startsWith(QLatin1String("started,answered,ended,direction,account")));
        QVERIFY2(lines.at(3).contains(QLatin1String(",\"Call, \"\"rejected\"\"\",0.0175,call-2,")), qPrintable(lines.at(3)));
    }

    void plainTextIsOneLinePerCall()
    {
        int code = -1;
        const QString out = m_ctl({QStringLiteral("calls"), QStringLiteral("list")}, {}, &code);
        QCOMPARE(code, 0);
        const QStringList lines = out.trimmed().split(QLatin1Char('\n'));
        QCOMPARE(lines.size(), 5);
        QVERIFY2(lines.first().contains(QLatin1String("31502053031 -> 31612345674")) && lines.first().contains(QLatin1String("50s")), qPrintable(lines.first()));
    }
};

QTEST_GUILESS_MAIN(TestCallsCli)
#include "tst_callscli.moc"
