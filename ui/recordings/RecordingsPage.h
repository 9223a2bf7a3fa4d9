#pragma once
// Recordings: the calls the engine recorded, filtered by text, played in the console (Qt
// Multimedia), and exported for a period with a spreadsheet, off the GUI thread with
// progress. Says plainly when recording is unavailable (rtpengine not installed).
#include "common/AppContext.h"
#include "common/Page.h"
#include "store/RecordingRepository.h"

class QAudioOutput;
class QDateEdit;
class QLabel;
class QLineEdit;
class QMediaPlayer;
class QProgressBar;
class QPushButton;
class QTableView;

namespace centrale::ui {

class RecordingsModel;

class RecordingsPage : public Page {
    Q_OBJECT
public:
    explicit RecordingsPage(const AppContext &ctx, QWidget *parent = nullptr);
    QString title() const override { return tr("Recordings"); }
    QString iconName() const override { return QStringLiteral("recordings"); }
    void reload() override;
    bool isLoading() const override { return m_busy; }

    RecordingsModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    QLineEdit *searchField() const { return m_search; }
    QPushButton *playButton() const { return m_play; }
    QLabel *availability() const { return m_unavailable; }
    QString statusText() const;
    QMediaPlayer *player() const { return m_player; }
    // Exports the recordings started from..to (whole days) into folder (no dialog).
    void exportTo(const QDate &from, const QDate &to, const QString &folder);
    void playSelected();

signals:
    void refreshed();
    void exportFinished(bool ok, const QString &message);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void retranslate() override;
    void requestLoad();
    void chooseExport();
    void updateButtons();
    QString pathOf(const Recording &r) const;

    AppContext m_ctx;
    RecordingsModel *m_model;
    QLineEdit *m_search;
    QDateEdit *m_from;
    QDateEdit *m_to;
    QPushButton *m_play;
    QPushButton *m_export;
    QTableView *m_view;
    QLabel *m_unavailable;
    QLabel *m_status;
    QProgressBar *m_progress;
    QMediaPlayer *m_player;
    QAudioOutput *m_audio;
    bool m_busy = false;
    bool m_again = false;
    bool m_exporting = false;
    QString m_error;
    QString m_result;
};

} // namespace centrale::ui
