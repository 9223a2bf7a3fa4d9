#pragma once
// The voicemail of the selected call plan on the call plans page: its messages (play with
// Qt Multimedia, delete), its greeting (upload a WAV, or back to the default), and a plain
// statement when voicemail cannot work on this machine (no rtpengine, or media relay off).
#include "store/Database.h"

#include <QGroupBox>

class QAudioOutput;
class QLabel;
class QMediaPlayer;
class QPushButton;
class QTableView;

namespace centrale::ui {

class VoicemailModel;

class VoicemailPanel : public QGroupBox {
    Q_OBJECT
public:
    explicit VoicemailPanel(Database &db, QWidget *parent = nullptr);
    void setPlan(qint64 planId, const QString &name);
    void reload();
    // Why voicemail cannot answer here; empty when it can.
    QString unavailableReason() const;
    QTableView *view() const { return m_view; }
    VoicemailModel *model() const { return m_model; }

signals:
    void changed();

private:
    void play();
    void stop();
    void deleteMessage();
    void uploadGreeting();
    void defaultGreeting();
    void updateState();
    void retranslate();
    void changeEvent(QEvent *event) override;

    Database &m_db;
    qint64 m_planId = 0;
    QString m_planName;
    VoicemailModel *m_model;
    QLabel *m_status;
    QLabel *m_greeting;
    QTableView *m_view;
    QPushButton *m_play, *m_stop, *m_delete, *m_upload, *m_default;
    QMediaPlayer *m_player = nullptr; // made on first play: no audio device is opened before
    QAudioOutput *m_audio = nullptr;
};

} // namespace centrale::ui
