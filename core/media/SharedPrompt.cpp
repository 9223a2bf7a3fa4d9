#include "media/SharedPrompt.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace centrale::media {

Result<QString> sharedPrompt(const QString &source, const QString &shared)
{
    if (shared.isEmpty())
        return source;
    const QFileInfo from(source);
    if (!from.exists())
        return Result<QString>::fail(QCoreApplication::translate("SharedPrompt", "The prompt %1 does not exist.").arg(source));
    const QString folder = QDir(shared).absoluteFilePath(QStringLiteral("prompts"));
    const QString target = QDir(folder).filePath(from.fileName());
    const QFileInfo to(target);
    // A copy as new as the source and as long is the same file: nothing to do per call.
    if (to.exists() && to.size() == from.size() && to.lastModified() >= from.lastModified())
        return target;
    if (!QDir().mkpath(folder))
        return Result<QString>::fail(QCoreApplication::translate("SharedPrompt", "Cannot create %1 in the shared media folder.").arg(folder));
    const QString temporary = target + QStringLiteral(".part");
    QFile::remove(temporary);
    if (!QFile::copy(source, temporary))
        return Result<QString>::fail(QCoreApplication::translate("SharedPrompt", "Cannot copy %1 into the shared media folder %2.").arg(source, folder));
    // The other host's rtpengine runs as its own user: it must be able to read the copy.
    QFile::setPermissions(temporary, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadGroup | QFileDevice::ReadOther);
    QFile::remove(target);
    if (!QFile::rename(temporary, target))
        return Result<QString>::fail(QCoreApplication::translate("SharedPrompt", "Cannot write %1.").arg(target));
    return target;
}

} // namespace centrale::media
