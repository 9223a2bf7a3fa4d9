#pragma once
// A new phone account: the number, then Save stores the account and its generated
// password on a worker thread (the keychain may be slow or locked); on failure the
// dialog stays open with the reason and a way on.
#include "common/AppContext.h"
#include <QDialog>

class QDialogButtonBox;
class QLineEdit;

namespace centrale::ui {

class BusyIndicator;

class NewPhoneAccountDialog : public QDialog {
    Q_OBJECT
public:
    explicit NewPhoneAccountDialog(const AppContext &ctx, QWidget *parent = nullptr);
    QLineEdit *numberEdit() const { return m_number; }
    BusyIndicator *busyIndicator() const { return m_busy; }
    bool isSaving() const { return m_saving; }
    QString lastError() const { return m_lastError; }
    QString createdNumber() const { return m_createdNumber; } // E.164 digits once saved
    QString password() const { return m_password; }           // the generated one, shown once
    void accept() override;                                   // Save

signals:
    void saveFinished(bool ok);

private:
    void setSaving(bool saving);
    AppContext m_ctx;
    QLineEdit *m_number;
    BusyIndicator *m_busy;
    QDialogButtonBox *m_buttons;
    bool m_saving = false;
    QString m_lastError;
    QString m_createdNumber;
    QString m_password;
};

} // namespace centrale::ui
