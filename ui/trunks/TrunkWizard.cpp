#include "trunks/TrunkWizard.h"
#include "common/Background.h"
#include "common/BusyIndicator.h"
#include "common/MessageBox.h"
#include "domain/DestinationPresets.h"
#include "service/AccountService.h"
#include "store/CallPlanRepository.h"
#include "store/NumberRepository.h"
#include "store/SettingsRepository.h"
#include "store/TrunkRepository.h"
#include "trunks/TrunkAccountsPage.h"
#include "trunks/TrunkGeneralPage.h"
#include "trunks/TrunkNumbersEditor.h"

#include <QAbstractButton>
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
    if (!existing)
        m_trunk.destinations = defaultDestinationWhitelist();
    SettingsRepository settings(db);
    m_general = new TrunkGeneralPage(freeNumbers(db, existing), callPlanNames(db), trunkNames(db), this);
    m_accounts = new TrunkAccountsPage(settings.get(QLatin1String(settingkeys::kPrimary)), settings.get(QLatin1String(settingkeys::kSecondary)), m_editing, this);
    addPage(m_general);
    addPage(m_accounts);
    m_busy = new BusyIndicator(m_accounts);
    m_accounts->addStatusWidget(m_busy);
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
    if (m_saving)
        return;
    Trunk t = m_trunk;
    TrunkPasswords passwords;
    m_general->store(t);
    m_accounts->store(t, passwords);
    if (auto v = t.validate(); !v) {
        m_lastError = v.message();
        m_busy->showError(m_lastError);
        MessageBox::error(this, tr("Trunk not saved"), m_lastError);
        return;
    }
    m_lastError.clear();
    setSaving(true);
    const bool editing = m_editing;
    SecretStore *secrets = &m_secrets; // lives as long as the application
    runInBackground<TrunkPasswords>(this, m_db.path(), [t, passwords, editing, secrets](Database &db) {
        AccountService service(db, *secrets);
        return editing ? service.updateTrunk(t, passwords) : service.createTrunk(t, passwords);
    }, [this](Result<TrunkPasswords> r) { saveDone(r); });
}

void TrunkWizard::setSaving(bool saving)
{
    m_saving = saving;
    for (auto which : {QWizard::BackButton, QWizard::FinishButton, QWizard::CancelButton})
        if (auto *b = button(which))
            b->setEnabled(!saving);
    m_general->setEnabled(!saving);
    for (auto *w : m_accounts->findChildren<QWidget *>(Qt::FindDirectChildrenOnly))
        if (w != m_busy) // the progress itself stays readable
            w->setEnabled(!saving);
    if (saving)
        m_busy->start(tr("Saving the trunk and storing its passwords in %1...").arg(m_secrets.describe()));
}

void TrunkWizard::saveDone(const Result<TrunkPasswords> &r)
{
    setSaving(false);
    if (!r) {
        // The window stays open with everything typed in: Finish tries again.
        m_lastError = r.message();
        if (r.error().field == QLatin1String("secrets"))
            m_lastError += QLatin1Char('\n') + tr("Press Finish to try again once the keychain is unlocked, or start Centrale with --secrets-file PATH "
                                                   "to keep the passwords in a file readable only by you.");
        m_busy->showError(m_lastError);
        MessageBox::error(this, tr("Trunk not saved"), m_lastError);
        emit saveFinished(false);
        return;
    }
    m_busy->stop();
    m_lastError.clear();
    emit saveFinished(true);
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
