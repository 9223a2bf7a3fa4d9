// A mutation fuzzer against the running engine: thousands of corrupted SIP datagrams
// built from a corpus of valid ones. The engine must neither crash nor stall. Run it
// under the asan preset too (tests/reliability/run-asan.sh).
#include "secrets/FileSecretStore.h"
#include "service/AccountService.h"
#include "sip/SipEngine.h"
#include "store/SettingsRepository.h"

#include <QDir>
#include <QElapsedTimer>
#include <QNetworkDatagram>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>
#include <QUdpSocket>

using namespace centrale;

class TestFuzz : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;
    std::unique_ptr<sip::SipEngine> m_engine;
    QList<QByteArray> m_corpus;
    QRandomGenerator m_rng{20261125}; // fixed seed: a failure can be replayed

    QByteArray mutate(QByteArray m)
    {
        switch (m_rng.bounded(11)) {
        case 0: return m.left(m_rng.bounded(qMax(1, int(m.size()))));
        case 1:
            for (int i = 0, n = 1 + m_rng.bounded(8); i < n && !m.isEmpty(); ++i)
                m[m_rng.bounded(int(m.size()))] = char(m_rng.bounded(256));
            return m;
        case 2: return m.insert(m.indexOf("\r\n") + 2, "X-Huge: " + QByteArray(60000, 'A') + "\r\n");
        case 3: {
            QByteArray vias;
            for (int i = 0; i < 400; ++i)
                vias += "Via: SIP/2.0/UDP 10.0.0." + QByteArray::number(i % 250) + ":5060;branch=z9hG4bK" + QByteArray::number(i) + "\r\n";
            return m.insert(m.indexOf("\r\n") + 2, vias);
        }
        case 4: {
            const qsizetype at = m.indexOf("Content-Length:");
            const QByteArray values[] = {"-1", "99999999999999999999", "4294967296", "abc", "10", "0x10"};
            return at < 0 ? m : m.left(at) + "Content-Length: " + values[m_rng.bounded(6)] + m.mid(m.indexOf("\r\n", at));
        }
        case 5: return m.insert(m_rng.bounded(int(m.size())), QByteArray("\xff\xfe\xc3\x28\xa0\xa1\xe2\x28\xa1\xf0\x28\x8c\xbc", 13));
        case 6: return m.insert(m_rng.bounded(int(m.size())), QByteArray(1 + m_rng.bounded(4), '\0'));
        case 7: {
            const qsizetype at = m.indexOf("Call-ID:");
            return at < 0 ? m : m.insert(at, "Call-ID: dup\r\nCSeq: 1 INVITE\r\nCSeq: 99999999999 REGISTER\r\n");
        }
        case 8: {
            QList<QByteArray> lines = m.split('\n');
            if (lines.size() > 2)
                lines.removeAt(1 + m_rng.bounded(int(lines.size()) - 1));
            return lines.join('\n');
        }
        case 9: return QByteArray::number(m_rng.generate()) + m.mid(m.indexOf(' '));
        default: return m.replace("\r\n", "\n");
        }
    }
    bool engineAnswers()
    {
        QUdpSocket s;
        if (!s.bind(QHostAddress(QStringLiteral("127.0.0.1")), 0))
            return false;
        const QByteArray opt = "OPTIONS sip:127.0.0.1:30060 SIP/2.0\r\nVia: SIP/2.0/UDP 127.0.0.1:" + QByteArray::number(s.localPort())
                               + ";branch=z9hG4bKalive" + QByteArray::number(m_rng.generate()) + "\r\nFrom: <sip:alive@127.0.0.1>;tag=1\r\nTo: <sip:127.0.0.1>\r\n"
                               "Call-ID: alive" + QByteArray::number(m_rng.generate()) + "\r\nCSeq: 1 OPTIONS\r\nMax-Forwards: 70\r\nContent-Length: 0\r\n\r\n";
        for (int attempt = 0; attempt < 3; ++attempt) {
            s.writeDatagram(opt, QHostAddress(QStringLiteral("127.0.0.1")), 30060);
            QElapsedTimer t;
            t.start();
            while (t.elapsed() < 1000) {
                QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
                if (s.hasPendingDatagrams() && s.receiveDatagram().data().startsWith("SIP/2.0 200"))
                    return true;
                s.waitForReadyRead(20);
            }
        }
        return false;
    }

private slots:
    void initTestCase()
    {
        const QString dbPath = m_dir.filePath(QStringLiteral("fuzz.sqlite"));
        auto db = std::move(Database::open(dbPath)).value();
        SettingsRepository s(*db);
        QVERIFY(s.set(QStringLiteral("sip.primary"), QStringLiteral("127.0.0.1:30060")).ok());
        QVERIFY(s.set(QStringLiteral("sip.secondary"), QStringLiteral("127.0.0.1:30062")).ok());
        QVERIFY(s.set(QStringLiteral("security.flood.rate"), QStringLiteral("0")).ok()); // let every datagram reach the parser
        auto secrets = std::move(FileSecretStore::open(m_dir.filePath(QStringLiteral("s.json")))).value();
        PhoneAccount p;
        p.number = QStringLiteral("31502053099");
        p.account.username = p.number;
        QVERIFY(AccountService(*db, *secrets).createPhone(p, QStringLiteral("fuzzPass1234")).ok());
        for (const auto &f : QDir(QStringLiteral(CENTRALE_TEST_DATA "/sip-corpus")).entryInfoList({QStringLiteral("*.sip")})) {
            QFile file(f.filePath());
            QVERIFY(file.open(QIODevice::ReadOnly));
            m_corpus << file.readAll();
        }
        QVERIFY(m_corpus.size() >= 5);
        m_engine = std::make_unique<sip::SipEngine>(dbPath);
        QVERIFY(m_engine->start().ok());
    }

    void survivesThousandsOfCorruptedMessages()
    {
        const int total = qEnvironmentVariableIntValue("CENTRALE_FUZZ_COUNT") > 0 ? qEnvironmentVariableIntValue("CENTRALE_FUZZ_COUNT") : 6000;
        QList<QUdpSocket *> sources;
        for (int i = 10; i < 14; ++i) {
            auto *s = new QUdpSocket(this);
            QVERIFY(s->bind(QHostAddress(QStringLiteral("127.0.0.%1").arg(i)), 0));
            sources << s;
        }
        for (int n = 0; n < total; ++n) {
            QByteArray m = m_corpus[m_rng.bounded(int(m_corpus.size()))];
            for (int k = 0, rounds = 1 + m_rng.bounded(3); k < rounds; ++k)
                m = mutate(m);
            sources[n % sources.size()]->writeDatagram(m.left(65000), QHostAddress(QStringLiteral("127.0.0.1")), n % 2 ? 30060 : 30062);
            if (n % 50 == 49)
                QTest::qWait(5); // pace a little so the socket buffer does not simply drop them
            if (n % 500 == 499) {
                QCoreApplication::processEvents();
                QVERIFY2(engineAnswers(), qPrintable(QStringLiteral("engine stalled after %1 messages").arg(n + 1)));
            }
        }
        QVERIFY(engineAnswers());
        QVERIFY(m_engine->isRunning());
        qInfo("fuzz: %d corrupted datagrams, engine saw %llu requests and still answers", total,
              static_cast<unsigned long long>(m_engine->stats()->requests.load()));
    }
};

QTEST_GUILESS_MAIN(TestFuzz)
#include "tst_fuzz.moc"
