#include "diagnostics/TraceDialog.h"
#include "common/Background.h"
#include "common/FileDialog.h"
#include "diagnostics/ConnectionCheck.h"
#include "diagnostics/LadderWidget.h"
#include "diagnostics/PcapWriter.h"
#include "domain/SettingsCatalog.h"
#include "store/SettingsRepository.h"
#include "store/TraceRepository.h"

#include <QDateTime>
#include <QDialogButtonBox>
#include <QDir>
#include <QFontDatabase>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QSplitter>
#include <QVBoxLayout>

namespace centrale::ui {

using diagnostics::TraceMessage;

namespace {
struct Loaded {
    QList<TraceMessage> messages;
    QStringList carriers;
};
} // namespace

TraceDialog::TraceDialog(const AppContext &ctx, const QString &callId, QWidget *parent) : QDialog(parent), m_ctx(ctx), m_callId(callId)
{
    setWindowTitle(tr("SIP trace of call %1").arg(callId));
    build();
    load();
}

TraceDialog::TraceDialog(const AppContext &ctx, const QString &kind, const QString &name, const QStringList &accounts, QWidget *parent)
    : QDialog(parent), m_ctx(ctx), m_kind(kind), m_name(name), m_accounts(accounts)
{
    setWindowTitle(kind == QLatin1String("trunk") ? tr("Diagnostics of trunk %1").arg(name) : tr("Diagnostics of phone account %1").arg(name));
    build();
    load();
}

void TraceDialog::build()
{
    m_status = new QLabel(tr("Loading the SIP trace..."), this);
    m_status->setWordWrap(true);
    m_ladder = new LadderWidget(this);
    auto *scroll = new QScrollArea(this);
    scroll->setWidget(m_ladder);
    scroll->setWidgetResizable(false);
    m_details = new QPlainTextEdit(this);
    m_details->setReadOnly(true);
    m_details->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_details->setPlaceholderText(tr("Click an arrow to see the whole message."));
    m_details->setAccessibleName(tr("SIP message"));
    auto *split = new QSplitter(Qt::Vertical, this);
    split->addWidget(scroll);
    split->addWidget(m_details);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);

    auto *box = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_pcap = box->addButton(tr("Save as pcap..."), QDialogButtonBox::ActionRole);
    m_pcap->setEnabled(false);
    if (!m_kind.isEmpty())
        m_check = box->addButton(tr("Check connection"), QDialogButtonBox::ActionRole);
    connect(box, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_pcap, &QPushButton::clicked, this, &TraceDialog::savePcap);
    if (m_check)
        connect(m_check, &QPushButton::clicked, this, &TraceDialog::runCheck);
    connect(m_ladder, &LadderWidget::messageSelected, this, [this](int i) {
        if (i < 0 || i >= m_messages.size())
            return;
        const TraceMessage &m = m_messages.at(i);
        const QString head = tr("%1  %2 → %3  (%4 bytes)")
                                 .arg(QDateTime::fromMSecsSinceEpoch(m.timeUs / 1000).toString(QStringLiteral("yyyy-MM-dd HH:mm:ss.zzz")), m.source(),
                                      m.destination())
                                 .arg(m.data.size());
        m_details->setPlainText(head + QStringLiteral("\n\n") + QString::fromUtf8(m.data).remove(QLatin1Char('\r')));
    });

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_status);
    layout->addWidget(split, 1);
    layout->addWidget(box);
    resize(1000, 700);
}

void TraceDialog::load()
{
    const QString callId = m_callId;
    const QStringList accounts = m_accounts;
    runInBackground<Loaded>(
        this, m_ctx.db.path(),
        [callId, accounts](Database &db) -> Result<Loaded> {
            auto repo = TraceRepository::open(TraceRepository::pathFor(db.path()), true);
            if (!repo)
                return repo.error();
            auto messages = callId.isEmpty() ? (*repo)->registrations(accounts) : (*repo)->call(callId);
            if (!messages)
                return messages.error();
            Loaded l{*messages, {}};
            const QString up = SettingsRepository(db).get(QLatin1String(settingkeys::kUpstream));
            if (!up.isEmpty())
                l.carriers << diagnostics::parseEndpoint(up).ip;
            return l;
        },
        [this](Result<Loaded> r) {
            if (!r) {
                m_status->setText(r.message());
                emit loaded();
                return;
            }
            m_ladder->setLadder(diagnostics::buildLadder(r->messages, r->carriers));
            m_messages = r->messages;
            m_pcap->setEnabled(!m_messages.isEmpty());
            if (m_messages.isEmpty())
                m_status->setText(m_callId.isEmpty() ? tr("No registrations or OPTIONS checks of this account in the SIP trace yet.")
                                                     : tr("No SIP messages of this call in the trace (older than the trace keeps, or tracing was off)."));
            else
                m_status->setText(tr("%n message(s). The final answer is drawn bold: green when it succeeded, red when not; a Warning's reason "
                                     "follows it. Click an arrow to see the whole message.",
                                     nullptr, int(m_messages.size())));
            emit loaded();
        });
}

QString TraceDialog::statusText() const { return m_status->text(); }

void TraceDialog::savePcap()
{
    const QString suggested = QDir::home().filePath(QString(m_callId.isEmpty() ? m_name : m_callId).replace(QLatin1Char('@'), QLatin1Char('_')) + QStringLiteral(".pcap"));
    const QString path = FileDialog::saveFileName(this, tr("Save SIP trace as pcap"), suggested, tr("pcap files (*.pcap)"));
    if (path.isEmpty())
        return;
    const Status s = diagnostics::writePcap(path, m_messages, true);
    m_status->setText(s ? tr("Saved %n message(s) to %1 (open it with Wireshark or sngrep -I).", nullptr, int(m_messages.size())).arg(path) : s.message());
}

void TraceDialog::runCheck()
{
    if (!m_check)
        return;
    m_check->setEnabled(false);
    m_details->setPlainText(tr("Checking the connection..."));
    const QString kind = m_kind, name = m_name;
    runInBackground<diagnostics::ConnectionReport>(
        this, m_ctx.db.path(),
        [kind, name](Database &db) { return diagnostics::checkConnection(db, TraceRepository::pathFor(db.path()), kind, name); },
        [this](Result<diagnostics::ConnectionReport> r) {
            m_check->setEnabled(true);
            m_details->setPlainText(r ? r->text() : r.message());
            emit checkFinished();
        });
}

} // namespace centrale::ui
