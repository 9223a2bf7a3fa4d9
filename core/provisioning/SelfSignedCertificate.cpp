#include "provisioning/SelfSignedCertificate.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>

namespace centrale::provisioning {

Result<CertificateFiles> ensureSelfSignedCertificate(const QString &folder, const QString &commonName)
{
    const CertificateFiles files{QDir(folder).filePath(QStringLiteral("provisioning-cert.pem")), QDir(folder).filePath(QStringLiteral("provisioning-key.pem"))};
    if (QFile::exists(files.certificate) && QFile::exists(files.key) && QFileInfo(files.key).size() > 0)
        return files;
    QDir().mkpath(folder);
    // The key file exists, empty and 0600, before openssl writes into it: it is never
    // readable by others, not even for a moment.
    QFile key(files.key);
    if (!key.open(QIODevice::WriteOnly | QIODevice::Truncate) || !key.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner))
        return Result<CertificateFiles>::fail(QCoreApplication::translate("Provisioning", "Cannot create %1: %2").arg(files.key, key.errorString()),
                                              QStringLiteral("provisioning.https.key"));
    key.close();
    QProcess openssl;
    openssl.start(QStringLiteral("openssl"), {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"), QStringLiteral("ec"),
                                              QStringLiteral("-pkeyopt"), QStringLiteral("ec_paramgen_curve:prime256v1"), QStringLiteral("-nodes"),
                                              QStringLiteral("-days"), QStringLiteral("3650"), QStringLiteral("-subj"), QStringLiteral("/CN=") + commonName,
                                              QStringLiteral("-keyout"), files.key, QStringLiteral("-out"), files.certificate});
    const bool finished = openssl.waitForStarted(5000) && openssl.waitForFinished(30000);
    if (!finished || openssl.exitStatus() != QProcess::NormalExit || openssl.exitCode() != 0) {
        QFile::remove(files.key);
        QFile::remove(files.certificate);
        return Result<CertificateFiles>::fail(QCoreApplication::translate("Provisioning", "Could not make a self-signed certificate with openssl (is it installed?): %1")
                                                  .arg(QString::fromLocal8Bit(openssl.readAllStandardError()).trimmed().left(300) + openssl.errorString()),
                                              QStringLiteral("provisioning.https.cert"));
    }
    QFile::setPermissions(files.key, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    return files;
}

} // namespace centrale::provisioning
