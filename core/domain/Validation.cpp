#include "domain/Validation.h"

#include <QCoreApplication>
#include <QHostAddress>
#include <QRegularExpression>

namespace centrale::validation {

namespace {

bool isBidiControl(char16_t c)
{
    return (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069) || c == 0x200E || c == 0x200F || c == 0x061C;
}
} // namespace

Status name(const QString &value, const QString &field, int maxLength)
{
    const QString v = value.trimmed();
    if (v.isEmpty())
        return Status::fail(QCoreApplication::translate("Validation", "%1 is required.").arg(field), field);
    if (v.size() > maxLength)
        return Status::fail(QCoreApplication::translate("Validation", "%1 is longer than %2 characters.").arg(field).arg(maxLength), field);
    for (QChar c : v) {
        if (c.category() == QChar::Other_Control || isBidiControl(c.unicode()))
            return Status::fail(QCoreApplication::translate("Validation", "%1 contains a control or text-direction character.").arg(field), field);
    }
    return {};
}

Status username(const QString &value, const QString &field)
{
    static const QRegularExpression re(QStringLiteral("^[A-Za-z0-9][A-Za-z0-9._-]{2,63}$"));
    if (!re.match(value).hasMatch())
        return Status::fail(QCoreApplication::translate("Validation", "%1 must be 3-64 characters of letters, digits, '.', '_' or '-', starting with a letter or digit.").arg(field), field);
    return {};
}

Status digits(const QString &value, const QString &field, int minLength, int maxLength)
{
    static const QRegularExpression re(QStringLiteral("^[0-9]+$"));
    if (!re.match(value).hasMatch() || value.size() < minLength || value.size() > maxLength)
        return Status::fail(QCoreApplication::translate("Validation", "%1 must be %2 to %3 digits.").arg(field).arg(minLength).arg(maxLength), field);
    return {};
}

Status hostPort(const QString &value, const QString &field)
{
    static const QRegularExpression re(QStringLiteral(R"(^(\[[0-9A-Fa-f:.]+\]|[A-Za-z0-9.-]+):([0-9]{1,5})$)"));
    const auto m = re.match(value);
    if (!m.hasMatch())
        return Status::fail(QCoreApplication::translate("Validation", "%1 must be HOST:PORT, for example 127.0.0.1:5060.").arg(field), field);
    const int port = m.captured(2).toInt();
    if (port < 1 || port > 65535)
        return Status::fail(QCoreApplication::translate("Validation", "%1: port %2 is out of range (1-65535).").arg(field).arg(m.captured(2)), field);
    QString host = m.captured(1);
    if (host.startsWith(QLatin1Char('['))) {
        QHostAddress a;
        if (!a.setAddress(host.mid(1, host.size() - 2)) || a.protocol() != QAbstractSocket::IPv6Protocol)
            return Status::fail(QCoreApplication::translate("Validation", "%1: \"%2\" is not an IPv6 address.").arg(field, host), field);
    } else if (host.startsWith(QLatin1Char('.')) || host.endsWith(QLatin1Char('-')) || host.contains(QLatin1String(".."))) {
        return Status::fail(QCoreApplication::translate("Validation", "%1: \"%2\" is not a host name.").arg(field, host), field);
    }
    return {};
}

Status email(const QString &value, const QString &field)
{
    static const QRegularExpression re(QStringLiteral(R"(^[^@\s]+@[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)+$)"));
    if (!re.match(value.trimmed()).hasMatch())
        return Status::fail(QCoreApplication::translate("Validation", "%1: \"%2\" is not an e-mail address.").arg(field, value), field);
    return {};
}

} // namespace centrale::validation
