// The invariants of number links, exercised through the repositories that use them.
#include "store/CallPlanRepository.h"
#include "store/NumberRepository.h"
#include "store/PhoneAccountRepository.h"
#include "store/TrunkRepository.h"

#include "TestStore.h"

#include <QTemporaryDir>
#include <QTest>

using namespace centrale;

class TestNumberLinks : public QObject {
    Q_OBJECT
    test::TestStore m_store;
    std::unique_ptr<Database> m_db;

    Trunk trunk(const QString &name, const QString &number, const QString &failover = {})
    {
        Trunk t;
        t.name = name;
        t.ipWhitelist << IpNetwork::parse(QStringLiteral("192.0.2.10")).value();
        t.numbers << TrunkNumber{number, true, false};
        t.primary.username = name + QStringLiteral("-p");
        t.secondary.username = name + QStringLiteral("-s");
        t.primary.ha1 = t.secondary.ha1 = QStringLiteral("0123456789abcdef0123456789abcdef");
        t.failoverCallPlan = failover;
        return t;
    }
    QString ownerOf(const QString &digits) { return NumberLinks(*m_db).ownerOf(digits)->kindKey(); }

private slots:
    void initTestCase() { CENTRALE_START_STORE(m_store); }
    void cleanupTestCase() { m_store.stop(); }
    void init()
    {
        auto db = Database::open(m_store.location(QString::fromLatin1(QTest::currentTestFunction())));
        QVERIFY2(db.ok(), qPrintable(db.message()));
        m_db = std::move(db).value();
        QVERIFY(NumberRepository(*m_db).add({QStringLiteral("31502053031"), QStringLiteral("31502053032")}).ok());
        CallPlan p;
        p.name = QStringLiteral("Belroute vd garage");
        p.internalNumber = QStringLiteral("3031");
        QVERIFY(CallPlanRepository(*m_db).add(p).ok());
    }

    void theSeedsWorkflow()
    {
        CallPlanRepository plans(*m_db);
        QVERIFY(plans.linkNumber(QStringLiteral("Belroute vd garage"), QStringLiteral("31502053031")).ok());
        QCOMPARE(plans.find(QStringLiteral("belroute VD garage"))->numbers, QStringList{QStringLiteral("31502053031")});

        // Linked elsewhere: refused, naming the current owner; nothing saved.
        auto refused = TrunkRepository(*m_db).add(trunk(QStringLiteral("pbx"), QStringLiteral("31502053031")));
        QVERIFY(!refused.ok());
        QVERIFY2(refused.message().contains(QLatin1String("call plan \"Belroute vd garage\"")), qPrintable(refused.message()));
        QVERIFY(refused.message().contains(QLatin1String("Unlink it from the call plan first")));
        QCOMPARE(TrunkRepository(*m_db).list()->size(), 0);

        // Clearing the External number field unlinks; then the trunk may take it.
        QVERIFY(plans.setExternalNumbers(plans.find(QStringLiteral("Belroute vd garage"))->id, {}).ok());
        QCOMPARE(ownerOf(QStringLiteral("31502053031")), QStringLiteral("free"));
        QVERIFY(NumberRepository(*m_db).list(true)->size() == 2);
        auto id = TrunkRepository(*m_db).add(trunk(QStringLiteral("pbx"), QStringLiteral("31502053031"), QStringLiteral("Belroute vd garage")));
        QVERIFY2(id.ok(), qPrintable(id.message()));
        QCOMPARE(ownerOf(QStringLiteral("31502053031")), QStringLiteral("trunk"));
        auto t = TrunkRepository(*m_db).find(QStringLiteral("pbx"));
        QCOMPARE(t->numbers.first().inbound, true);
        QCOMPARE(t->numbers.first().callerId, false);
        QCOMPARE(t->failoverCallPlan, QStringLiteral("Belroute vd garage"));
    }

    void failoverPlanCannotBeDeletedAndTrunkDeleteFreesNumbers()
    {
        QVERIFY(TrunkRepository(*m_db).add(trunk(QStringLiteral("pbx"), QStringLiteral("31502053032"), QStringLiteral("Belroute vd garage"))).ok());
        auto s = CallPlanRepository(*m_db).remove(QStringLiteral("Belroute vd garage"));
        QVERIFY(!s.ok());
        QVERIFY2(s.message().contains(QLatin1String("failover of trunk \"pbx\"")), qPrintable(s.message()));
        QVERIFY(TrunkRepository(*m_db).remove(QStringLiteral("pbx")).ok());
        QCOMPARE(ownerOf(QStringLiteral("31502053032")), QStringLiteral("free"));
        QVERIFY(m_db->exec(QStringLiteral("SELECT 1 FROM sip_accounts"))->next() == false);
        QVERIFY(CallPlanRepository(*m_db).remove(QStringLiteral("Belroute vd garage")).ok());
    }

    void duplicatesAndHostileNames()
    {
        QVERIFY(!NumberRepository(*m_db).add({QStringLiteral("31502053031")}).ok());
        CallPlan dup;
        dup.name = QStringLiteral("BELROUTE VD GARAGE");
        QVERIFY(CallPlanRepository(*m_db).add(dup).message().contains(QLatin1String("already exists")));
        dup.name = QStringLiteral("Robert'); DROP TABLE call_plans;--");
        QVERIFY(CallPlanRepository(*m_db).add(dup).ok());
        QCOMPARE(CallPlanRepository(*m_db).find(dup.name)->name, dup.name); // stored exactly, not executed
        QVERIFY(TrunkRepository(*m_db).add(trunk(QStringLiteral("pbx1"), QStringLiteral("31502053032"))).ok());
        auto clash = trunk(QStringLiteral("pbx2"), QStringLiteral("31502053031"));
        clash.primary.username = QStringLiteral("pbx1-s");
        QVERIFY(TrunkRepository(*m_db).add(clash).message().contains(QLatin1String("already used by trunk \"pbx1\"")));
    }

    void unknownNumberAndPhoneAccounts()
    {
        QVERIFY(CallPlanRepository(*m_db).linkNumber(QStringLiteral("Belroute vd garage"), QStringLiteral("31509999999")).message().contains(
            QLatin1String("does not exist")));
        PhoneAccount p;
        p.number = QStringLiteral("31502053032");
        p.account.username = p.number;
        p.account.ha1 = QStringLiteral("0123456789abcdef0123456789abcdef");
        QVERIFY(PhoneAccountRepository(*m_db).add(p).ok());
        QCOMPARE(ownerOf(p.number), QStringLiteral("phone"));
        QVERIFY(NumberRepository(*m_db).remove(p.number).message().contains(QLatin1String("phone account")));
        QVERIFY(CallPlanRepository(*m_db).unlinkNumber(p.number).message().contains(QLatin1String("not to a call plan")));
        QVERIFY(PhoneAccountRepository(*m_db).remove(p.number).ok());
        QCOMPARE(ownerOf(p.number), QStringLiteral("free"));
        QVERIFY(NumberRepository(*m_db).remove(p.number).ok());
    }

    void theDatabaseItselfRefusesTwoOwners()
    {
        auto r = m_db->exec(QStringLiteral("UPDATE numbers SET call_plan_id = 1, trunk_id = 1 WHERE digits = '31502053031'"));
        QVERIFY(!r.ok());
    }
};

QTEST_GUILESS_MAIN(TestNumberLinks)
#include "tst_numberlinks.moc"
