#include "cluster/ClusterTables.h"
#include "cluster/ClusterGuard.h"
#include "secrets/Credentials.h"

#include <QCoreApplication>
#include <phonenumbers/phonenumberutil.h>

namespace centrale::cluster {

namespace {

void addWhitelist(KamailioTables &t, const IpWhitelist &list, int group, const QString &policy)
{
    for (const auto &n : list)
        t.addresses.append({group, n.address().toString(), n.prefixLength(), policy});
    if (!list.isEmpty())
        t.htable.append({QStringLiteral("grp:") + policy, QString::number(group), 1});
}

void addDestinations(KamailioTables &t, const DestinationWhitelist &w, const QString &policy)
{
    auto *util = i18n::phonenumbers::PhoneNumberUtil::GetInstance();
    QSet<QString> codes;
    for (const auto &rule : w.countries) {
        const int cc = util->GetCountryCodeForRegion(rule.region.toStdString());
        if (cc > 0)
            codes.insert(QString::number(cc));
    }
    QStringList sorted(codes.begin(), codes.end());
    sorted.sort();
    for (const auto &cc : sorted)
        t.htable.append({QStringLiteral("dest:%1:c:%2").arg(policy, cc), QStringLiteral("1"), 1});
    for (const auto &p : w.allowedPrefixes)
        t.htable.append({QStringLiteral("dest:%1:a:%2").arg(policy, p), QStringLiteral("1"), 1});
    for (const auto &p : w.blockedPrefixes)
        t.htable.append({QStringLiteral("dest:%1:b:%2").arg(policy, p), QStringLiteral("1"), 1});
}

// What the node needs to answer as the bundled engine: the name in its Warnings, the cap on
// calls per second.
void addPolicy(KamailioTables &t, const QString &policy, const QString &name, const Limits &limits)
{
    t.htable.append({QStringLiteral("name:") + policy, ClusterGuard::headerSafe(name), 0});
    if (limits.callsPerSecond > 0)
        t.htable.append({QStringLiteral("cps:") + policy, QString::number(limits.callsPerSecond), 1});
}

void addAccount(KamailioTables &t, const SipAccount &a, const QString &policy, const QString &realm,
                const std::function<std::optional<QString>(const QString &)> &password, QStringList *warnings)
{
    if (a.username.isEmpty())
        return;
    QString b;
    if (const auto pw = password ? password(a.username) : std::nullopt; pw)
        b = ha1b(a.username, realm, realm, *pw);
    else if (warnings)
        *warnings << QCoreApplication::translate("ClusterTables", "No password for %1 in the secret store: its ha1b stays empty.").arg(a.username);
    t.subscribers.append({a.username, realm, a.ha1, b});
    t.htable.append({QStringLiteral("acct:") + a.username, policy, 0});
}

} // namespace

QString ha1b(const QString &username, const QString &domain, const QString &realm, const QString &password)
{
    return credentials::ha1(username + QLatin1Char('@') + domain, realm, password);
}

int trunkGroup(qint64 trunkId) { return static_cast<int>(trunkId); }
int phoneGroup(qint64 phoneId) { return 1000000 + static_cast<int>(phoneId); }

KamailioTables buildClusterTables(const QList<Trunk> &trunks, const QList<PhoneAccount> &phones, const QString &realm,
                                  const std::function<std::optional<QString>(const QString &)> &password, QStringList *warnings)
{
    KamailioTables t;
    for (const auto &tr : trunks) {
        const QString policy = QStringLiteral("trunk:") + QString::number(tr.id);
        addAccount(t, tr.primary, policy, realm, password, warnings);
        addAccount(t, tr.secondary, policy, realm, password, warnings);
        addWhitelist(t, tr.ipWhitelist, trunkGroup(tr.id), policy);
        t.htable.append({QStringLiteral("chan:") + policy, QString::number(tr.channels), 1});
        addDestinations(t, tr.destinations, policy);
        addPolicy(t, policy, tr.name, tr.limits);
        for (const auto &n : tr.numbers) {
            if (n.callerId)
                t.htable.append({QStringLiteral("cid:%1:%2").arg(policy, n.digits), QStringLiteral("1"), 1});
            if (!n.inbound)
                continue;
            t.htable.append({QStringLiteral("did:") + n.digits, tr.primary.username, 0});
            t.htable.append({QStringLiteral("did2:") + n.digits, tr.secondary.username, 0});
        }
    }
    for (const auto &ph : phones) {
        const QString policy = QStringLiteral("phone:") + QString::number(ph.id);
        addAccount(t, ph.account, policy, realm, password, warnings);
        addWhitelist(t, ph.ipWhitelist, phoneGroup(ph.id), policy);
        t.htable.append({QStringLiteral("chan:") + policy, QString::number(ph.channels), 1});
        addDestinations(t, ph.destinations, policy);
        addPolicy(t, policy, ph.number, ph.limits);
        t.htable.append({QStringLiteral("cid:%1:%2").arg(policy, ph.number), QStringLiteral("1"), 1});
        t.htable.append({QStringLiteral("did:") + ph.number, ph.account.username, 0});
    }
    // Fraud-prone ranges are blocked for everyone unless an account allows them explicitly.
    for (const auto &p : DestinationWhitelist::fraudProneDefaults())
        t.htable.append({QStringLiteral("dest:all:b:") + p, QStringLiteral("1"), 1});

    // Dialplan 1: what a PBX dials → E.164 digits (Dutch national numbers get 31).
    const struct {
        const char *match, *repl;
    } rules[] = {{"^\\+([1-9][0-9]+)$", "\\1"}, {"^00([1-9][0-9]+)$", "\\1"}, {"^0([1-9][0-9]+)$", "31\\1"}, {"^([1-9][0-9]{6,})$", "\\1"}};
    int pr = 1;
    for (const auto &r : rules) {
        DialplanRow row;
        row.dpid = 1;
        row.priority = pr++;
        row.matchExp = QString::fromLatin1(r.match);
        row.substExp = row.matchExp;
        row.replExp = QString::fromLatin1(r.repl);
        t.dialplan.append(row);
    }
    return t;
}

} // namespace centrale::cluster
