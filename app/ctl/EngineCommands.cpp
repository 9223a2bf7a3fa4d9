// serve, status and blocked: the engine from the command line.
#include "Args.h"
#include "CtlContext.h"
#include "store/BlockedSourceRepository.h"
#include "cluster/ClusterReaders.h"
#include "cluster/ClusterSync.h"
#include "domain/Validation.h"
#include "sip/SipEngine.h"
#include "sip/StoredStatus.h"
#include "store/SettingsRepository.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QHostAddress>
#include <QTimer>
#include <QSocketNotifier>
#include <QThread>
#include <csignal>
#include <optional>
#include <sys/socket.h>
#include <unistd.h>

namespace centrale::ctl {

namespace {
int g_signalFd[2] = {-1, -1};
void onSignal(int) { [[maybe_unused]] auto n = ::write(g_signalFd[1], "x", 1); }

// SIGINT/SIGTERM end the event loop through a self-pipe (only write() is safe in a handler).
void quitOnSignals(QObject *parent)
{
    ::socketpair(AF_UNIX, SOCK_STREAM, 0, g_signalFd);
    auto *n = new QSocketNotifier(g_signalFd[0], QSocketNotifier::Read, parent);
    QObject::connect(n, &QSocketNotifier::activated, qApp, &QCoreApplication::quit);
    struct sigaction sa {};
    sa.sa_handler = onSignal;
    sigemptyset(&sa.sa_mask);
    sigaction(SIGINT, &sa, nullptr);
    sigaction(SIGTERM, &sa, nullptr);
}

QJsonObject statusJson(const AccountStatus &st)
{
    const bool bound = st.state != RegistrationState::Unregistered;
    auto opt = [](const QString &v) { return v.isEmpty() ? QJsonValue() : QJsonValue(v); };
    return {{QStringLiteral("account"), st.account},
            {QStringLiteral("role"), st.role},
            {QStringLiteral("owner"), st.owner},
            {QStringLiteral("state"), registrationStateKey(st.state)},
            {QStringLiteral("contact"), opt(st.contact)},
            {QStringLiteral("source"), opt(st.source)},
            {QStringLiteral("user_agent"), opt(st.userAgent)},
            {QStringLiteral("bindings"), st.bindings},
            {QStringLiteral("expires"), bound ? QJsonValue(st.expires.toString(Qt::ISODate)) : QJsonValue()},
            {QStringLiteral("expires_in"), bound ? QJsonValue(std::max<qint64>(0, QDateTime::currentDateTimeUtc().secsTo(st.expires))) : QJsonValue()}};
}

Result<QJsonArray> readStatus(Database &db)
{
    auto list = sip::readStoredStatus(db);
    if (!list)
        return list.error();
    QJsonArray out;
    for (const auto &st : list.value())
        out.append(statusJson(st));
    // The engine's own registration at the carrier, in the same shape, role "upstream".
    const auto beat = sip::readHeartbeat(db);
    if (beat.alive && beat.upstream.state != UpstreamStatus::State::Off) {
        const auto &u = beat.upstream;
        const bool registered = u.state == UpstreamStatus::State::Registered;
        out.append(QJsonObject{{QStringLiteral("account"), u.account},
                               {QStringLiteral("role"), QStringLiteral("upstream")},
                               {QStringLiteral("owner"), QStringLiteral("carrier")},
                               {QStringLiteral("state"), upstreamStateKey(u.state)},
                               {QStringLiteral("detail"), u.detail.isEmpty() ? QJsonValue() : QJsonValue(u.detail)},
                               {QStringLiteral("expires"), registered ? QJsonValue(u.expires.toString(Qt::ISODate)) : QJsonValue()},
                               {QStringLiteral("expires_in"),
                                registered ? QJsonValue(std::max<qint64>(0, QDateTime::currentDateTimeUtc().secsTo(u.expires))) : QJsonValue()}});
    }
    return out;
}

// In cluster mode the live state is the nodes': registrations from location, in the same
// shape as the bundled engine's; the store is reopened when it failed.
struct ClusterStatusReader {
    cluster::ClusterSettings settings;
    std::unique_ptr<KamailioStore> store;
    Result<QJsonArray> read(Database &db)
    {
        if (!store) {
            auto s = KamailioStore::open(settings.db);
            if (!s)
                return s.error();
            store = std::move(s).value();
        }
        auto list = cluster::clusterRegistrations(db, *store);
        if (!list) {
            store.reset();
            return list.error();
        }
        QJsonArray out;
        for (const auto &st : list.value())
            out.append(statusJson(st));
        return out;
    }
};

QString statusLine(const QJsonObject &o)
{
    const QString last = o.contains(QStringLiteral("detail")) && !o[QStringLiteral("detail")].isNull() ? o[QStringLiteral("detail")].toString()
                                                                                                       : o[QStringLiteral("contact")].toString();
    return QStringLiteral("%1  %2  %3  %4  %5").arg(o[QStringLiteral("owner")].toString(), o[QStringLiteral("role")].toString(),
                                                  o[QStringLiteral("account")].toString(), o[QStringLiteral("state")].toString(), last);
}

// " workers=a/b/…" (requests per worker) when more than one ran; nothing for one worker.
QString workerRequests(const sip::EngineStats &st, int workers)
{
    if (workers < 2)
        return {};
    QStringList counts;
    for (int i = 0; i < workers; ++i)
        counts << QString::number(st.workerRequests[i].load());
    return QStringLiteral(" workers=") + counts.join(QLatin1Char('/'));
}
} // namespace

int serveCommand(CtlContext &ctx)
{
    QCommandLineParser p;
    const QCommandLineOption primary(QStringLiteral("primary"), QCoreApplication::translate("centralectl", "Primary server address (default: setting sip.primary; in cluster mode cluster.appserver when set)."),
                                     QStringLiteral("ADDR:PORT"));
    const QCommandLineOption secondary(QStringLiteral("secondary"),
                                       QCoreApplication::translate("centralectl", "Secondary server address (default: setting sip.secondary)."), QStringLiteral("ADDR:PORT"));
    const QCommandLineOption realm(QStringLiteral("realm"), QCoreApplication::translate("centralectl", "Digest realm; must equal setting sip.realm."),
                                   QStringLiteral("REALM"));
    const QCommandLineOption workers(QStringLiteral("workers"),
                                     QCoreApplication::translate("centralectl", "SIP worker threads, 1 to 16 (default: setting sip.workers)."), QStringLiteral("N"));
    p.addOptions({primary, secondary, realm, workers});
    if (!ctx.parse(p, QStringLiteral("serve"), QCoreApplication::translate("centralectl", "Run the SIP engine in the foreground; one log line per event.")))
        return ctx.exitCode;
    for (const auto *o : {&primary, &secondary})
        if (p.isSet(*o))
            if (auto s = validation::hostPort(p.value(*o), QStringLiteral("--") + o->names().first()); !s)
                return ctx.usage(s.message());
    int workerCount = 0;
    if (p.isSet(workers)) {
        bool ok = false;
        workerCount = p.value(workers).toInt(&ok);
        if (!ok || workerCount < 1 || workerCount > 16)
            return ctx.usage(QCoreApplication::translate("centralectl", "--workers must be a number from 1 to 16."));
    }
    auto db = ctx.db();
    if (!db)
        return ctx.fail(db.message());
    if (p.isSet(realm) && p.value(realm) != SettingsRepository(**db).get(QLatin1String(settingkeys::kRealm)))
        return ctx.usage(QCoreApplication::translate("centralectl", "--realm differs from the stored realm; the passwords' digests depend on it. "
                                                                    "Change it with: centralectl settings set sip.realm %1")
                             .arg(p.value(realm)));
    QString primaryAddress = p.value(primary);
    {
        // Application server of a cluster (call plans, voicemail): listen where the nodes send.
        SettingsRepository s(**db);
        if (primaryAddress.isEmpty() && s.get(QLatin1String(settingkeys::kEngineMode)) == QLatin1String("cluster"))
            primaryAddress = s.get(QLatin1String(settingkeys::kClusterAppServer));
    }
    sip::SipEngine engine((*db)->path());
    // The carrier's and the SMTP password; without a store the engine runs without them.
    if (auto secrets = ctx.secrets())
        engine.setSecretStore(*secrets);
    QObject::connect(&engine, &sip::SipEngine::logLine, [](const QString &line) {
        std::fprintf(stdout, "%s %s\n", qPrintable(QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs)), qPrintable(line));
    });
    // One flush per 200 ms instead of per line: under load the log must not cost more than the SIP.
    QTimer flusher;
    QObject::connect(&flusher, &QTimer::timeout, [] { std::fflush(stdout); });
    flusher.start(200);
    if (auto s = engine.start({primaryAddress, p.value(secondary), workerCount}); !s)
        return ctx.fail(s.message());
    quitOnSignals(&engine);
    QCoreApplication::exec();
    const sip::EngineStats *st = engine.stats();
    const QString stats = QStringLiteral("stats requests=%1 registered=%2 challenged=%3 refused=%4 dropped-blocked=%5 shed-flood=%6")
                              .arg(st->requests.load()).arg(st->registered.load()).arg(st->challenged.load()).arg(st->refused.load())
                              .arg(st->dropped.load()).arg(st->shed.load())
                              + workerRequests(*st, engine.workerCount());
    engine.stop();
    std::fprintf(stdout, "%s %s\n%s engine stopped\n", qPrintable(QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs)), qPrintable(stats),
                 qPrintable(QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs)));
    return Ok;
}

int statusCommand(CtlContext &ctx)
{
    QCommandLineParser p;
    const QCommandLineOption watch(QStringLiteral("watch"), QCoreApplication::translate("centralectl", "Keep printing changes until interrupted."));
    p.addOption(watch);
    if (!ctx.parse(p, QStringLiteral("status"),
                   QCoreApplication::translate("centralectl", "Registration status of every trunk account and phone account.")))
        return ctx.exitCode;
    auto db = ctx.db();
    if (!db)
        return ctx.fail(db.message());
    std::optional<ClusterStatusReader> clusterReader;
    if (auto mode = cluster::loadClusterSettings(**db, nullptr); mode && mode->mode == cluster::EngineMode::Cluster) {
        auto secrets = ctx.secrets();
        if (!secrets)
            return ctx.fail(secrets.message());
        auto settings = cluster::loadClusterSettings(**db, *secrets);
        if (!settings)
            return ctx.fail(settings.message());
        clusterReader = ClusterStatusReader{settings.value(), nullptr};
    }
    auto readNow = [&]() { return clusterReader ? clusterReader->read(**db) : readStatus(**db); };
    auto print = [&](const QJsonArray &a) {
        if (ctx.json()) {
            ctx.printJson(a);
        } else {
            for (const auto &v : a)
                ctx.print(statusLine(v.toObject()));
        }
    };
    auto first = readNow();
    if (!first)
        return ctx.fail(first.message());
    if (!ctx.json() && clusterReader) {
        int up = 0;
        const auto health = cluster::ClusterSync::health(clusterReader->settings.nodes);
        for (const auto &h : health)
            up += h.up ? 1 : 0;
        ctx.print(QCoreApplication::translate("centralectl", "engine: Kamailio cluster, %1 of %2 nodes up (%3)")
                      .arg(up)
                      .arg(health.size())
                      .arg(clusterReader->settings.nodes.join(QStringLiteral(", "))));
    } else if (!ctx.json()) {
        const auto beat = sip::readHeartbeat(**db);
        ctx.print(beat.alive ? QCoreApplication::translate("centralectl", "engine: running (pid %1) on %2").arg(beat.pid).arg(beat.listen.join(QStringLiteral(", ")))
                             : QCoreApplication::translate("centralectl", "engine: not running (states below are as it left them)"));
    }
    print(first.value());
    if (!p.isSet(watch))
        return Ok;
    quitOnSignals(qApp);
    QJsonArray last = first.value();
    QTimer timer;
    QObject::connect(&timer, &QTimer::timeout, [&] {
        auto now = readNow();
        if (!now || now.value() == last)
            return;
        // Only the accounts that changed (state, contact) are printed.
        QJsonArray changed;
        for (const auto &v : now.value()) {
            bool seen = false;
            for (const auto &o : last)
                seen = seen || (o.toObject()[QStringLiteral("account")] == v.toObject()[QStringLiteral("account")]
                                && o.toObject()[QStringLiteral("state")] == v.toObject()[QStringLiteral("state")]
                                && o.toObject()[QStringLiteral("contact")] == v.toObject()[QStringLiteral("contact")]);
            if (!seen)
                changed.append(v);
        }
        last = now.value();
        if (!changed.isEmpty())
            print(changed);
    });
    timer.start(500);
    QCoreApplication::exec();
    return Ok;
}

int blockedCommand(CtlContext &ctx, const QString &action)
{
    QCommandLineParser p;
    if (action == QLatin1String("list")) {
        if (!ctx.parse(p, QStringLiteral("blocked list"), QCoreApplication::translate("centralectl", "Source addresses blocked after failed logins.")))
            return ctx.exitCode;
        auto db = ctx.db();
        if (!db)
            return ctx.fail(db.message());
        auto blocked = BlockedSourceRepository(**db).active(QDateTime::currentSecsSinceEpoch());
        if (!blocked)
            return ctx.fail(blocked.message());
        QJsonArray a;
        for (const auto &b : *blocked)
            a.append(QJsonObject{{QStringLiteral("address"), b.address},
                                 {QStringLiteral("blocked_at"), QDateTime::fromSecsSinceEpoch(b.blockedAt, Qt::UTC).toString(Qt::ISODate)},
                                 {QStringLiteral("until"), QDateTime::fromSecsSinceEpoch(b.until, Qt::UTC).toString(Qt::ISODate)},
                                 {QStringLiteral("reason"), b.reason}});
        if (ctx.json())
            ctx.printJson(a);
        else
            for (const auto &v : a)
                ctx.print(QStringLiteral("%1  %2 → %3  %4").arg(v[QStringLiteral("address")].toString(), v[QStringLiteral("blocked_at")].toString(),
                                                               v[QStringLiteral("until")].toString(), v[QStringLiteral("reason")].toString()));
        return Ok;
    }
    if (action == QLatin1String("lift")) {
        if (!ctx.parse(p, QStringLiteral("blocked lift"), QCoreApplication::translate("centralectl", "Lift the block on a source address."),
                       QStringLiteral("ADDRESS"), QCoreApplication::translate("centralectl", "The blocked address.")))
            return ctx.exitCode;
        if (p.positionalArguments().size() != 1)
            return ctx.usage(QCoreApplication::translate("centralectl", "blocked lift takes exactly one address."));
        QHostAddress addr;
        if (!addr.setAddress(p.positionalArguments().first()))
            return ctx.usage(QCoreApplication::translate("centralectl", "\"%1\" is not an IP address.").arg(p.positionalArguments().first()));
        auto db = ctx.db();
        if (!db)
            return ctx.fail(db.message());
        if (auto s = BlockedSourceRepository(**db).lift(addr.toString()); !s)
            return ctx.fail(s.message());
        ctx.print(QCoreApplication::translate("centralectl", "Lifted the block on %1; a running engine applies it within a second.").arg(addr.toString()));
        return Ok;
    }
    return ctx.usage(QCoreApplication::translate("centralectl", "Unknown action \"blocked %1\"; use list or lift.").arg(action));
}

} // namespace centrale::ctl
