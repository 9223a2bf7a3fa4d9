#include "main/MainWindow.h"
#include "callplans/CallPlansPage.h"
#include "calls/CallsPage.h"
#include "diagnostics/HelpPage.h"
#include "history/HistoryPage.h"
#include "migrations/MigrationsPage.h"
#include "numbers/NumbersPage.h"
#include "phoneaccounts/PhoneAccountsPage.h"
#include "security/SecurityPage.h"
#include "settings/SettingsPage.h"
#include "trunks/TrunksPage.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QSettings>
#include <QStackedWidget>
#include <QStatusBar>

namespace centrale::ui {

MainWindow::MainWindow(const AppContext &ctx, QWidget *parent)
    : QMainWindow(parent), m_ctx(ctx), m_sidebar(new QListWidget(this)), m_stack(new QStackedWidget(this)), m_status(new QLabel(this))
{
    auto *central = new QWidget(this);
    auto *layout = new QHBoxLayout(central);
    layout->addWidget(m_sidebar);
    layout->addWidget(m_stack, 1);
    setCentralWidget(central);
    m_sidebar->setFixedWidth(180);
    statusBar()->addWidget(m_status, 1);

    addPage(new TrunksPage(ctx, this));
    addPage(new NumbersPage(ctx, this));
    addPage(new CallPlansPage(ctx, this));
    addPage(new PhoneAccountsPage(ctx, this));
    addPage(new SecurityPage(ctx, this));
    addPage(new CallsPage(ctx, this));
    addPage(new SettingsPage(ctx, this));
    auto *help = new HelpPage(ctx, this);
    addPage(help);
    connect(help, &HelpPage::navigate, this, [this](const QString &pageClass) {
        for (int i = 0; i < m_pages.size(); ++i)
            if (QLatin1String(m_pages[i]->metaObject()->className()) == pageClass)
                showPage(i);
    });
    addPage(new HistoryPage(ctx, this));
    addPage(new MigrationsPage(ctx, this));
    connect(m_sidebar, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row >= 0 && row < m_pages.size()) {
            m_pages[row]->reload();
            m_stack->setCurrentIndex(row);
        }
    });

    if (m_ctx.feed) {
        connect(m_ctx.feed, &StatusFeed::statusChanged, this, &MainWindow::updateStatus);
        connect(m_ctx.feed, &StatusFeed::runningChanged, this, &MainWindow::updateStatus);
        connect(m_ctx.feed, &StatusFeed::upstreamChanged, this, &MainWindow::updateStatus);
    }
    QSettings settings;
    resize(1100, 700);
    restoreGeometry(settings.value(QStringLiteral("ui/geometry")).toByteArray());
    showPage(settings.value(QStringLiteral("ui/page"), 0).toInt());
    retranslate();
}

MainWindow::~MainWindow()
{
    QSettings settings;
    settings.setValue(QStringLiteral("ui/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("ui/page"), m_sidebar->currentRow());
}

void MainWindow::addPage(Page *page)
{
    m_pages << page;
    m_stack->addWidget(page);
    m_sidebar->addItem(page->title());
    // A change on one page (a trunk takes a number) shows on the others when they are opened.
    connect(page, &Page::dataChanged, this, [this, page] {
        for (auto *p : m_pages)
            if (p != page)
                p->reload();
    });
}

void MainWindow::showPage(int index)
{
    m_sidebar->setCurrentRow(qBound(0, index, int(m_pages.size()) - 1));
}

void MainWindow::updateStatus()
{
    if (!m_ctx.feed || !m_ctx.feed->isRunning()) {
        m_status->setText(tr("Engine not running"));
        return;
    }
    const auto accounts = m_ctx.feed->snapshot();
    const auto registered = std::count_if(accounts.begin(), accounts.end(), [](const AccountStatus &s) { return s.state == RegistrationState::Registered; });
    QString text = tr("Engine running on %1 - %2 of %3 accounts registered")
                       .arg(m_ctx.feed->listenAddresses().join(QStringLiteral(", ")))
                       .arg(registered)
                       .arg(accounts.size());
    const UpstreamStatus upstream = m_ctx.feed->upstreamStatus();
    if (upstream.state != UpstreamStatus::State::Off)
        text += QStringLiteral(" - ") + upstreamSummary(upstream);
    m_status->setText(text);
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QMainWindow::changeEvent(event);
}

void MainWindow::retranslate()
{
    setWindowTitle(tr("Centrale"));
    for (int i = 0; i < m_pages.size(); ++i)
        m_sidebar->item(i)->setText(m_pages[i]->title());
    m_sidebar->setAccessibleName(tr("Pages"));
    m_status->setAccessibleName(tr("Engine status"));
    updateStatus();
}

} // namespace centrale::ui
