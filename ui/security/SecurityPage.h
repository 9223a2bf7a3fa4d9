#pragma once
// Per trunk or phone account: channels, IP whitelist, limits (with what is spent) and
// the destination whitelist, and a banner while the fraud detector blocks the account.
// Saving, unblocking and the 5-second status refresh run off the GUI thread.
#include "calls/CallPolicy.h"
#include "common/AppContext.h"
#include "common/Page.h"
#include "domain/PhoneAccount.h"
#include "domain/RecordingPolicy.h"
#include "domain/Trunk.h"
#include "security/LimitUsage.h"

#include <QHash>
#include <optional>

class QComboBox;
class QDoubleSpinBox;
class QFormLayout;
class QLabel;
class QPushButton;
class QSpinBox;
class QTabWidget;
class QTimer;

namespace centrale::ui {

class DestinationEditor;
class FraudBanner;
class IpListEditor;
class RecordingBox;
class UsageBar;

class SecurityPage : public Page {
    Q_OBJECT
public:
    SecurityPage(const AppContext &ctx, QWidget *parent = nullptr);
    QString title() const override { return tr("Security"); }
    QString iconName() const override { return QStringLiteral("security"); }
    void reload() override;
    // Where the spent amounts come from. By default the call log, read off the GUI thread;
    // a source set here is asked on the GUI thread instead (tests use it).
    void setUsageSource(LimitUsageSource source);
    static constexpr int kRefreshMs = 5000; // usage and fraud block, while the page is shown

    QComboBox *accountBox() const { return m_account; }
    DestinationEditor *destinationEditor() const { return m_destinations; }
    QPushButton *saveButton() const { return m_save; }
    QLabel *resultLabel() const { return m_result; }
    UsageBar *usageBar(int period) const { return m_usage[period]; } // 0 hour, 1 day, 2 week
    QDoubleSpinBox *amountSpin(int period) const { return m_amount[period]; }
    QSpinBox *callsPerSecondSpin() const { return m_cps; }
    RecordingBox *recordingBox() const { return m_recording; }
    FraudBanner *fraudBanner() const { return m_banner; }
    QTimer *refreshTimer() const { return m_timer; }
    bool isSaving() const { return m_saving; }

signals:
    void saved(bool ok);
    void refreshed();          // usage and fraud block of the shown account are current (tests wait on it)
    void unblocked(bool ok);

protected:
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;

private:
    struct AccountStatus {
        QList<qint64> spentMicros; // hour, day, week; empty when a set source gives usage
        std::optional<calls::FraudBlock> block;
    };
    void showAccount(int index);
    void save();
    void refreshStatus();
    void onStatus(const QString &owner, const Result<AccountStatus> &status);
    void unblock(const calls::FraudBlock &block);
    void updateUsage();
    QString currentOwner() const;
    void retranslate() override;
    AppContext m_ctx;
    QList<Trunk> m_trunks;
    QList<PhoneAccount> m_phones;
    LimitUsageSource m_usageSource; // empty: the call log
    LimitUsage m_used;              // the shown account's, last read
    QString m_shownOwner;
    Limits m_limits; // the shown account's, so the warning levels survive a save
    bool m_saving = false;
    bool m_unblocking = false;
    bool m_refreshing = false;   // one status read at a time
    bool m_refreshAgain = false; // asked for while one ran: its answer may be stale
    QComboBox *m_account;
    QTabWidget *m_tabs;
    QSpinBox *m_channels;
    IpListEditor *m_ips;
    QDoubleSpinBox *m_amount[3];
    UsageBar *m_usage[3];
    QSpinBox *m_calls[3];
    QSpinBox *m_cps;
    FraudBanner *m_banner;
    QTimer *m_timer;
    DestinationEditor *m_destinations;
    QPushButton *m_save;
    QLabel *m_result;
    QLabel *m_accountLabel;
    RecordingBox *m_recording;
    QHash<QString, RecordingPolicy> m_recordingOf; // "trunk NAME" / "phone +E164" → own setting
    RecordingPolicy m_recordingDefault;
    QFormLayout *m_accessForm;
    QFormLayout *m_limitsForm;
    QList<QLabel *> m_labels;
};

} // namespace centrale::ui
