#include "domain/PhoneAccount.h"
#include "domain/Validation.h"

namespace centrale {

Status PhoneAccount::validate() const
{
    if (auto s = validation::digits(number, tr("Number"), 8, 15); !s)
        return s;
    if (account.username != number)
        return Status::fail(tr("A phone account registers with its full number as username."), QStringLiteral("username"));
    if (channels < 1 || channels > 100)
        return Status::fail(tr("Simultaneous calls must be between 1 and %1.").arg(100), QStringLiteral("channels"));
    if (auto s = limits.validate(); !s)
        return s;
    return destinations.validate();
}

} // namespace centrale
