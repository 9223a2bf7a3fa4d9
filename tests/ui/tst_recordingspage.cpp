// The Recordings page and the recording setting on the Security page: recordings load off
// the GUI thread, newest first; the filter narrows them; export writes the period's files
// and the spreadsheet off the GUI thread and says how many; Play hands the selected WAV to
// the player. On the Security page the trunk's recording setting is saved with the trunk.
#include "media/WavFile.h"
#include "recordings/RecordingsModel.h"
#include "recordings/RecordingsPage.h"
#include "secrets/Credentials.h"
#include "secrets/FileSecretStore.h"
#include "security/RecordingBox.h"
#include "security/SecurityPage.h"
#include "service/RecordingService.h"
#include "store/TrunkRepository.h"

#include <QComboBox>
#include <QDateTime>
#include <QDir>
#include <QLineEdit>
#include <QtMultimedia/QMediaPlayer>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace centrale;
using namespace centrale::ui;

namespace {
constexpr qint64 kDayMs = 24 * 3600 * 1000LL;
}

class TestRecordingsPage : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<SecretStore> m_secrets;

    void addRecording(const QString &callId, const QString &caller, qint64 startedMs)
    {
        Recording r;
        r.callId = callId;
        r.startedMs = startedMs;
        r.endedMs = startedMs + 4000;
        r.direction = QStringLiteral("inbound");
        r.caller = caller;
        r.callee = QStringLiteral("+31502053091");
        r.account = QStringLiteral("ui-p");
        r.owner = QStringLiteral("Balie");
        r.durationMs = 4000;
        r.file = callId + QStringLiteral(".wav");
        r.expiresMs = r.endedMs + 30 * kDayMs;
        const QString folder = RecordingService::folderFor(m_db->path());
        QVERIFY(QDir().mkpath(folder));
        media::WavAudio a;
        a.samples.fill(0, 8000);
        QVERIFY(media::writeWav(QDir(folder).filePath(r.file), a).ok());
        QVERIFY(RecordingRepository(*m_db).add(r).ok());
    }

private slots:
    void initTestCase()
    {
        auto db = Database::open(m_dir.filePath(QStringLiteral("c.sqlite")));
        QVERIFY2(db, qPrintable(db.message()));
        m_db = std::move(db).value();
        auto secrets = FileSecretStore::open(m_dir.filePath(QStringLiteral("secrets.json")));
        QVERIFY(secrets);
        m_secrets = std::move(secrets).value();
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        addRecording(QStringLiteral("ui-call-1"), QStringLiteral("+31201111111"), now - 3 * kDayMs);
        addRecording(QStringLiteral("ui-call-2"), QStringLiteral("+31202222222"), now - 1 * kDayMs);
    }
    void cleanupTestCase() { m_db.reset(); }

    void listsFiltersPlaysAndExports()
    {
        AppContext ctx{*m_db, *m_secrets, nullptr};
        RecordingsPage page(ctx);
        QSignalSpy loaded(&page, &RecordingsPage::refreshed);
        page.show();
        QVERIFY(loaded.wait(5000));
        QCOMPARE(page.model()->rowCount(), 2);
        QCOMPARE(page.model()->index(0, RecordingsModel::Caller).data().toString(), QStringLiteral("+31202222222")); // newest first
        QCOMPARE(page.model()->index(0, RecordingsModel::Duration).data().toString(), QStringLiteral("0:04"));
        QCOMPARE(page.model()->index(0, RecordingsModel::Account).data().toString(), QStringLiteral("Balie"));
        page.searchField()->setText(QStringLiteral("1111"));
        QCOMPARE(page.model()->rowCount(), 1);
        QCOMPARE(page.model()->recordingAt(page.model()->index(0, 0))->callId, QStringLiteral("ui-call-1"));

        QVERIFY(!page.playButton()->isEnabled()); // nothing selected
        page.view()->selectRow(0);
        QVERIFY(page.playButton()->isEnabled());
        page.playSelected();
        QCOMPARE(page.player()->source().toLocalFile(), QDir(RecordingService::folderFor(m_db->path())).filePath(QStringLiteral("ui-call-1.wav")));
        page.player()->stop();

        const QString out = m_dir.filePath(QStringLiteral("export"));
        QSignalSpy exported(&page, &RecordingsPage::exportFinished);
        page.exportTo(QDate::currentDate().addDays(-2), QDate::currentDate(), out);
        QVERIFY(exported.wait(10000));
        QVERIFY2(exported.first().at(0).toBool(), qPrintable(exported.first().at(1).toString()));
        QVERIFY(QFile::exists(QDir(out).filePath(QStringLiteral("ui-call-2.wav"))));
        QVERIFY(!QFile::exists(QDir(out).filePath(QStringLiteral("ui-call-1.wav")))); // before the period
        QVERIFY(QFile::exists(QDir(out).filePath(QStringLiteral("recordings.xlsx"))));
        QVERIFY2(page.statusText().contains(QLatin1String("1 recording")), qPrintable(page.statusText()));
    }

    void theSecurityPageSavesATrunksRecordingSetting()
    {
        Trunk t;
        t.name = QStringLiteral("Balie");
        t.ipWhitelist << IpNetwork::parse(QStringLiteral("192.0.2.10")).value();
        t.primary.username = QStringLiteral("ui-p");
        t.secondary.username = QStringLiteral("ui-s");
        t.primary.ha1 = credentials::ha1(t.primary.username, QStringLiteral("centrale"), QStringLiteral("Pw-12345678"));
        t.secondary.ha1 = credentials::ha1(t.secondary.username, QStringLiteral("centrale"), QStringLiteral("Pw-12345678"));
        QVERIFY(TrunkRepository(*m_db).add(t).ok());
        AppContext ctx{*m_db, *m_secrets, nullptr};
        SecurityPage page(ctx);
        page.reload();
        QCOMPARE(page.recordingBox()->retentionBox()->currentIndex(), 0); // the default
        QVERIFY(page.recordingBox()->retentionBox()->currentText().contains(QLatin1String("not recorded")));
        page.recordingBox()->retentionBox()->setCurrentIndex(page.recordingBox()->retentionBox()->findData(QStringLiteral("90")));
        page.recordingBox()->announceBox()->setCurrentIndex(1);
        QSignalSpy saved(&page, &SecurityPage::saved);
        page.saveButton()->click();
        QVERIFY(saved.wait(5000));
        QVERIFY(saved.first().at(0).toBool());
        const auto p = RecordingRepository(*m_db).trunk(QStringLiteral("Balie"));
        QCOMPARE(p->retention, QStringLiteral("90"));
        QCOMPARE(p->announce, std::optional<bool>(true));
        page.reload();
        QCOMPARE(page.recordingBox()->retentionBox()->currentData().toString(), QStringLiteral("90"));
    }
};

QTEST_MAIN(TestRecordingsPage)
#include "tst_recordingspage.moc"
