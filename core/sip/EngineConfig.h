#pragma once
// The immutable snapshot of everything the engine needs, built from the database and
// swapped atomically when the administrator saves, so edits apply without a restart.
#include "calls/CallPolicy.h"
#include "domain/IpNetwork.h"
#include "sip/FailureBlocker.h"
#include "store/Database.h"
#include <QHash>
#include <QSet>
#include <memory>

namespace centrale::sip {

enum class ServerRole { Primary, Secondary };

struct EngineAccount {
    qint64 id = 0;
    QByteArray username;
    QByteArray ha1;
    QString role;  // "primary", "secondary", "phone"
    QString owner; // trunk name or phone number
    IpWhitelist whitelist;
    // Which server socket the account may register to: a trunk's primary account to the
    // primary address, its secondary to the secondary; phone accounts to either.
    bool allowedOn(ServerRole server) const
    {
        return role == QLatin1String("phone") || (role == QLatin1String("primary")) == (server == ServerRole::Primary);
    }
};

struct EngineConfig {
    QString primaryAddress = QStringLiteral("127.0.0.1:5060");
    QString secondaryAddress = QStringLiteral("127.0.0.1:5062");
    QString primaryAddress6, secondaryAddress6; // "[::1]:5060"; empty = no IPv6 socket
    QByteArray realm = "centrale";
    int expiresDefault = 3600;
    int expiresMin = 60;
    int expiresMax = 7200;
    int nonceLifetimeSecs = 300;
    int qualifySecs = 30; // OPTIONS to every contact; 0 = off
    int workers = 1;      // SIP worker threads (read when the engine starts)
    // First of the workers' own ports (worker i: base + 2i on the primary host, base + 2i + 1
    // on the secondary's); 0 = the primary port + 100.
    int workerPort = 0;
    int workerPortBase() const { return workerPort ? workerPort : primaryAddress.mid(primaryAddress.lastIndexOf(QLatin1Char(':')) + 1).toInt() + 100; }
    int floodRate = 100; // requests/s per source before the excess is dropped; 0 = off
    BlockPolicy block;
    // Media through the relay: Auto when a side looks NATed, Always, or Never (end to end).
    enum class MediaMode { Auto, Always, Never } mediaMode = MediaMode::Auto;
    QString mediaControl; // ng address of the relay in use; empty: signalling only
    // Voicemail: greetings folder (set by SipEngine when its own relay runs, whose pcaps it
    // reads; empty: voicemail unavailable), longest message, language of the default greeting.
    QString voicemailGreetings;
    // Folder of the recording announcements (announce-recording-nl/en.wav); empty: none plays.
    QString announcements;
    // An external relay's recording folder as seen here (media.recording_spool): its pcaps are
    // read there and the prompts it plays are copied there (SharedPrompt). Empty: our own relay.
    QString mediaShared;
    // Someone turns the relay's pcaps into recordings: our own relay runs, or the external
    // one's recording folder is set and usable. Otherwise calls are not sent to be recorded.
    bool recordingAvailable = false;
    int voicemailMaxSecs = 120;
    QString voicemailLanguage = QStringLiteral("nl");
    // Application server of a Kamailio cluster (engine.mode cluster, cluster.proxy set): the
    // nodes bring the calls and take every call this engine makes, through this HOST:PORT.
    QString clusterProxy;
    QHash<QByteArray, EngineAccount> accounts; // by username
    IpWhitelist allWhitelisted;                // union of every account's whitelist (never blocked)
    QSet<QString> trustedHosts;                // the single addresses of allWhitelisted, for a quick look-up
    IpWhitelist trustedSubnets;                // the wider networks of allWhitelisted

    // Inside some account's IP whitelist: never blocked or rate-limited, only reported.
    bool isTrusted(const QString &ip) const
    {
        if (trustedHosts.contains(ip))
            return true;
        if (trustedSubnets.isEmpty())
            return false;
        const QHostAddress host(ip);
        for (const auto &n : trustedSubnets)
            if (n.contains(host))
                return true;
        return false;
    }

    QHash<qint64, QByteArray> usernameById;
    bool anyOpenAccount = false;          // some account has no IP whitelist: calls may come from anywhere
    calls::CallConfig calls;              // routing, policies, upstream carrier
    QHash<qint64, QString> accountPolicy; // SIP account id → calls.policies key

    const EngineAccount *find(const QByteArray &username) const
    {
        auto it = accounts.constFind(username);
        return it == accounts.constEnd() ? nullptr : &*it;
    }
    const EngineAccount *findById(qint64 id) const { return find(usernameById.value(id)); }
};

using EngineConfigPtr = std::shared_ptr<const EngineConfig>;

// Reads the snapshot from the database (settings and every SIP account).
Result<EngineConfigPtr> loadEngineConfig(Database &db);

} // namespace centrale::sip
