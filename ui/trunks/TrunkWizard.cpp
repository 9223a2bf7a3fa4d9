#include "trunks/TrunkWizard.h"
#include "common/MessageBox.h"
#include "service/AccountService.h"
#include "store/CallPlanRepository.h"
#include "store/NumberRepository.h"
#include "store/SettingsRepository.h"
#include "store/TrunkRepository.h"
#include "trunks/TrunkAccountsPage.h"
#include "trunks/TrunkGeneralPage.h"
#include "trunks/TrunkNumbersEditor.h"

#include <QEvent>

namespace centrale::ui {

static QStringList freeNumbers(Database &db, const Trunk *existing)
{
    QStringList out;
    if (auto r = NumberRepository(db).list(true))
        for (const auto &n : r.value())
            out << n.digits;
    if (existing) // its own numbers stay selectable when editing
        for (const auto &n : existing->numbers)
            out << n.digits;
    out.sort();
    return out;
}

static QStringList callPlanNames(Database &db)
{
    QStringList out;
    if (auto r = CallPlanRepository(db).list())
        for (const auto &p : r.value())
            out << p.name;
    return out;
}

static QStringList trunkNames(Database &db)
{
    QStringList out;
    if (auto r = TrunkRepository(db).list())
        for (const auto &t : r.value())
            out << t.name;
    return out;
}

TrunkWizard::TrunkWizard(Database &db, SecretStore &secrets, const Trunk *existing, QWidget *parent)
    : QWizard(parent), m_db(db), m_secrets(secrets), m_trunk(existing ? *existing : Trunk{}), m_editing(existing != nullptr)
{
    SettingsRepository settings(db);
    m_general = new TrunkGeneralPage(freeNumbers(db, existing), callPlanNames(db), trunkNames(db), this);
    m_accounts = new TrunkAccountsPage(settings.get(QLatin1String(settingkeys::kPrimary)), settings.get(QLatin1String(settingkeys::kSecondary)), m_editing, this);
    addPage(m_general);
    addPage(m_accounts);
    if (existing) {
        m_general->load(*existing);
        m_accounts->load(*existing);
    }
    connect(this, &QWizard::currentIdChanged, this, [this](int id) {
        if (page(id) != m_accounts)
            return;
        const auto numbers = m_general->numbersEditor()->numbers();
        if (!m_editing && !numbers.isEmpty())
            m_accounts->suggestUsernames(numbers.first().digits);
    });
    setOption(QWizard::NoBackButtonOnStartPage);
    resize(720, 640);
    retranslate();
}

void TrunkWizard::accept()
{
    Trunk t = m_trunk;
    TrunkPasswords passwords;
    m_general->store(t);
    m_accounts->store(t, passwords);
    if (auto v = t.validate(); !v) {
        m_lastError = v.message();
        MessageBox::error(this, tr("Trunk not saved"), m_lastError);
        return;
    }
    AccountService service(m_db, m_secrets);
    auto r = m_editing ? service.updateTrunk(t, passwords) : service.createTrunk(t, passwords);
    if (!r) {
        m_lastError = r.message();
        MessageBox::error(this, tr("Trunk not saved"), m_lastError);
        return;
    }
    m_lastError.clear();
    QWizard::accept();
}

void TrunkWizard::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWizard::changeEvent(event);
}

void TrunkWizard::retranslate() { setWindowTitle(m_editing ? tr("Edit trunk %1").arg(m_trunk.name) : tr("New trunk")); }

} // namespace centrale::ui
