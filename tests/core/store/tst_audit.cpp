// The audit log: every repository write leaves one entry with its before and after state,
// stamped with who and from where, in the same transaction (a rollback leaves none);
// passwords never appear; undo restores, or refuses with the reason.
#include "secrets/Credentials.h"
#include "store/AuditContext.h"
#include "store/AuditRepository.h"
#include "store/AuditUndo.h"
#include "store/BlockedSourceRepository.h"
#include "store/CallPlanRepository.h"
#include "store/FraudBlockRepository.h"
#include "store/NumberRepository.h"
#include "store/PhoneAccountRepository.h"
#include "store/RateRepository.h"
#include "store/SettingsRepository.h"
#include "store/TrunkRepository.h"

#include <QDateTime>
#include <QDirIterator>
#include <QFile>
#include <QSqlQuery>
#include "TestStore.h"

#include <QTemporaryDir>
#include <QTest>

using namespace centrale;

namespace {
const QString kPassword = QStringLiteral("Audit-Test-Pw-7391");
const QString kRealm = QStringLiteral("centrale");
} // namespace

class TestAudit : public QObject {
    Q_OBJECT
    test::TestStore m_store;
    std::unique_ptr<Database> m_db;
    qint64 m_seen = 0; // newest entry id already checked

    Trunk trunk(const QString &name, const QString &number)
    {
        Trunk t;
        t.name = name;
        t.ipWhitelist << IpNetwork::parse(QStringLiteral("192.0.2.10")).value();
        t.numbers << TrunkNumber{number, true, true};
        t.primary.username = name + QStringLiteral("-p");
        t.secondary.username = name + QStringLiteral("-s");
        t.primary.ha1 = credentials::ha1(t.primary.username, kRealm, kPassword);
        t.secondary.ha1 = credentials::ha1(t.secondary.username, kRealm, kPassword);
        return t;
    }
    // The entries written since the last call, oldest first.
    QList<AuditEntry> fresh()
    {
        auto all = AuditRepository(*m_db).list();
        [&] { QVERIFY2(all.ok(), qPrintable(all.message())); }();
        QList<AuditEntry> out;
        for (auto it = all->crbegin(); it != all->crend(); ++it)
            if (it->id > m_seen)
                out << *it;
        for (const auto &e : out)
            m_seen = qMax(m_seen, e.id);
        return out;
    }
    static const AuditEntry *of(const QList<AuditEntry> &entries, const QString &kind, const QString &name)
    {
        for (const auto &e : entries)
            if (e.kind == kind && e.name == name)
                return &e;
        return nullptr;
    }
    qint64 rowCount()
    {
        auto q = m_db->exec(QStringLiteral("SELECT count(*) FROM audit_log"));
        return q && q->next() ? q->value(0).toLongLong() : -1;
    }

private slots:
    void initTestCase()
    {
        AuditContext::setInterface(QStringLiteral("cli"));
        CENTRALE_START_STORE(m_store);
    }
    void cleanupTestCase() { m_store.stop(); }

    void init()
    {
        m_seen = 0;
        auto db = Database::open(m_store.location(QString::fromLatin1(QTest::currentTestFunction())));
        QVERIFY2(db.ok(), qPrintable(db.message()));
        m_db = std::move(db).value();
        QVERIFY(m_db->auditReady());
        QCOMPARE(rowCount(), 0); // creating the schema and seeding rates is no one's change
    }
    void cleanup() { m_db.reset(); }

    void everyRepositoryWriteIsRecorded()
    {
        const qint64 t0 = QDateTime::currentMSecsSinceEpoch();
        QVERIFY(NumberRepository(*m_db).add({QStringLiteral("31502053031"), QStringLiteral("31502053032"), QStringLiteral("31502053033")}).ok());
        auto e = fresh();
        QCOMPARE(e.size(), 3);
        QCOMPARE(e[0].kind, QStringLiteral("number"));
        QCOMPARE(e[0].action, QStringLiteral("create"));
        QCOMPARE(e[0].interface, QStringLiteral("cli"));
        QCOMPARE(e[0].user, AuditContext::osUser());
        QVERIFY(!e[0].user.isEmpty());
        QVERIFY(e[0].atMs >= t0 && e[0].atMs <= QDateTime::currentMSecsSinceEpoch());
        QCOMPARE(e[0].groupId, e[2].groupId); // one action, one undoable unit

        CallPlan plan;
        plan.name = QStringLiteral("Garage");
        plan.numbers = {QStringLiteral("31502053033")};
        QVERIFY(CallPlanRepository(*m_db).add(plan).ok());
        e = fresh();
        QCOMPARE(e.size(), 2);
        QVERIFY(of(e, QStringLiteral("callplan"), QStringLiteral("Garage")));
        const AuditEntry *link = of(e, QStringLiteral("number"), QStringLiteral("+31502053033"));
        QVERIFY(link);
        QCOMPARE(link->action, QStringLiteral("update"));
        QVERIFY(link->before.value(QStringLiteral("call_plan_id")).isNull());
        QVERIFY(!link->after.value(QStringLiteral("call_plan_id")).isNull());

        auto id = TrunkRepository(*m_db).add(trunk(QStringLiteral("Kantoor"), QStringLiteral("31502053031")));
        QVERIFY2(id.ok(), qPrintable(id.message()));
        e = fresh();
        QCOMPARE(e.size(), 4); // the trunk, its number link and both accounts
        const AuditEntry *t = of(e, QStringLiteral("trunk"), QStringLiteral("Kantoor"));
        QVERIFY(t);
        QCOMPARE(t->after.value(QStringLiteral("channels")).toInt(), 2);
        QVERIFY(t->after.value(QStringLiteral("limits")).isObject()); // nested JSON, readable
        const AuditEntry *acc = of(e, QStringLiteral("sip_account"), QStringLiteral("Kantoor-p"));
        QVERIFY(acc);
        QCOMPARE(acc->after.value(QStringLiteral("password")).toString(), QStringLiteral("set"));
        QVERIFY(!acc->after.contains(QStringLiteral("ha1")));

        // The wizard's edit unlinks and relinks every number: only the real change remains.
        Trunk edited = TrunkRepository(*m_db).find(QStringLiteral("Kantoor")).value();
        edited.channels = 4;
        edited.primary.ha1.clear();
        edited.secondary.ha1.clear();
        QVERIFY(TrunkRepository(*m_db).update(edited).ok());
        e = fresh();
        QCOMPARE(e.size(), 1);
        QCOMPARE(e[0].action, QStringLiteral("update"));
        QCOMPARE(e[0].before.value(QStringLiteral("channels")).toInt(), 2);
        QCOMPARE(e[0].after.value(QStringLiteral("channels")).toInt(), 4);
        QCOMPARE(e[0].changes(), QStringList{QStringLiteral("channels: 2 → 4")});

        edited.primary.ha1 = credentials::ha1(edited.primary.username, kRealm, QStringLiteral("another"));
        QVERIFY(TrunkRepository(*m_db).update(edited).ok());
        e = fresh();
        QCOMPARE(e.size(), 1);
        QCOMPARE(e[0].kind, QStringLiteral("sip_account"));
        QCOMPARE(e[0].after.value(QStringLiteral("password")).toString(), QStringLiteral("changed"));
        QVERIFY(e[0].changes().contains(QStringLiteral("password: changed")));

        PhoneAccount phone;
        phone.number = QStringLiteral("31502053099");
        phone.account.username = phone.number;
        phone.account.ha1 = credentials::ha1(phone.number, kRealm, kPassword);
        auto pid = PhoneAccountRepository(*m_db).add(phone);
        QVERIFY2(pid.ok(), qPrintable(pid.message()));
        e = fresh();
        QCOMPARE(e.size(), 3); // a new number (created linked), the phone account, its SIP account
        QCOMPARE(of(e, QStringLiteral("number"), QStringLiteral("+31502053099"))->action, QStringLiteral("create"));
        phone = PhoneAccountRepository(*m_db).find(phone.number).value();
        phone.account.ha1.clear();
        phone.limits.callsHour = 7;
        QVERIFY(PhoneAccountRepository(*m_db).update(phone).ok());
        e = fresh();
        QCOMPARE(e.size(), 1);
        QCOMPARE(e[0].kind, QStringLiteral("phone"));
        QCOMPARE(e[0].after.value(QStringLiteral("limits")).toObject().value(QStringLiteral("calls_hour")).toInt(), 7);

        SettingsRepository settings(*m_db);
        QVERIFY(settings.set(QStringLiteral("ui.language"), QStringLiteral("nl")).ok());
        QVERIFY(settings.set(QStringLiteral("ui.language"), QStringLiteral("en")).ok());
        e = fresh();
        QCOMPARE(e.size(), 2);
        QCOMPARE(e[0].action, QStringLiteral("create"));
        QCOMPARE(e[1].action, QStringLiteral("update"));
        QCOMPARE(e[1].before.value(QStringLiteral("value")).toString(), QStringLiteral("nl"));
        QCOMPARE(e[1].after.value(QStringLiteral("value")).toString(), QStringLiteral("en"));
        QVERIFY(settings.notifySecretChanged(QStringLiteral("upstream.password")).ok());
        e = fresh();
        QCOMPARE(e.size(), 1);
        QCOMPARE(e[0].kind, QStringLiteral("secret"));
        QCOMPARE(e[0].changes().last(), QStringLiteral("password: changed"));

        QVERIFY(FraudBlockRepository(*m_db).block({QStringLiteral("trunk:1"), QStringLiteral("Kantoor"), QStringLiteral("burst"), QStringLiteral("50 calls"), 1000, 0}).ok());
        QVERIFY(FraudBlockRepository(*m_db).unblock(QStringLiteral("Kantoor"), 2000).ok());
        e = fresh();
        QCOMPARE(e.size(), 2);
        QCOMPARE(e[1].kind, QStringLiteral("fraud_block"));
        QCOMPARE(e[1].changes(), QStringList{QStringLiteral("lifted_ms: 0 → 2000")});
        // The engine blocks again: the lifted row is replaced, recorded as a change of it.
        m_db->setAuditInterface(QStringLiteral("engine"));
        QVERIFY(FraudBlockRepository(*m_db).block({QStringLiteral("trunk:1"), QStringLiteral("Kantoor"), QStringLiteral("burst"), QStringLiteral("60 calls"), 3000, 0}).ok());
        QVERIFY(m_db->exec(QStringLiteral("INSERT INTO blocked_sources (address, blocked_at, until, failures, reason) VALUES ('192.0.2.66', 1, 4000000000, 5, 'x')")).ok());
        m_db->setAuditInterface({});
        e = fresh();
        QCOMPARE(e.size(), 2);
        QCOMPARE(e[0].action, QStringLiteral("update"));
        QCOMPARE(e[0].interface, QStringLiteral("engine"));
        QCOMPARE(e[1].kind, QStringLiteral("blocked_source"));
        QCOMPARE(e[1].interface, QStringLiteral("engine"));
        QVERIFY(BlockedSourceRepository(*m_db).lift(QStringLiteral("192.0.2.66")).ok());
        e = fresh();
        QCOMPARE(e.size(), 1);
        QCOMPARE(e[0].action, QStringLiteral("delete"));
        QCOMPARE(e[0].interface, QStringLiteral("cli"));

        QVERIFY(CallPlanRepository(*m_db).unlinkNumber(QStringLiteral("31502053033")).ok());
        QVERIFY(NumberRepository(*m_db).remove(QStringLiteral("31502053033")).ok());
        e = fresh();
        QCOMPARE(e.size(), 2);
        QCOMPARE(e[1].action, QStringLiteral("delete"));

        QVERIFY(TrunkRepository(*m_db).remove(QStringLiteral("Kantoor")).ok());
        e = fresh();
        QCOMPARE(e.size(), 4); // the trunk, both accounts (cascade), its number set free
        QCOMPARE(of(e, QStringLiteral("number"), QStringLiteral("+31502053031"))->after.value(QStringLiteral("trunk_id")).isNull(), true);

        // A rate import is one unit that records only what differs.
        auto rates = RateRepository(*m_db).all().value();
        QVERIFY(rates.size() > 2);
        rates[0].perMinuteMicros += 1000;
        rates.removeLast();
        {
            const AuditGroup group(QStringLiteral("rates import test.csv"));
            QVERIFY(RateRepository(*m_db).replaceAll(rates).ok());
        }
        e = fresh();
        QCOMPARE(e.size(), 2);
        QCOMPARE(e[0].interface, QStringLiteral("import"));
        QCOMPARE(e[0].note, QStringLiteral("rates import test.csv"));
        QCOMPARE(e[0].groupId, e[1].groupId);
    }

    void secretsNeverInClear()
    {
        QVERIFY(NumberRepository(*m_db).add({QStringLiteral("31502053031")}).ok());
        Trunk t = trunk(QStringLiteral("Kantoor"), QStringLiteral("31502053031"));
        QVERIFY(TrunkRepository(*m_db).add(t).ok());
        t = TrunkRepository(*m_db).find(QStringLiteral("Kantoor")).value();
        const QString newHa1 = credentials::ha1(t.primary.username, kRealm, kPassword + QStringLiteral("2"));
        t.primary.ha1 = newHa1;
        QVERIFY(TrunkRepository(*m_db).update(t).ok());
        QVERIFY(TrunkRepository(*m_db).remove(QStringLiteral("Kantoor")).ok());

        // Neither the digest nor the password is anywhere in the log.
        auto q = m_db->exec(QStringLiteral("SELECT count(*) FROM audit_log WHERE instr(COALESCE(before_json,'') || COALESCE(after_json,''), ?) > 0"
                                           " OR instr(COALESCE(before_json,'') || COALESCE(after_json,''), ?) > 0"),
                            {newHa1, t.secondary.ha1});
        QVERIFY(q && q->next());
        QCOMPARE(q->value(0).toInt(), 0);
        QVERIFY(rowCount() >= 8);
        // And the password's bytes are in no file of the database (main file, WAL); the
        // server's files are the server's (the SQL checks above hold there too).
        if (m_db->isPostgres())
            return;
        const QString path = m_db->path();
        m_db.reset();
        int files = 0;
        for (const QString &suffix : {QString(), QStringLiteral("-wal")}) {
            QFile f(path + suffix);
            if (!f.open(QIODevice::ReadOnly))
                continue;
            ++files;
            const QByteArray bytes = f.readAll();
            QVERIFY(!bytes.contains(kPassword.toUtf8()));
            QVERIFY(!bytes.contains((kPassword + QStringLiteral("2")).toUtf8()));
            QVERIFY(bytes.contains("audit_log")); // it is the database we think it is
        }
        QVERIFY(files >= 1);
    }

    void rollbackLeavesNoEntry()
    {
        QVERIFY(NumberRepository(*m_db).add({QStringLiteral("31502053031"), QStringLiteral("31502053032")}).ok());
        const qint64 before = rowCount();
        // The trunk row and the first link are written before the second number is refused.
        Trunk t = trunk(QStringLiteral("Kantoor"), QStringLiteral("31502053031"));
        t.numbers << TrunkNumber{QStringLiteral("31509999999"), true, true};
        auto refused = TrunkRepository(*m_db).add(t);
        QVERIFY(!refused.ok());
        QCOMPARE(rowCount(), before);
        // A body that wrote and then failed.
        auto s = m_db->transaction([&]() -> Status {
            if (auto r = m_db->exec(QStringLiteral("DELETE FROM numbers WHERE digits = '31502053032'")); !r)
                return r.error();
            return Status::fail(QStringLiteral("no"));
        });
        QVERIFY(!s.ok());
        QCOMPARE(rowCount(), before);
        QCOMPARE(NumberRepository(*m_db).list()->size(), 2);
    }

    void undoRestoresAndRecords()
    {
        QVERIFY(NumberRepository(*m_db).add({QStringLiteral("31502053031"), QStringLiteral("31502053032")}).ok());
        QVERIFY(TrunkRepository(*m_db).add(trunk(QStringLiteral("Kantoor"), QStringLiteral("31502053031"))).ok());
        Trunk t = TrunkRepository(*m_db).find(QStringLiteral("Kantoor")).value();
        t.channels = 9;
        t.ipWhitelist << IpNetwork::parse(QStringLiteral("198.51.100.0/24")).value();
        t.numbers << TrunkNumber{QStringLiteral("31502053032"), false, true};
        t.primary.ha1.clear();
        t.secondary.ha1.clear();
        QVERIFY(TrunkRepository(*m_db).update(t).ok());
        auto e = fresh();
        const qint64 editEntry = e.last().id;

        auto undone = AuditUndo(*m_db).undo(editEntry);
        QVERIFY2(undone.ok(), qPrintable(undone.message()));
        QCOMPARE(undone->entries, 2); // the trunk and the second number
        Trunk back = TrunkRepository(*m_db).find(QStringLiteral("Kantoor")).value();
        QCOMPARE(back.channels, 2);
        QCOMPARE(back.ipWhitelist.size(), 1);
        QCOMPARE(back.numbers.size(), 1);
        QCOMPARE(NumberLinks(*m_db).ownerOf(QStringLiteral("31502053032"))->kindKey(), QStringLiteral("free"));
        e = fresh();
        QCOMPARE(e.size(), 2);
        QCOMPARE(e[0].undoOf, AuditRepository(*m_db).find(editEntry)->groupId);
        QVERIFY(AuditRepository(*m_db).find(editEntry)->undoneBy > 0);

        auto again = AuditUndo(*m_db).undo(editEntry);
        QVERIFY(!again.ok());
        QVERIFY2(again.message().contains(QLatin1String("already undone")), qPrintable(again.message()));
        // Undo of the undo puts the edit back.
        QVERIFY(AuditUndo(*m_db).undo(e[0].id).ok());
        QCOMPARE(TrunkRepository(*m_db).find(QStringLiteral("Kantoor"))->channels, 9);
    }

    void undoRefusedWithReason()
    {
        QVERIFY(NumberRepository(*m_db).add({QStringLiteral("31502053031")}).ok());
        QVERIFY(TrunkRepository(*m_db).add(trunk(QStringLiteral("Kantoor"), QStringLiteral("31502053031"))).ok());
        const qint64 created = fresh().last().id;

        // Changed again later: the earlier change cannot be undone on its own.
        Trunk t = TrunkRepository(*m_db).find(QStringLiteral("Kantoor")).value();
        t.primary.ha1.clear();
        t.secondary.ha1.clear();
        t.channels = 3;
        QVERIFY(TrunkRepository(*m_db).update(t).ok());
        const qint64 first = fresh().last().id;
        t.channels = 5;
        QVERIFY(TrunkRepository(*m_db).update(t).ok());
        const qint64 second = fresh().last().id;
        auto r = AuditUndo(*m_db).undo(first);
        QVERIFY(!r.ok());
        QVERIFY2(r.message().contains(QLatin1String("changed again later")) && r.message().contains(QString::number(second)), qPrintable(r.message()));
        QCOMPARE(TrunkRepository(*m_db).find(QStringLiteral("Kantoor"))->channels, 5); // nothing changed
        // Newest first works, and then the earlier one may go too.
        QVERIFY(AuditUndo(*m_db).undo(second).ok());
        QVERIFY(AuditUndo(*m_db).undo(first).ok());
        QCOMPARE(TrunkRepository(*m_db).find(QStringLiteral("Kantoor"))->channels, 2);

        // A created call plan that a trunk fails over to now cannot simply disappear.
        CallPlan plan;
        plan.name = QStringLiteral("Nood");
        QVERIFY(CallPlanRepository(*m_db).add(plan).ok());
        const qint64 planCreated = fresh().last().id;
        t = TrunkRepository(*m_db).find(QStringLiteral("Kantoor")).value();
        t.primary.ha1.clear();
        t.secondary.ha1.clear();
        t.failoverCallPlan = QStringLiteral("Nood");
        QVERIFY(TrunkRepository(*m_db).update(t).ok());
        fresh();
        r = AuditUndo(*m_db).undo(planCreated);
        QVERIFY(!r.ok());
        QVERIFY2(r.message().contains(QLatin1String("is used by trunk \"Kantoor\"")), qPrintable(r.message()));
        QVERIFY(CallPlanRepository(*m_db).find(QStringLiteral("Nood")).ok());

        // A password change: the old one was never kept.
        t = TrunkRepository(*m_db).find(QStringLiteral("Kantoor")).value();
        t.secondary.ha1.clear();
        t.primary.ha1 = credentials::ha1(t.primary.username, kRealm, QStringLiteral("new"));
        QVERIFY(TrunkRepository(*m_db).update(t).ok());
        r = AuditUndo(*m_db).undo(fresh().last().id);
        QVERIFY(!r.ok());
        QVERIFY2(r.message().contains(QLatin1String("Passwords are never kept")), qPrintable(r.message()));

        // A deleted trunk took its accounts' digests with it: it cannot be re-created.
        QVERIFY(TrunkRepository(*m_db).remove(QStringLiteral("Kantoor")).ok());
        r = AuditUndo(*m_db).undo(fresh().last().id);
        QVERIFY(!r.ok());
        QVERIFY2(r.message().contains(QLatin1String("cannot be re-created")), qPrintable(r.message()));
        QVERIFY(TrunkRepository(*m_db).list()->isEmpty());
        // The trunk's creation can no longer be undone: it is gone.
        r = AuditUndo(*m_db).undo(created);
        QVERIFY(!r.ok());
    }

    void importUndoneAsOneUnit()
    {
        const auto original = RateRepository(*m_db).all().value();
        QList<Rate> rates{{QStringLiteral("31"), QStringLiteral("NL"), 10000, 0}, {QStringLiteral("32"), QStringLiteral("BE"), 20000, 0}};
        {
            const AuditGroup group(QStringLiteral("rates import a.csv"));
            QVERIFY(RateRepository(*m_db).replaceAll(rates).ok());
            QVERIFY(SettingsRepository(*m_db).set(QStringLiteral("ui.language"), QStringLiteral("nl")).ok()); // a second transaction of the same import
        }
        auto e = fresh();
        QVERIFY(e.size() > 2);
        QCOMPARE(e.first().groupId, e.last().groupId);
        auto r = AuditUndo(*m_db).undo(e.first().id);
        QVERIFY2(r.ok(), qPrintable(r.message()));
        QCOMPARE(r->entries, e.size());
        const auto back = RateRepository(*m_db).all().value();
        QCOMPARE(back.size(), original.size());
        for (int i = 0; i < back.size(); ++i) {
            QCOMPARE(back[i].prefix, original[i].prefix);
            QCOMPARE(back[i].perMinuteMicros, original[i].perMinuteMicros);
        }
        QCOMPARE(SettingsRepository(*m_db).get(QStringLiteral("ui.language")), QStringLiteral("system"));
        // A change after the group is its own unit.
        QVERIFY(SettingsRepository(*m_db).set(QStringLiteral("ui.language"), QStringLiteral("en")).ok());
        e = fresh();
        QCOMPARE(e.last().interface, QStringLiteral("cli"));
        QVERIFY(e.last().groupId != e.first().groupId);
    }

    void writeFromOutsideIsItsOwnChange()
    {
        // Another program (the sqlite3 shell, a script) writes the file: its row cannot be
        // stamped by it, and must not become part of the next change made here.
        {
            // A plain connection of the backend's own driver, past Centrale's store layer.
            QSqlDatabase other = QSqlDatabase::addDatabase(m_db->isPostgres() ? QStringLiteral("QPSQL") : QStringLiteral("QSQLITE"), QStringLiteral("outside"));
            if (m_db->isPostgres()) {
                const auto loc = StoreLocation::parse(m_db->path()).value();
                other.setHostName(loc.host);
                other.setPort(loc.port);
                other.setUserName(loc.user);
                other.setDatabaseName(loc.database);
            } else {
                other.setDatabaseName(m_db->path());
            }
            QVERIFY(other.open());
            QSqlQuery q(other);
            QVERIFY(q.exec(QStringLiteral("INSERT INTO settings (key, value) VALUES ('ui.language', 'nl')")));
            other.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("outside"));
        QVERIFY(NumberRepository(*m_db).add({QStringLiteral("31502053031")}).ok());
        const auto e = fresh();
        QCOMPARE(e.size(), 2);
        QCOMPARE(e[0].kind, QStringLiteral("setting"));
        QCOMPARE(e[0].interface, QStringLiteral("external"));
        QCOMPARE(e[1].interface, QStringLiteral("cli"));
        QVERIFY(e[0].groupId != e[1].groupId);
        QVERIFY(AuditUndo(*m_db).undo(e[0].id).ok()); // undone like any other
        QCOMPARE(SettingsRepository(*m_db).get(QStringLiteral("ui.language")), QStringLiteral("system"));
    }

    void filters()
    {
        QVERIFY(NumberRepository(*m_db).add({QStringLiteral("31502053031")}).ok());
        QVERIFY(SettingsRepository(*m_db).set(QStringLiteral("ui.language"), QStringLiteral("nl")).ok());
        AuditRepository log(*m_db);
        AuditFilter f;
        f.kind = QStringLiteral("number");
        QCOMPARE(log.list(f)->size(), 1);
        f.object = QStringLiteral("+31502053031");
        QCOMPARE(log.list(f)->size(), 1);
        f.object = QStringLiteral("31502053031");
        QCOMPARE(log.list(f)->size(), 1);
        f = {};
        f.text = QStringLiteral("NL");
        QCOMPARE(log.list(f)->size(), 1);
        f = {};
        f.sinceMs = QDateTime::currentMSecsSinceEpoch() + 60000;
        QCOMPARE(log.list(f)->size(), 0);
        f = {};
        f.interface = QStringLiteral("console");
        QCOMPARE(log.list(f)->size(), 0);
    }
};

QTEST_GUILESS_MAIN(TestAudit)
#include "tst_audit.moc"
