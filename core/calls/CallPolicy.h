#pragma once
// What the call engine needs to know about one trunk or phone account, and where each
// DID goes: part of the engine's immutable snapshot, rebuilt on every save.
#include "calls/FraudDetector.h"
#include "domain/CallPlan.h"
#include "domain/Pbx.h"
#include "domain/RecordingPolicy.h"
#include "domain/Security.h"
#include <QHash>
#include <QSet>
#include <QString>
#include <QStringList>

namespace centrale::calls {

// One per trunk or phone account; both accounts of a trunk share it, so channels and
// limits are counted per trunk, inbound and outbound together.
struct CallPolicy {
    QString key;               // "trunk:3" or "phone:5"
    QString name;              // trunk name or phone number, for the call log
    bool isTrunk = false;
    int channels = 2;
    int callsPerSecond = 0;    // 0 = no cap
    NumberFormat format = NumberFormat::Plus;
    QSet<QString> callerIds;   // E.164 digits allowed as caller ID
    QString defaultCallerId;   // the first of them, used when the PBX sends none we know
    Limits limits;
    DestinationWhitelist destinations;
    qint64 primaryAccountId = 0;   // phone: its only account
    qint64 secondaryAccountId = 0; // trunk only
    qint64 failoverPlanId = 0;     // trunk only; 0 = none
    RecordingPolicy recording;     // own call recording setting; unset parts follow the default
};

// A call plan reached from its own DID has no trunk or phone account behind it: its forwards
// count against a policy of its own, with the default whitelist, limits and channels.
inline QString callPlanPolicyKey(qint64 planId) { return QStringLiteral("callplan:") + QString::number(planId); }
constexpr int kCallPlanChannels = 10;

enum class DidKind { Trunk, Phone, CallPlan };

struct DidRoute {
    DidKind kind = DidKind::Trunk;
    QString policyKey; // trunk or phone
    qint64 planId = 0; // call plan
    bool inbound = true;
};

struct Upstream {
    QString host;       // the carrier's address; empty = no carrier configured
    QString domain;     // as configured (a host name stays a name here; host is resolved)
    QStringList addresses; // where the carrier's requests come from: host's addresses
    int port = 5060;
    QByteArray username, password;
    int registerExpires = 600; // what the engine asks for when it registers (username set)
    bool isSet() const { return !host.isEmpty(); }
    QByteArray uri() const { return "sip:" + host.toUtf8() + ':' + QByteArray::number(port) + ";transport=udp"; }
};

// An account blocked outbound by the fraud detector, as stored (fraud_blocks).
struct FraudBlock {
    QString key, owner, kind, reason;
    qint64 blockedMs = 0;
    qint64 liftedMs = 0; // 0 = still blocked
};

struct CallConfig {
    QHash<QString, CallPolicy> policies; // by key
    QHash<QString, DidRoute> dids;       // by E.164 digits
    QHash<qint64, CallPlan> plans;       // by id
    QHash<QString, QString> phoneByNumber; // phone number digits → policy key
    Upstream upstream;
    int noAnswerSecs = 20;               // primary → secondary failover
    int maxCallSecs = 4 * 3600;          // safety net for calls nobody hangs up
    QHash<QString, FraudBlock> fraudBlocks; // by policy key, lifted ones included
    FraudSettings fraud;
    RecordingPolicy recordingDefault; // recording.retention / recording.announce
};

} // namespace centrale::calls
