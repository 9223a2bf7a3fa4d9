#pragma once
// The set-up the engine tests share: a database and a 0600 secrets file in a temporary
// folder, the settings a test needs, trunks whose PBX sits on one loopback address, and
// the engine itself with the call log entries and mails it produces.
#include "secrets/FileSecretStore.h"
#include "service/AccountService.h"
#include "sip/SipEngine.h"
#include "store/Database.h"
#include "store/NumberRepository.h"
#include "store/SettingsRepository.h"

#include <QTemporaryDir>
#include <QTest>
#include <functional>

struct EngineFixture {
    QTemporaryDir dir;
    QString dbPath = dir.filePath(QStringLiteral("c.sqlite"));
    std::unique_ptr<centrale::Database> db;
    std::unique_ptr<centrale::FileSecretStore> secrets;
    std::unique_ptr<centrale::sip::SipEngine> engine;
    QList<centrale::CallRecord> records; // the call log entries the engine wrote, in order
    QStringList mails;                   // subjects of the mails it asked for

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

    // What call tests start from: both engine addresses, the carrier's, no qualify (sipp cannot
    // answer OPTIONS), and a fraud detector that stays quiet unless a test lowers its levels.
    static QList<std::pair<const char *, QString>> callSettings(const QString &primary, const QString &secondary, const QString &carrier)
    {
        return {{"sip.primary", primary}, {"sip.secondary", secondary}, {"sip.qualify.interval", QStringLiteral("0")},
                {"upstream.address", carrier}, {"fraud.floor.calls", QStringLiteral("1000")}};
    }

    // A trunk called name for the PBX on pbxIp: its primary account is the number,
    // the secondary the number with "-2"; the number carries inbound and caller ID.
    static centrale::Trunk trunk(const QString &name, const QString &number, const QString &pbxIp = QStringLiteral("127.0.0.1"))
    {
        centrale::Trunk t;
        t.name = name;
        t.channels = 2;
        t.ipWhitelist << centrale::IpNetwork::parse(pbxIp).value();
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

    // Starts the engine on the database; wire connects a test's own signals before it starts.
    centrale::Status startEngine(const std::function<void(centrale::sip::SipEngine &)> &wire = {})
    {
        engine = std::make_unique<centrale::sip::SipEngine>(dbPath);
        engine->setSecretStore(secrets.get());
        QObject::connect(engine.get(), &centrale::sip::SipEngine::callEnded, engine.get(), [this](const centrale::CallRecord &r) { records << r; });
        QObject::connect(engine.get(), &centrale::sip::SipEngine::mailRequested, engine.get(),
                         [this](const QStringList &, const QString &subject, const QString &) { mails << subject; });
        if (wire)
            wire(*engine);
        return engine->start();
    }

    // The call log entry of the next call to end; empty when none comes in time.
    centrale::CallRecord nextRecord(int timeoutMs = 8000)
    {
        const qsizetype before = records.size();
        if (!QTest::qWaitFor([&] { return records.size() > before; }, timeoutMs))
            return {};
        return records.last();
    }

    // Stores a setting and has the running engine read it.
    centrale::Status setSetting(const char *key, const QString &value)
    {
        if (auto r = centrale::SettingsRepository(*db).set(QLatin1String(key), value); !r)
            return r;
        engine->reload();
        return {};
    }
};
