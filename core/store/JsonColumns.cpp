#include "store/JsonColumns.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace centrale::jsoncol {

QString fromWhitelist(const IpWhitelist &list)
{
    QStringList s;
    for (const auto &n : list)
        s << n.toString();
    return QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(s)).toJson(QJsonDocument::Compact));
}

IpWhitelist toWhitelist(const QString &json)
{
    IpWhitelist out;
    for (const auto &v : QJsonDocument::fromJson(json.toUtf8()).array())
        if (auto n = IpNetwork::parse(v.toString()))
            out << n.value();
    return out;
}

QString fromObject(const QJsonObject &o) { return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact)); }

QJsonObject toObject(const QString &json) { return QJsonDocument::fromJson(json.toUtf8()).object(); }

} // namespace centrale::jsoncol
