#include "cluster/AppServerTables.h"

#include <algorithm>

namespace centrale::cluster {

QList<HtableRow> appServerEntries(const calls::CallConfig &calls, const QString &appServer)
{
    QList<HtableRow> out;
    const qsizetype colon = appServer.lastIndexOf(QLatin1Char(':'));
    if (appServer.isEmpty() || colon <= 0)
        return out;
    QString ip = appServer.left(colon);
    if (ip.startsWith(QLatin1Char('[')))
        ip = ip.mid(1, ip.size() - 2);
    out.append({QStringLiteral("as:ip"), ip, 0});
    out.append({QStringLiteral("as:uri"), QStringLiteral("sip:") + appServer, 0});
    QStringList dids;
    for (auto it = calls.dids.cbegin(); it != calls.dids.cend(); ++it) {
        const calls::DidRoute &r = it.value();
        bool viaPlan = r.kind == calls::DidKind::CallPlan;
        if (r.kind == calls::DidKind::Trunk && r.inbound) {
            // The trunk's accounts first, then its failover plan: the application server runs both.
            const auto p = calls.policies.constFind(r.policyKey);
            viaPlan = p != calls.policies.constEnd() && p->failoverPlanId != 0;
        }
        if (viaPlan)
            dids << it.key();
    }
    std::sort(dids.begin(), dids.end()); // a stable order: an unchanged plan set writes nothing
    for (const auto &d : dids)
        out.append({QStringLiteral("plan:") + d, QStringLiteral("1"), 0});
    return out;
}

} // namespace centrale::cluster
