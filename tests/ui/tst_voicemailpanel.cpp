// The voicemail panel of the call plans page as a user sees it: the selected plan's messages,
// delete with its file, a greeting upload refused or taken, and a plain statement when
// voicemail cannot work (media relay set to never).
#include "callplans/CallPlanModel.h"
#include "callplans/CallPlansPage.h"
#include "callplans/VoicemailModel.h"
#include "callplans/VoicemailPanel.h"
#include "common/FileDialog.h"
#include "common/MessageBox.h"
#include "media/Greeting.h"
#include "media/WavFile.h"
#include "secrets/FileSecretStore.h"
#include "store/CallPlanRepository.h"
#include "store/SettingsRepository.h"
#include "store/VoicemailRepository.h"

#include <QDir>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

using namespace centrale;
using namespace centrale::ui;

class TestVoicemailPanel : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<FileSecretStore> m_secrets;

    QPushButton *button(QWidget *w, const QString &text)
    {
        for (auto *b : w->findChildren<QPushButton *>())
            if (b->text().remove(QLatin1Char('&')) == text)
                return b;
        return nullptr;
    }

private slots:
    void initTestCase()
    {
        m_db = Database::open(m_dir.filePath(QStringLiteral("c.sqlite"))).value();
        m_secrets = FileSecretStore::open(m_dir.filePath(QStringLiteral("s.json"))).value();
        CallPlan p;
        p.name = QStringLiteral("Reception");
        p.steps << CallPlanStep{StepKind::Voicemail, {}, 20, QStringLiteral("Front desk"), -1};
        const qint64 id = *CallPlanRepository(*m_db).add(p);
        QDir().mkpath(VoicemailRepository::folderFor(m_db->path()));
        media::WavAudio a;
        a.samples = QList<int16_t>(4000, 10);
        QVERIFY(media::writeWav(QDir(VoicemailRepository::folderFor(m_db->path())).filePath(QStringLiteral("one.wav")), a).ok());
        VoicemailMessage m{0, id, {}, QStringLiteral("+31612345678"), QStringLiteral("+31502053070"), 1718000000000, 0.5, QStringLiteral("one.wav"), {}};
        QVERIFY(VoicemailRepository(*m_db).add(m).ok());
    }

    void listsPlaysDeletesAndTakesAGreeting()
    {
        AppContext ctx{*m_db, *m_secrets};
        CallPlansPage page(ctx);
        page.reload();
        page.view()->setCurrentIndex(page.model()->index(0, 0));
        VoicemailPanel *panel = page.voicemail();
        QCOMPARE(panel->model()->rowCount(), 1);
        QCOMPARE(panel->model()->data(panel->model()->index(0, VoicemailModel::Caller)).toString(), QStringLiteral("+31612345678"));
        QVERIFY(panel->title().contains(QLatin1String("Reception")));

        // A greeting that is no WAV is refused and nothing is stored.
        const QString greetings = VoicemailRepository::greetingFolderFor(m_db->path());
        const QString bad = m_dir.filePath(QStringLiteral("bad.wav"));
        QFile f(bad);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("nope");
        f.close();
        FileDialog::setNextPath(bad);
        MessageBox::setNextAnswer(QMessageBox::Ok);
        button(panel, QStringLiteral("Greeting..."))->click();
        QVERIFY(!QFile::exists(media::planGreetingPath(greetings, 1)));
        media::WavAudio good;
        good.samples = QList<int16_t>(8000, 200);
        QVERIFY(media::writeWav(m_dir.filePath(QStringLiteral("good.wav")), good).ok());
        FileDialog::setNextPath(m_dir.filePath(QStringLiteral("good.wav")));
        button(panel, QStringLiteral("Greeting..."))->click();
        QVERIFY(QFile::exists(media::planGreetingPath(greetings, 1)));
        QVERIFY(button(panel, QStringLiteral("Default greeting"))->isEnabled());
        button(panel, QStringLiteral("Default greeting"))->click();
        QVERIFY(!QFile::exists(media::planGreetingPath(greetings, 1)));

        // Delete: confirmed, the row and its file go.
        panel->view()->selectRow(0);
        QVERIFY(button(panel, QStringLiteral("Delete message"))->isEnabled());
        MessageBox::setNextAnswer(QMessageBox::Yes);
        button(panel, QStringLiteral("Delete message"))->click();
        QCOMPARE(panel->model()->rowCount(), 0);
        QVERIFY(!QFile::exists(QDir(VoicemailRepository::folderFor(m_db->path())).filePath(QStringLiteral("one.wav"))));
    }

    void saysPlainlyWhenVoicemailCannotWork()
    {
        QVERIFY(SettingsRepository(*m_db).set(QStringLiteral("media.relay"), QStringLiteral("never")).ok());
        VoicemailPanel panel(*m_db);
        panel.setPlan(1, QStringLiteral("Reception"));
        QVERIFY(panel.unavailableReason().contains(QLatin1String("Voicemail is unavailable")));
        bool shown = false;
        for (auto *l : panel.findChildren<QLabel *>())
            shown = shown || (l->text().contains(QLatin1String("Voicemail is unavailable")) && !l->isHidden());
        QVERIFY(shown);
        QVERIFY(SettingsRepository(*m_db).set(QStringLiteral("media.relay"), QStringLiteral("auto")).ok());
        panel.reload();
        QVERIFY(panel.unavailableReason().isEmpty()); // rtpengine is installed here
    }
};

QTEST_MAIN(TestVoicemailPanel)
#include "tst_voicemailpanel.moc"
