#include "callplans/CallPlanStepEditor.h"
#include "callplans/CallPlanStepsModel.h"
#include "domain/PhoneNumber.h"
#include "domain/Validation.h"

#include <QComboBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QRegularExpression>
#include <QSpinBox>

namespace centrale::ui {

namespace {
constexpr StepKind kKinds[] = {StepKind::RingPhones, StepKind::Forward, StepKind::Voicemail, StepKind::Email, StepKind::OpeningHours};
}

CallPlanStepEditor::CallPlanStepEditor(QWidget *parent)
    : QWidget(parent), m_kind(new QComboBox(this)), m_targets(new QLineEdit(this)), m_timeout(new QSpinBox(this)), m_text(new QLineEdit(this)),
      m_else(new QComboBox(this)), m_error(new QLabel(this)), m_form(new QFormLayout(this)), m_kindLabel(new QLabel(this)),
      m_targetsLabel(new QLabel(this)), m_timeoutLabel(new QLabel(this)), m_textLabel(new QLabel(this)), m_elseLabel(new QLabel(this))
{
    for (StepKind k : kKinds)
        m_kind->addItem(QString(), int(k));
    m_timeout->setRange(5, 300);
    m_timeout->setSuffix(QStringLiteral(" s"));
    m_error->setStyleSheet(QStringLiteral("color: #b00020"));
    m_error->setWordWrap(true);
    m_form->setContentsMargins(0, 0, 0, 0);
    m_form->addRow(m_kindLabel, m_kind);
    m_form->addRow(m_targetsLabel, m_targets);
    m_form->addRow(m_timeoutLabel, m_timeout);
    m_form->addRow(m_textLabel, m_text);
    m_form->addRow(m_elseLabel, m_else);
    m_form->addRow(m_error);
    auto edited = [this] {
        if (m_loading)
            return;
        validateField();
        emit changed();
    };
    connect(m_kind, &QComboBox::currentIndexChanged, this, [this, edited] {
        updateFields();
        edited();
    });
    connect(m_targets, &QLineEdit::textEdited, this, edited);
    connect(m_timeout, &QSpinBox::valueChanged, this, edited);
    connect(m_text, &QLineEdit::textEdited, this, edited);
    connect(m_else, &QComboBox::currentIndexChanged, this, [this, edited] {
        if (!m_loading)
            m_elseStep = m_else->currentData().toInt();
        edited();
    });
    retranslate();
}

void CallPlanStepEditor::setStep(const CallPlanStep &s, int row, int count)
{
    m_loading = true;
    m_row = row;
    m_count = count;
    m_elseStep = s.elseStep;
    m_kind->setCurrentIndex(m_kind->findData(int(s.kind)));
    QStringList shown;
    for (const auto &t : s.targets)
        shown << (s.kind == StepKind::Email || s.kind == StepKind::Voicemail || t.startsWith(QLatin1Char('+')) ? t : QLatin1Char('+') + t);
    m_targets->setText(shown.join(QStringLiteral(", ")));
    m_timeout->setValue(s.timeoutSeconds);
    m_text->setText(s.text);
    updateFields();
    m_loading = false;
    validateField();
}

CallPlanStep CallPlanStepEditor::step() const
{
    CallPlanStep s;
    s.kind = StepKind(m_kind->currentData().toInt());
    const bool numbers = s.kind == StepKind::RingPhones || s.kind == StepKind::Forward;
    if (numbers || s.kind == StepKind::Email || s.kind == StepKind::Voicemail) { // a voicemail box: where its messages are mailed
        for (const QString &part : m_targets->text().split(QRegularExpression(QStringLiteral("[,;]")), Qt::SkipEmptyParts)) {
            const QString t = part.trimmed();
            if (t.isEmpty())
                continue;
            // Numbers are kept as E.164 digits; what does not parse stays as typed so
            // the validation can name it.
            auto parsed = numbers ? PhoneNumber::parse(t) : Result<PhoneNumber>::fail(QString());
            s.targets << (parsed ? parsed->digits() : t);
        }
        if (numbers)
            s.timeoutSeconds = m_timeout->value();
    }
    if (!numbers && s.kind != StepKind::Email) {
        s.text = m_text->text().trimmed();
    }
    if (s.kind == StepKind::OpeningHours)
        s.elseStep = m_elseStep;
    return s;
}

void CallPlanStepEditor::updateFields()
{
    const auto kind = StepKind(m_kind->currentData().toInt());
    const bool numbers = kind == StepKind::RingPhones || kind == StepKind::Forward;
    m_form->setRowVisible(m_targets, numbers || kind == StepKind::Email || kind == StepKind::Voicemail);
    m_form->setRowVisible(m_timeout, numbers);
    m_form->setRowVisible(m_text, kind == StepKind::Voicemail || kind == StepKind::OpeningHours);
    m_form->setRowVisible(m_else, kind == StepKind::OpeningHours);
    const bool wasLoading = std::exchange(m_loading, true);
    m_else->clear();
    m_else->addItem(tr("End of the call plan"), -1);
    for (int i = m_row + 1; i < m_count; ++i)
        m_else->addItem(tr("Go to step %1").arg(i + 1), i);
    const int at = m_else->findData(m_elseStep);
    m_else->setCurrentIndex(at >= 0 ? at : 0);
    m_loading = wasLoading;
    retranslate();
}

void CallPlanStepEditor::validateField()
{
    // Inline: the one field being typed in; CallPlan::validate checks the whole plan.
    const CallPlanStep s = step();
    Status st;
    switch (s.kind) {
    case StepKind::RingPhones:
    case StepKind::Forward:
        for (const auto &t : s.targets)
            if (auto r = PhoneNumber::parse(t); !r && st)
                st = Status::fail(r.message());
        break;
    case StepKind::Email:
    case StepKind::Voicemail:
        for (const auto &t : s.targets)
            if (auto r = validation::email(t, tr("E-mail address")); !r && st)
                st = r;
        break;
    case StepKind::OpeningHours:
        if (!s.text.isEmpty())
            st = validateOpeningHours(s.text);
        break;
    }
    m_error->setText(st.message());
}

void CallPlanStepEditor::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void CallPlanStepEditor::retranslate()
{
    for (int i = 0; i < m_kind->count(); ++i)
        m_kind->setItemText(i, CallPlanStepsModel::kindName(StepKind(m_kind->itemData(i).toInt())));
    const auto kind = StepKind(m_kind->currentData().toInt());
    m_kindLabel->setText(tr("&Kind"));
    m_kindLabel->setBuddy(m_kind);
    m_timeoutLabel->setText(tr("&Ring time"));
    m_timeoutLabel->setBuddy(m_timeout);
    m_elseLabel->setText(tr("Outside &opening hours"));
    m_elseLabel->setBuddy(m_else);
    m_targetsLabel->setBuddy(m_targets);
    m_textLabel->setBuddy(m_text);
    switch (kind) {
    case StepKind::RingPhones:
        m_targetsLabel->setText(tr("&Phone accounts"));
        m_targets->setPlaceholderText(tr("Phone account numbers, e.g. +31502053033, +31502053034"));
        break;
    case StepKind::Forward:
        m_targetsLabel->setText(tr("&External numbers"));
        m_targets->setPlaceholderText(tr("e.g. +31611111111"));
        break;
    case StepKind::Email:
        m_targetsLabel->setText(tr("&Addresses"));
        m_targets->setPlaceholderText(tr("e.g. reception@example.com, boss@example.com"));
        break;
    case StepKind::Voicemail:
        m_textLabel->setText(tr("&Box name"));
        m_text->setPlaceholderText(tr("e.g. Reception"));
        m_targetsLabel->setText(tr("&Mail messages to"));
        m_targets->setPlaceholderText(tr("e.g. reception@example.com (empty: the alerts address)"));
        break;
    case StepKind::OpeningHours:
        m_textLabel->setText(tr("&Schedule"));
        m_text->setPlaceholderText(tr("e.g. mon-fri 08:00-17:00; sat 10:00-12:00"));
        break;
    }
    m_kind->setAccessibleName(tr("Kind of step"));
    m_targets->setAccessibleName(m_targetsLabel->text().remove(QLatin1Char('&')));
    m_text->setAccessibleName(m_textLabel->text().remove(QLatin1Char('&')));
    m_timeout->setAccessibleName(tr("Ring time in seconds"));
    m_else->setAccessibleName(tr("Outside opening hours"));
}

} // namespace centrale::ui
