#include "callplans/VoicemailModel.h"
#include "store/VoicemailRepository.h"

#include <QDateTime>
#include <QLocale>

namespace centrale::ui {

VoicemailModel::VoicemailModel(Database &db, QObject *parent) : QAbstractTableModel(parent), m_db(db) {}

void VoicemailModel::setPlan(qint64 planId)
{
    m_planId = planId;
    reload();
}

void VoicemailModel::reload()
{
    beginResetModel();
    m_messages.clear();
    m_error.clear();
    if (m_planId) {
        auto list = VoicemailRepository(m_db).list(m_planId);
        if (list)
            m_messages = *list;
        else
            m_error = list.message();
    }
    endResetModel();
}

const VoicemailMessage *VoicemailModel::messageAt(const QModelIndex &index) const
{
    return index.isValid() && index.row() < m_messages.size() ? &m_messages[index.row()] : nullptr;
}

int VoicemailModel::rowCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : int(m_messages.size()); }

int VoicemailModel::columnCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : ColumnCount; }

QVariant VoicemailModel::data(const QModelIndex &index, int role) const
{
    const VoicemailMessage *m = messageAt(index);
    if (!m || (role != Qt::DisplayRole && role != Qt::AccessibleTextRole))
        return {};
    switch (index.column()) {
    case Received: return QLocale().toString(QDateTime::fromMSecsSinceEpoch(m->receivedMs), QLocale::ShortFormat);
    case Caller: return m->caller;
    case Called: return m->called;
    case Length: return tr("%1 s").arg(m->seconds, 0, 'f', 1);
    default: return {};
    }
}

QVariant VoicemailModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Received: return tr("Received");
    case Caller: return tr("Caller");
    case Called: return tr("Called number");
    case Length: return tr("Length");
    default: return {};
    }
}

} // namespace centrale::ui
