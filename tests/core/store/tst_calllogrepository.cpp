// The call log in a real SQLite database: batches in, newest first out, filtered.
#include "store/CallLogRepository.h"
#include "store/Database.h"

#include "TestStore.h"

#include <QTemporaryDir>
#include <QTest>

using namespace centrale;

namespace {
CallRecord call(const QString &caller, const QString &callee, qint64 startedMs, const QString &direction = QStringLiteral("outbound"))
{
    CallRecord c;
    c.callId = QStringLiteral("call-%1@pbx").arg(startedMs);
    c.direction = direction;
    c.account = QStringLiteral("31502053031");
    c.accountRole = QStringLiteral("primary");
    c.owner = QStringLiteral("PBX kantoor");
    c.caller = caller;
    c.callee = callee;
    c.dialled = QLatin1Char('0') + callee.mid(2);
    c.aLeg = QStringLiteral("192.0.2.10:5060");
    c.bLeg = QStringLiteral("carrier.example:5060");
    c.startedMs = startedMs;
    c.answeredMs = startedMs + 4000;
    c.endedMs = startedMs + 4000 + 61500;
    c.sipStatus = 200;
    c.reason = QStringLiteral("Normal clearing");
    c.costMicros = 12400;
    return c;
}
} // namespace

class TestCallLogRepository : public QObject {
    Q_OBJECT
    test::TestStore m_store;
    std::unique_ptr<Database> m_db;

private slots:
    void initTestCase() { CENTRALE_START_STORE(m_store); }
    void cleanupTestCase() { m_store.stop(); }
    void init()
    {
        auto db = Database::open(m_store.location(QLatin1String(QTest::currentTestFunction())));
        QVERIFY2(db.ok(), qPrintable(db.message()));
        m_db = std::move(db).value();
    }
    void cleanup() { m_db.reset(); }

    void insertsABatchAndReadsEveryFieldBack()
    {
        CallLogRepository repo(*m_db);
        QCOMPARE(repo.count().value(), qint64(0));
        const qint64 t0 = 1718000000000;
        CallRecord refused = call(QStringLiteral("31502053031"), QStringLiteral("319001234567"), t0 + 1000);
        refused.answeredMs = refused.endedMs = 0;
        refused.sipStatus = 403;
        refused.reason = QStringLiteral("Destination not allowed: premium");
        refused.costMicros = 0;
        QVERIFY(repo.insert({call(QStringLiteral("31502053031"), QStringLiteral("31612345678"), t0), refused}).ok());
        QCOMPARE(repo.count().value(), qint64(2));

        auto list = repo.list();
        QVERIFY2(list.ok(), qPrintable(list.message()));
        QCOMPARE(list->size(), 2);
        const CallRecord &newest = list->at(0);
        QCOMPARE(newest.sipStatus, 403);
        QCOMPARE(newest.reason, QStringLiteral("Destination not allowed: premium"));
        QCOMPARE(newest.durationSecs(), 0);
        const CallRecord &c = list->at(1);
        QVERIFY(c.id > 0);
        QCOMPARE(c.callId, QStringLiteral("call-%1@pbx").arg(t0));
        QCOMPARE(c.direction, QStringLiteral("outbound"));
        QCOMPARE(c.account, QStringLiteral("31502053031"));
        QCOMPARE(c.accountRole, QStringLiteral("primary"));
        QCOMPARE(c.owner, QStringLiteral("PBX kantoor"));
        QCOMPARE(c.callee, QStringLiteral("31612345678"));
        QCOMPARE(c.dialled, QStringLiteral("0612345678"));
        QCOMPARE(c.aLeg, QStringLiteral("192.0.2.10:5060"));
        QCOMPARE(c.bLeg, QStringLiteral("carrier.example:5060"));
        QCOMPARE(c.startedMs, t0);
        QCOMPARE(c.answeredMs, t0 + 4000);
        QCOMPARE(c.endedMs, t0 + 65500);
        QCOMPARE(c.durationSecs(), 62); // 61.5 s, billed as 62
        QCOMPARE(c.costMicros, qint64(12400));
    }

    void aBadRecordRollsBackTheWholeBatch()
    {
        CallLogRepository repo(*m_db);
        CallRecord bad = call(QStringLiteral("1"), QStringLiteral("2"), 2000);
        bad.direction = QStringLiteral("sideways");
        auto s = repo.insert({call(QStringLiteral("1"), QStringLiteral("2"), 1000), bad});
        QVERIFY(!s.ok());
        QVERIFY2(s.message().contains(QLatin1String("call-2000@pbx")), qPrintable(s.message()));
        QCOMPARE(repo.count().value(), qint64(0));
    }

    void filtersByTextDirectionTimeAndLimit()
    {
        CallLogRepository repo(*m_db);
        QList<CallRecord> batch;
        for (int i = 0; i < 10; ++i)
            batch << call(QStringLiteral("3150205303%1").arg(i), QStringLiteral("3161234567%1").arg(i), 1000 * (i + 1),
                          i % 2 ? QStringLiteral("inbound") : QStringLiteral("outbound"));
        batch[3].owner = QStringLiteral("Phone 100%_x");
        batch[7].reason = QStringLiteral("Busy Here");
        QVERIFY(repo.insert(batch).ok());

        auto all = repo.list({});
        QCOMPARE(all->size(), 10);
        QCOMPARE(all->first().startedMs, qint64(10000)); // newest first
        QCOMPARE(all->last().startedMs, qint64(1000));

        auto byCallee = repo.list({QStringLiteral("612345675"), {}, 0, 1000});
        QCOMPARE(byCallee->size(), 1);
        QCOMPARE(byCallee->first().callee, QStringLiteral("31612345675"));
        QCOMPARE(repo.list({QStringLiteral("busy"), {}, 0, 1000})->first().reason, QStringLiteral("Busy Here"));
        // % and _ are literal, not wildcards.
        QCOMPARE(repo.list({QStringLiteral("100%_"), {}, 0, 1000})->size(), 1);
        QCOMPARE(repo.list({QStringLiteral("%"), {}, 0, 1000})->size(), 1);
        QCOMPARE(repo.list({QStringLiteral("kantoor"), {}, 0, 1000})->size(), 9);
        QCOMPARE(repo.list({{}, QStringLiteral("inbound"), 0, 1000})->size(), 5);
        QCOMPARE(repo.list({{}, QStringLiteral("outbound"), 6000, 1000})->size(), 2); // 7000 and 9000
        auto limited = repo.list({{}, {}, 0, 3});
        QCOMPARE(limited->size(), 3);
        QCOMPARE(limited->last().startedMs, qint64(8000));
        QCOMPARE(repo.list({{}, {}, 0, 0})->size(), 10);
    }
};

QTEST_GUILESS_MAIN(TestCallLogRepository)
#include "tst_calllogrepository.moc"
