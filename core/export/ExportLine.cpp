#include "export/ExportLine.h"
#include "domain/PhoneNumber.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace centrale {

QString passwordPlaceholder(const QString &username) { return QStringLiteral("<PASSWORD-OF-%1>").arg(username); }

QString exportSlug(const QString &name)
{
    QString out;
    for (const QChar c : name.trimmed().toLower()) {
        if ((c >= QLatin1Char('a') && c <= QLatin1Char('z')) || (c >= QLatin1Char('0') && c <= QLatin1Char('9')))
            out += c;
        else if (!out.endsWith(QLatin1Char('-')))
            out += QLatin1Char('-');
    }
    while (out.endsWith(QLatin1Char('-')))
        out.chop(1);
    while (out.startsWith(QLatin1Char('-')))
        out.remove(0, 1);
    return out.isEmpty() ? QStringLiteral("centrale") : out;
}

std::pair<QString, int> splitHostPort(const QString &server)
{
    const QString s = server.trimmed();
    // "[2001:db8::1]:5060" keeps its brackets: every format here wants them in a URI.
    const int colon = s.lastIndexOf(QLatin1Char(':'));
    if (colon > 0 && (s.startsWith(QLatin1Char('[')) ? s.at(colon - 1) == QLatin1Char(']') : s.count(QLatin1Char(':')) == 1)) {
        bool ok = false;
        const int port = s.mid(colon + 1).toInt(&ok);
        if (ok)
            return {s.left(colon), port};
    }
    return {s, 5060};
}

QList<TrunkNumber> ExportLine::inboundNumbers() const
{
    QList<TrunkNumber> out;
    for (const auto &n : numbers)
        if (n.inbound)
            out << n;
    return out;
}

QList<TrunkNumber> ExportLine::callerIdNumbers() const
{
    QList<TrunkNumber> out;
    for (const auto &n : numbers)
        if (n.callerId)
            out << n;
    return out;
}

QString ExportLine::pbxNumber(const QString &digits) const
{
    return format == NumberFormat::Plus ? QLatin1Char('+') + digits : digits;
}

QString ExportLine::defaultCallerId() const
{
    const auto cid = callerIdNumbers();
    return cid.isEmpty() ? QString() : pbxNumber(cid.first().digits);
}

namespace {
ExportAccount account(const ExportInput &in, const QString &label, const QString &slug, const QString &username, const QString &server)
{
    ExportAccount a;
    a.label = label;
    a.section = slug + QLatin1Char('-') + label;
    a.username = username;
    a.password = in.passwords.value(username, passwordPlaceholder(username));
    a.server = server.trimmed();
    std::tie(a.host, a.port) = splitHostPort(a.server);
    return a;
}
} // namespace

Result<ExportLine> exportLine(const ExportInput &in)
{
    if (in.trunk.has_value() == in.phone.has_value())
        return Result<ExportLine>::fail(QCoreApplication::translate("Export", "Export needs exactly one trunk or one phone account."));
    if (in.primaryServer.trimmed().isEmpty() || in.secondaryServer.trimmed().isEmpty())
        return Result<ExportLine>::fail(QCoreApplication::translate("Export", "The primary and secondary server address (settings sip.primary and sip.secondary) must be set."));
    ExportLine l;
    l.realm = in.realm;
    l.language = in.language;
    if (in.trunk) {
        const Trunk &t = *in.trunk;
        l.isTrunk = true;
        l.name = t.name.trimmed();
        l.slug = exportSlug(l.name);
        l.channels = t.channels;
        l.format = t.format;
        l.numbers = t.numbers;
        l.pbxAddresses = t.ipWhitelist;
        l.accounts << account(in, QStringLiteral("primary"), l.slug, t.primary.username, in.primaryServer)
                   << account(in, QStringLiteral("secondary"), l.slug, t.secondary.username, in.secondaryServer);
    } else {
        const PhoneAccount &p = *in.phone;
        l.isTrunk = false;
        l.name = QLatin1Char('+') + p.number;
        l.slug = QStringLiteral("phone-") + p.number;
        l.channels = p.channels;
        l.format = NumberFormat::NoPlus; // the seed: a phone account's numbers are written without +
        l.numbers = {TrunkNumber{p.number, true, true}};
        l.pbxAddresses = p.ipWhitelist;
        const QString user = p.account.username.isEmpty() ? p.number : p.account.username;
        l.accounts << account(in, QStringLiteral("phone"), QStringLiteral("centrale"), user, in.primaryServer);
        l.accounts.first().section = l.slug;
    }
    l.secretsIncluded = true;
    for (const auto &a : l.accounts)
        l.secretsIncluded = l.secretsIncluded && in.passwords.contains(a.username);
    if (!l.numbers.isEmpty())
        if (auto n = PhoneNumber::parse(l.numbers.first().digits); n.ok() && n->countryCode() > 0)
            l.countryCode = n->countryCode();
    return l;
}

} // namespace centrale
