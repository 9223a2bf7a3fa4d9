#include "provisioning/ProvisioningServers.h"
#include "provisioning/HttpsProvisioningServer.h"
#include "provisioning/SelfSignedCertificate.h"
#include "provisioning/TftpServer.h"

#include <QCoreApplication>

namespace centrale::provisioning {

namespace {
std::pair<QHostAddress, quint16> splitListen(const QString &hostPort)
{
    const qsizetype colon = hostPort.lastIndexOf(QLatin1Char(':'));
    QString host = hostPort.left(colon);
    if (host.startsWith(QLatin1Char('[')))
        host = host.mid(1, host.size() - 2);
    return {QHostAddress(host), quint16(hostPort.mid(colon + 1).toUInt())};
}

QByteArray contentType(const QString &file)
{
    return file.endsWith(QLatin1String(".xml"), Qt::CaseInsensitive) || file.endsWith(QLatin1String(".htm"), Qt::CaseInsensitive) ? "application/xml"
                                                                                                                                    : "text/plain";
}
} // namespace

ProvisioningServers::ProvisioningServers(Database &db, SecretStore *secrets, Gate gate, Suspicious suspicious, QObject *parent)
    : QObject(parent), m_service(db, secrets), m_gate(std::move(gate)), m_suspicious(std::move(suspicious))
{
}

ProvisioningServers::~ProvisioningServers() = default;

Answer ProvisioningServers::handle(const Request &req)
{
    Answer a = m_service.answer(req);
    emit logLine(a.served ? QStringLiteral("provisioning %1 served address=%2 file=%3").arg(req.protocol, req.source.toString(), req.file.left(200))
                          : QStringLiteral("provisioning %1 refused address=%2 file=%3 reason=%4").arg(req.protocol, req.source.toString(), req.file.left(200), a.reason));
    if (!a.served && a.suspicious && m_suspicious)
        m_suspicious(req.source, QStringLiteral("provisioning-") + a.reason);
    return a;
}

QStringList ProvisioningServers::start(const ProvisioningListen &listen)
{
    QStringList problems;
    if (!listen.tftp.isEmpty()) {
        m_tftp = std::make_unique<TftpServer>(
            [this](const QString &file, const QHostAddress &source) {
                const Answer a = handle({file, source, QStringLiteral("tftp"), {}});
                return TftpReply{a.served, a.content};
            },
            m_gate);
        const auto [addr, port] = splitListen(listen.tftp);
        if (auto s = m_tftp->listen(addr, port); !s) {
            problems << s.message();
            m_tftp.reset();
        } else {
            m_listening << QStringLiteral("tftp://") + listen.tftp;
        }
    }
    if (!listen.https.isEmpty()) {
        CertificateFiles files{listen.certificate, listen.key};
        if (files.certificate.isEmpty() || files.key.isEmpty()) {
            auto made = ensureSelfSignedCertificate(listen.dataFolder, QStringLiteral("centrale-provisioning"));
            if (!made)
                problems << made.message();
            else
                files = made.value();
        }
        if (!files.certificate.isEmpty()) {
            m_https = std::make_unique<HttpsProvisioningServer>(
                [this](const QString &token, const QString &file, const QHostAddress &source) {
                    const Answer a = handle({file, source, QStringLiteral("https"), token});
                    return a.served ? HttpReply{200, a.content, contentType(file)} : HttpReply{404, QByteArrayLiteral("Not found\n")};
                },
                m_gate);
            const auto [addr, port] = splitListen(listen.https);
            if (auto s = m_https->listen(addr, port, files.certificate, files.key); !s) {
                problems << s.message();
                m_https.reset();
            } else {
                m_listening << QStringLiteral("https://") + listen.https;
            }
        }
    }
    return problems;
}

} // namespace centrale::provisioning
