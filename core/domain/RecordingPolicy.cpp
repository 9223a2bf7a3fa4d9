#include "domain/RecordingPolicy.h"

#include <QCoreApplication>

namespace centrale::recording {

Status checkRetention(const QString &value)
{
    if (value == QLatin1String("off") || value == QLatin1String("30") || value == QLatin1String("90") || value == QLatin1String("365"))
        return {};
    return Status::fail(QCoreApplication::translate("Recording", "Retention must be off, 30, 90 or 365 (days), not \"%1\".").arg(value), QStringLiteral("retention"));
}

int retentionDays(const QString &value)
{
    bool ok = false;
    const int days = value.toInt(&ok);
    return ok && days > 0 ? days : 0;
}

RecordingPolicy effective(const RecordingPolicy &own, const RecordingPolicy &defaults)
{
    RecordingPolicy p;
    p.retention = own.retention.isEmpty() ? defaults.retention : own.retention;
    p.announce = own.announce.has_value() ? own.announce : defaults.announce;
    return p;
}

} // namespace centrale::recording
