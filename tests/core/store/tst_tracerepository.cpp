// The trace store as a bounded ring: age, number of calls and size each push the oldest out;
// a call's messages come back whole, an account's registrations newest-limited.
#include "store/TraceRepository.h"

#include <QTemporaryDir>
#include <QTest>

using namespace centrale;
using diagnostics::TraceMessage;

namespace {
constexpr qint64 kNow = 1764700000000000;
TraceMessage msg(qint64 ageSecs, const QByteArray &group, const QString &account = {}, const QByteArray &method = "INVITE", int size = 100)
{
    TraceMessage m;
    m.timeUs = kNow - ageSecs * 1000000;
    m.local = QStringLiteral("127.0.0.1:5060");
    m.remote = QStringLiteral("127.0.0.2:5070");
    m.callId = m.group = group;
    m.method = method;
    m.account = account;
    m.data = QByteArray(size, 'x');
    return m;
}
} // namespace

class TestTraceRepository : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;
    int m_n = 0;
    std::unique_ptr<TraceRepository> open()
    {
        auto r = TraceRepository::open(m_dir.filePath(QStringLiteral("t%1.traces.sqlite").arg(++m_n)));
        return r ? std::move(r).value() : nullptr;
    }

private slots:
    void pathAndPermissions()
    {
        QCOMPARE(TraceRepository::pathFor(QStringLiteral("/x/centrale.sqlite")), QStringLiteral("/x/centrale.traces.sqlite"));
        QVERIFY(!TraceRepository::open(m_dir.filePath(QStringLiteral("none.sqlite")), true).ok()); // read-only never creates
        auto repo = open();
        QVERIFY(repo);
        QCOMPARE(QFile(m_dir.filePath(QStringLiteral("t1.traces.sqlite"))).permissions() & (QFileDevice::ReadGroup | QFileDevice::ReadOther), QFileDevice::Permissions());
    }
    void callsAndRegistrations()
    {
        auto repo = open();
        QVERIFY(repo->append({msg(5, "a@x"), msg(4, "b@x"), msg(3, "a@x"), msg(2, "r1", QStringLiteral("3150"), "REGISTER"),
                              msg(1, "r1", QStringLiteral("3150"), "REGISTER"), msg(0, "q1", QStringLiteral("3150"), "OPTIONS")})
                    .ok());
        QCOMPARE(repo->call(QStringLiteral("a@x"))->size(), 2);
        const auto regs = repo->registrations({QStringLiteral("3150")}, 2);
        QCOMPARE(regs->size(), 2);
        QVERIFY(regs->at(0).timeUs < regs->at(1).timeUs); // oldest first, the newest two
        QCOMPARE(regs->at(1).method, QByteArray("OPTIONS"));
        QVERIFY(repo->lastReceived({QStringLiteral("3150")}, "REGISTER")->has_value());
        QVERIFY(!repo->lastReceived({QStringLiteral("9999")}, "REGISTER")->has_value());
    }
    void pruneByAge()
    {
        auto repo = open();
        QVERIFY(repo->append({msg(7200, "old"), msg(3000, "mid"), msg(10, "new")}).ok());
        QVERIFY(repo->prune(TraceLimits{100, 1 << 30, 3600}, kNow).ok());
        QCOMPARE(*repo->count(), 2);
        QVERIFY(repo->call(QStringLiteral("old"))->isEmpty());
    }
    void pruneByCalls()
    {
        auto repo = open();
        QList<TraceMessage> batch;
        for (int i = 0; i < 10; ++i)
            batch << msg(100 - i, "call" + QByteArray::number(i)) << msg(100 - i, "call" + QByteArray::number(i));
        QVERIFY(repo->append(batch).ok());
        QVERIFY(repo->prune(TraceLimits{4, 1 << 30, 3600}, kNow).ok());
        QCOMPARE(*repo->count(), 8); // the newest four calls, whole
        QCOMPARE(repo->call(QStringLiteral("call9"))->size(), 2);
        QVERIFY(repo->call(QStringLiteral("call5"))->isEmpty());
    }
    void pruneBySize()
    {
        auto repo = open();
        QList<TraceMessage> batch;
        for (int i = 0; i < 400; ++i)
            batch << msg(400 - i, "c" + QByteArray::number(i), {}, "INVITE", 4000);
        QVERIFY(repo->append(batch).ok());
        for (int round = 0; round < 30; ++round) // each prune takes the oldest tenth
            QVERIFY(repo->prune(TraceLimits{100000, 512 * 1024, 3600}, kNow).ok());
        const qint64 left = *repo->count();
        QVERIFY2(left > 0 && left * 4000 <= 512 * 1024, qPrintable(QString::number(left)));
        QVERIFY(!repo->call(QStringLiteral("c399"))->isEmpty()); // the newest stays
    }
};

QTEST_GUILESS_MAIN(TestTraceRepository)
#include "tst_tracerepository.moc"
