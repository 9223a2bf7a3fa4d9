// The Security page: a trunk's destination whitelist changed to a preset and saved (in
// the background), a phone account's blocked prefix, a refused whitelist, calls per
// second, the usage bars fed by a usage source and by the call log, and the fraud banner.
#include "domain/DestinationPresets.h"
#include "secrets/FileSecretStore.h"
#include "security/CountryRulesModel.h"
#include "security/DestinationEditor.h"
#include "security/FraudBanner.h"
#include "security/PrefixListEditor.h"
#include "security/SecurityPage.h"
#include "security/UsageBar.h"
#include "service/AccountService.h"
#include "store/CallLogRepository.h"
#include "store/FraudBlockRepository.h"
#include "store/NumberRepository.h"
#include "store/PhoneAccountRepository.h"
#include "store/TrunkRepository.h"

#include <QComboBox>
#include <QDateTime>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace centrale;
using namespace centrale::ui;

class TestSecurityPage : public QObject {
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void savesTrunkPresetInBackground();
    void savesPhoneBlockedPrefix();
    void refusesCountryWithoutTypes();
    void usageBarsShowWhatIsSpent();
    void savesCallsPerSecond();
    void usageBarsReadTheCallLog();
    void fraudBannerUnblocks();

private:
    CallRecord outboundCall(const QString &owner, qint64 startedMs, qint64 costMicros);
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<FileSecretStore> m_secrets;
};

void TestSecurityPage::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_db = Database::open(m_dir->filePath(QStringLiteral("c.sqlite"))).value();
    m_secrets = FileSecretStore::open(m_dir->filePath(QStringLiteral("secrets.json"))).value();
    QVERIFY(NumberRepository(*m_db).add({QStringLiteral("31502053031"), QStringLiteral("31502053033")}));
    Trunk t;
    t.name = QStringLiteral("Kantoor");
    t.destinations = defaultDestinationWhitelist();
    t.ipWhitelist << IpNetwork::parse(QStringLiteral("192.0.2.10")).value();
    t.numbers << TrunkNumber{QStringLiteral("31502053031"), true, true};
    t.primary.username = Trunk::defaultPrimaryUsername(QStringLiteral("31502053031"));
    t.secondary.username = Trunk::defaultSecondaryUsername(QStringLiteral("31502053031"));
    QVERIFY(AccountService(*m_db, *m_secrets).createTrunk(t, {}));
    PhoneAccount p;
    p.number = QStringLiteral("31502053033");
    p.account.username = p.number;
    p.destinations = defaultDestinationWhitelist();
    QVERIFY(AccountService(*m_db, *m_secrets).createPhone(p, {}));
}

void TestSecurityPage::cleanup()
{
    m_secrets.reset();
    m_db.reset();
    m_dir.reset();
}

void TestSecurityPage::savesTrunkPresetInBackground()
{
    SecurityPage page(AppContext{*m_db, *m_secrets, nullptr});
    page.show();
    QCOMPARE(page.accountBox()->count(), 2);
    QCOMPARE(page.accountBox()->currentText(), QStringLiteral("Trunk Kantoor"));
    auto *editor = page.destinationEditor();
    QVERIFY(editor->countries()->rowCount() >= 100); // the default preset it was created with
    editor->presetBox()->setCurrentIndex(editor->presetBox()->findData(QStringLiteral("nl-fixed-mobile")));
    editor->applyButton()->click();
    QSignalSpy saved(&page, &SecurityPage::saved);
    page.saveButton()->click();
    QVERIFY(page.isSaving());
    QVERIFY(!page.saveButton()->isEnabled());
    QCOMPARE(page.resultLabel()->text(), QStringLiteral("Saving..."));
    QVERIFY(saved.wait(10000));
    QCOMPARE(saved.first().first().toBool(), true);
    QCOMPARE(page.resultLabel()->text(), QStringLiteral("Saved."));
    QVERIFY(page.saveButton()->isEnabled());
    auto trunk = TrunkRepository(*m_db).find(QStringLiteral("Kantoor"));
    QVERIFY(trunk);
    QCOMPARE(trunk->destinations.preset, QStringLiteral("nl-fixed-mobile"));
    QCOMPARE(trunk->destinations.countries.size(), 1);
    QCOMPARE(trunk->destinations.countries.first().region, QStringLiteral("NL"));
    QVERIFY(!trunk->primary.ha1.isEmpty()); // the HA1 is kept
    QCOMPARE(page.destinationEditor()->countries()->rowCount(), 1); // shown as stored after the reload
}

void TestSecurityPage::savesPhoneBlockedPrefix()
{
    SecurityPage page(AppContext{*m_db, *m_secrets, nullptr});
    page.accountBox()->setCurrentIndex(1);
    QCOMPARE(page.accountBox()->currentText(), QStringLiteral("Phone account +31502053033"));
    auto *blocked = page.destinationEditor()->blockedEditor();
    blocked->input()->setText(QStringLiteral("+44 70"));
    blocked->addButton()->click();
    QSignalSpy saved(&page, &SecurityPage::saved);
    page.saveButton()->click();
    QVERIFY(saved.wait(10000));
    QVERIFY(saved.first().first().toBool());
    auto phone = PhoneAccountRepository(*m_db).find(QStringLiteral("31502053033"));
    QVERIFY(phone);
    QCOMPARE(phone->destinations.blockedPrefixes, QStringList{QStringLiteral("4470")});
    QCOMPARE(phone->destinations.countries.size(), defaultDestinationWhitelist().countries.size());
}

void TestSecurityPage::refusesCountryWithoutTypes()
{
    SecurityPage page(AppContext{*m_db, *m_secrets, nullptr});
    auto *editor = page.destinationEditor();
    QVERIFY(editor->applyPreset(QStringLiteral("nl-fixed-mobile")));
    auto *m = editor->countries();
    m->setData(m->index(0, CountryRulesModel::Fixed), Qt::Unchecked, Qt::CheckStateRole);
    m->setData(m->index(0, CountryRulesModel::Mobile), Qt::Unchecked, Qt::CheckStateRole);
    QSignalSpy saved(&page, &SecurityPage::saved);
    page.saveButton()->click();
    QCOMPARE(saved.size(), 1);
    QCOMPARE(saved.first().first().toBool(), false);
    QCOMPARE(page.resultLabel()->text(), QStringLiteral("Country NL has no number types allowed; remove it instead."));
    QVERIFY(TrunkRepository(*m_db).find(QStringLiteral("Kantoor"))->destinations.countries.size() >= 100); // nothing saved
}

void TestSecurityPage::usageBarsShowWhatIsSpent()
{
    SecurityPage page(AppContext{*m_db, *m_secrets, nullptr});
    // Nothing reports usage yet: the bars say nothing is spent, not a made-up figure.
    QCOMPARE(page.usageBar(0)->percent(), 0);
    QVERIFY(page.usageBar(0)->text().contains(QLatin1String("(0 %)")));
    QString asked;
    page.setUsageSource([&](const QString &owner) {
        asked = owner;
        return LimitUsage{850, 2400, 0};
    });
    QCOMPARE(asked, QStringLiteral("Kantoor")); // the call log's owner: the trunk's name
    QCOMPARE(page.usageBar(0)->percent(), 85); // € 8.50 of € 10
    QCOMPARE(page.usageBar(1)->percent(), 96); // € 24 of € 25
    QCOMPARE(page.usageBar(2)->percent(), 0);
    page.amountSpin(0)->setValue(17.00);      // a raised limit lowers the share at once
    QCOMPARE(page.usageBar(0)->percent(), 50);
    QVERIFY(page.usageBar(0)->toolTip().contains(QLatin1String("80 %")));
    QVERIFY(page.usageBar(0)->toolTip().contains(QLatin1String("95 %")));
}

void TestSecurityPage::savesCallsPerSecond()
{
    SecurityPage page(AppContext{*m_db, *m_secrets, nullptr});
    QCOMPARE(page.callsPerSecondSpin()->value(), 0);
    page.callsPerSecondSpin()->setValue(25);
    QSignalSpy saved(&page, &SecurityPage::saved);
    page.saveButton()->click();
    QVERIFY(saved.wait(10000));
    QVERIFY(saved.first().first().toBool());
    QCOMPARE(TrunkRepository(*m_db).find(QStringLiteral("Kantoor"))->limits.callsPerSecond, 25);
    QCOMPARE(page.callsPerSecondSpin()->value(), 25);
    page.accountBox()->setCurrentIndex(1); // per account: the phone has no cap
    QCOMPARE(page.callsPerSecondSpin()->value(), 0);
    page.accountBox()->setCurrentIndex(0);
    QCOMPARE(page.callsPerSecondSpin()->value(), 25);
}

CallRecord TestSecurityPage::outboundCall(const QString &owner, qint64 startedMs, qint64 costMicros)
{
    static int n = 0;
    CallRecord c;
    c.callId = QStringLiteral("call-%1").arg(++n);
    c.direction = QStringLiteral("outbound");
    c.account = Trunk::defaultPrimaryUsername(QStringLiteral("31502053031"));
    c.accountRole = QStringLiteral("primary");
    c.owner = owner;
    c.caller = QStringLiteral("31502053031");
    c.callee = QStringLiteral("31201234567");
    c.startedMs = startedMs;
    c.answeredMs = startedMs + 2000;
    c.endedMs = startedMs + 62000;
    c.sipStatus = 200;
    c.costMicros = costMicros;
    return c;
}

void TestSecurityPage::usageBarsReadTheCallLog()
{
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    const qint64 lastWeek = now - 8LL * 24 * 3600 * 1000;
    CallRecord refused = outboundCall(QStringLiteral("Kantoor"), now, 9000000);
    refused.sipStatus = 0; // never left the engine: not charged
    refused.costMicros = 0;
    QVERIFY(CallLogRepository(*m_db).insert({outboundCall(QStringLiteral("Kantoor"), now, 3000000),          // € 3 now
                                             outboundCall(QStringLiteral("Kantoor"), lastWeek, 40000000),    // € 40 last week
                                             outboundCall(QStringLiteral("31502053033"), now, 20000000), // the phone's
                                             refused}));
    SecurityPage page(AppContext{*m_db, *m_secrets, nullptr});
    QSignalSpy refreshed(&page, &SecurityPage::refreshed);
    QVERIFY(!page.refreshTimer()->isActive());
    page.show();
    QVERIFY(page.refreshTimer()->isActive());
    QCOMPARE(page.refreshTimer()->interval(), 5000);
    QVERIFY(refreshed.wait(10000));
    QCOMPARE(page.usageBar(0)->percent(), 30); // € 3 of € 10 this hour; last week's € 40 does not count
    QCOMPARE(page.usageBar(1)->percent(), 12); // € 3 of € 25
    QCOMPARE(page.usageBar(2)->percent(), 6);  // € 3 of € 50
    QVERIFY(page.usageBar(0)->text().contains(QLatin1String("(30 %)")));

    // The timer picks up new calls while the page is shown.
    QVERIFY(CallLogRepository(*m_db).insert({outboundCall(QStringLiteral("Kantoor"), QDateTime::currentMSecsSinceEpoch(), 2000000)}));
    refreshed.clear();
    QVERIFY(refreshed.wait(10000));
    QCOMPARE(page.usageBar(0)->percent(), 50);

    page.accountBox()->setCurrentIndex(1); // the phone's own calls
    QTRY_COMPARE_WITH_TIMEOUT(page.usageBar(1)->percent(), 80, 10000); // € 20 of € 25

    page.hide();
    QVERIFY(!page.refreshTimer()->isActive());
}

void TestSecurityPage::fraudBannerUnblocks()
{
    const auto trunk = TrunkRepository(*m_db).find(QStringLiteral("Kantoor"));
    QVERIFY(trunk);
    const qint64 blockedAt = QDateTime::currentMSecsSinceEpoch() - 60000;
    QVERIFY(FraudBlockRepository(*m_db).block(calls::FraudBlock{QStringLiteral("trunk:%1").arg(trunk->id), QStringLiteral("Kantoor"), QStringLiteral("burst"),
                                                                QStringLiteral("6 short calls in 2 minutes"), blockedAt, 0}));
    SecurityPage page(AppContext{*m_db, *m_secrets, nullptr});
    QSignalSpy refreshed(&page, &SecurityPage::refreshed);
    page.show();
    QVERIFY(refreshed.wait(10000));
    auto *banner = page.fraudBanner();
    QVERIFY(banner->isVisible());
    QVERIFY(banner->label()->text().startsWith(QLatin1String("Outbound calls blocked by the fraud detector since ")));
    QVERIFY(banner->label()->text().endsWith(QLatin1String(": 6 short calls in 2 minutes")));

    page.accountBox()->setCurrentIndex(1); // the phone account is not blocked
    QVERIFY(!banner->isVisible());
    refreshed.clear();
    page.accountBox()->setCurrentIndex(0);
    QVERIFY(refreshed.wait(10000));
    QVERIFY(banner->isVisible());

    QSignalSpy unblocked(&page, &SecurityPage::unblocked);
    QCOMPARE(banner->unblockButton()->text(), QStringLiteral("Unblock"));
    banner->unblockButton()->click();
    QVERIFY(unblocked.wait(10000));
    QVERIFY(unblocked.first().first().toBool());
    QVERIFY(!banner->isVisible());
    QCOMPARE(page.resultLabel()->text(), QStringLiteral("Unblocked; the engine allows calls again within a second."));
    auto active = FraudBlockRepository(*m_db).list(true);
    QVERIFY(active);
    QVERIFY(active->isEmpty());
    refreshed.clear();
    QVERIFY(refreshed.wait(10000)); // the next read agrees
    QVERIFY(!banner->isVisible());
}

QTEST_MAIN(TestSecurityPage)
#include "tst_securitypage.moc"
