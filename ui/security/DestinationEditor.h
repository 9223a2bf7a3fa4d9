#pragma once
// The destination whitelist of one trunk or phone account: a preset to start from, the
// countries with their number types, extra allowed and blocked prefixes, and the
// fraud-prone ranges that stay blocked unless an allowed prefix covers them.
#include "domain/Security.h"
#include <QWidget>

class QComboBox;
class QLabel;
class QPushButton;
class QTableView;

namespace centrale::ui {

class CountryRulesModel;
class PrefixListEditor;

class DestinationEditor : public QWidget {
    Q_OBJECT
public:
    explicit DestinationEditor(QWidget *parent = nullptr);
    void setWhitelist(const DestinationWhitelist &whitelist);
    DestinationWhitelist whitelist() const;
    // Replaces countries and prefixes with the preset's; false with a message in the label when it fails.
    bool applyPreset(const QString &key);
    void addCountries(const QStringList &regions);

    QComboBox *presetBox() const { return m_preset; }
    QPushButton *applyButton() const { return m_apply; }
    CountryRulesModel *countries() const { return m_model; }
    QTableView *countryView() const { return m_view; }
    PrefixListEditor *allowedEditor() const { return m_allowed; }
    PrefixListEditor *blockedEditor() const { return m_blocked; }
    QLabel *fraudLabel() const { return m_fraud; }

signals:
    void changed();

protected:
    void changeEvent(QEvent *event) override;

private:
    void pickCountries();
    void removeCountry();
    void updateFraudNote();
    void retranslate();
    QString m_presetKey;
    QComboBox *m_preset;
    QPushButton *m_apply;
    CountryRulesModel *m_model;
    QTableView *m_view;
    QPushButton *m_addCountry;
    QPushButton *m_removeCountry;
    PrefixListEditor *m_allowed;
    PrefixListEditor *m_blocked;
    QLabel *m_fraud;
    QLabel *m_message;
    QList<QLabel *> m_labels;
};

} // namespace centrale::ui
