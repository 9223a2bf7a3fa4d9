// The Export dialog writes the files, with passwords only when asked and then 0600.
#include "export/ExportDialog.h"
#include "secrets/FileSecretStore.h"
#include "service/AccountService.h"
#include "store/NumberRepository.h"

#include <QComboBox>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace centrale;

class TestExportDialog : public QObject {
    Q_OBJECT
private slots:
    void exportsWithAndWithoutPasswords()
    {
        QTemporaryDir dir;
        auto db = std::move(Database::open(dir.filePath(QStringLiteral("c.sqlite")))).value();
        auto secrets = std::move(FileSecretStore::open(dir.filePath(QStringLiteral("s.json")))).value();
        QVERIFY(NumberRepository(*db).add({QStringLiteral("31502053031")}).ok());
        Trunk t;
        t.name = QStringLiteral("PBX kantoor");
        t.brand = PbxBrand::ThreeCx;
        t.ipWhitelist << IpNetwork::parse(QStringLiteral("192.0.2.10")).value();
        t.numbers << TrunkNumber{QStringLiteral("31502053031"), true, true};
        t.primary.username = QStringLiteral("31502053031");
        t.secondary.username = QStringLiteral("31502053031-2");
        QVERIFY(AccountService(*db, *secrets).createTrunk(t, {QStringLiteral("dialogPrimary1"), QStringLiteral("dialogSecondary1")}).ok());

        ExportRequest req;
        req.trunkName = t.name;
        ui::ExportDialog dialog(ui::AppContext{*db, *secrets, nullptr}, req);
        // The trunk's brand decides the default format.
        QCOMPARE(dialog.findChild<QComboBox *>()->currentData().toString(), QStringLiteral("3cx"));

        dialog.setFormat(QStringLiteral("asterisk-pjsip"));
        dialog.setFolder(dir.filePath(QStringLiteral("plain")));
        auto plain = dialog.exportNow();
        QVERIFY2(plain.ok(), qPrintable(plain.message()));
        QVERIFY(dialog.resultText().contains(QLatin1String("pjsip.conf")));
        QFile conf(dir.filePath(QStringLiteral("plain/pjsip.conf")));
        QVERIFY(conf.open(QIODevice::ReadOnly));
        QVERIFY(!conf.readAll().contains("dialogPrimary1"));

        dialog.setIncludeSecrets(true);
        dialog.setFolder(dir.filePath(QStringLiteral("secret")));
        auto secret = dialog.exportNow();
        QVERIFY2(secret.ok(), qPrintable(secret.message()));
        QVERIFY(dialog.resultText().contains(QLatin1String("0600")));
        QFile withPw(dir.filePath(QStringLiteral("secret/pjsip.conf")));
        QVERIFY(withPw.open(QIODevice::ReadOnly));
        QVERIFY(withPw.readAll().contains("dialogPrimary1"));
        QCOMPARE(withPw.permissions() & (QFileDevice::ReadGroup | QFileDevice::ReadOther), QFileDevice::Permissions());

        // Exporting again into the same folder is refused unless overwriting was chosen.
        QVERIFY(!dialog.exportNow().ok());
        QVERIFY(dialog.resultText().startsWith(QLatin1String("Nothing was written")));
    }
};

QTEST_MAIN(TestExportDialog)
#include "tst_exportdialog.moc"
