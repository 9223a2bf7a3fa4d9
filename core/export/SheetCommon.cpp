#include "export/SheetCommon.h"

#include <QCoreApplication>

namespace centrale {

QList<DialRule> dialRules(const ExportLine &l)
{
    const bool plus = l.format == NumberFormat::Plus;
    const QString cc = QString::number(l.countryCode);
    const QString p = plus ? QStringLiteral("+") : QString();
    return {
        {QCoreApplication::translate("Export", "E.164 with +"), QStringLiteral("+"), 1, p},
        {QCoreApplication::translate("Export", "International with 00"), QStringLiteral("00"), 2, p},
        {QCoreApplication::translate("Export", "National with 0"), QStringLiteral("0"), 1, p + cc},
        {QCoreApplication::translate("Export", "E.164 without +"), cc, 0, p},
    };
}

QString yesNo(bool value) { return value ? QCoreApplication::translate("Export", "yes") : QCoreApplication::translate("Export", "no"); }

QString accountLabel(const ExportAccount &a)
{
    if (a.label == QLatin1String("primary"))
        return QCoreApplication::translate("Export", "Primary account");
    if (a.label == QLatin1String("secondary"))
        return QCoreApplication::translate("Export", "Secondary account");
    return QCoreApplication::translate("Export", "Phone account");
}

Sheet sheetFor(const ExportLine &l, const QString &product)
{
    Sheet s;
    s.title = l.isTrunk ? QCoreApplication::translate("Export", "Trunk %1 on %2").arg(l.name, product)
                        : QCoreApplication::translate("Export", "Phone account %1 on %2").arg(l.name, product);
    QStringList servers;
    for (const auto &a : l.accounts)
        servers << QCoreApplication::translate("Export", "%1: %2 (username %3)").arg(accountLabel(a), a.server, a.username);
    s.intro << QCoreApplication::translate("Export", "Enter these settings in the admin screens of %1. Field names are the ones %1 shows.").arg(product)
            << servers.join(QStringLiteral("; ")) + QLatin1Char('.')
            << QCoreApplication::translate("Export", "Numbers are sent and received as %1. Codecs: G.711 A-law, then µ-law; DTMF: RFC 2833/4733; transport: UDP.")
                   .arg(l.format == NumberFormat::Plus ? QCoreApplication::translate("Export", "+31… (with +)") : QCoreApplication::translate("Export", "31… (without +)"));
    if (!l.secretsIncluded)
        s.intro << QCoreApplication::translate("Export", "Passwords were not exported: fill in the password of each account where it says <PASSWORD-OF-…>.");
    return s;
}

} // namespace centrale
