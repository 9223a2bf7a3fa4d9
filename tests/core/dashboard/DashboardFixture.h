#pragma once
// A database with known contents for the Dashboard tests (core summary and GUI page):
// three trunks, one phone account, calls today and earlier this week and last week, a
// blocked source and a fraud block, all relative to kNow (Wednesday 12 June 2024, 14:30).
//
// Expected figures: 5 calls today (4 answered), per hour 9:1 10:1 11:2 14:1; spent today
// EUR 23.50, this week EUR 30.00; limits (sum of every account's) EUR 100 a day, 200 a week;
// Kantoor spent 92% of its daily limit (an alert); trunk spend per day (6..12 June):
// Kantoor 7.00 on the 7th, 5.00 on the 10th, 23.00 on the 12th; Garage 1.50 on the 11th.
#include "domain/DestinationPresets.h"
#include "secrets/FileSecretStore.h"
#include "service/AccountService.h"
#include "sip/RegistrationStatus.h"
#include "store/CallLogRepository.h"
#include "store/FraudBlockRepository.h"
#include "store/NumberRepository.h"

#include <QDateTime>
#include <QTemporaryDir>
#include <QTest>

namespace centrale::testing {

inline const QDateTime kNow(QDate(2024, 6, 12), QTime(14, 30));

inline CallRecord dashboardCall(const QString &owner, const QString &role, const QDateTime &at, qint64 costMicros, int status = 200,
                                const QString &direction = QStringLiteral("outbound"))
{
    static int serial = 0;
    CallRecord c;
    c.callId = QStringLiteral("dash-%1@pbx").arg(++serial);
    c.direction = direction;
    c.account = role == QLatin1String("phone") ? owner : QStringLiteral("acct-") + owner;
    c.accountRole = role;
    c.owner = owner;
    c.caller = QStringLiteral("31502053031");
    c.callee = QStringLiteral("31612345678");
    c.dialled = c.callee;
    c.startedMs = at.toMSecsSinceEpoch();
    if (status == 200) {
        c.answeredMs = c.startedMs + 3000;
        c.endedMs = c.answeredMs + 60000;
    } else {
        c.endedMs = c.startedMs + 2000;
    }
    c.sipStatus = status;
    c.reason = status == 200 ? QStringLiteral("Normal clearing") : QStringLiteral("Destination not allowed");
    c.costMicros = costMicros;
    return c;
}

inline Status fillDashboardDatabase(Database &db, SecretStore &secrets)
{
    if (auto s = NumberRepository(db).add({QStringLiteral("31502053031"), QStringLiteral("31502053032"), QStringLiteral("31502053034"),
                                          QStringLiteral("31502053033")});
        !s)
        return s;
    AccountService accounts(db, secrets);
    const QStringList names{QStringLiteral("Kantoor"), QStringLiteral("Garage"), QStringLiteral("Magazijn")};
    const QStringList numbers{QStringLiteral("31502053031"), QStringLiteral("31502053032"), QStringLiteral("31502053034")};
    for (int i = 0; i < names.size(); ++i) {
        Trunk t;
        t.name = names[i];
        t.destinations = defaultDestinationWhitelist();
        t.ipWhitelist << IpNetwork::parse(QStringLiteral("192.0.2.%1").arg(10 + i)).value();
        t.numbers << TrunkNumber{numbers[i], true, true};
        t.primary.username = QStringLiteral("acct-") + names[i];
        t.secondary.username = QStringLiteral("acct-") + names[i] + QStringLiteral("-2");
        if (i == 0) {
            t.limits.amountDayCents = 2500;
            t.limits.amountWeekCents = 5000;
        }
        if (auto r = accounts.createTrunk(t, {}); !r)
            return r.error();
    }
    PhoneAccount p;
    p.number = QStringLiteral("31502053033");
    p.account.username = p.number;
    p.destinations = defaultDestinationWhitelist();
    if (auto r = accounts.createPhone(p, {}); !r)
        return r.error();

    const QDate today = kNow.date();
    auto at = [&](int daysBack, int h, int m) { return QDateTime(today.addDays(-daysBack), QTime(h, m)); };
    const QString kantoor = QStringLiteral("Kantoor"), garage = QStringLiteral("Garage"), phone = QStringLiteral("31502053033");
    const QString primary = QStringLiteral("primary");
    if (auto s = CallLogRepository(db).insert({
            dashboardCall(kantoor, primary, at(0, 9, 10), 2'000'000),
            dashboardCall(kantoor, primary, at(0, 11, 20), 21'000'000),
            dashboardCall(kantoor, primary, at(0, 11, 40), 0, 403),
            dashboardCall(kantoor, primary, at(2, 10, 0), 5'000'000),  // Monday: this week
            dashboardCall(kantoor, primary, at(5, 10, 0), 7'000'000),  // last Friday: not this week
            dashboardCall(kantoor, primary, at(8, 10, 0), 9'000'000),  // before the chart's 7 days
            dashboardCall(garage, primary, at(0, 14, 5), 0, 200, QStringLiteral("inbound")),
            dashboardCall(garage, primary, at(1, 9, 30), 1'500'000),
            dashboardCall(phone, QStringLiteral("phone"), at(0, 10, 5), 500'000),
        });
        !s)
        return s;
    const qint64 nowSecs = kNow.toSecsSinceEpoch();
    if (auto r = db.exec(QStringLiteral("INSERT INTO blocked_sources (address, blocked_at, until, failures, reason) VALUES (?, ?, ?, 10, '')"),
                         {QStringLiteral("203.0.113.9"), nowSecs - 600, nowSecs + 3000});
        !r)
        return r.error();
    return FraudBlockRepository(db).block(calls::FraudBlock{QStringLiteral("phone:31502053033"), phone, QStringLiteral("calls"),
                                                            QStringLiteral("42 calls this hour, usually 3"), at(0, 12, 0).toMSecsSinceEpoch(), 0});
}

// The live status the tests feed: Kantoor up (primary), Garage unreachable, Magazijn down,
// the phone registered.
inline QList<AccountStatus> dashboardLiveStatus()
{
    auto st = [](const QString &account, const QString &role, const QString &owner, RegistrationState s) {
        AccountStatus a;
        a.account = account;
        a.role = role;
        a.owner = owner;
        a.state = s;
        return a;
    };
    return {st(QStringLiteral("acct-Kantoor"), QStringLiteral("primary"), QStringLiteral("Kantoor"), RegistrationState::Registered),
            st(QStringLiteral("acct-Kantoor-2"), QStringLiteral("secondary"), QStringLiteral("Kantoor"), RegistrationState::Unregistered),
            st(QStringLiteral("acct-Garage"), QStringLiteral("primary"), QStringLiteral("Garage"), RegistrationState::Unreachable),
            st(QStringLiteral("acct-Garage-2"), QStringLiteral("secondary"), QStringLiteral("Garage"), RegistrationState::Unregistered),
            st(QStringLiteral("acct-Magazijn"), QStringLiteral("primary"), QStringLiteral("Magazijn"), RegistrationState::Unregistered),
            st(QStringLiteral("acct-Magazijn-2"), QStringLiteral("secondary"), QStringLiteral("Magazijn"), RegistrationState::Unregistered),
            st(QStringLiteral("31502053033"), QStringLiteral("phone"), QStringLiteral("31502053033"), RegistrationState::Registered)};
}

} // namespace centrale::testing
