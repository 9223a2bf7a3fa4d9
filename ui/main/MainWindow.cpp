#include "main/MainWindow.h"
#include "callplans/CallPlansPage.h"
#include "common/Icons.h"
#include "calls/CallsPage.h"
#include "dashboard/DashboardPage.h"
#include "diagnostics/HelpPage.h"
#include "history/HistoryPage.h"
#include "main/ShortcutsDialog.h"
#include "migrations/MigrationsPage.h"
#include "numbers/NumbersPage.h"
#include "phoneaccounts/PhoneAccountsPage.h"
#include "recordings/RecordingsPage.h"
#include "security/SecurityPage.h"
#include "settings/SettingsPage.h"
#include "trunks/TrunksPage.h"

#include <QAction>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
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
    m_sidebar->setFixedWidth(190);
    m_sidebar->setIconSize(QSize(20, 20));
    statusBar()->addWidget(m_status, 1);

    m_dashboard = new DashboardPage(ctx, this);
    addPage(m_dashboard);
    connect(m_dashboard, &DashboardPage::navigate, this, &MainWindow::showPageOfClass);
    addPage(new TrunksPage(ctx, this));
    addPage(new NumbersPage(ctx, this));
    addPage(new CallPlansPage(ctx, this));
    addPage(new PhoneAccountsPage(ctx, this));
    addPage(new SecurityPage(ctx, this));
    addPage(new CallsPage(ctx, this));
    addPage(new SettingsPage(ctx, this));
    auto *help = new HelpPage(ctx, this);
    addPage(help);
    connect(help, &HelpPage::navigate, this, &MainWindow::showPageOfClass);
    addPage(new HistoryPage(ctx, this));
    addPage(new RecordingsPage(ctx, this));
    addPage(new MigrationsPage(ctx, this));
    connect(m_sidebar, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row >= 0 && row < m_pages.size()) {
            m_pages[row]->reload();
            m_stack->setCurrentIndex(row);
        }
        updateCommands();
    });
    createMenus();

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
    m_sidebar->addItem(new QListWidgetItem(icon(page->iconName().isEmpty() ? QStringLiteral("page") : page->iconName()), page->title()));
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

void MainWindow::showPageOfClass(const QString &pageClass)
{
    for (int i = 0; i < m_pages.size(); ++i) {
        const QString name = QLatin1String(m_pages[i]->metaObject()->className());
        // "TrunksPage" or the full "centrale::ui::TrunksPage"
        if (name == pageClass || name.endsWith(QStringLiteral("::") + pageClass))
            showPage(i);
    }
}

void MainWindow::createMenus()
{
    const auto add = [this](QMenu *menu, const QIcon &icon, const QKeySequence &keys, auto slot) {
        QAction *a = menu->addAction(icon, QString());
        a->setShortcut(keys);
        connect(a, &QAction::triggered, this, slot);
        return a;
    };
    m_goMenu = menuBar()->addMenu(QString());
    for (int i = 0; i < m_pages.size(); ++i)
        m_goActions << add(m_goMenu, m_sidebar->item(i)->icon(), i < 9 ? QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + i)) : QKeySequence(), [this, i] { showPage(i); });
    m_editMenu = menuBar()->addMenu(QString());
    const auto command = [this](PageCommand c) {
        if (Page *p = currentPage(); p && p->supports(c))
            p->run(c);
    };
    m_newAction = add(m_editMenu, icon(QStringLiteral("add")), QKeySequence::New, [command] { command(PageCommand::New); });
    // Text fields keep Del for themselves (they take it as a ShortcutOverride).
    m_deleteAction = add(m_editMenu, icon(QStringLiteral("delete")), QKeySequence::Delete, [command] { command(PageCommand::Delete); });
    m_filterAction = add(m_editMenu, icon(QStringLiteral("filter")), QKeySequence::Find, [command] { command(PageCommand::Filter); });
    m_editMenu->addSeparator();
    m_refreshAction = add(m_editMenu, icon(QStringLiteral("refresh")), QKeySequence(Qt::Key_F5), [this] {
        if (Page *p = currentPage())
            p->reload();
    });
    m_helpMenu = menuBar()->addMenu(QString());
    m_helpAction = add(m_helpMenu, icon(QStringLiteral("help")), QKeySequence::HelpContents, [this] {
        for (int i = 0; i < m_pages.size(); ++i)
            if (qobject_cast<HelpPage *>(m_pages[i]))
                showPage(i);
    });
    m_shortcutsAction = add(m_helpMenu, icon(QStringLiteral("keyboard")), QKeySequence(Qt::CTRL | Qt::Key_Slash), [this] { showShortcuts(); });
    updateCommands();
}

QList<QAction *> MainWindow::commandActions() const
{
    QList<QAction *> out;
    for (const QMenu *menu : {m_goMenu, m_editMenu, m_helpMenu})
        for (QAction *a : menu->actions())
            if (!a->isSeparator())
                out << a;
    return out;
}

void MainWindow::showShortcuts()
{
    ShortcutsDialog dialog(commandActions(), this);
    dialog.exec();
}

Page *MainWindow::currentPage() const { return qobject_cast<Page *>(m_stack->currentWidget()); }

void MainWindow::updateCommands()
{
    if (!m_newAction)
        return;
    const Page *p = currentPage();
    m_newAction->setEnabled(p && p->supports(PageCommand::New));
    m_deleteAction->setEnabled(p && p->supports(PageCommand::Delete));
    m_filterAction->setEnabled(p && p->supports(PageCommand::Filter));
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
    if (m_goMenu) {
        m_goMenu->setTitle(tr("&Go"));
        for (int i = 0; i < m_goActions.size(); ++i)
            m_goActions[i]->setText(m_pages[i]->title());
        m_editMenu->setTitle(tr("&Edit"));
        m_newAction->setText(tr("&New..."));
        m_deleteAction->setText(tr("&Delete..."));
        m_filterAction->setText(tr("&Filter"));
        m_refreshAction->setText(tr("&Refresh"));
        m_helpMenu->setTitle(tr("&Help"));
        m_helpAction->setText(tr("&Help"));
        m_shortcutsAction->setText(tr("&Keyboard shortcuts..."));
    }
    m_sidebar->setAccessibleName(tr("Pages"));
    m_status->setAccessibleName(tr("Engine status"));
    updateStatus();
}

} // namespace centrale::ui
