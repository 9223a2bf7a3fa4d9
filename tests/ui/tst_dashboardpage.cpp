// The Dashboard as the administrator sees it, over a database with known contents
// (tests/core/dashboard/DashboardFixture.h) and a status feed the test drives.
#include "DashboardFixture.h"
#include "dashboard/DashboardCharts.h"
#include "dashboard/DashboardPage.h"
#include "main/MainWindow.h"

#include <QLabel>
#include <QListWidget>
#include <QProgressBar>
#include <QSignalSpy>
#include <QTableView>
#include <QtCharts/QBarSet>
#include <QtCharts/QStackedBarSeries>

using namespace centrale;
using namespace centrale::testing;
using namespace centrale::ui;

namespace {
class FakeFeed : public StatusFeed {
public:
    QList<AccountStatus> snapshot() const override { return accounts; }
    bool isRunning() const override { return running; }
    QStringList listenAddresses() const override { return {QStringLiteral("127.0.33.1:43900")}; }
    int activeCalls() const override { return calls; }
    UpstreamStatus upstreamStatus() const override { return upstream; }
    QList<AccountStatus> accounts;
    bool running = true;
    int calls = 2;
    UpstreamStatus upstream;
};

class PortingSource : public AttentionSource {
public:
    Result<QList<AttentionItem>> attentionItems(Database &, const QDateTime &now) const override
    {
        return QList<AttentionItem>{{now.addDays(2), QStringLiteral("Porting of 31502053031 on Friday"), QStringLiteral("TrunksPage"), false}};
    }
};
} // namespace

class TestDashboardPage : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<SecretStore> m_secrets;
    FakeFeed m_feed;

    QString figure(const DashboardPage &page, const char *key) { return page.figure(QLatin1String(key))->text(); }

private slots:
    void initTestCase()
    {
        m_db = Database::open(m_dir.filePath(QStringLiteral("d.sqlite"))).value();
        m_secrets = FileSecretStore::open(m_dir.filePath(QStringLiteral("s.json"))).value();
        const Status filled = fillDashboardDatabase(*m_db, *m_secrets);
        QVERIFY2(filled.ok(), qPrintable(filled.message()));
    }
    void init()
    {
        m_feed.accounts = dashboardLiveStatus();
        m_feed.running = true;
        m_feed.calls = 2;
        m_feed.upstream = {};
        m_feed.upstream.state = UpstreamStatus::State::Registered;
        m_feed.upstream.account = QStringLiteral("centrale@carrier.example:5060");
    }
    void cleanupTestCase()
    {
        m_secrets.reset();
        m_db.reset();
    }

    void showsTheFiguresOfTheDatabase()
    {
        DashboardPage page(AppContext{*m_db, *m_secrets, &m_feed});
        page.setClock([] { return kNow; });
        QSignalSpy refreshed(&page, &DashboardPage::refreshed);
        page.show();
        QVERIFY(page.isLoading());
        QCOMPARE(figure(page, "callsToday"), QStringLiteral("Loading…"));
        QVERIFY(refreshed.wait(5000));
        QVERIFY(!page.isLoading());
        QCOMPARE(figure(page, "trunks"), QStringLiteral("1 up · 1 down · 1 unreachable"));
        QCOMPARE(figure(page, "phones"), QStringLiteral("1 of 1 registered"));
        QCOMPARE(figure(page, "callsNow"), QStringLiteral("2"));
        QCOMPARE(figure(page, "callsToday"), QStringLiteral("5 (4 answered)"));
        QCOMPARE(figure(page, "spendToday"), QStringLiteral("EUR 23.50 of 100.00"));
        QCOMPARE(figure(page, "spendWeek"), QStringLiteral("EUR 30.00 of 200.00"));
        QCOMPARE(page.dayBar()->value(), 23);
        QCOMPARE(page.weekBar()->value(), 15);
        QCOMPARE(figure(page, "security"), QStringLiteral("Addresses: 1 · Fraud: 1"));
        QCOMPARE(figure(page, "carrier"), QStringLiteral("registered"));

        auto *trunks = page.trunkView()->model();
        QCOMPARE(trunks->rowCount(), 3);
        QCOMPARE(trunks->index(0, 0).data().toString(), QStringLiteral("Garage"));
        QCOMPARE(trunks->index(0, 1).data().toString(), QStringLiteral("Unreachable"));
        QCOMPARE(trunks->index(1, 1).data().toString(), QStringLiteral("Up"));
        QCOMPARE(trunks->index(1, 2).data().toString(), QStringLiteral("Registered"));
        QCOMPARE(trunks->index(1, 3).data().toString(), QStringLiteral("Not registered"));
        QCOMPARE(trunks->index(2, 1).data().toString(), QStringLiteral("Down"));

        QCOMPARE(page.alertList()->count(), 3);
        QVERIFY2(page.alertList()->item(0)->text().endsWith(QStringLiteral("Kantoor has spent 92% of its daily limit (EUR 23.00 of 25.00)")),
                 qPrintable(page.alertList()->item(0)->text()));
        QVERIFY(page.alertList()->item(2)->text().contains(QStringLiteral("Fraud detector blocked 31502053033")));
        QCOMPARE(page.attentionList()->count(), 1);
        QCOMPARE(page.attentionList()->item(0)->text(), QStringLiteral("Nothing needs attention."));

        // The charts: calls per hour today and spend per day per trunk (6..12 June).
        QBarSet *calls = page.charts()->callsSet();
        QCOMPARE(calls->count(), 24);
        QCOMPARE(calls->at(9), 1.0);
        QCOMPARE(calls->at(11), 2.0);
        QCOMPARE(calls->at(14), 1.0);
        QCOMPARE(calls->at(15), 0.0);
        const auto sets = page.charts()->spendSeries()->barSets();
        QCOMPARE(sets.size(), 2);
        QCOMPARE(sets[0]->label(), QStringLiteral("Garage"));
        QCOMPARE(sets[0]->at(5), 1.5);
        QCOMPARE(sets[1]->label(), QStringLiteral("Kantoor"));
        QCOMPARE(sets[1]->at(1), 7.0);
        QCOMPARE(sets[1]->at(4), 5.0);
        QCOMPARE(sets[1]->at(6), 23.0);
    }

    void followsTheLiveFeedWithoutAReload()
    {
        DashboardPage page(AppContext{*m_db, *m_secrets, &m_feed});
        page.setClock([] { return kNow; });
        QSignalSpy refreshed(&page, &DashboardPage::refreshed);
        page.show();
        QVERIFY(refreshed.wait(5000));
        const int loads = int(refreshed.count());
        m_feed.accounts[4].state = RegistrationState::Registered; // Magazijn's primary
        m_feed.upstream.state = UpstreamStatus::State::Failed;
        m_feed.upstream.detail = QStringLiteral("403 Forbidden");
        emit m_feed.statusChanged(m_feed.accounts[4]);
        emit m_feed.upstreamChanged(m_feed.upstream);
        QTRY_COMPARE_WITH_TIMEOUT(figure(page, "trunks"), QStringLiteral("2 up · 0 down · 1 unreachable"), 2000);
        QCOMPARE(figure(page, "carrier"), QStringLiteral("registration failed"));
        QVERIFY(page.alertList()->item(0)->text().contains(QStringLiteral("Carrier registration failed: 403 Forbidden")));
        QCOMPARE(page.trunkView()->model()->index(2, 1).data().toString(), QStringLiteral("Up"));
        QCOMPARE(int(refreshed.count()), loads); // the store was not read again for this

        m_feed.running = false;
        emit m_feed.runningChanged(false);
        QTRY_COMPARE_WITH_TIMEOUT(figure(page, "callsNow"), QStringLiteral("Engine not running"), 2000);
        QCOMPARE(figure(page, "trunks"), QStringLiteral("0 up · 3 down · 0 unreachable"));
    }

    void attentionItemsOpenTheirPage()
    {
        MainWindow window(AppContext{*m_db, *m_secrets, &m_feed});
        DashboardPage *page = window.dashboard();
        QCOMPARE(window.pages().first(), page); // the first page
        QCOMPARE(window.sidebar()->item(0)->text(), QStringLiteral("Dashboard"));
        page->setClock([] { return kNow; });
        page->addAttentionSource(std::make_shared<PortingSource>());
        window.showPage(0);
        window.show();
        QSignalSpy refreshed(page, &DashboardPage::refreshed);
        QTRY_VERIFY_WITH_TIMEOUT(!page->isLoading(), 5000);
        page->reload();
        QVERIFY(refreshed.wait(5000));
        QCOMPARE(page->attentionList()->count(), 1);
        QCOMPARE(page->attentionList()->item(0)->text(), QStringLiteral("Porting of 31502053031 on Friday"));
        emit page->attentionList()->itemActivated(page->attentionList()->item(0));
        QCOMPARE(window.sidebar()->currentRow(), 1);
        QCOMPARE(window.sidebar()->item(1)->text(), QStringLiteral("Trunks"));
    }
};

QTEST_MAIN(TestDashboardPage)
#include "tst_dashboardpage.moc"
