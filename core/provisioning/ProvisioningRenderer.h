#pragma once
// Pure: a phone's settings in, the configuration file its firmware fetches out. The
// templates are resource files (resources/provisioning/templates), one per file kind.
#include "util/Result.h"
#include <QByteArray>
#include <QString>
#include <QStringList>
#include <optional>

namespace centrale::provisioning {

struct DeviceProfile {
    QString mac;   // 12 lower-case hex digits
    QString model; // one of PhoneModels
    QString username, password, displayName;
    QString primaryHost, secondaryHost;
    int primaryPort = 5060, secondaryPort = 5062;
    QString realm;
    QString ntpServer;
    QString language = QStringLiteral("nl"); // "nl" or "en"
};

// What a requested file name is, from its shape alone.
struct FileRequest {
    enum class Kind { Common, Device };
    Kind kind = Kind::Device;
    QString family; // Common: whose shared file; Device: empty when the name fits two families
    QString mac;    // Device: 12 lower-case hex digits
    QString name;   // the name without folders
};

// Folders are ignored ("/yealink/001565aabbcc.cfg" is "001565aabbcc.cfg"); nullopt for
// names no supported phone asks for.
std::optional<FileRequest> parseFileName(const QString &path);

// The files a phone of this profile fetches, in the order it fetches them.
QStringList fileNames(const DeviceProfile &p);

// fileName rendered for the phone p; fails when it is not one of p's files. Shared files
// (Yealink's y0000000000XX.cfg, Polycom's 000000000000.cfg) carry no account data.
Result<QByteArray> render(const DeviceProfile &p, const QString &fileName);

} // namespace centrale::provisioning
