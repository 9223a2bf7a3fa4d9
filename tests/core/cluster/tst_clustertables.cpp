// What Centrale's trunks and phone accounts become in Kamailio's tables, and the cluster
// settings' rules (no password in a setting).
#include "cluster/ClusterSettings.h"
#include "cluster/ClusterTables.h"
#include "domain/SettingsCatalog.h"
#include "secrets/Credentials.h"

#include <QRegularExpression>
#include <QTest>

using namespace centrale;

class TstClusterTables : public QObject {
    Q_OBJECT

    static Trunk trunk()
    {
        Trunk t;
        t.id = 3;
        t.name = QStringLiteral("Kantoor");
        t.channels = 4;
        t.ipWhitelist = {IpNetwork::parse(QStringLiteral("192.0.2.10")).value(), IpNetwork::parse(QStringLiteral("198.51.100.0/24")).value()};
        t.numbers = {{QStringLiteral("31502053031"), true, true}, {QStringLiteral("31502053032"), false, true}};
        t.primary = {1, QStringLiteral("31502053031"), AccountRole::Primary, credentials::ha1(QStringLiteral("31502053031"), QStringLiteral("centrale"), QStringLiteral("pw-primary-1"))};
        t.secondary = {2, QStringLiteral("31502053031-2"), AccountRole::Secondary, credentials::ha1(QStringLiteral("31502053031-2"), QStringLiteral("centrale"), QStringLiteral("pw-second-2"))};
        t.destinations.countries = {{QStringLiteral("NL"), {NumberType::Fixed, NumberType::Mobile}}, {QStringLiteral("BE"), {NumberType::Fixed}}};
        t.destinations.allowedPrefixes = {QStringLiteral("3190612")};
        t.destinations.blockedPrefixes = {QStringLiteral("3185")};
        return t;
    }

    static QString value(const KamailioTables &t, const QString &key)
    {
        for (const auto &r : t.htable)
            if (r.key == key)
                return r.value;
        return QStringLiteral("<absent>");
    }

private slots:
    void subscribersCarryHashesNeverPasswords()
    {
        const Trunk t = trunk();
        auto pw = [](const QString &user) -> std::optional<QString> {
            if (user == QLatin1String("31502053031"))
                return QStringLiteral("pw-primary-1");
            return std::nullopt; // the secondary's is not in the secret store
        };
        QStringList warnings;
        const auto tables = cluster::buildClusterTables({t}, {}, QStringLiteral("centrale"), pw, &warnings);
        QCOMPARE(tables.subscribers.size(), 2);
        const auto &p = tables.subscribers.at(0);
        QCOMPARE(p.username, QStringLiteral("31502053031"));
        QCOMPARE(p.domain, QStringLiteral("centrale"));
        QCOMPARE(p.ha1, t.primary.ha1);
        // ha1b = MD5(user@domain:realm:password), as Kamailio computes it.
        QCOMPARE(p.ha1b, credentials::ha1(QStringLiteral("31502053031@centrale"), QStringLiteral("centrale"), QStringLiteral("pw-primary-1")));
        QVERIFY(tables.subscribers.at(1).ha1b.isEmpty());
        QCOMPARE(warnings.size(), 1);
        QVERIFY(warnings.first().contains(QLatin1String("31502053031-2")));
        for (const auto &s : tables.subscribers)
            QVERIFY(!s.ha1.contains(QLatin1String("pw-")) && !s.ha1b.contains(QLatin1String("pw-")));
    }

    void whitelistIsOneGroupPerAccount()
    {
        Trunk t = trunk();
        PhoneAccount open; // no whitelist: any address, so no group either
        open.id = 5;
        open.number = QStringLiteral("31501234567");
        open.account = {9, QStringLiteral("31501234567"), AccountRole::Phone, QStringLiteral("abc")};
        const auto tables = cluster::buildClusterTables({t}, {open}, QStringLiteral("centrale"), {}, nullptr);
        QCOMPARE(tables.addresses.size(), 2);
        QCOMPARE(tables.addresses.at(0).group, cluster::trunkGroup(3));
        QCOMPARE(tables.addresses.at(0).ip, QStringLiteral("192.0.2.10"));
        QCOMPARE(tables.addresses.at(0).mask, 32);
        QCOMPARE(tables.addresses.at(1).ip, QStringLiteral("198.51.100.0"));
        QCOMPARE(tables.addresses.at(1).mask, 24);
        QCOMPARE(tables.addresses.at(1).tag, QStringLiteral("trunk:3"));
        QCOMPARE(value(tables, QStringLiteral("grp:trunk:3")), QString::number(cluster::trunkGroup(3)));
        QCOMPARE(value(tables, QStringLiteral("grp:phone:5")), QStringLiteral("<absent>"));
        QVERIFY(cluster::phoneGroup(5) != cluster::trunkGroup(5));
    }

    void accountsDidsChannelsAndDestinations()
    {
        const auto tables = cluster::buildClusterTables({trunk()}, {}, QStringLiteral("centrale"), {}, nullptr);
        QCOMPARE(value(tables, QStringLiteral("acct:31502053031")), QStringLiteral("trunk:3"));
        QCOMPARE(value(tables, QStringLiteral("acct:31502053031-2")), QStringLiteral("trunk:3"));
        QCOMPARE(value(tables, QStringLiteral("chan:trunk:3")), QStringLiteral("4"));
        QCOMPARE(value(tables, QStringLiteral("did:31502053031")), QStringLiteral("31502053031"));
        QCOMPARE(value(tables, QStringLiteral("did2:31502053031")), QStringLiteral("31502053031-2"));
        QCOMPARE(value(tables, QStringLiteral("did:31502053032")), QStringLiteral("<absent>")); // caller ID only, not inbound
        QCOMPARE(value(tables, QStringLiteral("dest:trunk:3:c:31")), QStringLiteral("1"));
        QCOMPARE(value(tables, QStringLiteral("dest:trunk:3:c:32")), QStringLiteral("1"));
        QCOMPARE(value(tables, QStringLiteral("dest:trunk:3:c:49")), QStringLiteral("<absent>"));
        QCOMPARE(value(tables, QStringLiteral("dest:trunk:3:a:3190612")), QStringLiteral("1"));
        QCOMPARE(value(tables, QStringLiteral("dest:trunk:3:b:3185")), QStringLiteral("1"));
        QCOMPARE(value(tables, QStringLiteral("dest:all:b:31906")), QStringLiteral("1"));
        QCOMPARE(value(tables, QStringLiteral("dest:all:b:31909")), QStringLiteral("1"));
    }

    void callerIdsNamesAndCallsPerSecond()
    {
        Trunk t = trunk();
        t.numbers.append({QStringLiteral("31502053033"), true, false}); // inbound only: not a caller ID
        t.name = QStringLiteral("Kantoor \"oost\"");
        t.limits.callsPerSecond = 3;
        PhoneAccount phone;
        phone.id = 5;
        phone.number = QStringLiteral("31501234567");
        phone.account = {9, QStringLiteral("31501234567"), AccountRole::Phone, QStringLiteral("abc")};
        const auto tables = cluster::buildClusterTables({t}, {phone}, QStringLiteral("centrale"), {}, nullptr);
        QCOMPARE(value(tables, QStringLiteral("cid:trunk:3:31502053031")), QStringLiteral("1"));
        QCOMPARE(value(tables, QStringLiteral("cid:trunk:3:31502053032")), QStringLiteral("1"));
        QCOMPARE(value(tables, QStringLiteral("cid:trunk:3:31502053033")), QStringLiteral("<absent>"));
        QCOMPARE(value(tables, QStringLiteral("cid:phone:5:31501234567")), QStringLiteral("1"));
        // Names go into Warning headers: no double quote may end one early.
        QCOMPARE(value(tables, QStringLiteral("name:trunk:3")), QStringLiteral("Kantoor 'oost'"));
        QCOMPARE(value(tables, QStringLiteral("name:phone:5")), QStringLiteral("31501234567"));
        QCOMPARE(value(tables, QStringLiteral("cps:trunk:3")), QStringLiteral("3"));
        QCOMPARE(value(tables, QStringLiteral("cps:phone:5")), QStringLiteral("<absent>")); // 0: no cap
    }

    void dialplanNormalisesToE164Digits()
    {
        const auto tables = cluster::buildClusterTables({}, {}, QStringLiteral("centrale"), {}, nullptr);
        QCOMPARE(tables.dialplan.size(), 4);
        // Applied as Kamailio does (first matching rule by priority).
        auto translate = [&](const QString &in) {
            for (const auto &r : tables.dialplan) {
                QRegularExpression re(r.matchExp);
                if (auto m = re.match(in); m.hasMatch()) {
                    QString out = r.replExp;
                    return out.replace(QLatin1String("\\1"), m.captured(1));
                }
            }
            return QStringLiteral("<none>");
        };
        QCOMPARE(translate(QStringLiteral("0501234567")), QStringLiteral("31501234567"));
        QCOMPARE(translate(QStringLiteral("0031501234567")), QStringLiteral("31501234567"));
        QCOMPARE(translate(QStringLiteral("+3221234567")), QStringLiteral("3221234567"));
        QCOMPARE(translate(QStringLiteral("0906123456")), QStringLiteral("31906123456"));
        QCOMPARE(translate(QStringLiteral("abc")), QStringLiteral("<none>"));
    }

    void settingsRefuseAPasswordInTheUrl()
    {
        QVERIFY(SettingsCatalog::validate(QStringLiteral("engine.mode"), QStringLiteral("cluster")));
        QVERIFY(!SettingsCatalog::validate(QStringLiteral("engine.mode"), QStringLiteral("kamailio")));
        QVERIFY(SettingsCatalog::validate(QStringLiteral("cluster.db"), QStringLiteral("postgresql://kamailio@10.0.0.5:5432/kamailio")));
        const auto withPw = SettingsCatalog::validate(QStringLiteral("cluster.db"), QStringLiteral("postgresql://kamailio:secret@10.0.0.5/kamailio"));
        QVERIFY(!withPw);
        QVERIFY(withPw.message().contains(QLatin1String("password")));
        QVERIFY(!withPw.message().contains(QLatin1String("secret")));
        QVERIFY(!SettingsCatalog::validate(QStringLiteral("cluster.db"), QStringLiteral("mysql://x@h/db")));
        QVERIFY(SettingsCatalog::validate(QStringLiteral("cluster.nodes"), QStringLiteral("http://10.0.0.2:5071/RPC, http://10.0.0.3:5071/RPC")));
        QVERIFY(!SettingsCatalog::validate(QStringLiteral("cluster.nodes"), QStringLiteral("10.0.0.2:5071")));

        auto c = cluster::parseDbUrl(QStringLiteral("postgresql://kam@db.example:6543/prov"));
        QVERIFY(c);
        QCOMPARE(c->host, QStringLiteral("db.example"));
        QCOMPARE(c->port, 6543);
        QCOMPARE(c->user, QStringLiteral("kam"));
        QCOMPARE(c->database, QStringLiteral("prov"));
        QCOMPARE(cluster::parseNodes(QStringLiteral(" http://a/RPC ,,http://b/RPC")), (QStringList{QStringLiteral("http://a/RPC"), QStringLiteral("http://b/RPC")}));
    }
};

QTEST_GUILESS_MAIN(TstClusterTables)
#include "tst_clustertables.moc"
