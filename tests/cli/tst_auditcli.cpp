// `centralectl audit` and `audit undo`, run as a script would: changes made with existing
// commands show up with their before/after values, undo puts them back (recorded as an
// undo), and an undo that a later change depends on is refused with the reason.
#include "../tools/CtlRunner.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

namespace {
QString s(const char *latin1) { return QString::fromLatin1(latin1); }
} // namespace

class TestAuditCli : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;
    CtlRunner m_runner{m_dir};
    using Run = CtlRunner::Run;
    Run ctl(const QStringList &args, const QByteArray &in = {}) { return m_runner.run(args, in); }
    QJsonArray audit(const QStringList &more = {})
    {
        const Run r = ctl(QStringList{s("audit"), s("--json")} + more);
        [&] { QVERIFY2(r.code == 0, qPrintable(r.err)); }();
        return QJsonDocument::fromJson(r.out.toUtf8()).array();
    }
    // The newest entry about object kind:name.
    QJsonObject newest(const QString &kind, const QString &name)
    {
        for (const auto &v : audit()) {
            const QJsonObject o = v.toObject().value(s("object")).toObject();
            if (o.value(s("kind")).toString() == kind && o.value(s("name")).toString() == name)
                return v.toObject();
        }
        return {};
    }
    static bool refused(const Run &r, int code, const QString &part)
    {
        const QString err = r.err.trimmed();
        return r.code == code && err.startsWith(QLatin1String("centralectl: ")) && !err.contains(QLatin1Char('\n')) && err.contains(part);
    }
    static QByteArray show(const Run &r) { return (QString::number(r.code) + QLatin1Char(' ') + r.err + r.out).toUtf8(); }
    int limitCallsHour()
    {
        const Run r = ctl({s("limits"), s("show"), s("--trunk"), s("Kantoor"), s("--json")});
        return QJsonDocument::fromJson(r.out.toUtf8()).object().value(s("calls_hour")).toInt(-1);
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        for (const QStringList &args : {QStringList{s("number"), s("add"), s("+31502053031"), s("+31502053032")},
                                        QStringList{s("callplan"), s("add"), s("--name"), s("Garage")},
                                        QStringList{s("callplan"), s("link"), s("--callplan"), s("Garage"), s("--number"), s("+31502053032")}}) {
            const Run r = ctl(args);
            QVERIFY2(r.code == 0, show(r));
        }
        const Run t = ctl({s("trunk"), s("add"), s("--name"), s("Kantoor"), s("--channels"), s("4"), s("--brand"), s("yeastar"), s("--format"), s("plus"), s("--ip"),
                           s("192.0.2.10"), s("--number"), s("+31502053031"), s("--primary-user"), s("kantoor1"), s("--secondary-user"), s("kantoor2"),
                           s("--password-stdin")},
                          "Primary-Secret-4711\nSecondary-Secret-4712\n");
        QVERIFY2(t.code == 0, show(t));
    }

    void changesAreListed()
    {
        const QJsonArray all = audit();
        QVERIFY(all.size() >= 8);
        qint64 previous = std::numeric_limits<qint64>::max();
        for (const auto &v : all) {
            const QJsonObject e = v.toObject();
            QVERIFY(e.value(s("id")).toInteger() < previous); // newest first
            previous = e.value(s("id")).toInteger();
            QCOMPARE(e.value(s("interface")).toString(), s("cli"));
            QVERIFY(!e.value(s("user")).toString().isEmpty());
            QVERIFY(e.value(s("time")).toString().endsWith(QLatin1Char('Z')));
        }
        const QJsonObject trunk = newest(s("trunk"), s("Kantoor"));
        QCOMPARE(trunk.value(s("action")).toString(), s("create"));
        QCOMPARE(trunk.value(s("after")).toObject().value(s("channels")).toInt(), 4);
        QVERIFY(trunk.value(s("before")).isNull());
        const QJsonObject account = newest(s("sip_account"), s("kantoor1"));
        QCOMPARE(account.value(s("after")).toObject().value(s("password")).toString(), s("set"));
        QCOMPARE(account.value(s("group")).toInteger(), trunk.value(s("group")).toInteger()); // one command, one unit

        const QString raw = ctl({s("audit"), s("--json")}).out;
        QVERIFY(!raw.contains(s("Primary-Secret-4711")));
        QVERIFY(!raw.contains(s("ha1")));

        const QJsonArray trunks = audit({s("--object"), s("trunk:kantoor")});
        QCOMPARE(trunks.size(), 1);
        QCOMPARE(audit({s("--object"), s("number")}).size(), 4); // two added, one linked to Garage, one to the trunk
        QVERIFY(audit({s("--since"), s("1h")}).size() == all.size());
        QCOMPARE(audit({s("--since"), s("2999-01-01")}).size(), 0);

        const Run text = ctl({s("audit"), s("--object"), s("trunk:Kantoor")});
        QVERIFY2(text.code == 0 && text.out.contains(s("trunk \"Kantoor\"")), show(text));
    }

    void undoPutsBack()
    {
        const Run set = ctl({s("limits"), s("set"), s("--trunk"), s("Kantoor"), s("--calls-hour"), s("5")});
        QVERIFY2(set.code == 0, show(set));
        QCOMPARE(limitCallsHour(), 5);
        const QJsonObject e = newest(s("trunk"), s("Kantoor"));
        QCOMPARE(e.value(s("action")).toString(), s("update"));
        QCOMPARE(e.value(s("changes")).toArray(), QJsonArray{QStringLiteral("limits.calls_hour: 0 → 5")});
        const QString id = QString::number(e.value(s("id")).toInteger());

        const Run undo = ctl({s("audit"), s("undo"), id, s("--json")});
        QVERIFY2(undo.code == 0, show(undo));
        QCOMPARE(QJsonDocument::fromJson(undo.out.toUtf8()).object().value(s("undone")).toInteger(), e.value(s("group")).toInteger());
        QCOMPARE(limitCallsHour(), 0);
        const QJsonObject undoEntry = newest(s("trunk"), s("Kantoor"));
        QCOMPARE(undoEntry.value(s("undo_of")).toInteger(), e.value(s("group")).toInteger());

        const Run again = ctl({s("audit"), s("undo"), id});
        QVERIFY2(refused(again, 1, s("already undone")), show(again));

        // Unlinking a number from the CLI, undone: linked again.
        const Run unlink = ctl({s("callplan"), s("unlink"), s("--number"), s("+31502053032")});
        QVERIFY2(unlink.code == 0, show(unlink));
        const Run u2 = ctl({s("audit"), s("undo"), QString::number(newest(s("number"), s("+31502053032")).value(s("id")).toInteger())});
        QVERIFY2(u2.code == 0, show(u2));
        QVERIFY(ctl({s("callplan"), s("show"), s("Garage"), s("--json")}).out.contains(s("31502053032")));
    }

    void undoRefusedWithReason()
    {
        QVERIFY(ctl({s("settings"), s("set"), s("ui.language"), s("nl")}).code == 0);
        const qint64 first = newest(s("setting"), s("ui.language")).value(s("id")).toInteger();
        QVERIFY(ctl({s("settings"), s("set"), s("ui.language"), s("en")}).code == 0);
        const qint64 second = newest(s("setting"), s("ui.language")).value(s("id")).toInteger();
        const Run r = ctl({s("audit"), s("undo"), QString::number(first)});
        QVERIFY2(refused(r, 1, s("was changed again later (change %1)").arg(second)), show(r));
        QCOMPARE(ctl({s("settings"), s("get"), s("ui.language")}).out.trimmed(), s("en")); // nothing changed

        const Run pw = ctl({s("settings"), s("password"), s("upstream"), s("--password-stdin")}, "Carrier-Secret-99\n");
        QVERIFY2(pw.code == 0, show(pw));
        const QJsonObject secret = newest(s("secret"), s("upstream.password"));
        QCOMPARE(secret.value(s("after")).toObject().value(s("password")).toString(), s("changed"));
        const Run r2 = ctl({s("audit"), s("undo"), QString::number(secret.value(s("id")).toInteger())});
        QVERIFY2(refused(r2, 1, s("Passwords are never kept in the audit log")), show(r2));
        QVERIFY(!ctl({s("audit"), s("--json")}).out.contains(s("Carrier-Secret-99")));
    }

    void badInput()
    {
        Run r = ctl({s("audit"), s("--since"), s("yesterday")});
        QVERIFY2(refused(r, 2, s("--since")), show(r));
        r = ctl({s("audit"), s("--object"), s("gadget:1")});
        QVERIFY2(refused(r, 2, s("--object")), show(r));
        r = ctl({s("audit"), s("undo"), s("abc")});
        QVERIFY2(refused(r, 2, s("id")), show(r));
        r = ctl({s("audit"), s("undo"), s("999999")});
        QVERIFY2(refused(r, 1, s("no audit entry 999999")), show(r));
        r = ctl({s("audit"), s("undo"), s("--help")});
        QVERIFY2(r.code == 0 && r.out.contains(s("Usage: centralectl audit undo")), show(r));
    }
};

QTEST_GUILESS_MAIN(TestAuditCli)
#include "tst_auditcli.moc"
