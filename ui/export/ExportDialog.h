#pragma once
// Export of a trunk's or phone account's PBX configuration: choose the format (the
// trunk brand's by default), whether passwords go in, and a folder; shows what was written.
#include "common/AppContext.h"
#include "export/ExportService.h"
#include <QDialog>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

namespace centrale::ui {

class ExportDialog : public QDialog {
    Q_OBJECT
public:
    // request: trunkName or phoneNumber set; the rest is chosen in the dialog.
    ExportDialog(const AppContext &ctx, const ExportRequest &request, QWidget *parent = nullptr);

    // For tests and keyboard users alike: what the widgets hold.
    void setFolder(const QString &dir);
    void setFormat(const QString &key);
    void setIncludeSecrets(bool on);
    Result<ExportOutcome> exportNow();
    QString resultText() const;

private:
    void retranslate();
    void updateNote();
    AppContext m_ctx;
    ExportRequest m_request;
    QComboBox *m_format;
    QCheckBox *m_secrets;
    QCheckBox *m_overwrite;
    QLineEdit *m_folder;
    QPushButton *m_browse;
    QLabel *m_note;
    QPlainTextEdit *m_result;
    QPushButton *m_export;
};

} // namespace centrale::ui
