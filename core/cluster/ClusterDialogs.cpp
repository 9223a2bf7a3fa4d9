#include "cluster/ClusterDialogs.h"
#include "cluster/JsonRpcClient.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

namespace centrale::cluster {

namespace {
// dlg.list_match answers one dialog as an object, several as an array.
QJsonArray dialogsOf(const QJsonValue &v)
{
    if (v.isArray())
        return v.toArray();
    if (v.isObject())
        return QJsonArray{v};
    return {};
}

// The copy on the node the call went through has the sockets the BYEs leave from.
bool ownedHere(const QJsonObject &dialog)
{
    return !dialog.value(QStringLiteral("caller")).toObject().value(QStringLiteral("socket")).toString().isEmpty()
        && !dialog.value(QStringLiteral("callee")).toObject().value(QStringLiteral("socket")).toString().isEmpty();
}
} // namespace

Result<QString> endClusterDialog(const QStringList &nodes, const QString &callId)
{
    QStringList errors;
    for (const auto &url : nodes) {
        auto found = jsonRpcCall(url, QStringLiteral("dlg.list_match"), {QStringLiteral("callid"), QStringLiteral("eq"), callId});
        if (!found) {
            errors << found.message();
            continue;
        }
        for (const auto &v : dialogsOf(found.value())) {
            const QJsonObject d = v.toObject();
            if (!ownedHere(d))
                continue;
            auto ended = jsonRpcCall(url, QStringLiteral("dlg.end_dlg"), {d.value(QStringLiteral("h_entry")), d.value(QStringLiteral("h_id"))});
            if (!ended)
                return Result<QString>::fail(ended.message());
            return url;
        }
    }
    if (!errors.isEmpty())
        return Result<QString>::fail(errors.join(QStringLiteral("; ")));
    return Result<QString>::fail(QCoreApplication::translate("ClusterDialogs", "No node relays the call %1 any more.").arg(callId));
}

} // namespace centrale::cluster
