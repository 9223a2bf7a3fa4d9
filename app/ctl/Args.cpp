#include "Args.h"

#include <QCoreApplication>

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

} // namespace centrale::ctl
