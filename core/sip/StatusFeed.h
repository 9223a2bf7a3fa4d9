#pragma once
// The live registration status as the console sees it: either the in-process engine
// or a separate `centralectl serve` reached over the local control channel.
#include "sip/RegistrationStatus.h"
#include "sip/UpstreamStatus.h"
#include <QList>
#include <QObject>

namespace centrale {

class StatusFeed : public QObject {
    Q_OBJECT
public:
    using QObject::QObject;
    // Every known account (trunk primaries/secondaries and phone accounts) as of now.
    virtual QList<AccountStatus> snapshot() const = 0;
    // Whether an engine is behind this feed at all, and where it listens.
    virtual bool isRunning() const = 0;
    virtual QStringList listenAddresses() const = 0;
    // Calls going through the engine now; -1 when this feed cannot tell.
    virtual int activeCalls() const { return -1; }
    // The engine's own registration at the upstream carrier.
    virtual UpstreamStatus upstreamStatus() const { return {}; }

signals:
    void statusChanged(const centrale::AccountStatus &status);
    void eventOccurred(const centrale::RegistrationEvent &event);
    void runningChanged(bool running);
    void upstreamChanged(const centrale::UpstreamStatus &status);
};

} // namespace centrale
