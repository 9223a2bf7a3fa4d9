// The engine's guards on calls out with real peers: the fraud detector's burst rule blocks an
// account until it is unblocked, and the amount limits warn, cut a call off and refuse. sipp is
// the PBX and the carrier on 127.0.46.x; a mail sink stands in for the SMTP server.
#include "EngineFixture.h"
#include "SippRun.h"
#include "store/CallLogRepository.h"
#include "store/RateRepository.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace centrale;

namespace {
const QString kPbxIp = QStringLiteral("127.0.46.1");
const QString kCarrierIp = QStringLiteral("127.0.46.3");
const QString kEngine = QStringLiteral("127.0.46.1:47560");
const QString kEngine2 = QStringLiteral("127.0.46.1:47562");
constexpr int kPbxPort = 47570;
constexpr int kCarrierUas = 47590; // where the engine sends calls out
constexpr int kSmtpPort = 47525; // the sink listens on 127.0.0.1
const QString kTrunkNumber = QStringLiteral("31502053031");

struct EngineSipp : BackgroundSipp {
    EngineSipp() : BackgroundSipp(kEngine) {}
};

SippResult runCall(const QString &scenario, const QString &ip, int port, const QStringList &lines, QString *trace, int holdMs = 500)
{
    return runCallSipp(scenario, kEngine, ip, port, lines, trace, holdMs);
}
} // namespace

class TestCallGuards : public QObject {
    Q_OBJECT
    EngineFixture m_fx;

    QString trunkAuth() { return authField(kTrunkNumber, QStringLiteral("primaryPass1")); }

private slots:
    void initTestCase()
    {
        if (QStandardPaths::findExecutable(QStringLiteral("sipp")).isEmpty())
            QSKIP("sipp is not installed");
        auto opened = m_fx.open(EngineFixture::callSettings(kEngine, kEngine2, kCarrierIp + QStringLiteral(":%1").arg(kCarrierUas)));
        QVERIFY2(opened.ok(), qPrintable(opened.message()));
        Trunk t = EngineFixture::trunk(QStringLiteral("pbx"), kTrunkNumber, kPbxIp);
        t.destinations.countries = {DestinationRule{QStringLiteral("NL"), {NumberType::Fixed, NumberType::Mobile}}};
        auto created = m_fx.addTrunk(t, QStringLiteral("primaryPass1"), QStringLiteral("secondaryPass1"));
        QVERIFY2(created.ok(), qPrintable(created.message()));
        auto s = m_fx.startEngine();
        QVERIFY2(s.ok(), qPrintable(s.message()));
    }
    void cleanup() { m_fx.records.clear(); }
    void cleanupTestCase() { m_fx.engine.reset(); }

    void aBurstOfShortCallsBlocksTheAccountUntilUnblocked()
    {
        QVERIFY(m_fx.setSetting("fraud.burst.calls", QStringLiteral("5")).ok()); // five calls under 10 s within 10 minutes
        m_fx.mails.clear();
        const QString line = kTrunkNumber + QStringLiteral(";0201234567;") + trunkAuth() + QStringLiteral(";;");
        // Short calls one after another until the account is blocked.
        int answered = 0;
        for (int i = 0; i < 6; ++i) {
            EngineSipp carrier;
            carrier.start(QStringLiteral("carrier_answer"), kCarrierIp, kCarrierUas, {});
            if (runCall(QStringLiteral("pbx_call"), kPbxIp, kPbxPort, {line}, nullptr, 200).exitCode != 0)
                break;
            QCOMPARE(carrier.finish(), 0);
            ++answered;
            QTest::qWait(100);
        }
        QVERIFY2(answered < 6, qPrintable(QString::number(answered))); // blocked at the latest when the 5th short call ended
        QTRY_VERIFY_WITH_TIMEOUT(!m_fx.mails.filter(QLatin1String("blocked by the fraud detector")).isEmpty(), 3000);
        QString trace;
        auto refused = runCall(QStringLiteral("pbx_refused"), kPbxIp, kPbxPort, {kTrunkNumber + QStringLiteral(";0201234567;") + trunkAuth()}, &trace);
        QVERIFY2(refused.exitCode == 0, qPrintable(refused.output.right(1500)));
        QVERIFY2(trace.contains(QLatin1String("SIP/2.0 403 ")), qPrintable(trace.right(1500)));
        QTRY_VERIFY_WITH_TIMEOUT(m_fx.records.last().reason.contains(QLatin1String("blocked by the fraud detector")), 3000);
        QVERIFY2(m_fx.records.last().reason.contains(QLatin1String("shorter than 10 s")), qPrintable(m_fx.records.last().reason));

        // The CLI shows the block and lifts it; the running engine follows.
        auto ctl = [this](const QStringList &args) {
            QProcess p;
            p.start(QStringLiteral(CENTRALECTL_BIN), QStringList{QStringLiteral("--db"), m_fx.dbPath} + args);
            p.waitForFinished(10000);
            return std::pair{p.exitCode(), QString::fromUtf8(p.readAllStandardOutput() + p.readAllStandardError())};
        };
        const auto [listed, listing] = ctl({QStringLiteral("--json"), QStringLiteral("fraud"), QStringLiteral("list")});
        QCOMPARE(listed, 0);
        const auto blocks = QJsonDocument::fromJson(listing.toUtf8()).array();
        QVERIFY2(blocks.size() == 1 && blocks[0][QStringLiteral("account")].toString() == QLatin1String("pbx")
                     && blocks[0][QStringLiteral("kind")].toString() == QLatin1String("burst"),
                 qPrintable(listing));
        QCOMPARE(ctl({QStringLiteral("fraud"), QStringLiteral("unblock"), QStringLiteral("nobody")}).first, 1);
        const auto [unblocked, said] = ctl({QStringLiteral("fraud"), QStringLiteral("unblock"), QStringLiteral("pbx")});
        QVERIFY2(unblocked == 0, qPrintable(said));
        QTest::qWait(1500); // the engine polls the database twice a second
        EngineSipp carrier;
        carrier.start(QStringLiteral("carrier_answer"), kCarrierIp, kCarrierUas, {});
        auto again = runCall(QStringLiteral("pbx_call"), kPbxIp, kPbxPort, {line}, nullptr, 200);
        QVERIFY2(again.exitCode == 0, qPrintable(again.output.right(1500)));
        QCOMPARE(carrier.finish(), 0);
        QCOMPARE(m_fx.nextRecord().sipStatus, 200);
        QVERIFY(m_fx.setSetting("fraud.burst.calls", QStringLiteral("50")).ok());
    }

    void limitsWarnAt80And95ThenCutOffAndRefuse()
    {
        // A mail sink stands in for the SMTP server.
        QTemporaryDir mails;
        QProcess sink;
        sink.start(QStringLiteral("python3"), {QStringLiteral(CENTRALE_TEST_TOOLS "/smtp-sink.py"), QStringLiteral("--port"), QString::number(kSmtpPort),
                                               QStringLiteral("--out"), mails.path()});
        QVERIFY(sink.waitForStarted());
        QTest::qWait(500);
        QVERIFY(SettingsRepository(*m_fx.db).set(QStringLiteral("smtp.server"), QStringLiteral("127.0.0.1:%1").arg(kSmtpPort)).ok());
        QVERIFY(SettingsRepository(*m_fx.db).set(QStringLiteral("alerts.email"), QStringLiteral("noc@example.nl")).ok());
        // 60 cents a minute to Dutch numbers = 1 cent a second; 10 cents an hour is the limit.
        QVERIFY(RateRepository(*m_fx.db).replaceAll({Rate{QStringLiteral("31"), QStringLiteral("Netherlands"), 600000, 0}}).ok());
        Limits l;
        l.amountHourCents = 10;
        l.amountDayCents = 25;
        l.amountWeekCents = 50;
        QVERIFY((*m_fx.db).exec(QStringLiteral("UPDATE trunks SET limits = ? WHERE name = 'pbx'"), {QString::fromUtf8(QJsonDocument(l.toJson()).toJson(QJsonDocument::Compact))}).ok());
        m_fx.engine->reload();

        // 8 s: 8-9 cents of 10, past 80 %.
        {
            EngineSipp carrier;
            carrier.start(QStringLiteral("carrier_answer"), kCarrierIp, kCarrierUas, {});
            auto pbx = runCall(QStringLiteral("pbx_call"), kPbxIp, kPbxPort, {kTrunkNumber + QStringLiteral(";0201234567;") + trunkAuth() + QStringLiteral(";;")}, nullptr, 8000);
            QVERIFY2(pbx.exitCode == 0, qPrintable(pbx.output.left(1500)));
            QCOMPARE(carrier.finish(), 0);
            const CallRecord r = m_fx.nextRecord();
            QVERIFY2(r.costMicros >= 80000 && r.costMicros <= 90000, qPrintable(QString::number(r.costMicros)));
        }
        // The next call is cut off by the engine when the 10 cents are gone.
        {
            EngineSipp carrier;
            carrier.start(QStringLiteral("carrier_answer"), kCarrierIp, kCarrierUas, {});
            auto pbx = runCall(QStringLiteral("pbx_call_cut"), kPbxIp, kPbxPort, {kTrunkNumber + QStringLiteral(";0201234567;") + trunkAuth() + QStringLiteral(";;")}, nullptr);
            QVERIFY2(pbx.exitCode == 0, qPrintable(pbx.output.left(1500)));
            QCOMPARE(carrier.finish(), 0); // the carrier got the engine's BYE too
            const CallRecord r = m_fx.nextRecord();
            QVERIFY2(r.reason.contains(QLatin1String("ended at the amount limit")), qPrintable(r.reason));
            QVERIFY(r.durationSecs() <= 3);
        }
        // And now new calls are refused.
        QString trace;
        auto refused = runCall(QStringLiteral("pbx_refused"), kPbxIp, kPbxPort, {kTrunkNumber + QStringLiteral(";0201234567;") + trunkAuth()}, &trace);
        QVERIFY2(refused.exitCode == 0, qPrintable(refused.output.left(1500)));
        QVERIFY(trace.contains(QLatin1String("SIP/2.0 403 ")));
        QVERIFY2(m_fx.nextRecord().reason.contains(QStringLiteral("amount limit of € 0.10")), qPrintable(m_fx.records.last().reason));

        // One mail at 80 % and one at 95 % for this hour's window, no more.
        auto subjects = [&] {
            QStringList out;
            for (const auto &f : QDir(mails.path()).entryList({QStringLiteral("*.eml")})) {
                QFile file(mails.filePath(f));
                file.open(QIODevice::ReadOnly);
                out << QString::fromUtf8(file.readAll());
            }
            return out;
        };
        QTRY_VERIFY_WITH_TIMEOUT(subjects().size() >= 2, 10000);
        QTest::qWait(500);
        const QStringList all = subjects();
        QCOMPARE(all.size(), 2);
        QVERIFY2(all.join(QString()).contains(QLatin1String("80 % of the call limit used this hour")), qPrintable(all.join(QString())));
        QVERIFY(all.join(QString()).contains(QLatin1String("95 % of the call limit used this hour")));
        QVERIFY(all.first().contains(QLatin1String("noc@example.nl")));

        // Every call so far is in the log the CLI and the Calls page read.
        auto logged = CallLogRepository(*m_fx.db).list({});
        QVERIFY(logged.ok());
        QVERIFY2(logged->size() >= m_fx.records.size(), qPrintable(QString::number(logged->size())));
        sink.kill();
        sink.waitForFinished();
    }

};

QTEST_GUILESS_MAIN(TestCallGuards)
#include "tst_callguards.moc"
