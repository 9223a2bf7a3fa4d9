#include "backup/BackupFormat.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QtEndian>
#include <limits>

namespace centrale::backup {

namespace {

const QByteArray kMagic = QByteArrayLiteral("CNTRLBAK");
constexpr quint16 kFlagSecrets = 1;
constexpr quint16 kFlagMedia = 2;
constexpr qint64 kSecretsFixed = 1 + 1 + 4 + 4 + 16 + 12; // before the ciphertext length

template <typename T> void put(QByteArray &out, T v)
{
    char b[sizeof(T)];
    qToBigEndian(v, b);
    out.append(b, sizeof(T));
}

// Reads big-endian fields with bounds checks; any overrun marks the reader failed.
class Reader {
public:
    explicit Reader(const QByteArray &b) : m_b(b) {}
    template <typename T> T get()
    {
        if (!has(sizeof(T)))
            return T{};
        T v = qFromBigEndian<T>(m_b.constData() + m_pos);
        m_pos += sizeof(T);
        return v;
    }
    QByteArray bytes(qint64 n)
    {
        if (n < 0)
            m_ok = false;
        if (!has(n))
            return {};
        QByteArray v = m_b.mid(m_pos, n);
        m_pos += n;
        return v;
    }
    bool ok() const { return m_ok; }
    bool atEnd() const { return m_pos == m_b.size(); }

private:
    bool has(qint64 n)
    {
        m_ok = m_ok && n <= m_b.size() - m_pos;
        return m_ok;
    }
    const QByteArray &m_b;
    qint64 m_pos = 0;
    bool m_ok = true;
};

QByteArray checksum(const QByteArray &first32, const QByteArray &database)
{
    QCryptographicHash h(QCryptographicHash::Sha256);
    h.addData(first32);
    h.addData(database);
    return h.result();
}

} // namespace

QByteArray header(const BackupFile &file, bool withSecrets)
{
    QByteArray out = kMagic;
    put<quint16>(out, kFormatVersion);
    put<quint16>(out, quint16((withSecrets ? kFlagSecrets : 0) | (file.media ? kFlagMedia : 0)));
    put<quint32>(out, quint32(file.schema));
    put<qint64>(out, file.created);
    put<quint64>(out, quint64(file.database.size()));
    out += checksum(out, file.database);
    return out;
}

QByteArray encode(const BackupFile &file)
{
    QByteArray out = header(file, file.secrets.has_value());
    out += file.database;
    if (const auto &s = file.secrets) {
        put<quint8>(out, s->kdf);
        put<quint8>(out, s->logN);
        put<quint32>(out, s->r);
        put<quint32>(out, s->p);
        out += s->salt;
        out += s->nonce;
        put<quint32>(out, quint32(s->ciphertext.size()));
        out += s->ciphertext;
        out += s->tag;
    }
    return out;
}

Result<BackupFile> decode(const QByteArray &bytes)
{
    using R = Result<BackupFile>;
    if (!bytes.startsWith(kMagic))
        return R::fail(QCoreApplication::translate("BackupFormat", "This is not a Centrale backup (no CNTRLBAK header)."));
    Reader in(bytes);
    in.bytes(kMagic.size());
    const auto version = in.get<quint16>();
    const auto flags = in.get<quint16>();
    BackupFile f;
    f.schema = int(in.get<quint32>());
    f.created = in.get<qint64>();
    const auto dbLength = in.get<quint64>();
    const QByteArray sum = in.bytes(32);
    if (!in.ok())
        return R::fail(QCoreApplication::translate("BackupFormat", "The backup is truncated (its header is incomplete)."));
    if (version != kFormatVersion)
        return R::fail(QCoreApplication::translate("BackupFormat", "The backup has file format %1; this Centrale reads format %2.")
                           .arg(version)
                           .arg(kFormatVersion));
    if (flags & ~(kFlagSecrets | kFlagMedia))
        return R::fail(QCoreApplication::translate("BackupFormat", "The backup has parts this Centrale does not know (flags %1); it was made by a newer version.").arg(flags));
    f.media = flags & kFlagMedia;
    if (dbLength > quint64(bytes.size()))
        return R::fail(
            QCoreApplication::translate("BackupFormat", "The backup is truncated: it should hold a %1-byte database but has only %2 bytes.")
                .arg(dbLength)
                .arg(bytes.size()));
    f.database = in.bytes(qint64(dbLength));
    if (!in.ok())
        return R::fail(
            QCoreApplication::translate("BackupFormat", "The backup is truncated: it should hold a %1-byte database but has only %2 bytes.")
                .arg(dbLength)
                .arg(bytes.size()));
    if (checksum(bytes.left(32), f.database) != sum)
        return R::fail(QCoreApplication::translate("BackupFormat", "The backup is damaged: its checksum does not match the contents."));
    if (flags & kFlagSecrets) {
        SealedSecrets s;
        s.kdf = in.get<quint8>();
        s.logN = in.get<quint8>();
        s.r = in.get<quint32>();
        s.p = in.get<quint32>();
        s.salt = in.bytes(16);
        s.nonce = in.bytes(12);
        s.ciphertext = in.bytes(qint64(in.get<quint32>()));
        s.tag = in.bytes(16);
        if (!in.ok())
            return R::fail(QCoreApplication::translate("BackupFormat", "The backup is truncated: its secrets section is incomplete."));
        f.secrets = s;
    }
    if (!in.atEnd())
        return R::fail(QCoreApplication::translate("BackupFormat", "The backup is damaged: unexpected bytes after its end."));
    return f;
}

qint64 coreLength(const QByteArray &start, qint64 *needed)
{
    *needed = kHeaderBytes;
    if (start.size() < kHeaderBytes)
        return start.startsWith(kMagic.left(start.size())) ? 0 : -1;
    if (!start.startsWith(kMagic))
        return -1;
    const auto flags = qFromBigEndian<quint16>(start.constData() + 10);
    const auto dbLength = qFromBigEndian<quint64>(start.constData() + 24);
    if (dbLength > quint64(std::numeric_limits<qint64>::max() / 2))
        return -1;
    const qint64 afterDb = kHeaderBytes + qint64(dbLength);
    if (!(flags & kFlagSecrets))
        return afterDb;
    *needed = afterDb + kSecretsFixed + 4;
    if (start.size() < *needed)
        return 0;
    const auto m = qFromBigEndian<quint32>(start.constData() + afterDb + kSecretsFixed);
    return *needed + qint64(m) + 16;
}

} // namespace centrale::backup
