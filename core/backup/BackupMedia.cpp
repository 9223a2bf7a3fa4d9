#include "backup/BackupMedia.h"
#include "store/StoreLocation.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QtEndian>

namespace centrale::backup {

namespace {

constexpr qint64 kChunk = 1 << 20;

QString baseFolder(const QString &dbPath) { return QFileInfo(dbPath).absolutePath(); }

template <typename T> QByteArray be(T v)
{
    QByteArray b(sizeof(T), Qt::Uninitialized);
    qToBigEndian(v, b.data());
    return b;
}

// Writes and hashes.
bool writeHashed(QIODevice &out, QCryptographicHash &h, const QByteArray &b)
{
    h.addData(b);
    return out.write(b) == b.size();
}

// Reads exactly n bytes and hashes them; empty optional at a short read.
std::optional<QByteArray> take(QIODevice &in, QCryptographicHash &h, qint64 n)
{
    QByteArray b = in.read(n);
    if (b.size() != n)
        return std::nullopt;
    h.addData(b);
    return b;
}

void restrictFolder(const QString &folder)
{
    QFile::setPermissions(folder, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
}

} // namespace

bool isMediaPath(const QString &path)
{
    static const QRegularExpression re(QStringLiteral("^(recordings|voicemail|voicemail/greetings)/[A-Za-z0-9_@-][A-Za-z0-9._@-]{0,200}\\.wav$"));
    return re.match(path).hasMatch() && !path.contains(QLatin1String(".."));
}

QList<MediaFile> collectMedia(const QString &dbPath)
{
    QList<MediaFile> out;
    if (StoreLocation::isPostgres(dbPath))
        return out;
    const QDir base(baseFolder(dbPath));
    // The shipped greetings and announcements are written again at every engine start.
    const QList<std::pair<QString, QString>> folders{{QStringLiteral("recordings"), QStringLiteral("*.wav")},
                                                     {QStringLiteral("voicemail"), QStringLiteral("*.wav")},
                                                     {QStringLiteral("voicemail/greetings"), QStringLiteral("plan-*.wav")}};
    for (const auto &[folder, pattern] : folders)
        for (const QFileInfo &f : QDir(base.filePath(folder)).entryInfoList({pattern}, QDir::Files, QDir::Name)) {
            const QString rel = folder + QLatin1Char('/') + f.fileName();
            if (isMediaPath(rel))
                out << MediaFile{rel, f.size(), 0};
        }
    return out;
}

Result<qint64> writeMediaSection(QIODevice &out, const QString &dbPath, const QList<MediaFile> &files)
{
    QCryptographicHash h(QCryptographicHash::Sha256);
    qint64 written = 0;
    const auto put = [&](const QByteArray &b) {
        written += b.size();
        return writeHashed(out, h, b);
    };
    const QDir base(baseFolder(dbPath));
    if (!put(be<quint32>(quint32(files.size()))))
        return Result<qint64>::fail(QCoreApplication::translate("BackupMedia", "Cannot write the backup's media section."));
    for (const MediaFile &m : files) {
        QFile f(base.filePath(m.path));
        if (!f.open(QIODevice::ReadOnly))
            return Result<qint64>::fail(QCoreApplication::translate("BackupMedia", "Cannot read %1 for the backup: %2").arg(f.fileName(), f.errorString()));
        const QByteArray name = m.path.toUtf8();
        const qint64 size = f.size(); // as it is now: a file may have grown since it was listed
        if (!put(be<quint16>(quint16(name.size())) + name + be<quint64>(quint64(size))))
            return Result<qint64>::fail(QCoreApplication::translate("BackupMedia", "Cannot write the backup's media section."));
        qint64 left = size;
        while (left > 0) {
            const QByteArray chunk = f.read(std::min(left, kChunk));
            if (chunk.isEmpty())
                return Result<qint64>::fail(QCoreApplication::translate("BackupMedia", "Cannot read %1 for the backup: it became shorter while it was read.").arg(f.fileName()));
            if (!put(chunk))
                return Result<qint64>::fail(QCoreApplication::translate("BackupMedia", "Cannot write the backup's media section."));
            left -= chunk.size();
        }
    }
    const QByteArray sum = h.result();
    if (out.write(sum) != sum.size())
        return Result<qint64>::fail(QCoreApplication::translate("BackupMedia", "Cannot write the backup's media section."));
    return written + sum.size();
}

Result<QList<MediaFile>> readMediaSection(QIODevice &in)
{
    using R = Result<QList<MediaFile>>;
    const auto truncated = [] { return R::fail(QCoreApplication::translate("BackupMedia", "The backup is truncated: its media section is incomplete.")); };
    QCryptographicHash h(QCryptographicHash::Sha256);
    const auto count = take(in, h, 4);
    if (!count)
        return truncated();
    const quint32 k = qFromBigEndian<quint32>(count->constData());
    QList<MediaFile> out;
    for (quint32 i = 0; i < k; ++i) {
        const auto len = take(in, h, 2);
        if (!len)
            return truncated();
        const auto name = take(in, h, qFromBigEndian<quint16>(len->constData()));
        const auto size = name ? take(in, h, 8) : std::nullopt;
        if (!size)
            return truncated();
        MediaFile m{QString::fromUtf8(*name), qint64(qFromBigEndian<quint64>(size->constData())), in.pos()};
        if (!isMediaPath(m.path))
            return R::fail(QCoreApplication::translate("BackupMedia", "The backup is damaged: its media section names the file \"%1\", which is not a recording, voicemail message or greeting.").arg(m.path));
        if (m.size < 0 || m.size > in.size() - in.pos())
            return truncated();
        for (qint64 left = m.size; left > 0;) {
            const auto chunk = take(in, h, std::min(left, kChunk));
            if (!chunk)
                return truncated();
            left -= chunk->size();
        }
        out << m;
    }
    const QByteArray sum = in.read(32);
    if (sum.size() != 32)
        return truncated();
    if (sum != h.result())
        return R::fail(QCoreApplication::translate("BackupMedia", "The backup is damaged: the checksum of its media section does not match its contents."));
    if (!in.atEnd())
        return R::fail(QCoreApplication::translate("BackupMedia", "The backup is damaged: unexpected bytes after its end."));
    return out;
}

MediaRestore::~MediaRestore()
{
    for (const auto &[staged, target] : std::as_const(m_staged))
        QFile::remove(staged);
}

Status MediaRestore::stage(const QList<MediaFile> &files)
{
    QFile in(m_backup);
    if (!in.open(QIODevice::ReadOnly))
        return Status::fail(QCoreApplication::translate("BackupMedia", "Cannot read backup %1: %2").arg(m_backup, in.errorString()));
    const QDir base(baseFolder(m_db));
    for (const MediaFile &m : files) {
        const QString target = base.filePath(m.path);
        const QString folder = QFileInfo(target).absolutePath();
        if (!QDir().mkpath(folder))
            return Status::fail(QCoreApplication::translate("BackupMedia", "Cannot create the folder %1.").arg(folder));
        restrictFolder(folder);
        if (m.path.startsWith(QLatin1String("voicemail/greetings")))
            restrictFolder(base.filePath(QStringLiteral("voicemail")));
        const QString staged = target + QStringLiteral(".restore-part");
        QFile out(staged);
        if (!out.open(QIODevice::WriteOnly | QIODevice::Truncate))
            return Status::fail(QCoreApplication::translate("BackupMedia", "Cannot write %1: %2").arg(staged, out.errorString()));
        m_staged.append({staged, target});
        out.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner); // before a byte is written
        if (!in.seek(m.offset))
            return Status::fail(QCoreApplication::translate("BackupMedia", "Cannot read backup %1: %2").arg(m_backup, in.errorString()));
        for (qint64 left = m.size; left > 0;) {
            const QByteArray chunk = in.read(std::min(left, kChunk));
            if (chunk.isEmpty() || out.write(chunk) != chunk.size())
                return Status::fail(QCoreApplication::translate("BackupMedia", "Cannot write %1: %2").arg(staged, out.errorString()));
            left -= chunk.size();
        }
        if (!out.flush())
            return Status::fail(QCoreApplication::translate("BackupMedia", "Cannot write %1: %2").arg(staged, out.errorString()));
    }
    return {};
}

QStringList MediaRestore::commit()
{
    QStringList failed;
    for (const auto &[staged, target] : std::as_const(m_staged)) {
        QFile::remove(target);
        if (!QFile::rename(staged, target)) {
            failed << target;
            QFile::remove(staged);
        }
    }
    m_staged.clear();
    return failed;
}

} // namespace centrale::backup
