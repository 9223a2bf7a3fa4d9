// Pricing: longest prefix, per-second billing and the CSV an administrator imports.
#include "domain/Money.h"
#include "domain/RateTable.h"

#include <QFile>
#include <QTest>

using namespace centrale;

class TestRateTable : public QObject {
    Q_OBJECT
private slots:
    void longestPrefixWins()
    {
        const RateTable t({{QStringLiteral("31"), QStringLiteral("NL fixed"), 12000, 0},
                           {QStringLiteral("316"), QStringLiteral("NL mobile"), 35000, 0},
                           {QStringLiteral("31900"), QStringLiteral("NL premium"), 800000, 100000},
                           {QStringLiteral("1"), QStringLiteral("US/CA"), 10000, 0}});
        QCOMPARE(t.size(), 4);
        QVERIFY(!t.isEmpty());
        QCOMPARE(t.find(QStringLiteral("31612345678"))->description, QStringLiteral("NL mobile"));
        QCOMPARE(t.find(QStringLiteral("31502053031"))->description, QStringLiteral("NL fixed"));
        QCOMPARE(t.find(QStringLiteral("319001234"))->description, QStringLiteral("NL premium"));
        QCOMPARE(t.find(QStringLiteral("12125551234"))->description, QStringLiteral("US/CA"));
        QCOMPARE(t.find(QStringLiteral("3")), nullptr);
        QCOMPARE(t.find(QStringLiteral("4930123456")), nullptr);
        QCOMPARE(t.find(QString()), nullptr);
        QVERIFY(RateTable().isEmpty());
        QCOMPARE(RateTable().find(QStringLiteral("31")), nullptr);
    }

    void costIsSetupPlusPerSecondRoundedUp_data()
    {
        QTest::addColumn<qint64>("perMinute");
        QTest::addColumn<qint64>("setup");
        QTest::addColumn<qint64>("durationMs");
        QTest::addColumn<qint64>("cost");
        QTest::newRow("one minute") << qint64(12000) << qint64(0) << qint64(60000) << qint64(12000);
        QTest::newRow("a started second counts") << qint64(12000) << qint64(0) << qint64(60001) << qint64(12200);
        QTest::newRow("1 s rounds the micro up") << qint64(35000) << qint64(0) << qint64(1) << qint64(584); // 35000/60 = 583.33
        QTest::newRow("setup fee") << qint64(800000) << qint64(100000) << qint64(30000) << qint64(500000);
        QTest::newRow("zero seconds: setup only") << qint64(800000) << qint64(100000) << qint64(0) << qint64(100000);
        QTest::newRow("free") << qint64(0) << qint64(0) << qint64(3600000) << qint64(0);
        QTest::newRow("one hour") << qint64(12500) << qint64(0) << qint64(3600000) << qint64(750000);
    }
    void costIsSetupPlusPerSecondRoundedUp()
    {
        QFETCH(qint64, perMinute);
        QFETCH(qint64, setup);
        QFETCH(qint64, durationMs);
        QFETCH(qint64, cost);
        QCOMPARE(RateTable::costMicros(Rate{QStringLiteral("31"), QString(), perMinute, setup}, durationMs), cost);
    }

    void parsesCsvWithQuotesCommentsAndPlus()
    {
        const QByteArray csv = "\xEF\xBB\xBF# exported from the carrier portal\r\n"
                               "prefix,description,price_per_minute,setup_fee\r\n"
                               "\r\n"
                               "+31,\"Netherlands, fixed\",0.0125,0\r\n"
                               "316,\"Mobile \"\"KPN\"\"\",0.035,\r\n"
                               "# premium\r\n"
                               "31900, \"Premium\" ,0.80,0.10\r\n"
                               "31800,Free,0.0,0";
        auto r = RateTable::parseCsv(csv);
        QVERIFY2(r.ok(), qPrintable(r.message()));
        QCOMPARE(r->size(), 4);
        QCOMPARE(r->at(0).prefix, QStringLiteral("31"));
        QCOMPARE(r->at(0).description, QStringLiteral("Netherlands, fixed"));
        QCOMPARE(r->at(0).perMinuteMicros, qint64(12500));
        QCOMPARE(r->at(1).description, QStringLiteral("Mobile \"KPN\""));
        QCOMPARE(r->at(1).perMinuteMicros, qint64(35000));
        QCOMPARE(r->at(1).setupMicros, qint64(0));
        QCOMPARE(r->at(2).description, QStringLiteral("Premium"));
        QCOMPARE(r->at(2).setupMicros, qint64(100000));
        QCOMPARE(r->at(3).perMinuteMicros, qint64(0));
    }

    void columnsMayComeInAnyOrder()
    {
        auto r = RateTable::parseCsv("description,prefix,setup_fee,price_per_minute\nGermany,49,0,0.013\n");
        QVERIFY2(r.ok(), qPrintable(r.message()));
        QCOMPARE(r->first().prefix, QStringLiteral("49"));
        QCOMPARE(r->first().perMinuteMicros, qint64(13000));
    }

    void errorsNameLineAndField_data()
    {
        QTest::addColumn<QByteArray>("csv");
        QTest::addColumn<QString>("message");
        const QByteArray head = "prefix,description,price_per_minute,setup_fee\n";
        QTest::newRow("empty") << QByteArray("# nothing\n\n") << QStringLiteral("the file is empty");
        QTest::newRow("unknown column") << QByteArray("prefix,desc,price_per_minute,setup_fee\n") << QStringLiteral("line 1: unknown column \"desc\"");
        QTest::newRow("missing column") << QByteArray("prefix,description,price_per_minute\n") << QStringLiteral("line 1: the header has no column setup_fee");
        QTest::newRow("not a number") << head + "31,NL,0.01,0\n# c\n\n32,BE,0.01,0\n33,FR,0.01,0\n316,NL mobile,abc,0\n"
                                      << QStringLiteral("line 7: price_per_minute \"abc\" is not a number");
        QTest::newRow("comma decimal") << head + "31,NL,\"0,01\",0\n" << QStringLiteral("line 2: price_per_minute \"0,01\" must use a dot");
        QTest::newRow("negative") << head + "31,NL,0.01,-1\n" << QStringLiteral("line 2: setup_fee \"-1\" is negative");
        QTest::newRow("too many decimals") << head + "31,NL,0.0000001,0\n" << QStringLiteral("line 2: price_per_minute \"0.0000001\" is not a number");
        QTest::newRow("empty price") << head + "31,NL,,0\n" << QStringLiteral("line 2: price_per_minute is empty");
        QTest::newRow("letters in prefix") << head + "31a,NL,0.01,0\n" << QStringLiteral("line 2: prefix \"31a\" must be 1 to 15 digits");
        QTest::newRow("empty prefix") << head + ",NL,0.01,0\n" << QStringLiteral("line 2: prefix \"\" must be");
        QTest::newRow("duplicate") << head + "31,NL,0.01,0\n+31,NL again,0.02,0\n" << QStringLiteral("line 3: prefix 31 is already on line 2");
        QTest::newRow("field count") << head + "31,NL,0.01\n" << QStringLiteral("line 2: 3 fields, the header has 4");
        QTest::newRow("open quote") << head + "31,\"NL,0.01,0\n" << QStringLiteral("line 2: a quoted field is not closed");
        QTest::newRow("line after multi-line field") << head + "31,\"Nether\nlands\",0.01,0\n32,BE,x,0\n" << QStringLiteral("line 4: price_per_minute \"x\"");
    }
    void errorsNameLineAndField()
    {
        QFETCH(QByteArray, csv);
        QFETCH(QString, message);
        auto r = RateTable::parseCsv(csv);
        QVERIFY(!r.ok());
        QVERIFY2(r.message().contains(message), qPrintable(r.message()));
    }

    void theSampleTableParses()
    {
        QFile f(QStringLiteral(CENTRALE_SAMPLE_RATES));
        QVERIFY(f.open(QIODevice::ReadOnly));
        auto r = RateTable::parseCsv(f.readAll());
        QVERIFY2(r.ok(), qPrintable(r.message()));
        QVERIFY(r->size() >= 35);
        const RateTable t(r.value());
        QCOMPARE(t.find(QStringLiteral("31612345678"))->prefix, QStringLiteral("316"));
        QCOMPARE(t.find(QStringLiteral("318001234"))->perMinuteMicros, qint64(0));
        QVERIFY(t.find(QStringLiteral("319061234"))->perMinuteMicros > t.find(QStringLiteral("31612345678"))->perMinuteMicros);
        QCOMPARE(t.find(QStringLiteral("4915123456789"))->prefix, QStringLiteral("4915"));
    }

    void moneyFormatsAndParsesExactly()
    {
        QCOMPARE(money::parseEuro(u"0.0125"), std::optional<qint64>(12500));
        QCOMPARE(money::parseEuro(u"12"), std::optional<qint64>(12000000));
        QCOMPARE(money::parseEuro(u".5"), std::optional<qint64>(500000));
        QVERIFY(!money::parseEuro(u"1."));
        QVERIFY(!money::parseEuro(u""));
        QVERIFY(!money::parseEuro(u"1e3"));
        QVERIFY(!money::parseEuro(u"1234567"));
        QCOMPARE(money::formatEuro(12345, 4), QStringLiteral("0.0123"));
        QCOMPARE(money::formatEuro(12350, 4), QStringLiteral("0.0124"));
        QCOMPARE(money::formatEuro(1234567890, 4), QStringLiteral("1234.5679"));
        QCOMPARE(money::formatEuro(0, 4), QStringLiteral("0.0000"));
        QCOMPARE(money::formatEuro(1500000, 2), QStringLiteral("1.50"));
        QCOMPARE(money::formatEuroExact(12500), QStringLiteral("0.0125"));
        QCOMPARE(money::formatEuroExact(800000), QStringLiteral("0.80"));
        QCOMPARE(money::formatEuroExact(0), QStringLiteral("0.00"));
    }
};

QTEST_GUILESS_MAIN(TestRateTable)
#include "tst_ratetable.moc"
