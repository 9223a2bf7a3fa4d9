// The console's provisioning controls: the phone account's handset dialog (MAC, model,
// URL to copy), the phone list's handset and last-fetch columns, and the Settings section.
#include "phoneaccounts/PhoneAccountModel.h"
#include "phoneaccounts/PhoneProvisioningDialog.h"
#include "secrets/FileSecretStore.h"
#include "service/AccountService.h"
#include "settings/ProvisioningSettings.h"
#include "store/PhoneAccountRepository.h"
#include "store/ProvisioningLogRepository.h"
#include "store/SettingsRepository.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDateTime>
#include <QLineEdit>
#include <QTemporaryDir>
#include <QTest>

using namespace centrale;
using namespace centrale::ui;

class TestProvisioningUi : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<FileSecretStore> m_secrets;
    PhoneAccount phone() { return PhoneAccountRepository(*m_db).find(QStringLiteral("31502053033")).value(); }

private slots:
    void initTestCase()
    {
        m_db = Database::open(m_dir.filePath(QStringLiteral("c.sqlite"))).value();
        m_secrets = FileSecretStore::open(m_dir.filePath(QStringLiteral("s.json"))).value();
        PhoneAccount p;
        p.number = QStringLiteral("31502053033");
        p.account.username = p.number;
        QVERIFY(AccountService(*m_db, *m_secrets).createPhone(p, QStringLiteral("Phone-Pass-1234")));
    }

    void dialogSavesMacAndModel()
    {
        AppContext ctx{*m_db, *m_secrets, nullptr};
        PhoneProvisioningDialog bad(ctx, phone());
        bad.macEdit()->setText(QStringLiteral("00:15:65:AA:BB"));
        bad.modelBox()->setCurrentIndex(bad.modelBox()->findData(QStringLiteral("T46U")));
        bad.accept();
        QVERIFY(bad.lastError().contains(QLatin1String("MAC")));
        QVERIFY(phone().mac.isEmpty()); // nothing saved

        PhoneProvisioningDialog d(ctx, phone());
        d.macEdit()->setText(QStringLiteral("00:15:65:AA:BB:CC"));
        d.modelBox()->setCurrentIndex(d.modelBox()->findData(QStringLiteral("T46U")));
        d.accept();
        QCOMPARE(d.result(), int(QDialog::Accepted));
        QCOMPARE(phone().mac, QStringLiteral("001565aabbcc"));
        QCOMPARE(phone().model, QStringLiteral("T46U"));
        QVERIFY(!phone().account.ha1.isEmpty()); // the password is kept
    }

    void copiesTheProvisioningUrl()
    {
        QVERIFY(SettingsRepository(*m_db).set(QStringLiteral("provisioning.tftp"), QStringLiteral("192.0.2.5:69")));
        QVERIFY(SettingsRepository(*m_db).set(QStringLiteral("provisioning.https"), QStringLiteral("192.0.2.5:8443")));
        AppContext ctx{*m_db, *m_secrets, nullptr};
        PhoneProvisioningDialog d(ctx, phone());
        d.copyTftpUrl();
        QCOMPARE(d.copiedUrl(), QStringLiteral("tftp://192.0.2.5/"));
        QCOMPARE(QApplication::clipboard()->text(), d.copiedUrl());
        d.copyNewHttpsUrl();
        QVERIFY(d.copiedUrl().startsWith(QLatin1String("https://192.0.2.5:8443/p/")));
        QCOMPARE(QApplication::clipboard()->text(), d.copiedUrl());
    }

    void listShowsHandsetAndLastFetch()
    {
        PhoneAccountModel model(*m_db, nullptr);
        QCOMPARE(model.index(0, PhoneAccountModel::Handset).data().toString(), QStringLiteral("T46U (00:15:65:AA:BB:CC)"));
        QCOMPARE(model.index(0, PhoneAccountModel::LastFetch).data().toString(), QStringLiteral("never"));
        const qint64 at = QDateTime::currentMSecsSinceEpoch();
        QVERIFY(ProvisioningLogRepository(*m_db).record({at, QStringLiteral("192.0.2.9"), QStringLiteral("tftp"), QStringLiteral("001565aabbcc.cfg"),
                                                         QStringLiteral("001565aabbcc"), true, {}}));
        model.reload();
        QCOMPARE(model.index(0, PhoneAccountModel::LastFetch).data().toString(),
                 QLocale().toString(QDateTime::fromMSecsSinceEpoch(at), QLocale::ShortFormat));
    }

    void settingsSection()
    {
        ProvisioningSettings w(*m_db);
        QVERIFY(w.tftpEnabled()->isChecked());
        w.tftpEnabled()->setChecked(false);
        w.whitelist()->setText(QStringLiteral("192.0.2.1/24")); // host bits set: refused
        w.save();
        QVERIFY(w.status().contains(QLatin1String("192.0.2.1/24")));
        QCOMPARE(SettingsRepository(*m_db).get(QStringLiteral("provisioning.tftp")), QStringLiteral("192.0.2.5:69")); // nothing saved
        w.whitelist()->setText(QStringLiteral("192.0.2.0/24"));
        w.save();
        QCOMPARE(SettingsRepository(*m_db).get(QStringLiteral("provisioning.tftp")), QString());
        QCOMPARE(SettingsRepository(*m_db).get(QStringLiteral("provisioning.whitelist")), QStringLiteral("192.0.2.0/24"));
        w.tftpEnabled()->setChecked(true);
        w.tftpAddress()->setText(QStringLiteral("127.0.16.1:41669"));
        w.save();
        QCOMPARE(SettingsRepository(*m_db).get(QStringLiteral("provisioning.tftp")), QStringLiteral("127.0.16.1:41669"));
    }
};

QTEST_MAIN(TestProvisioningUi)
#include "tst_provisioningui.moc"
