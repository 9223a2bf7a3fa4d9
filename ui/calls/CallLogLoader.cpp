#include "calls/CallLogLoader.h"
#include "cluster/ClusterReaders.h"

namespace centrale::ui {

CallLogLoader::CallLogLoader(QString dbPath, std::optional<cluster::ClusterSettings> cluster) : m_dbPath(std::move(dbPath)), m_cluster(std::move(cluster)) {}

namespace {
// The store's filter, applied to the cluster's calls (acc has no index for it).
bool matches(const CallRecord &c, const CallLogFilter &f)
{
    if (!f.direction.isEmpty() && c.direction != f.direction)
        return false;
    if (f.sinceMs > 0 && c.startedMs < f.sinceMs)
        return false;
    if (f.text.isEmpty())
        return true;
    for (const QString *field : {&c.caller, &c.callee, &c.account, &c.owner, &c.reason})
        if (field->contains(f.text, Qt::CaseInsensitive))
            return true;
    return false;
}
} // namespace

CallLogLoader::~CallLogLoader() = default;

void CallLogLoader::load(quint64 generation, const CallLogFilter &filter)
{
    if (!m_db) {
        auto db = Database::open(m_dbPath);
        if (!db) {
            emit loaded(generation, {}, db.message());
            return;
        }
        m_db = std::move(db).value();
    }
    if (m_cluster) {
        if (!m_kamailio) {
            auto store = KamailioStore::open(m_cluster->db);
            if (!store) {
                emit loaded(generation, {}, store.message());
                return;
            }
            m_kamailio = std::move(store).value();
        }
        auto calls = cluster::clusterCalls(*m_db, *m_kamailio, filter.limit > 0 ? filter.limit * 2 : 5000);
        if (!calls) {
            m_kamailio.reset(); // reconnect next time
            emit loaded(generation, {}, calls.message());
            return;
        }
        QList<CallRecord> out;
        for (const auto &c : calls.value())
            if (matches(c, filter) && (filter.limit <= 0 || out.size() < filter.limit))
                out.append(c);
        emit loaded(generation, out, {});
        return;
    }
    auto records = CallLogRepository(*m_db).list(filter);
    emit loaded(generation, records ? records.value() : QList<CallRecord>{}, records.message());
}

} // namespace centrale::ui
