#include "media/Bencode.h"

#include <QCoreApplication>

namespace centrale::media {
namespace {

// Replies from rtpengine nest a few levels (tags → streams → ...); a deeper input is not ours.
constexpr int kMaxDepth = 32;


Status encodeInto(const QVariant &v, QByteArray &out, int depth)
{
    if (depth > kMaxDepth)
        return Status::fail(QCoreApplication::translate("Bencode", "The value is nested too deeply to encode."));
    switch (v.typeId()) {
    case QMetaType::QByteArray: {
        const QByteArray b = v.toByteArray();
        out += QByteArray::number(b.size()) + ':' + b;
        return {};
    }
    case QMetaType::QString: {
        const QByteArray b = v.toString().toUtf8();
        out += QByteArray::number(b.size()) + ':' + b;
        return {};
    }
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::LongLong:
    case QMetaType::ULongLong:
    case QMetaType::Bool:
        out += 'i' + QByteArray::number(v.toLongLong()) + 'e';
        return {};
    case QMetaType::QStringList:
    case QMetaType::QVariantList: {
        out += 'l';
        for (const QVariant &item : v.toList())
            if (Status s = encodeInto(item, out, depth + 1); !s)
                return s;
        out += 'e';
        return {};
    }
    case QMetaType::QVariantMap: {
        out += 'd';
        const QVariantMap map = v.toMap(); // QMap iterates its keys in sorted order
        for (auto it = map.cbegin(); it != map.cend(); ++it) {
            const QByteArray key = it.key().toUtf8();
            out += QByteArray::number(key.size()) + ':' + key;
            if (Status s = encodeInto(it.value(), out, depth + 1); !s)
                return s;
        }
        out += 'e';
        return {};
    }
    default:
        return Status::fail(QCoreApplication::translate("Bencode", "Bencode cannot carry a value of type %1.").arg(QString::fromLatin1(v.typeName())));
    }
}

class Decoder {
public:
    explicit Decoder(const QByteArray &data) : m_data(data) {}

    Result<QVariant> value(int depth)
    {
        if (depth > kMaxDepth)
            return fail(QCoreApplication::translate("Bencode", "nested too deeply"));
        if (m_pos >= m_data.size())
            return fail(QCoreApplication::translate("Bencode", "ends early"));
        const char c = m_data.at(m_pos);
        if (c == 'i') {
            ++m_pos;
            auto n = integer('e');
            if (!n)
                return n.error();
            return QVariant(qlonglong(*n));
        }
        if (c == 'l') {
            ++m_pos;
            QVariantList list;
            while (m_pos < m_data.size() && m_data.at(m_pos) != 'e') {
                auto item = value(depth + 1);
                if (!item)
                    return item;
                list.append(*item);
            }
            if (m_pos >= m_data.size())
                return fail(QCoreApplication::translate("Bencode", "a list is not closed"));
            ++m_pos;
            return QVariant(list);
        }
        if (c == 'd') {
            ++m_pos;
            QVariantMap map;
            while (m_pos < m_data.size() && m_data.at(m_pos) != 'e') {
                auto key = string();
                if (!key)
                    return key.error();
                auto item = value(depth + 1);
                if (!item)
                    return item;
                map.insert(QString::fromUtf8(*key), *item);
            }
            if (m_pos >= m_data.size())
                return fail(QCoreApplication::translate("Bencode", "a dictionary is not closed"));
            ++m_pos;
            return QVariant(map);
        }
        auto s = string();
        if (!s)
            return s.error();
        return QVariant(*s);
    }

    bool atEnd() const { return m_pos == m_data.size(); }
    Error trailing() const { return failError(QCoreApplication::translate("Bencode", "has data after the value")); }

private:
    Error failError(const QString &what) const { return Error{QCoreApplication::translate("Bencode", "The bencoded data %1 (at byte %2).").arg(what).arg(m_pos), {}}; }
    Result<QVariant> fail(const QString &what) const { return failError(what); }

    Result<qint64> integer(char terminator)
    {
        const qsizetype end = m_data.indexOf(terminator, m_pos);
        if (end < 0 || end - m_pos > 20)
            return failError(QCoreApplication::translate("Bencode", "has a number that is not terminated"));
        bool ok = false;
        const qint64 n = m_data.mid(m_pos, end - m_pos).toLongLong(&ok);
        if (!ok)
            return failError(QCoreApplication::translate("Bencode", "has a malformed number"));
        m_pos = end + 1;
        return n;
    }

    Result<QByteArray> string()
    {
        if (m_pos >= m_data.size() || m_data.at(m_pos) < '0' || m_data.at(m_pos) > '9')
            return failError(QCoreApplication::translate("Bencode", "has an unexpected byte"));
        auto len = integer(':');
        if (!len)
            return len.error();
        if (*len < 0 || *len > m_data.size() - m_pos)
            return failError(QCoreApplication::translate("Bencode", "has a string longer than the data"));
        const QByteArray s = m_data.mid(m_pos, *len);
        m_pos += *len;
        return s;
    }

    const QByteArray &m_data;
    qsizetype m_pos = 0;
};

} // namespace

Result<QByteArray> bencode(const QVariant &value)
{
    QByteArray out;
    if (Status s = encodeInto(value, out, 0); !s)
        return s.error();
    return out;
}

Result<QVariant> bdecode(const QByteArray &data)
{
    Decoder d(data);
    auto v = d.value(0);
    if (v && !d.atEnd())
        return d.trailing();
    return v;
}

QString bstring(const QVariantMap &dict, const char *key)
{
    const QVariant v = dict.value(QLatin1String(key));
    return v.typeId() == QMetaType::QByteArray ? QString::fromUtf8(v.toByteArray()) : QString();
}

} // namespace centrale::media
