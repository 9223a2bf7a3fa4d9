#pragma once
// An IP address/subnet list: type, [+], and each entry shown as "192.0.2.10 /32 - 255.255.255.255".
#include "domain/IpNetwork.h"
#include <QWidget>

class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;

namespace centrale::ui {

class IpListEditor : public QWidget {
    Q_OBJECT
public:
    explicit IpListEditor(QWidget *parent = nullptr);
    IpWhitelist networks() const { return m_networks; }
    void setNetworks(const IpWhitelist &networks);
    QLineEdit *input() const { return m_input; }
    QPushButton *addButton() const { return m_add; }

signals:
    void changed();

protected:
    void changeEvent(QEvent *event) override;

private:
    void add();
    void removeSelected();
    void refresh();
    void retranslate();
    IpWhitelist m_networks;
    QLineEdit *m_input;
    QPushButton *m_add;
    QPushButton *m_remove;
    QListWidget *m_list;
    QLabel *m_error;
};

} // namespace centrale::ui
