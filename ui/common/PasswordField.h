#pragma once
// A password with show/hide, generate and copy; empty means "keep" (edit) or "generate" (new).
#include <QWidget>

class QLineEdit;
class QPushButton;
class QToolButton;

namespace centrale::ui {

class PasswordField : public QWidget {
    Q_OBJECT
public:
    explicit PasswordField(QWidget *parent = nullptr);
    QString password() const;
    void setPassword(const QString &password);
    QLineEdit *lineEdit() const { return m_edit; }
    void setAccessibleFieldName(const QString &name);

signals:
    void changed();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    QLineEdit *m_edit;
    QToolButton *m_show;
    QPushButton *m_generate;
    QPushButton *m_copy;
};

} // namespace centrale::ui
