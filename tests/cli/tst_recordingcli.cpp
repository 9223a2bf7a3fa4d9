// `centralectl recording set|show` and `recordings list|export|purge`, run as a script would:
// the setting round-trips per trunk, phone account and default, bad input is refused with
// the field named and changes nothing, and recordings the engine made are listed, exported
// with a spreadsheet, and purged once expired.
#include "../tools/CtlRunner.h"
#include "media/WavFile.h"
#include "store/CallLogRepository.h"
#include "store/RecordingRepository.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace centrale;

namespace {
QString s(const char *latin1) { return QString::fromLatin1(latin1); }
constexpr qint64 kDayMs = 24 * 3600 * 1000LL;
} // namespace

class TestRecordingCli : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;
    CtlRunner m_runner{m_dir};
    using Run = CtlRunner::Run;
    Run ctl(const QStringList &args, const QByteArray &in = {}) { return m_runner.run(args, in); }
    QJsonObject show()
    {
        const Run r = ctl({s("recording"), s("show"), s("--json")});
        return QJsonDocument::fromJson(r.out.toUtf8()).object();
    }
    QJsonObject account(const QString &name)
    {
        for (const auto &v : show().value(s("accounts")).toArray())
            if (v.toObject().value(s("name")).toString() == name)
                return v.toObject();
        return {};
    }
    // A recording as the engine leaves it: a WAV in <data dir>/recordings and its row.
    void addRecording(const QString &callId, qint64 startedMs, int days)
    {
        auto db = Database::open(m_runner.dbPath());
        QVERIFY2(db.ok(), qPrintable(db.message()));
        Recording r;
        r.callId = callId;
        r.startedMs = startedMs;
        r.endedMs = startedMs + 3000;
        r.direction = s("outbound");
        r.caller = s("+31502053081");
        r.callee = s("+31201234567");
        r.account = s("cli1");
        r.owner = s("Winkel");
        r.durationMs = 3000;
        r.file = callId + s(".wav");
        r.expiresMs = r.endedMs + days * kDayMs;
        const QString folder = m_dir.filePath(s("recordings"));
        QVERIFY(QDir().mkpath(folder));
        media::WavAudio a;
        a.samples.fill(100, 8000);
        QVERIFY(media::writeWav(QDir(folder).filePath(r.file), a).ok());
        QVERIFY(RecordingRepository(**db).add(r).ok());
    }

private slots:
    void initTestCase()
    {
        const Run t = ctl({s("trunk"), s("add"), s("--name"), s("Winkel"), s("--channels"), s("2"), s("--brand"), s("yeastar"), s("--format"), s("plus"),
                           s("--ip"), s("192.0.2.10"), s("--primary-user"), s("cli1"), s("--secondary-user"), s("cli2"), s("--password-stdin")},
                          "primary-Pa55word\nsecondary-Pa55word\n");
        QVERIFY2(t.code == 0, qPrintable(t.err));
        const Run p = ctl({s("phone"), s("add"), s("--number"), s("+31502053082"), s("--password-stdin")}, "phone-Pa55word1\n");
        QVERIFY2(p.code == 0, qPrintable(p.err + p.out));
    }

    void theSettingRoundTrips()
    {
        QCOMPARE(account(s("Winkel")).value(s("retention")).toString(), s("default"));
        Run r = ctl({s("recording"), s("set"), s("--trunk"), s("Winkel"), s("--retention"), s("90"), s("--announce")});
        QVERIFY2(r.code == 0, CtlRunner::shown(r));
        QVERIFY(r.out.contains(s("90")));
        QCOMPARE(account(s("Winkel")).value(s("retention")).toString(), s("90"));
        QCOMPARE(account(s("Winkel")).value(s("announce")).toBool(), true);
        r = ctl({s("recording"), s("set"), s("--phone"), s("+31502053082"), s("--retention"), s("off"), s("--no-announce"), s("--json")});
        QVERIFY2(r.code == 0, CtlRunner::shown(r));
        QCOMPARE(QJsonDocument::fromJson(r.out.toUtf8()).object().value(s("retention")).toString(), s("off"));
        QCOMPARE(account(s("+31502053082")).value(s("announce")).toBool(false), false);
        r = ctl({s("recording"), s("set"), s("--default"), s("--retention"), s("365")});
        QVERIFY2(r.code == 0, CtlRunner::shown(r));
        QCOMPARE(show().value(s("default")).toObject().value(s("retention")).toString(), s("365"));
        QCOMPARE(ctl({s("settings"), s("get"), s("recording.retention")}).out.trimmed(), s("365"));
        r = ctl({s("recording"), s("set"), s("--trunk"), s("Winkel"), s("--use-default")});
        QVERIFY2(r.code == 0, CtlRunner::shown(r));
        QCOMPARE(account(s("Winkel")).value(s("retention")).toString(), s("default"));
        // The audit log has the change, as for any other trunk column.
        const Run audit = ctl({s("audit"), s("--json")});
        QVERIFY2(audit.out.contains(s("recording_retention")), qPrintable(audit.out.left(2000)));
    }

    void badInputIsRefusedAndChangesNothing()
    {
        QVERIFY(ctl({s("recording"), s("set"), s("--trunk"), s("Winkel"), s("--retention"), s("30")}).code == 0);
        const QJsonObject before = show();
        QVERIFY(CtlRunner::refused(ctl({s("recording"), s("set"), s("--trunk"), s("Winkel"), s("--retention"), s("60")}), 2, s("--retention")));
        QVERIFY(CtlRunner::refused(ctl({s("recording"), s("set"), s("--trunk"), s("Winkel"), s("--phone"), s("+31502053082"), s("--retention"), s("30")}), 2,
                                   s("exactly one")));
        QVERIFY(CtlRunner::refused(ctl({s("recording"), s("set"), s("--trunk"), s("Nope"), s("--retention"), s("30")}), 1, s("Nope")));
        QVERIFY(CtlRunner::refused(ctl({s("recording"), s("set"), s("--trunk"), s("Winkel"), s("--announce"), s("--no-announce")}), 2, s("--no-announce")));
        QVERIFY(CtlRunner::refused(ctl({s("recording"), s("set"), s("--trunk"), s("Winkel")}), 2, s("--retention")));
        QVERIFY(CtlRunner::refused(ctl({s("recordings"), s("export"), s("--from"), s("2026-13-01"), s("--to"), s("2026-12-01"), s("--out"), m_dir.path()}), 2,
                                   s("--from")));
        QCOMPARE(show(), before);
        const Run help = ctl({s("recording"), s("set"), s("--help")});
        QCOMPARE(help.code, 0);
        QVERIFY(help.out.contains(s("--retention")));
    }

    void recordingsAreListedExportedAndPurged()
    {
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        addRecording(s("cli-old"), now - 40 * kDayMs, 30);  // expired
        addRecording(s("cli-new"), now - 1 * kDayMs, 30);
        Run r = ctl({s("recordings"), s("list"), s("--json")});
        QVERIFY2(r.code == 0, CtlRunner::shown(r));
        QJsonArray list = QJsonDocument::fromJson(r.out.toUtf8()).array();
        QCOMPARE(list.size(), 2);
        QCOMPARE(list.at(1).toObject().value(s("call_id")).toString(), s("cli-new"));
        QCOMPARE(list.at(1).toObject().value(s("account")).toString(), s("Winkel"));
        QCOMPARE(list.at(1).toObject().value(s("duration")).toDouble(), 3.0);

        // The call log says which calls have a recording.
        {
            auto db = Database::open(m_runner.dbPath());
            QVERIFY(db.ok());
            CallRecord a, b;
            a.callId = s("cli-new");
            b.callId = s("cli-unrecorded");
            for (CallRecord *c : {&a, &b}) {
                c->direction = s("outbound");
                c->startedMs = now - kDayMs;
                c->sipStatus = 200;
            }
            QVERIFY((CallLogRepository(**db).insert({a, b}).ok()));
        }
        const QJsonArray calls = QJsonDocument::fromJson(ctl({s("calls"), s("list"), s("--json")}).out.toUtf8()).array();
        QCOMPARE(calls.size(), 2);
        for (const auto &c : calls)
            QCOMPARE(c.toObject().value(s("recording")).toBool(), c.toObject().value(s("call_id")).toString() == s("cli-new"));
        QVERIFY(ctl({s("calls"), s("list")}).out.contains(s("[recorded]")));

        const QString out = m_dir.filePath(s("export"));
        const QString from = QDateTime::fromMSecsSinceEpoch(now - 2 * kDayMs).date().toString(Qt::ISODate);
        const QString to = QDateTime::fromMSecsSinceEpoch(now).date().toString(Qt::ISODate);
        r = ctl({s("recordings"), s("export"), s("--from"), from, s("--to"), to, s("--out"), out, s("--json")});
        QVERIFY2(r.code == 0, CtlRunner::shown(r));
        QCOMPARE(QJsonDocument::fromJson(r.out.toUtf8()).object().value(s("recordings")).toInt(), 1);
        QVERIFY(QFile::exists(QDir(out).filePath(s("cli-new.wav"))));
        QVERIFY(!QFile::exists(QDir(out).filePath(s("cli-old.wav"))));
        QVERIFY(QFile::exists(QDir(out).filePath(s("recordings.xlsx"))));

        r = ctl({s("recordings"), s("purge"), s("--json")});
        QVERIFY2(r.code == 0, CtlRunner::shown(r));
        list = QJsonDocument::fromJson(r.out.toUtf8()).array();
        QCOMPARE(list.size(), 1);
        QCOMPARE(list.at(0).toObject().value(s("call_id")).toString(), s("cli-old"));
        QVERIFY(!QFile::exists(m_dir.filePath(s("recordings/cli-old.wav"))));
        QVERIFY(QFile::exists(m_dir.filePath(s("recordings/cli-new.wav"))));
        QCOMPARE(QJsonDocument::fromJson(ctl({s("recordings"), s("list"), s("--json")}).out.toUtf8()).array().size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestRecordingCli)
#include "tst_recordingcli.moc"
