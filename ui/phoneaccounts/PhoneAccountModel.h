#pragma once
// The phone accounts with a live registration light, updated per status change
// without reloading the list (as TrunkModel does for trunks).
#include "common/AppContext.h"
#include "domain/PhoneAccount.h"
#include <QAbstractTableModel>
#include <QHash>

namespace centrale::ui {

class PhoneAccountModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Number, Channels, IpWhitelist, Status, Handset, LastFetch, ColumnCount };
    enum Roles { NumberRole = Qt::UserRole, StateRole };
    PhoneAccountModel(Database &db, StatusFeed *feed, QObject *parent = nullptr);

    void reload();
    const PhoneAccount *phoneAt(int row) const;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    void onStatus(const AccountStatus &status);
    QVariant statusData(const PhoneAccount &phone, int role) const;
    Database &m_db;
    QList<PhoneAccount> m_phones;
    QHash<QString, AccountStatus> m_status; // by username
    QHash<QString, qint64> m_lastFetch;     // MAC → last served provisioning file (ms)
};

} // namespace centrale::ui
