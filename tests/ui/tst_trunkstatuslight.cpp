// The Trunks page's status light follows a real registration to the in-process engine.
#include "../sip/SippRun.h"
#include "secrets/FileSecretStore.h"
#include "service/AccountService.h"
#include "sip/SipEngine.h"
#include "store/NumberRepository.h"
#include "store/SettingsRepository.h"
#include "trunks/TrunkModel.h"

#include <QColor>
#include <QTest>

using namespace centrale;

class TestTrunkStatusLight : public QObject {
    Q_OBJECT
private slots:
    void lightTurnsGreenWhenSippRegisters()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("ui.sqlite"));
        auto db = std::move(Database::open(path)).value();
        QVERIFY(SettingsRepository(*db).set(QStringLiteral("sip.primary"), QStringLiteral("127.0.0.1:34060")).ok());
        QVERIFY(SettingsRepository(*db).set(QStringLiteral("sip.secondary"), QStringLiteral("127.0.0.1:34062")).ok());
        auto secrets = std::move(FileSecretStore::open(dir.filePath(QStringLiteral("s.json")))).value();
        QVERIFY(NumberRepository(*db).add({QStringLiteral("31502053031")}).ok());
        Trunk t;
        t.name = QStringLiteral("PBX kantoor");
        t.ipWhitelist << IpNetwork::parse(QStringLiteral("127.0.0.1")).value();
        t.numbers << TrunkNumber{QStringLiteral("31502053031"), true, true};
        t.primary.username = QStringLiteral("31502053031");
        t.secondary.username = QStringLiteral("31502053031-2");
        QVERIFY(AccountService(*db, *secrets).createTrunk(t, {QStringLiteral("primaryPass1"), QStringLiteral("secondaryPass1")}).ok());

        sip::SipEngine engine(path);
        QVERIFY(engine.start().ok());
        ui::TrunkModel model(*db, &engine);
        QCOMPARE(model.rowCount(), 1);
        const QModelIndex primary = model.index(0, ui::TrunkModel::Primary);
        QCOMPARE(model.data(primary, Qt::UserRole).toInt(), int(RegistrationState::Unregistered));
        QCOMPARE(model.data(primary, Qt::DecorationRole).value<QColor>(), QColor(Qt::red));

        auto r = runSipp(QStringLiteral("reg_ok"), QStringLiteral("127.0.0.1:34060"), QStringLiteral("127.0.0.1"), 34100,
                         {QStringLiteral("31502053031;") + authField(QStringLiteral("31502053031"), QStringLiteral("primaryPass1")) + QStringLiteral(";300")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.output.right(1500)));
        QTRY_COMPARE_WITH_TIMEOUT(model.data(primary, Qt::UserRole).toInt(), int(RegistrationState::Registered), 1000);
        QCOMPARE(model.data(primary, Qt::DecorationRole).value<QColor>(), QColor(Qt::darkGreen));
        QVERIFY(model.data(primary, Qt::ToolTipRole).toString().contains(QLatin1String("sipp-centrale-test")));
        QCOMPARE(model.data(model.index(0, ui::TrunkModel::Secondary), Qt::UserRole).toInt(), int(RegistrationState::Unregistered));
    }
};

QTEST_MAIN(TestTrunkStatusLight)
#include "tst_trunkstatuslight.moc"
