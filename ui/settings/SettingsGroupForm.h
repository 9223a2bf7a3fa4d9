#pragma once
// One group of the Settings page (Engine, Security, Carrier …) as a form, built from the
// descriptor table in core (SettingsForm): a line edit, check box or choice per key.
#include "domain/SettingsForm.h"
#include <QMap>
#include <QScrollArea>

class QFormLayout;
class QLabel;

namespace centrale::ui {

class SettingsGroupForm : public QScrollArea {
    Q_OBJECT
public:
    SettingsGroupForm(SettingGroup group, QWidget *parent = nullptr);
    SettingGroup group() const { return m_group; }
    void load(const QMap<QString, QString> &values);
    QMap<QString, QString> values() const; // what the fields show now, as stored text
    QWidget *editor(const QString &key) const { return m_editors.value(key); }
    void retranslate();

private:
    SettingGroup m_group;
    QList<SettingField> m_fields;
    QMap<QString, QWidget *> m_editors;
    QMap<QString, QLabel *> m_labels;
    QMap<QString, QLabel *> m_descriptions;
};

} // namespace centrale::ui
