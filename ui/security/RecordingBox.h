#pragma once
// The call recording setting of one trunk or phone account: retention (the default, off,
// 30, 90 or 365 days) and the announcement (the default, on, off).
#include "domain/RecordingPolicy.h"

#include <QWidget>

class QComboBox;

namespace centrale::ui {

class RecordingBox : public QWidget {
    Q_OBJECT
public:
    explicit RecordingBox(QWidget *parent = nullptr);
    // defaults: what "default" means now, shown in the first entries.
    void setPolicy(const RecordingPolicy &own, const RecordingPolicy &defaults);
    RecordingPolicy policy() const;
    QComboBox *retentionBox() const { return m_retention; }
    QComboBox *announceBox() const { return m_announce; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    QComboBox *m_retention;
    QComboBox *m_announce;
    RecordingPolicy m_defaults;
};

} // namespace centrale::ui
