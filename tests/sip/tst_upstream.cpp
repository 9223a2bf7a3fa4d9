// The engine's own registration at the upstream carrier, against a real Kamailio as the
// carrier (tests/data/kamailio/carrier.cfg.in): digest REGISTER, status in the database
// and the CLI, DIDs delivered to the registered contact, outbound calls answering the
// carrier's challenge, a wrong password shown as such, and unregistering.
#include "../tools/CtlRunner.h"
#include "EngineFixture.h"
#include "SippRun.h"
#include "secrets/SecretStore.h"
#include "sip/SipEngine.h"
#include "sip/StoredStatus.h"
#include "store/Database.h"
#include "store/SettingsRepository.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace centrale;

namespace {
const QString kEngine = QStringLiteral("127.0.0.1:40460");
const QString kEngine2 = QStringLiteral("127.0.0.1:40462");
const QString kCarrier = QStringLiteral("127.0.0.4:40300");
const QString kFarEndIp = QStringLiteral("127.0.0.3");
constexpr int kFarEndPort = 40390; // where the carrier relays outbound calls
constexpr int kCallerPort = 40391; // a caller on the carrier's network
const QString kUser = QStringLiteral("centrale-klant");
const QString kPassword = QStringLiteral("carrier-pw-7");
const QString kDid = QStringLiteral("31502053031");
} // namespace

class TestUpstream : public QObject {
    Q_OBJECT
    EngineFixture m_fx;
    QTemporaryDir &m_dir = m_fx.dir;
    std::unique_ptr<Database> &m_db = m_fx.db;
    std::unique_ptr<FileSecretStore> &m_secrets = m_fx.secrets;
    std::unique_ptr<sip::SipEngine> &m_engine = m_fx.engine;
    QProcess m_kamailio;
    QList<CallRecord> &m_records = m_fx.records;

    UpstreamStatus::State state() const { return m_engine->upstreamStatus().state; }
    CallRecord nextRecord(qsizetype before)
    {
        if (!QTest::qWaitFor([&] { return m_records.size() > before; }, 8000))
            return {};
        return m_records.last();
    }
    void setSetting(const char *key, const QString &value) { QVERIFY(m_fx.setSetting(key, value).ok()); }
    bool registerPbx(int port, int expires)
    {
        const QString line = kDid + QLatin1Char(';') + authField(kDid, QStringLiteral("primaryPass1")) + QLatin1Char(';') + QString::number(expires);
        return runSipp(QStringLiteral("reg_ok"), kEngine, QStringLiteral("127.0.0.1"), port, {line}).exitCode == 0;
    }

private slots:
    void initTestCase()
    {
        for (const char *tool : {"sipp", "kamailio"})
            if (QStandardPaths::findExecutable(QLatin1String(tool), {QStringLiteral("/usr/sbin"), QStringLiteral("/usr/bin")}).isEmpty())
                QSKIP("sipp or kamailio is not installed");
        auto opened = m_fx.open({{"sip.primary", kEngine}, {"sip.secondary", kEngine2}, {"sip.qualify.interval", QStringLiteral("0")},
                                  {"upstream.address", kCarrier}, {"upstream.username", kUser}, {"upstream.register.expires", QStringLiteral("120")}});
        QVERIFY2(opened.ok(), qPrintable(opened.message()));
        QVERIFY(m_fx.secrets->write(kUpstreamPasswordKey, kPassword).ok());
        Trunk t = EngineFixture::trunk(QStringLiteral("pbx"), kDid);
        t.destinations.countries = {DestinationRule{QStringLiteral("NL"), {NumberType::Fixed, NumberType::Mobile}}};
        auto created = m_fx.addTrunk(t, QStringLiteral("primaryPass1"), QStringLiteral("secondaryPass1"));
        QVERIFY2(created.ok(), qPrintable(created.message()));

        QFile in(QStringLiteral(CENTRALE_TEST_DATA "/kamailio/carrier.cfg.in"));
        QVERIFY(in.open(QIODevice::ReadOnly));
        QString cfg = QString::fromUtf8(in.readAll());
        cfg.replace(QLatin1String("@ADDR@"), kCarrier)
            .replace(QLatin1String("@ENGINE_IP@"), QStringLiteral("127.0.0.1"))
            .replace(QLatin1String("@USER@"), kUser)
            .replace(QLatin1String("@PASSWORD@"), kPassword)
            .replace(QLatin1String("@FAREND@"), kFarEndIp + QStringLiteral(":%1").arg(kFarEndPort));
        QFile out(m_dir.filePath(QStringLiteral("carrier.cfg")));
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(cfg.toUtf8());
        out.close();
        m_kamailio.setProcessChannelMode(QProcess::MergedChannels);
        m_kamailio.start(QStringLiteral("/usr/sbin/kamailio"), {QStringLiteral("-DD"), QStringLiteral("-E"), QStringLiteral("-f"), out.fileName(),
                                                              QStringLiteral("-Y"), m_dir.path(), QStringLiteral("-w"), m_dir.path()});
        QVERIFY(m_kamailio.waitForStarted());
        QTest::qWait(1200);
        QVERIFY2(m_kamailio.state() == QProcess::Running, qPrintable(QString::fromUtf8(m_kamailio.readAll())));

        auto s = m_fx.startEngine();
        QVERIFY2(s.ok(), qPrintable(s.message()));
    }

    void registersAtTheCarrier()
    {
        QTRY_COMPARE_WITH_TIMEOUT(state(), UpstreamStatus::State::Registered, 5000);
        const UpstreamStatus s = m_engine->upstreamStatus();
        QCOMPARE(s.account, kUser + QStringLiteral("@") + kCarrier);
        // Kamailio grants what was asked (120 s).
        const qint64 left = QDateTime::currentDateTimeUtc().secsTo(s.expires);
        QVERIFY2(left > 100 && left <= 120, qPrintable(QString::number(left)));
    }

    void statusShowsTheCarrierRegistration()
    {
        // Another process (the CLI) reads it from the database, as it reads the accounts.
        QTRY_VERIFY_WITH_TIMEOUT(sip::readHeartbeat(*m_db).upstream.state == UpstreamStatus::State::Registered, 5000);
        CtlRunner ctl(m_dir);
        int code = -1;
        const QString out = ctl({QStringLiteral("status"), QStringLiteral("--json")}, {}, &code);
        QCOMPARE(code, 0);
        const QJsonArray rows = QJsonDocument::fromJson(out.toUtf8()).array();
        QJsonObject upstream;
        for (const auto &r : rows)
            if (r.toObject().value(QStringLiteral("role")).toString() == QLatin1String("upstream"))
                upstream = r.toObject();
        QVERIFY2(!upstream.isEmpty(), qPrintable(out));
        QCOMPARE(upstream.value(QStringLiteral("state")).toString(), QStringLiteral("registered"));
        QCOMPARE(upstream.value(QStringLiteral("account")).toString(), kUser + QStringLiteral("@") + kCarrier);
        QVERIFY(upstream.value(QStringLiteral("expires_in")).toInt() > 60);
        QVERIFY(!out.contains(kPassword));
    }

    void didsSentToTheRegisteredContactReachTheTrunk()
    {
        QVERIFY(registerPbx(40470, 120));
        BackgroundSipp pbx(kEngine);
        pbx.start(QStringLiteral("pbx_answer"), QStringLiteral("127.0.0.1"), 40470, {kDid});
        // The caller dials the DID at the carrier; the carrier sends it to sip:user@engine.
        const qsizetype before = m_records.size();
        QTemporaryDir logDir;
        auto caller = runSipp(QStringLiteral("calls/carrier_call"), kCarrier, kFarEndIp, kCallerPort, {QStringLiteral("+31201234567;+") + kDid},
                              20000, {QStringLiteral("-d"), QStringLiteral("500"), QStringLiteral("-recv_timeout"), QStringLiteral("8000")});
        QVERIFY2(caller.exitCode == 0, qPrintable(caller.output.right(1500) + QString::fromUtf8(m_kamailio.readAll()).right(1500)));
        QCOMPARE(pbx.finish(), 0);
        QVERIFY2(pbx.trace().contains(QStringLiteral("INVITE sip:+%1@127.0.0.1:40470").arg(kDid)), qPrintable(pbx.trace().left(1500)));
        const CallRecord r = nextRecord(before);
        QCOMPARE(r.direction, QStringLiteral("inbound"));
        QCOMPARE(r.sipStatus, 200);
        QCOMPARE(r.callee, QStringLiteral("+") + kDid);
        QCOMPARE(r.bLeg, QStringLiteral("pbx primary"));
        QVERIFY(registerPbx(40470, 0));
    }

    void outboundCallsAnswerTheCarriersChallenge()
    {
        BackgroundSipp farEnd(kEngine);
        farEnd.start(QStringLiteral("carrier_answer"), kFarEndIp, kFarEndPort, {});
        const qsizetype before = m_records.size();
        const QString line = kDid + QStringLiteral(";0201234567;") + authField(kDid, QStringLiteral("primaryPass1")) + QStringLiteral(";;");
        auto pbx = runSipp(QStringLiteral("calls/pbx_call"), kEngine, QStringLiteral("127.0.0.1"), 40471, {line}, 20000,
                           {QStringLiteral("-d"), QStringLiteral("500"), QStringLiteral("-recv_timeout"), QStringLiteral("8000")});
        QVERIFY2(pbx.exitCode == 0, qPrintable(pbx.output.right(1500) + QString::fromUtf8(m_kamailio.readAll()).right(1500)));
        QVERIFY2(farEnd.finish() == 0, qPrintable(farEnd.trace().right(3000) + QString::fromUtf8(farEnd.proc.readAll()).right(1500))); // Kamailio relayed it only after a valid Proxy-Authorization
        QVERIFY2(farEnd.trace().contains(QLatin1String("INVITE sip:+31201234567@")), qPrintable(farEnd.trace().left(1500)));
        const CallRecord r = nextRecord(before);
        QCOMPARE(r.sipStatus, 200);
        QCOMPARE(r.direction, QStringLiteral("outbound"));
    }

    void aWrongPasswordIsShownAsRefused()
    {
        QVERIFY(m_secrets->write(kUpstreamPasswordKey, QStringLiteral("not-the-password")).ok());
        QVERIFY(SettingsRepository(*m_db).notifySecretChanged().ok()); // what the console and the CLI do
        QTRY_COMPARE_WITH_TIMEOUT(state(), UpstreamStatus::State::Failed, 5000);
        const QString detail = m_engine->upstreamStatus().detail;
        QVERIFY2(detail.contains(QLatin1String("refused username ") + kUser), qPrintable(detail));
        QVERIFY(!detail.contains(QLatin1String("not-the-password")));
        // Back to the right one: registered again without a restart.
        QVERIFY(m_secrets->write(kUpstreamPasswordKey, kPassword).ok());
        QVERIFY(SettingsRepository(*m_db).notifySecretChanged().ok());
        QTRY_COMPARE_WITH_TIMEOUT(state(), UpstreamStatus::State::Registered, 5000);
    }

    void clearingTheUsernameUnregisters()
    {
        setSetting("upstream.username", QString());
        QTRY_COMPARE_WITH_TIMEOUT(state(), UpstreamStatus::State::Off, 3000);
        // The carrier no longer has a contact for the account: its calls find nobody.
        QTest::qWait(300);
        QTemporaryDir logDir;
        const QString log = logDir.filePath(QStringLiteral("msg.log"));
        auto caller = runSipp(QStringLiteral("calls/carrier_refused"), kCarrier, kFarEndIp, kCallerPort, {QStringLiteral("+31201234567;+") + kDid},
                              15000, {QStringLiteral("-trace_msg"), QStringLiteral("-message_file"), log});
        QVERIFY2(caller.exitCode == 0, qPrintable(caller.output.right(1500)));
        QFile f(log);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QVERIFY2(f.readAll().contains("SIP/2.0 480 Customer Not Registered"), "the carrier still had a registration");
    }

    void cleanupTestCase()
    {
        m_engine.reset();
        stopKamailio();
    }

public:
    ~TestUpstream() override { stopKamailio(); }

private:
    void stopKamailio()
    {
        if (m_kamailio.state() != QProcess::NotRunning) {
            m_kamailio.terminate();
            m_kamailio.waitForFinished(5000);
        }
        // Its worker processes outlive a main process that dies first; they hold the port.
        QProcess::execute(QStringLiteral("pkill"), {QStringLiteral("-f"), m_dir.filePath(QStringLiteral("carrier.cfg"))});
    }
};

QTEST_GUILESS_MAIN(TestUpstream)
#include "tst_upstream.moc"
