#include "export/ExportDialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>

namespace centrale::ui {

ExportDialog::ExportDialog(const AppContext &ctx, const ExportRequest &request, QWidget *parent)
    : QDialog(parent), m_ctx(ctx), m_request(request), m_format(new QComboBox(this)), m_secrets(new QCheckBox(this)),
      m_overwrite(new QCheckBox(this)), m_folder(new QLineEdit(this)), m_browse(new QPushButton(this)), m_note(new QLabel(this)),
      m_result(new QPlainTextEdit(this)), m_export(new QPushButton(this))
{
    const bool phone = !request.phoneNumber.isEmpty();
    QString defaultKey;
    (void)ExportService(ctx.db, nullptr).input(request, &defaultKey);
    for (const auto &f : ExportRegistry::all())
        if (phone ? f.phones : f.trunks)
            m_format->addItem(f.displayName, f.key);
    setFormat(defaultKey);
    m_folder->setText(QDir::home().filePath(QStringLiteral("centrale-export")));
    m_note->setWordWrap(true);
    m_result->setReadOnly(true);

    auto *folderRow = new QHBoxLayout;
    folderRow->addWidget(m_folder, 1);
    folderRow->addWidget(m_browse);
    auto *form = new QFormLayout;
    form->addRow(QString(), m_format);
    form->addRow(QString(), m_secrets);
    form->addRow(QString(), m_overwrite);
    form->addRow(QString(), folderRow);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_export, QDialogButtonBox::ActionRole);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_note);
    layout->addWidget(m_result, 1);
    layout->addWidget(buttons);

    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_secrets, &QCheckBox::toggled, this, &ExportDialog::updateNote);
    connect(m_export, &QPushButton::clicked, this, [this] { (void)exportNow(); });
    connect(m_browse, &QPushButton::clicked, this, [this] {
        const QString dir = QFileDialog::getExistingDirectory(this, tr("Export folder"), m_folder->text());
        if (!dir.isEmpty())
            m_folder->setText(dir);
    });
    retranslate();
    resize(560, 420);
}

void ExportDialog::setFolder(const QString &dir) { m_folder->setText(dir); }

void ExportDialog::setFormat(const QString &key)
{
    const int i = m_format->findData(key);
    if (i >= 0)
        m_format->setCurrentIndex(i);
}

void ExportDialog::setIncludeSecrets(bool on) { m_secrets->setChecked(on); }

QString ExportDialog::resultText() const { return m_result->toPlainText(); }

Result<ExportOutcome> ExportDialog::exportNow()
{
    ExportRequest req = m_request;
    req.format = m_format->currentData().toString();
    req.outDir = m_folder->text().trimmed();
    req.includeSecrets = m_secrets->isChecked();
    req.overwrite = m_overwrite->isChecked();
    if (req.outDir.isEmpty()) {
        m_result->setPlainText(tr("Choose a folder to write the files to."));
        return Result<ExportOutcome>::fail(m_result->toPlainText());
    }
    auto r = ExportService(m_ctx.db, req.includeSecrets ? &m_ctx.secrets : nullptr).run(req);
    if (!r) {
        m_result->setPlainText(tr("Nothing was written: %1").arg(r.message()));
        return r;
    }
    QStringList lines{r->secretsIncluded ? tr("Written with passwords; the files are readable by you only (0600):")
                                         : tr("Written without passwords (placeholders instead):")};
    lines += r->paths;
    m_result->setPlainText(lines.join(QLatin1Char('\n')));
    return r;
}

void ExportDialog::updateNote()
{
    m_note->setText(m_secrets->isChecked() ? tr("The files will contain the SIP passwords and are created readable by you only (0600). Keep them safe.")
                                           : tr("The files get placeholders where the passwords go; fill them in on the PBX."));
}

void ExportDialog::retranslate()
{
    const QString who = m_request.phoneNumber.isEmpty() ? m_request.trunkName : QLatin1Char('+') + m_request.phoneNumber;
    setWindowTitle(tr("Export PBX configuration: %1").arg(who));
    m_secrets->setText(tr("Include &passwords"));
    m_overwrite->setText(tr("&Overwrite existing files"));
    m_browse->setText(tr("&Browse..."));
    m_export->setText(tr("&Export"));
    m_format->setAccessibleName(tr("Format"));
    m_folder->setAccessibleName(tr("Export folder"));
    m_format->setToolTip(tr("The PBX the files are for"));
    updateNote();
}

} // namespace centrale::ui
