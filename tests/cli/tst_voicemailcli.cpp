// `centralectl voicemail list|delete|greeting` over messages stored as the engine stores them.
#include "../tools/CtlRunner.h"
#include "media/WavFile.h"
#include "store/CallPlanRepository.h"
#include "store/VoicemailRepository.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace centrale;

class TestVoicemailCli : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;
    CtlRunner m_ctl{m_dir};
    qint64 m_first = 0;

    QString messageFile(const QString &name) const { return QDir(VoicemailRepository::folderFor(m_ctl.dbPath())).filePath(name); }

private slots:
    void initTestCase()
    {
        auto db = Database::open(m_ctl.dbPath());
        QVERIFY2(db.ok(), qPrintable(db.message()));
        for (const char *name : {"Reception", "Support"}) {
            CallPlan p;
            p.name = QLatin1String(name);
            p.steps << CallPlanStep{StepKind::Voicemail, {}, 20, QStringLiteral("Box"), -1};
            QVERIFY(CallPlanRepository(**db).add(p).ok());
        }
        QDir().mkpath(VoicemailRepository::folderFor(m_ctl.dbPath()));
        media::WavAudio a;
        a.samples = QList<int16_t>(8000, 100);
        int i = 0;
        for (const char *plan : {"Reception", "Reception", "Support"}) {
            VoicemailMessage m;
            m.planId = CallPlanRepository(**db).find(QLatin1String(plan))->id;
            m.caller = QStringLiteral("+3161234567%1").arg(i);
            m.called = QStringLiteral("+31502053070");
            m.receivedMs = 1718000000000 + i * 60000;
            m.seconds = 1.0;
            m.file = QStringLiteral("m%1.wav").arg(i);
            QVERIFY(media::writeWav(messageFile(m.file), a).ok());
            auto id = VoicemailRepository(**db).add(m);
            QVERIFY(id.ok());
            if (i == 0)
                m_first = *id;
            ++i;
        }
    }

    void listsPerPlanAsJson()
    {
        const auto all = m_ctl.run({QStringLiteral("voicemail"), QStringLiteral("list"), QStringLiteral("--json")});
        QVERIFY2(all.code == 0, CtlRunner::shown(all));
        QCOMPARE(QJsonDocument::fromJson(all.out.toUtf8()).array().size(), 3);
        const auto r = m_ctl.run({QStringLiteral("voicemail"), QStringLiteral("list"), QStringLiteral("--plan"), QStringLiteral("Reception"), QStringLiteral("--json")});
        QVERIFY2(r.code == 0, CtlRunner::shown(r));
        const QJsonArray a = QJsonDocument::fromJson(r.out.toUtf8()).array();
        QCOMPARE(a.size(), 2);
        const QJsonObject newest = a.first().toObject();
        QCOMPARE(newest[QStringLiteral("caller")].toString(), QStringLiteral("+31612345671"));
        QCOMPARE(newest[QStringLiteral("callplan")].toString(), QStringLiteral("Reception"));
        QCOMPARE(newest[QStringLiteral("seconds")].toDouble(), 1.0);
        QVERIFY(QFile::exists(newest[QStringLiteral("file")].toString()));
        QVERIFY(CtlRunner::refused(m_ctl.run({QStringLiteral("voicemail"), QStringLiteral("list"), QStringLiteral("--plan"), QStringLiteral("Nope")}), 2,
                                   QStringLiteral("Nope")));
    }

    void deleteRemovesRowAndFile()
    {
        QVERIFY(QFile::exists(messageFile(QStringLiteral("m0.wav"))));
        const auto r = m_ctl.run({QStringLiteral("voicemail"), QStringLiteral("delete"), QString::number(m_first)});
        QVERIFY2(r.code == 0, CtlRunner::shown(r));
        QVERIFY(!QFile::exists(messageFile(QStringLiteral("m0.wav"))));
        const auto again = m_ctl.run({QStringLiteral("voicemail"), QStringLiteral("delete"), QString::number(m_first)});
        QVERIFY2(CtlRunner::refused(again, 2, QString::number(m_first)), CtlRunner::shown(again));
        QVERIFY(CtlRunner::refused(m_ctl.run({QStringLiteral("voicemail"), QStringLiteral("delete"), QStringLiteral("abc")}), 2, QStringLiteral("id")));
        const auto left = m_ctl.run({QStringLiteral("voicemail"), QStringLiteral("list"), QStringLiteral("--json")});
        QCOMPARE(QJsonDocument::fromJson(left.out.toUtf8()).array().size(), 2);
    }

    void greetingIsValidatedStoredAndReset()
    {
        const QString bad = m_dir.filePath(QStringLiteral("bad.wav"));
        QFile f(bad);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("not a wav");
        f.close();
        const auto refused = m_ctl.run({QStringLiteral("voicemail"), QStringLiteral("greeting"), QStringLiteral("--plan"), QStringLiteral("Support"),
                                        QStringLiteral("--file"), bad});
        QVERIFY2(CtlRunner::refused(refused, 2, QStringLiteral("file")), CtlRunner::shown(refused));
        const QString own = VoicemailRepository::greetingFolderFor(m_ctl.dbPath()) + QStringLiteral("/plan-2.wav");
        QVERIFY(!QFile::exists(own));

        media::WavAudio a;
        a.sampleRate = 16000;
        a.samples = QList<int16_t>(16000, 300);
        const QString good = m_dir.filePath(QStringLiteral("good.wav"));
        QVERIFY(media::writeWav(good, a).ok());
        const auto set = m_ctl.run({QStringLiteral("voicemail"), QStringLiteral("greeting"), QStringLiteral("--plan"), QStringLiteral("Support"),
                                    QStringLiteral("--file"), good, QStringLiteral("--json")});
        QVERIFY2(set.code == 0, CtlRunner::shown(set));
        QCOMPARE(QJsonDocument::fromJson(set.out.toUtf8()).object()[QStringLiteral("greeting")].toString(), own);
        auto stored = media::readWavFile(own);
        QVERIFY(stored.ok());
        QCOMPARE(stored->sampleRate, 8000);
        const auto reset = m_ctl.run({QStringLiteral("voicemail"), QStringLiteral("greeting"), QStringLiteral("--plan"), QStringLiteral("Support"), QStringLiteral("--default")});
        QVERIFY2(reset.code == 0, CtlRunner::shown(reset));
        QVERIFY(!QFile::exists(own));
        QVERIFY(CtlRunner::refused(m_ctl.run({QStringLiteral("voicemail"), QStringLiteral("greeting"), QStringLiteral("--plan"), QStringLiteral("Support")}), 2,
                                   QStringLiteral("--default")));
    }

    void aVoicemailStepTakesTheAddressesItsMessagesGoTo()
    {
        const QStringList add{QStringLiteral("callplan"), QStringLiteral("step"), QStringLiteral("add"), QStringLiteral("--callplan"), QStringLiteral("Support"),
                              QStringLiteral("--voicemail"), QStringLiteral("Helpdesk")};
        const auto bad = m_ctl.run(add + QStringList{QStringLiteral("--mail"), QStringLiteral("not-an-address")});
        QVERIFY2(CtlRunner::refused(bad, bad.code, QStringLiteral("not-an-address")) && bad.code != 0, CtlRunner::shown(bad));
        const auto ok = m_ctl.run(add + QStringList{QStringLiteral("--mail"), QStringLiteral("desk@example.nl")});
        QVERIFY2(ok.code == 0 && ok.out.contains(QLatin1String("voicemail Helpdesk, mailed to desk@example.nl")), CtlRunner::shown(ok));
        const auto list = m_ctl.run({QStringLiteral("callplan"), QStringLiteral("step"), QStringLiteral("list"), QStringLiteral("--callplan"), QStringLiteral("Support"),
                                     QStringLiteral("--json")});
        const QJsonArray steps = QJsonDocument::fromJson(list.out.toUtf8()).array();
        QCOMPARE(steps.last()[QStringLiteral("kind")].toString(), QStringLiteral("voicemail"));
        QCOMPARE(steps.last()[QStringLiteral("targets")].toArray().first().toString(), QStringLiteral("desk@example.nl"));
    }

    void everyActionHasHelp()
    {
        for (const char *action : {"list", "delete", "greeting"}) {
            const auto r = m_ctl.run({QStringLiteral("voicemail"), QLatin1String(action), QStringLiteral("--help")});
            QVERIFY2(r.code == 0 && r.out.contains(QLatin1String("voicemail ")), CtlRunner::shown(r));
        }
    }
};

QTEST_GUILESS_MAIN(TestVoicemailCli)
#include "tst_voicemailcli.moc"
