#include "cluster/ClusterSettings.h"
#include "domain/SettingsCatalog.h"
#include "store/SettingsRepository.h"

#include <QCoreApplication>
#include <QUrl>

namespace centrale::cluster {

Result<KamailioConnection> parseDbUrl(const QString &text)
{
    const QUrl url(text, QUrl::StrictMode);
    if (!url.isValid() || (url.scheme() != QLatin1String("postgresql") && url.scheme() != QLatin1String("postgres")) || url.host().isEmpty())
        return Result<KamailioConnection>::fail(
            QCoreApplication::translate("ClusterSettings", "cluster.db must be a URL like postgresql://kamailio@10.0.0.5:5432/kamailio"),
            QStringLiteral("cluster.db"));
    if (!url.password().isEmpty())
        return Result<KamailioConnection>::fail(
            QCoreApplication::translate("ClusterSettings", "cluster.db must not contain the password; store it with: centralectl cluster password --password-stdin"),
            QStringLiteral("cluster.db"));
    KamailioConnection c;
    c.host = url.host();
    c.port = url.port(5432);
    if (!url.userName().isEmpty())
        c.user = url.userName();
    const QString path = url.path().mid(1);
    if (!path.isEmpty())
        c.database = path;
    return c;
}

QStringList parseNodes(const QString &list)
{
    QStringList out;
    for (const auto &part : list.split(QLatin1Char(','), Qt::SkipEmptyParts))
        if (!part.trimmed().isEmpty())
            out << part.trimmed();
    return out;
}

Result<ClusterSettings> loadClusterSettings(Database &db, SecretStore *secrets)
{
    SettingsRepository settings(db);
    ClusterSettings s;
    s.mode = settings.get(QLatin1String(settingkeys::kEngineMode)) == QLatin1String("cluster") ? EngineMode::Cluster : EngineMode::Bundled;
    s.dbUrl = settings.get(QLatin1String(settingkeys::kClusterDb));
    s.nodes = parseNodes(settings.get(QLatin1String(settingkeys::kClusterNodes)));
    s.realm = settings.get(QLatin1String(settingkeys::kRealm));
    s.appServer = settings.get(QLatin1String(settingkeys::kClusterAppServer));
    s.proxy = settings.get(QLatin1String(settingkeys::kClusterProxy));
    if (s.dbUrl.isEmpty())
        return Result<ClusterSettings>::fail(
            QCoreApplication::translate("ClusterSettings", "No cluster database is set (setting cluster.db)."), QStringLiteral("cluster.db"));
    auto c = parseDbUrl(s.dbUrl);
    if (!c)
        return c.error();
    s.db = c.value();
    if (secrets) {
        // No password stored is allowed: a local trust or peer authentication needs none.
        if (auto pw = secrets->read(kDbPasswordKey); pw)
            s.db.password = pw.value();
    }
    return s;
}

} // namespace centrale::cluster
