// A new phone account is saved on a worker thread; when the keychain fails the dialog
// stays open with the reason and how to go on, and Save again works once it is back.
#include "common/BusyIndicator.h"
#include "phoneaccounts/NewPhoneAccountDialog.h"
#include "secrets/FileSecretStore.h"
#include "store/NumberRepository.h"
#include "store/PhoneAccountRepository.h"

#include <QLineEdit>
#include <QTemporaryDir>
#include <QTest>
#include <atomic>

using namespace centrale;
using namespace centrale::ui;

namespace {
class LockableSecretStore : public SecretStore {
public:
    explicit LockableSecretStore(SecretStore &inner) : m_inner(inner) {}
    std::atomic_bool locked{false};
    Status write(const QString &key, const QString &secret) override
    {
        if (locked)
            return Status::fail(QStringLiteral("The keychain refused access (is it locked?)."));
        return m_inner.write(key, secret);
    }
    Result<QString> read(const QString &key) override { return m_inner.read(key); }
    Status remove(const QString &key) override { return m_inner.remove(key); }
    QString describe() const override { return QStringLiteral("the keychain"); }

private:
    SecretStore &m_inner;
};
} // namespace

class TestNewPhoneAccountDialog : public QObject {
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void savesInBackground();
    void refusesBadNumber();
    void keychainFailureKeepsDialogOpen();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<FileSecretStore> m_file;
    std::unique_ptr<LockableSecretStore> m_secrets;
};

void TestNewPhoneAccountDialog::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_db = Database::open(m_dir->filePath(QStringLiteral("c.sqlite"))).value();
    m_file = FileSecretStore::open(m_dir->filePath(QStringLiteral("secrets.json"))).value();
    m_secrets = std::make_unique<LockableSecretStore>(*m_file);
    QVERIFY(NumberRepository(*m_db).add({QStringLiteral("31502053033")}));
}

void TestNewPhoneAccountDialog::cleanup()
{
    m_secrets.reset();
    m_file.reset();
    m_db.reset();
    m_dir.reset();
}

void TestNewPhoneAccountDialog::savesInBackground()
{
    NewPhoneAccountDialog dialog(AppContext{*m_db, *m_secrets, nullptr});
    dialog.show();
    QTest::keyClicks(dialog.numberEdit(), QStringLiteral("050 205 3033"));
    dialog.accept();
    QVERIFY(dialog.isSaving());
    QVERIFY(dialog.busyIndicator()->isBusy());
    QVERIFY(!dialog.numberEdit()->isEnabled());
    QTRY_VERIFY_WITH_TIMEOUT(!dialog.isSaving(), 10000);
    QVERIFY2(dialog.lastError().isEmpty(), qPrintable(dialog.lastError()));
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QCOMPARE(dialog.createdNumber(), QStringLiteral("31502053033"));
    QVERIFY(dialog.password().size() >= 20);
    auto phone = PhoneAccountRepository(*m_db).find(QStringLiteral("31502053033"));
    QVERIFY(phone);
    QVERIFY(!phone->destinations.countries.isEmpty()); // starts from the default preset
    QCOMPARE(m_file->read(sipAccountSecretKey(QStringLiteral("31502053033"))).value(), dialog.password());
}

void TestNewPhoneAccountDialog::refusesBadNumber()
{
    NewPhoneAccountDialog dialog(AppContext{*m_db, *m_secrets, nullptr});
    dialog.show();
    QTest::keyClicks(dialog.numberEdit(), QStringLiteral("12ab"));
    dialog.accept();
    QVERIFY(!dialog.isSaving());
    QVERIFY(!dialog.lastError().isEmpty());
    QCOMPARE(dialog.busyIndicator()->text(), dialog.lastError());
    QVERIFY(dialog.isVisible());
}

void TestNewPhoneAccountDialog::keychainFailureKeepsDialogOpen()
{
    m_secrets->locked = true;
    NewPhoneAccountDialog dialog(AppContext{*m_db, *m_secrets, nullptr});
    dialog.show();
    QTest::keyClicks(dialog.numberEdit(), QStringLiteral("+31502053033"));
    dialog.accept();
    QTRY_VERIFY_WITH_TIMEOUT(!dialog.isSaving(), 10000);
    QVERIFY(dialog.isVisible());
    QVERIFY(dialog.lastError().contains(QLatin1String("locked")));
    QVERIFY(dialog.lastError().contains(QLatin1String("--secrets-file")));
    QVERIFY(!PhoneAccountRepository(*m_db).find(QStringLiteral("31502053033"))); // nothing half-saved
    QVERIFY(dialog.numberEdit()->isEnabled());

    m_secrets->locked = false;
    dialog.accept();
    QTRY_VERIFY_WITH_TIMEOUT(!dialog.isSaving(), 10000);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QVERIFY(PhoneAccountRepository(*m_db).find(QStringLiteral("31502053033")));
}

QTEST_MAIN(TestNewPhoneAccountDialog)
#include "tst_newphoneaccountdialog.moc"
