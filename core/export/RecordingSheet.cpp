#include "export/RecordingSheet.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFile>

#include <xlsxwriter.h>

namespace centrale {

Status writeRecordingSheet(const QString &path, const QList<Recording> &recordings)
{
    const QByteArray file = QFile::encodeName(path);
    lxw_workbook *book = workbook_new(file.constData());
    if (!book)
        return Status::fail(QCoreApplication::translate("Recording", "Cannot create %1.").arg(path), QStringLiteral("out"));
    lxw_worksheet *sheet = workbook_add_worksheet(book, "Recordings");
    lxw_format *bold = workbook_add_format(book);
    format_set_bold(bold);
    const char *headers[] = {QT_TRANSLATE_NOOP("Recording", "Call ID"), QT_TRANSLATE_NOOP("Recording", "Start"), QT_TRANSLATE_NOOP("Recording", "Caller"),
                             QT_TRANSLATE_NOOP("Recording", "Callee"), QT_TRANSLATE_NOOP("Recording", "Account"), QT_TRANSLATE_NOOP("Recording", "Duration (s)"),
                             QT_TRANSLATE_NOOP("Recording", "File")};
    for (lxw_col_t c = 0; c < 7; ++c)
        worksheet_write_string(sheet, 0, c, QCoreApplication::translate("Recording", headers[c]).toUtf8().constData(), bold);
    lxw_row_t row = 1;
    for (const Recording &r : recordings) {
        const auto text = [&](lxw_col_t col, const QString &v) { worksheet_write_string(sheet, row, col, v.toUtf8().constData(), nullptr); };
        text(0, r.callId);
        text(1, QDateTime::fromMSecsSinceEpoch(r.startedMs).toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")));
        text(2, r.caller);
        text(3, r.callee);
        text(4, r.owner.isEmpty() ? r.account : r.owner);
        worksheet_write_number(sheet, row, 5, double(r.durationMs) / 1000.0, nullptr);
        text(6, r.file);
        ++row;
    }
    worksheet_set_column(sheet, 0, 0, 40, nullptr);
    worksheet_set_column(sheet, 1, 6, 20, nullptr);
    const lxw_error err = workbook_close(book);
    if (err != LXW_NO_ERROR)
        return Status::fail(QCoreApplication::translate("Recording", "Cannot write %1: %2").arg(path, QString::fromUtf8(lxw_strerror(err))), QStringLiteral("out"));
    QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    return {};
}

} // namespace centrale
