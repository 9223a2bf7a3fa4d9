// The trunk wizard end to end: fill both steps, Finish, and the trunk, its numbers and
// its passwords are in the (temporary) database and secret store.
#include "common/BusyIndicator.h"
#include "common/IpListEditor.h"
#include "common/MessageBox.h"
#include "common/PasswordField.h"
#include "secrets/FileSecretStore.h"
#include "store/NumberRepository.h"
#include "store/TrunkRepository.h"
#include "trunks/TrunkAccountsPage.h"
#include "trunks/TrunkGeneralPage.h"
#include "trunks/TrunkNumbersEditor.h"
#include "trunks/TrunkWizard.h"

#include <QAbstractButton>
#include <QComboBox>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>
#include <atomic>

using namespace centrale;
using namespace centrale::ui;

namespace {
// A keychain that is locked until unlocked: writes fail the way a timed-out keychain does.
class LockableSecretStore : public SecretStore {
public:
    explicit LockableSecretStore(SecretStore &inner) : m_inner(inner) {}
    std::atomic_bool locked{true};
    Status write(const QString &key, const QString &secret) override
    {
        if (locked)
            return Status::fail(QStringLiteral("The keychain did not answer in time (is it locked or waiting for a prompt?)."));
        return m_inner.write(key, secret);
    }
    Result<QString> read(const QString &key) override { return m_inner.read(key); }
    Status remove(const QString &key) override { return m_inner.remove(key); }
    QString describe() const override { return QStringLiteral("the keychain"); }

private:
    SecretStore &m_inner;
};
} // namespace

class TestTrunkWizard : public QObject {
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void createsTrunk();
    void offersOnlyFreeNumbers();
    void editKeepsPasswordWhenEmpty();
    void keychainFailureKeepsWizardOpen();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<FileSecretStore> m_secrets;
};

void TestTrunkWizard::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    auto db = Database::open(m_dir->filePath(QStringLiteral("c.sqlite")));
    QVERIFY2(db, qPrintable(db.message()));
    m_db = std::move(db).value();
    auto s = FileSecretStore::open(m_dir->filePath(QStringLiteral("secrets.json")));
    QVERIFY2(s, qPrintable(s.message()));
    m_secrets = std::move(s).value();
    QVERIFY(NumberRepository(*m_db).add({QStringLiteral("31502053031"), QStringLiteral("31502053032")}));
}

void TestTrunkWizard::cleanup()
{
    m_secrets.reset();
    m_db.reset();
    m_dir.reset();
}

void TestTrunkWizard::createsTrunk()
{
    TrunkWizard wizard(*m_db, *m_secrets, nullptr);
    wizard.show();
    auto *general = wizard.generalPage();
    QVERIFY(!general->isComplete()); // Next disabled until valid
    QTest::keyClicks(general->nameEdit(), QStringLiteral("Kantoor"));
    QVERIFY(!general->isComplete()); // still no IP address
    general->ipEditor()->input()->setText(QStringLiteral("192.0.2.10"));
    general->ipEditor()->addButton()->click();
    QCOMPARE(general->ipEditor()->networks().size(), 1);
    QVERIFY(general->isComplete());
    QVERIFY(wizard.button(QWizard::NextButton)->isEnabled());

    auto *numbers = general->numbersEditor();
    QCOMPARE(numbers->picker()->count(), 2);
    numbers->picker()->setCurrentIndex(numbers->picker()->findData(QStringLiteral("31502053031")));
    numbers->addButton()->click();
    QCOMPARE(numbers->numbers().size(), 1);
    QCOMPARE(numbers->picker()->count(), 1); // an added number is no longer offered

    wizard.next();
    auto *accounts = wizard.accountsPage();
    QCOMPARE(wizard.currentPage(), accounts);
    QCOMPARE(accounts->primaryUser()->text(), Trunk::defaultPrimaryUsername(QStringLiteral("31502053031")));
    QCOMPARE(accounts->secondaryUser()->text(), Trunk::defaultSecondaryUsername(QStringLiteral("31502053031")));
    const QString primaryPassword = accounts->primaryPassword()->password();
    QVERIFY(primaryPassword.size() >= 20);
    QVERIFY(accounts->isComplete());

    accounts->primaryPassword()->setPassword(QStringLiteral("short"));
    QVERIFY(!accounts->isComplete()); // inline validation blocks Finish
    accounts->primaryPassword()->setPassword(primaryPassword);

    MessageBox::setNextAnswer(QMessageBox::Ok);
    wizard.accept();
    QTRY_VERIFY_WITH_TIMEOUT(!wizard.isSaving(), 10000); // saved on a worker thread
    QVERIFY2(wizard.lastError().isEmpty(), qPrintable(wizard.lastError()));
    QCOMPARE(wizard.result(), int(QDialog::Accepted));

    auto trunk = TrunkRepository(*m_db).find(QStringLiteral("Kantoor"));
    QVERIFY2(trunk, qPrintable(trunk.message()));
    QCOMPARE(trunk->numbers.size(), 1);
    QCOMPARE(trunk->numbers.first().digits, QStringLiteral("31502053031"));
    QCOMPARE(trunk->ipWhitelist.first().toString(), QStringLiteral("192.0.2.10/32"));
    QVERIFY(!trunk->primary.ha1.isEmpty());
    auto stored = m_secrets->read(sipAccountSecretKey(trunk->primary.username));
    QVERIFY2(stored, qPrintable(stored.message()));
    QCOMPARE(stored.value(), primaryPassword);
}

void TestTrunkWizard::offersOnlyFreeNumbers()
{
    {
        TrunkWizard first(*m_db, *m_secrets, nullptr);
        first.show();
        QTest::keyClicks(first.generalPage()->nameEdit(), QStringLiteral("Kantoor A"));
        first.generalPage()->ipEditor()->input()->setText(QStringLiteral("192.0.2.0/24"));
        first.generalPage()->ipEditor()->addButton()->click();
        first.generalPage()->numbersEditor()->picker()->setCurrentIndex(0);
        first.generalPage()->numbersEditor()->addButton()->click();
        first.next();
        MessageBox::setNextAnswer(QMessageBox::Ok); // a failure must not block on a modal box
        first.accept();
        QTRY_VERIFY_WITH_TIMEOUT(!first.isSaving(), 10000);
        QVERIFY2(first.lastError().isEmpty(), qPrintable(first.lastError()));
    }
    TrunkWizard second(*m_db, *m_secrets, nullptr);
    QCOMPARE(second.generalPage()->numbersEditor()->picker()->count(), 1);
    QCOMPARE(second.generalPage()->numbersEditor()->picker()->itemData(0).toString(), QStringLiteral("31502053032"));
}

void TestTrunkWizard::editKeepsPasswordWhenEmpty()
{
    createsTrunk();
    auto before = TrunkRepository(*m_db).find(QStringLiteral("Kantoor"));
    QVERIFY(before);
    const QString oldPassword = m_secrets->read(sipAccountSecretKey(before->primary.username)).value();
    TrunkWizard wizard(*m_db, *m_secrets, &before.value());
    wizard.show();
    QCOMPARE(wizard.generalPage()->nameEdit()->text(), QStringLiteral("Kantoor"));
    QVERIFY(wizard.generalPage()->isComplete()); // its own name is not "taken"
    wizard.generalPage()->channelsSpin()->setValue(7);
    wizard.next();
    QVERIFY(wizard.accountsPage()->primaryPassword()->password().isEmpty()); // editing: empty = keep
    MessageBox::setNextAnswer(QMessageBox::Ok);
    wizard.accept();
    QTRY_VERIFY_WITH_TIMEOUT(!wizard.isSaving(), 10000); // saved on a worker thread
    QVERIFY2(wizard.lastError().isEmpty(), qPrintable(wizard.lastError()));
    auto after = TrunkRepository(*m_db).find(QStringLiteral("Kantoor"));
    QVERIFY(after);
    QCOMPARE(after->channels, 7);
    QCOMPARE(after->primary.ha1, before->primary.ha1);
    QCOMPARE(m_secrets->read(sipAccountSecretKey(after->primary.username)).value(), oldPassword);
}

void TestTrunkWizard::keychainFailureKeepsWizardOpen()
{
    LockableSecretStore keychain(*m_secrets);
    TrunkWizard wizard(*m_db, keychain, nullptr);
    wizard.show();
    QTest::keyClicks(wizard.generalPage()->nameEdit(), QStringLiteral("Kantoor"));
    wizard.generalPage()->ipEditor()->input()->setText(QStringLiteral("192.0.2.10"));
    wizard.generalPage()->ipEditor()->addButton()->click();
    wizard.generalPage()->numbersEditor()->picker()->setCurrentIndex(0);
    wizard.generalPage()->numbersEditor()->addButton()->click();
    wizard.next();
    MessageBox::setNextAnswer(QMessageBox::Ok);
    wizard.accept();
    QVERIFY(wizard.isSaving());
    QVERIFY(!wizard.button(QWizard::FinishButton)->isEnabled()); // no second Finish while saving
    QTRY_VERIFY_WITH_TIMEOUT(!wizard.isSaving(), 10000);
    QVERIFY(wizard.isVisible()); // still open, everything typed still there
    QVERIFY(wizard.result() != int(QDialog::Accepted));
    QVERIFY(wizard.lastError().contains(QLatin1String("did not answer in time")));
    QVERIFY(wizard.lastError().contains(QLatin1String("--secrets-file")));
    QCOMPARE(wizard.busyIndicator()->text(), wizard.lastError());
    QVERIFY(!TrunkRepository(*m_db).find(QStringLiteral("Kantoor"))); // nothing half-saved
    QVERIFY(wizard.button(QWizard::FinishButton)->isEnabled());

    keychain.locked = false; // unlocked: Finish again succeeds
    wizard.accept();
    QTRY_VERIFY_WITH_TIMEOUT(!wizard.isSaving(), 10000);
    QVERIFY2(wizard.lastError().isEmpty(), qPrintable(wizard.lastError()));
    QCOMPARE(wizard.result(), int(QDialog::Accepted));
    QVERIFY(TrunkRepository(*m_db).find(QStringLiteral("Kantoor")));
}

QTEST_MAIN(TestTrunkWizard)
#include "tst_trunkwizard.moc"
