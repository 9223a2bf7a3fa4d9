#include "store/SettingsRepository.h"
#include "store/AuditRecorder.h"

#include <QCoreApplication>

namespace centrale {

QString SettingsRepository::get(const QString &key)
{
    auto q = m_db.exec(QStringLiteral("SELECT value FROM settings WHERE key = ?"), {key});
    if (q && q->next())
        return q->value(0).toString();
    const auto *def = SettingsCatalog::find(key);
    return def ? def->defaultValue : QString();
}

Result<QString> SettingsRepository::getChecked(const QString &key)
{
    if (!SettingsCatalog::find(key))
        return Result<QString>::fail(QCoreApplication::translate("SettingsCatalog", "Unknown setting \"%1\".").arg(key), key);
    return get(key);
}

Status SettingsRepository::set(const QString &key, const QString &value)
{
    if (auto s = SettingsCatalog::validate(key, value); !s)
        return s;
    return m_db.transaction([&]() -> Status {
        auto r = m_db.exec(QStringLiteral("INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value"),
                           {key, value});
        return r ? Status{} : Status(r.error());
    });
}

Status SettingsRepository::setMany(const QList<std::pair<QString, QString>> &values)
{
    for (const auto &[key, value] : values)
        if (auto s = SettingsCatalog::validate(key, value); !s)
            return s;
    return m_db.transaction([&]() -> Status {
        for (const auto &[key, value] : values)
            if (auto r = m_db.exec(QStringLiteral("INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value"), {key, value}); !r)
                return r.error();
        return {};
    });
}

Status SettingsRepository::notifySecretChanged(const QString &secretKey)
{
    return m_db.transaction([&]() -> Status {
        if (auto r = m_db.exec(QStringLiteral("UPDATE config_version SET n = n + 1")); !r)
            return r.error();
        return m_db.auditReady() ? audit::recordSecretChange(m_db, secretKey.isEmpty() ? QStringLiteral("keychain") : secretKey) : Status{};
    });
}

Result<QList<SettingValue>> SettingsRepository::list()
{
    QList<SettingValue> out;
    for (const auto &d : SettingsCatalog::all()) {
        auto q = m_db.exec(QStringLiteral("SELECT value FROM settings WHERE key = ?"), {d.key});
        if (!q)
            return q.error();
        if (q->next())
            out << SettingValue{d.key, q->value(0).toString(), false};
        else
            out << SettingValue{d.key, d.defaultValue, true};
    }
    return out;
}

} // namespace centrale
