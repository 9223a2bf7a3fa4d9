#pragma once
// Reads the call log off the GUI thread. Lives on its own thread with its own database
// connection (a connection belongs to the thread that opened it); results come back queued.
#include "store/CallLogRepository.h"
#include <QObject>
#include <memory>

namespace centrale::ui {

class CallLogLoader : public QObject {
    Q_OBJECT
public:
    explicit CallLogLoader(QString dbPath);
    ~CallLogLoader() override;

public slots:
    void load(quint64 generation, const centrale::CallLogFilter &filter);

signals:
    void loaded(quint64 generation, const QList<centrale::CallRecord> &records, const QString &error);

private:
    QString m_dbPath;
    std::unique_ptr<Database> m_db; // opened on first use, on the loader's thread
};

} // namespace centrale::ui

Q_DECLARE_METATYPE(centrale::CallLogFilter)
