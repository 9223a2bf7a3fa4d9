#include "calls/CallLogLoader.h"

namespace centrale::ui {

CallLogLoader::CallLogLoader(QString dbPath) : m_dbPath(std::move(dbPath)) {}

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
    auto records = CallLogRepository(*m_db).list(filter);
    emit loaded(generation, records ? records.value() : QList<CallRecord>{}, records.message());
}

} // namespace centrale::ui
