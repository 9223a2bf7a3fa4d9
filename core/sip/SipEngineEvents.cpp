// What the engine thread reports, handled on SipEngine's thread: the console's status mirror
// and log lines for registration events, mails on a trunk account's or the carrier
// registration's change, and the ended calls, voicemail and fraud blocks of call notices.
#include "sip/SipEngine.h"
#include "sip/CallEngine.h"
#include "store/FraudBlockRepository.h"
#include "store/SettingsRepository.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QMetaMethod>

namespace centrale::sip {

namespace {
qint64 nowSecs() { return QDateTime::currentSecsSinceEpoch(); }
} // namespace

void SipEngine::onUpstream(const UpstreamStatus &s)
{
    const UpstreamStatus before = std::exchange(m_upstream, s);
    if (isRunning())
        writeHeartbeat(); // other processes see the change now, not in 2 s
    emit upstreamChanged(s);
    if (before.state != s.state || before.detail != s.detail)
        emit logLine(upstreamSummary(s));
    // One mail when calls to and from the carrier are at risk, one when that is over.
    const bool wasUp = before.state == UpstreamStatus::State::Registered;
    const bool up = s.state == UpstreamStatus::State::Registered;
    if (!m_mailer || s.state == UpstreamStatus::State::Registering || s.state == UpstreamStatus::State::Off || wasUp == up
        || (up && before.state != UpstreamStatus::State::Failed))
        return;
    const QString subject = up ? tr("Registration at the carrier as %1 works again").arg(s.account)
                               : tr("Registration at the carrier as %1 failed").arg(s.account);
    const QString body = up ? tr("The engine is registered at the carrier again as %1 since %2.").arg(s.account, QDateTime::currentDateTime().toString(Qt::ISODate))
                            : tr("The engine could not register at the carrier as %1 at %2: %3. Inbound calls may not reach you until this is "
                                 "solved; the engine keeps trying.")
                                  .arg(s.account, QDateTime::currentDateTime().toString(Qt::ISODate), s.detail);
    emit mailRequested({}, subject, body);
    m_mailer->send({}, subject, body);
}

void SipEngine::onEvent(const EngineEvent &e)
{
    // The engine thread has written the change already (EngineCore::persist); this is the
    // status mirror for the console.
    switch (e.kind) {
    case RegistrationEventKind::Refreshed:
    case RegistrationEventKind::Registered:
    case RegistrationEventKind::Reachable:
    case RegistrationEventKind::Unreachable:
        m_bindings[e.accountId].insert(e.binding.contact, e.binding);
        break;
    case RegistrationEventKind::Unregistered:
    case RegistrationEventKind::Expired:
        m_bindings[e.accountId].remove(e.binding.contact);
        break;
    case RegistrationEventKind::Blocked:
        m_blockedUntil.insert(e.address, nowSecs() + m_config->block.durationSecs);
        break;
    case RegistrationEventKind::Unblocked:
        m_blockedUntil.remove(e.address);
        break;
    default:
        break;
    }

    alertOnTransition(e);
    RegistrationEvent ev;
    ev.kind = e.kind;
    ev.address = e.address;
    ev.at = QDateTime::currentDateTimeUtc();
    if (e.accountId) {
        if (const auto *a = m_config->find(e.username.toUtf8()))
            ev.status = statusOf(*a);
        emit statusChanged(ev.status);
    }
    emit eventOccurred(ev);

    // The log line costs as much as the SIP work at high rates: only build it for a listener.
    if (!isSignalConnected(QMetaMethod::fromSignal(&SipEngine::logLine)))
        return;
    QString line = registrationEventKey(e.kind);
    if (!e.username.isEmpty())
        line += QStringLiteral(" account=%1 role=%2 owner=%3").arg(e.username, e.role, e.owner);
    if (!e.binding.contact.isEmpty())
        line += QStringLiteral(" contact=%1 source=%2 expires=%3").arg(e.binding.contact, e.binding.source).arg(e.binding.expiresAt - nowSecs());
    if (!e.binding.userAgent.isEmpty())
        line += QStringLiteral(" ua=\"%1\"").arg(e.binding.userAgent);
    if (!e.address.isEmpty() && e.binding.contact.isEmpty())
        line += QStringLiteral(" address=%1").arg(e.address);
    if (!e.detail.isEmpty())
        line += QStringLiteral(" reason=%1").arg(e.detail);
    emit logLine(line);
}

void SipEngine::alertOnTransition(const EngineEvent &e)
{
    // Trunk accounts only: a PBX line going away is what an administrator must hear about.
    if (!m_mailer || (e.role != QLatin1String("primary") && e.role != QLatin1String("secondary")))
        return;
    bool up;
    switch (e.kind) {
    case RegistrationEventKind::Registered:
    case RegistrationEventKind::Reachable:
        up = true;
        break;
    case RegistrationEventKind::Unregistered:
    case RegistrationEventKind::Expired:
    case RegistrationEventKind::Unreachable:
        up = m_config->findById(e.accountId) && statusOf(*m_config->findById(e.accountId)).state == RegistrationState::Registered;
        break;
    default:
        return;
    }
    const bool known = m_trunkAccountUp.contains(e.accountId);
    const bool wasUp = m_trunkAccountUp.value(e.accountId);
    m_trunkAccountUp.insert(e.accountId, up);
    if (up == wasUp || (up && !known))
        return; // no change, or the first registration after start (nothing was reported down)
    const QString which = e.role == QLatin1String("primary") ? tr("primary") : tr("secondary");
    const QString subject = up ? tr("%1: %2 account %3 is registered again").arg(e.owner, which, e.username)
                               : tr("%1: %2 account %3 is no longer registered").arg(e.owner, which, e.username);
    const QString body = up ? tr("Trunk %1's %2 account %3 registered again from %4 at %5.")
                                  .arg(e.owner, which, e.username, e.binding.source, QDateTime::currentDateTime().toString(Qt::ISODate))
                            : tr("Trunk %1's %2 account %3 stopped being registered or stopped answering (%4) at %5. Calls go to the other "
                                 "account or the failover call plan until it is back.")
                                  .arg(e.owner, which, e.username, registrationEventKey(e.kind), QDateTime::currentDateTime().toString(Qt::ISODate));
    emit mailRequested({}, subject, body);
    m_mailer->send({}, subject, body);
}

void SipEngine::onCallNotices(const QList<CallNotice> &notices)
{
    const bool log = isSignalConnected(QMetaMethod::fromSignal(&SipEngine::logLine));
    for (const auto &n : notices) {
        if (n.kind == CallNotice::Kind::FraudBlocked) {
            onFraudBlocked(n);
            continue;
        }
        if (n.kind == CallNotice::Kind::Voicemail) {
            if (m_voicemail)
                m_voicemail->deliver(n.voicemail, n.record);
            continue;
        }
        if (n.kind == CallNotice::Kind::Log) {
            emit logLine(n.body);
            continue;
        }
        if (n.kind == CallNotice::Kind::Notify) {
            emit mailRequested(n.to, n.subject, n.body);
            if (m_mailer)
                m_mailer->send(n.to, n.subject, n.body);
            continue;
        }
        emit callEnded(n.record);
        if (n.recordDays > 0 && m_recordings)
            m_recordings->callEnded(n.record, n.recordDays, SettingsRepository(*m_db).get(QLatin1String(settingkeys::kRecordingSplit)) == QLatin1String("1"));
        if (log) {
            const auto &r = n.record;
            emit logLine(QStringLiteral("call %1 from=%2 to=%3 account=%4 owner=%5 status=%6 duration=%7s reason=\"%8\"")
                             .arg(r.direction, r.caller, r.callee, r.account, r.owner)
                             .arg(r.sipStatus)
                             .arg(r.durationSecs())
                             .arg(r.reason));
        }
    }
}

void SipEngine::onFraudBlocked(const CallNotice &n)
{
    // Stored so the console and the CLI see it and a restart keeps it; the engine already blocks.
    if (auto s = FraudBlockRepository(*m_db).block(calls::FraudBlock{n.policyKey, n.owner, n.kindKey, n.body, n.atMs, 0}); !s)
        emit logLine(tr("fraud block of %1 not stored: %2").arg(n.owner, s.message()));
    emit logLine(tr("fraud: outbound calls of %1 blocked: %2").arg(n.owner, n.body));
    const QString body = tr("%1\n\nOutbound calls of %2 are refused until an administrator unblocks the account "
                            "(Security page, or: centralectl fraud unblock \"%2\").")
                             .arg(n.body, n.owner);
    emit mailRequested({}, n.subject, body);
    if (m_mailer)
        m_mailer->send({}, n.subject, body);
}

} // namespace centrale::sip
