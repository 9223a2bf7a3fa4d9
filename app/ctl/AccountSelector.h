#pragma once
// Which account a `limits` or `destinations` command is about: --trunk NAME or
// --phone E164 on the command line, or "trunk"/"phone" in a --from-json object.
#include "util/Result.h"

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QJsonObject>
#include <optional>

namespace centrale::ctl {

struct AccountSelector {
    enum class Kind { Trunk, Phone };
    Kind kind = Kind::Trunk;
    QString key; // trunk name, or the phone account's E.164 digits

    QString jsonKey() const; // "trunk" / "phone"
    QString describe() const; // trunk "X" / phone account +31…
    bool sameAs(const AccountSelector &o) const;
};

const QCommandLineOption &trunkSelectorOption();
const QCommandLineOption &phoneSelectorOption();

// --trunk or --phone as given; nullopt when neither. Both, or a bad number, is a usage error.
Result<std::optional<AccountSelector>> selectorArg(const QCommandLineParser &p);
// The object's "trunk" or "phone" (exactly one); a selector on the command line as well
// must name the same account, not be silently overridden.
Result<AccountSelector> selectorFromJson(const QJsonObject &o, const std::optional<AccountSelector> &commandLine);

} // namespace centrale::ctl
