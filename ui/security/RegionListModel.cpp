#include "security/RegionListModel.h"
#include "domain/DestinationPresets.h"
#include "security/CountryNames.h"

#include <algorithm>

namespace centrale::ui {

RegionListModel::RegionListModel(const QStringList &exclude, QObject *parent) : QAbstractListModel(parent)
{
    QList<std::pair<QString, QString>> rows;
    for (const auto &region : knownRegions())
        if (!exclude.contains(region))
            rows.append({countryName(region), region});
    std::sort(rows.begin(), rows.end(), [](const auto &a, const auto &b) { return QString::localeAwareCompare(a.first, b.first) < 0; });
    for (const auto &[name, region] : rows) {
        m_names << name;
        m_regions << region;
    }
}

int RegionListModel::rowCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : int(m_regions.size()); }

QVariant RegionListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_regions.size())
        return {};
    if (role == RegionRole)
        return m_regions[index.row()];
    if (role == Qt::DisplayRole)
        return tr("%1 (%2)").arg(m_names[index.row()], m_regions[index.row()]);
    return {};
}

} // namespace centrale::ui
