#include "settings/SettingsGroupForm.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

namespace centrale::ui {

SettingsGroupForm::SettingsGroupForm(SettingGroup group, QWidget *parent) : QScrollArea(parent), m_group(group), m_fields(SettingsForm::fields(group))
{
    auto *inner = new QWidget(this);
    auto *form = new QFormLayout(inner);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    for (const auto &f : m_fields) {
        QWidget *editor = nullptr;
        switch (f.kind) {
        case SettingKind::Toggle:
            editor = new QCheckBox(inner);
            break;
        case SettingKind::Choice: {
            auto *combo = new QComboBox(inner);
            for (const auto &c : f.choices)
                combo->addItem(c, c);
            editor = combo;
            break;
        }
        case SettingKind::Text:
        case SettingKind::Number:
            editor = new QLineEdit(inner);
            break;
        }
        editor->setObjectName(f.key); // findable by key in tests and by accessibility tools
        auto *label = new QLabel(inner);
        label->setBuddy(editor);
        auto *description = new QLabel(inner);
        description->setWordWrap(true);
        description->setForegroundRole(QPalette::PlaceholderText);
        auto *cell = new QWidget(inner);
        auto *cellLayout = new QVBoxLayout(cell);
        cellLayout->setContentsMargins(0, 0, 0, 4);
        cellLayout->setSpacing(2);
        cellLayout->addWidget(editor);
        cellLayout->addWidget(description);
        form->addRow(label, cell);
        m_editors.insert(f.key, editor);
        m_labels.insert(f.key, label);
        m_descriptions.insert(f.key, description);
    }
    setWidget(inner);
    setWidgetResizable(true);
    setFrameShape(QFrame::NoFrame);
    retranslate();
}

void SettingsGroupForm::load(const QMap<QString, QString> &values)
{
    for (auto it = m_editors.cbegin(); it != m_editors.cend(); ++it) {
        const QString v = values.value(it.key());
        if (auto *check = qobject_cast<QCheckBox *>(it.value()))
            check->setChecked(v == QLatin1String("1"));
        else if (auto *combo = qobject_cast<QComboBox *>(it.value()))
            combo->setCurrentIndex(qMax(0, combo->findData(v)));
        else if (auto *edit = qobject_cast<QLineEdit *>(it.value()))
            edit->setText(v);
    }
}

QMap<QString, QString> SettingsGroupForm::values() const
{
    QMap<QString, QString> out;
    for (auto it = m_editors.cbegin(); it != m_editors.cend(); ++it) {
        if (auto *check = qobject_cast<QCheckBox *>(it.value()))
            out.insert(it.key(), check->isChecked() ? QStringLiteral("1") : QStringLiteral("0"));
        else if (auto *combo = qobject_cast<QComboBox *>(it.value()))
            out.insert(it.key(), combo->currentData().toString());
        else if (auto *edit = qobject_cast<QLineEdit *>(it.value()))
            out.insert(it.key(), edit->text().trimmed());
    }
    return out;
}

void SettingsGroupForm::retranslate()
{
    for (const auto &f : m_fields) {
        const QString label = f.label();
        m_labels[f.key]->setText(label + QLatin1Char(':'));
        m_descriptions[f.key]->setText(f.description());
        m_editors[f.key]->setAccessibleName(label);
        m_editors[f.key]->setToolTip(f.key); // the key, for centralectl settings set
        if (auto *check = qobject_cast<QCheckBox *>(m_editors[f.key]))
            check->setText(tr("On"));
    }
}

} // namespace centrale::ui
