// The trunk list shows registration changes from the StatusFeed without a reload.
#include "secrets/FileSecretStore.h"
#include "service/AccountService.h"
#include "store/NumberRepository.h"
#include "trunks/TrunkModel.h"

#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace centrale;
using namespace centrale::ui;

namespace {
class FakeFeed : public StatusFeed {
public:
    QList<AccountStatus> snapshot() const override { return {}; }
    bool isRunning() const override { return true; }
    QStringList listenAddresses() const override { return {QStringLiteral("127.0.0.1:5060")}; }
};
} // namespace

class TestTrunkModel : public QObject {
    Q_OBJECT
private slots:
    void showsStatusWithoutRefresh();
};

void TestTrunkModel::showsStatusWithoutRefresh()
{
    QTemporaryDir dir;
    auto db = Database::open(dir.filePath(QStringLiteral("c.sqlite")));
    QVERIFY(db);
    auto secrets = FileSecretStore::open(dir.filePath(QStringLiteral("secrets.json")));
    QVERIFY(secrets);
    QVERIFY(NumberRepository(*db.value()).add({QStringLiteral("31502053031")}));
    Trunk t;
    t.name = QStringLiteral("Kantoor");
    t.ipWhitelist << IpNetwork::parse(QStringLiteral("192.0.2.10")).value();
    t.numbers << TrunkNumber{QStringLiteral("31502053031"), true, true};
    t.primary.username = Trunk::defaultPrimaryUsername(QStringLiteral("31502053031"));
    t.secondary.username = Trunk::defaultSecondaryUsername(QStringLiteral("31502053031"));
    auto created = AccountService(*db.value(), *secrets.value()).createTrunk(t, {});
    QVERIFY2(created, qPrintable(created.message()));

    FakeFeed feed;
    TrunkModel model(*db.value(), &feed);
    QCOMPARE(model.rowCount(), 1);
    const QModelIndex primary = model.index(0, TrunkModel::Primary);
    QCOMPARE(primary.data(Qt::UserRole).toInt(), int(RegistrationState::Unregistered));

    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    AccountStatus s;
    s.account = t.primary.username;
    s.role = QStringLiteral("primary");
    s.owner = t.name;
    s.state = RegistrationState::Registered;
    s.contact = QStringLiteral("sip:31502053031@192.0.2.10:5060");
    s.userAgent = QStringLiteral("3CX Phone System");
    s.expires = QDateTime::currentDateTimeUtc().addSecs(300);
    emit feed.statusChanged(s);
    QVERIFY(changed.count() >= 1);
    QCOMPARE(primary.data(Qt::UserRole).toInt(), int(RegistrationState::Registered));
    QVERIFY(primary.data(Qt::ToolTipRole).toString().contains(QStringLiteral("3CX Phone System")));
    QVERIFY(primary.data().toString().contains(QRegularExpression(QStringLiteral("\\((4:5\\d|5:00)\\)")))); // expiry countdown
    QCOMPARE(model.index(0, TrunkModel::Secondary).data(Qt::UserRole).toInt(), int(RegistrationState::Unregistered));
}

QTEST_MAIN(TestTrunkModel)
#include "tst_trunkmodel.moc"
