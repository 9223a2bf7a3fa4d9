#pragma once
// Help: the FAQ topics of the provider's manual (firewall, logs, trace, registration
// problems, number format, incoming calls), with this installation's addresses filled in and
// links to the pages where the tools are.
#include "common/AppContext.h"
#include "common/Page.h"

class QTextBrowser;

namespace centrale::ui {

class HelpPage : public Page {
    Q_OBJECT
public:
    explicit HelpPage(const AppContext &ctx, QWidget *parent = nullptr);
    QString title() const override { return tr("Help"); }
    QString iconName() const override { return QStringLiteral("help"); }
    void reload() override;
    QTextBrowser *browser() const { return m_browser; }
    QString html() const;

signals:
    // A link to another page was clicked: the page's class name ("centrale::ui::CallsPage").
    void navigate(const QString &pageClass);

private:
    void retranslate() override { reload(); }
    AppContext m_ctx;
    QTextBrowser *m_browser;
};

} // namespace centrale::ui
