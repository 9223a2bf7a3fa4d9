#include "sip/UpstreamRegistration.h"
#include "sip/DigestClient.h"
#include "sip/RequestBuilder.h"
#include "sip/SipText.h"

#include <QCoreApplication>
#include <QDateTime>

#include <sofia-sip/sip_header.h>
#include <sofia-sip/sip_status.h>

namespace centrale::sip {

namespace {

constexpr int kFirstRetrySecs = 30;
constexpr int kLastRetrySecs = 300;


int callback(nta_outgoing_magic_t *magic, nta_outgoing_t *orq, const sip_t *sip)
{
    return reinterpret_cast<UpstreamRegistration *>(magic)->onResponse(orq, sip);
}

bool sameCarrier(const calls::Upstream &a, const calls::Upstream &b)
{
    // Not host: a name resolving to a new address is the same carrier.
    return a.domain == b.domain && a.port == b.port && a.username == b.username && a.password == b.password
        && a.registerExpires == b.registerExpires;
}

QByteArray hostPort(const calls::Upstream &u)
{
    const QByteArray host = u.domain.contains(QLatin1Char(':')) ? '[' + u.domain.toUtf8() + ']' : u.domain.toUtf8();
    return u.port == 5060 ? host : host + ':' + QByteArray::number(u.port);
}

// Refresh well before the end: half way for short registrations, a minute ahead otherwise.
qint64 refreshDelayMs(int grantedSecs) { return (grantedSecs > 120 ? grantedSecs - 60 : qMax(1, grantedSecs / 2)) * 1000LL; }

} // namespace

UpstreamRegistration::UpstreamRegistration(Sink sink) : m_sink(std::move(sink)) {}

UpstreamRegistration::~UpstreamRegistration() { release(); }

void UpstreamRegistration::release()
{
    for (nta_outgoing_t **orq : {&m_orq, &m_unregOrq})
        if (*orq) {
            nta_outgoing_destroy(*orq);
            *orq = nullptr;
        }
    m_agent = nullptr;
}

void UpstreamRegistration::setAgent(nta_agent_t *agent, QByteArray contactAddress)
{
    m_agent = agent;
    m_contactAddress = std::move(contactAddress);
}

QByteArray UpstreamRegistration::requestUri(const calls::Upstream &u) const { return "sip:" + hostPort(u); }

void UpstreamRegistration::configure(const calls::Upstream &upstream, qint64 nowMs)
{
    const bool wanted = upstream.isSet() && !upstream.username.isEmpty();
    if (wanted == m_active && (!wanted || sameCarrier(upstream, m_session.upstream))) {
        m_session.upstream.host = upstream.host; // where the next REGISTER goes
        return;
    }
    unregister(); // from the old carrier or with the old account
    m_active = wanted;
    m_session = Session{upstream, randomToken() + "@centrale", randomToken(), 0};
    m_expires = upstream.registerExpires > 0 ? upstream.registerExpires : 600;
    m_backoffSecs = 0;
    m_authTried = false;
    m_status.account = wanted ? QString::fromUtf8(upstream.username + '@' + hostPort(upstream)) : QString();
    if (!wanted) {
        m_nextAttemptMs = 0;
        return setState(UpstreamStatus::State::Off);
    }
    m_nextAttemptMs = nowMs; // at the next tick
    setState(UpstreamStatus::State::Registering);
}

nta_outgoing_t *UpstreamRegistration::send(Session &s, int expires, const QByteArray &authorization, bool proxyAuth)
{
    if (!m_agent)
        return nullptr;
    const calls::Upstream &u = s.upstream;
    const QByteArray aor = "<sip:" + u.username + '@' + hostPort(u) + '>';
    RequestSpec r;
    r.method = "REGISTER";
    r.requestUri = requestUri(u);
    r.from = aor + ";tag=" + s.fromTag;
    r.to = aor;
    r.callId = s.callId;
    r.cseq = ++s.cseq;
    r.contact = "<sip:" + u.username + '@' + m_contactAddress + ">";
    msg_t *m = buildRequest(m_agent, r);
    if (!m)
        return nullptr;
    sip_t *sip = sip_object(m);
    const QByteArray expiresText = QByteArray::number(expires);
    sip_add_tl(m, sip, SIPTAG_EXPIRES_STR(expiresText.constData()), SIPTAG_USER_AGENT_STR("Centrale"), TAG_END());
    if (!authorization.isEmpty() && proxyAuth)
        sip_add_tl(m, sip, SIPTAG_PROXY_AUTHORIZATION_STR(authorization.constData()), TAG_END());
    else if (!authorization.isEmpty())
        sip_add_tl(m, sip, SIPTAG_AUTHORIZATION_STR(authorization.constData()), TAG_END());
    return nta_outgoing_mcreate(m_agent, callback, reinterpret_cast<nta_outgoing_magic_t *>(this), URL_STRING_MAKE(u.uri().constData()), m,
                                TAG_END());
}

void UpstreamRegistration::tick(qint64 nowMs)
{
    if (!m_active || m_orq)
        return;
    if (m_status.state == UpstreamStatus::State::Registered && m_status.expires.isValid() && nowMs >= m_status.expires.toMSecsSinceEpoch())
        setState(UpstreamStatus::State::Failed, QCoreApplication::translate("UpstreamRegistration", "the registration ran out before it was renewed"));
    if (!m_nextAttemptMs || nowMs < m_nextAttemptMs)
        return;
    m_nextAttemptMs = 0;
    m_authTried = false;
    m_orq = send(m_session, m_expires, {}, false);
    if (!m_orq)
        retryLater(QCoreApplication::translate("UpstreamRegistration", "could not send REGISTER to %1").arg(QString::fromUtf8(m_session.upstream.uri())),
                   nowMs);
}

int UpstreamRegistration::onResponse(nta_outgoing_t *orq, const sip_t *sip)
{
    const int status = sip && sip->sip_status ? sip->sip_status->st_status : nta_outgoing_status(orq);
    if (status < 200)
        return 0;
    if (orq == m_unregOrq) {
        m_unregOrq = nullptr;
        const msg_auth_t *challenge = sip ? (status == 407 ? sip->sip_proxy_authenticate : status == 401 ? sip->sip_www_authenticate : nullptr) : nullptr;
        nta_outgoing_destroy(orq);
        if (challenge && !m_unregAuthTried) {
            m_unregAuthTried = true;
            const auto &u = m_unregSession.upstream;
            const QByteArray answer = answerChallenge(authorizationValue(challenge), u.username, u.password, "REGISTER", requestUri(u));
            if (!answer.isEmpty())
                m_unregOrq = send(m_unregSession, 0, answer, status == 407);
        }
        return 0;
    }
    if (orq != m_orq) {
        nta_outgoing_destroy(orq);
        return 0;
    }
    m_orq = nullptr;
    handleFinal(status, sip, QDateTime::currentMSecsSinceEpoch());
    nta_outgoing_destroy(orq);
    return 0;
}

void UpstreamRegistration::handleFinal(int status, const sip_t *sip, qint64 nowMs)
{
    const auto &u = m_session.upstream;
    if (status < 300) {
        // The carrier decides: our Contact's expires parameter, else Expires, else what we asked.
        qint64 granted = -1;
        const QByteArray ours = "sip:" + u.username + '@' + m_contactAddress;
        for (const sip_contact_t *c = sip ? sip->sip_contact : nullptr; c; c = c->m_next)
            if (urlBytes(c->m_url) == ours && c->m_expires)
                granted = QByteArray(c->m_expires).toLongLong();
        if (granted < 0 && sip && sip->sip_expires)
            granted = sip->sip_expires->ex_delta;
        if (granted < 0)
            granted = m_expires;
        if (granted <= 0) {
            retryLater(QCoreApplication::translate("UpstreamRegistration", "the carrier accepted the REGISTER but kept no registration"), nowMs);
            return;
        }
        m_backoffSecs = 0;
        m_nextAttemptMs = nowMs + refreshDelayMs(int(qMin<qint64>(granted, 86400)));
        setState(UpstreamStatus::State::Registered, {}, nowMs + granted * 1000);
        return;
    }
    if (status == 401 || status == 407) {
        const msg_auth_t *challenge = sip ? (status == 407 ? sip->sip_proxy_authenticate : sip->sip_www_authenticate) : nullptr;
        if (u.password.isEmpty())
            return retryLater(QCoreApplication::translate("UpstreamRegistration", "the carrier asks for a password and none is stored (Settings, upstream password)"),
                              nowMs);
        const QByteArray challengeText = challenge ? authorizationValue(challenge) : QByteArray();
        // A second challenge is a refusal, unless it only says the nonce went stale.
        const bool stale = challengeText.toLower().contains("stale=true");
        if (challenge && (!m_authTried || stale)) {
            m_authTried = true;
            const QByteArray answer = answerChallenge(challengeText, u.username, u.password, "REGISTER", requestUri(u));
            if (answer.isEmpty())
                return retryLater(QCoreApplication::translate("UpstreamRegistration", "the carrier's challenge is not an MD5 digest this engine can answer"), nowMs);
            if ((m_orq = send(m_session, m_expires, answer, status == 407)))
                return;
        }
        return retryLater(QCoreApplication::translate("UpstreamRegistration", "the carrier refused username %1 or its password (%2)")
                              .arg(QString::fromUtf8(u.username))
                              .arg(status),
                          nowMs);
    }
    if (status == 423 && sip && sip->sip_min_expires && int(sip->sip_min_expires->me_delta) > m_expires) {
        m_expires = int(qMin<unsigned long>(sip->sip_min_expires->me_delta, 86400));
        m_authTried = false;
        if ((m_orq = send(m_session, m_expires, {}, false)))
            return;
    }
    const QString phrase = sip && sip->sip_status ? QString::fromUtf8(sip->sip_status->st_phrase) : QString();
    if (!sip) // nta's own 408/503: nothing came back
        return retryLater(QCoreApplication::translate("UpstreamRegistration", "no answer from %1").arg(QString::fromUtf8(u.uri())), nowMs);
    retryLater(QCoreApplication::translate("UpstreamRegistration", "the carrier answered %1 %2").arg(status).arg(phrase), nowMs);
}

void UpstreamRegistration::retryLater(const QString &detail, qint64 nowMs)
{
    m_backoffSecs = m_backoffSecs ? qMin(m_backoffSecs * 2, kLastRetrySecs) : kFirstRetrySecs;
    m_nextAttemptMs = nowMs + m_backoffSecs * 1000LL;
    setState(UpstreamStatus::State::Failed, detail);
}

void UpstreamRegistration::unregister()
{
    if (m_orq) {
        nta_outgoing_destroy(m_orq);
        m_orq = nullptr;
    }
    // Only a registration the carrier may still hold needs removing.
    const bool held = m_active && (m_status.state == UpstreamStatus::State::Registered || m_session.cseq > 0);
    if (!held || !m_agent)
        return;
    if (m_unregOrq)
        nta_outgoing_destroy(m_unregOrq);
    m_unregSession = m_session;
    m_unregAuthTried = false;
    m_unregOrq = send(m_unregSession, 0, {}, false);
}

void UpstreamRegistration::shutdown()
{
    unregister();
    m_active = false;
    m_nextAttemptMs = 0;
}

void UpstreamRegistration::setState(UpstreamStatus::State state, const QString &detail, qint64 expiresAtMs)
{
    UpstreamStatus next = m_status;
    next.state = state;
    next.detail = detail;
    next.expires = expiresAtMs ? QDateTime::fromMSecsSinceEpoch(expiresAtMs, Qt::UTC) : QDateTime();
    if (next.state != m_status.state || !m_status.since.isValid())
        next.since = QDateTime::currentDateTimeUtc();
    const bool changed = !(next == m_status) || next.since != m_status.since;
    m_status = next;
    if (changed && m_sink)
        m_sink(m_status);
}

} // namespace centrale::sip
