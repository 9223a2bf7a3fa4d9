#include "calls/CallsPage.h"
#include "calls/CallLogLoader.h"
#include "cluster/ClusterStatusFeed.h"
#include "calls/CallLogModel.h"
#include "common/FileDialog.h"
#include "common/Icons.h"
#include "common/MessageBox.h"
#include "domain/CallRecordCsv.h"

#include <QComboBox>
#include <QDate>
#include <QDir>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include "diagnostics/TraceDialog.h"
#include <QSaveFile>
#include <QTableView>
#include <QThread>
#include <QTimer>
#include <QVBoxLayout>

namespace centrale::ui {

namespace {
constexpr int kRefreshMs = 2000;
} // namespace

CallsPage::CallsPage(const AppContext &ctx, QWidget *parent)
    : Page(parent), m_ctx(ctx), m_model(new CallLogModel(this)), m_search(new QLineEdit(this)), m_direction(new QComboBox(this)),
      m_export(new QPushButton(this)), m_trace(new QPushButton(this)), m_view(new QTableView(this)), m_status(new QLabel(this)), m_timer(new QTimer(this)), m_thread(new QThread(this)),
      m_loader(new CallLogLoader(ctx.db.path(), qobject_cast<cluster::ClusterStatusFeed *>(ctx.feed)
                                                     ? std::optional(qobject_cast<cluster::ClusterStatusFeed *>(ctx.feed)->settings())
                                                     : std::nullopt))
{
    qRegisterMetaType<CallLogFilter>();
    qRegisterMetaType<QList<CallRecord>>();

    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->verticalHeader()->hide();
    m_view->setColumnWidth(CallLogModel::Started, 150);
    m_view->setColumnWidth(CallLogModel::Account, 160);
    m_view->setColumnWidth(CallLogModel::Result, 200);
    m_search->setClearButtonEnabled(true);
    m_search->addAction(icon(QStringLiteral("filter")), QLineEdit::LeadingPosition);
    m_trace->setIcon(icon(QStringLiteral("trace")));
    m_export->setIcon(icon(QStringLiteral("export")));
    m_direction->addItems({QString(), QString(), QString()}); // texts in retranslate()
    m_direction->setItemData(1, QStringLiteral("outbound"));
    m_direction->setItemData(2, QStringLiteral("inbound"));

    auto *top = new QHBoxLayout;
    top->addWidget(m_search, 1);
    top->addWidget(m_direction);
    top->addWidget(m_trace);
    top->addWidget(m_export);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_status);

    // The loader lives on its own thread and is deleted there, with its connection.
    m_loader->moveToThread(m_thread);
    connect(m_thread, &QThread::finished, m_loader, &QObject::deleteLater);
    connect(this, &CallsPage::loadRequested, m_loader, &CallLogLoader::load);
    connect(m_loader, &CallLogLoader::loaded, this, &CallsPage::onLoaded);
    m_thread->setObjectName(QStringLiteral("call log loader"));
    m_thread->start();

    m_timer->setInterval(kRefreshMs);
    connect(m_timer, &QTimer::timeout, this, [this] { requestLoad(false); });
    connect(m_search, &QLineEdit::textChanged, this, [this] { requestLoad(true); });
    connect(m_direction, &QComboBox::currentIndexChanged, this, [this] { requestLoad(true); });
    connect(m_export, &QPushButton::clicked, this, &CallsPage::exportCsv);
    connect(m_trace, &QPushButton::clicked, this, &CallsPage::traceSelected);
    connect(m_view, &QTableView::doubleClicked, this, &CallsPage::traceSelected);
    retranslate();
}

CallsPage::~CallsPage()
{
    m_thread->quit();
    m_thread->wait();
}

void CallsPage::reload()
{
    // A hidden page loads when it is shown (showEvent); no work for pages nobody sees.
    if (isVisible())
        requestLoad(false);
}

void CallsPage::showEvent(QShowEvent *event)
{
    Page::showEvent(event);
    requestLoad(m_model->rowCount() == 0);
    m_timer->start();
}

void CallsPage::hideEvent(QHideEvent *event)
{
    m_timer->stop();
    Page::hideEvent(event);
}

CallLogFilter CallsPage::currentFilter() const
{
    CallLogFilter f;
    f.text = m_search->text().trimmed();
    f.direction = m_direction->currentData().toString();
    return f;
}

void CallsPage::requestLoad(bool showLoading)
{
    m_loading = m_loading || showLoading;
    updateStatus();
    if (m_busy) {
        m_again = true; // one load at a time; the newest filter wins when it ends
        return;
    }
    m_busy = true;
    emit loadRequested(++m_generation, currentFilter());
}

void CallsPage::onLoaded(quint64 generation, const QList<CallRecord> &records, const QString &error)
{
    m_busy = false;
    if (m_again) {
        m_again = false;
        requestLoad(false); // the filter changed while this ran: its result is stale
        return;
    }
    if (generation != m_generation)
        return;
    m_loading = false;
    m_error = error;
    if (error.isEmpty())
        m_model->setRecords(records);
    updateStatus();
    emit refreshed();
}

void CallsPage::run(PageCommand c)
{
    if (c == PageCommand::Filter)
        m_search->setFocus(Qt::ShortcutFocusReason);
}

QString CallsPage::statusText() const { return m_status->text(); }

void CallsPage::traceSelected()
{
    const int row = m_view->currentIndex().row();
    if (row < 0 || row >= m_model->records().size())
        return;
    auto *d = new TraceDialog(m_ctx, m_model->records().at(row).callId, this);
    d->setAttribute(Qt::WA_DeleteOnClose);
    d->show();
}

void CallsPage::updateStatus()
{
    QString text;
    if (m_loading)
        text = tr("Loading…");
    else if (!m_error.isEmpty())
        text = tr("The call log could not be read: %1").arg(m_error);
    else if (m_model->rowCount() == 0)
        text = m_search->text().trimmed().isEmpty() && m_direction->currentIndex() == 0 ? tr("No calls recorded yet.") : tr("No calls match the filter.");
    else
        text = tr("%n call(s), newest first.", nullptr, m_model->rowCount());
    if (!m_exported.isEmpty())
        text += QLatin1Char(' ') + m_exported;
    m_status->setText(text);
}

void CallsPage::exportCsv()
{
    const QString suggested = QDir::home().filePath(QStringLiteral("calls-%1.csv").arg(QDate::currentDate().toString(Qt::ISODate)));
    const QString path = FileDialog::saveFileName(this, tr("Export calls"), suggested, tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    // What the table shows (this filter, newest first) is what the file gets.
    const QList<CallRecord> &records = m_model->records();
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(callRecordsToCsv(records)) < 0 || !file.commit()) {
        MessageBox::error(this, tr("Export failed"), tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
        return;
    }
    m_exported = tr("Exported %n call(s) to %1.", nullptr, int(records.size())).arg(QDir::toNativeSeparators(path));
    updateStatus();
}

void CallsPage::retranslate()
{
    m_trace->setText(tr("SIP &trace..."));
    m_trace->setAccessibleName(tr("SIP trace of the selected call"));
    m_search->setPlaceholderText(tr("Filter by number, trunk, account or result"));
    m_search->setAccessibleName(tr("Filter calls"));
    m_direction->setItemText(0, tr("All directions"));
    m_direction->setItemText(1, tr("Outbound"));
    m_direction->setItemText(2, tr("Inbound"));
    m_direction->setAccessibleName(tr("Direction"));
    m_export->setText(tr("&Export CSV…"));
    m_export->setAccessibleName(tr("Export the calls shown as CSV"));
    m_view->setAccessibleName(tr("Calls"));
    m_status->setAccessibleName(tr("Call log status"));
    updateStatus();
}

} // namespace centrale::ui
