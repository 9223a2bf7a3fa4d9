#pragma once
// Reads the call log off the GUI thread. Lives on its own thread with its own database
// connection (a connection belongs to the thread that opened it); results come back queued.
#include "cluster/ClusterSettings.h"
#include "store/CallLogRepository.h"
#include <QObject>
#include <memory>
#include <optional>

namespace centrale::ui {

class CallLogLoader : public QObject {
    Q_OBJECT
public:
    // cluster: in cluster mode, calls come from the Kamailio nodes' acc table instead.
    explicit CallLogLoader(QString dbPath, std::optional<cluster::ClusterSettings> cluster = std::nullopt);
    ~CallLogLoader() override;

public slots:
    void load(quint64 generation, const centrale::CallLogFilter &filter);

signals:
    void loaded(quint64 generation, const QList<centrale::CallRecord> &records, const QString &error);

private:
    QString m_dbPath;
    std::unique_ptr<Database> m_db; // opened on first use, on the loader's thread
    std::optional<cluster::ClusterSettings> m_cluster;
    std::unique_ptr<KamailioStore> m_kamailio;
};

} // namespace centrale::ui

Q_DECLARE_METATYPE(centrale::CallLogFilter)
