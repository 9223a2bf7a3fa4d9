#include "domain/CallPlan.h"
#include "domain/PhoneNumber.h"
#include "domain/Validation.h"

#include <QJsonObject>
#include <QRegularExpression>

namespace centrale {

namespace {
struct KindRow { StepKind kind; const char *key; };
constexpr KindRow kKinds[] = {{StepKind::RingPhones, "ring"}, {StepKind::Forward, "forward"}, {StepKind::Voicemail, "voicemail"},
                              {StepKind::Email, "email"},     {StepKind::OpeningHours, "hours"}};
} // namespace

QString stepKindKey(StepKind k)
{
    for (const auto &r : kKinds)
        if (r.kind == k)
            return QLatin1String(r.key);
    return {};
}

std::optional<StepKind> stepKindFromKey(const QString &key)
{
    for (const auto &r : kKinds)
        if (key == QLatin1String(r.key))
            return r.kind;
    return std::nullopt;
}

Status validateOpeningHours(const QString &schedule)
{
    static const QRegularExpression part(
        QStringLiteral(R"(^\s*(mon|tue|wed|thu|fri|sat|sun)(-(mon|tue|wed|thu|fri|sat|sun))?\s+([01][0-9]|2[0-3]):[0-5][0-9]-([01][0-9]|2[0-4]):[0-5][0-9]\s*$)"));
    const auto parts = schedule.split(QLatin1Char(';'), Qt::SkipEmptyParts);
    if (parts.isEmpty())
        return Status::fail(QCoreApplication::translate("CallPlan", "Opening hours are empty; write e.g. \"mon-fri 08:00-17:00\"."),
                            QStringLiteral("hours"));
    for (const auto &p : parts)
        if (!part.match(p).hasMatch())
            return Status::fail(QCoreApplication::translate("CallPlan", "\"%1\" is not an opening-hours range like \"mon-fri 08:00-17:00\".")
                                    .arg(p.trimmed()),
                                QStringLiteral("hours"));
    return {};
}

Status CallPlan::validate() const
{
    if (auto s = validation::name(name, tr("Call plan name")); !s)
        return s;
    if (!internalNumber.isEmpty())
        if (auto s = validation::digits(internalNumber, tr("Internal number"), 2, 8); !s)
            return s;
    for (int i = 0; i < steps.size(); ++i) {
        const auto &st = steps[i];
        const QString where = tr("Step %1").arg(i + 1);
        switch (st.kind) {
        case StepKind::RingPhones:
        case StepKind::Forward:
            if (st.targets.isEmpty())
                return Status::fail(tr("%1 has no numbers to ring.").arg(where), QStringLiteral("steps"));
            for (const auto &t : st.targets)
                if (auto r = PhoneNumber::parse(t); !r)
                    return Status::fail(where + QLatin1String(": ") + r.message(), QStringLiteral("steps"));
            if (st.timeoutSeconds < 5 || st.timeoutSeconds > 300)
                return Status::fail(tr("%1: ring time must be 5 to 300 seconds.").arg(where), QStringLiteral("steps"));
            break;
        case StepKind::Email:
            if (st.targets.isEmpty())
                return Status::fail(tr("%1 has no e-mail address.").arg(where), QStringLiteral("steps"));
            for (const auto &t : st.targets)
                if (auto s = validation::email(t, where); !s)
                    return s;
            break;
        case StepKind::Voicemail:
            if (auto s = validation::name(st.text, where); !s)
                return s;
            for (const auto &t : st.targets) // where messages are mailed; none: the alerts address
                if (auto s = validation::email(t, where); !s)
                    return s;
            break;
        case StepKind::OpeningHours:
            if (auto s = validateOpeningHours(st.text); !s)
                return Status::fail(where + QLatin1String(": ") + s.message(), QStringLiteral("steps"));
            if (st.elseStep != -1 && (st.elseStep <= i || st.elseStep >= steps.size()))
                return Status::fail(tr("%1: outside opening hours it must jump forward to an existing step.").arg(where), QStringLiteral("steps"));
            break;
        }
    }
    return {};
}

QJsonArray CallPlan::stepsToJson(const QList<CallPlanStep> &steps)
{
    QJsonArray a;
    for (const auto &s : steps)
        a.append(QJsonObject{{QStringLiteral("kind"), stepKindKey(s.kind)},
                             {QStringLiteral("targets"), QJsonArray::fromStringList(s.targets)},
                             {QStringLiteral("timeout"), s.timeoutSeconds},
                             {QStringLiteral("text"), s.text},
                             {QStringLiteral("else"), s.elseStep}});
    return a;
}

Result<QList<CallPlanStep>> CallPlan::stepsFromJson(const QJsonArray &array)
{
    QList<CallPlanStep> steps;
    for (const auto &v : array) {
        const auto o = v.toObject();
        const auto kind = stepKindFromKey(o.value(QStringLiteral("kind")).toString());
        if (!kind)
            return Result<QList<CallPlanStep>>::fail(tr("Unknown call plan step \"%1\".").arg(o.value(QStringLiteral("kind")).toString()));
        CallPlanStep s;
        s.kind = *kind;
        for (const auto &t : o.value(QStringLiteral("targets")).toArray())
            s.targets << t.toString();
        s.timeoutSeconds = o.value(QStringLiteral("timeout")).toInt(20);
        s.text = o.value(QStringLiteral("text")).toString();
        s.elseStep = o.value(QStringLiteral("else")).toInt(-1);
        steps << s;
    }
    return steps;
}

} // namespace centrale
