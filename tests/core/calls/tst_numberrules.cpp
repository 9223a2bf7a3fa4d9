// NumberRules on their own: what a PBX may dial, which caller ID it may present and how
// a DID is written towards it; the status codes and reasons are what the call log shows.
#include "calls/NumberRules.h"

#include <QTest>

using namespace centrale;
using namespace centrale::calls;

namespace {

QString s(const char *latin1) { return QString::fromLatin1(latin1); }

CallPolicy trunk()
{
    CallPolicy p;
    p.key = s("trunk:1");
    p.name = s("PBX kantoor");
    p.isTrunk = true;
    p.callerIds = {s("31502053031"), s("31502053032")};
    p.defaultCallerId = s("31502053031");
    return p;
}

CallPolicy phone()
{
    CallPolicy p;
    p.key = s("phone:5");
    p.name = s("31502053033");
    p.callerIds = {s("31502053033")};
    p.defaultCallerId = s("31502053033");
    return p;
}

} // namespace

class TestNumberRules : public QObject {
    Q_OBJECT
private slots:
    void everyDialledFormBecomesE164_data();
    void everyDialledFormBecomesE164();
    void tooShortIsAddressIncomplete_data();
    void tooShortIsAddressIncomplete();
    void notANumberIsNotFound_data();
    void notANumberIsNotFound();
    void callerIdFromPaiOrFrom();
    void callerIdNotAllowedIsForbidden();
    void didsAreWrittenInTheTrunksFormat();
};

void TestNumberRules::everyDialledFormBecomesE164_data()
{
    QTest::addColumn<QString>("dialled");
    QTest::addColumn<QString>("digits");
    QTest::addColumn<QString>("region");
    QTest::newRow("national 0") << s("0501234567") << s("31501234567") << s("NL");
    QTest::newRow("national mobile") << s("0612345678") << s("31612345678") << s("NL");
    QTest::newRow("00 international") << s("0031501234567") << s("31501234567") << s("NL");
    QTest::newRow("31 without +") << s("31501234567") << s("31501234567") << s("NL");
    QTest::newRow("+31") << s("+31501234567") << s("31501234567") << s("NL");
    QTest::newRow("+31 with spaces") << s("+31 50 123 4567") << s("31501234567") << s("NL");
    QTest::newRow("00 abroad") << s("004930123456") << s("4930123456") << s("DE");
    QTest::newRow("+ abroad") << s("+4930123456") << s("4930123456") << s("DE");
}

void TestNumberRules::everyDialledFormBecomesE164()
{
    QFETCH(QString, dialled);
    QFETCH(QString, digits);
    QFETCH(QString, region);
    Refusal refusal;
    auto n = normaliseDialled(dialled, &refusal);
    QVERIFY2(n, qPrintable(n.message()));
    QCOMPARE(n->digits(), digits);
    QCOMPARE(n->region(), region);
    QCOMPARE(refusal.status, 0); // untouched when the number is fine
}

void TestNumberRules::tooShortIsAddressIncomplete_data()
{
    QTest::addColumn<QString>("dialled");
    QTest::newRow("empty") << QString();
    QTest::newRow("five digits") << s("12345");
    QTest::newRow("+31 5") << s("+31 5");
    QTest::newRow("a name") << s("reception");
    QTest::newRow("service code") << s("*31#");
}

void TestNumberRules::tooShortIsAddressIncomplete()
{
    QFETCH(QString, dialled);
    Refusal refusal;
    auto n = normaliseDialled(dialled, &refusal);
    QVERIFY(!n);
    QCOMPARE(refusal.status, 484);
    QCOMPARE(refusal.phrase, QByteArray("Address Incomplete"));
    QCOMPARE(refusal.reason, s("\"%1\" is too short to be a phone number").arg(dialled));
    QCOMPARE(n.message(), refusal.reason);
}

void TestNumberRules::notANumberIsNotFound_data()
{
    QTest::addColumn<QString>("dialled");
    QTest::newRow("wrong length") << s("050123456789");
    QTest::newRow("unknown range") << s("+31001234567");
    QTest::newRow("letters among digits") << s("0501234567abc");
    QTest::newRow("plus inside") << s("0501+234567");
}

void TestNumberRules::notANumberIsNotFound()
{
    QFETCH(QString, dialled);
    Refusal refusal;
    auto n = normaliseDialled(dialled, &refusal);
    QVERIFY(!n);
    QCOMPARE(refusal.status, 404);
    QCOMPARE(refusal.phrase, QByteArray("Not Found"));
    QCOMPARE(refusal.reason, s("\"%1\" is not a valid phone number").arg(dialled));

    // The reason quotes at most 40 characters of what was dialled.
    const QString longJunk = s("0501234567") + QString(50, QLatin1Char('x'));
    QVERIFY(!normaliseDialled(longJunk, &refusal));
    QCOMPARE(refusal.reason, s("\"%1\" is not a valid phone number").arg(longJunk.left(40)));
}

void TestNumberRules::callerIdFromPaiOrFrom()
{
    Refusal refusal;
    // P-Asserted-Identity wins over From, whatever From says.
    QCOMPARE(checkCallerId(trunk(), s("+31502053032"), s("anonymous"), &refusal), s("31502053032"));
    // No PAI: the From user, in any dialled form.
    QCOMPARE(checkCallerId(trunk(), QString(), s("0502053031"), &refusal), s("31502053031"));
    QCOMPARE(checkCallerId(trunk(), QString(), s("0031502053032"), &refusal), s("31502053032"));
    QCOMPARE(checkCallerId(phone(), QString(), s("31502053033"), &refusal), s("31502053033"));
    QCOMPARE(refusal.status, 0);
}

void TestNumberRules::callerIdNotAllowedIsForbidden()
{
    Refusal refusal;
    // A PAI that is not allowed is not rescued by an allowed From.
    QVERIFY(checkCallerId(trunk(), s("+31509999999"), s("31502053031"), &refusal).isEmpty());
    QCOMPARE(refusal.status, 403);
    QCOMPARE(refusal.phrase, QByteArray("Forbidden"));
    QCOMPARE(refusal.reason, s("caller ID \"+31509999999\" is not one of trunk PBX kantoor's caller-ID numbers"));

    refusal = {};
    QVERIFY(checkCallerId(trunk(), QString(), s("anonymous"), &refusal).isEmpty());
    QCOMPARE(refusal.status, 403);
    QCOMPARE(refusal.reason, s("caller ID \"anonymous\" is not one of trunk PBX kantoor's caller-ID numbers"));

    // A phone account may present only its own number: the trunk's is not it.
    refusal = {};
    QVERIFY(checkCallerId(phone(), QString(), s("31502053031"), &refusal).isEmpty());
    QCOMPARE(refusal.status, 403);
    QCOMPARE(refusal.reason, s("caller ID \"31502053031\" is not the phone account's own number"));

    // Nothing presented at all.
    refusal = {};
    QVERIFY(checkCallerId(phone(), QString(), QString(), &refusal).isEmpty());
    QCOMPARE(refusal.status, 403);
}

void TestNumberRules::didsAreWrittenInTheTrunksFormat()
{
    QCOMPARE(formatForPbx(s("31502053031"), NumberFormat::Plus), s("+31502053031"));
    QCOMPARE(formatForPbx(s("31502053031"), NumberFormat::NoPlus), s("31502053031"));
    // The formats a trunk can be set to; "00" is not one of them.
    QVERIFY(numberFormatFromKey(s("plus")) == NumberFormat::Plus);
    QVERIFY(numberFormatFromKey(s("noplus")) == NumberFormat::NoPlus);
    QVERIFY(!numberFormatFromKey(s("00")));
    QCOMPARE(numberFormatKey(NumberFormat::NoPlus), s("noplus"));
}

QTEST_GUILESS_MAIN(TestNumberRules)
#include "tst_numberrules.moc"
