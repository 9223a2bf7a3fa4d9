// The Settings page's grouped forms: built from the catalog's descriptor table, valid
// values saved as one change, a bad value refused with a message naming the field and
// nothing saved.
#include "domain/SettingsForm.h"
#include "secrets/FileSecretStore.h"
#include "settings/SettingsPage.h"
#include "store/SettingsRepository.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLineEdit>
#include <QTabWidget>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace centrale;
using namespace centrale::ui;

class TestSettingsForm : public QObject {
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void everyKeyHasAGroupAndAField();
    void validValuesAreSaved();
    void invalidValueSavesNothing();
    void advancedTabKeepsTheRawKeys();

private:
    QLineEdit *line(const char *key) const { return qobject_cast<QLineEdit *>(m_page->editor(QLatin1String(key))); }
    QString stored(const char *key) const { return SettingsRepository(*m_db).get(QLatin1String(key)); }
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<SecretStore> m_secrets;
    std::unique_ptr<SettingsPage> m_page;
};

void TestSettingsForm::init()
{
    QCoreApplication::setOrganizationName(QStringLiteral("CentraleTest"));
    m_dir = std::make_unique<QTemporaryDir>();
    auto db = Database::open(m_dir->filePath(QStringLiteral("c.sqlite")));
    QVERIFY(db);
    m_db = std::move(db.value());
    auto secrets = FileSecretStore::open(m_dir->filePath(QStringLiteral("secrets.json")));
    QVERIFY(secrets);
    m_secrets = std::move(secrets.value());
    m_page = std::make_unique<SettingsPage>(AppContext{*m_db, *m_secrets, nullptr});
    m_page->resize(1000, 700);
    m_page->show();
}

void TestSettingsForm::cleanup()
{
    m_page.reset();
    m_secrets.reset();
    m_db.reset();
    m_dir.reset();
}

void TestSettingsForm::everyKeyHasAGroupAndAField()
{
    QStringList tabs;
    for (int i = 0; i < m_page->tabs()->count(); ++i)
        tabs << m_page->tabs()->tabText(i);
    QCOMPARE(tabs, (QStringList{QStringLiteral("Engine"), QStringLiteral("Security"), QStringLiteral("Carrier"), QStringLiteral("Mail"), QStringLiteral("Provisioning"),
                                QStringLiteral("Media"), QStringLiteral("Diagnostics"), QStringLiteral("Passwords"), QStringLiteral("Advanced")}));
    for (const auto &f : SettingsForm::fields()) {
        // A new catalog key needs a row in SettingsForm.cpp's descriptor table.
        QVERIFY2(f.group != SettingGroup::Other, qPrintable(f.key + QStringLiteral(" has no descriptor (group, label, kind)")));
        if (f.group == SettingGroup::Hidden)
            continue;
        QWidget *w = m_page->editor(f.key);
        QVERIFY2(w, qPrintable(f.key));
        QVERIFY2(f.label() != f.key, qPrintable(f.key)); // a label, not the raw key
        QCOMPARE(w->accessibleName(), f.label());
    }
    // Fields show what is stored: the defaults here.
    QCOMPARE(line(settingkeys::kPrimary)->text(), QStringLiteral("127.0.0.1:5060"));
    QVERIFY(qobject_cast<QCheckBox *>(m_page->editor(QLatin1String(settingkeys::kFraudEnabled)))->isChecked());
    QCOMPARE(qobject_cast<QComboBox *>(m_page->editor(QLatin1String(settingkeys::kMediaRelay)))->currentData().toString(), QStringLiteral("auto"));
}

void TestSettingsForm::validValuesAreSaved()
{
    line(settingkeys::kRealm)->setText(QStringLiteral("voip.example.nl"));
    line(settingkeys::kFloodRate)->setText(QStringLiteral("250"));
    qobject_cast<QCheckBox *>(m_page->editor(QLatin1String(settingkeys::kFraudEnabled)))->setChecked(false);
    auto *relay = qobject_cast<QComboBox *>(m_page->editor(QLatin1String(settingkeys::kMediaRelay)));
    relay->setCurrentIndex(relay->findData(QStringLiteral("always")));
    QVERIFY(m_page->saveForms());
    QCOMPARE(m_page->statusText(), QStringLiteral("Settings saved (4 changed)."));
    QCOMPARE(stored(settingkeys::kRealm), QStringLiteral("voip.example.nl"));
    QCOMPARE(stored(settingkeys::kFloodRate), QStringLiteral("250"));
    QCOMPARE(stored(settingkeys::kFraudEnabled), QStringLiteral("0"));
    QCOMPARE(stored(settingkeys::kMediaRelay), QStringLiteral("always"));
    QCOMPARE(stored(settingkeys::kNonceLifetime), QStringLiteral("300")); // untouched
}

void TestSettingsForm::invalidValueSavesNothing()
{
    // A good value on the Security tab and a bad one on the Engine tab: neither is saved.
    line(settingkeys::kFloodRate)->setText(QStringLiteral("400"));
    line(settingkeys::kNonceLifetime)->setText(QStringLiteral("2"));
    m_page->tabs()->setCurrentIndex(m_page->tabs()->count() - 1);
    QVERIFY(!m_page->saveForms());
    const QString message = m_page->statusText();
    QVERIFY2(message.contains(QStringLiteral("Nonce lifetime")), qPrintable(message)); // the field, by its label
    QVERIFY2(message.contains(QStringLiteral("5 to 3600")), qPrintable(message));       // and the rule
    QVERIFY2(message.startsWith(QStringLiteral("Not saved.")), qPrintable(message));
    QCOMPARE(stored(settingkeys::kFloodRate), QStringLiteral("100"));
    QCOMPARE(stored(settingkeys::kNonceLifetime), QStringLiteral("300"));
    QCOMPARE(m_page->tabs()->tabText(m_page->tabs()->currentIndex()), QStringLiteral("Engine")); // the field at fault is shown
    QCOMPARE(line(settingkeys::kNonceLifetime)->text(), QStringLiteral("2")); // the user's input stays to be corrected

    line(settingkeys::kNonceLifetime)->setText(QStringLiteral("120"));
    line(settingkeys::kSmtpFrom)->setText(QStringLiteral("not an address"));
    QVERIFY(!m_page->saveForms());
    QVERIFY2(m_page->statusText().contains(QStringLiteral("Sender address")), qPrintable(m_page->statusText()));
    QCOMPARE(m_page->tabs()->tabText(m_page->tabs()->currentIndex()), QStringLiteral("Mail"));
    QCOMPARE(stored(settingkeys::kNonceLifetime), QStringLiteral("300"));

    line(settingkeys::kSmtpFrom)->clear();
    QVERIFY(m_page->saveForms());
    QCOMPARE(stored(settingkeys::kNonceLifetime), QStringLiteral("120"));
    QCOMPARE(stored(settingkeys::kFloodRate), QStringLiteral("400"));
}

void TestSettingsForm::advancedTabKeepsTheRawKeys()
{
    // Saved through the forms, the raw table (Advanced) shows the same value.
    line(settingkeys::kQualify)->setText(QStringLiteral("45"));
    QVERIFY(m_page->saveForms());
    auto *advanced = m_page->tabs()->widget(m_page->tabs()->count() - 1);
    auto *table = advanced->findChild<QTableWidget *>();
    QVERIFY(table);
    bool found = false;
    for (int row = 0; row < table->rowCount(); ++row)
        if (table->item(row, 0)->text() == QLatin1String(settingkeys::kQualify)) {
            QCOMPARE(table->item(row, 1)->text(), QStringLiteral("45"));
            found = true;
        }
    QVERIFY(found);
}

QTEST_MAIN(TestSettingsForm)
#include "tst_settingsform.moc"
