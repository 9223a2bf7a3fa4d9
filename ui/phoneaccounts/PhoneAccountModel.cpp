#include "phoneaccounts/PhoneAccountModel.h"
#include "store/PhoneAccountRepository.h"
#include "store/ProvisioningLogRepository.h"

#include <QColor>
#include <QDateTime>
#include <QLocale>

namespace centrale::ui {

PhoneAccountModel::PhoneAccountModel(Database &db, StatusFeed *feed, QObject *parent) : QAbstractTableModel(parent), m_db(db)
{
    if (feed) {
        connect(feed, &StatusFeed::statusChanged, this, &PhoneAccountModel::onStatus);
        for (const auto &s : feed->snapshot())
            m_status.insert(s.account, s);
    }
    reload();
}

void PhoneAccountModel::reload()
{
    beginResetModel();
    auto r = PhoneAccountRepository(m_db).list();
    m_phones = r ? r.value() : QList<PhoneAccount>{};
    auto fetched = ProvisioningLogRepository(m_db).lastServed();
    m_lastFetch = fetched ? fetched.value() : QHash<QString, qint64>{};
    endResetModel();
}

const PhoneAccount *PhoneAccountModel::phoneAt(int row) const { return row >= 0 && row < m_phones.size() ? &m_phones[row] : nullptr; }
int PhoneAccountModel::rowCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : int(m_phones.size()); }
int PhoneAccountModel::columnCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : ColumnCount; }

void PhoneAccountModel::onStatus(const AccountStatus &status)
{
    m_status.insert(status.account, status);
    for (int row = 0; row < m_phones.size(); ++row)
        if (m_phones[row].account.username == status.account)
            emit dataChanged(index(row, Status), index(row, Status));
}

QVariant PhoneAccountModel::statusData(const PhoneAccount &phone, int role) const
{
    const auto it = m_status.constFind(phone.account.username);
    const RegistrationState state = it == m_status.cend() ? RegistrationState::Unregistered : it->state;
    switch (role) {
    case Qt::DisplayRole:
        return state == RegistrationState::Registered ? tr("Registered") : state == RegistrationState::Unreachable ? tr("Unreachable") : tr("Not registered");
    case Qt::DecorationRole:
        return state == RegistrationState::Registered ? QColor(Qt::darkGreen) : state == RegistrationState::Unreachable ? QColor(Qt::darkYellow) : QColor(Qt::red);
    case Qt::ToolTipRole:
        if (state != RegistrationState::Registered)
            return tr("Not registered");
        return tr("Contact: %1\nUser agent: %2").arg(it->contact, it->userAgent);
    case StateRole:
        return int(state);
    }
    return {};
}

QVariant PhoneAccountModel::data(const QModelIndex &index, int role) const
{
    const PhoneAccount *p = index.isValid() ? phoneAt(index.row()) : nullptr;
    if (!p)
        return {};
    if (role == NumberRole)
        return p->number;
    if (index.column() == Status)
        return statusData(*p, role);
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Number: return QString(QLatin1Char('+') + p->number);
    case Channels: return p->channels;
    case IpWhitelist: {
        QStringList ips;
        for (const auto &n : p->ipWhitelist)
            ips << n.toString();
        return ips.isEmpty() ? tr("any") : ips.join(QStringLiteral(", "));
    }
    case Handset: {
        if (p->mac.isEmpty())
            return p->model;
        QString mac;
        for (int i = 0; i < p->mac.size(); i += 2)
            mac += (i ? QStringLiteral(":") : QString()) + p->mac.mid(i, 2).toUpper();
        return p->model.isEmpty() ? mac : tr("%1 (%2)").arg(p->model, mac);
    }
    case LastFetch: {
        const qint64 ms = p->mac.isEmpty() ? 0 : m_lastFetch.value(p->mac);
        return ms ? QLocale().toString(QDateTime::fromMSecsSinceEpoch(ms), QLocale::ShortFormat) : (p->mac.isEmpty() ? QString() : tr("never"));
    }
    }
    return {};
}

QVariant PhoneAccountModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::ToolTipRole && section == Channels)
        return tr("Simultaneous calls");
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Number: return tr("Number");
    case Channels: return tr("Channels"); // short: the column holds a small number
    case IpWhitelist: return tr("IP whitelist");
    case Status: return tr("Status");
    case Handset: return tr("Phone");
    case LastFetch: return tr("Last provisioned");
    }
    return {};
}

} // namespace centrale::ui
