#include "calls/NumberRules.h"

#include <QCoreApplication>

namespace centrale::calls {

namespace {
QString digitsOf(const QString &s)
{
    QString d;
    for (QChar c : s)
        if (c.isDigit() && c.unicode() < 128)
            d += c;
    return d;
}
} // namespace

Result<PhoneNumber> normaliseDialled(const QString &user, Refusal *refusal)
{
    const QString digits = digitsOf(user);
    if (digits.size() < 6) {
        *refusal = {484, "Address Incomplete",
                    QCoreApplication::translate("NumberRules", "\"%1\" is too short to be a phone number").arg(user.left(40))};
        return Result<PhoneNumber>::fail(refusal->reason);
    }
    auto n = PhoneNumber::parse(user);
    if (!n) {
        *refusal = {404, "Not Found", QCoreApplication::translate("NumberRules", "\"%1\" is not a valid phone number").arg(user.left(40))};
        return Result<PhoneNumber>::fail(refusal->reason);
    }
    return n;
}

QString checkCallerId(const CallPolicy &policy, const QString &paiUser, const QString &fromUser, Refusal *refusal)
{
    const QString presented = paiUser.isEmpty() ? fromUser : paiUser;
    auto n = PhoneNumber::parse(presented);
    if (n && policy.callerIds.contains(n->digits()))
        return n->digits();
    *refusal = {403, "Forbidden",
                policy.isTrunk
                    ? QCoreApplication::translate("NumberRules", "caller ID \"%1\" is not one of trunk %2's caller-ID numbers").arg(presented.left(40), policy.name)
                    : QCoreApplication::translate("NumberRules", "caller ID \"%1\" is not the phone account's own number").arg(presented.left(40))};
    return {};
}

QString formatForPbx(const QString &digits, NumberFormat format)
{
    return format == NumberFormat::Plus ? QLatin1Char('+') + digits : digits;
}

} // namespace centrale::calls
