#include "store/AuditEntry.h"
#include "store/AuditSchema.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>

namespace centrale {

namespace {
QString shortValue(const QJsonValue &v)
{
    if (v.isNull() || v.isUndefined())
        return QCoreApplication::translate("Audit", "(none)");
    if (v.isString())
        return v.toString().isEmpty() ? QStringLiteral("\"\"") : v.toString();
    if (v.isBool())
        return v.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    if (v.isDouble())
        return QString::number(v.toDouble(), 'g', 15);
    const QByteArray json = v.isArray() ? QJsonDocument(v.toArray()).toJson(QJsonDocument::Compact) : QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact);
    QString s = QString::fromUtf8(json);
    return s.size() > 80 ? s.left(77) + QStringLiteral("...") : s;
}
// "limits.calls_hour: 0 → 3" rather than two long JSON objects.
void diff(const QString &path, const QJsonValue &a, const QJsonValue &b, QStringList &out)
{
    if (a == b)
        return;
    if (a.isObject() && b.isObject()) {
        const QJsonObject x = a.toObject(), y = b.toObject();
        QStringList keys = x.keys();
        for (const auto &k : y.keys())
            if (!keys.contains(k))
                keys << k;
        for (const auto &k : keys)
            diff(path + QLatin1Char('.') + k, x.value(k), y.value(k), out);
        return;
    }
    out << QStringLiteral("%1: %2 → %3").arg(path, shortValue(a), shortValue(b));
}

} // namespace

bool AuditEntry::secretChanged() const { return after.contains(QLatin1String(audit::kSecretMarker)); }

QStringList AuditEntry::changes() const
{
    QStringList out;
    const QString marker = QLatin1String(audit::kSecretMarker);
    if (action == QLatin1String("update")) {
        QStringList keys = before.keys();
        for (const auto &k : after.keys())
            if (!keys.contains(k))
                keys << k;
        for (const auto &k : keys)
            if (k != marker)
                diff(k, before.value(k), after.value(k), out);
    } else {
        out << audit::actionLabel(action);
    }
    if (after.contains(marker))
        out << QCoreApplication::translate("Audit", "password: %1").arg(after.value(marker).toString() == QLatin1String("set") ? QCoreApplication::translate("Audit", "set")
                                                                                                                                  : QCoreApplication::translate("Audit", "changed"));
    return out;
}

QJsonObject AuditEntry::toJson() const
{
    auto idOrNull = [](qint64 v) { return v ? QJsonValue(v) : QJsonValue(); };
    QJsonArray changeList;
    for (const auto &c : changes())
        changeList.append(c);
    return QJsonObject{{QStringLiteral("id"), id},
                       {QStringLiteral("time"), QDateTime::fromMSecsSinceEpoch(atMs, Qt::UTC).toString(Qt::ISODateWithMs)},
                       {QStringLiteral("user"), user},
                       {QStringLiteral("interface"), interface},
                       {QStringLiteral("object"), QJsonObject{{QStringLiteral("kind"), kind}, {QStringLiteral("id"), objectId}, {QStringLiteral("name"), name}}},
                       {QStringLiteral("action"), action},
                       {QStringLiteral("before"), action == QLatin1String("create") ? QJsonValue() : QJsonValue(before)},
                       {QStringLiteral("after"), action == QLatin1String("delete") ? QJsonValue() : QJsonValue(after)},
                       {QStringLiteral("changes"), changeList},
                       {QStringLiteral("change"), changeId},
                       {QStringLiteral("group"), groupId},
                       {QStringLiteral("note"), note},
                       {QStringLiteral("undo_of"), idOrNull(undoOf)},
                       {QStringLiteral("undone_by"), idOrNull(undoneBy)}};
}

namespace audit {

QStringList kinds()
{
    QStringList out;
    for (const auto &t : auditedTables())
        out << t.kind;
    out << QStringLiteral("secret");
    return out;
}

QString kindLabel(const QString &kind)
{
    if (kind == QLatin1String("trunk"))
        return QCoreApplication::translate("Audit", "trunk");
    if (kind == QLatin1String("sip_account"))
        return QCoreApplication::translate("Audit", "SIP account");
    if (kind == QLatin1String("phone"))
        return QCoreApplication::translate("Audit", "phone account");
    if (kind == QLatin1String("callplan"))
        return QCoreApplication::translate("Audit", "call plan");
    if (kind == QLatin1String("number"))
        return QCoreApplication::translate("Audit", "number");
    if (kind == QLatin1String("setting"))
        return QCoreApplication::translate("Audit", "setting");
    if (kind == QLatin1String("rate"))
        return QCoreApplication::translate("Audit", "rate");
    if (kind == QLatin1String("fraud_block"))
        return QCoreApplication::translate("Audit", "fraud block");
    if (kind == QLatin1String("blocked_source"))
        return QCoreApplication::translate("Audit", "blocked address");
    if (kind == QLatin1String("secret"))
        return QCoreApplication::translate("Audit", "keychain password");
    return kind;
}

QString actionLabel(const QString &action)
{
    if (action == QLatin1String("create"))
        return QCoreApplication::translate("Audit", "created");
    if (action == QLatin1String("delete"))
        return QCoreApplication::translate("Audit", "deleted");
    return QCoreApplication::translate("Audit", "changed");
}

QString interfaceLabel(const QString &interface)
{
    if (interface == QLatin1String("console"))
        return QCoreApplication::translate("Audit", "console");
    if (interface == QLatin1String("cli"))
        return QCoreApplication::translate("Audit", "command line");
    if (interface == QLatin1String("import"))
        return QCoreApplication::translate("Audit", "import");
    if (interface == QLatin1String("engine"))
        return QCoreApplication::translate("Audit", "engine");
    if (interface == QLatin1String("external"))
        return QCoreApplication::translate("Audit", "outside Centrale");
    return interface;
}

} // namespace audit

} // namespace centrale
