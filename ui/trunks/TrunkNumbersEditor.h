#pragma once
// The wizard's number list: only free numbers are offered; [+] adds the selected one with
// its Inkomend (DID) and Nummerweergave (caller ID) checkboxes.
#include "domain/Trunk.h"
#include <QWidget>

class QComboBox;
class QPushButton;
class QTableWidget;

namespace centrale::ui {

class TrunkNumbersEditor : public QWidget {
    Q_OBJECT
public:
    explicit TrunkNumbersEditor(QWidget *parent = nullptr);
    // offered: the free numbers (plus, when editing, the trunk's own).
    void setOffered(const QStringList &digits);
    void setNumbers(const QList<TrunkNumber> &numbers);
    QList<TrunkNumber> numbers() const;
    QComboBox *picker() const { return m_picker; }
    QPushButton *addButton() const { return m_add; }

signals:
    void changed();

protected:
    void changeEvent(QEvent *event) override;

private:
    void addSelected();
    void addRow(const TrunkNumber &number);
    void refreshPicker();
    void retranslate();
    QStringList m_offered;
    QComboBox *m_picker;
    QPushButton *m_add;
    QPushButton *m_remove;
    QTableWidget *m_table;
};

} // namespace centrale::ui
