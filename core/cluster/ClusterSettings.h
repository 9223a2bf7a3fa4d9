#pragma once
// Cluster mode's settings: which engine runs the calls (the bundled one or a Kamailio
// cluster), the cluster's PostgreSQL database and its nodes' JSON-RPC addresses.
#include "secrets/SecretStore.h"
#include "store/Database.h"
#include "store/KamailioStore.h"
#include <QStringList>

namespace centrale::cluster {

enum class EngineMode { Bundled, Cluster };

// The cluster database's password lives in the secret store under this key, never in the settings.
inline const QString kDbPasswordKey = QStringLiteral("cluster.db.password");
// Where the kamailio package keeps its PostgreSQL schema.
inline const QString kDefaultSchemaDir = QStringLiteral("/usr/share/kamailio/postgres");

struct ClusterSettings {
    EngineMode mode = EngineMode::Bundled;
    QString dbUrl;           // as set (no password in it)
    KamailioConnection db;   // parsed, password filled in from the secret store
    QStringList nodes;       // JSON-RPC URLs, e.g. http://10.0.0.2:5071/RPC
    QString realm;           // digest realm = subscriber domain
    QString appServer;       // IP:PORT of Centrale's engine as application server (call plans); empty = none
    QString proxy;           // HOST:PORT of the node the application server sends its calls through
};

// "postgresql://user@host:port/database"; a password in the URL is refused (secret store only).
Result<KamailioConnection> parseDbUrl(const QString &url);
// Comma-separated http(s) URLs.
QStringList parseNodes(const QString &list);

// Reads the settings; the password only when secrets is given (status views do without).
Result<ClusterSettings> loadClusterSettings(Database &db, SecretStore *secrets);

} // namespace centrale::cluster
