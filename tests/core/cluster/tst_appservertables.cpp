// Which numbers the cluster's nodes hand to the application server (call plans and trunks
// with a failover plan) and how the nodes learn where it is; the settings that say so.
#include "cluster/AppServerTables.h"
#include "domain/SettingsCatalog.h"

#include <QTest>

using namespace centrale;

class TstAppServerTables : public QObject {
    Q_OBJECT

    static calls::CallConfig config()
    {
        calls::CallConfig c;
        calls::CallPolicy withFailover;
        withFailover.key = QStringLiteral("trunk:1");
        withFailover.failoverPlanId = 7;
        calls::CallPolicy plain;
        plain.key = QStringLiteral("trunk:2");
        c.policies.insert(withFailover.key, withFailover);
        c.policies.insert(plain.key, plain);
        c.dids.insert(QStringLiteral("31502053010"), {calls::DidKind::CallPlan, {}, 7, true});
        c.dids.insert(QStringLiteral("31502053011"), {calls::DidKind::Trunk, QStringLiteral("trunk:1"), 0, true});
        c.dids.insert(QStringLiteral("31502053012"), {calls::DidKind::Trunk, QStringLiteral("trunk:1"), 0, false}); // inbound off: 404 at the node
        c.dids.insert(QStringLiteral("31502053013"), {calls::DidKind::Trunk, QStringLiteral("trunk:2"), 0, true});
        c.dids.insert(QStringLiteral("31502053014"), {calls::DidKind::Phone, QStringLiteral("phone:1"), 0, true});
        return c;
    }

    static QStringList keys(const QList<HtableRow> &rows)
    {
        QStringList out;
        for (const auto &r : rows)
            out << r.key + QLatin1Char('=') + r.value;
        return out;
    }

private slots:
    void planNumbersAndFailoverTrunksGoToTheApplicationServer()
    {
        const auto rows = cluster::appServerEntries(config(), QStringLiteral("10.0.0.4:5060"));
        QCOMPARE(keys(rows), (QStringList{QStringLiteral("as:ip=10.0.0.4"), QStringLiteral("as:uri=sip:10.0.0.4:5060"), QStringLiteral("plan:31502053010=1"),
                                          QStringLiteral("plan:31502053011=1")}));
    }

    void withoutAnApplicationServerNothingIsWritten()
    {
        QVERIFY(cluster::appServerEntries(config(), QString()).isEmpty());
    }

    void ipv6Address()
    {
        const auto rows = cluster::appServerEntries({}, QStringLiteral("[2001:db8::4]:5060"));
        QCOMPARE(keys(rows), (QStringList{QStringLiteral("as:ip=2001:db8::4"), QStringLiteral("as:uri=sip:[2001:db8::4]:5060")}));
    }

    void settingsAreValidated()
    {
        QVERIFY(SettingsCatalog::validate(QStringLiteral("cluster.appserver"), QStringLiteral("10.0.0.4:5060")));
        QVERIFY(SettingsCatalog::validate(QStringLiteral("cluster.appserver"), QString()));
        // The nodes know it by its source address: a name or a wildcard will not do.
        QVERIFY(!SettingsCatalog::validate(QStringLiteral("cluster.appserver"), QStringLiteral("appserver.example.nl:5060")));
        QVERIFY(!SettingsCatalog::validate(QStringLiteral("cluster.appserver"), QStringLiteral("0.0.0.0:5060")));
        QVERIFY(!SettingsCatalog::validate(QStringLiteral("cluster.appserver"), QStringLiteral("10.0.0.4")));
        QVERIFY(SettingsCatalog::validate(QStringLiteral("cluster.proxy"), QStringLiteral("sip.cluster.example.nl:5060")));
        QVERIFY(!SettingsCatalog::validate(QStringLiteral("cluster.proxy"), QStringLiteral("sip.cluster.example.nl:x")));
    }
};

QTEST_GUILESS_MAIN(TstAppServerTables)
#include "tst_appservertables.moc"
