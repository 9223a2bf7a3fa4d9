#include "cluster/JsonRpcClient.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QTimer>
#include <QUrl>

namespace centrale::cluster {

Result<QJsonValue> jsonRpcCall(const QString &url, const QString &method, const QJsonArray &params, int timeoutMs)
{
    QNetworkAccessManager nam;
    nam.setProxy(QNetworkProxy::NoProxy); // the nodes are on the cluster's own network
    QNetworkRequest req{QUrl(url)};
    req.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
    QJsonObject body{{QStringLiteral("jsonrpc"), QStringLiteral("2.0")}, {QStringLiteral("method"), method}, {QStringLiteral("id"), 1}};
    if (!params.isEmpty())
        body.insert(QStringLiteral("params"), params);
    QNetworkReply *reply = nam.post(req, QJsonDocument(body).toJson(QJsonDocument::Compact));
    QEventLoop loop;
    QTimer timer;
    timer.setSingleShot(true);
    QObject::connect(&timer, &QTimer::timeout, &loop, &QEventLoop::quit);
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    timer.start(timeoutMs);
    loop.exec();
    if (!reply->isFinished()) {
        reply->abort();
        reply->deleteLater();
        return Result<QJsonValue>::fail(QCoreApplication::translate("JsonRpcClient", "%1: no answer within %2 ms").arg(url).arg(timeoutMs));
    }
    reply->deleteLater();
    const QByteArray data = reply->readAll();
    if (reply->error() != QNetworkReply::NoError && data.isEmpty())
        return Result<QJsonValue>::fail(QCoreApplication::translate("JsonRpcClient", "%1: %2").arg(url, reply->errorString()));
    const QJsonObject o = QJsonDocument::fromJson(data).object();
    if (o.contains(QStringLiteral("error")))
        return Result<QJsonValue>::fail(QCoreApplication::translate("JsonRpcClient", "%1: %2 failed: %3")
                                            .arg(url, method, o.value(QStringLiteral("error")).toObject().value(QStringLiteral("message")).toString()));
    if (!o.contains(QStringLiteral("result")))
        return Result<QJsonValue>::fail(QCoreApplication::translate("JsonRpcClient", "%1: not a JSON-RPC answer").arg(url));
    return o.value(QStringLiteral("result"));
}

} // namespace centrale::cluster
