#include "sip/MediaRelay.h"

#include <QCoreApplication>

namespace centrale::sip {
namespace {

constexpr qint64 kPauseMs = 10000;
const media::NgClient::Options kOptions{std::chrono::milliseconds(40), 2};

QString tag(MediaRelay::Side s) { return s == MediaRelay::Side::A ? QStringLiteral("a") : QStringLiteral("b"); }

} // namespace

bool MediaRelay::usable(const QString &control, qint64 nowMs)
{
    if (control.isEmpty())
        return false;
    if (control != m_control || !m_ng) {
        m_control = control;
        auto ng = media::NgClient::open(control, kOptions);
        if (!ng) {
            m_ng.reset();
            m_lastError = ng.message();
            m_pausedUntilMs = nowMs + kPauseMs;
            return false;
        }
        m_ng = std::move(ng).value();
        m_pausedUntilMs = 0;
    }
    return nowMs >= m_pausedUntilMs;
}

Result<QByteArray> MediaRelay::exchange(QVariantMap command, const QString &sourceIp, bool nated, qint64 nowMs)
{
    if (!m_ng)
        return Result<QByteArray>::fail(QCoreApplication::translate("MediaRelay", "no media relay"));
    // Our own address in o= and c=; ICE candidates would point past the relay.
    command.insert(QStringLiteral("replace"), QStringList{QStringLiteral("origin"), QStringLiteral("session-connection")});
    command.insert(QStringLiteral("ICE"), QStringLiteral("remove"));
    if (nated) {
        // A private address in the SDP is unreachable: send to where the signalling came from
        // until the party's own RTP shows its real address.
        command.insert(QStringLiteral("flags"), QStringList{QStringLiteral("SIP-source-address")});
        command.insert(QStringLiteral("received-from"), QVariantList{sourceIp.contains(QLatin1Char(':')) ? QStringLiteral("IP6") : QStringLiteral("IP4"), sourceIp});
    }
    auto reply = m_ng->call(command);
    if (!reply) {
        m_lastError = reply.message();
        if (reply.message().contains(QLatin1String("did not answer")))
            m_pausedUntilMs = nowMs + kPauseMs;
        return reply.error();
    }
    const QByteArray sdp = reply->value(QStringLiteral("sdp")).toByteArray();
    if (sdp.isEmpty())
        return Result<QByteArray>::fail(QCoreApplication::translate("MediaRelay", "the media relay answered without SDP"));
    return sdp;
}

Result<QByteArray> MediaRelay::offer(const QByteArray &callId, Side from, const QByteArray &sdp, const QString &sourceIp, bool nated, qint64 nowMs, bool record)
{
    QVariantMap command{{QStringLiteral("command"), QStringLiteral("offer")},
                        {QStringLiteral("call-id"), callId},
                        {QStringLiteral("from-tag"), tag(from)},
                        {QStringLiteral("sdp"), sdp}};
    if (record)
        command.insert(QStringLiteral("record call"), QStringLiteral("yes"));
    return exchange(command, sourceIp, nated, nowMs);
}

Result<QByteArray> MediaRelay::answer(const QByteArray &callId, Side offerer, const QByteArray &sdp, const QString &sourceIp, bool nated, qint64 nowMs)
{
    return exchange({{QStringLiteral("command"), QStringLiteral("answer")},
                     {QStringLiteral("call-id"), callId},
                     {QStringLiteral("from-tag"), tag(offerer)},
                     {QStringLiteral("to-tag"), tag(offerer == Side::A ? Side::B : Side::A)},
                     {QStringLiteral("sdp"), sdp}},
                    sourceIp, nated, nowMs);
}

Status MediaRelay::play(const QByteArray &callId, Side to, const QString &path)
{
    if (!m_ng)
        return Status::fail(QCoreApplication::translate("MediaRelay", "no media relay"));
    // rtpengine plays to the party the from-tag names (as Kamailio's play_media(from-tag=…)).
    auto reply = m_ng->call({{QStringLiteral("command"), QStringLiteral("play media")},
                             {QStringLiteral("call-id"), callId},
                             {QStringLiteral("from-tag"), tag(to)},
                             {QStringLiteral("file"), path}});
    if (!reply) {
        m_lastError = reply.message();
        return reply.error();
    }
    return {};
}

void MediaRelay::remove(const QByteArray &callId)
{
    if (m_ng)
        m_ng->send({{QStringLiteral("command"), QStringLiteral("delete")}, {QStringLiteral("call-id"), callId}}, [](Result<QVariantMap>) {});
}

void MediaRelay::poll()
{
    if (!m_ng || m_ng->pending() == 0)
        return;
    m_ng->readReady();
    m_ng->expire();
}

} // namespace centrale::sip
