#pragma once
// Runs a sipp scenario from tests/data/sipp against an address, as a real peer would.
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTextStream>

struct SippResult {
    int exitCode = -1;
    QString output;
};

inline SippResult runSipp(const QString &scenario, const QString &target, const QString &localIp, int localPort, const QStringList &csvLines,
                          int timeoutMs = 20000, const QStringList &extra = {})
{
    QTemporaryDir dir;
    const QString csv = dir.filePath(QStringLiteral("users.csv"));
    {
        QFile f(csv);
        f.open(QIODevice::WriteOnly);
        QTextStream(&f) << "SEQUENTIAL\n" << csvLines.join(QLatin1Char('\n')) << '\n';
    }
    QProcess p;
    p.setProcessChannelMode(QProcess::MergedChannels);
    QStringList args{QStringLiteral("-sf"), QStringLiteral(CENTRALE_TEST_DATA "/sipp/") + scenario + QStringLiteral(".xml"),
                     QStringLiteral("-inf"), csv, target, QStringLiteral("-i"), localIp, QStringLiteral("-p"), QString::number(localPort),
                     QStringLiteral("-m"), QString::number(csvLines.size()), QStringLiteral("-timeout"), QStringLiteral("%1s").arg(timeoutMs / 1000),
                     QStringLiteral("-recv_timeout"), QStringLiteral("3000"), QStringLiteral("-nostdin"), QStringLiteral("-timeout_error")};
    p.start(QStringLiteral("sipp"), args + extra);
    p.waitForFinished(timeoutMs + 5000);
    if (p.state() != QProcess::NotRunning) {
        p.kill();
        p.waitForFinished();
    }
    return {p.exitCode(), QString::fromUtf8(p.readAll())};
}

inline QString authField(const QString &user, const QString &password)
{
    return QStringLiteral("[authentication username=%1 password=%2]").arg(user, password);
}
