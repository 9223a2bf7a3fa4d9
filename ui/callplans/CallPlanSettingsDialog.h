#pragma once
// The call plan's "Settings" dialog (the seed's "Instellingen"): name, internal number and
// the "External number" field. Clearing that field and saving unlinks the number.
#include "domain/CallPlan.h"
#include "store/Database.h"
#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace centrale::ui {

class CallPlanSettingsDialog : public QDialog {
    Q_OBJECT
public:
    CallPlanSettingsDialog(Database &db, const CallPlan &plan, QWidget *parent = nullptr);
    QLineEdit *externalNumberEdit() const { return m_external; }
    QString lastError() const;
    void accept() override; // Save

private:
    Database &m_db;
    CallPlan m_plan;
    QLineEdit *m_name;
    QLineEdit *m_internal;
    QLineEdit *m_external;
    QLabel *m_error;
    QDialogButtonBox *m_buttons;
};

} // namespace centrale::ui
