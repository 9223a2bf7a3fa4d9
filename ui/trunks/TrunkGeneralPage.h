#pragma once
// Wizard step 1/2 (the seed's "Wizard - stap 1/2"): the trunk itself.
#include "domain/Trunk.h"
#include <QWizardPage>

class QComboBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace centrale::ui {

class IpListEditor;
class TrunkNumbersEditor;

class TrunkGeneralPage : public QWizardPage {
    Q_OBJECT
public:
    TrunkGeneralPage(const QStringList &offeredNumbers, const QStringList &callPlans, const QStringList &takenNames, QWidget *parent = nullptr);
    void load(const Trunk &trunk);
    void store(Trunk &trunk) const; // general fields, whitelist, numbers, failover
    bool isComplete() const override;

    QLineEdit *nameEdit() const { return m_name; }
    QSpinBox *channelsSpin() const { return m_channels; }
    IpListEditor *ipEditor() const { return m_ips; }
    TrunkNumbersEditor *numbersEditor() const { return m_numbers; }
    QComboBox *failoverCombo() const { return m_failover; }

protected:
    void changeEvent(QEvent *event) override;

private:
    QString nameError() const;
    void validateInline();
    void retranslate();
    QStringList m_takenNames;
    QLineEdit *m_name;
    QLabel *m_nameError;
    QSpinBox *m_channels;
    QComboBox *m_brand;
    QLineEdit *m_type;
    QComboBox *m_format;
    QLabel *m_formatHelp;
    IpListEditor *m_ips;
    QLabel *m_ipError;
    TrunkNumbersEditor *m_numbers;
    QComboBox *m_failover;
    QList<QLabel *> m_labels;
};

} // namespace centrale::ui
