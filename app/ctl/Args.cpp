#include "Args.h"
#include "FieldEditor.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonDocument>
#include <cmath>

namespace centrale::ctl {

Result<QString> numberArg(const QString &text)
{
    auto n = PhoneNumber::parse(text);
    if (!n)
        return n.error();
    return n->digits();
}

Result<IpWhitelist> whitelistArg(const QStringList &texts)
{
    IpWhitelist out;
    for (const auto &t : texts) {
        auto n = IpNetwork::parse(t);
        if (!n)
            return Result<IpWhitelist>::fail(QStringLiteral("--ip: ") + n.message(), QStringLiteral("ip"));
        if (!out.contains(n.value()))
            out << n.value();
    }
    return out;
}

Result<int> intArg(const QString &text, const QString &option, int min, int max)
{
    bool ok = false;
    const int v = text.toInt(&ok);
    if (!ok || v < min || v > max)
        return Result<int>::fail(QCoreApplication::translate("centralectl", "--%1 must be a whole number from %2 to %3, not \"%4\".")
                                     .arg(option)
                                     .arg(min)
                                     .arg(max)
                                     .arg(text),
                                 option);
    return v;
}

Result<TrunkNumber> trunkNumberArg(const QString &text)
{
    QStringList parts = text.split(QLatin1Char(':'));
    auto d = numberArg(parts.takeFirst());
    if (!d)
        return Result<TrunkNumber>::fail(QStringLiteral("--number: ") + d.message(), QStringLiteral("number"));
    TrunkNumber n{d.value(), parts.isEmpty(), parts.isEmpty()};
    for (const auto &f : parts) {
        if (f == QLatin1String("in"))
            n.inbound = true;
        else if (f == QLatin1String("cid"))
            n.callerId = true;
        else
            return Result<TrunkNumber>::fail(QCoreApplication::translate("centralectl", "--number: unknown flag \":%1\"; use :in (inbound) and/or :cid (caller ID).").arg(f), QStringLiteral("number"));
    }
    return n;
}

QStringList brandKeys()
{
    QStringList brands;
    for (auto b : allPbxBrands())
        brands << pbxBrandKey(b);
    return brands;
}

Result<PbxBrand> brandArg(const QString &text)
{
    auto b = pbxBrandFromString(text);
    if (!b)
        return Result<PbxBrand>::fail(QCoreApplication::translate("centralectl", "--brand \"%1\" is not known; use one of: %2.").arg(text, brandKeys().join(QStringLiteral(", "))),
                                      QStringLiteral("brand"));
    return *b;
}

Result<NumberFormat> formatArg(const QString &text)
{
    auto f = numberFormatFromKey(text);
    if (!f)
        return Result<NumberFormat>::fail(QCoreApplication::translate("centralectl", "--format must be plus or noplus, not \"%1\".").arg(text), QStringLiteral("format"));
    return *f;
}

Result<QJsonObject> jsonObjectArg(const QString &source, const QString &hint)
{
    QFile f(source);
    if (!(source == QLatin1String("-") ? f.open(stdin, QIODevice::ReadOnly) : f.open(QIODevice::ReadOnly)))
        return Result<QJsonObject>::fail(QCoreApplication::translate("centralectl", "--from-json: cannot read \"%1\": %2").arg(source, f.errorString()));
    QJsonParseError err;
    const QJsonDocument doc = QJsonDocument::fromJson(f.readAll(), &err);
    if (err.error != QJsonParseError::NoError)
        return Result<QJsonObject>::fail(QCoreApplication::translate("centralectl", "--from-json: not JSON (%1 at offset %2)").arg(err.errorString()).arg(err.offset));
    if (!doc.isObject())
        return Result<QJsonObject>::fail(QCoreApplication::translate("centralectl", "--from-json: expected one object like `%1` prints").arg(hint));
    return doc.object();
}

Result<QString> jsonText(const QJsonValue &v)
{
    if (!v.isString())
        return Result<QString>::fail(QCoreApplication::translate("centralectl", "expected text, not %1").arg(shownJson(v)));
    return v.toString();
}

Result<int> jsonWhole(const QJsonValue &v, int min, int max)
{
    const double d = v.toDouble(std::nan(""));
    if (!v.isDouble() || !std::isfinite(d) || d != std::floor(d) || d < min || d > max)
        return Result<int>::fail(QCoreApplication::translate("centralectl", "must be a whole number from %1 to %2, not %3").arg(min).arg(max).arg(shownJson(v)));
    return int(d);
}

Result<bool> jsonFlag(const QJsonValue &v)
{
    if (!v.isBool())
        return Result<bool>::fail(QCoreApplication::translate("centralectl", "expected true or false, not %1").arg(shownJson(v)));
    return v.toBool();
}

Result<QStringList> jsonTexts(const QJsonValue &v)
{
    if (!v.isArray())
        return Result<QStringList>::fail(QCoreApplication::translate("centralectl", "expected a list of texts, not %1").arg(shownJson(v)));
    QStringList out;
    for (const auto &e : v.toArray()) {
        if (!e.isString())
            return Result<QStringList>::fail(QCoreApplication::translate("centralectl", "expected a list of texts; %1 is not text").arg(shownJson(e)));
        out << e.toString();
    }
    return out;
}

Result<IpWhitelist> jsonWhitelist(const QJsonValue &v)
{
    auto texts = jsonTexts(v);
    if (!texts)
        return texts.error();
    IpWhitelist out;
    for (const auto &t : texts.value()) {
        auto n = IpNetwork::parse(t);
        if (!n)
            return n.error();
        if (!out.contains(n.value()))
            out << n.value();
    }
    return out;
}

} // namespace centrale::ctl
