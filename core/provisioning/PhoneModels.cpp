#include "provisioning/PhoneModels.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace centrale::provisioning {

namespace {

struct Catalog {
    QList<PhoneModel> models;
    QHash<QString, PhoneFamily> families;
};

const Catalog &catalog()
{
    static const Catalog c = [] {
        Catalog out;
        QFile f(QStringLiteral(":/centrale/provisioning/models.json"));
        if (!f.open(QIODevice::ReadOnly))
            qFatal("centrale: provisioning model list missing from the resources");
        const QJsonObject root = QJsonDocument::fromJson(f.readAll()).object();
        const QJsonObject fams = root.value(QLatin1String("families")).toObject();
        for (auto it = fams.begin(); it != fams.end(); ++it) {
            const QJsonObject o = it->toObject();
            PhoneFamily fam;
            fam.key = it.key();
            fam.name = o.value(QLatin1String("name")).toString();
            const QJsonObject lang = o.value(QLatin1String("language")).toObject();
            for (auto l = lang.begin(); l != lang.end(); ++l)
                fam.language.insert(l.key(), l->toString());
            fam.timeZone = o.value(QLatin1String("time_zone")).toString();
            fam.timeZoneName = o.value(QLatin1String("time_zone_name")).toString();
            out.families.insert(fam.key, fam);
        }
        for (const auto &v : root.value(QLatin1String("models")).toArray()) {
            const QJsonObject o = v.toObject();
            out.models << PhoneModel{o.value(QLatin1String("model")).toString(), o.value(QLatin1String("family")).toString(),
                                     o.value(QLatin1String("common")).toString()};
        }
        return out;
    }();
    return c;
}

} // namespace

const QList<PhoneModel> &PhoneModels::all() { return catalog().models; }

const PhoneModel *PhoneModels::find(const QString &model)
{
    for (const auto &m : all())
        if (m.model.compare(model.trimmed(), Qt::CaseInsensitive) == 0)
            return &m;
    return nullptr;
}

const PhoneFamily *PhoneModels::family(const QString &key)
{
    const auto &f = catalog().families;
    auto it = f.constFind(key);
    return it == f.constEnd() ? nullptr : &*it;
}

QStringList PhoneModels::names()
{
    QStringList out;
    for (const auto &m : all())
        out << m.model;
    return out;
}

} // namespace centrale::provisioning
