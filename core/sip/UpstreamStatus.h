#pragma once
// The engine's own registration at the upstream carrier, as the console and `status` show it.
#include <QDateTime>
#include <QJsonObject>
#include <QMetaType>
#include <QString>

namespace centrale {

struct UpstreamStatus {
    // Off: no carrier, or no username (the carrier is reached by address alone).
    enum class State { Off, Registering, Registered, Failed };
    State state = State::Off;
    QString account;   // "user@host:port" as registered
    QString detail;    // Failed: why, in words an administrator can act on
    QDateTime expires; // Registered: UTC
    QDateTime since;   // when the state last changed (UTC)

    bool operator==(const UpstreamStatus &o) const
    {
        return state == o.state && account == o.account && detail == o.detail && expires == o.expires;
    }
};

QString upstreamStateKey(UpstreamStatus::State s); // "off", "registering", "registered", "failed"
QString upstreamStateText(UpstreamStatus::State s); // translated
// One line for a status bar or a log: "carrier: registered as …", "carrier: failed (…)".
QString upstreamSummary(const UpstreamStatus &s);
QJsonObject upstreamToJson(const UpstreamStatus &s);
UpstreamStatus upstreamFromJson(const QJsonObject &o);

} // namespace centrale

Q_DECLARE_METATYPE(centrale::UpstreamStatus)
