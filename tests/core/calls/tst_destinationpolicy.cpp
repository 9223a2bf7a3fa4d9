// checkDestination on its own: the order of the rules (allowed prefix, blocked prefix,
// fraud-prone defaults, premium rate, country and type) and the reason each one gives.
#include "calls/DestinationPolicy.h"
#include "domain/DestinationPresets.h"

#include <QTest>

using namespace centrale;
using namespace centrale::calls;

namespace {

QString s(const char *latin1) { return QString::fromLatin1(latin1); }

PhoneNumber number(const char *e164)
{
    auto n = PhoneNumber::parse(s(e164));
    if (!n)
        qFatal("test number %s does not parse: %s", e164, qPrintable(n.message()));
    return n.value();
}

// The Netherlands, fixed and mobile only; nothing else.
DestinationWhitelist dutch()
{
    DestinationWhitelist w;
    w.countries << DestinationRule{s("NL"), {NumberType::Fixed, NumberType::Mobile}};
    return w;
}

} // namespace

class TestDestinationPolicy : public QObject {
    Q_OBJECT
private slots:
    void countryAndTypeDecide();
    void typeNotAllowed();
    void countryNotInList();
    void fraudProneRangesAreBlockedByDefault_data();
    void fraudProneRangesAreBlockedByDefault();
    void premiumRateIsRefused();
    void blockedPrefixRefuses();
    void allowedPrefixWins();
    void fixedOrMobileNeedsEither();
    void defaultPreset();
    void dutchPresetStaysHome();
};

void TestDestinationPolicy::countryAndTypeDecide()
{
    const auto fixed = checkDestination(dutch(), number("+31501234567"));
    QVERIFY(fixed.allowed);
    QVERIFY(fixed.reason.isEmpty());
    QVERIFY(checkDestination(dutch(), number("+31612345678")).allowed);
}

void TestDestinationPolicy::typeNotAllowed()
{
    // 085 is a Dutch VoIP range: the country is listed, the type is not.
    const auto v = checkDestination(dutch(), number("+31851234567"));
    QVERIFY(!v.allowed);
    QCOMPARE(v.reason, s("voip numbers in NL are not in the destination whitelist"));
}

void TestDestinationPolicy::countryNotInList()
{
    const auto v = checkDestination(dutch(), number("+4930123456"));
    QVERIFY(!v.allowed);
    QCOMPARE(v.reason, s("country DE is not in the destination whitelist"));
    // An empty whitelist allows nothing.
    QCOMPARE(checkDestination(DestinationWhitelist{}, number("+31501234567")).reason, s("country NL is not in the destination whitelist"));
}

void TestDestinationPolicy::fraudProneRangesAreBlockedByDefault_data()
{
    QTest::addColumn<QString>("dialled");
    QTest::addColumn<QString>("range");
    QTest::newRow("0906") << s("09061234567") << s("31906");
    QTest::newRow("+31906") << s("+319061234567") << s("31906");
    QTest::newRow("0909") << s("09091234567") << s("31909");
    QTest::newRow("+31909") << s("+319091234567") << s("31909");
    QTest::newRow("0900") << s("09001234567") << s("31900");
}

void TestDestinationPolicy::fraudProneRangesAreBlockedByDefault()
{
    QFETCH(QString, dialled);
    QFETCH(QString, range);
    auto n = PhoneNumber::parse(dialled);
    QVERIFY2(n, qPrintable(n.message()));
    // Even a whitelist that allows every Dutch number type refuses them.
    DestinationWhitelist w = dutch();
    w.countries.first().types << NumberType::PremiumRate << NumberType::SharedCost;
    const auto v = checkDestination(w, n.value());
    QVERIFY(!v.allowed);
    QCOMPARE(v.reason, s("+%1 is a fraud-prone range (premium rate or satellite) and is blocked").arg(range));
    QVERIFY(!checkDestination(defaultDestinationWhitelist(), n.value()).allowed);
}

void TestDestinationPolicy::premiumRateIsRefused()
{
    // A British premium-rate number: not a fraud-prone prefix, refused for its type,
    // even where the country rule lists premium rate.
    DestinationWhitelist w;
    w.countries << DestinationRule{s("GB"), {NumberType::Fixed, NumberType::Mobile, NumberType::PremiumRate}};
    const PhoneNumber premium = number("+449187654321");
    QCOMPARE(premium.type(), NumberType::PremiumRate);
    const auto v = checkDestination(w, premium);
    QVERIFY(!v.allowed);
    QCOMPARE(v.reason, s("premium-rate numbers are blocked"));
    QCOMPARE(checkDestination(defaultDestinationWhitelist(), premium).reason, s("premium-rate numbers are blocked"));
}

void TestDestinationPolicy::blockedPrefixRefuses()
{
    DestinationWhitelist w = dutch();
    w.blockedPrefixes << s("3150") << s("315012");
    const auto v = checkDestination(w, number("+31501234567"));
    QVERIFY(!v.allowed);
    QCOMPARE(v.reason, s("destination +315012 is blocked")); // the longest match is named
    QVERIFY(checkDestination(w, number("+31201234567")).allowed);
}

void TestDestinationPolicy::allowedPrefixWins()
{
    // Over the fraud-prone default: one known 0906 line is allowed, the rest of 0906 is not.
    DestinationWhitelist w = dutch();
    w.allowedPrefixes << s("319061234");
    const auto allowed = checkDestination(w, number("+319061234567"));
    QVERIFY(allowed.allowed);
    QCOMPARE(allowed.reason, s("+319061234 is explicitly allowed"));
    QVERIFY(!checkDestination(w, number("+319069999999")).allowed);

    // Over a blocked prefix, even a longer one.
    w.blockedPrefixes << s("3150123");
    w.allowedPrefixes << s("3150");
    QVERIFY(checkDestination(w, number("+31501234567")).allowed);

    // Over the country list and premium rate.
    DestinationWhitelist none;
    none.allowedPrefixes << s("449187");
    QVERIFY(checkDestination(none, number("+449187654321")).allowed);
    QVERIFY(!checkDestination(none, number("+442071234567")).allowed);
}

void TestDestinationPolicy::fixedOrMobileNeedsEither()
{
    // libphonenumber calls US numbers fixed_or_mobile: a rule with either type lets them through.
    const PhoneNumber us = number("+12015550123");
    QCOMPARE(us.type(), NumberType::FixedOrMobile);
    DestinationWhitelist w;
    w.countries << DestinationRule{s("US"), {NumberType::Mobile}};
    QVERIFY(checkDestination(w, us).allowed);
    w.countries.first().types = {NumberType::TollFree};
    const auto v = checkDestination(w, us);
    QVERIFY(!v.allowed);
    QCOMPARE(v.reason, s("fixed_or_mobile numbers in US are not in the destination whitelist"));
}

void TestDestinationPolicy::defaultPreset()
{
    const DestinationWhitelist w = defaultDestinationWhitelist();
    QCOMPARE(w.preset, QString(kDefaultDestinationPreset));
    QVERIFY(checkDestination(w, number("+31612345678")).allowed);  // NL mobile
    QVERIFY(checkDestination(w, number("+31501234567")).allowed);  // NL fixed
    QVERIFY(checkDestination(w, number("+4930123456")).allowed);   // DE fixed
    QVERIFY(checkDestination(w, number("+12015550123")).allowed);  // US
    QCOMPARE(checkDestination(w, number("+80012345678")).reason, s("+800 is explicitly allowed")); // international freephone
    QVERIFY(!checkDestination(w, number("+31851234567")).allowed); // NL VoIP is not a default type
    QCOMPARE(checkDestination(w, number("+93701234567")).reason, s("country AF is not in the destination whitelist"));
    QCOMPARE(checkDestination(w, number("+881612345678")).reason, s("+881 is a fraud-prone range (premium rate or satellite) and is blocked"));
}

void TestDestinationPolicy::dutchPresetStaysHome()
{
    auto w = destinationPreset(s("nl-fixed-mobile"));
    QVERIFY2(w, qPrintable(w.message()));
    QVERIFY(checkDestination(w.value(), number("+31612345678")).allowed);
    QVERIFY(checkDestination(w.value(), number("+31501234567")).allowed);
    QCOMPARE(checkDestination(w.value(), number("+4930123456")).reason, s("country DE is not in the destination whitelist"));
}

QTEST_GUILESS_MAIN(TestDestinationPolicy)
#include "tst_destinationpolicy.moc"
