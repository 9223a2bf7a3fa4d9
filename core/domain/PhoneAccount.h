#pragma once
// A phone account (toestelaccount): one SIP identity whose registration name is the full number.
#include "domain/IpNetwork.h"
#include "domain/Security.h"
#include "domain/Trunk.h"

namespace centrale {

struct PhoneAccount {
    Q_DECLARE_TR_FUNCTIONS(PhoneAccount)
public:
    qint64 id = 0;
    QString number; // E.164 digits; also the username ("31501234567")
    int channels = 2;
    IpWhitelist ipWhitelist; // optional
    SipAccount account{0, {}, AccountRole::Phone, {}};
    Limits limits;
    DestinationWhitelist destinations;
    // Autoprovisioning (all optional): the handset's MAC (12 lower-case hex digits), its
    // model (provisioning::PhoneModels) and the name its display shows.
    QString mac;
    QString model;
    QString displayName;

    Status validate() const;
};

} // namespace centrale
