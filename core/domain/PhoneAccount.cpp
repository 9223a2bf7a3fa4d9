#include "domain/PhoneAccount.h"
#include "domain/MacAddress.h"
#include "domain/Validation.h"
#include "provisioning/PhoneModels.h"

namespace centrale {

Status PhoneAccount::validate() const
{
    if (auto s = validation::digits(number, tr("Number"), 8, 15); !s)
        return s;
    if (account.username != number)
        return Status::fail(tr("A phone account registers with its full number as username."), QStringLiteral("username"));
    if (channels < 1 || channels > 100)
        return Status::fail(tr("Simultaneous calls must be between 1 and %1.").arg(100), QStringLiteral("channels"));
    if (!mac.isEmpty()) {
        auto m = normalizeMac(mac);
        if (!m)
            return m.error();
        if (m.value() != mac)
            return Status::fail(tr("The MAC address must be stored as 12 lower-case hexadecimal digits."), QStringLiteral("mac"));
        if (model.isEmpty())
            return Status::fail(tr("A phone with a MAC address needs a model, so Centrale knows which files it fetches."), QStringLiteral("model"));
    }
    if (!model.isEmpty() && !provisioning::PhoneModels::find(model))
        return Status::fail(tr("Phone model \"%1\" is not supported; choose one of: %2.").arg(model.left(40), provisioning::PhoneModels::names().join(QStringLiteral(", "))),
                            QStringLiteral("model"));
    if (!displayName.isEmpty())
        if (auto s = validation::name(displayName, tr("Display name"), 64); !s)
            return s;
    if (auto s = limits.validate(); !s)
        return s;
    return destinations.validate();
}

} // namespace centrale
