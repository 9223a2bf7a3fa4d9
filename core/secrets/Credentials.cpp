#include "secrets/Credentials.h"

#include <QCryptographicHash>
#include <QRandomGenerator>

namespace centrale::credentials {

QString generatePassword(int length)
{
    // No look-alike characters (0/O, 1/l/I): these passwords get typed into PBX screens.
    static const QString alphabet = QStringLiteral("ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789");
    QString out;
    out.reserve(std::max(length, 20));
    for (int i = 0; i < std::max(length, 20); ++i)
        out += alphabet.at(QRandomGenerator::system()->bounded(alphabet.size()));
    return out;
}

QString ha1(const QString &username, const QString &realm, const QString &password)
{
    const QByteArray in = username.toUtf8() + ':' + realm.toUtf8() + ':' + password.toUtf8();
    return QString::fromLatin1(QCryptographicHash::hash(in, QCryptographicHash::Md5).toHex());
}

bool isAcceptablePassword(const QString &password)
{
    if (password.size() < 8 || password.size() > 128)
        return false;
    for (QChar c : password)
        if (!c.isPrint())
            return false;
    return true;
}

} // namespace centrale::credentials
