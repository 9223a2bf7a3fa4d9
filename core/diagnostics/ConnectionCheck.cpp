#include "diagnostics/ConnectionCheck.h"
#include "diagnostics/SipText.h"
#include "sip/SipText.h"
#include "domain/SettingsCatalog.h"
#include "store/PhoneAccountRepository.h"
#include "store/SettingsRepository.h"
#include "store/TraceRepository.h"
#include "store/TrunkRepository.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QHostAddress>
#include <QJsonArray>

#include <arpa/inet.h>
#include <cstring>
#include <netinet/in.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

namespace centrale::diagnostics {

namespace {


QString when(qint64 us) { return QDateTime::fromMSecsSinceEpoch(us / 1000).toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")); }

bool toSockaddr(const Endpoint &e, sockaddr_storage *ss, socklen_t *len)
{
    const QHostAddress a(e.ip);
    if (a.isNull())
        return false;
    *ss = {};
    if (a.protocol() == QAbstractSocket::IPv6Protocol) {
        auto *sa = reinterpret_cast<sockaddr_in6 *>(ss);
        sa->sin6_family = AF_INET6;
        sa->sin6_port = htons(e.port);
        const Q_IPV6ADDR v6 = a.toIPv6Address();
        std::memcpy(&sa->sin6_addr, v6.c, 16);
        *len = sizeof(sockaddr_in6);
    } else {
        auto *sa = reinterpret_cast<sockaddr_in *>(ss);
        sa->sin_family = AF_INET;
        sa->sin_port = htons(e.port);
        sa->sin_addr.s_addr = htonl(a.toIPv4Address());
        *len = sizeof(sockaddr_in);
    }
    return true;
}

} // namespace

Probe sendOptions(const QString &fromIp, const QString &target, const QByteArray &uri, int timeoutMs)
{
    Probe p;
    p.target = target;
    const Endpoint to = parseEndpoint(target);
    sockaddr_storage dst, src;
    socklen_t dlen = 0, slen = 0;
    if (!toSockaddr(to, &dst, &dlen))
        return p;
    const int fd = ::socket(dst.ss_family, SOCK_DGRAM | SOCK_CLOEXEC, 0);
    if (fd < 0)
        return p;
    Endpoint from{fromIp, 0, to.v6};
    if (toSockaddr(from, &src, &slen) && src.ss_family == dst.ss_family)
        (void)::bind(fd, reinterpret_cast<sockaddr *>(&src), slen);
    sockaddr_storage local{};
    socklen_t llen = sizeof local;
    ::getsockname(fd, reinterpret_cast<sockaddr *>(&local), &llen);
    char host[INET6_ADDRSTRLEN] = "";
    int port = 0;
    if (local.ss_family == AF_INET6) {
        auto *sa = reinterpret_cast<sockaddr_in6 *>(&local);
        inet_ntop(AF_INET6, &sa->sin6_addr, host, sizeof host);
        port = ntohs(sa->sin6_port);
    } else {
        auto *sa = reinterpret_cast<sockaddr_in *>(&local);
        inet_ntop(AF_INET, &sa->sin_addr, host, sizeof host);
        port = ntohs(sa->sin_port);
    }
    const QByteArray hostPort = (local.ss_family == AF_INET6 ? QByteArray('[' + QByteArray(host) + ']') : QByteArray(host)) + ':' + QByteArray::number(port);
    const QByteArray callId = sip::randomToken() + "@centrale-check";
    const QByteArray msg = "OPTIONS " + uri + " SIP/2.0\r\nVia: SIP/2.0/UDP " + hostPort + ";rport;branch=z9hG4bK" + sip::randomToken() +
                           "\r\nMax-Forwards: 70\r\nFrom: <sip:check@" + hostPort + ">;tag=" + sip::randomToken() + "\r\nTo: <" + uri +
                           ">\r\nCall-ID: " + callId + "\r\nCSeq: 1 OPTIONS\r\nUser-Agent: Centrale connection check\r\nContent-Length: 0\r\n\r\n";
    QElapsedTimer timer;
    timer.start();
    int retransmitMs = 500;
    qint64 nextSend = 0;
    char buf[8192];
    while (timer.elapsed() < timeoutMs) {
        if (timer.elapsed() >= nextSend) { // UDP: resend like a client transaction would
            (void)::sendto(fd, msg.constData(), size_t(msg.size()), 0, reinterpret_cast<sockaddr *>(&dst), dlen);
            nextSend = timer.elapsed() + retransmitMs;
            retransmitMs *= 2;
        }
        pollfd pfd{fd, POLLIN, 0};
        if (::poll(&pfd, 1, int(std::min<qint64>(50, timeoutMs - timer.elapsed()))) <= 0)
            continue;
        const ssize_t n = ::recv(fd, buf, sizeof buf, 0);
        if (n <= 0)
            continue;
        const SipView s = parseSip(QByteArray(buf, int(n)));
        if (s.isRequest || s.callId != callId || s.status < 200)
            continue;
        p.answered = true;
        p.status = s.status;
        p.rttMs = double(timer.nsecsElapsed()) / 1e6;
        break;
    }
    ::close(fd);
    return p;
}

Result<ConnectionReport> checkConnection(Database &db, const QString &tracePath, const QString &kind, const QString &name, int probeTimeoutMs)
{
    ConnectionReport r;
    r.kind = kind;
    r.name = name;
    if (kind == QLatin1String("trunk")) {
        auto t = TrunkRepository(db).find(name);
        if (!t)
            return t.error();
        r.accounts << t->primary.username << t->secondary.username;
    } else {
        auto p = PhoneAccountRepository(db).find(name);
        if (!p)
            return p.error();
        r.accounts << p->number;
    }
    auto traces = TraceRepository::open(tracePath, true);
    if (!traces)
        return traces.error();
    TraceRepository &repo = *traces.value();
    SettingsRepository settings(db);
    const QString primary = settings.get(QLatin1String(settingkeys::kPrimary));

    for (const QString &account : std::as_const(r.accounts)) {
        auto reg = repo.lastReceived({account}, "REGISTER");
        if (!reg)
            return reg.error();
        if (reg->has_value()) {
            const TraceMessage &m = **reg;
            r.sawRequest = true;
            const SipView s = parseSip(m.data);
            const QByteArray contact = s.value("contact");
            r.registeredFrom << QCoreApplication::translate("ConnectionCheck", "%1 registers from %2 (Contact %3, last REGISTER %4)").arg(account, m.remote, QString::fromUtf8(contact), when(m.timeUs));
            const NatFindings f = analyseReceived(m);
            for (const auto &x : f.nat)
                if (!r.findings.nat.contains(x))
                    r.findings.nat << x;
            for (const auto &x : f.algSigns)
                if (!r.findings.algSigns.contains(x))
                    r.findings.algSigns << x;
            if (probeTimeoutMs > 0) {
                QByteArray uri = parseUri(contact).host.isEmpty() ? QByteArray("sip:" + account.toUtf8() + '@' + m.remote.toUtf8()) : contact;
                if (const qsizetype lt = uri.indexOf('<'); lt >= 0)
                    uri = uri.mid(lt + 1, uri.indexOf('>') - lt - 1);
                Probe p = sendOptions(parseEndpoint(primary).ip, m.remote, uri, probeTimeoutMs);
                p.account = account;
                r.probes << p;
            }
        }
        auto inv = repo.lastReceived({account}, "INVITE");
        if (!inv)
            return inv.error();
        if (inv->has_value()) {
            r.sawRequest = true;
            const NatFindings f = analyseReceived(**inv);
            for (const auto &x : f.nat)
                if (!r.findings.nat.contains(x))
                    r.findings.nat << x;
            for (const auto &x : f.algSigns)
                if (!r.findings.algSigns.contains(x))
                    r.findings.algSigns << x;
        }
        auto q = repo.lastQualify({account});
        if (!q)
            return q.error();
        if (!q->isEmpty()) {
            Probe p;
            p.account = account;
            p.target = q->first().remote;
            p.atUs = q->first().timeUs;
            for (const auto &m : *q) {
                if (!m.outgoing && m.status >= 200) {
                    p.answered = true;
                    p.status = m.status;
                    p.rttMs = double(m.timeUs - q->first().timeUs) / 1000.0;
                    break;
                }
            }
            r.qualifies << p;
        }
    }
    r.findings.behindNat = !r.findings.nat.isEmpty();
    r.findings.alg = !r.findings.algSigns.isEmpty();

    // The seed's advice (managed VoIP, network and firewall), most pressing first.
    if (r.findings.alg)
        r.advice << QCoreApplication::translate("ConnectionCheck", "Turn off SIP ALG (also called SIP helper or SIP passthrough) in the router, modem and firewall: it rewrites SIP messages and "
                       "causes one-way audio, dropped calls and failed registrations.");
    if (r.findings.behindNat)
        r.advice << QCoreApplication::translate("ConnectionCheck", "The PBX is behind NAT. That works with Centrale (answers go back to where packets come from), as long as the "
                       "registration is refreshed often enough to keep the NAT open (at most 60-120 s on most routers).");
    r.advice << QCoreApplication::translate("ConnectionCheck", "Do not set up port forwards for SIP or RTP in the router or modem; the PBX registers out and keeps the way open.");
    r.advice << QCoreApplication::translate("ConnectionCheck", "Shield port forwards for management (web interface, SSH) of the PBX with a firewall.");
    r.advice << QCoreApplication::translate("ConnectionCheck", "If IPv6 is active on the network or on the PBX, make sure the firewall covers IPv6 as well; an IPv6 address left open is a way around it.");

    const QStringList servers = {primary, settings.get(QLatin1String(settingkeys::kSecondary)), settings.get(QLatin1String(settingkeys::kPrimary6)),
                                 settings.get(QLatin1String(settingkeys::kSecondary6))};
    for (const QString &s : servers) {
        if (s.isEmpty())
            continue;
        const Endpoint e = parseEndpoint(s);
        r.firewall << QCoreApplication::translate("ConnectionCheck", "Allow UDP between the PBX and %1 port %2 (SIP, both ways).").arg(e.ip).arg(e.port);
    }
    const QString carrier = settings.get(QLatin1String(settingkeys::kUpstream));
    if (!carrier.isEmpty())
        r.firewall << QCoreApplication::translate("ConnectionCheck", "Media (RTP) flows directly between the PBX and the carrier %1: allow UDP from the carrier's media addresses to the "
                         "PBX's RTP port range.")
                          .arg(carrier);
    return r;
}

QString ConnectionReport::text() const
{
    QStringList out;
    out << (kind == QLatin1String("trunk") ? QCoreApplication::translate("ConnectionCheck", "Connection check for trunk %1 (accounts %2)").arg(name, accounts.join(QLatin1String(", ")))
                                           : QCoreApplication::translate("ConnectionCheck", "Connection check for phone account %1").arg(name));
    if (!sawRequest)
        out << QCoreApplication::translate("ConnectionCheck", "No REGISTER or INVITE of this account is in the SIP trace: it has not registered or called since the trace began.");
    out << registeredFrom;
    for (const auto &p : probes)
        out << (p.answered ? QCoreApplication::translate("ConnectionCheck", "OPTIONS to %1 (%2): answered %3 in %4 ms.").arg(p.target, p.account).arg(p.status).arg(p.rttMs, 0, 'f', 1)
                           : QCoreApplication::translate("ConnectionCheck", "OPTIONS to %1 (%2): no answer. A NAT or firewall that only lets in the server the PBX registered to drops "
                                "this probe; see the engine's own check below.")
                                 .arg(p.target, p.account));
    for (const auto &q : qualifies)
        out << (q.answered ? QCoreApplication::translate("ConnectionCheck", "The engine's last OPTIONS check of %1 (%2): answered %3 in %4 ms.").arg(q.account, when(q.atUs)).arg(q.status).arg(q.rttMs, 0, 'f', 1)
                           : QCoreApplication::translate("ConnectionCheck", "The engine's last OPTIONS check of %1 (%2): no answer.").arg(q.account, when(q.atUs)));
    if (sawRequest) {
        out << (findings.behindNat ? QCoreApplication::translate("ConnectionCheck", "NAT: yes.") : QCoreApplication::translate("ConnectionCheck", "NAT: none seen."));
        for (const auto &n : findings.nat)
            out << QStringLiteral("  - ") + n;
        out << (findings.alg ? QCoreApplication::translate("ConnectionCheck", "SIP ALG: likely.") : QCoreApplication::translate("ConnectionCheck", "SIP ALG: no sign of one."));
        for (const auto &n : findings.algSigns)
            out << QStringLiteral("  - ") + n;
    }
    out << QCoreApplication::translate("ConnectionCheck", "Advice:");
    for (const auto &a : advice)
        out << QStringLiteral("  - ") + a;
    out << QCoreApplication::translate("ConnectionCheck", "Firewall:");
    for (const auto &f : firewall)
        out << QStringLiteral("  - ") + f;
    return out.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

QJsonObject ConnectionReport::toJson() const
{
    auto probesJson = [](const QList<Probe> &list) {
        QJsonArray a;
        for (const auto &p : list)
            a.append(QJsonObject{{QStringLiteral("account"), p.account}, {QStringLiteral("target"), p.target}, {QStringLiteral("answered"), p.answered},
                                 {QStringLiteral("status"), p.status}, {QStringLiteral("rtt_ms"), p.rttMs},
                                 {QStringLiteral("at"), p.atUs ? QDateTime::fromMSecsSinceEpoch(p.atUs / 1000).toString(Qt::ISODateWithMs) : QString()}});
        return a;
    };
    return QJsonObject{{QStringLiteral("kind"), kind},
                       {QStringLiteral("name"), name},
                       {QStringLiteral("accounts"), QJsonArray::fromStringList(accounts)},
                       {QStringLiteral("registered_from"), QJsonArray::fromStringList(registeredFrom)},
                       {QStringLiteral("options"), probesJson(probes)},
                       {QStringLiteral("qualify"), probesJson(qualifies)},
                       {QStringLiteral("seen"), sawRequest},
                       {QStringLiteral("nat"), findings.behindNat},
                       {QStringLiteral("nat_findings"), QJsonArray::fromStringList(findings.nat)},
                       {QStringLiteral("alg"), findings.alg},
                       {QStringLiteral("alg_findings"), QJsonArray::fromStringList(findings.algSigns)},
                       {QStringLiteral("advice"), QJsonArray::fromStringList(advice)},
                       {QStringLiteral("firewall"), QJsonArray::fromStringList(firewall)}};
}

} // namespace centrale::diagnostics
