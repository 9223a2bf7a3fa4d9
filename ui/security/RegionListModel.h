#pragma once
// Every country libphonenumber knows, by name, for the country picker.
#include <QAbstractListModel>
#include <QStringList>

namespace centrale::ui {

class RegionListModel : public QAbstractListModel {
    Q_OBJECT
public:
    enum Roles { RegionRole = Qt::UserRole };
    // exclude: regions already in the whitelist, not offered again.
    explicit RegionListModel(const QStringList &exclude, QObject *parent = nullptr);
    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

private:
    QStringList m_regions;
    QStringList m_names;
};

} // namespace centrale::ui
