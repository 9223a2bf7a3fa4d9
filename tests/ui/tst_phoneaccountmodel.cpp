// The phone account list shows registration changes from the StatusFeed without a reload.
#include "phoneaccounts/PhoneAccountModel.h"
#include "secrets/FileSecretStore.h"
#include "service/AccountService.h"
#include "store/NumberRepository.h"

#include <QColor>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace centrale;
using namespace centrale::ui;

namespace {
class FakeFeed : public StatusFeed {
public:
    QList<AccountStatus> snapshot() const override { return m_snapshot; }
    bool isRunning() const override { return true; }
    QStringList listenAddresses() const override { return {QStringLiteral("127.0.0.1:5060")}; }
    QList<AccountStatus> m_snapshot;
};
} // namespace

class TestPhoneAccountModel : public QObject {
    Q_OBJECT
private slots:
    void showsAccountsAndLiveStatus();
};

void TestPhoneAccountModel::showsAccountsAndLiveStatus()
{
    QTemporaryDir dir;
    auto db = Database::open(dir.filePath(QStringLiteral("c.sqlite")));
    QVERIFY(db);
    auto secrets = FileSecretStore::open(dir.filePath(QStringLiteral("secrets.json")));
    QVERIFY(secrets);
    QVERIFY(NumberRepository(*db.value()).add({QStringLiteral("31502053033"), QStringLiteral("31502053034")}));
    for (const char *n : {"31502053033", "31502053034"}) {
        PhoneAccount p;
        p.number = QLatin1String(n);
        p.account.username = p.number;
        p.channels = 3;
        QVERIFY(AccountService(*db.value(), *secrets.value()).createPhone(p, {}));
    }
    FakeFeed feed;
    AccountStatus known; // already registered when the page opens
    known.account = QStringLiteral("31502053034");
    known.role = QStringLiteral("phone");
    known.state = RegistrationState::Registered;
    feed.m_snapshot << known;

    PhoneAccountModel model(*db.value(), &feed);
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.index(0, PhoneAccountModel::Number).data().toString(), QStringLiteral("+31502053033"));
    QCOMPARE(model.index(0, PhoneAccountModel::Channels).data().toInt(), 3);
    QCOMPARE(model.index(0, PhoneAccountModel::IpWhitelist).data().toString(), QStringLiteral("any"));
    QCOMPARE(model.index(0, PhoneAccountModel::Status).data().toString(), QStringLiteral("Not registered"));
    QCOMPARE(model.index(0, PhoneAccountModel::Status).data(Qt::DecorationRole).value<QColor>(), QColor(Qt::red));
    QCOMPARE(model.index(1, PhoneAccountModel::Status).data().toString(), QStringLiteral("Registered"));

    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    AccountStatus s;
    s.account = QStringLiteral("31502053033");
    s.role = QStringLiteral("phone");
    s.state = RegistrationState::Registered;
    s.contact = QStringLiteral("sip:31502053033@192.0.2.20:5060");
    s.userAgent = QStringLiteral("baresip");
    emit feed.statusChanged(s);
    QCOMPARE(changed.size(), 1);
    QCOMPARE(changed.first().at(0).toModelIndex().row(), 0); // just that row, no reload
    QCOMPARE(reset.size(), 0);
    const QModelIndex status = model.index(0, PhoneAccountModel::Status);
    QCOMPARE(status.data().toString(), QStringLiteral("Registered"));
    QCOMPARE(status.data(Qt::DecorationRole).value<QColor>(), QColor(Qt::darkGreen));
    QVERIFY(status.data(Qt::ToolTipRole).toString().contains(QLatin1String("baresip")));
    QCOMPARE(status.data(PhoneAccountModel::StateRole).toInt(), int(RegistrationState::Registered));

    s.state = RegistrationState::Unreachable;
    emit feed.statusChanged(s);
    QCOMPARE(status.data().toString(), QStringLiteral("Unreachable"));
}

QTEST_MAIN(TestPhoneAccountModel)
#include "tst_phoneaccountmodel.moc"
