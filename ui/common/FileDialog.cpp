#include "common/FileDialog.h"

#include <QFileDialog>

namespace centrale::ui {

QString FileDialog::s_nextPath;
bool FileDialog::s_hasNext = false;

void FileDialog::setNextPath(const QString &path)
{
    s_nextPath = path;
    s_hasNext = true;
}

QString FileDialog::saveFileName(QWidget *parent, const QString &caption, const QString &suggestedPath, const QString &filter)
{
    if (s_hasNext) {
        s_hasNext = false;
        return std::exchange(s_nextPath, QString());
    }
    return QFileDialog::getSaveFileName(parent, caption, suggestedPath, filter);
}

QString FileDialog::openFileName(QWidget *parent, const QString &caption, const QString &filter)
{
    if (s_hasNext) {
        s_hasNext = false;
        return std::exchange(s_nextPath, QString());
    }
    return QFileDialog::getOpenFileName(parent, caption, QString(), filter);
}

} // namespace centrale::ui
