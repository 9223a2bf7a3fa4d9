#include "provisioning/ProvisioningService.h"
#include "provisioning/PhoneModels.h"
#include "store/PhoneAccountRepository.h"
#include "store/ProvisioningLogRepository.h"
#include "store/SettingsRepository.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QRandomGenerator>

namespace centrale::provisioning {

namespace {

std::pair<QString, int> splitHostPort(const QString &hostPort)
{
    const qsizetype colon = hostPort.lastIndexOf(QLatin1Char(':'));
    QString host = hostPort.left(colon);
    if (host.startsWith(QLatin1Char('[')))
        host = host.mid(1, host.size() - 2);
    return {host, hostPort.mid(colon + 1).toInt()};
}

bool isWildcard(const QString &host) { return host == QLatin1String("0.0.0.0") || host == QLatin1String("::"); }

QString urlHost(const QString &host) { return host.contains(QLatin1Char(':')) ? QLatin1Char('[') + host + QLatin1Char(']') : host; }

IpWhitelist parseList(const QString &text)
{
    IpWhitelist out;
    for (const auto &part : text.split(QLatin1Char(','), Qt::SkipEmptyParts))
        if (auto n = IpNetwork::parse(part.trimmed()))
            out << n.value();
    return out;
}

// An empty list allows nobody here: provisioning hands out passwords, so "any address"
// (what an empty whitelist means for registering) would hand them to anyone.
bool listed(const IpWhitelist &list, const QHostAddress &host) { return !list.isEmpty() && whitelistAllows(list, host); }

bool ownsFile(const PhoneAccount &p, const FileRequest &f)
{
    const PhoneModel *m = PhoneModels::find(p.model);
    if (!m || p.mac.isEmpty())
        return false;
    if (f.kind == FileRequest::Kind::Common)
        return m->family == f.family && (f.family == QLatin1String("polycom") || m->commonFile == f.name.toLower());
    if (f.mac != p.mac)
        return false;
    DeviceProfile probe;
    probe.mac = p.mac;
    probe.model = p.model;
    for (const auto &n : fileNames(probe))
        if (n.compare(f.name, Qt::CaseInsensitive) == 0)
            return true;
    return false;
}

} // namespace

QString ProvisioningService::hashToken(const QString &token)
{
    return QString::fromLatin1(QCryptographicHash::hash(token.toUtf8(), QCryptographicHash::Sha256).toHex());
}

QString ProvisioningService::publicHost(const QString &listen)
{
    SettingsRepository s(m_db);
    const QString configured = s.get(QLatin1String(settingkeys::kProvHost));
    const QString host = splitHostPort(listen).first;
    return isWildcard(host) && !configured.isEmpty() ? configured : host;
}

Result<DeviceProfile> ProvisioningService::profile(const PhoneAccount &phone, bool includeSecrets)
{
    SettingsRepository s(m_db);
    using namespace settingkeys;
    DeviceProfile p;
    p.mac = phone.mac;
    p.model = phone.model;
    p.username = phone.account.username;
    p.displayName = phone.displayName.isEmpty() ? QLatin1Char('+') + phone.number : phone.displayName;
    const auto [h1, p1] = splitHostPort(s.get(QLatin1String(kPrimary)));
    const auto [h2, p2] = splitHostPort(s.get(QLatin1String(kSecondary)));
    const QString host = s.get(QLatin1String(kProvHost));
    p.primaryHost = host.isEmpty() ? h1 : host;
    p.secondaryHost = host.isEmpty() ? h2 : host;
    p.primaryPort = p1;
    p.secondaryPort = p2;
    p.realm = s.get(QLatin1String(kRealm));
    p.ntpServer = s.get(QLatin1String(kProvNtp));
    p.language = s.get(QLatin1String(kProvLanguage));
    if (!includeSecrets) {
        p.password = QStringLiteral("********");
        return p;
    }
    if (!m_secrets)
        return Result<DeviceProfile>::fail(tr("No secret store is open, so the password of +%1 is not available.").arg(phone.number), QStringLiteral("secrets"));
    auto pw = m_secrets->read(sipAccountSecretKey(phone.account.username));
    if (!pw)
        return Result<DeviceProfile>::fail(tr("The password of +%1 is not available from %2: %3").arg(phone.number, m_secrets->describe(), pw.message()),
                                           QStringLiteral("secrets"));
    p.password = pw.value();
    return p;
}

Answer ProvisioningService::answer(const Request &req)
{
    Answer a = decide(req);
    (void)ProvisioningLogRepository(m_db).record({QDateTime::currentMSecsSinceEpoch(), req.source.toString(), req.protocol, req.file, a.mac, a.served, a.reason});
    return a;
}

Answer ProvisioningService::decide(const Request &req)
{
    Answer a;
    auto refuse = [&](const char *reason, bool suspicious = true) {
        a.reason = QLatin1String(reason);
        a.suspicious = suspicious;
        a.content.clear();
        return a;
    };
    const auto file = parseFileName(req.file);
    if (!file)
        return refuse("unknown-file");
    a.mac = file->mac;
    auto phones = PhoneAccountRepository(m_db).list();
    if (!phones)
        return refuse("database-error", false);
    const IpWhitelist shared = parseList(SettingsRepository(m_db).get(QLatin1String(settingkeys::kProvWhitelist)));

    QList<PhoneAccount> candidates;
    if (req.protocol == QLatin1String("https")) {
        // The token names the phone; the file must be one it fetches.
        auto number = req.token.isEmpty() ? Result<QString>(QString()) : PhoneAccountRepository(m_db).numberByTokenHash(hashToken(req.token));
        if (!number)
            return refuse("database-error", false);
        if (number->isEmpty())
            return refuse("bad-token");
        for (const auto &p : phones.value())
            if (p.number == number.value() && ownsFile(p, *file))
                candidates << p;
        if (candidates.isEmpty())
            return refuse(file->kind == FileRequest::Kind::Common ? "not-this-phones-file" : "unknown-mac");
        const auto &p = candidates.first();
        // The token is the key; a phone account with a whitelist keeps it on this path too.
        if (!p.ipWhitelist.isEmpty() && !listed(p.ipWhitelist, req.source) && !listed(shared, req.source))
            return refuse("not-whitelisted");
    } else {
        for (const auto &p : phones.value())
            if (ownsFile(p, *file) && (listed(p.ipWhitelist, req.source) || listed(shared, req.source)))
                candidates << p;
        if (candidates.isEmpty()) {
            bool known = false;
            for (const auto &p : phones.value())
                known = known || ownsFile(p, *file);
            // One answer for "no such phone" and "not from here": a scanner learns nothing.
            return refuse(known ? "not-whitelisted" : file->kind == FileRequest::Kind::Common ? "no-such-model" : "unknown-mac");
        }
    }
    const auto &phone = candidates.first();
    if (file->kind == FileRequest::Kind::Device)
        a.mac = phone.mac;
    auto prof = profile(phone, file->kind == FileRequest::Kind::Device);
    if (!prof)
        return refuse("password-unavailable", false);
    auto content = render(prof.value(), file->name);
    if (!content)
        return refuse("render-failed", false);
    a.served = true;
    a.reason.clear();
    a.content = content.value();
    return a;
}

Result<QList<std::pair<QString, QByteArray>>> ProvisioningService::renderAll(const QString &mac, bool includeSecrets)
{
    auto phone = PhoneAccountRepository(m_db).findByMac(mac);
    if (!phone)
        return phone.error();
    if (phone->model.isEmpty())
        return Result<QList<std::pair<QString, QByteArray>>>::fail(tr("Phone account +%1 has no phone model.").arg(phone->number), QStringLiteral("model"));
    auto prof = profile(phone.value(), includeSecrets);
    if (!prof)
        return prof.error();
    QList<std::pair<QString, QByteArray>> out;
    for (const auto &name : fileNames(prof.value())) {
        auto c = render(prof.value(), name);
        if (!c)
            return c.error();
        out.append({name, c.value()});
    }
    return out;
}

Result<QString> ProvisioningService::newToken(const QString &number)
{
    auto phone = PhoneAccountRepository(m_db).find(number);
    if (!phone)
        return phone.error();
    QByteArray raw(24, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(raw.data()), raw.size() / 4);
    const QString token = QString::fromLatin1(raw.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
    if (auto s = PhoneAccountRepository(m_db).setProvisioningTokenHash(phone->id, hashToken(token)); !s)
        return s.error();
    return token;
}

QString ProvisioningService::httpsBase(const QString &token)
{
    const QString listen = SettingsRepository(m_db).get(QLatin1String(settingkeys::kProvHttps));
    if (listen.isEmpty())
        return {};
    return QStringLiteral("https://%1:%2/p/%3/").arg(urlHost(publicHost(listen))).arg(splitHostPort(listen).second).arg(token);
}

QString ProvisioningService::tftpBase()
{
    const QString listen = SettingsRepository(m_db).get(QLatin1String(settingkeys::kProvTftp));
    if (listen.isEmpty())
        return {};
    const int port = splitHostPort(listen).second;
    const QString host = urlHost(publicHost(listen));
    return port == 69 ? QStringLiteral("tftp://%1/").arg(host) : QStringLiteral("tftp://%1:%2/").arg(host).arg(port);
}

} // namespace centrale::provisioning
