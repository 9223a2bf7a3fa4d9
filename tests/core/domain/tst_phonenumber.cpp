#include "domain/PhoneNumber.h"

#include <QTest>

using namespace centrale;

class TestPhoneNumber : public QObject {
    Q_OBJECT
private slots:
    void acceptsTheSeedsForms_data()
    {
        QTest::addColumn<QString>("input");
        QTest::newRow("e164") << QStringLiteral("+31501234567");
        QTest::newRow("00") << QStringLiteral("0031501234567");
        QTest::newRow("no plus") << QStringLiteral("31501234567");
        QTest::newRow("national with spaces") << QStringLiteral("050 123 4567");
        QTest::newRow("national dashes") << QStringLiteral("050-1234567");
    }
    void acceptsTheSeedsForms()
    {
        QFETCH(QString, input);
        auto n = PhoneNumber::parse(input);
        QVERIFY2(n.ok(), qPrintable(n.message()));
        QCOMPARE(n->e164(), QStringLiteral("+31501234567"));
        QCOMPARE(n->digits(), QStringLiteral("31501234567"));
        QCOMPARE(n->region(), QStringLiteral("NL"));
        QCOMPARE(n->type(), NumberType::Fixed);
    }

    void classifiesTypes()
    {
        QCOMPARE(PhoneNumber::parse(QStringLiteral("0612345678"))->type(), NumberType::Mobile);
        QCOMPARE(PhoneNumber::parse(QStringLiteral("08001234"))->type(), NumberType::TollFree);
        QCOMPARE(PhoneNumber::parse(QStringLiteral("0906 1234567"))->type(), NumberType::PremiumRate);
        QCOMPARE(PhoneNumber::parse(QStringLiteral("+32 2 555 12 12"))->region(), QStringLiteral("BE"));
    }

    void refusesWithAReason_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("reason");
        QTest::newRow("empty") << QString() << QStringLiteral("empty");
        QTest::newRow("letters") << QStringLiteral("0501234abc") << QStringLiteral("only digits");
        QTest::newRow("too short") << QStringLiteral("+315012") << QStringLiteral("not a valid number");
        QTest::newRow("too long") << QStringLiteral("+3150123456789") << QStringLiteral("not a valid number");
        QTest::newRow("plus inside") << QStringLiteral("31+501234567") << QStringLiteral("+ may only");
        QTest::newRow("sql") << QStringLiteral("1'; DROP TABLE numbers;--") << QStringLiteral("only digits");
        QTest::newRow("arabic digits") << QString::fromUtf8("٠٥٠١٢٣٤٥٦٧") << QStringLiteral("only digits");
        QTest::newRow("huge") << QString(500, QLatin1Char('1')) << QStringLiteral("too long");
    }
    void refusesWithAReason()
    {
        QFETCH(QString, input);
        QFETCH(QString, reason);
        auto n = PhoneNumber::parse(input);
        QVERIFY(!n.ok());
        QVERIFY2(n.message().contains(reason), qPrintable(n.message()));
    }
};

QTEST_GUILESS_MAIN(TestPhoneNumber)
#include "tst_phonenumber.moc"
