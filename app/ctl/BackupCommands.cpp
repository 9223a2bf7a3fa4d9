// backup and restore: the database (and optionally the secrets) in one file.
#include "CtlContext.h"
#include "backup/BackupService.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <cstdio>
#include <termios.h>
#include <unistd.h>

namespace centrale::ctl {

namespace {

// The passphrase comes from standard input, never from an argument (argv is visible to
// every user in ps); on a terminal it is asked for without echo.
std::optional<QString> readPassphrase(CtlContext &ctx, const QString &prompt)
{
    if (!::isatty(STDIN_FILENO))
        return ctx.readLine();
    std::fprintf(stderr, "%s", qPrintable(prompt));
    std::fflush(stderr);
    termios old{};
    const bool echoOff = ::tcgetattr(STDIN_FILENO, &old) == 0;
    if (echoOff) {
        termios quiet = old;
        quiet.c_lflag &= ~tcflag_t(ECHO);
        ::tcsetattr(STDIN_FILENO, TCSAFLUSH, &quiet);
    }
    auto line = ctx.readLine();
    if (echoOff)
        ::tcsetattr(STDIN_FILENO, TCSAFLUSH, &old);
    std::fputs("\n", stderr);
    return line;
}

constexpr int kMinPassphrase = 10;

} // namespace

int backupCommand(CtlContext &ctx)
{
    QCommandLineParser p;
    const QCommandLineOption out(QStringLiteral("out"),
                                 QCoreApplication::translate("centralectl", "Write the backup to this file (mode 0600; replaced if it exists)."),
                                 QCoreApplication::translate("centralectl", "FILE"));
    const QCommandLineOption withSecrets(
        QStringLiteral("include-secrets"),
        QCoreApplication::translate(
            "centralectl", "Include the passwords from the keychain or secrets file, encrypted with a passphrase read from standard input."));
    const QCommandLineOption withoutMedia(
        QStringLiteral("without-media"),
        QCoreApplication::translate("centralectl", "Leave out the recordings, voicemail messages and call plan greetings (included by default)."));
    p.addOptions({out, withSecrets, withoutMedia});
    if (!ctx.parse(p, QStringLiteral("backup"),
                   QCoreApplication::translate(
                       "centralectl",
                       "Write a consistent backup of the database, also while the engine runs. Passwords are not in it unless --include-secrets. "
                       "The recordings, voicemail messages and call plan greetings beside the database (its recordings/ and voicemail/ "
                       "folders) are in it too unless --without-media: the backup grows by the size of those folders, about 58 MB per "
                       "recorded hour (twice that with recording.split = 1) and 1 MB per voicemail minute.")))
        return ctx.exitCode;
    if (p.value(out).isEmpty())
        return ctx.usage(QCoreApplication::translate("centralectl", "--out: give the file to write the backup to."));
    QByteArray passphrase;
    if (p.isSet(withSecrets)) {
        const auto line = readPassphrase(ctx, QCoreApplication::translate("centralectl", "Passphrase for the secrets in the backup: "));
        if (!line || line->size() < kMinPassphrase)
            return ctx.usage(QCoreApplication::translate(
                                 "centralectl", "--include-secrets: give a passphrase of at least %1 characters on the first line of standard input.")
                                 .arg(kMinPassphrase));
        passphrase = line->toUtf8();
    }
    auto db = ctx.db();
    if (!db)
        return ctx.fail(db.message());
    SecretStore *secrets = nullptr;
    if (p.isSet(withSecrets)) {
        auto s = ctx.secrets();
        if (!s)
            return ctx.fail(s.message());
        secrets = s.value();
    }
    auto written = backup::writeBackup(**db, p.value(out), secrets, passphrase, !p.isSet(withoutMedia));
    if (!written)
        return ctx.fail(written.message());
    const auto &w = written.value();
    if (ctx.json()) {
        ctx.printJson(QJsonObject{{QStringLiteral("file"), QFileInfo(p.value(out)).absoluteFilePath()},
                                  {QStringLiteral("schema"), w.schema},
                                  {QStringLiteral("bytes"), w.bytes},
                                  {QStringLiteral("secrets"), p.isSet(withSecrets) ? QJsonValue(w.secrets) : QJsonValue()},
                                  {QStringLiteral("missing_secrets"), QJsonArray::fromStringList(w.missing)},
                                  {QStringLiteral("media_files"), p.isSet(withoutMedia) ? QJsonValue() : QJsonValue(w.mediaFiles)},
                                  {QStringLiteral("media_bytes"), p.isSet(withoutMedia) ? QJsonValue() : QJsonValue(w.mediaBytes)}});
        return Ok;
    }
    ctx.print(p.isSet(withSecrets) ? QCoreApplication::translate("centralectl", "Backup written to %1 (schema %2, %3 bytes, %4 secrets encrypted).")
                                         .arg(p.value(out))
                                         .arg(w.schema)
                                         .arg(w.bytes)
                                         .arg(w.secrets)
                                   : QCoreApplication::translate("centralectl", "Backup written to %1 (schema %2, %3 bytes, without secrets).")
                                         .arg(p.value(out))
                                         .arg(w.schema)
                                         .arg(w.bytes));
    if (!p.isSet(withoutMedia))
        ctx.print(QCoreApplication::translate("centralectl", "Media included: %1 files, %2 bytes (recordings, voicemail messages, greetings).")
                      .arg(w.mediaFiles)
                      .arg(w.mediaBytes));
    if (!w.missing.isEmpty())
        ctx.print(QCoreApplication::translate("centralectl", "Not in the store, so not in the backup: %1").arg(w.missing.join(QStringLiteral(", "))));
    return Ok;
}

int restoreCommand(CtlContext &ctx)
{
    QCommandLineParser p;
    const QCommandLineOption skipSecrets(
        QStringLiteral("skip-secrets"), QCoreApplication::translate("centralectl", "Restore the database only, even when the backup holds secrets."));
    const QCommandLineOption skipMedia(
        QStringLiteral("skip-media"),
        QCoreApplication::translate("centralectl", "Leave the recordings, voicemail messages and greetings beside the database as they are."));
    p.addOptions({skipSecrets, skipMedia});
    if (!ctx.parse(p, QStringLiteral("restore"),
                   QCoreApplication::translate(
                       "centralectl",
                       "Replace the database by the one in a backup (stop the engine first). Refuses a damaged backup or one from a newer Centrale "
                       "and then changes nothing. Secrets in the backup are restored with the passphrase from standard input; its recordings, "
                       "voicemail messages and greetings are put beside the database (mode 0600), other files there are left alone."),
                   QStringLiteral("FILE"), QCoreApplication::translate("centralectl", "The backup file.")))
        return ctx.exitCode;
    if (p.positionalArguments().size() != 1)
        return ctx.usage(QCoreApplication::translate("centralectl", "restore takes exactly one backup file."));
    auto file = backup::readBackup(p.positionalArguments().first());
    if (!file)
        return ctx.fail(file.message());
    const bool withSecrets = file->secrets.has_value() && !p.isSet(skipSecrets);
    QByteArray passphrase;
    SecretStore *secrets = nullptr;
    if (withSecrets) {
        const auto line = readPassphrase(ctx, QCoreApplication::translate("centralectl", "Passphrase of the secrets in the backup: "));
        if (!line || line->isEmpty())
            return ctx.usage(QCoreApplication::translate(
                "centralectl", "The backup holds encrypted secrets: give their passphrase on standard input, or use --skip-secrets."));
        passphrase = line->toUtf8();
        auto s = ctx.secrets();
        if (!s)
            return ctx.fail(s.message());
        secrets = s.value();
    }
    auto restored = backup::restoreBackup(file.value(), ctx.dbPath(), secrets, passphrase, !p.isSet(skipMedia));
    if (!restored)
        return ctx.fail(restored.message());
    const auto &r = restored.value();
    if (ctx.json()) {
        ctx.printJson(QJsonObject{{QStringLiteral("database"), QFileInfo(ctx.dbPath()).absoluteFilePath()},
                                  {QStringLiteral("schema"), r.schema},
                                  {QStringLiteral("migrated_to"), r.migratedTo},
                                  {QStringLiteral("secrets"), withSecrets ? QJsonValue(r.secrets) : QJsonValue()},
                                  {QStringLiteral("media_files"), r.mediaFiles},
                                  {QStringLiteral("media_not_restored"), QJsonArray::fromStringList(r.mediaFailed)}});
        return r.mediaFailed.isEmpty() ? Ok : ctx.fail(QCoreApplication::translate("centralectl", "Some media files could not be put in place: %1").arg(r.mediaFailed.join(QStringLiteral(", "))));
    }
    ctx.print(QCoreApplication::translate("centralectl", "Restored %1 from the backup (schema %2%3).")
                  .arg(ctx.dbPath())
                  .arg(r.schema)
                  .arg(r.migratedTo != r.schema ? QCoreApplication::translate("centralectl", ", migrated to %1").arg(r.migratedTo) : QString()));
    if (withSecrets)
        ctx.print(QCoreApplication::translate("centralectl", "%1 secrets restored.").arg(r.secrets));
    else if (file->secrets)
        ctx.print(QCoreApplication::translate("centralectl", "The backup's secrets were skipped; the passwords in the store are unchanged."));
    if (r.mediaFiles > 0)
        ctx.print(QCoreApplication::translate("centralectl", "%1 media files restored (recordings, voicemail messages, greetings).").arg(r.mediaFiles));
    else if (file->media && p.isSet(skipMedia))
        ctx.print(QCoreApplication::translate("centralectl", "The backup's media were skipped; the files beside the database are unchanged."));
    if (!r.mediaFailed.isEmpty())
        return ctx.fail(QCoreApplication::translate("centralectl", "Some media files could not be put in place: %1").arg(r.mediaFailed.join(QStringLiteral(", "))));
    return Ok;
}

} // namespace centrale::ctl
