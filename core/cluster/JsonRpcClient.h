#pragma once
// Kamailio's JSON-RPC over HTTP (jsonrpcs + xhttp): one call, waited for with a timeout.
// Blocking by design: call it off the GUI thread (ClusterFollower does).
#include "util/Result.h"
#include <QJsonArray>
#include <QJsonValue>
#include <QString>

namespace centrale::cluster {

// The call's "result" (or the node's error message, or why the node was not reached).
Result<QJsonValue> jsonRpcCall(const QString &url, const QString &method, const QJsonArray &params = {}, int timeoutMs = 2000);

} // namespace centrale::cluster
