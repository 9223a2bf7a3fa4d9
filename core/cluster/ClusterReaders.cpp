#include "cluster/ClusterReaders.h"
#include "cluster/AccCalls.h"
#include "store/PhoneAccountRepository.h"
#include "store/TrunkRepository.h"

#include <QHash>

namespace centrale::cluster {

namespace {

// "sip:user@1.2.3.4:5060;ob" → "1.2.3.4:5060"; received wins when the node recorded one.
QString sourceOf(const LocationRow &r)
{
    QString s = r.received.isEmpty() ? r.contact : r.received;
    if (const int at = s.indexOf(QLatin1Char('@')); at >= 0)
        s = s.mid(at + 1);
    else if (s.startsWith(QLatin1String("sip:")))
        s = s.mid(4);
    if (const int semi = s.indexOf(QLatin1Char(';')); semi >= 0)
        s.truncate(semi);
    return s;
}

} // namespace

Result<AccountOwners> accountOwners(Database &db)
{
    auto trunks = TrunkRepository(db).list();
    if (!trunks)
        return trunks.error();
    auto phones = PhoneAccountRepository(db).list();
    if (!phones)
        return phones.error();
    AccountOwners o;
    for (const auto &t : trunks.value()) {
        for (const auto *a : {&t.primary, &t.secondary}) {
            o.byUser.insert(a->username, {accountRoleKey(a->role), t.name});
            o.order.append(a->username);
        }
        o.byPolicy.insert(QStringLiteral("trunk:") + QString::number(t.id), t.name);
    }
    for (const auto &p : phones.value()) {
        o.byUser.insert(p.account.username, {QStringLiteral("phone"), p.number});
        o.order.append(p.account.username);
        o.byPolicy.insert(QStringLiteral("phone:") + QString::number(p.id), p.number);
    }
    return o;
}

CallRecord callFromInvite(const AccRow &r, const AccountOwners &owners)
{
    CallRecord c;
    c.callId = r.callid;
    const qint64 ms = r.time.toMSecsSinceEpoch();
    c.direction = r.policy.isEmpty() ? QStringLiteral("inbound") : QStringLiteral("outbound");
    c.account = r.srcUser;
    c.accountRole = owners.byUser.value(r.srcUser).role;
    c.owner = owners.byPolicy.value(r.policy, owners.byUser.value(r.srcUser).owner);
    c.callee = r.dstUser;
    c.dialled = r.dstUser;
    c.aLeg = r.srcIp;
    c.bLeg = r.node;
    c.startedMs = ms;
    c.sipStatus = r.sipCode.toInt();
    c.reason = r.sipReason;
    if (c.sipStatus == 200)
        c.answeredMs = ms;
    else
        c.endedMs = ms;
    return c;
}

Result<QList<AccountStatus>> clusterRegistrations(Database &db, KamailioStore &kamailio)
{
    auto owners = accountOwners(db);
    if (!owners)
        return owners.error();
    auto rows = kamailio.locations();
    if (!rows)
        return rows.error();
    QHash<QString, QList<LocationRow>> bindings;
    for (const auto &r : rows.value())
        bindings[r.username].append(r); // newest first per user
    QList<AccountStatus> out;
    for (const auto &user : owners->order) {
        AccountStatus a;
        a.account = user;
        a.role = owners->byUser.value(user).role;
        a.owner = owners->byUser.value(user).owner;
        const auto b = bindings.value(user);
        a.bindings = b.size();
        if (!b.isEmpty()) {
            a.state = RegistrationState::Registered;
            a.contact = b.first().contact;
            a.source = sourceOf(b.first());
            a.userAgent = b.first().userAgent;
            a.expires = b.first().expires;
        }
        out.append(a);
    }
    return out;
}

Result<QList<CallRecord>> clusterCalls(Database &db, KamailioStore &kamailio, int limit)
{
    auto owners = accountOwners(db);
    if (!owners)
        return owners.error();
    auto rows = kamailio.accounting(limit * 3);
    if (!rows)
        return rows.error();
    QHash<QString, CallRecord> calls;
    QList<QString> callOrder; // newest first, as acc was read
    for (const auto &r : rows.value()) {
        const qint64 ms = r.time.toMSecsSinceEpoch();
        if (r.method == QLatin1String("INVITE")) {
            // Newest first: an INVITE already seen for this Call-ID was a later attempt.
            if (!calls.contains(r.callid) || calls.value(r.callid).startedMs == 0) {
                const CallRecord end = calls.value(r.callid);
                if (!calls.contains(r.callid))
                    callOrder.append(r.callid);
                CallRecord c = callFromInvite(r, owners.value());
                if (end.endedMs > 0 && c.sipStatus == 200) {
                    c.endedMs = end.endedMs;
                    if (!end.reason.isEmpty())
                        c.reason = end.reason;
                }
                calls.insert(r.callid, c);
            }
        } else if (r.method == QLatin1String("BYE") && !calls.contains(r.callid)) {
            callOrder.append(r.callid);
            CallRecord c;
            c.callId = r.callid;
            c.endedMs = ms;
            if (r.node == QLatin1String(kGuardNode))
                c.reason = r.sipReason; // the guard cut it off: why
            calls.insert(r.callid, c);
        }
    }
    QList<CallRecord> out;
    for (const auto &id : callOrder) {
        if (calls.value(id).startedMs == 0)
            continue; // a BYE whose INVITE is older than what was read
        out.append(calls.value(id));
        if (out.size() >= limit)
            break;
    }
    return out;
}

} // namespace centrale::cluster
