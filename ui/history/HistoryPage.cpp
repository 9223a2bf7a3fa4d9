#include "history/HistoryPage.h"
#include "common/Background.h"
#include "common/Icons.h"
#include "common/MessageBox.h"
#include "history/HistoryModel.h"
#include "store/AuditRepository.h"
#include "store/AuditUndo.h"

#include <QComboBox>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace centrale::ui {

namespace {
const QDate kAnyDate(2000, 1, 1); // the date field's "any date" (shown as special text)
const QStringList kInterfaces = {QStringLiteral("console"), QStringLiteral("cli"), QStringLiteral("import"), QStringLiteral("engine"), QStringLiteral("external")};
} // namespace

HistoryPage::HistoryPage(const AppContext &ctx, QWidget *parent)
    : Page(parent), m_ctx(ctx), m_model(new HistoryModel(this)), m_search(new QLineEdit(this)), m_kind(new QComboBox(this)), m_interface(new QComboBox(this)),
      m_since(new QDateEdit(this)), m_undo(new QPushButton(this)), m_view(new QTableView(this)), m_status(new QLabel(this))
{
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->verticalHeader()->hide();
    m_view->setColumnWidth(HistoryModel::Time, 150);
    m_view->setColumnWidth(HistoryModel::Object, 220);
    m_search->setClearButtonEnabled(true);
    m_search->addAction(icon(QStringLiteral("filter")), QLineEdit::LeadingPosition);
    m_undo->setIcon(icon(QStringLiteral("undo")));
    m_kind->addItem(QString());
    for (const auto &k : audit::kinds())
        m_kind->addItem(QString(), k);
    m_interface->addItem(QString());
    for (const auto &i : kInterfaces)
        m_interface->addItem(QString(), i);
    m_since->setCalendarPopup(true);
    m_since->setMinimumDate(kAnyDate);
    m_since->setDate(kAnyDate);
    m_since->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_status->setWordWrap(true);

    auto *top = new QHBoxLayout;
    top->addWidget(m_search, 1);
    top->addWidget(m_kind);
    top->addWidget(m_interface);
    top->addWidget(m_since);
    top->addWidget(m_undo);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_status);

    connect(m_search, &QLineEdit::textChanged, this, &HistoryPage::requestLoad);
    connect(m_kind, &QComboBox::currentIndexChanged, this, &HistoryPage::requestLoad);
    connect(m_interface, &QComboBox::currentIndexChanged, this, &HistoryPage::requestLoad);
    connect(m_since, &QDateEdit::dateChanged, this, &HistoryPage::requestLoad);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &HistoryPage::updateButtons);
    connect(m_model, &QAbstractItemModel::modelReset, this, &HistoryPage::updateButtons);
    connect(m_undo, &QPushButton::clicked, this, &HistoryPage::undoSelected);
    retranslate();
}

void HistoryPage::reload()
{
    if (isVisible())
        requestLoad();
}

void HistoryPage::showEvent(QShowEvent *event)
{
    Page::showEvent(event);
    requestLoad();
}

AuditFilter HistoryPage::currentFilter() const
{
    AuditFilter f;
    f.text = m_search->text().trimmed();
    f.kind = m_kind->currentData().toString();
    f.interface = m_interface->currentData().toString();
    if (m_since->date() > kAnyDate)
        f.sinceMs = m_since->date().startOfDay().toMSecsSinceEpoch(); // the administrator's own day
    f.limit = 2000;
    return f;
}

void HistoryPage::requestLoad()
{
    if (m_busy) {
        m_again = true; // one read at a time; the newest filter wins when it ends
        return;
    }
    m_busy = true;
    updateButtons();
    const AuditFilter filter = currentFilter();
    runInBackground<QList<AuditEntry>>(
        this, m_ctx.db.path(), [filter](Database &db) { return AuditRepository(db).list(filter); },
        [this](Result<QList<AuditEntry>> r) {
            m_busy = false;
            if (m_again) {
                m_again = false;
                requestLoad();
                return;
            }
            m_error = r ? QString() : r.message();
            if (r) {
                const qint64 selected = m_view->currentIndex().data(HistoryModel::EntryIdRole).toLongLong();
                m_model->setEntries(std::move(r).value());
                for (int row = 0; row < m_model->rowCount(); ++row)
                    if (m_model->entries().at(row).id == selected)
                        m_view->selectRow(row);
            }
            updateButtons();
            emit refreshed();
        });
}

void HistoryPage::undoSelected()
{
    const AuditEntry *e = m_model->entryAt(m_view->currentIndex());
    if (!e || m_undoing || e->undoneBy)
        return;
    const QString what = QStringLiteral("%1 %2").arg(audit::kindLabel(e->kind), e->name);
    const QString question = e->note.isEmpty()
                                 ? tr("Undo change %1? Everything it changed (%2 and whatever was saved with it) goes back to how it was before.").arg(e->groupId).arg(what)
                                 : tr("Undo the whole import \"%1\" (change %2)? Everything it changed goes back to how it was before.").arg(e->note).arg(e->groupId);
    if (!MessageBox::confirm(this, tr("Undo change"), question))
        return;
    m_undoing = true;
    m_result.clear();
    updateButtons();
    const qint64 id = e->id;
    runInBackground<UndoOutcome>(
        this, m_ctx.db.path(), [id](Database &db) { return AuditUndo(db).undo(id); },
        [this](Result<UndoOutcome> r) {
            m_undoing = false;
            if (r) {
                m_result = tr("Undid change %1; a running engine applies it within a second.").arg(r->group);
                emit dataChanged();
            } else {
                MessageBox::error(this, tr("Undo refused"), r.message());
                m_result = r.message();
            }
            requestLoad();
            emit undoFinished(r.ok(), m_result);
        });
}

void HistoryPage::run(PageCommand c)
{
    if (c == PageCommand::Filter)
        m_search->setFocus(Qt::ShortcutFocusReason);
}

void HistoryPage::updateButtons()
{
    const AuditEntry *e = m_model->entryAt(m_view->currentIndex());
    m_undo->setEnabled(e && !e->undoneBy && !m_undoing);
    QString text;
    if (m_busy && m_model->rowCount() == 0)
        text = tr("Loading…");
    else if (!m_error.isEmpty())
        text = tr("The history could not be read: %1").arg(m_error);
    else if (m_model->rowCount() == 0)
        text = m_search->text().isEmpty() && m_kind->currentIndex() <= 0 && m_interface->currentIndex() <= 0 && m_since->date() == kAnyDate
                   ? tr("No changes recorded yet: every change made from now on is listed here and can be undone.")
                   : tr("No changes match the filter.");
    else
        text = tr("%n change(s), newest first.", nullptr, m_model->rowCount());
    if (!m_result.isEmpty())
        text += QLatin1Char(' ') + m_result;
    m_status->setText(text);
}

QString HistoryPage::statusText() const { return m_status->text(); }

void HistoryPage::retranslate()
{
    m_search->setPlaceholderText(tr("Filter by name, user, value or import"));
    m_search->setAccessibleName(tr("Filter history"));
    m_kind->setItemText(0, tr("All objects"));
    for (int i = 1; i < m_kind->count(); ++i)
        m_kind->setItemText(i, audit::kindLabel(m_kind->itemData(i).toString()));
    m_kind->setAccessibleName(tr("Object kind"));
    m_interface->setItemText(0, tr("Everywhere"));
    for (int i = 1; i < m_interface->count(); ++i)
        m_interface->setItemText(i, audit::interfaceLabel(m_interface->itemData(i).toString()));
    m_interface->setAccessibleName(tr("Changed from"));
    m_since->setSpecialValueText(tr("Any date"));
    m_since->setAccessibleName(tr("Changed since"));
    m_since->setToolTip(tr("Only changes made on or after this day"));
    m_undo->setText(tr("&Undo…"));
    m_undo->setAccessibleName(tr("Undo the selected change"));
    m_view->setAccessibleName(tr("History of changes"));
    updateButtons();
}

} // namespace centrale::ui
