// `centralectl migration`, run as a script would: a project from add to the porting
// letter, the letter's PDF read back with pdftotext (customer, numbers, dates), the
// attention list, and refusals that name the field and change nothing.
#include "../tools/CtlRunner.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

namespace {
QString s(const char *latin1) { return QString::fromLatin1(latin1); }

// The text of a PDF as pdftotext (poppler-utils) extracts it; empty when it cannot.
QString pdfText(const QString &path)
{
    QProcess p;
    p.start(s("pdftotext"), {s("-layout"), path, s("-")});
    if (!p.waitForFinished(20000) || p.exitCode() != 0)
        return {};
    return QString::fromUtf8(p.readAllStandardOutput()).simplified();
}
} // namespace

class TestMigrationCli : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;
    CtlRunner m_runner{m_dir};
    using Run = CtlRunner::Run;
    Run ctl(const QStringList &args) { return m_runner.run(args); }
    QJsonObject show(const QString &customer)
    {
        const Run r = ctl({s("migration"), s("show"), customer, s("--json")});
        [&] { QVERIFY2(r.code == 0, CtlRunner::shown(r)); }();
        return QJsonDocument::fromJson(r.out.toUtf8()).object();
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        if (QStandardPaths::findExecutable(s("pdftotext")).isEmpty())
            QFAIL("pdftotext is missing (Debian package poppler-utils, see scripts/setup.sh)");
    }

    void helpForEveryAction()
    {
        for (const QStringList &words : {QStringList{s("add")}, {s("list")}, {s("show")}, {s("set")}, {s("remove")}, {s("attention")}, {s("letter")},
                                         {s("task"), s("done")}, {s("task"), s("due")}, {s("task"), s("add")}, {s("contract"), s("add")},
                                         {s("number"), s("add")}, {s("number"), s("set")}}) {
            const Run r = ctl(QStringList{s("migration")} + words + QStringList{s("--help")});
            QVERIFY2(r.code == 0, CtlRunner::shown(r));
            QVERIFY2(r.out.startsWith(s("Usage: centralectl migration ") + words.join(QLatin1Char(' '))), qPrintable(r.out));
        }
        // The nested words list their actions (bash completion reads them from there).
        for (const char *nested : {"task", "contract", "number"}) {
            const Run r = ctl({s("migration"), s(nested), s("--help")});
            QVERIFY2(r.code == 0 && r.out.startsWith(s("Usage: centralectl migration %1 ").arg(s(nested))) && r.out.contains(s("add")), CtlRunner::shown(r));
        }
        const Run overview = ctl({s("--help")});
        QVERIFY2(overview.out.contains(s("migration    add|list|show|set|remove|task|contract|number|attention|letter")), qPrintable(overview.out));
    }

    void workflowFromProjectToLetter()
    {
        Run r = ctl({s("migration"), s("add"), s("--customer"), s("Bakkerij Jansen"), s("--contact"), s("Joke Jansen"), s("--address"),
                     s("Dorpsstraat 1\\n9711 AA Groningen"), s("--language"), s("nl"), s("--json")});
        QVERIFY2(r.code == 0, CtlRunner::shown(r));
        const QJsonObject created = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QCOMPARE(created.value(s("customer")).toString(), s("Bakkerij Jansen"));
        QCOMPARE(created.value(s("tasks")).toArray().size(), 23);
        QCOMPARE(created.value(s("phase")).toInt(), 1);

        r = ctl({s("migration"), s("contract"), s("add"), s("Bakkerij Jansen"), s("--provider"), s("Oldtel"), s("--reference"), s("K-4711"), s("--end-date"),
                 s("2027-01-31"), s("--notice-days"), s("30")});
        QVERIFY2(r.code == 0, CtlRunner::shown(r));
        QVERIFY2(r.out.contains(s("2027-01-01")), qPrintable(r.out)); // cancel by
        r = ctl({s("migration"), s("number"), s("add"), s("Bakkerij Jansen"), s("050 123 4567"), s("+31501234568"), s("--wish-date"), s("2027-02-01")});
        QVERIFY2(r.code == 0, CtlRunner::shown(r));
        r = ctl({s("migration"), s("number"), s("add"), s("Bakkerij Jansen"), s("+31507654321"), s("--test"), s("--json")});
        QVERIFY2(r.code == 0, CtlRunner::shown(r));
        QCOMPARE(QJsonDocument::fromJson(r.out.toUtf8()).array().size(), 3); // the project's numbers now
        r = ctl({s("migration"), s("number"), s("set"), s("Bakkerij Jansen"), s("+31501234567"), s("--porting-date"), s("2027-02-03")});
        QVERIFY2(r.code == 0, CtlRunner::shown(r));

        // Phase 1 done: the project moves to phase 2.
        QStringList phaseOne;
        for (const auto &t : show(s("Bakkerij Jansen")).value(s("tasks")).toArray())
            if (t.toObject().value(s("phase")).toInt() == 1)
                phaseOne << QString::number(t.toObject().value(s("id")).toInteger());
        QCOMPARE(phaseOne.size(), 4);
        r = ctl(QStringList{s("migration"), s("task"), s("done")} + phaseOne);
        QVERIFY2(r.code == 0, CtlRunner::shown(r));
        const QJsonObject p = show(s("bakkerij jansen"));
        QCOMPARE(p.value(s("phase")).toInt(), 2);
        QCOMPARE(p.value(s("tasks_done")).toInt(), 4);
        const QJsonArray numbers = p.value(s("numbers")).toArray();
        QCOMPARE(numbers.size(), 3);
        QCOMPARE(numbers.at(0).toObject().value(s("number")).toString(), s("+31501234567"));
        QCOMPARE(numbers.at(0).toObject().value(s("porting_date")).toString(), s("2027-02-03"));
        QCOMPARE(numbers.at(2).toObject().value(s("kind")).toString(), s("test"));
        QCOMPARE(p.value(s("contracts")).toArray().at(0).toObject().value(s("cancel_by")).toString(), s("2027-01-01"));

        r = ctl({s("migration"), s("list")});
        QVERIFY2(r.out.contains(s("Bakkerij Jansen")) && r.out.contains(s("4/23")), qPrintable(r.out));
        r = ctl({s("migration"), s("show"), s("Bakkerij Jansen")});
        QVERIFY2(r.out.contains(s("[x]")) && r.out.contains(s("+31501234568  wish date 2027-02-01")) && r.out.contains(s("Test numbers: +31507654321")), qPrintable(r.out));

        // The letter, in Dutch, read back from the PDF.
        const QString pdf = m_dir.filePath(s("brief.pdf"));
        r = ctl({s("migration"), s("letter"), s("Bakkerij Jansen"), s("--out"), pdf, s("--date"), s("2026-12-03")});
        QVERIFY2(r.code == 0, CtlRunner::shown(r));
        QVERIFY(QFileInfo(pdf).size() > 1000);
        const QString text = pdfText(pdf);
        for (const char *part : {"Bakkerij Jansen", "Joke Jansen", "Dorpsstraat 1", "Oldtel", "K-4711", "+31501234567", "+31501234568", "3 december 2026",
                                 "31 januari 2027", "1 februari 2027", "3 februari 2027", "30 dagen", "Opzegging"})
            QVERIFY2(text.contains(s(part), Qt::CaseInsensitive), qPrintable(s(part) + s(" missing in: ") + text));
        QVERIFY2(!text.contains(s("+31507654321")), "a test number is not ported");

        // In English once the project's language is English.
        QVERIFY(ctl({s("migration"), s("set"), s("Bakkerij Jansen"), s("--language"), s("en")}).code == 0);
        r = ctl({s("migration"), s("letter"), s("Bakkerij Jansen"), s("--out"), pdf, s("--date"), s("2026-12-03"), s("--json")});
        QVERIFY2(r.code == 0, CtlRunner::shown(r));
        QCOMPARE(QJsonDocument::fromJson(r.out.toUtf8()).object().value(s("language")).toString(), s("en"));
        const QString english = pdfText(pdf);
        for (const char *part : {"Bakkerij Jansen", "+31501234567", "3 December 2026", "31 January 2027", "3 February 2027", "cancel"})
            QVERIFY2(english.contains(s(part)), qPrintable(s(part) + s(" missing in: ") + english));
    }

    void attentionListsOverdueAndComing()
    {
        QVERIFY(ctl({s("migration"), s("add"), s("--customer"), s("Garage Pietersen"), s("--language"), s("en")}).code == 0);
        const qint64 first = show(s("Garage Pietersen")).value(s("tasks")).toArray().at(0).toObject().value(s("id")).toInteger();
        Run r = ctl({s("migration"), s("task"), s("due"), QString::number(first), s("2026-11-30")});
        QVERIFY2(r.code == 0, CtlRunner::shown(r));
        QVERIFY(ctl({s("migration"), s("number"), s("add"), s("Garage Pietersen"), s("+31201234567")}).code == 0);
        QVERIFY(ctl({s("migration"), s("number"), s("set"), s("Garage Pietersen"), s("+31201234567"), s("--porting-date"), s("2026-12-10")}).code == 0);
        r = ctl({s("migration"), s("attention"), s("--today"), s("2026-12-03"), s("--days"), s("14"), s("--json")});
        QVERIFY2(r.code == 0, CtlRunner::shown(r));
        QStringList seen;
        for (const auto &v : QJsonDocument::fromJson(r.out.toUtf8()).array()) {
            const QJsonObject o = v.toObject();
            if (o.value(s("customer")).toString() == s("Garage Pietersen"))
                seen << o.value(s("kind")).toString() + QLatin1Char(' ') + o.value(s("date")).toString() + QLatin1Char(' ') + o.value(s("subject")).toString().left(12);
        }
        QCOMPARE(seen, (QStringList{s("overdue_task 2026-11-30 Determine en"), s("porting_soon 2026-12-10 +31201234567")}));
        r = ctl({s("migration"), s("attention"), s("--today"), s("2026-12-03"), s("--days"), s("3")});
        QVERIFY2(r.out.contains(s("overdue task")) && !r.out.contains(s("+31201234567")), qPrintable(r.out));
    }

    void refusalsNameTheFieldAndChangeNothing()
    {
        QVERIFY(ctl({s("migration"), s("add"), s("--customer"), s("Refusals BV")}).code == 0);
        const QJsonObject before = show(s("Refusals BV"));
        struct Case {
            QStringList args;
            int code;
            const char *part;
        };
        const QList<Case> cases = {
            {{s("add")}, 2, "--customer"},
            {{s("add"), s("--customer"), s("X"), s("--language"), s("de")}, 2, "--language"},
            {{s("add"), s("--customer"), s("refusals bv")}, 1, "already exists"},
            {{s("show"), s("Nobody")}, 1, "Nobody"},
            {{s("task"), s("done"), s("abc")}, 2, "task"},
            {{s("task"), s("done"), s("999999")}, 1, "999999"},
            {{s("task"), s("due"), s("1"), s("31-12-2026")}, 2, "--due"},
            {{s("task"), s("add"), s("Refusals BV"), s("--phase"), s("5"), s("--title"), s("x")}, 2, "--phase"},
            {{s("contract"), s("add"), s("Refusals BV"), s("--provider"), s("Oldtel")}, 2, "--end-date"},
            {{s("contract"), s("add"), s("Refusals BV"), s("--provider"), s("Oldtel"), s("--end-date"), s("2027-13-01")}, 2, "--end-date"},
            {{s("number"), s("add"), s("Refusals BV"), s("+31501111111"), s("12")}, 2, "number"},
            {{s("number"), s("add"), s("Refusals BV"), s("+31501234567")}, 1, "Bakkerij Jansen"},
            {{s("number"), s("add"), s("Refusals BV"), s("+31502222222"), s("--test"), s("--wish-date"), s("2027-01-01")}, 1, "wish-date"},
            {{s("letter"), s("Refusals BV")}, 2, "--out"},
            {{s("letter"), s("Refusals BV"), s("--out"), m_dir.filePath(s("none.pdf"))}, 1, "contract"},
            {{s("set"), s("Refusals BV"), s("--status"), s("finished")}, 2, "--status"},
            {{s("frobnicate")}, 2, "migration frobnicate"},
        };
        for (const auto &c : cases) {
            const Run r = ctl(QStringList{s("migration")} + c.args);
            QVERIFY2(CtlRunner::refused(r, c.code, s(c.part)), CtlRunner::shown(r) + " for " + c.args.join(QLatin1Char(' ')).toUtf8());
        }
        QCOMPARE(show(s("Refusals BV")), before);
        QVERIFY(!QFileInfo::exists(m_dir.filePath(s("none.pdf"))));
        QCOMPARE(QJsonDocument::fromJson(ctl({s("migration"), s("list"), s("--json")}).out.toUtf8()).array().size(), 3);
    }
};

QTEST_GUILESS_MAIN(TestMigrationCli)
#include "tst_migrationcli.moc"
