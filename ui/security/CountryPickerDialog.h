#pragma once
// Picks one or more countries to add to a destination whitelist; typing narrows the list.
#include <QDialog>

class QDialogButtonBox;
class QLineEdit;
class QListView;
class QSortFilterProxyModel;

namespace centrale::ui {

class CountryPickerDialog : public QDialog {
    Q_OBJECT
public:
    // present: regions already in the whitelist, not offered.
    explicit CountryPickerDialog(const QStringList &present, QWidget *parent = nullptr);
    QStringList selectedRegions() const;
    QLineEdit *search() const { return m_search; }
    QListView *list() const { return m_list; }

private:
    QLineEdit *m_search;
    QListView *m_list;
    QSortFilterProxyModel *m_filter;
    QDialogButtonBox *m_buttons;
};

} // namespace centrale::ui
