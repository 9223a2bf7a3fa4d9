#pragma once
// The phone models Centrale can provision, read from resources/provisioning/models.json.
#include <QHash>
#include <QList>
#include <QString>

namespace centrale::provisioning {

struct PhoneModel {
    QString model;      // "T46U", as the administrator types it and Snom file names carry it
    QString family;     // "yealink", "snom", "grandstream", "polycom", "gigaset"
    QString commonFile; // Yealink: the model's shared file, "y000000000108.cfg"
};

struct PhoneFamily {
    QString key, name;
    QHash<QString, QString> language; // "nl"/"en" → the family's own word for it
    QString timeZone, timeZoneName;   // Europe/Amsterdam in the family's notation
};

class PhoneModels {
public:
    static const QList<PhoneModel> &all();
    static const PhoneModel *find(const QString &model); // case-insensitive
    static const PhoneFamily *family(const QString &key);
    static QStringList names(); // every model, for the console and --help
};

} // namespace centrale::provisioning
