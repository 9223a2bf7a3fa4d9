#pragma once
// The rtpengine processes started with one configuration file, found by their command line
// (the test never kills anything it did not start).
#include <QDir>
#include <QFile>
#include <QList>

inline QList<qint64> relayProcesses(const QString &configPath)
{
    QList<qint64> out;
    for (const QString &entry : QDir(QStringLiteral("/proc")).entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
        bool number = false;
        const qint64 pid = entry.toLongLong(&number);
        if (!number)
            continue;
        QFile cmdline(QStringLiteral("/proc/%1/cmdline").arg(entry));
        if (!cmdline.open(QIODevice::ReadOnly))
            continue;
        const QByteArray text = cmdline.readAll();
        if (text.contains(configPath.toUtf8()) && text.contains("rtpengine"))
            out << pid;
    }
    return out;
}
