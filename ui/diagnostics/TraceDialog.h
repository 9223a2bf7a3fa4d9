#pragma once
// The SIP trace of one call (both legs) or of an account's registrations and qualifies as
// a ladder; the clicked arrow's whole message below it; saving as pcap; for accounts also
// the connection check (NAT, SIP ALG, OPTIONS round trip) in plain language.
#include "common/AppContext.h"
#include "diagnostics/TraceMessage.h"
#include <QDialog>

class QLabel;
class QPlainTextEdit;
class QPushButton;

namespace centrale::ui {

class LadderWidget;

class TraceDialog : public QDialog {
    Q_OBJECT
public:
    // A call by its call-log Call-ID.
    TraceDialog(const AppContext &ctx, const QString &callId, QWidget *parent = nullptr);
    // An account: kind "trunk" or "phone", its name or number, and its SIP usernames.
    TraceDialog(const AppContext &ctx, const QString &kind, const QString &name, const QStringList &accounts, QWidget *parent = nullptr);

    LadderWidget *ladder() const { return m_ladder; }
    QPlainTextEdit *details() const { return m_details; }
    QPushButton *checkButton() const { return m_check; }
    const QList<diagnostics::TraceMessage> &messages() const { return m_messages; }
    QString statusText() const;
    void savePcap();
    void runCheck();

signals:
    void loaded();       // the messages are shown (tests wait on it)
    void checkFinished(); // the connection check's report is shown

private:
    void build();
    void load();

    AppContext m_ctx;
    QString m_callId, m_kind, m_name;
    QStringList m_accounts;
    QList<diagnostics::TraceMessage> m_messages;
    QLabel *m_status = nullptr;
    LadderWidget *m_ladder = nullptr;
    QPlainTextEdit *m_details = nullptr;
    QPushButton *m_pcap = nullptr;
    QPushButton *m_check = nullptr;
};

} // namespace centrale::ui
