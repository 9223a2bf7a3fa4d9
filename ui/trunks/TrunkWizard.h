#pragma once
// The seed's two-step trunk wizard, for a new trunk or (filled in) for editing one.
// Finish saves trunk, accounts, numbers and passwords in one AccountService call, on a
// worker thread: the keychain may take seconds (or time out) and the window stays alive.
#include "common/AppContext.h"
#include "domain/Trunk.h"
#include "service/AccountService.h"
#include <QWizard>

namespace centrale::ui {

class BusyIndicator;
class TrunkGeneralPage;
class TrunkAccountsPage;

class TrunkWizard : public QWizard {
    Q_OBJECT
public:
    // existing: the trunk to edit, or nullptr for a new one.
    TrunkWizard(Database &db, SecretStore &secrets, const Trunk *existing, QWidget *parent = nullptr);
    TrunkGeneralPage *generalPage() const { return m_general; }
    TrunkAccountsPage *accountsPage() const { return m_accounts; }
    QString lastError() const { return m_lastError; }
    BusyIndicator *busyIndicator() const { return m_busy; }
    bool isSaving() const { return m_saving; }
    void accept() override; // Finish: starts the save; closes when it succeeded

signals:
    void saveFinished(bool ok);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void setSaving(bool saving);
    void saveDone(const Result<TrunkPasswords> &result);
    Database &m_db;
    SecretStore &m_secrets;
    Trunk m_trunk; // the edited trunk (ids, limits, destinations kept as they were)
    bool m_editing;
    TrunkGeneralPage *m_general;
    TrunkAccountsPage *m_accounts;
    QString m_lastError;
    BusyIndicator *m_busy;
    bool m_saving = false;
};

} // namespace centrale::ui
