#include "sip/VoicemailMedia.h"

#include <QCoreApplication>
#include <QHostAddress>
#include <QRegularExpression>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

namespace centrale::sip {
namespace {

const media::NgClient::Options kOptions{std::chrono::milliseconds(60), 3};


// The local IPv4 address that reaches host (no packet is sent: connect() on UDP only routes).
QString localAddressTowards(const QString &host)
{
    sockaddr_in to{};
    to.sin_family = AF_INET;
    to.sin_port = htons(9);
    if (inet_pton(AF_INET, host.toLatin1().constData(), &to.sin_addr) != 1)
        return QStringLiteral("127.0.0.1");
    const int fd = ::socket(AF_INET, SOCK_DGRAM, 0);
    QString out = QStringLiteral("127.0.0.1");
    if (fd >= 0 && ::connect(fd, reinterpret_cast<sockaddr *>(&to), sizeof to) == 0) {
        sockaddr_in me{};
        socklen_t len = sizeof me;
        char text[INET_ADDRSTRLEN] = {};
        if (::getsockname(fd, reinterpret_cast<sockaddr *>(&me), &len) == 0 && inet_ntop(AF_INET, &me.sin_addr, text, sizeof text))
            out = QString::fromLatin1(text);
    }
    if (fd >= 0)
        ::close(fd);
    return out;
}

} // namespace

QString sdpMediaAddress(const QByteArray &sdp)
{
    const QString text = QString::fromUtf8(sdp);
    static const QRegularExpression conn(QStringLiteral("(?m)^c=IN IP[46] ([^\\s/]+)"));
    static const QRegularExpression audio(QStringLiteral("(?m)^m=audio (\\d+) "));
    const auto c = conn.match(text);
    const auto m = audio.match(text);
    if (!c.hasMatch() || !m.hasMatch())
        return {};
    return c.captured(1) + QLatin1Char(':') + m.captured(1);
}

QByteArray sinkSdp(const QByteArray &offer, const QString &ip, int port)
{
    static const QRegularExpression audio(QStringLiteral("(?m)^m=audio \\d+ RTP/AVP ([0-9 ]+)"));
    const auto m = audio.match(QString::fromUtf8(offer));
    if (!m.hasMatch())
        return {};
    const QStringList payloads = m.captured(1).split(QLatin1Char(' '), Qt::SkipEmptyParts);
    QString codec;
    for (const QString &p : payloads)
        if (p == QLatin1String("8") || p == QLatin1String("0")) {
            codec = p;
            break;
        }
    if (codec.isEmpty())
        return {};
    // telephone-event's payload type is the offer's dynamic number, whatever it is.
    static const QRegularExpression dtmf(QStringLiteral("(?m)^a=rtpmap:(\\d+) telephone-event/8000"));
    const auto d = dtmf.match(QString::fromUtf8(offer));
    QString sdp = QStringLiteral("v=0\r\no=centrale 1 1 IN IP4 %1\r\ns=voicemail\r\nc=IN IP4 %1\r\nt=0 0\r\nm=audio %2 RTP/AVP %3%4\r\n")
                      .arg(ip)
                      .arg(port)
                      .arg(codec, d.hasMatch() ? QLatin1Char(' ') + d.captured(1) : QString());
    sdp += codec == QLatin1String("8") ? QStringLiteral("a=rtpmap:8 PCMA/8000\r\n") : QStringLiteral("a=rtpmap:0 PCMU/8000\r\n");
    if (d.hasMatch())
        sdp += QStringLiteral("a=rtpmap:%1 telephone-event/8000\r\n").arg(d.captured(1));
    sdp += QStringLiteral("a=sendrecv\r\n");
    return sdp.toUtf8();
}

VoicemailMedia::~VoicemailMedia()
{
    if (m_sinkFd >= 0)
        ::close(m_sinkFd);
}

Status VoicemailMedia::open(const QString &control)
{
    if (control.isEmpty())
        return Status::fail(QCoreApplication::translate("VoicemailMedia", "no media relay"));
    if (m_ng && control == m_control)
        return {};
    auto ng = media::NgClient::open(control, kOptions);
    if (!ng)
        return ng.error();
    m_ng = std::move(ng).value();
    m_control = control;
    if (m_sinkFd < 0) {
        // Where the relay sends what the caller says; never read (the kernel drops what
        // does not fit), it only keeps the relay's packets from bouncing off a closed port.
        m_sinkIp = localAddressTowards(control.section(QLatin1Char(':'), 0, 0));
        m_sinkFd = ::socket(AF_INET, SOCK_DGRAM | SOCK_CLOEXEC, 0);
        sockaddr_in a{};
        a.sin_family = AF_INET;
        inet_pton(AF_INET, m_sinkIp.toLatin1().constData(), &a.sin_addr);
        socklen_t len = sizeof a;
        if (m_sinkFd < 0 || ::bind(m_sinkFd, reinterpret_cast<sockaddr *>(&a), sizeof a) != 0
            || ::getsockname(m_sinkFd, reinterpret_cast<sockaddr *>(&a), &len) != 0) {
            if (m_sinkFd >= 0)
                ::close(m_sinkFd);
            m_sinkFd = -1;
            return Status::fail(QCoreApplication::translate("VoicemailMedia", "cannot open a local port for voicemail media"));
        }
        m_sinkPort = ntohs(a.sin_port);
    }
    return {};
}

Result<QVariantMap> VoicemailMedia::call(QVariantMap command) { return m_ng->call(command); }

Result<VoicemailMedia::Answer> VoicemailMedia::answer(const QString &control, const QByteArray &callId, const QByteArray &callerSdp, bool offered,
                                                      const QString &sourceIp, bool nated)
{
    if (Status s = open(control); !s)
        return s.error();
    const QByteArray sink = sinkSdp(callerSdp, m_sinkIp, m_sinkPort);
    if (sink.isEmpty())
        return Result<Answer>::fail(QCoreApplication::translate("VoicemailMedia", "the caller offers no G.711 audio (PCMA or PCMU)"));
    auto common = [&](QVariantMap c) {
        c.insert(QStringLiteral("call-id"), callId);
        c.insert(QStringLiteral("replace"), QStringList{QStringLiteral("origin"), QStringLiteral("session-connection")});
        c.insert(QStringLiteral("ICE"), QStringLiteral("remove"));
        c.insert(QStringLiteral("record call"), QStringLiteral("yes"));
        return c;
    };
    if (!offered) {
        QVariantMap offer = common({{QStringLiteral("command"), QStringLiteral("offer")}, {QStringLiteral("from-tag"), QStringLiteral("a")}, {QStringLiteral("sdp"), callerSdp}});
        if (nated) { // as MediaRelay: a private SDP address is unreachable, the signalling source is not
            offer.insert(QStringLiteral("flags"), QStringList{QStringLiteral("SIP-source-address")});
            offer.insert(QStringLiteral("received-from"), QVariantList{QStringLiteral("IP4"), sourceIp});
        }
        if (auto r = call(offer); !r)
            return r.error();
    }
    auto r = call(common({{QStringLiteral("command"), QStringLiteral("answer")},
                          {QStringLiteral("from-tag"), QStringLiteral("a")},
                          {QStringLiteral("to-tag"), QStringLiteral("b")},
                          {QStringLiteral("sdp"), sink}}));
    if (!r)
        return r.error();
    const QByteArray sdp = r->value(QStringLiteral("sdp")).toByteArray();
    if (sdp.isEmpty())
        return Result<Answer>::fail(QCoreApplication::translate("VoicemailMedia", "the media relay answered without SDP"));
    if (offered) // the caller's offer went in without recording: start it now
        if (auto rec = call({{QStringLiteral("command"), QStringLiteral("start recording")}, {QStringLiteral("call-id"), callId}}); !rec)
            return rec.error();
    return Answer{sdp, sdpMediaAddress(sdp)};
}

Status VoicemailMedia::play(const QByteArray &callId, const QString &path)
{
    if (!m_ng)
        return Status::fail(QCoreApplication::translate("VoicemailMedia", "no media relay"));
    auto r = call({{QStringLiteral("command"), QStringLiteral("play media")},
                   {QStringLiteral("call-id"), callId},
                   {QStringLiteral("from-tag"), QStringLiteral("a")},
                   {QStringLiteral("file"), path}});
    if (!r)
        return r.error();
    return {};
}

Status VoicemailMedia::remove(const QByteArray &callId)
{
    if (!m_ng)
        return Status::fail(QCoreApplication::translate("VoicemailMedia", "no media relay"));
    auto r = call({{QStringLiteral("command"), QStringLiteral("delete")}, {QStringLiteral("call-id"), callId}});
    if (!r)
        return r.error();
    return {};
}

} // namespace centrale::sip
