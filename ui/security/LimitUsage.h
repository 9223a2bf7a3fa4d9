#pragma once
// What an account has spent in the current hour, day and week. Nothing reports it yet
// (the call engine will), so the default source says zero: an honest "no calls yet".
#include <QString>
#include <functional>

namespace centrale::ui {

struct LimitUsage {
    int hourCents = 0;
    int dayCents = 0;
    int weekCents = 0;
};

// Asked with the account's SIP username (a trunk's primary, or a phone account's number).
using LimitUsageSource = std::function<LimitUsage(const QString &account)>;

} // namespace centrale::ui
