#include "recordings/RecordingsModel.h"

#include <QDateTime>
#include <algorithm>

namespace centrale::ui {

void RecordingsModel::setRecordings(QList<Recording> recordings)
{
    beginResetModel();
    m_all = std::move(recordings);
    std::reverse(m_all.begin(), m_all.end()); // the store lists oldest first
    refilter();
    endResetModel();
}

void RecordingsModel::setFilter(const QString &text)
{
    beginResetModel();
    m_filter = text.trimmed();
    refilter();
    endResetModel();
}

void RecordingsModel::refilter()
{
    m_rows.clear();
    for (int i = 0; i < m_all.size(); ++i) {
        const Recording &r = m_all.at(i);
        if (m_filter.isEmpty() || r.callId.contains(m_filter, Qt::CaseInsensitive) || r.caller.contains(m_filter, Qt::CaseInsensitive)
            || r.callee.contains(m_filter, Qt::CaseInsensitive) || r.owner.contains(m_filter, Qt::CaseInsensitive) || r.account.contains(m_filter, Qt::CaseInsensitive))
            m_rows << i;
    }
}

const Recording *RecordingsModel::recordingAt(const QModelIndex &index) const
{
    return index.isValid() && index.row() < m_rows.size() ? &m_all.at(m_rows.at(index.row())) : nullptr;
}

QModelIndex RecordingsModel::index(int row, int column, const QModelIndex &parent) const
{
    return parent.isValid() || row < 0 || row >= m_rows.size() || column < 0 || column >= ColumnCount ? QModelIndex() : createIndex(row, column);
}

int RecordingsModel::rowCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : int(m_rows.size()); }
int RecordingsModel::columnCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : ColumnCount; }

QVariant RecordingsModel::data(const QModelIndex &index, int role) const
{
    const Recording *r = recordingAt(index);
    if (!r)
        return {};
    if (role == Qt::ToolTipRole)
        return tr("Call ID %1").arg(r->callId);
    if (role == Qt::TextAlignmentRole && index.column() == Duration)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Start:
        return QDateTime::fromMSecsSinceEpoch(r->startedMs).toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
    case Caller:
        return r->caller;
    case Callee:
        return r->callee;
    case Account:
        return r->owner.isEmpty() ? r->account : r->owner;
    case Duration: {
        const qint64 s = (r->durationMs + 500) / 1000;
        return QStringLiteral("%1:%2").arg(s / 60).arg(s % 60, 2, 10, QLatin1Char('0'));
    }
    case Expires:
        return QDateTime::fromMSecsSinceEpoch(r->expiresMs).date().toString(Qt::ISODate);
    case File:
        return r->file;
    }
    return {};
}

QVariant RecordingsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Start:
        return tr("Start");
    case Caller:
        return tr("Caller");
    case Callee:
        return tr("Callee");
    case Account:
        return tr("Trunk / phone");
    case Duration:
        return tr("Duration");
    case Expires:
        return tr("Kept until");
    case File:
        return tr("File");
    }
    return {};
}

} // namespace centrale::ui
