#include "calls/DestinationPolicy.h"

#include <QCoreApplication>

namespace centrale::calls {

namespace {

QString longestMatch(const QStringList &prefixes, const QString &digits)
{
    QString best;
    for (const auto &p : prefixes)
        if (digits.startsWith(p) && p.size() > best.size())
            best = p;
    return best;
}

bool typeAllowed(const QSet<NumberType> &types, NumberType t)
{
    if (types.contains(t))
        return true;
    // libphonenumber cannot tell fixed from mobile in some countries (US, CA): either will do.
    if (t == NumberType::FixedOrMobile)
        return types.contains(NumberType::Fixed) || types.contains(NumberType::Mobile);
    return false;
}

} // namespace

DestinationVerdict checkDestination(const DestinationWhitelist &w, const PhoneNumber &number)
{
    const QString digits = number.digits();
    const QString allowed = longestMatch(w.allowedPrefixes, digits);
    if (!allowed.isEmpty())
        return {true, QCoreApplication::translate("DestinationPolicy", "+%1 is explicitly allowed").arg(allowed)};
    const QString blocked = longestMatch(w.blockedPrefixes, digits);
    if (!blocked.isEmpty())
        return {false, QCoreApplication::translate("DestinationPolicy", "destination +%1 is blocked").arg(blocked)};
    const QString fraud = longestMatch(DestinationWhitelist::fraudProneDefaults(), digits);
    if (!fraud.isEmpty())
        return {false, QCoreApplication::translate("DestinationPolicy", "+%1 is a fraud-prone range (premium rate or satellite) and is blocked").arg(fraud)};
    if (number.type() == NumberType::PremiumRate)
        return {false, QCoreApplication::translate("DestinationPolicy", "premium-rate numbers are blocked")};
    for (const auto &rule : w.countries) {
        if (rule.region != number.region())
            continue;
        if (typeAllowed(rule.types, number.type()))
            return {true, {}};
        return {false, QCoreApplication::translate("DestinationPolicy", "%1 numbers in %2 are not in the destination whitelist")
                           .arg(numberTypeKey(number.type()), number.region())};
    }
    return {false, QCoreApplication::translate("DestinationPolicy", "country %1 is not in the destination whitelist").arg(number.region())};
}

Status checkPlanForwards(const CallPlan &plan, const DestinationWhitelist &w, const QString &payer, const QSet<QString> &ownPhones)
{
    for (int i = 0; i < plan.steps.size(); ++i) {
        const CallPlanStep &s = plan.steps[i];
        if (s.kind != StepKind::Forward && s.kind != StepKind::RingPhones)
            continue;
        for (const auto &t : s.targets) {
            auto n = PhoneNumber::parse(t);
            if (!n || (s.kind == StepKind::RingPhones && ownPhones.contains(n->digits())))
                continue; // unparsable targets are validate()'s to report
            const auto verdict = checkDestination(w, *n);
            if (!verdict.allowed)
                return Status::fail(QCoreApplication::translate("DestinationPolicy", "Step %1: %2 would be refused for %3: %4.")
                                        .arg(i + 1)
                                        .arg(n->e164(), payer, verdict.reason),
                                    QStringLiteral("steps"));
        }
    }
    return {};
}

} // namespace centrale::calls
