#pragma once
// The security tools of a trunk or phone account: limits and destination whitelist.
#include "domain/PhoneNumber.h"
#include "util/Result.h"
#include <QJsonObject>
#include <QList>
#include <QSet>
#include <QStringList>

namespace centrale {

// Amounts in euro cents; a call count of 0 means "no limit on the number of calls".
struct Limits {
    int amountHourCents = 1000;
    int amountDayCents = 2500;
    int amountWeekCents = 5000;
    int callsHour = 0;
    int callsDay = 0;
    int callsWeek = 0;
    int warnPercentFirst = 80;
    int warnPercentSecond = 95;
    int callsPerSecond = 0; // new calls per second for the trunk; 0 = no cap

    Status validate() const;
    QJsonObject toJson() const;
    static Result<Limits> fromJson(const QJsonObject &o);
    friend bool operator==(const Limits &, const Limits &) = default;
};

struct DestinationRule {
    QString region;          // ISO 3166 alpha-2, as libphonenumber uses ("NL")
    QSet<NumberType> types;  // allowed number types in that country
    friend bool operator==(const DestinationRule &, const DestinationRule &) = default;
};

struct DestinationWhitelist {
    QList<DestinationRule> countries;
    QStringList allowedPrefixes; // E.164 digits, e.g. "3190612" explicitly allowed
    QStringList blockedPrefixes; // E.164 digits, blocked on top of the fraud-prone defaults
    QString preset;              // name of the preset it was started from, informational

    // Fraud-prone ranges that are blocked unless an allowed prefix covers them.
    static QStringList fraudProneDefaults();

    Status validate() const;
    QJsonObject toJson() const;
    static Result<DestinationWhitelist> fromJson(const QJsonObject &o);
    friend bool operator==(const DestinationWhitelist &, const DestinationWhitelist &) = default;
};

} // namespace centrale
