#include "dashboard/DashboardPage.h"
#include "common/Background.h"
#include "common/FittingTableView.h"
#include "dashboard/DashboardCharts.h"
#include "dashboard/TrunkRegistrationModel.h"
#include "domain/Money.h"
#include "settings/LanguageSwitcher.h"

#include <QFrame>
#include <QGridLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QProgressBar>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace centrale::ui {

namespace {
constexpr int kRefreshMs = 5000; // store figures while the page is shown
constexpr int kLiveDelayMs = 200; // a burst of feed signals becomes one redraw

const char *const kFigureKeys[] = {"trunks", "phones", "callsNow", "callsToday", "spendToday", "spendWeek", "security", "carrier"};

QString euro(qint64 micros) { return money::formatEuro(micros, 2); }

int percent(qint64 part, qint64 whole) { return whole > 0 ? int(qMin<qint64>(part * 100 / whole, 100)) : 0; }
} // namespace

DashboardPage::DashboardPage(const AppContext &ctx, QWidget *parent)
    : Page(parent), m_ctx(ctx), m_clock([] { return QDateTime::currentDateTime(); }), m_dayBar(new QProgressBar(this)), m_weekBar(new QProgressBar(this)),
      m_trunkModel(new TrunkRegistrationModel(this)), m_trunkView(new FittingTableView(this)), m_alerts(new QListWidget(this)), m_attention(new QListWidget(this)),
      m_trunksTitle(new QLabel(this)), m_alertsTitle(new QLabel(this)), m_attentionTitle(new QLabel(this)), m_updated(new QLabel(this)),
      m_charts(new DashboardCharts(this)), m_timer(new QTimer(this)), m_liveTimer(new QTimer(this))
{
    auto *layout = new QVBoxLayout(this);
    auto *tiles = new QGridLayout;
    for (int i = 0; i < int(std::size(kFigureKeys)); ++i) {
        const QString key = QLatin1String(kFigureKeys[i]);
        auto *tile = new QFrame(this);
        tile->setFrameShape(QFrame::StyledPanel);
        auto *tileLayout = new QVBoxLayout(tile);
        auto *caption = new QLabel(tile);
        caption->setObjectName(key + QStringLiteral("Title"));
        auto *value = new QLabel(tile);
        value->setObjectName(key);
        value->setWordWrap(true);
        value->setTextInteractionFlags(Qt::TextSelectableByMouse);
        QFont big = value->font();
        big.setPointSizeF(big.pointSizeF() * 1.3);
        big.setBold(true);
        value->setFont(big);
        tileLayout->addWidget(caption);
        tileLayout->addWidget(value);
        if (key == QLatin1String("spendToday"))
            tileLayout->addWidget(m_dayBar);
        if (key == QLatin1String("spendWeek"))
            tileLayout->addWidget(m_weekBar);
        tileLayout->addStretch();
        m_figures.insert(key, value);
        m_figureTitles.insert(key, caption);
        tiles->addWidget(tile, i / 4, i % 4);
    }
    for (auto *bar : {m_dayBar, m_weekBar}) {
        bar->setRange(0, 100);
        bar->setTextVisible(false);
        bar->setMaximumHeight(8);
    }
    for (int c = 0; c < 4; ++c)
        tiles->setColumnStretch(c, 1);
    layout->addLayout(tiles);
    layout->addWidget(m_charts, 1);

    auto *lists = new QHBoxLayout;
    auto column = [&](QLabel *title, QWidget *body, int stretch) {
        auto *col = new QVBoxLayout;
        QFont bold = title->font();
        bold.setBold(true);
        title->setFont(bold);
        col->addWidget(title);
        col->addWidget(body);
        lists->addLayout(col, stretch);
    };
    m_trunkView->setModel(m_trunkModel);
    m_trunkView->verticalHeader()->hide();
    m_trunkView->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_trunkView->horizontalHeader()->setSectionResizeMode(TrunkRegistrationModel::Trunk, QHeaderView::Stretch);
    m_trunkView->setWordWrap(false);
    m_trunkView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_trunkView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    // The trunk table gets the width its names need (FittingTableView's size hint; a stretch
    // factor would make the layout ignore it); the two lists wrap their lines and share the
    // rest, down to a readable minimum before a narrow window makes the table elide.
    column(m_trunksTitle, m_trunkView, 0);
    column(m_alertsTitle, m_alerts, 4);
    column(m_attentionTitle, m_attention, 3);
    for (auto *list : {m_alerts, m_attention}) {
        list->setWordWrap(true);
        list->setMinimumWidth(list->fontMetrics().averageCharWidth() * 20);
    }
    layout->addLayout(lists, 1);
    m_updated->setForegroundRole(QPalette::PlaceholderText);
    layout->addWidget(m_updated);

    connect(m_attention, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
        if (const QString page = item->data(Qt::UserRole).toString(); !page.isEmpty())
            emit navigate(page);
    });
    m_timer->setInterval(kRefreshMs);
    connect(m_timer, &QTimer::timeout, this, &DashboardPage::reload);
    m_liveTimer->setSingleShot(true);
    m_liveTimer->setInterval(kLiveDelayMs);
    connect(m_liveTimer, &QTimer::timeout, this, &DashboardPage::applyLive);
    if (m_ctx.feed) {
        auto live = [this] { m_liveTimer->start(); };
        connect(m_ctx.feed, &StatusFeed::statusChanged, this, live);
        connect(m_ctx.feed, &StatusFeed::runningChanged, this, live);
        connect(m_ctx.feed, &StatusFeed::upstreamChanged, this, live);
    }
    retranslate();
    render();
}

DashboardPage::~DashboardPage() = default;

void DashboardPage::addAttentionSource(std::shared_ptr<const AttentionSource> source)
{
    m_sources << std::move(source);
}

void DashboardPage::showEvent(QShowEvent *event)
{
    Page::showEvent(event);
    m_timer->start();
    reload();
}

void DashboardPage::hideEvent(QHideEvent *event)
{
    m_timer->stop();
    Page::hideEvent(event);
}

void DashboardPage::reload()
{
    if (m_loading)
        return; // the load under way answers soon enough
    m_loading = true;
    const auto sources = m_sources;
    const QDateTime now = m_clock();
    runInBackground<DashboardSummary>(
        this, m_ctx.db.path(), [sources, now](Database &db) { return DashboardSummary::load(db, now, sources); },
        [this](Result<DashboardSummary> r) {
            m_loading = false;
            if (!r) {
                m_updated->setText(tr("Could not read the figures: %1").arg(r.message()));
                emit refreshed();
                return;
            }
            m_summary = std::move(r).value();
            m_loaded = true;
            applyLive();
            emit refreshed();
        });
}

void DashboardPage::applyLive()
{
    const bool running = m_ctx.feed && m_ctx.feed->isRunning();
    m_summary.applyLive(running, m_ctx.feed ? m_ctx.feed->snapshot() : QList<AccountStatus>{}, m_ctx.feed ? m_ctx.feed->upstreamStatus() : UpstreamStatus{},
                        m_ctx.feed ? m_ctx.feed->activeCalls() : -1);
    render();
}

void DashboardPage::render()
{
    const auto &s = m_summary;
    auto set = [this](const char *key, const QString &text) { m_figures.value(QLatin1String(key))->setText(text); };
    if (!m_loaded) {
        for (auto *label : std::as_const(m_figures))
            label->setText(tr("Loading…"));
        return;
    }
    set("trunks", s.trunks.isEmpty() ? tr("No trunks yet")
                                     : tr("%1 up · %2 down · %3 unreachable").arg(s.trunksUp).arg(s.trunksDown).arg(s.trunksUnreachable));
    set("phones", tr("%1 of %2 registered").arg(s.phonesRegistered).arg(s.phonesTotal));
    set("callsNow", !s.engineRunning ? tr("Engine not running") : s.callsNow < 0 ? QStringLiteral("–") : QString::number(s.callsNow));
    // An engine in another process (centralectl serve) does not publish its calls in progress.
    m_figures.value(QStringLiteral("callsNow"))->setToolTip(s.engineRunning && s.callsNow < 0 ? tr("Known only to an engine in this process") : QString());
    set("callsToday", tr("%1 (%2 answered)").arg(s.callsToday).arg(s.answeredToday));
    set("spendToday", tr("EUR %1 of %2").arg(euro(s.spentTodayMicros), euro(s.limitTodayMicros)));
    set("spendWeek", tr("EUR %1 of %2").arg(euro(s.spentWeekMicros), euro(s.limitWeekMicros)));
    m_dayBar->setValue(percent(s.spentTodayMicros, s.limitTodayMicros));
    m_weekBar->setValue(percent(s.spentWeekMicros, s.limitWeekMicros));
    set("security", tr("Addresses: %1 · Fraud: %2").arg(s.blockedSources).arg(s.fraudBlocks));
    set("carrier", !s.engineRunning                                ? tr("Engine not running")
                   : s.upstream.state == UpstreamStatus::State::Off ? tr("No registration (by address)")
                                                                     : upstreamStateText(s.upstream.state));
    m_figures.value(QStringLiteral("carrier"))->setToolTip(s.upstream.detail.isEmpty() ? s.upstream.account : s.upstream.detail);

    m_trunkModel->setTrunks(s.trunks);

    m_alerts->clear();
    for (const auto &a : s.alerts) {
        const QLocale locale = LanguageSwitcher::instance().locale();
        const QString when = a.at.date() == s.at.date() ? locale.toString(a.at.time(), QLocale::ShortFormat) : locale.toString(a.at, QLocale::ShortFormat);
        auto *item = new QListWidgetItem(QStringLiteral("%1  %2").arg(when, a.text), m_alerts);
        if (a.severity == DashboardAlert::Severity::Critical)
            item->setForeground(QColor(0xc6, 0x28, 0x28));
    }
    if (s.alerts.isEmpty())
        new QListWidgetItem(tr("No alerts."), m_alerts);

    m_attention->clear();
    for (const auto &a : s.attention) {
        auto *item = new QListWidgetItem(a.text, m_attention);
        item->setData(Qt::UserRole, a.page);
        if (a.overdue)
            item->setForeground(QColor(0xc6, 0x28, 0x28));
    }
    if (s.attention.isEmpty())
        new QListWidgetItem(tr("Nothing needs attention."), m_attention);
    m_charts->setSummary(s);
    m_updated->setText(tr("Updated %1").arg(LanguageSwitcher::instance().locale().toString(s.at.time(), QLocale::LongFormat)));
}

void DashboardPage::retranslate()
{
    const QHash<QString, QString> captions{{QStringLiteral("trunks"), tr("Trunks")},
                                           {QStringLiteral("phones"), tr("Phone accounts")},
                                           {QStringLiteral("callsNow"), tr("Calls now")},
                                           {QStringLiteral("callsToday"), tr("Calls today")},
                                           {QStringLiteral("spendToday"), tr("Spent today")},
                                           {QStringLiteral("spendWeek"), tr("Spent this week")},
                                           {QStringLiteral("security"), tr("Blocked")},
                                           {QStringLiteral("carrier"), tr("Carrier registration")}};
    for (auto it = m_figureTitles.begin(); it != m_figureTitles.end(); ++it)
        it.value()->setText(captions.value(it.key()));
    m_dayBar->setAccessibleName(tr("Share of today's limits spent"));
    m_weekBar->setAccessibleName(tr("Share of this week's limits spent"));
    m_trunksTitle->setText(tr("Registrations per trunk"));
    m_alertsTitle->setText(tr("Recent alerts"));
    m_attentionTitle->setText(tr("Attention"));
    m_trunkView->setAccessibleName(tr("Registrations per trunk"));
    m_alerts->setAccessibleName(tr("Recent alerts"));
    m_attention->setAccessibleName(tr("Attention"));
    m_trunkModel->retranslate();
    m_charts->retranslate();
    render();
}

} // namespace centrale::ui
