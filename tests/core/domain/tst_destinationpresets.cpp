// The destination whitelist presets compiled into core: every one loads, the Dutch one
// allows Dutch fixed and mobile numbers only, and none lifts the fraud-prone blocks.
#include "domain/DestinationPresets.h"
#include "domain/PhoneNumber.h"

#include <QDir>
#include <QTest>
#include <phonenumbers/phonenumberutil.h>

using namespace centrale;

namespace {
// What the whitelist's country rules say about one number (prefixes aside).
bool countryAllows(const DestinationWhitelist &w, const QString &e164)
{
    const auto n = PhoneNumber::parse(e164);
    if (!n)
        return false;
    for (const auto &c : w.countries)
        if (c.region == n->region() && c.types.contains(n->type()))
            return true;
    return false;
}
} // namespace

class TestDestinationPresets : public QObject {
    Q_OBJECT
private slots:
    void everyPresetLoads();
    void everyFileIsAPreset();
    void dutchPresetAllowsDutchFixedAndMobileOnly();
    void defaultPresetFollowsTheSeed();
    void worldwideHoldsEveryRegion();
    void fraudProneRangesStayBlocked();
    void unknownPresetIsRefused();
};

void TestDestinationPresets::everyPresetLoads()
{
    const QStringList keys = destinationPresetKeys();
    QCOMPARE(keys.first(), QString(kDefaultDestinationPreset));
    for (const auto &key : keys) {
        auto w = destinationPreset(key);
        QVERIFY2(w, qPrintable(key + QLatin1String(": ") + w.message()));
        QVERIFY2(!w->countries.isEmpty(), qPrintable(key));
        QCOMPARE(w->preset, key);
        QVERIFY(w->validate());
        QVERIFY(destinationPresetTitle(key) != key);
    }
}

void TestDestinationPresets::everyFileIsAPreset()
{
    QStringList files = QDir(QStringLiteral(":/centrale/presets")).entryList();
    for (auto &f : files)
        f.chop(int(qstrlen(".json")));
    QStringList keys = destinationPresetKeys();
    files.sort();
    keys.sort();
    QCOMPARE(files, keys);
}

void TestDestinationPresets::dutchPresetAllowsDutchFixedAndMobileOnly()
{
    auto w = destinationPreset(QStringLiteral("nl-fixed-mobile"));
    QVERIFY(w);
    QCOMPARE(w->countries.size(), 1);
    QCOMPARE(w->countries.first().region, QStringLiteral("NL"));
    QVERIFY(w->allowedPrefixes.isEmpty());
    QVERIFY(countryAllows(*w, QStringLiteral("+31502053031")));  // Groningen, fixed
    QVERIFY(countryAllows(*w, QStringLiteral("+31612345678")));  // mobile
    QVERIFY(!countryAllows(*w, QStringLiteral("+31800123456"))); // freephone
    QVERIFY(!countryAllows(*w, QStringLiteral("+31906123456"))); // premium
    QVERIFY(!countryAllows(*w, QStringLiteral("+3222345678")));  // Brussels
    QVERIFY(!countryAllows(*w, QStringLiteral("+4930123456")));  // Berlin
}

void TestDestinationPresets::defaultPresetFollowsTheSeed()
{
    const DestinationWhitelist w = defaultDestinationWhitelist();
    QCOMPARE(w.preset, QString(kDefaultDestinationPreset));
    QVERIFY2(w.countries.size() >= 100 && w.countries.size() <= 120, qPrintable(QString::number(w.countries.size())));
    QVERIFY(countryAllows(w, QStringLiteral("+31502053031")));
    QVERIFY(countryAllows(w, QStringLiteral("+31800123456")));   // freephone is in the default
    QVERIFY(countryAllows(w, QStringLiteral("+12025550123")));   // US: fixed_or_mobile
    QVERIFY(countryAllows(w, QStringLiteral("+4915123456789")));  // German mobile
    QVERIFY(!countryAllows(w, QStringLiteral("+31906123456")));  // premium is not
    QVERIFY(w.allowedPrefixes.contains(QStringLiteral("800")));   // International Freephone
    QStringList regions;
    for (const auto &c : w.countries)
        regions << c.region;
    for (const char *r : {"NL", "BE", "DE", "GB", "US", "CN", "SR", "CW", "SX", "BQ"})
        QVERIFY2(regions.contains(QLatin1String(r)), r);
    QVERIFY(!regions.contains(QStringLiteral("SO"))); // Somalia: not in the seed's list
}

void TestDestinationPresets::worldwideHoldsEveryRegion()
{
    auto w = destinationPreset(QStringLiteral("worldwide"));
    QVERIFY(w);
    std::set<std::string> regions;
    i18n::phonenumbers::PhoneNumberUtil::GetInstance()->GetSupportedRegions(&regions);
    QCOMPARE(size_t(w->countries.size()), regions.size());
    QVERIFY(w->countries.size() > 200);
}

void TestDestinationPresets::fraudProneRangesStayBlocked()
{
    const QStringList fraud = DestinationWhitelist::fraudProneDefaults();
    QVERIFY(fraud.contains(QStringLiteral("31906")));
    QVERIFY(fraud.contains(QStringLiteral("31909")));
    for (const auto &key : destinationPresetKeys()) {
        auto w = destinationPreset(key);
        QVERIFY(w);
        // An allowed prefix overrides a block it covers (or reaches into): none may.
        for (const auto &allowed : w->allowedPrefixes)
            for (const auto &blocked : fraud)
                QVERIFY2(!blocked.startsWith(allowed) && !allowed.startsWith(blocked), qPrintable(key + QLatin1Char(' ') + allowed));
    }
}

void TestDestinationPresets::unknownPresetIsRefused()
{
    auto w = destinationPreset(QStringLiteral("mars"));
    QVERIFY(!w);
    QVERIFY(w.message().contains(QLatin1String("mars")));
}

QTEST_GUILESS_MAIN(TestDestinationPresets)
#include "tst_destinationpresets.moc"
