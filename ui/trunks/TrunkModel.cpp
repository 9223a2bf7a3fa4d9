#include "trunks/TrunkModel.h"
#include "store/TrunkRepository.h"

#include <QColor>
#include <QTimer>

namespace centrale::ui {

TrunkModel::TrunkModel(Database &db, StatusFeed *feed, QObject *parent) : QAbstractTableModel(parent), m_db(db), m_feed(feed)
{
    if (m_feed) {
        connect(m_feed, &StatusFeed::statusChanged, this, &TrunkModel::onStatus);
        for (const auto &s : m_feed->snapshot())
            m_status.insert(s.account, s);
    }
    // The expiry countdown moves even when nothing is reported.
    auto *tick = new QTimer(this);
    connect(tick, &QTimer::timeout, this, [this] {
        if (!m_trunks.isEmpty())
            emit dataChanged(index(0, Expires), index(rowCount() - 1, Secondary));
    });
    tick->start(1000);
    reload();
}

void TrunkModel::reload()
{
    beginResetModel();
    auto r = TrunkRepository(m_db).list();
    m_trunks = r ? r.value() : QList<Trunk>{};
    endResetModel();
}

const Trunk *TrunkModel::trunkAt(int row) const { return row >= 0 && row < m_trunks.size() ? &m_trunks[row] : nullptr; }

int TrunkModel::rowCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : int(m_trunks.size()); }
int TrunkModel::columnCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : ColumnCount; }

void TrunkModel::onStatus(const AccountStatus &status)
{
    m_status.insert(status.account, status);
    for (int row = 0; row < m_trunks.size(); ++row) {
        const auto &t = m_trunks[row];
        if (t.primary.username == status.account || t.secondary.username == status.account)
            emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
    }
}

static QString countdown(const QDateTime &expires)
{
    const qint64 s = QDateTime::currentDateTimeUtc().secsTo(expires);
    return s <= 0 ? QString() : QStringLiteral("%1:%2").arg(s / 60).arg(s % 60, 2, 10, QLatin1Char('0'));
}

QVariant TrunkModel::accountData(const SipAccount &account, int role) const
{
    const auto it = m_status.constFind(account.username);
    const RegistrationState state = it == m_status.cend() ? RegistrationState::Unregistered : it->state;
    switch (role) {
    case Qt::DisplayRole: {
        QString text = state == RegistrationState::Registered ? tr("Registered") : state == RegistrationState::Unreachable ? tr("Unreachable") : tr("Not registered");
        if (state == RegistrationState::Registered && it != m_status.cend() && !countdown(it->expires).isEmpty())
            text += QStringLiteral(" (") + countdown(it->expires) + QLatin1Char(')');
        return QString(account.username + QStringLiteral(" - ") + text);
    }
    case Qt::DecorationRole:
        return state == RegistrationState::Registered ? QColor(Qt::darkGreen) : state == RegistrationState::Unreachable ? QColor(Qt::darkYellow) : QColor(Qt::red);
    case Qt::ToolTipRole:
        if (it == m_status.cend() || state != RegistrationState::Registered)
            return tr("Not registered");
        return tr("Contact: %1\nUser agent: %2").arg(it->contact, it->userAgent);
    case Qt::UserRole:
        return int(state);
    }
    return {};
}

QVariant TrunkModel::data(const QModelIndex &index, int role) const
{
    const Trunk *t = index.isValid() ? trunkAt(index.row()) : nullptr;
    if (!t)
        return {};
    if (index.column() == Primary)
        return accountData(t->primary, role);
    if (index.column() == Secondary)
        return accountData(t->secondary, role);
    if (role != Qt::DisplayRole && !(role == Qt::ToolTipRole && index.column() == IpAddresses))
        return {}; // the address list may be cut short in its column: the tooltip has it all
    switch (index.column()) {
    case Name: return t->name;
    case Brand: return pbxBrandDisplayName(t->brand);
    case IpAddresses: {
        QStringList ips;
        for (const auto &n : t->ipWhitelist)
            ips << n.toString();
        return ips.join(QStringLiteral(", "));
    }
    case Expires: {
        // The earliest binding expiry of either account: what the seed's "Verloopt" shows.
        QDateTime first;
        for (const auto *a : {&t->primary, &t->secondary}) {
            const auto it = m_status.constFind(a->username);
            if (it != m_status.cend() && it->expires.isValid() && (first.isNull() || it->expires < first))
                first = it->expires;
        }
        return first.isNull() ? tr("-") : countdown(first);
    }
    case Channels: return t->channels;
    }
    return {};
}

QVariant TrunkModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::ToolTipRole && section == Channels)
        return tr("Simultaneous calls");
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Name: return tr("Name");
    case Brand: return tr("Brand");
    case IpAddresses: return tr("IP addresses");
    case Expires: return tr("Expires");
    case Channels: return tr("Channels"); // short: the column holds a small number
    case Primary: return tr("Primary account");
    case Secondary: return tr("Secondary account");
    }
    return {};
}

} // namespace centrale::ui
