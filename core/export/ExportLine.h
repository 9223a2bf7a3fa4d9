#pragma once
// A trunk or a phone account seen the same way by every generator: the accounts to
// register (primary, secondary or the phone's one), its numbers and how the PBX
// writes them. Keeps the per-format code free of "is it a trunk?" branches.
#include "export/ExportTypes.h"

namespace centrale {

struct ExportAccount {
    QString label;    // "primary", "secondary", "phone"
    QString section;  // config section name, unique per export ("pbx-kantoor-primary")
    QString username;
    QString password; // the password or its placeholder
    QString server;   // HOST:PORT
    QString host;
    int port = 5060;
};

struct ExportLine {
    bool isTrunk = true;
    QString name;  // trunk name or "+31…" for a phone account
    QString slug;  // name for config sections and contexts ("pbx-kantoor")
    int channels = 2;
    NumberFormat format = NumberFormat::NoPlus;
    QList<TrunkNumber> numbers;
    QList<ExportAccount> accounts; // primary first
    QString realm;
    IpWhitelist pbxAddresses;
    int countryCode = 31;     // of the first number: what national 0… dialling means
    QString language;
    bool secretsIncluded = false; // every account's password is in the files

    QList<TrunkNumber> inboundNumbers() const;
    QList<TrunkNumber> callerIdNumbers() const;
    // A number as the PBX writes it: "+31…" or "31…".
    QString pbxNumber(const QString &digits) const;
    // The number the trunk presents when the PBX sends none of its own.
    QString defaultCallerId() const;
};

Result<ExportLine> exportLine(const ExportInput &input);

// "PBX kantoor" → "pbx-kantoor": letters, digits and '-' only.
QString exportSlug(const QString &name);
// "1.2.3.4:5062" → host and port; port 5060 when absent.
std::pair<QString, int> splitHostPort(const QString &server);

} // namespace centrale
