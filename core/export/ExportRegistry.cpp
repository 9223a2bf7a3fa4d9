#include "export/ExportRegistry.h"
#include "export/Generators.h"

#include <QStringList>

namespace centrale {

const QList<ExportFormat> &ExportRegistry::all()
{
    static const QList<ExportFormat> formats = {
        {QStringLiteral("asterisk-pjsip"), QStringLiteral("Asterisk (PJSIP)"), {PbxBrand::AsteriskKamailio}, true, true, exporters::asteriskPjsip},
        {QStringLiteral("asterisk-chansip"), QStringLiteral("Asterisk (chan_sip, older systems)"), {}, true, true, exporters::asteriskChanSip},
        {QStringLiteral("freepbx"), QStringLiteral("FreePBX / Elastix"), {PbxBrand::FreePbxElastix}, true, true, exporters::freePbx},
        {QStringLiteral("3cx"), QStringLiteral("3CX"), {PbxBrand::ThreeCx}, true, true, exporters::threeCx},
        {QStringLiteral("yeastar"), QStringLiteral("Yeastar MyPBX / S-series"), {PbxBrand::YeastarMyPbx}, true, true, exporters::yeastar},
        {QStringLiteral("avaya"), QStringLiteral("Avaya IP Office"), {PbxBrand::AvayaIpOffice}, true, true, exporters::avaya},
        {QStringLiteral("kamailio"), QStringLiteral("Kamailio (uac registrations)"), {}, true, true, exporters::kamailio},
        {QStringLiteral("baresip"), QStringLiteral("baresip"), {}, false, true, exporters::baresip},
        {QStringLiteral("linphone"), QStringLiteral("Linphone"), {}, false, true, exporters::linphone},
    };
    return formats;
}

const ExportFormat *ExportRegistry::find(const QString &key)
{
    for (const auto &f : all())
        if (f.key.compare(key.trimmed(), Qt::CaseInsensitive) == 0)
            return &f;
    return nullptr;
}

const ExportFormat &ExportRegistry::defaultFor(PbxBrand brand)
{
    for (const auto &f : all())
        if (f.defaultFor.contains(brand))
            return f;
    return all().first();
}

const ExportFormat &ExportRegistry::defaultForPhones() { return *find(QStringLiteral("baresip")); }

Result<ExportFiles> ExportRegistry::generate(const QString &key, const ExportInput &input)
{
    const ExportFormat *f = find(key);
    if (!f) {
        QStringList keys;
        for (const auto &x : all())
            keys << x.key;
        return Result<ExportFiles>::fail(tr("Unknown export format \"%1\"; use one of: %2.").arg(key, keys.join(QStringLiteral(", "))), QStringLiteral("format"));
    }
    if (input.trunk && !f->trunks)
        return Result<ExportFiles>::fail(tr("The %1 format is for phone accounts, not trunks.").arg(f->key), QStringLiteral("format"));
    if (input.phone && !f->phones)
        return Result<ExportFiles>::fail(tr("The %1 format is for trunks, not phone accounts.").arg(f->key), QStringLiteral("format"));
    return f->generate(input);
}

} // namespace centrale
