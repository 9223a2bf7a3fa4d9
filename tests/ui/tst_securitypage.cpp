// The Security page: a trunk's destination whitelist changed to a preset and saved (in
// the background), a phone account's blocked prefix, a refused whitelist, and the
// usage bars fed by a usage source.
#include "domain/DestinationPresets.h"
#include "secrets/FileSecretStore.h"
#include "security/CountryRulesModel.h"
#include "security/DestinationEditor.h"
#include "security/PrefixListEditor.h"
#include "security/SecurityPage.h"
#include "security/UsageBar.h"
#include "service/AccountService.h"
#include "store/NumberRepository.h"
#include "store/PhoneAccountRepository.h"
#include "store/TrunkRepository.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

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

private:
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
    page.setUsageSource([&](const QString &account) {
        asked = account;
        return LimitUsage{850, 2400, 0};
    });
    QCOMPARE(asked, Trunk::defaultPrimaryUsername(QStringLiteral("31502053031")));
    QCOMPARE(page.usageBar(0)->percent(), 85); // € 8.50 of € 10
    QCOMPARE(page.usageBar(1)->percent(), 96); // € 24 of € 25
    QCOMPARE(page.usageBar(2)->percent(), 0);
    page.amountSpin(0)->setValue(17.00);      // a raised limit lowers the share at once
    QCOMPARE(page.usageBar(0)->percent(), 50);
    QVERIFY(page.usageBar(0)->toolTip().contains(QLatin1String("80 %")));
    QVERIFY(page.usageBar(0)->toolTip().contains(QLatin1String("95 %")));
}

QTEST_MAIN(TestSecurityPage)
#include "tst_securitypage.moc"
