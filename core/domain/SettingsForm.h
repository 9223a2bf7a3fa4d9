#pragma once
// How the console's Settings page shows the catalog's keys: group, label and kind of
// field per key, as one descriptor table. A key without a descriptor still appears (in
// "Other", labelled with its key), so a new catalog entry is never lost from the page.
#include "util/Result.h"
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

namespace centrale {

enum class SettingGroup { Engine, Security, Carrier, Mail, Provisioning, Media, Diagnostics, Other, Hidden };
enum class SettingKind { Text, Number, Toggle, Choice };

struct SettingField {
    QString key;
    SettingGroup group = SettingGroup::Other;
    SettingKind kind = SettingKind::Text;
    QStringList choices; // Choice: the values stored
    QString label() const;       // translated
    QString description() const; // translated, from the catalog
};

class SettingsForm {
public:
    // Every catalog key (Hidden ones too), in catalog order.
    static QList<SettingField> fields();
    static QList<SettingField> fields(SettingGroup group);
    static QList<SettingGroup> visibleGroups(); // the groups that have fields, in page order
    static QString groupTitle(SettingGroup group);
    // Checks every value against its key's rule; the first failure names the field by its label.
    static Status validate(const QMap<QString, QString> &values);
};

} // namespace centrale
