#pragma once
// Every "save as" goes through here so tests can supply the path without a modal dialog
// (as MessageBox::setNextAnswer does for confirmations).
#include <QString>

class QWidget;

namespace centrale::ui {

class FileDialog {
public:
    // The chosen path, or empty when cancelled.
    static QString saveFileName(QWidget *parent, const QString &caption, const QString &suggestedPath, const QString &filter);
    // The file to open (a voicemail greeting), or empty when cancelled.
    static QString openFileName(QWidget *parent, const QString &caption, const QString &filter);
    // The next dialog returns this path immediately instead of showing (empty = cancelled).
    static void setNextPath(const QString &path);

private:
    static QString s_nextPath;
    static bool s_hasNext;
};

} // namespace centrale::ui
