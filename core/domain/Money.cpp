#include "domain/Money.h"

namespace centrale::money {

namespace {
constexpr qint64 kMicrosPerEuro = 1000000;
constexpr int kMaxEuroDigits = 6;
} // namespace

std::optional<qint64> parseEuro(QStringView text)
{
    const qsizetype dot = text.indexOf(QLatin1Char('.'));
    const QStringView whole = dot < 0 ? text : text.left(dot);
    const QStringView fraction = dot < 0 ? QStringView() : text.mid(dot + 1);
    if (whole.isEmpty() && fraction.isEmpty())
        return std::nullopt;
    if (whole.size() > kMaxEuroDigits || fraction.size() > 6 || (dot >= 0 && fraction.isEmpty()))
        return std::nullopt;
    qint64 micros = 0;
    for (QChar c : whole) {
        if (c < u'0' || c > u'9')
            return std::nullopt;
        micros = micros * 10 + (c.unicode() - '0');
    }
    micros *= kMicrosPerEuro;
    qint64 scale = kMicrosPerEuro / 10;
    for (QChar c : fraction) {
        if (c < u'0' || c > u'9')
            return std::nullopt;
        micros += (c.unicode() - '0') * scale;
        scale /= 10;
    }
    return micros;
}

QString formatEuro(qint64 micros, int decimals)
{
    decimals = qBound(0, decimals, 6);
    qint64 unit = 1;
    for (int i = decimals; i < 6; ++i)
        unit *= 10;
    const bool negative = micros < 0;
    qint64 abs = negative ? -micros : micros;
    abs = (abs + unit / 2) / unit; // in units of 10^-decimals euro
    const qint64 perEuro = kMicrosPerEuro / unit;
    QString out = QString::number(abs / perEuro);
    if (decimals > 0)
        out += QLatin1Char('.') + QString::number(abs % perEuro).rightJustified(decimals, QLatin1Char('0'));
    return negative && abs != 0 ? QLatin1Char('-') + out : out;
}

QString formatEuroExact(qint64 micros)
{
    QString s = formatEuro(micros, 6);
    const qsizetype dot = s.indexOf(QLatin1Char('.'));
    while (s.size() > dot + 3 && s.endsWith(QLatin1Char('0')))
        s.chop(1);
    return s;
}

} // namespace centrale::money
