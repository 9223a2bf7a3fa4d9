#include "store/AuditContext.h"

#include <QMutex>
#include <QMutexLocker>

#ifdef Q_OS_UNIX
#include <pwd.h>
#include <unistd.h>
#endif

namespace centrale {

namespace {
struct State {
    QMutex mutex;
    QString interface;
    QString groupInterface;
    QString note;
    qint64 group = 0;
    bool inGroup = false;
};
State &state()
{
    static State s;
    return s;
}
} // namespace

QString AuditContext::osUser()
{
    static const QString user = [] {
#ifdef Q_OS_UNIX
        // The account the process runs as, not an environment variable anyone can set.
        if (const passwd *pw = getpwuid(geteuid()); pw && pw->pw_name)
            return QString::fromLocal8Bit(pw->pw_name);
#endif
        const QString env = qEnvironmentVariable("USER", qEnvironmentVariable("USERNAME"));
        return env.isEmpty() ? QStringLiteral("unknown") : env;
    }();
    return user;
}

void AuditContext::setInterface(const QString &interface)
{
    QMutexLocker lock(&state().mutex);
    state().interface = interface;
}

AuditStamp AuditContext::current()
{
    QMutexLocker lock(&state().mutex);
    const State &s = state();
    AuditStamp st;
    st.user = osUser();
    st.interface = s.inGroup ? s.groupInterface : (s.interface.isEmpty() ? QStringLiteral("other") : s.interface);
    st.note = s.note;
    st.group = s.group;
    st.inGroup = s.inGroup;
    return st;
}

void AuditContext::adoptGroupId(qint64 id)
{
    QMutexLocker lock(&state().mutex);
    if (state().inGroup && state().group == 0)
        state().group = id;
}

void AuditContext::openGroup(const QString &interface, const QString &note)
{
    QMutexLocker lock(&state().mutex);
    state().inGroup = true;
    state().groupInterface = interface;
    state().note = note;
    state().group = 0;
}

void AuditContext::closeGroup()
{
    QMutexLocker lock(&state().mutex);
    state().inGroup = false;
    state().note.clear();
    state().group = 0;
}

AuditGroup::AuditGroup(const QString &note, const QString &interface) { AuditContext::openGroup(interface, note); }
AuditGroup::~AuditGroup() { AuditContext::closeGroup(); }

} // namespace centrale
