#include "store/StoreLocation.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QStandardPaths>
#include <QUrl>
#include <QUrlQuery>

namespace centrale {

bool StoreLocation::isPostgres(const QString &location)
{
    return location.startsWith(QLatin1String("postgresql://")) || location.startsWith(QLatin1String("postgres://"));
}

Result<StoreLocation> StoreLocation::parse(const QString &location)
{
    using R = Result<StoreLocation>;
    StoreLocation out;
    if (!isPostgres(location)) {
        out.path = location;
        return out;
    }
    const QUrl url(location, QUrl::StrictMode);
    if (!url.isValid())
        return R::fail(QCoreApplication::translate("Database", "The database address is not a valid postgresql:// URL: %1").arg(url.errorString()), QStringLiteral("db"));
    if (!url.password().isEmpty())
        // A password in the URL would sit in the process list and in shell history.
        return R::fail(QCoreApplication::translate("Database", "The database address must not contain a password: put it in ~/.pgpass or the file PGPASSFILE names."),
                       QStringLiteral("db"));
    out.backend = StoreBackend::Postgres;
    out.host = url.host();
    out.port = url.port(5432);
    out.user = url.userName();
    out.database = url.path().mid(1);
    if (out.database.isEmpty() || out.database.contains(QLatin1Char('/')))
        return R::fail(QCoreApplication::translate("Database", "The database address names no database: postgresql://user@host:port/DATABASE"), QStringLiteral("db"));
    QStringList options;
    const QUrlQuery query(url);
    for (const auto &[key, value] : query.queryItems(QUrl::FullyDecoded)) {
        if (key == QLatin1String("host"))
            out.host = value; // a unix socket folder
        else if (key == QLatin1String("password"))
            return R::fail(QCoreApplication::translate("Database", "The database address must not contain a password: put it in ~/.pgpass or the file PGPASSFILE names."),
                           QStringLiteral("db"));
        else if (key == QLatin1String("sslmode") || key == QLatin1String("connect_timeout") || key == QLatin1String("application_name"))
            options << key + QLatin1Char('=') + value;
        else
            return R::fail(QCoreApplication::translate("Database", "Unknown option \"%1\" in the database address (known: host, sslmode, connect_timeout, application_name).").arg(key),
                           QStringLiteral("db"));
    }
    if (!options.join(QString()).contains(QLatin1String("connect_timeout")))
        options << QStringLiteral("connect_timeout=10");
    out.options = options.join(QLatin1Char(';'));
    return out;
}

QString StoreLocation::display() const
{
    if (backend == StoreBackend::Sqlite)
        return path;
    return QStringLiteral("postgresql://%1@%2:%3/%4").arg(user, host).arg(port).arg(database);
}

QString StoreLocation::dataFolder(const QString &location)
{
    if (isPostgres(location))
        return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    return QFileInfo(location).absolutePath();
}

} // namespace centrale
