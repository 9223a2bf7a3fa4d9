#include "dashboard/TrunkRegistrationModel.h"

#include <QBrush>
#include <QColor>

namespace centrale::ui {

void TrunkRegistrationModel::setTrunks(const QList<TrunkRegistration> &trunks)
{
    // Same trunks in the same order (the usual refresh): only the cells change, so the
    // view keeps its selection and scroll position.
    bool sameRows = trunks.size() == m_trunks.size();
    for (qsizetype i = 0; sameRows && i < trunks.size(); ++i)
        sameRows = trunks[i].trunk == m_trunks[i].trunk;
    if (sameRows) {
        m_trunks = trunks;
        if (!m_trunks.isEmpty())
            emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
        return;
    }
    beginResetModel();
    m_trunks = trunks;
    endResetModel();
}

QString TrunkRegistrationModel::healthText(TrunkHealth h)
{
    switch (h) {
    case TrunkHealth::Up:
        return tr("Up");
    case TrunkHealth::Unreachable:
        return tr("Unreachable");
    case TrunkHealth::Down:
        break;
    }
    return tr("Down");
}

QString TrunkRegistrationModel::stateText(RegistrationState s)
{
    switch (s) {
    case RegistrationState::Registered:
        return tr("Registered");
    case RegistrationState::Unreachable:
        return tr("Unreachable");
    case RegistrationState::Unregistered:
        break;
    }
    return tr("Not registered");
}

QVariant TrunkRegistrationModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_trunks.size())
        return {};
    const auto &t = m_trunks[index.row()];
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case Trunk:
            return t.trunk;
        case Health:
            return healthText(t.health());
        case Primary:
            return stateText(t.primary);
        case Secondary:
            return stateText(t.secondary);
        }
    }
    if (role == Qt::ToolTipRole && index.column() == Trunk)
        return t.trunk; // the whole name where a narrow window elides it
    if (role == Qt::ForegroundRole && index.column() == Health)
        return QBrush(t.health() == TrunkHealth::Up ? QColor(0x2e, 0x7d, 0x32) : t.health() == TrunkHealth::Unreachable ? QColor(0xef, 0x6c, 0x00) : QColor(0xc6, 0x28, 0x28));
    return {};
}

QVariant TrunkRegistrationModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Trunk:
        return tr("Trunk");
    case Health:
        return tr("State");
    case Primary:
        return tr("Primary");
    case Secondary:
        return tr("Secondary");
    }
    return {};
}

void TrunkRegistrationModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_trunks.isEmpty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

} // namespace centrale::ui
