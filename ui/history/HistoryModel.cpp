#include "history/HistoryModel.h"

#include <QDateTime>
#include <QFont>

namespace centrale::ui {

void HistoryModel::setEntries(QList<AuditEntry> entries)
{
    beginResetModel();
    m_entries = std::move(entries);
    endResetModel();
}

const AuditEntry *HistoryModel::entryAt(const QModelIndex &index) const
{
    return index.isValid() && index.row() < m_entries.size() ? &m_entries[index.row()] : nullptr;
}

QModelIndex HistoryModel::index(int row, int column, const QModelIndex &parent) const
{
    if (parent.isValid() || row < 0 || row >= m_entries.size() || column < 0 || column >= ColumnCount)
        return {};
    return createIndex(row, column);
}

int HistoryModel::rowCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : int(m_entries.size()); }
int HistoryModel::columnCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : ColumnCount; }

QString HistoryModel::display(const AuditEntry &e, int column) const
{
    switch (column) {
    case Time:
        // Stored in UTC; shown in the administrator's own time.
        return QDateTime::fromMSecsSinceEpoch(e.atMs).toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
    case User:
        return e.user;
    case Interface:
        return audit::interfaceLabel(e.interface);
    case Object:
        return QStringLiteral("%1 %2").arg(audit::kindLabel(e.kind), e.name);
    case Change: {
        QString text = e.changes().join(QStringLiteral("; "));
        if (e.undoOf)
            text = tr("Undo of change %1: %2").arg(e.undoOf).arg(text);
        if (e.undoneBy)
            text += tr(" (undone)");
        return text;
    }
    }
    return {};
}

QVariant HistoryModel::data(const QModelIndex &index, int role) const
{
    const AuditEntry *e = entryAt(index);
    if (!e)
        return {};
    switch (role) {
    case Qt::DisplayRole:
        return display(*e, index.column());
    case Qt::ToolTipRole: {
        QString tip = tr("Entry %1, change %2").arg(e->id).arg(e->groupId);
        if (!e->note.isEmpty())
            tip += QStringLiteral(" (%1)").arg(e->note);
        return QString(tip + QLatin1Char('\n') + e->changes().join(QLatin1Char('\n')));
    }
    case Qt::FontRole:
        if (e->undoneBy) {
            QFont f;
            f.setStrikeOut(true);
            return f;
        }
        return {};
    case EntryIdRole:
        return e->id;
    }
    return {};
}

QVariant HistoryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Time: return tr("Time");
    case User: return tr("User");
    case Interface: return tr("From");
    case Object: return tr("Object");
    case Change: return tr("Change");
    }
    return {};
}

} // namespace centrale::ui
