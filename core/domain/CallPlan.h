#pragma once
// A call plan (belplan): ordered steps run for the numbers linked to it.
#include "util/Result.h"
#include <QCoreApplication>
#include <QJsonArray>
#include <QStringList>

namespace centrale {

enum class StepKind { RingPhones, Forward, Voicemail, Email, OpeningHours };
QString stepKindKey(StepKind k); // "ring", "forward", "voicemail", "email", "hours"
std::optional<StepKind> stepKindFromKey(const QString &key);

struct CallPlanStep {
    StepKind kind = StepKind::RingPhones;
    QStringList targets;    // ring: phone account numbers; forward: external numbers; email: addresses
    int timeoutSeconds = 20; // ring/forward: how long before the next step
    QString text;           // voicemail: box name; hours: schedule "mon-fri 08:00-17:00"
    int elseStep = -1;      // hours: step index to jump to outside opening hours (-1: end)
    friend bool operator==(const CallPlanStep &, const CallPlanStep &) = default;
};

struct CallPlan {
    Q_DECLARE_TR_FUNCTIONS(CallPlan)
public:
    qint64 id = 0;
    QString name;
    QString internalNumber; // "3031"
    QList<CallPlanStep> steps;
    QStringList numbers; // linked E.164 digits (read from the store)

    Status validate() const;
    static QJsonArray stepsToJson(const QList<CallPlanStep> &steps);
    static Result<QList<CallPlanStep>> stepsFromJson(const QJsonArray &array);
};

// "mon-fri 08:00-17:00; sat 10:00-12:00" → validated; empty is refused.
Status validateOpeningHours(const QString &schedule);

} // namespace centrale
