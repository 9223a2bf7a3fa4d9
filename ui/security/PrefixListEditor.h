#pragma once
// A list of E.164 prefixes ("+3190612"): typed, checked to be digits, added, removed.
#include <QWidget>

class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;

namespace centrale::ui {

class PrefixListEditor : public QWidget {
    Q_OBJECT
public:
    explicit PrefixListEditor(QWidget *parent = nullptr);
    QStringList prefixes() const { return m_prefixes; } // digits without "+"
    void setPrefixes(const QStringList &prefixes);
    // The names screen readers and the error message use, e.g. "Allowed prefix".
    void setFieldName(const QString &name);
    QLineEdit *input() const { return m_input; }
    QPushButton *addButton() const { return m_add; }
    QListWidget *list() const { return m_list; }
    QLabel *errorLabel() const { return m_error; }

signals:
    void changed();

protected:
    void changeEvent(QEvent *event) override;

private:
    void add();
    void removeSelected();
    void refresh();
    void retranslate();
    QString m_field;
    QStringList m_prefixes;
    QLineEdit *m_input;
    QPushButton *m_add;
    QPushButton *m_remove;
    QListWidget *m_list;
    QLabel *m_error;
};

} // namespace centrale::ui
