#pragma once
// Help > Keyboard shortcuts: every menu action that has a shortcut, read from the
// actions themselves so the overview can never disagree with the keys.
#include <QDialog>

class QAction;
class QTableWidget;

namespace centrale::ui {

class ShortcutsDialog : public QDialog {
    Q_OBJECT
public:
    ShortcutsDialog(const QList<QAction *> &actions, QWidget *parent = nullptr);
    QTableWidget *table() const { return m_table; }

private:
    QTableWidget *m_table;
};

} // namespace centrale::ui
