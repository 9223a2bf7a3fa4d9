#include "callplans/VoicemailPanel.h"
#include "callplans/VoicemailModel.h"
#include "common/FileDialog.h"
#include "common/MessageBox.h"
#include "domain/SettingsCatalog.h"
#include "media/Greeting.h"
#include "media/MediaAvailability.h"
#include "store/SettingsRepository.h"
#include "store/VoicemailRepository.h"

#include <QAudioOutput>
#include <QDir>
#include <QEvent>
#include <QFile>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMediaPlayer>
#include <QPushButton>
#include <QTableView>
#include <QUrl>
#include <QVBoxLayout>

namespace centrale::ui {

VoicemailPanel::VoicemailPanel(Database &db, QWidget *parent)
    : QGroupBox(parent), m_db(db), m_model(new VoicemailModel(db, this)), m_status(new QLabel(this)), m_greeting(new QLabel(this)),
      m_view(new QTableView(this)), m_play(new QPushButton(this)), m_stop(new QPushButton(this)), m_delete(new QPushButton(this)),
      m_upload(new QPushButton(this)), m_default(new QPushButton(this))
{
    m_status->setWordWrap(true);
    m_status->setStyleSheet(QStringLiteral("color: #a61b1b;"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->horizontalHeader()->setStretchLastSection(true);
    // Columns as wide as their header and contents, in either language.
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_view->verticalHeader()->hide();
    auto *buttons = new QHBoxLayout;
    for (QPushButton *b : {m_play, m_stop, m_delete})
        buttons->addWidget(b);
    buttons->addStretch();
    buttons->addWidget(m_upload);
    buttons->addWidget(m_default);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_status);
    layout->addWidget(m_greeting);
    layout->addWidget(m_view);
    layout->addLayout(buttons);
    connect(m_play, &QPushButton::clicked, this, &VoicemailPanel::play);
    connect(m_stop, &QPushButton::clicked, this, &VoicemailPanel::stop);
    connect(m_delete, &QPushButton::clicked, this, &VoicemailPanel::deleteMessage);
    connect(m_upload, &QPushButton::clicked, this, &VoicemailPanel::uploadGreeting);
    connect(m_default, &QPushButton::clicked, this, &VoicemailPanel::defaultGreeting);
    connect(m_view, &QTableView::doubleClicked, this, &VoicemailPanel::play);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, &VoicemailPanel::updateState);
    retranslate();
}

QString VoicemailPanel::unavailableReason() const
{
    const QString why = media::recordingUnavailableReason(media::mediaSettings(m_db));
    if (why.isEmpty())
        return {};
    return tr("Voicemail is unavailable: %1. Calls that reach a voicemail step are answered 480 Temporarily Unavailable.").arg(why);
}

void VoicemailPanel::setPlan(qint64 planId, const QString &name)
{
    if (planId != m_planId)
        stop();
    m_planId = planId;
    m_planName = name;
    m_model->setPlan(planId);
    retranslate();
}

void VoicemailPanel::reload()
{
    m_model->reload();
    updateState();
}

void VoicemailPanel::updateState()
{
    const QString reason = unavailableReason();
    m_status->setText(reason);
    m_status->setVisible(!reason.isEmpty());
    const bool selected = m_model->messageAt(m_view->currentIndex()) && m_view->selectionModel()->hasSelection();
    m_play->setEnabled(selected);
    m_delete->setEnabled(selected);
    m_stop->setEnabled(m_player && m_player->playbackState() == QMediaPlayer::PlayingState);
    m_upload->setEnabled(m_planId != 0);
    const QString folder = VoicemailRepository::greetingFolderFor(m_db.path());
    const bool own = m_planId && QFile::exists(media::planGreetingPath(folder, m_planId));
    m_default->setEnabled(own);
    m_greeting->setText(!m_planId ? QString()
                        : own     ? tr("Greeting: this call plan's own recording.")
                                  : tr("Greeting: the default one (setting voicemail.language)."));
    if (!m_model->lastError().isEmpty())
        m_greeting->setText(m_model->lastError());
}

void VoicemailPanel::play()
{
    const VoicemailMessage *m = m_model->messageAt(m_view->currentIndex());
    if (!m)
        return;
    const QString path = QDir(VoicemailRepository::folderFor(m_db.path())).filePath(m->file);
    if (!QFile::exists(path)) {
        MessageBox::error(this, tr("Message not played"), tr("The file %1 is missing.").arg(path));
        return;
    }
    if (!m_player) {
        m_player = new QMediaPlayer(this);
        m_audio = new QAudioOutput(this);
        m_player->setAudioOutput(m_audio);
        connect(m_player, &QMediaPlayer::playbackStateChanged, this, &VoicemailPanel::updateState);
        connect(m_player, &QMediaPlayer::errorOccurred, this, [this](QMediaPlayer::Error, const QString &text) {
            MessageBox::error(this, tr("Message not played"), text);
        });
    }
    m_player->setSource(QUrl::fromLocalFile(path));
    m_player->play();
    updateState();
}

void VoicemailPanel::stop()
{
    if (m_player)
        m_player->stop();
}

void VoicemailPanel::deleteMessage()
{
    const VoicemailMessage *m = m_model->messageAt(m_view->currentIndex());
    if (!m)
        return;
    const qint64 id = m->id;
    if (!MessageBox::confirm(this, tr("Delete message"), tr("Delete the voicemail message from %1? Its recording is deleted too.").arg(m->caller)))
        return;
    stop();
    if (m_player)
        m_player->setSource({}); // let go of the file
    if (Status s = VoicemailRepository(m_db).remove(id); !s)
        MessageBox::error(this, tr("Message not deleted"), s.message());
    reload();
    emit changed();
}

void VoicemailPanel::uploadGreeting()
{
    if (!m_planId)
        return;
    const QString path = FileDialog::openFileName(this, tr("Greeting for %1").arg(m_planName), tr("WAV files (*.wav)"));
    if (path.isEmpty())
        return;
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        MessageBox::error(this, tr("Greeting not used"), tr("Cannot read %1: %2").arg(path, f.errorString()));
        return;
    }
    if (Status s = media::savePlanGreeting(VoicemailRepository::greetingFolderFor(m_db.path()), m_planId, f.readAll()); !s)
        MessageBox::error(this, tr("Greeting not used"), s.message());
    updateState();
}

void VoicemailPanel::defaultGreeting()
{
    if (Status s = media::removePlanGreeting(VoicemailRepository::greetingFolderFor(m_db.path()), m_planId); !s)
        MessageBox::error(this, tr("Greeting not changed"), s.message());
    updateState();
}

void VoicemailPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QGroupBox::changeEvent(event);
}

void VoicemailPanel::retranslate()
{
    setTitle(m_planName.isEmpty() ? tr("Voicemail") : tr("Voicemail of %1").arg(m_planName));
    m_view->setAccessibleName(tr("Voicemail messages"));
    m_play->setText(tr("&Play"));
    m_play->setAccessibleName(tr("Play the selected voicemail message"));
    m_stop->setText(tr("St&op"));
    m_delete->setText(tr("Delete &message"));
    m_delete->setAccessibleName(tr("Delete the selected voicemail message"));
    m_upload->setText(tr("&Greeting..."));
    m_upload->setAccessibleName(tr("Upload a WAV greeting for this call plan's voicemail"));
    m_default->setText(tr("Default greeting"));
    updateState();
}

} // namespace centrale::ui
