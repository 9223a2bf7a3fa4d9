#pragma once
// The trunk list with the seed's columns plus a live status light per account.
#include "common/AppContext.h"
#include "domain/Trunk.h"
#include <QAbstractTableModel>
#include <QHash>

namespace centrale::ui {

class TrunkModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Name, Brand, IpAddresses, Expires, Channels, Primary, Secondary, ColumnCount };
    TrunkModel(Database &db, StatusFeed *feed, QObject *parent = nullptr);

    void reload();
    const Trunk *trunkAt(int row) const;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    void onStatus(const AccountStatus &status);
    QVariant accountData(const SipAccount &account, int role) const;
    Database &m_db;
    StatusFeed *m_feed;
    QList<Trunk> m_trunks;
    QHash<QString, AccountStatus> m_status; // by username
};

} // namespace centrale::ui
