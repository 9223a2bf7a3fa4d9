#include "common/EmptyHint.h"

#include <QAbstractItemModel>

namespace centrale::ui {

EmptyHint::EmptyHint(QAbstractItemModel *model, QWidget *parent) : QLabel(parent), m_model(model)
{
    setAlignment(Qt::AlignCenter);
    setWordWrap(true);
    setTextFormat(Qt::RichText);
    setTextInteractionFlags(Qt::LinksAccessibleByMouse | Qt::LinksAccessibleByKeyboard);
    setContentsMargins(12, 24, 12, 24);
    connect(this, &QLabel::linkActivated, this, &EmptyHint::activated);
    connect(model, &QAbstractItemModel::modelReset, this, &EmptyHint::refresh);
    connect(model, &QAbstractItemModel::layoutChanged, this, &EmptyHint::refresh);
    connect(model, &QAbstractItemModel::rowsInserted, this, &EmptyHint::refresh);
    connect(model, &QAbstractItemModel::rowsRemoved, this, &EmptyHint::refresh);
    refresh();
}

void EmptyHint::setTexts(const QString &message, const QString &linkText)
{
    m_link = linkText;
    const QString msg = message.toHtmlEscaped();
    setText(linkText.isEmpty() ? msg : QStringLiteral("%1 — <a href=\"#new\">%2</a>").arg(msg, linkText.toHtmlEscaped()));
    setAccessibleName(linkText.isEmpty() ? message : message + QStringLiteral(" — ") + linkText);
}

void EmptyHint::setLoading(bool loading)
{
    m_loading = loading;
    refresh();
}

void EmptyHint::refresh() { setVisible(!m_loading && m_model->rowCount() == 0); }

} // namespace centrale::ui
