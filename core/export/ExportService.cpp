#include "export/ExportService.h"
#include "store/PhoneAccountRepository.h"
#include "store/SettingsRepository.h"
#include "store/TrunkRepository.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLocale>

namespace centrale {

namespace {
constexpr QFile::Permissions kSecret = QFile::ReadOwner | QFile::WriteOwner;
constexpr QFile::Permissions kPlain = QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup | QFile::ReadOther;
} // namespace

Result<ExportInput> ExportService::input(const ExportRequest &req, QString *defaultFormat)
{
    if (req.trunkName.isEmpty() == req.phoneNumber.isEmpty())
        return Result<ExportInput>::fail(tr("Choose one trunk or one phone account to export."));
    ExportInput in;
    QStringList usernames;
    if (!req.trunkName.isEmpty()) {
        auto t = TrunkRepository(m_db).find(req.trunkName);
        if (!t)
            return t.error();
        in.trunk = t.value();
        usernames << t->primary.username << t->secondary.username;
        if (defaultFormat)
            *defaultFormat = ExportRegistry::defaultFor(t->brand).key;
    } else {
        auto p = PhoneAccountRepository(m_db).find(req.phoneNumber);
        if (!p)
            return p.error();
        in.phone = p.value();
        usernames << (p->account.username.isEmpty() ? p->number : p->account.username);
        if (defaultFormat)
            *defaultFormat = ExportRegistry::defaultForPhones().key;
    }
    SettingsRepository settings(m_db);
    in.primaryServer = settings.get(QLatin1String(settingkeys::kPrimary));
    in.secondaryServer = settings.get(QLatin1String(settingkeys::kSecondary));
    in.realm = settings.get(QLatin1String(settingkeys::kRealm));
    in.language = settings.get(QLatin1String(settingkeys::kLanguage));
    if (in.language == QLatin1String("system"))
        in.language = QLocale::system().name().left(2);
    if (req.includeSecrets) {
        if (!m_secrets)
            return Result<ExportInput>::fail(tr("Passwords were asked for, but no secret store is open."));
        for (const auto &u : usernames) {
            auto pw = m_secrets->read(sipAccountSecretKey(u));
            if (!pw)
                return Result<ExportInput>::fail(tr("Cannot read the password of account %1 from %2: %3").arg(u, m_secrets->describe(), pw.message()));
            in.passwords.insert(u, pw.value());
        }
    }
    return in;
}

Result<ExportOutcome> ExportService::run(const ExportRequest &req)
{
    if (req.outDir.trimmed().isEmpty())
        return Result<ExportOutcome>::fail(tr("Choose a folder to export to."), QStringLiteral("out"));
    QString defaultFormat;
    auto in = input(req, &defaultFormat);
    if (!in)
        return in.error();
    ExportOutcome out;
    out.format = req.format.isEmpty() ? defaultFormat : req.format.trimmed().toLower();
    auto files = ExportRegistry::generate(out.format, in.value());
    if (!files)
        return files.error();
    auto written = writeFiles(files.value(), req.outDir, req.includeSecrets, req.overwrite);
    if (!written)
        return written.error();
    out.paths = written.value();
    out.secretsIncluded = req.includeSecrets;
    return out;
}

Result<QStringList> ExportService::writeFiles(const ExportFiles &files, const QString &dirPath, bool secret, bool overwrite)
{
    QDir dir(dirPath);
    if (!dir.exists()) {
        if (!QDir().mkpath(dirPath))
            return Result<QStringList>::fail(tr("Cannot create folder %1.").arg(dirPath), QStringLiteral("out"));
        if (secret)
            QFile::setPermissions(dirPath, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    }
    // Check every name first so that a refusal leaves the folder untouched.
    QStringList paths;
    for (const auto &f : files) {
        if (f.fileName.isEmpty() || f.fileName.contains(QLatin1Char('/')) || f.fileName.startsWith(QLatin1Char('.')))
            return Result<QStringList>::fail(tr("Refusing the file name \"%1\".").arg(f.fileName));
        const QString path = QFileInfo(dir.absoluteFilePath(f.fileName)).absoluteFilePath();
        // A planted link would send the passwords elsewhere.
        if (QFileInfo(path).isSymLink())
            return Result<QStringList>::fail(tr("%1 is a symbolic link; refusing to write through it.").arg(path), QStringLiteral("out"));
        if (QFileInfo::exists(path) && !overwrite)
            return Result<QStringList>::fail(tr("%1 exists already; choose another folder or allow overwriting.").arg(path), QStringLiteral("out"));
        paths << path;
    }
    for (qsizetype i = 0; i < files.size(); ++i) {
        QFile file(paths.at(i));
        // An existing file is narrowed before the secret goes in, a new one is born narrow.
        if (file.exists() && !file.setPermissions(secret ? kSecret : kPlain))
            return Result<QStringList>::fail(tr("Cannot set the permissions of %1: %2").arg(paths.at(i), file.errorString()));
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate, secret ? kSecret : kPlain))
            return Result<QStringList>::fail(tr("Cannot write %1: %2").arg(paths.at(i), file.errorString()));
        const QByteArray data = files.at(i).contents.toUtf8();
        if (file.write(data) != data.size() || !file.flush())
            return Result<QStringList>::fail(tr("Cannot write %1: %2").arg(paths.at(i), file.errorString()));
        file.close();
        // The umask may have narrowed a new plain file; plain exports are meant to be shared.
        if (!secret)
            file.setPermissions(kPlain);
    }
    return paths;
}

} // namespace centrale
