#pragma once
#include "domain/SettingsCatalog.h"
#include "store/Database.h"

namespace centrale {

struct SettingValue {
    QString key;
    QString value;
    bool isDefault = true;
};

class SettingsRepository {
public:
    explicit SettingsRepository(Database &db) : m_db(db) {}

    QString get(const QString &key);       // stored value, else the catalog default
    Result<QString> getChecked(const QString &key); // refuses unknown keys
    Status set(const QString &key, const QString &value); // validated
    // Several keys as one change: all validated first, then one transaction; a bad value saves nothing.
    Status setMany(const QList<std::pair<QString, QString>> &values);
    Result<QList<SettingValue>> list();
    // A change the database cannot see (a carrier or SMTP password in the keychain): a
    // running engine reloads, and with that re-reads the secrets. The audit log records
    // that secretKey changed (never its value).
    Status notifySecretChanged(const QString &secretKey = {});

private:
    Database &m_db;
};

} // namespace centrale
