#include "callplans/CallPlanSettingsDialog.h"
#include "store/CallPlanRepository.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>

namespace centrale::ui {

CallPlanSettingsDialog::CallPlanSettingsDialog(Database &db, const CallPlan &plan, QWidget *parent)
    : QDialog(parent), m_db(db), m_plan(plan), m_name(new QLineEdit(plan.name, this)), m_internal(new QLineEdit(plan.internalNumber, this)),
      m_external(new QLineEdit(this)), m_error(new QLabel(this)), m_buttons(new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this))
{
    QStringList shown;
    for (const auto &d : plan.numbers)
        shown << QLatin1Char('+') + d;
    m_external->setText(shown.join(QStringLiteral(", ")));
    m_error->setStyleSheet(QStringLiteral("color: #b00020"));
    m_error->setWordWrap(true);
    auto *form = new QFormLayout(this);
    form->addRow(tr("&Name"), m_name);
    form->addRow(tr("&Internal number"), m_internal);
    form->addRow(tr("&External number"), m_external);
    form->addRow(m_error);
    form->addRow(m_buttons);
    m_name->setAccessibleName(tr("Call plan name"));
    m_internal->setAccessibleName(tr("Internal number"));
    m_external->setAccessibleName(tr("External number"));
    m_external->setToolTip(tr("The numbers that ring this call plan, separated by commas. Empty the field and save to unlink them."));
    m_external->setPlaceholderText(tr("e.g. +31502053031"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &CallPlanSettingsDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &CallPlanSettingsDialog::reject);
    setWindowTitle(tr("Settings - %1").arg(plan.name));
}

QString CallPlanSettingsDialog::lastError() const { return m_error->text(); }

void CallPlanSettingsDialog::accept()
{
    QStringList digits;
    for (QString part : m_external->text().split(QRegularExpression(QStringLiteral("[,;\\s]+")), Qt::SkipEmptyParts)) {
        part.remove(QLatin1Char('+'));
        digits << part;
    }
    CallPlan updated = m_plan;
    updated.name = m_name->text().trimmed();
    updated.internalNumber = m_internal->text().trimmed();
    CallPlanRepository repo(m_db);
    // Name and numbers in one go: either both are saved or neither.
    const Status s = m_db.transaction([&]() -> Status {
        if (auto u = repo.update(updated); !u)
            return u;
        return repo.setExternalNumbers(m_plan.id, digits);
    });
    if (!s) {
        m_error->setText(s.message());
        return;
    }
    QDialog::accept();
}

} // namespace centrale::ui
