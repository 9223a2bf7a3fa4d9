#pragma once
// "No trunks yet — New trunk…": shown instead of an empty list, with the action as a link.
#include <QLabel>

class QAbstractItemModel;

namespace centrale::ui {

class EmptyHint : public QLabel {
    Q_OBJECT
public:
    // Visible while model has no rows (and it is not loading).
    EmptyHint(QAbstractItemModel *model, QWidget *parent = nullptr);
    // linkText empty: a plain hint, nothing to click.
    void setTexts(const QString &message, const QString &linkText = {});
    void setLoading(bool loading);
    QString linkText() const { return m_link; }

signals:
    void activated(); // the link was clicked

private:
    void refresh();
    QAbstractItemModel *m_model;
    QString m_link;
    bool m_loading = false;
};

} // namespace centrale::ui
