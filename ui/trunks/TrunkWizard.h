#pragma once
// The seed's two-step trunk wizard, for a new trunk or (filled in) for editing one.
// Finish saves trunk, accounts, numbers and passwords in one AccountService call.
#include "common/AppContext.h"
#include "domain/Trunk.h"
#include <QWizard>

namespace centrale::ui {

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
    void accept() override;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    Database &m_db;
    SecretStore &m_secrets;
    Trunk m_trunk; // the edited trunk (ids, limits, destinations kept as they were)
    bool m_editing;
    TrunkGeneralPage *m_general;
    TrunkAccountsPage *m_accounts;
    QString m_lastError;
};

} // namespace centrale::ui
