#pragma once
// The voicemail messages of one call plan, newest first: received, caller, called number, length.
#include "domain/VoicemailMessage.h"
#include "store/Database.h"

#include <QAbstractTableModel>

namespace centrale::ui {

class VoicemailModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Received, Caller, Called, Length, ColumnCount };
    explicit VoicemailModel(Database &db, QObject *parent = nullptr);
    void setPlan(qint64 planId); // 0: none
    void reload();
    const VoicemailMessage *messageAt(const QModelIndex &index) const;
    QString lastError() const { return m_error; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    Database &m_db;
    qint64 m_planId = 0;
    QList<VoicemailMessage> m_messages;
    QString m_error;
};

} // namespace centrale::ui
