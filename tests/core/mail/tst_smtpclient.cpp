// sendMail against a real SMTP server process (tests/tools/smtp-sink.py) on loopback.
#include "mail/SmtpClient.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

using namespace centrale;

namespace {
constexpr int kOpenPort = 36025;
constexpr int kAuthPort = 36026;
constexpr int kDeadPort = 36027;   // nothing listens here
constexpr int kSilentPort = 36028; // accepts, never greets
const QString kPassword = QStringLiteral("S3cret-Pa55");
} // namespace

class TestSmtpClient : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;
    QProcess m_open, m_auth;

    bool startSink(QProcess &p, int port, const QString &out, const QStringList &extra = {})
    {
        p.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        p.start(QStringLiteral("python3"), QStringList{QStringLiteral(CENTRALE_SMTP_SINK), QStringLiteral("--port"), QString::number(port),
                                                       QStringLiteral("--out"), out} + extra);
        return p.waitForReadyRead(10000) && p.readAll().startsWith("listening");
    }
    QString outDir(const QString &name) const { return m_dir.filePath(name); }
    // The sink's own reading of message n (Python's email parser decodes subject and body).
    QJsonObject received(const QString &dir, int n)
    {
        QFile f(QStringLiteral("%1/%2.json").arg(dir).arg(n, 3, 10, QLatin1Char('0')));
        if (!f.open(QIODevice::ReadOnly))
            return {};
        return QJsonDocument::fromJson(f.readAll()).object();
    }
    QByteArray raw(const QString &dir, int n)
    {
        QFile f(QStringLiteral("%1/%2.eml").arg(dir).arg(n, 3, 10, QLatin1Char('0')));
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }
    static SmtpSettings settings(int port)
    {
        SmtpSettings s;
        s.host = QStringLiteral("127.0.0.1");
        s.port = port;
        s.from = QStringLiteral("centrale@example.nl");
        s.timeoutMs = 5000;
        return s;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY2(startSink(m_open, kOpenPort, outDir(QStringLiteral("open"))), "smtp-sink did not start on 36025");
        QVERIFY2(startSink(m_auth, kAuthPort, outDir(QStringLiteral("auth")), {QStringLiteral("--require-auth"), QStringLiteral("beheer:") + kPassword}),
                 "smtp-sink did not start on 36026");
    }
    void cleanupTestCase()
    {
        for (QProcess *p : {&m_open, &m_auth}) {
            p->kill();
            p->waitForFinished(5000);
        }
    }

    void deliversSubjectBodyAndRecipientsIntact()
    {
        MailMessage m;
        m.to = {QStringLiteral("beheer@example.nl"), QStringLiteral("noc@example.com")};
        m.subject = QStringLiteral("Limiet 80% bereikt – PBX kantoor (€ 40,00 van € 50,00)");
        m.body = QStringLiteral("Beste beheerder,\n\nTrunk \"PBX kantoor\" heeft 80% van de limiet gebruikt.\n.\n"
                                ".punt aan het begin\nGroet, Centrale – ümlaut\n");
        const Status s = sendMail(settings(kOpenPort), m);
        QVERIFY2(s.ok(), qPrintable(s.message()));

        const QJsonObject got = received(outDir(QStringLiteral("open")), 1);
        QCOMPARE(got[QStringLiteral("mail_from")].toString(), QStringLiteral("centrale@example.nl"));
        QCOMPARE(got[QStringLiteral("rcpt_to")].toArray(), QJsonArray({QStringLiteral("beheer@example.nl"), QStringLiteral("noc@example.com")}));
        QCOMPARE(got[QStringLiteral("subject")].toString(), m.subject);
        QCOMPARE(got[QStringLiteral("body")].toString(), m.body); // dot-stuffing undone, encoding decoded
        const QJsonObject headers = got[QStringLiteral("headers")].toObject();
        QCOMPARE(headers[QStringLiteral("To")].toString(), QStringLiteral("beheer@example.nl, noc@example.com"));
        QCOMPARE(headers[QStringLiteral("MIME-Version")].toString(), QStringLiteral("1.0"));
        QVERIFY(headers[QStringLiteral("Content-Type")].toString().startsWith(QLatin1String("text/plain; charset=")));
        QVERIFY(headers[QStringLiteral("Message-ID")].toString().endsWith(QLatin1String("@example.nl>")));
        QVERIFY(!headers[QStringLiteral("Date")].toString().isEmpty());
        // On the wire the subject is RFC 2047 and every line is ASCII.
        const QByteArray eml = raw(outDir(QStringLiteral("open")), 1);
        QVERIFY(eml.contains("Subject: =?UTF-8?B?"));
        QVERIFY(std::all_of(eml.begin(), eml.end(), [](char c) { return uchar(c) < 0x80; }));
    }

    void plainAsciiStaysReadable()
    {
        MailMessage m{{QStringLiteral("beheer@example.nl")}, QStringLiteral("Test mail"), QStringLiteral("Just ASCII.\n..two dots\n")};
        QVERIFY(sendMail(settings(kOpenPort), m).ok());
        const QByteArray eml = raw(outDir(QStringLiteral("open")), 2);
        QVERIFY(eml.contains("\r\nSubject: Test mail\r\n"));
        QVERIFY(eml.contains("Content-Transfer-Encoding: 7bit"));
        QVERIFY(eml.contains("\r\n\r\nJust ASCII.\r\n..two dots\r\n"));
    }

    void refusedRecipientIsNamed()
    {
        MailMessage m{{QStringLiteral("nobody@example.nl")}, QStringLiteral("x"), QStringLiteral("y")};
        const Status s = sendMail(settings(kOpenPort), m);
        QVERIFY(!s.ok());
        QVERIFY2(s.message().contains(QLatin1String("refused the recipient nobody@example.nl: 550 5.1.1")), qPrintable(s.message()));
    }

    void loginWithTheRightPassword()
    {
        SmtpSettings s = settings(kAuthPort);
        s.username = QStringLiteral("beheer");
        s.password = kPassword;
        const Status st = sendMail(s, {{QStringLiteral("beheer@example.nl")}, QStringLiteral("Met login"), QStringLiteral("ok")});
        QVERIFY2(st.ok(), qPrintable(st.message()));
        const QJsonObject got = received(outDir(QStringLiteral("auth")), 1);
        QVERIFY(got[QStringLiteral("authenticated")].toBool());
        QCOMPARE(got[QStringLiteral("subject")].toString(), QStringLiteral("Met login"));
    }

    void wrongPasswordIsClearAndSecret()
    {
        SmtpSettings s = settings(kAuthPort);
        s.username = QStringLiteral("beheer");
        s.password = QStringLiteral("Wrong-Pa55word");
        const Status st = sendMail(s, {{QStringLiteral("beheer@example.nl")}, QStringLiteral("x"), QStringLiteral("y")});
        QVERIFY(!st.ok());
        QVERIFY2(st.message().contains(QLatin1String("refused the login for beheer: 535")), qPrintable(st.message()));
        QVERIFY(!st.message().contains(s.password));
        QVERIFY(!st.message().contains(QString::fromLatin1(s.password.toUtf8().toBase64())));

        // Without a username the server's own refusal comes through.
        const Status anon = sendMail(settings(kAuthPort), {{QStringLiteral("beheer@example.nl")}, QStringLiteral("x"), QStringLiteral("y")});
        QVERIFY(!anon.ok());
        QVERIFY2(anon.message().contains(QLatin1String("refused the sender centrale@example.nl: 530")), qPrintable(anon.message()));
        QVERIFY(!QFile::exists(outDir(QStringLiteral("auth")) + QStringLiteral("/002.eml")));
    }

    void unreachableServerFailsFast()
    {
        SmtpSettings s = settings(kDeadPort);
        s.timeoutMs = 3000;
        QElapsedTimer t;
        t.start();
        const Status st = sendMail(s, {{QStringLiteral("beheer@example.nl")}, QStringLiteral("x"), QStringLiteral("y")});
        QVERIFY(!st.ok());
        QVERIFY(t.elapsed() < 3500);
        QVERIFY2(st.message().contains(QLatin1String("Cannot connect to SMTP server 127.0.0.1:36027")), qPrintable(st.message()));
    }

    void silentServerTimesOut()
    {
        QTcpServer silent; // the kernel accepts; nobody ever says 220
        QVERIFY(silent.listen(QHostAddress::LocalHost, kSilentPort));
        SmtpSettings s = settings(kSilentPort);
        s.timeoutMs = 1500;
        QElapsedTimer t;
        t.start();
        const Status st = sendMail(s, {{QStringLiteral("beheer@example.nl")}, QStringLiteral("x"), QStringLiteral("y")});
        QVERIFY(!st.ok());
        QVERIFY2(t.elapsed() >= 1400 && t.elapsed() < 2500, qPrintable(QString::number(t.elapsed())));
        QVERIFY2(st.message().contains(QLatin1String("did not answer within 2 seconds")), qPrintable(st.message()));
    }

    void badInputIsRefusedBeforeConnecting_data()
    {
        QTest::addColumn<QString>("host");
        QTest::addColumn<QString>("from");
        QTest::addColumn<QStringList>("to");
        QTest::addColumn<QString>("message");
        QTest::newRow("no host") << QString() << QStringLiteral("a@example.nl") << QStringList{QStringLiteral("b@example.nl")} << QStringLiteral("No SMTP server");
        QTest::newRow("bad sender") << QStringLiteral("127.0.0.1") << QStringLiteral("centrale") << QStringList{QStringLiteral("b@example.nl")} << QStringLiteral("Sender");
        QTest::newRow("no recipients") << QStringLiteral("127.0.0.1") << QStringLiteral("a@example.nl") << QStringList{} << QStringLiteral("no recipients");
        QTest::newRow("smuggled command") << QStringLiteral("127.0.0.1") << QStringLiteral("a@example.nl")
                                          << QStringList{QStringLiteral("b@example.nl>\r\nRCPT TO:<c@example.nl")} << QStringLiteral("Recipient");
    }
    void badInputIsRefusedBeforeConnecting()
    {
        QFETCH(QString, host);
        QFETCH(QString, from);
        QFETCH(QStringList, to);
        QFETCH(QString, message);
        SmtpSettings s = settings(kOpenPort);
        s.host = host;
        s.from = from;
        const Status st = sendMail(s, {to, QStringLiteral("x"), QStringLiteral("y")});
        QVERIFY(!st.ok());
        QVERIFY2(st.message().contains(message), qPrintable(st.message()));
    }
};

QTEST_GUILESS_MAIN(TestSmtpClient)
#include "tst_smtpclient.moc"
