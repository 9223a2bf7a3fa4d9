#pragma once
// The set-up the engine tests share: a database and a 0600 secrets file in a temporary
// folder, the settings a test needs, and trunks whose PBX sits on 127.0.0.1.
#include "secrets/FileSecretStore.h"
#include "service/AccountService.h"
#include "store/Database.h"
#include "store/NumberRepository.h"
#include "store/SettingsRepository.h"

#include <QTemporaryDir>

struct EngineFixture {
    QTemporaryDir dir;
    QString dbPath = dir.filePath(QStringLiteral("c.sqlite"));
    std::unique_ptr<centrale::Database> db;
    std::unique_ptr<centrale::FileSecretStore> secrets;

    // Opens both stores and stores the settings, in order.
    centrale::Status open(const QList<std::pair<const char *, QString>> &settings)
    {
        auto d = centrale::Database::open(dbPath);
        if (!d)
            return d.error();
        db = std::move(d).value();
        auto s = centrale::FileSecretStore::open(dir.filePath(QStringLiteral("s.json")));
        if (!s)
            return s.error();
        secrets = std::move(s).value();
        centrale::SettingsRepository repo(*db);
        for (const auto &[key, value] : settings)
            if (auto r = repo.set(QLatin1String(key), value); !r)
                return r;
        return {};
    }

    // A trunk called name for the PBX on 127.0.0.1: its primary account is the number,
    // the secondary the number with "-2"; the number carries inbound and caller ID.
    static centrale::Trunk trunk(const QString &name, const QString &number)
    {
        centrale::Trunk t;
        t.name = name;
        t.channels = 2;
        t.ipWhitelist << centrale::IpNetwork::parse(QStringLiteral("127.0.0.1")).value();
        t.numbers << centrale::TrunkNumber{number, true, true};
        t.primary.username = number;
        t.secondary.username = number + QStringLiteral("-2");
        return t;
    }

    // Stores the trunk with both accounts' passwords; its numbers are added first when new.
    centrale::Status addTrunk(const centrale::Trunk &t, const QString &primaryPassword, const QString &secondaryPassword)
    {
        centrale::NumberRepository numbers(*db);
        for (const auto &n : t.numbers)
            (void)numbers.add({n.digits}); // refused when it exists already: fine
        auto r = centrale::AccountService(*db, *secrets).createTrunk(t, {primaryPassword, secondaryPassword});
        if (!r)
            return r.error();
        return {};
    }
};
