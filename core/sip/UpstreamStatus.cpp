#include "sip/UpstreamStatus.h"

#include <QCoreApplication>

namespace centrale {

namespace {
constexpr std::pair<UpstreamStatus::State, const char *> kKeys[] = {{UpstreamStatus::State::Off, "off"},
                                                                  {UpstreamStatus::State::Registering, "registering"},
                                                                  {UpstreamStatus::State::Registered, "registered"},
                                                                  {UpstreamStatus::State::Failed, "failed"}};
}

QString upstreamStateKey(UpstreamStatus::State s)
{
    for (const auto &[state, key] : kKeys)
        if (state == s)
            return QLatin1String(key);
    return QStringLiteral("off");
}

QString upstreamStateText(UpstreamStatus::State s)
{
    switch (s) {
    case UpstreamStatus::State::Off:
        return QCoreApplication::translate("UpstreamStatus", "not registering");
    case UpstreamStatus::State::Registering:
        return QCoreApplication::translate("UpstreamStatus", "registering");
    case UpstreamStatus::State::Registered:
        return QCoreApplication::translate("UpstreamStatus", "registered");
    case UpstreamStatus::State::Failed:
        return QCoreApplication::translate("UpstreamStatus", "registration failed");
    }
    return {};
}

QString upstreamSummary(const UpstreamStatus &s)
{
    switch (s.state) {
    case UpstreamStatus::State::Off:
        return QCoreApplication::translate("UpstreamStatus", "carrier: no registration");
    case UpstreamStatus::State::Registering:
        return QCoreApplication::translate("UpstreamStatus", "carrier: registering as %1").arg(s.account);
    case UpstreamStatus::State::Registered:
        return QCoreApplication::translate("UpstreamStatus", "carrier: registered as %1 until %2")
            .arg(s.account, s.expires.toLocalTime().toString(QStringLiteral("HH:mm:ss")));
    case UpstreamStatus::State::Failed:
        return QCoreApplication::translate("UpstreamStatus", "carrier: registration as %1 failed (%2)").arg(s.account, s.detail);
    }
    return {};
}

QJsonObject upstreamToJson(const UpstreamStatus &s)
{
    QJsonObject o{{QStringLiteral("state"), upstreamStateKey(s.state)}, {QStringLiteral("account"), s.account}};
    if (!s.detail.isEmpty())
        o.insert(QStringLiteral("detail"), s.detail);
    if (s.expires.isValid())
        o.insert(QStringLiteral("expires"), s.expires.toString(Qt::ISODate));
    if (s.since.isValid())
        o.insert(QStringLiteral("since"), s.since.toString(Qt::ISODate));
    return o;
}

UpstreamStatus upstreamFromJson(const QJsonObject &o)
{
    UpstreamStatus s;
    const QString key = o.value(QStringLiteral("state")).toString();
    for (const auto &[state, k] : kKeys)
        if (key == QLatin1String(k))
            s.state = state;
    s.account = o.value(QStringLiteral("account")).toString();
    s.detail = o.value(QStringLiteral("detail")).toString();
    s.expires = QDateTime::fromString(o.value(QStringLiteral("expires")).toString(), Qt::ISODate);
    s.since = QDateTime::fromString(o.value(QStringLiteral("since")).toString(), Qt::ISODate);
    return s;
}

} // namespace centrale
