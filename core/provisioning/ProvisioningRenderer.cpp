#include "provisioning/ProvisioningRenderer.h"
#include "provisioning/PhoneModels.h"

#include <QCoreApplication>
#include <QFile>
#include <QHash>
#include <QRegularExpression>

namespace centrale::provisioning {

namespace {

QString baseName(const QString &path)
{
    QString n = path;
    n.replace(QLatin1Char('\\'), QLatin1Char('/'));
    return n.mid(n.lastIndexOf(QLatin1Char('/')) + 1);
}

QString templateFor(const QString &family, const QString &name, const DeviceProfile &p)
{
    const PhoneModel *m = PhoneModels::find(p.model);
    const QString n = name.toLower();
    if (family == QLatin1String("yealink"))
        return n == m->commonFile ? QStringLiteral("yealink-common.cfg") : QStringLiteral("yealink-device.cfg");
    if (family == QLatin1String("polycom"))
        return n.endsWith(QLatin1String("-centrale.cfg")) ? QStringLiteral("polycom-device.cfg") : QStringLiteral("polycom-master.cfg");
    if (family == QLatin1String("snom"))
        return QStringLiteral("snom.htm");
    if (family == QLatin1String("grandstream"))
        return QStringLiteral("grandstream.xml");
    return QStringLiteral("gigaset.xml");
}

QByteArray fill(const QString &templateName, const QHash<QString, QString> &vars, bool xml)
{
    QFile f(QStringLiteral(":/centrale/provisioning/templates/") + templateName);
    if (!f.open(QIODevice::ReadOnly))
        qFatal("centrale: provisioning template %s missing from the resources", qPrintable(templateName));
    const QString text = QString::fromUtf8(f.readAll());
    static const QRegularExpression placeholder(QStringLiteral("\\{\\{([a-z_0-9]+)\\}\\}"));
    QString out;
    qsizetype last = 0;
    for (auto it = placeholder.globalMatch(text); it.hasNext();) {
        const auto m = it.next();
        out += QStringView(text).mid(last, m.capturedStart() - last);
        QString v = vars.value(m.captured(1));
        // A value can never start a new key or element: no line breaks, markup escaped.
        v.remove(QLatin1Char('\r')).replace(QLatin1Char('\n'), QLatin1Char(' '));
        out += xml ? v.toHtmlEscaped() : v;
        last = m.capturedEnd();
    }
    out += QStringView(text).mid(last);
    return out.toUtf8();
}

} // namespace

std::optional<FileRequest> parseFileName(const QString &path)
{
    const QString name = baseName(path);
    static const QRegularExpression yealinkCommon(QStringLiteral("^y[0-9]{12}\\.cfg$"));
    static const QRegularExpression macCfg(QStringLiteral("^([0-9a-f]{12})\\.cfg$"), QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression polycomDevice(QStringLiteral("^([0-9a-f]{12})-centrale\\.cfg$"), QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression snom(QStringLiteral("^snom[a-z0-9]{2,10}-([0-9a-f]{12})\\.htm$"), QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression grandstream(QStringLiteral("^cfg([0-9a-f]{12})\\.xml$"), QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression gigaset(QStringLiteral("^([0-9a-f]{12})\\.xml$"), QRegularExpression::CaseInsensitiveOption);
    if (name == QLatin1String("000000000000.cfg"))
        return FileRequest{FileRequest::Kind::Common, QStringLiteral("polycom"), {}, name};
    if (yealinkCommon.match(name).hasMatch())
        return FileRequest{FileRequest::Kind::Common, QStringLiteral("yealink"), {}, name};
    const std::pair<const QRegularExpression *, const char *> device[] = {
        {&macCfg, ""}, {&polycomDevice, "polycom"}, {&snom, "snom"}, {&grandstream, "grandstream"}, {&gigaset, "gigaset"}};
    for (const auto &[re, family] : device)
        if (const auto m = re->match(name); m.hasMatch())
            return FileRequest{FileRequest::Kind::Device, QLatin1String(family), m.captured(1).toLower(), name};
    return std::nullopt;
}

QStringList fileNames(const DeviceProfile &p)
{
    const PhoneModel *m = PhoneModels::find(p.model);
    if (!m || p.mac.isEmpty())
        return {};
    const QString upper = p.mac.toUpper();
    if (m->family == QLatin1String("yealink"))
        return {m->commonFile, p.mac + QStringLiteral(".cfg")};
    if (m->family == QLatin1String("snom"))
        return {QStringLiteral("snom") + m->model + QLatin1Char('-') + upper + QStringLiteral(".htm")};
    if (m->family == QLatin1String("grandstream"))
        return {QStringLiteral("cfg") + p.mac + QStringLiteral(".xml")};
    if (m->family == QLatin1String("polycom"))
        return {p.mac + QStringLiteral(".cfg"), p.mac + QStringLiteral("-centrale.cfg")};
    return {upper + QStringLiteral(".xml")};
}

Result<QByteArray> render(const DeviceProfile &p, const QString &fileName)
{
    const PhoneModel *m = PhoneModels::find(p.model);
    const PhoneFamily *fam = m ? PhoneModels::family(m->family) : nullptr;
    const QString name = baseName(fileName);
    bool ours = fam && m->family == QLatin1String("polycom") && name == QLatin1String("000000000000.cfg");
    for (const auto &n : fileNames(p))
        ours = ours || n.compare(name, Qt::CaseInsensitive) == 0;
    if (!ours)
        return Result<QByteArray>::fail(QCoreApplication::translate("Provisioning", "%1 is not a file of this phone.").arg(name.left(80)), QStringLiteral("file"));
    const QString lang = p.language == QLatin1String("en") ? QStringLiteral("en") : QStringLiteral("nl");
    const QHash<QString, QString> vars = {
        {QStringLiteral("mac"), p.mac},
        {QStringLiteral("mac_upper"), p.mac.toUpper()},
        {QStringLiteral("model"), m->model},
        {QStringLiteral("username"), p.username},
        {QStringLiteral("password"), p.password},
        {QStringLiteral("display_name"), p.displayName},
        {QStringLiteral("realm"), p.realm},
        {QStringLiteral("primary_host"), p.primaryHost},
        {QStringLiteral("primary_port"), QString::number(p.primaryPort)},
        {QStringLiteral("secondary_host"), p.secondaryHost},
        {QStringLiteral("secondary_port"), QString::number(p.secondaryPort)},
        {QStringLiteral("ntp_server"), p.ntpServer},
        {QStringLiteral("time_zone"), fam->timeZone},
        {QStringLiteral("time_zone_name"), fam->timeZoneName},
        {QStringLiteral("language"), fam->language.value(lang)},
        {QStringLiteral("language_code"), lang},
        // Polycom: the shared master names each phone's own file by the phone's MAC.
        {QStringLiteral("config_files"), name == QLatin1String("000000000000.cfg") ? QStringLiteral("[PHONE_MAC_ADDRESS]-centrale.cfg")
                                                                                    : p.mac + QStringLiteral("-centrale.cfg")},
    };
    return fill(templateFor(m->family, name, p), vars, m->family != QLatin1String("yealink"));
}

} // namespace centrale::provisioning
