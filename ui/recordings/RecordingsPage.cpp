#include "recordings/RecordingsPage.h"
#include "common/Background.h"
#include "common/MessageBox.h"
#include "media/MediaAvailability.h"
#include "recordings/RecordingsModel.h"
#include "service/RecordingService.h"

#include <QtMultimedia/QAudioOutput>
#include <QtMultimedia/QMediaPlayer>
#include <QDateEdit>
#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QProgressBar>
#include <QPushButton>
#include <QTableView>
#include <QUrl>
#include <QVBoxLayout>

namespace centrale::ui {

RecordingsPage::RecordingsPage(const AppContext &ctx, QWidget *parent)
    : Page(parent), m_ctx(ctx), m_model(new RecordingsModel(this)), m_search(new QLineEdit(this)), m_from(new QDateEdit(this)), m_to(new QDateEdit(this)),
      m_play(new QPushButton(this)), m_export(new QPushButton(this)), m_view(new QTableView(this)), m_unavailable(new QLabel(this)), m_status(new QLabel(this)),
      m_progress(new QProgressBar(this)), m_player(new QMediaPlayer(this)), m_audio(new QAudioOutput(this))
{
    m_player->setAudioOutput(m_audio);
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->verticalHeader()->hide();
    m_view->setColumnWidth(RecordingsModel::Start, 150);
    m_search->setClearButtonEnabled(true);
    for (QDateEdit *d : {m_from, m_to}) {
        d->setCalendarPopup(true);
        d->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    }
    m_from->setDate(QDate::currentDate().addDays(-30));
    m_to->setDate(QDate::currentDate());
    m_unavailable->setWordWrap(true);
    m_unavailable->setVisible(false);
    m_status->setWordWrap(true);
    m_progress->setVisible(false);

    auto *top = new QHBoxLayout;
    top->addWidget(m_search, 1);
    top->addWidget(m_play);
    top->addSpacing(12);
    top->addWidget(m_from);
    top->addWidget(m_to);
    top->addWidget(m_export);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_unavailable);
    layout->addLayout(top);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_progress);
    layout->addWidget(m_status);

    connect(m_search, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_model->setFilter(text);
        updateButtons();
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &RecordingsPage::updateButtons);
    connect(m_model, &QAbstractItemModel::modelReset, this, &RecordingsPage::updateButtons);
    connect(m_view, &QTableView::doubleClicked, this, &RecordingsPage::playSelected);
    connect(m_play, &QPushButton::clicked, this, [this] {
        if (m_player->playbackState() == QMediaPlayer::PlayingState)
            m_player->stop();
        else
            playSelected();
    });
    connect(m_player, &QMediaPlayer::playbackStateChanged, this, &RecordingsPage::updateButtons);
    connect(m_player, &QMediaPlayer::errorOccurred, this, [this](QMediaPlayer::Error, const QString &message) {
        m_result = tr("Cannot play the recording: %1").arg(message);
        updateButtons();
    });
    connect(m_export, &QPushButton::clicked, this, &RecordingsPage::chooseExport);
    retranslate();
}

void RecordingsPage::reload()
{
    if (isVisible())
        requestLoad();
}

void RecordingsPage::showEvent(QShowEvent *event)
{
    Page::showEvent(event);
    retranslate(); // the media settings may have changed since
    requestLoad();
}

void RecordingsPage::requestLoad()
{
    if (m_busy) {
        m_again = true;
        return;
    }
    m_busy = true;
    runInBackground<QList<Recording>>(
        this, m_ctx.db.path(), [](Database &db) { return RecordingRepository(db).list(); },
        [this](Result<QList<Recording>> r) {
            m_busy = false;
            if (m_again) {
                m_again = false;
                requestLoad();
                return;
            }
            m_error = r ? QString() : r.message();
            if (r)
                m_model->setRecordings(std::move(r).value());
            updateButtons();
            emit refreshed();
        });
}

QString RecordingsPage::pathOf(const Recording &r) const { return QDir(RecordingService::folderFor(m_ctx.db.path())).filePath(r.file); }

void RecordingsPage::playSelected()
{
    const Recording *r = m_model->recordingAt(m_view->currentIndex());
    if (!r)
        return;
    m_result.clear();
    m_player->setSource(QUrl::fromLocalFile(pathOf(*r)));
    m_player->play();
    updateButtons();
}

void RecordingsPage::chooseExport()
{
    const QString folder = QFileDialog::getExistingDirectory(this, tr("Export recordings to"));
    if (!folder.isEmpty())
        exportTo(m_from->date(), m_to->date(), folder);
}

void RecordingsPage::exportTo(const QDate &from, const QDate &to, const QString &folder)
{
    if (m_exporting)
        return;
    if (to < from) {
        MessageBox::error(this, tr("Export recordings"), tr("The last day of the period is before the first."));
        return;
    }
    m_exporting = true;
    m_result.clear();
    m_progress->setRange(0, 0);
    m_progress->setVisible(true);
    updateButtons();
    const qint64 fromMs = from.startOfDay().toMSecsSinceEpoch(), toMs = to.addDays(1).startOfDay().toMSecsSinceEpoch();
    const QString recordings = RecordingService::folderFor(m_ctx.db.path());
    QPointer<QProgressBar> bar = m_progress;
    runInBackground<RecordingExport>(
        this, m_ctx.db.path(),
        [=](Database &db) {
            return RecordingService(db, recordings).exportPeriod(fromMs, toMs, folder, [bar](int done, int total) {
                QMetaObject::invokeMethod(bar, [bar, done, total] {
                    if (bar) {
                        bar->setRange(0, total);
                        bar->setValue(done);
                    }
                }, Qt::QueuedConnection);
            });
        },
        [this, folder](Result<RecordingExport> r) {
            m_exporting = false;
            m_progress->setVisible(false);
            m_result = r ? tr("Exported %n recording(s) to %1 with recordings.xlsx.", nullptr, r->recordings).arg(folder) : r.message();
            if (r && !r->missing.isEmpty())
                m_result += QLatin1Char(' ') + tr("%n file(s) were missing.", nullptr, int(r->missing.size()));
            updateButtons();
            emit exportFinished(r.ok(), m_result);
        });
}

QString RecordingsPage::statusText() const
{
    if (!m_error.isEmpty())
        return tr("Recordings not loaded: %1").arg(m_error);
    if (!m_result.isEmpty())
        return m_result;
    return tr("%n recording(s) shown.", nullptr, m_model->shown());
}

void RecordingsPage::updateButtons()
{
    const bool playing = m_player->playbackState() == QMediaPlayer::PlayingState;
    m_play->setText(playing ? tr("Stop") : tr("Play"));
    m_play->setEnabled(playing || m_model->recordingAt(m_view->currentIndex()));
    m_export->setEnabled(!m_exporting);
    m_status->setText(statusText());
}

void RecordingsPage::retranslate()
{
    m_search->setPlaceholderText(tr("Filter by call ID, caller, callee or trunk/phone"));
    m_from->setToolTip(tr("First day of the period to export"));
    m_to->setToolTip(tr("Last day of the period to export"));
    m_export->setText(tr("Export…"));
    const QString why = media::recordingUnavailableReason(media::mediaSettings(m_ctx.db));
    m_unavailable->setText(why.isEmpty() ? QString() : tr("Call recording is unavailable: %1. Calls still work, without recording.").arg(why));
    m_unavailable->setVisible(!why.isEmpty());
    updateButtons();
}

} // namespace centrale::ui
