#include "diagnostics/Ladder.h"
#include "diagnostics/SipText.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>

namespace centrale::diagnostics {

namespace {

QString warningText(const QByteArray &w)
{
    // 399 centrale "reason" → reason
    const qsizetype q = w.indexOf('"');
    if (q >= 0 && w.endsWith('"'))
        return QString::fromUtf8(w.mid(q + 1, w.size() - q - 2));
    return QString::fromUtf8(w);
}
} // namespace

Ladder buildLadder(const QList<TraceMessage> &messages, const QStringList &carriers)
{
    Ladder l;
    // Peers in order of appearance; the first one (who started it) goes left of Centrale.
    QStringList peers;
    for (const auto &m : messages)
        if (!peers.contains(m.remote))
            peers << m.remote;
    auto nameOf = [&](const QString &peer) {
        const QString ip = parseEndpoint(peer).ip;
        return carriers.contains(ip) ? QCoreApplication::translate("Ladder", "carrier %1").arg(peer) : QCoreApplication::translate("Ladder", "PBX/phone %1").arg(peer);
    };
    QHash<QString, int> column;
    if (!peers.isEmpty()) {
        l.columns << nameOf(peers.first());
        column.insert(peers.first(), 0);
    }
    l.columns << QCoreApplication::translate("Ladder", "Centrale");
    const int us = int(l.columns.size()) - 1;
    for (qsizetype i = 1; i < peers.size(); ++i) {
        column.insert(peers.at(i), int(l.columns.size()));
        l.columns << nameOf(peers.at(i));
    }
    for (qsizetype i = 0; i < messages.size(); ++i) {
        const TraceMessage &m = messages.at(i);
        const SipView s = parseSip(m.data);
        LadderArrow a;
        const int peer = column.value(m.remote);
        a.from = m.outgoing ? us : peer;
        a.to = m.outgoing ? peer : us;
        a.timeUs = m.timeUs;
        a.message = int(i);
        if (s.isRequest) {
            a.label = QString::fromLatin1(s.method);
        } else {
            a.label = QString::fromUtf8(s.firstLine.mid(8));
            a.final = s.status >= 300 || (s.status >= 200 && (s.method == "INVITE" || s.method == "REGISTER"));
        }
        a.warning = s.warning.isEmpty() ? QString() : warningText(s.warning);
        l.arrows << a;
    }
    return l;
}

QString ladderText(const Ladder &l)
{
    QString out;
    out += QCoreApplication::translate("Ladder", "Columns: %1").arg(l.columns.join(QLatin1String(" | "))) + QLatin1Char('\n');
    for (const auto &a : l.arrows) {
        const QString when = QDateTime::fromMSecsSinceEpoch(a.timeUs / 1000).toString(QStringLiteral("HH:mm:ss.zzz"));
        const QString arrow = a.from < a.to ? QStringLiteral("%1 --> %2").arg(l.columns.value(a.from), l.columns.value(a.to))
                                            : QStringLiteral("%2 <-- %1").arg(l.columns.value(a.from), l.columns.value(a.to));
        out += QStringLiteral("%1  %2  %3%4%5\n")
                   .arg(when, arrow, a.label, a.final ? QString(QStringLiteral("  <== ") + QCoreApplication::translate("Ladder", "final answer")) : QString(),
                        a.warning.isEmpty() ? QString() : QString(QStringLiteral("  [") + QCoreApplication::translate("Ladder", "Warning: %1").arg(a.warning) + QLatin1Char(']')));
    }
    return out;
}

} // namespace centrale::diagnostics
