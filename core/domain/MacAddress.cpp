#include "domain/MacAddress.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace centrale {

Result<QString> normalizeMac(const QString &text)
{
    static const QRegularExpression colons(QStringLiteral("^[0-9a-f]{2}([:-])[0-9a-f]{2}(\\1[0-9a-f]{2}){4}$"));
    static const QRegularExpression dots(QStringLiteral("^[0-9a-f]{4}\\.[0-9a-f]{4}\\.[0-9a-f]{4}$"));
    static const QRegularExpression bare(QStringLiteral("^[0-9a-f]{12}$"));
    const QString t = text.trimmed().toLower();
    if (!colons.match(t).hasMatch() && !dots.match(t).hasMatch() && !bare.match(t).hasMatch())
        return Result<QString>::fail(QCoreApplication::translate("MacAddress", "MAC address \"%1\" must be 12 hexadecimal digits, e.g. 00:15:65:AA:BB:CC.")
                                         .arg(text.left(40)),
                                     QStringLiteral("mac"));
    QString mac = t;
    mac.remove(QLatin1Char(':')).remove(QLatin1Char('-')).remove(QLatin1Char('.'));
    if (mac == QLatin1String("000000000000") || mac == QLatin1String("ffffffffffff"))
        return Result<QString>::fail(QCoreApplication::translate("MacAddress", "MAC address %1 is not a phone's address.").arg(text.left(40)),
                                     QStringLiteral("mac"));
    return mac;
}

} // namespace centrale
