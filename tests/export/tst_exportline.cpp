// ExportLine: how a trunk or phone account is seen by every generator.
#include "ExportFixture.h"
#include "export/ExportLine.h"

#include <QTest>

using namespace centrale;

class TestExportLine : public QObject {
    Q_OBJECT
private slots:
    void slugs()
    {
        QCOMPARE(exportSlug(QStringLiteral("PBX kantoor")), QStringLiteral("pbx-kantoor"));
        QCOMPARE(exportSlug(QStringLiteral("  Café & Co.  ")), QStringLiteral("caf-co"));
        QCOMPARE(exportSlug(QStringLiteral("!!!")), QStringLiteral("centrale"));
    }

    void hostPort()
    {
        QCOMPARE(splitHostPort(QStringLiteral("127.0.0.1:5062")), (std::pair{QStringLiteral("127.0.0.1"), 5062}));
        QCOMPARE(splitHostPort(QStringLiteral("sip.example.nl")), (std::pair{QStringLiteral("sip.example.nl"), 5060}));
        QCOMPARE(splitHostPort(QStringLiteral("[2001:db8::1]:5070")), (std::pair{QStringLiteral("[2001:db8::1]"), 5070}));
        QCOMPARE(splitHostPort(QStringLiteral("2001:db8::1")), (std::pair{QStringLiteral("2001:db8::1"), 5060}));
    }

    void trunkLine()
    {
        auto l = exportLine(testing::exampleInput(false));
        QVERIFY(l.ok());
        QCOMPARE(l->accounts.size(), 2);
        QCOMPARE(l->accounts.at(0).section, QStringLiteral("pbx-kantoor-primary"));
        QCOMPARE(l->accounts.at(1).port, 5062);
        QCOMPARE(l->accounts.at(1).password, QStringLiteral("<PASSWORD-OF-31502053031-2>"));
        QCOMPARE(l->inboundNumbers().size(), 2);
        QCOMPARE(l->callerIdNumbers().size(), 1);
        QCOMPARE(l->defaultCallerId(), QStringLiteral("31502053031"));
        QCOMPARE(l->countryCode, 31);
        QVERIFY(!l->secretsIncluded);
        QVERIFY(exportLine(testing::exampleInput(false, true))->secretsIncluded);
    }

    void phoneLine()
    {
        auto l = exportLine(testing::exampleInput(true));
        QVERIFY(l.ok());
        QCOMPARE(l->accounts.size(), 1);
        QCOMPARE(l->accounts.first().username, QStringLiteral("31502053033"));
        QCOMPARE(l->accounts.first().server, QStringLiteral("127.0.0.1:5060"));
        QCOMPARE(l->name, QStringLiteral("+31502053033"));
    }

    void refusesIncompleteInput()
    {
        ExportInput in = testing::exampleInput(false);
        in.phone = testing::examplePhone();
        QVERIFY(!exportLine(in).ok());
        in = testing::exampleInput(false);
        in.secondaryServer.clear();
        auto r = exportLine(in);
        QVERIFY(!r.ok());
        QVERIFY(r.message().contains(QLatin1String("sip.secondary")));
    }
};

QTEST_GUILESS_MAIN(TestExportLine)
#include "tst_exportline.moc"
