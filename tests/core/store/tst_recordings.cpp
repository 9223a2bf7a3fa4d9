// Call recordings in the store and on disk: the trunk's recording setting is audited like its
// other columns, a pcap becomes 0600 WAV files (mixed and per direction), the purge deletes a
// recording backdated past its retention and keeps a younger one, and the export writes the
// files of a period with a spreadsheet that names each one.
#include "../media/MediaSignals.h"
#include "media/G711.h"
#include "media/RecordingFiles.h"
#include "media/WavFile.h"
#include "secrets/Credentials.h"
#include "service/RecordingService.h"
#include "store/AuditRepository.h"
#include "store/RecordingRepository.h"
#include "store/SettingsRepository.h"
#include "store/TrunkRepository.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace centrale;
using namespace centrale::test;

namespace {
constexpr qint64 kDayMs = 24 * 3600 * 1000LL;
}

class TestRecordings : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;

    QString folder() const { return m_dir.filePath(QStringLiteral("recordings")); }

    Recording recording(const QString &callId, qint64 startedMs, int days)
    {
        Recording r;
        r.callId = callId;
        r.startedMs = startedMs;
        r.endedMs = startedMs + 5000;
        r.direction = QStringLiteral("outbound");
        r.caller = QStringLiteral("+31502053061");
        r.callee = QStringLiteral("+31201234567");
        r.account = QStringLiteral("kantoor-p");
        r.owner = QStringLiteral("Kantoor");
        r.durationMs = 5000;
        r.file = media::recordingBaseName(callId) + QStringLiteral(".wav");
        r.expiresMs = r.endedMs + days * kDayMs;
        media::WavAudio a;
        a.samples = sine(440, 8000, 0.2);
        [&] { QVERIFY(media::writeWav(QDir(folder()).filePath(r.file), a).ok()); }();
        return r;
    }

private slots:
    void initTestCase()
    {
        auto db = Database::open(m_dir.filePath(QStringLiteral("c.sqlite")));
        QVERIFY2(db.ok(), qPrintable(db.message()));
        m_db = std::move(db).value();
        QVERIFY(QDir().mkpath(folder()));
    }
    void cleanupTestCase() { m_db.reset(); }

    void theRecordingSettingIsAudited()
    {
        Trunk t;
        t.name = QStringLiteral("Kantoor");
        t.ipWhitelist << IpNetwork::parse(QStringLiteral("192.0.2.10")).value();
        t.primary.username = QStringLiteral("kantoor-p");
        t.secondary.username = QStringLiteral("kantoor-s");
        t.primary.ha1 = credentials::ha1(t.primary.username, QStringLiteral("centrale"), QStringLiteral("Pw-12345678"));
        t.secondary.ha1 = credentials::ha1(t.secondary.username, QStringLiteral("centrale"), QStringLiteral("Pw-12345678"));
        QVERIFY(TrunkRepository(*m_db).add(t).ok());
        RecordingRepository repo(*m_db);
        QCOMPARE(repo.trunk(QStringLiteral("Kantoor"))->retention, QString()); // the default until set
        QVERIFY(repo.setTrunk(QStringLiteral("Kantoor"), RecordingPolicy{QStringLiteral("90"), true}).ok());
        const auto p = repo.trunk(QStringLiteral("Kantoor"));
        QCOMPARE(p->retention, QStringLiteral("90"));
        QCOMPARE(p->announce, std::optional<bool>(true));
        auto log = AuditRepository(*m_db).list();
        QVERIFY(log.ok());
        const AuditEntry &e = log->first(); // newest first
        QCOMPARE(e.kind, QStringLiteral("trunk"));
        QCOMPARE(e.action, QStringLiteral("update"));
        QCOMPARE(e.after.value(QStringLiteral("recording_retention")).toString(), QStringLiteral("90"));
        QVERIFY(e.before.value(QStringLiteral("recording_retention")).isNull());
        QCOMPARE(e.changes().size(), 2);

        // Bad input changes nothing and names the rule.
        const Status bad = repo.setTrunk(QStringLiteral("Kantoor"), RecordingPolicy{QStringLiteral("60"), std::nullopt});
        QVERIFY(!bad.ok());
        QVERIFY2(bad.message().contains(QLatin1String("30, 90 or 365")), qPrintable(bad.message()));
        QVERIFY(!repo.setTrunk(QStringLiteral("Nope"), RecordingPolicy{QStringLiteral("30"), std::nullopt}).ok());
        QCOMPARE(repo.trunk(QStringLiteral("Kantoor"))->retention, QStringLiteral("90"));
        // The engine's snapshot: own setting over the default.
        QVERIFY(SettingsRepository(*m_db).set(QStringLiteral("recording.retention"), QStringLiteral("30")).ok());
        QCOMPARE(recording::effective(*repo.trunk(QStringLiteral("Kantoor")), repo.defaults()).retention, QStringLiteral("90"));
        QCOMPARE(recording::effective(RecordingPolicy{}, repo.defaults()).retention, QStringLiteral("30"));
        QVERIFY(!SettingsRepository(*m_db).set(QStringLiteral("recording.retention"), QStringLiteral("7")).ok());
    }

    void aPcapBecomesPrivateWavFiles()
    {
        // Two seconds each way: 1 kHz from the caller, 500 Hz back.
        PcapWriter pcap;
        const QList<int16_t> up = sine(1000, 8000, 2.0), down = sine(500, 8000, 2.0);
        for (int i = 0; i < 100; ++i) {
            pcap.rtp(QStringLiteral("127.0.31.2"), 43100, QStringLiteral("127.0.31.1"), 43200, 8, quint16(i), quint32(i * 160), 0xa,
                     media::encodeG711(up.mid(i * 160, 160), media::G711::Alaw), i * 20000);
            pcap.rtp(QStringLiteral("127.0.31.3"), 43102, QStringLiteral("127.0.31.1"), 43202, 8, quint16(i), quint32(i * 160), 0xb,
                     media::encodeG711(down.mid(i * 160, 160), media::G711::Alaw), i * 20000 + 5000);
        }
        const QString pcapPath = m_dir.filePath(QStringLiteral("call.pcap"));
        QFile f(pcapPath);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(pcap.bytes());
        f.close();
        auto c = media::convertPcap(pcapPath, folder(), media::recordingBaseName(QStringLiteral("abc/1@host")), true);
        QVERIFY2(c.ok(), qPrintable(c.message()));
        QCOMPARE(c->file, QStringLiteral("abc_1@host.wav"));
        QCOMPARE(c->directionFiles.size(), 2);
        QVERIFY(std::abs(c->durationMs - 2000) <= 100);
        for (const QString &name : QStringList{c->file} + c->directionFiles) {
            const QString path = QDir(folder()).filePath(name);
            QCOMPARE(QFile::permissions(path) & (QFileDevice::ReadGroup | QFileDevice::ReadOther | QFileDevice::WriteGroup | QFileDevice::WriteOther), QFileDevice::Permissions());
        }
        const auto mixed = media::readWavFile(QDir(folder()).filePath(c->file));
        QVERIFY(mixed.ok());
        const QList<int16_t> middle = mixed->samples.mid(4000, 4000);
        QVERIFY(goertzel(middle, 1000) > 20 * goertzel(middle, 1500));
        QVERIFY(goertzel(middle, 500) > 20 * goertzel(middle, 1500));
        const auto first = media::readWavFile(QDir(folder()).filePath(c->directionFiles.first()));
        QVERIFY(first.ok());
        const QList<int16_t> one = first->samples.mid(4000, 4000);
        QVERIFY(goertzel(one, 1000) > 20 * goertzel(one, 500)); // one direction only
    }

    void thePurgeDeletesOnlyExpiredRecordings()
    {
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        RecordingRepository repo(*m_db);
        const Recording old = recording(QStringLiteral("old-call@192.0.2.10"), now - 31 * kDayMs, 30); // backdated past 30 days
        const Recording young = recording(QStringLiteral("young-call@192.0.2.10"), now - 29 * kDayMs, 30);
        QVERIFY(repo.add(old).ok());
        QVERIFY(repo.add(young).ok());
        auto deleted = RecordingService(*m_db, folder()).purge(now);
        QVERIFY2(deleted.ok(), qPrintable(deleted.message()));
        QCOMPARE(deleted->size(), 1);
        QCOMPARE(deleted->first().callId, old.callId);
        QVERIFY(!QFile::exists(QDir(folder()).filePath(old.file)));
        QVERIFY(QFile::exists(QDir(folder()).filePath(young.file)));
        const auto left = repo.list();
        QCOMPARE(left->size(), 1);
        QCOMPARE(left->first().callId, young.callId);
        QCOMPARE(RecordingService(*m_db, folder()).purge(now)->size(), 0);
    }

    void theExportWritesFilesAndASpreadsheet()
    {
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        RecordingRepository repo(*m_db);
        const Recording inPeriod = recording(QStringLiteral("export-1@192.0.2.10"), now - 2 * kDayMs, 90);
        const Recording before = recording(QStringLiteral("export-0@192.0.2.10"), now - 20 * kDayMs, 90);
        QVERIFY(repo.add(inPeriod).ok());
        QVERIFY(repo.add(before).ok());
        const QString out = m_dir.filePath(QStringLiteral("export"));
        int calls = 0;
        auto e = RecordingService(*m_db, folder()).exportPeriod(now - 3 * kDayMs, now, out, [&](int, int) { ++calls; });
        QVERIFY2(e.ok(), qPrintable(e.message()));
        QCOMPARE(e->recordings, 1); // the others started before the period
        QCOMPARE(calls, e->recordings);
        QVERIFY(QFile::exists(QDir(out).filePath(inPeriod.file)));
        QVERIFY(!QFile::exists(QDir(out).filePath(before.file)));
        QVERIFY(QFile::exists(e->spreadsheet));
        QProcess unzip;
        unzip.start(QStringLiteral("unzip"), {QStringLiteral("-p"), e->spreadsheet, QStringLiteral("xl/sharedStrings.xml")});
        QVERIFY(unzip.waitForFinished(10000));
        const QString strings = QString::fromUtf8(unzip.readAllStandardOutput());
        for (const char *expected : {"Call ID", "Start", "Caller", "Callee", "Account", "Duration (s)", "File", "export-1@192.0.2.10", "+31502053061", "Kantoor"})
            QVERIFY2(strings.contains(QLatin1String(expected)), expected);
        QVERIFY(strings.contains(inPeriod.file));
        QVERIFY(!strings.contains(before.callId));
    }
};

QTEST_GUILESS_MAIN(TestRecordings)
#include "tst_recordings.moc"
