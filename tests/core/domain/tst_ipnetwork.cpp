#include "domain/IpNetwork.h"

#include <QTest>

using namespace centrale;

class TestIpNetwork : public QObject {
    Q_OBJECT
private slots:
    void parsesForms()
    {
        QCOMPARE(IpNetwork::parse(QStringLiteral("192.0.2.10"))->toString(), QStringLiteral("192.0.2.10/32"));
        QCOMPARE(IpNetwork::parse(QStringLiteral("192.0.2.0/24"))->toString(), QStringLiteral("192.0.2.0/24"));
        QCOMPARE(IpNetwork::parse(QStringLiteral("192.0.2.0/255.255.255.0"))->toString(), QStringLiteral("192.0.2.0/24"));
        QCOMPARE(IpNetwork::parse(QStringLiteral("2001:db8::/32"))->toString(), QStringLiteral("2001:db8::/32"));
        QCOMPARE(IpNetwork::parse(QStringLiteral("94.222.44.155"))->maskDisplay(), QStringLiteral("/32 - 255.255.255.255"));
        QCOMPARE(IpNetwork::parse(QStringLiteral("10.1.0.0/16"))->maskDisplay(), QStringLiteral("/16 - 255.255.0.0"));
    }
    void refuses_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("reason");
        QTest::newRow("empty") << QString() << QStringLiteral("empty");
        QTest::newRow("garbage") << QStringLiteral("pbx.example") << QStringLiteral("not an IPv4 or IPv6");
        QTest::newRow("octet") << QStringLiteral("192.0.2.300") << QStringLiteral("not an IPv4 or IPv6");
        QTest::newRow("prefix") << QStringLiteral("192.0.2.0/33") << QStringLiteral("out of range");
        QTest::newRow("negative") << QStringLiteral("192.0.2.0/-1") << QStringLiteral("not a valid subnet mask");
        QTest::newRow("mask holes") << QStringLiteral("192.0.2.0/255.0.255.0") << QStringLiteral("not a valid subnet mask");
        QTest::newRow("host bits") << QStringLiteral("192.0.2.1/24") << QStringLiteral("did you mean 192.0.2.0/24");
        QTest::newRow("shell") << QStringLiteral("1.2.3.4;rm -rf /") << QStringLiteral("not an IPv4");
    }
    void refuses()
    {
        QFETCH(QString, input);
        QFETCH(QString, reason);
        auto r = IpNetwork::parse(input);
        QVERIFY(!r.ok());
        QVERIFY2(r.message().contains(reason), qPrintable(r.message()));
    }
    void whitelistMatching()
    {
        IpWhitelist list{IpNetwork::parse(QStringLiteral("127.0.0.0/30")).value(), IpNetwork::parse(QStringLiteral("2001:db8::/32")).value()};
        QVERIFY(whitelistAllows(list, QHostAddress(QStringLiteral("127.0.0.2"))));
        QVERIFY(!whitelistAllows(list, QHostAddress(QStringLiteral("127.0.0.5"))));
        QVERIFY(whitelistAllows(list, QHostAddress(QStringLiteral("::ffff:127.0.0.1"))));
        QVERIFY(whitelistAllows(list, QHostAddress(QStringLiteral("2001:db8::1"))));
        QVERIFY(whitelistAllows({}, QHostAddress(QStringLiteral("198.51.100.1")))); // empty = optional list not used
    }
};

QTEST_GUILESS_MAIN(TestIpNetwork)
#include "tst_ipnetwork.moc"
