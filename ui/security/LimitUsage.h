#pragma once
// What an account has spent in the current hour, day and week (local calendar windows, as
// the engine counts them). The Security page reads it from the call log; tests swap in a
// source of their own.
#include <QString>
#include <functional>

namespace centrale::ui {

struct LimitUsage {
    int hourCents = 0;
    int dayCents = 0;
    int weekCents = 0;
};

// Asked with the account's call-log owner: a trunk's name, or a phone account's number
// (E.164 digits). Called on the GUI thread.
using LimitUsageSource = std::function<LimitUsage(const QString &owner)>;

} // namespace centrale::ui
